CREATE TABLE theatres (
  id uuid PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  timezone text NOT NULL,
  bbox geometry(Polygon, 4326) NOT NULL,
  policy jsonb NOT NULL,
  published boolean NOT NULL DEFAULT false,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Every theatre-scoped table keys on theatre_id first, so a deployment can distribute by theatre.
CREATE TABLE actors (
  theatre_id uuid NOT NULL REFERENCES theatres (id),
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('coordinator', 'party', 'organisation', 'monitor')),
  name text NOT NULL,
  short_name text NOT NULL,
  aliases text[] NOT NULL DEFAULT '{}',
  colour text,
  public_key text,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, id),
  UNIQUE (id)
);
CREATE UNIQUE INDEX actors_short_name ON actors (theatre_id, lower(short_name));

CREATE TABLE members (
  theatre_id uuid NOT NULL,
  id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id),
  actor_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, id),
  FOREIGN KEY (theatre_id, actor_id) REFERENCES actors (theatre_id, id),
  UNIQUE (actor_id, user_id)
);
CREATE INDEX members_user ON members (user_id);
