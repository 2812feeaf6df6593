-- An actor's webhooks: endpoints that receive, signed, each ledger entry the actor may see.
CREATE TABLE webhooks (
  theatre_id uuid NOT NULL,
  id uuid NOT NULL,
  actor_id uuid NOT NULL,
  -- Copied from the actor (an actor's kind never changes): which entries a webhook may see is decided inside each
  -- appending transaction, from this table alone.
  actor_kind text NOT NULL CHECK (actor_kind IN ('coordinator', 'party', 'organisation', 'monitor')),
  url text NOT NULL,
  description text,
  -- Action prefixes to deliver ('acknowledgement.', 'conflict.'); empty: every action.
  events text[] NOT NULL DEFAULT '{}',
  -- The HMAC key. Signing needs the key itself, so unlike token secrets it cannot be stored as a hash; the API
  -- shows it once, at creation.
  secret text NOT NULL,
  created_by uuid NOT NULL REFERENCES users (id),
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, id),
  FOREIGN KEY (theatre_id, actor_id) REFERENCES actors (theatre_id, id)
);
CREATE INDEX webhooks_actor ON webhooks (theatre_id, actor_id);

-- The outbox: one row per webhook and ledger entry, written in the entry's own transaction, so that every committed
-- change is delivered even if the process dies right after. Workers claim due rows with FOR UPDATE SKIP LOCKED, so
-- several processes can share it. There is no foreign key to webhooks: rows are written inside every appending
-- transaction, and a webhook deleted meanwhile must not make that unrelated write fail. Rows are only written for
-- webhooks that exist, deleting a webhook deletes its rows, and workers skip any row whose webhook is gone.
CREATE TABLE webhook_deliveries (
  theatre_id uuid NOT NULL,
  id uuid NOT NULL,
  webhook_id uuid NOT NULL,
  seq bigint NOT NULL,
  action text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts int NOT NULL DEFAULT 0,
  -- When a worker may next try; while one is trying, the end of its lease. Null once delivered or failed.
  next_attempt_at timestamptz DEFAULT now(),
  response_code int,
  last_error text,
  delivered_at timestamptz,
  -- One object per attempt: {attempt, at, responseCode, error, durationMs}.
  attempt_log jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, id),
  FOREIGN KEY (theatre_id, seq) REFERENCES ledger_entries (theatre_id, seq)
);
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (theatre_id, webhook_id, id);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
