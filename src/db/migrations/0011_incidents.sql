-- Incidents: reported events, their verification, the alleged party's right of reply, and their evidence
-- (DESIGN.md § Glossary, Incident). `audience` holds who may see an incident besides coordinators (authz/audience.ts).
CREATE TABLE incidents (
  theatre_id uuid NOT NULL REFERENCES theatres (id),
  id uuid NOT NULL,
  ref text NOT NULL,
  reporter_id uuid NOT NULL,
  -- the reporters of incidents merged into this one: they keep seeing what became of their report
  co_reporter_ids uuid[] NOT NULL DEFAULT '{}',
  occurred_at timestamptz NOT NULL,
  occurred_until timestamptz CHECK (occurred_until > occurred_at),
  occurred_precision text NOT NULL CHECK (occurred_precision IN ('exact', 'day', 'week', 'month')),
  -- when it may have happened, given the precision (the day, week or month in the theatre's timezone) and the end
  occurred tstzrange NOT NULL,
  location geometry(Geometry, 4326) NOT NULL,
  location_precision text NOT NULL CHECK (location_precision IN ('exact', 'near', 'district', 'governorate')),
  place_name text,
  -- where it may have happened: the location widened by the precision's radius (incidents/policy.ts)
  uncertainty_m int NOT NULL CHECK (uncertainty_m >= 0),
  uncertainty geometry(Geometry, 4326) NOT NULL,
  category text NOT NULL,
  alleged_party_id uuid,
  alleged_text text,
  killed jsonb,
  injured jsonb,
  description text NOT NULL,
  sources jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL CHECK (status IN ('reported', 'under_review', 'corroborated', 'verified', 'refuted', 'inconclusive', 'merged')),
  -- every status move: from, to, note, who and when
  history jsonb NOT NULL DEFAULT '[]',
  -- the parties asked to respond (right of reply), with when and by when; and their replies
  reply_requests jsonb NOT NULL DEFAULT '[]',
  replies jsonb NOT NULL DEFAULT '[]',
  merged_into uuid,
  published_at timestamptz,
  -- the agreements, zones, sites and movements it may concern, computed on every change (incidents/attribution.ts)
  attribution jsonb NOT NULL DEFAULT '{}',
  audience text[] NOT NULL,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, id),
  UNIQUE (theatre_id, ref),
  FOREIGN KEY (theatre_id, reporter_id) REFERENCES actors (theatre_id, id),
  FOREIGN KEY (theatre_id, alleged_party_id) REFERENCES actors (theatre_id, id)
);
CREATE INDEX incidents_location ON incidents USING gist (theatre_id, location);
CREATE INDEX incidents_occurred ON incidents USING gist (theatre_id, occurred);
CREATE INDEX incidents_audience ON incidents USING gin (audience);
CREATE INDEX incidents_status ON incidents (theatre_id, status);

-- Evidence bytes, content-addressed: the same file attached twice (or to two incidents) is stored once. Kept in the
-- database so that it works the same on PGlite and PostgreSQL and is in every backup.
CREATE TABLE incident_evidence_blobs (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bytea NOT NULL
);

CREATE TABLE incident_evidence (
  theatre_id uuid NOT NULL,
  incident_id uuid NOT NULL,
  sha256 text NOT NULL REFERENCES incident_evidence_blobs (sha256),
  size bigint NOT NULL,
  media_type text NOT NULL,
  filename text,
  uploaded_by uuid NOT NULL REFERENCES users (id),
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, incident_id, sha256),
  FOREIGN KEY (theatre_id, incident_id) REFERENCES incidents (theatre_id, id)
);
