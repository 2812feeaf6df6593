-- The append-only record of every change. One hash chain per theatre; instance-level changes (users) use the
-- nil-UUID chain. `body` is the canonical JSON that was hashed, kept verbatim so verification never depends on
-- how the database re-serialises JSON.
CREATE TABLE ledger_entries (
  theatre_id uuid NOT NULL,
  seq bigint NOT NULL,
  at timestamptz NOT NULL,
  action text NOT NULL,
  subject_kind text NOT NULL,
  subject_id uuid,
  -- who may read this entry besides coordinators: 'all', 'public', 'actor:<id>', 'kind:<actor kind>'
  audience text[] NOT NULL,
  body text NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  signature text NOT NULL,
  key_id text NOT NULL,
  PRIMARY KEY (theatre_id, seq)
);
CREATE INDEX ledger_subject ON ledger_entries (theatre_id, subject_id);
CREATE INDEX ledger_audience ON ledger_entries USING gin (audience);

-- The head of each chain: its row lock serialises appends to one theatre while other theatres append in parallel.
CREATE TABLE ledger_heads (
  theatre_id uuid PRIMARY KEY,
  seq bigint NOT NULL,
  hash text NOT NULL
);
-- Entries are never updated or deleted.
CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger entries are append-only';
END $$;
CREATE TRIGGER ledger_append_only BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
