-- API tokens act for one actor with at most their creator's role there; only the sha256 is stored.
CREATE TABLE api_tokens (
  theatre_id uuid NOT NULL,
  id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id),
  actor_id uuid NOT NULL,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
  token_hash text NOT NULL UNIQUE,
  prefix text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  expires_at timestamptz,
  revoked_at timestamptz,
  version int NOT NULL DEFAULT 1,
  PRIMARY KEY (theatre_id, id),
  FOREIGN KEY (theatre_id, actor_id) REFERENCES actors (theatre_id, id)
);
CREATE INDEX api_tokens_actor ON api_tokens (actor_id);
