-- Compliance figures name each party, agreement and zone once beside the rows, from the zones module (their names
-- now), instead of in every row from each incident's attribution (their names then): a year by week × party × zone
-- was 3 MB of JSON, most of it the same names over and over, and grouping and sorting by those names cost the query
-- a fifth of its time (docs/PERFORMANCE.md, "Incidents"). The figures keep the ids only.
ALTER TABLE incident_figures DROP COLUMN agreement_title, DROP COLUMN zone_name;

CREATE OR REPLACE FUNCTION incident_figures_of(i incidents) RETURNS SETOF incident_figures LANGUAGE sql STABLE AS $$
  SELECT i.theatre_id, i.id, (z.n - 1)::int, i.occurred_at, i.alleged_party_id, i.category, i.status, i.audience,
    (z.zone ->> 'agreementId')::uuid, (z.zone ->> 'zoneId')::uuid,
    (i.killed #>> '{min}')::int, (i.killed #>> '{max}')::int, (i.killed #>> '{children,min}')::int,
    (i.killed #>> '{children,max}')::int, (i.injured #>> '{min}')::int, (i.injured #>> '{max}')::int
  FROM jsonb_array_elements(coalesce(nullif(i.attribution -> 'zones', '[]'), '[null]')) WITH ORDINALITY AS z (zone, n)
  WHERE i.status <> 'merged'
$$;
