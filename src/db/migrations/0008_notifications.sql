-- Sites and movements that organisations notify, and each required party's acknowledgement of each version.
-- `audience` holds who may see the record besides coordinators (authz/audience.ts).
CREATE TABLE sites (
  theatre_id uuid NOT NULL REFERENCES theatres (id),
  id uuid NOT NULL,
  ref text NOT NULL,
  organisation_id uuid NOT NULL,
  name text NOT NULL,
  type text NOT NULL,
  geometry geometry(Geometry, 4326) NOT NULL,
  protection_radius_m int NOT NULL,
  share_with uuid[] NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'notified', 'withdrawn')),
  details jsonb NOT NULL DEFAULT '{}',
  audience text[] NOT NULL,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, id),
  UNIQUE (theatre_id, ref),
  FOREIGN KEY (theatre_id, organisation_id) REFERENCES actors (theatre_id, id)
);
CREATE INDEX sites_geometry ON sites USING gist (theatre_id, geometry);
CREATE INDEX sites_audience ON sites USING gin (audience);

CREATE TABLE movements (
  theatre_id uuid NOT NULL REFERENCES theatres (id),
  id uuid NOT NULL,
  ref text NOT NULL,
  organisation_id uuid NOT NULL,
  name text NOT NULL,
  route geometry(LineString, 4326) NOT NULL,
  buffer_m int NOT NULL,
  window_start timestamptz NOT NULL,
  window_end timestamptz NOT NULL,
  details jsonb NOT NULL DEFAULT '{}',
  share_with uuid[] NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'notified', 'cleared', 'underway', 'completed', 'aborted')),
  clearance jsonb,
  audience text[] NOT NULL,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, id),
  UNIQUE (theatre_id, ref),
  FOREIGN KEY (theatre_id, organisation_id) REFERENCES actors (theatre_id, id)
);
CREATE INDEX movements_route ON movements USING gist (theatre_id, route);
CREATE INDEX movements_audience ON movements USING gin (audience);

CREATE TABLE acknowledgements (
  theatre_id uuid NOT NULL REFERENCES theatres (id),
  id uuid NOT NULL,
  subject_kind text NOT NULL CHECK (subject_kind IN ('site', 'movement')),
  subject_id uuid NOT NULL,
  subject_ref text NOT NULL,
  subject_version int NOT NULL,
  subject_name text NOT NULL,
  owner_id uuid NOT NULL,
  party_id uuid NOT NULL,
  deadline timestamptz NOT NULL,
  state text NOT NULL CHECK (state IN ('pending', 'acknowledged', 'objected', 'expired', 'superseded')),
  reason text,
  party_signature text,
  answered_by uuid,
  answered_at timestamptz,
  ledger_seq bigint,
  audience text[] NOT NULL,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, id),
  FOREIGN KEY (theatre_id, party_id) REFERENCES actors (theatre_id, id)
);
CREATE INDEX acknowledgements_party ON acknowledgements (theatre_id, party_id, state);
CREATE INDEX acknowledgements_subject ON acknowledgements (theatre_id, subject_id, subject_version);
CREATE INDEX acknowledgements_due ON acknowledgements (deadline) WHERE state = 'pending';
