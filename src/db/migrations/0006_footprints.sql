-- The space–time shape of every site, movement, activity and zone: the buffered area and the time ranges in which
-- it is active. The deconfliction engine works on these alone (DESIGN.md § Glossary, Footprint).
CREATE TABLE footprints (
  theatre_id uuid NOT NULL REFERENCES theatres (id),
  subject_kind text NOT NULL CHECK (subject_kind IN ('site', 'movement', 'activity', 'zone')),
  subject_id uuid NOT NULL,
  version int NOT NULL,
  ref text,
  owner_actor_id uuid,
  shape geometry(Geometry, 4326) NOT NULL,
  during tstzmultirange NOT NULL,
  attrs jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (theatre_id, subject_kind, subject_id)
);
CREATE INDEX footprints_shape ON footprints USING gist (theatre_id, shape);
CREATE INDEX footprints_during ON footprints USING gist (theatre_id, during);
