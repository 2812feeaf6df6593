-- Compliance figures and the daily report's summary (incidents/figures.ts) select incidents by when they occurred,
-- `occurred_at >= from AND occurred_at < to`; incidents_occurred (GiST on the `occurred` range) cannot serve that
-- condition, so every such query read all of a theatre's incidents: the daily report's summary of one day took
-- 110–280 ms over 200,000 incidents, 5 ms with this index (docs/PERFORMANCE.md, "Incidents").
CREATE INDEX incidents_occurred_at ON incidents (theatre_id, occurred_at);
