-- Agreements, the zones they govern, and who controls which territory when (DESIGN.md § Glossary). Every member of
-- a theatre sees all of these (§ Visibility), so they carry no audience column.

CREATE TABLE agreements (
  theatre_id uuid NOT NULL REFERENCES theatres (id),
  id uuid NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('ceasefire', 'cessation_of_hostilities', 'humanitarian_pause', 'deconfliction')),
  signatories uuid[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_force', 'suspended', 'ended')),
  status_reason text,
  status_changed_at timestamptz,
  -- the number of the current text version (they run 1, 2, 3…, so it is also their count)
  text_version int NOT NULL DEFAULT 1,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, id)
);

-- Each amendment's text and terms; rows are never changed, so they carry no version or updated_at of their own.
CREATE TABLE agreement_versions (
  theatre_id uuid NOT NULL,
  agreement_id uuid NOT NULL,
  version int NOT NULL,
  text text NOT NULL,
  terms jsonb NOT NULL,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, agreement_id, version),
  FOREIGN KEY (theatre_id, agreement_id) REFERENCES agreements (theatre_id, id)
);

-- A party's signature on one version of the text; `signature` is null when the party had no key and signed by
-- membership alone. Append-only, like the versions they sign.
CREATE TABLE agreement_signatures (
  theatre_id uuid NOT NULL,
  agreement_id uuid NOT NULL,
  version int NOT NULL,
  party_id uuid NOT NULL,
  statement text NOT NULL,
  signature text,
  key_id text,
  signed_by uuid NOT NULL REFERENCES users (id),
  signed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, agreement_id, version, party_id),
  FOREIGN KEY (theatre_id, agreement_id, version) REFERENCES agreement_versions (theatre_id, agreement_id, version),
  FOREIGN KEY (theatre_id, party_id) REFERENCES actors (theatre_id, id)
);

-- What the zones module knows of each agreement, told by the agreements service on every change: its name (zone
-- footprints carry it) and the periods it was in force, so "zones in force at t" needs no other module's tables.
CREATE TABLE zone_agreements (
  theatre_id uuid NOT NULL REFERENCES theatres (id),
  agreement_id uuid NOT NULL,
  name text NOT NULL,
  status text NOT NULL,
  in_force tstzmultirange NOT NULL DEFAULT '{}',
  PRIMARY KEY (theatre_id, agreement_id)
);

CREATE TABLE zones (
  theatre_id uuid NOT NULL,
  id uuid NOT NULL,
  agreement_id uuid NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('ceasefire', 'pull_back', 'humanitarian_corridor', 'no_fly', 'exclusion')),
  -- a Polygon or MultiPolygon, or a LineString widened by width_m (a corridor)
  geometry geometry(Geometry, 4326) NOT NULL,
  width_m float8 CHECK (width_m > 0),
  prohibits text[] NOT NULL,
  closed_to_movements boolean NOT NULL,
  valid_from timestamptz NOT NULL,
  valid_to timestamptz CHECK (valid_to > valid_from),
  windows jsonb,
  -- the schedule expanded into instants (zones/schedule.ts), in the theatre's timezone at the time of the write
  during tstzmultirange NOT NULL,
  withdrawal jsonb NOT NULL DEFAULT '[]',
  withdrawn_at timestamptz,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, id),
  FOREIGN KEY (theatre_id, agreement_id) REFERENCES zone_agreements (theatre_id, agreement_id)
);
CREATE INDEX zones_geometry ON zones USING gist (theatre_id, geometry);
CREATE INDEX zones_during ON zones USING gist (theatre_id, during);
CREATE INDEX zones_agreement ON zones (theatre_id, agreement_id);

CREATE TABLE control_areas (
  theatre_id uuid NOT NULL,
  id uuid NOT NULL,
  party_id uuid NOT NULL,
  geometry geometry(Geometry, 4326) NOT NULL,
  valid_from timestamptz NOT NULL,
  valid_to timestamptz CHECK (valid_to > valid_from),
  validity tstzrange GENERATED ALWAYS AS (tstzrange(valid_from, valid_to, '[)')) STORED,
  note text,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, id),
  FOREIGN KEY (theatre_id, party_id) REFERENCES actors (theatre_id, id)
);
CREATE INDEX control_areas_geometry ON control_areas USING gist (theatre_id, geometry);
CREATE INDEX control_areas_validity ON control_areas USING gist (theatre_id, validity);
