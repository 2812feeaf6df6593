-- An entry may record one change to many records of a kind at once (the conflict engine opens, supersedes and
-- withdraws conflicts by the hundred when an activity meets a city): its subject then names the kind only, and
-- subject_ids the records, so that a record's history (?subject=) still finds it.
ALTER TABLE ledger_entries ADD COLUMN subject_ids uuid[];
CREATE INDEX ledger_subject_ids ON ledger_entries USING gin (subject_ids) WHERE subject_ids IS NOT NULL;
