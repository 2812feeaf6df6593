-- The last entry about one kind of record in a theatre: the sites' map answers (sites/service.ts) are kept until a
-- site changes, not until anything does, as rebuilding them for 50,000 sites takes a second.
CREATE INDEX ledger_subject_kind ON ledger_entries (theatre_id, subject_kind, seq);
