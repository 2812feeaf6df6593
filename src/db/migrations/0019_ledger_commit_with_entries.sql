-- A write's ledger entries are its last statement, and COMMIT is sent with them without waiting for their answer
-- (ledger/service.ts). So the statement itself must fail when a chain's head had moved, rather than report it.
CREATE FUNCTION ledger_heads_moved(moved bigint, expected bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF moved <> expected THEN
    RAISE EXCEPTION 'a ledger chain''s head moved under this write' USING ERRCODE = 'TL409';
  END IF;
END $$;
-- The webhook outbox rows are written just before the entries they deliver, in the same transaction.
ALTER TABLE webhook_deliveries ALTER CONSTRAINT webhook_deliveries_theatre_id_seq_fkey DEFERRABLE INITIALLY DEFERRED;
