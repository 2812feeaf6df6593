-- Parties' declared activities (confidential: the declaring party and coordinators only) and the conflicts the
-- engine finds between footprints.
CREATE TABLE activities (
  theatre_id uuid NOT NULL REFERENCES theatres (id),
  id uuid NOT NULL,
  ref text NOT NULL,
  party_id uuid NOT NULL,
  kind text NOT NULL,
  geometry geometry(Geometry, 4326) NOT NULL,
  window_start timestamptz NOT NULL,
  window_end timestamptz NOT NULL,
  aware_of jsonb NOT NULL DEFAULT '[]',
  note text,
  status text NOT NULL CHECK (status IN ('declared', 'cancelled')),
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, id),
  UNIQUE (theatre_id, ref),
  FOREIGN KEY (theatre_id, party_id) REFERENCES actors (theatre_id, id)
);

CREATE TABLE conflicts (
  theatre_id uuid NOT NULL REFERENCES theatres (id),
  id uuid NOT NULL,
  ref text NOT NULL,
  rule text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('critical', 'high', 'medium')),
  a_kind text NOT NULL,
  a_id uuid NOT NULL,
  a_version int NOT NULL,
  a_owner uuid,
  b_kind text NOT NULL,
  b_id uuid NOT NULL,
  b_version int NOT NULL,
  b_owner uuid,
  -- what the rules let each side know, frozen when the conflict was found (conflicts/views.ts reads it)
  facts jsonb NOT NULL,
  area geometry(Geometry, 4326),
  during jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'acknowledged', 'resolved', 'accepted', 'superseded', 'withdrawn')),
  note text,
  resolved_by uuid,
  audience text[] NOT NULL,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, id),
  UNIQUE (theatre_id, ref)
);
CREATE INDEX conflicts_a ON conflicts (theatre_id, a_id);
CREATE INDEX conflicts_b ON conflicts (theatre_id, b_id);
CREATE INDEX conflicts_audience ON conflicts USING gin (audience);
