-- Compliance figures (incidents/figures.ts) group a year of incidents by period × party × zone. Read from `incidents`,
-- that meant parsing every incident's attribution (JSON, compressed with the rest of a wide row) on every request:
-- 440 ms for 38,000 incidents on PostgreSQL (docs/PERFORMANCE.md, "Incidents"). This table keeps what the figures
-- group, one narrow row per incident and zone of its attribution (one row with no zone when it was in none), kept by
-- triggers on `incidents` so that no way of writing an incident can leave it stale. Merged reports are left out:
-- their survivor counts.
CREATE TABLE incident_figures (
  theatre_id uuid NOT NULL,
  incident_id uuid NOT NULL,
  -- 0 for an incident's first row: figures not broken down by zone read that one only
  zone_seq int NOT NULL,
  occurred_at timestamptz NOT NULL,
  alleged_party_id uuid,
  category text NOT NULL,
  status text NOT NULL,
  audience text[] NOT NULL,
  -- the zone as the attribution names it (null: in no zone in force)
  agreement_id uuid,
  agreement_title text,
  zone_id uuid,
  zone_name text,
  killed_min int,
  killed_max int,
  children_killed_min int,
  children_killed_max int,
  injured_min int,
  injured_max int,
  PRIMARY KEY (theatre_id, incident_id, zone_seq),
  FOREIGN KEY (theatre_id, incident_id) REFERENCES incidents (theatre_id, id) ON DELETE CASCADE
);
CREATE INDEX incident_figures_occurred_at ON incident_figures (theatre_id, occurred_at);

-- An incident's rows, for the triggers and for the incidents written before this migration.
CREATE FUNCTION incident_figures_of(i incidents) RETURNS SETOF incident_figures LANGUAGE sql STABLE AS $$
  SELECT i.theatre_id, i.id, (z.n - 1)::int, i.occurred_at, i.alleged_party_id, i.category, i.status, i.audience,
    (z.zone ->> 'agreementId')::uuid, z.zone ->> 'agreementTitle', (z.zone ->> 'zoneId')::uuid, z.zone ->> 'zoneName',
    (i.killed #>> '{min}')::int, (i.killed #>> '{max}')::int, (i.killed #>> '{children,min}')::int,
    (i.killed #>> '{children,max}')::int, (i.injured #>> '{min}')::int, (i.injured #>> '{max}')::int
  FROM jsonb_array_elements(coalesce(nullif(i.attribution -> 'zones', '[]'), '[null]')) WITH ORDINALITY AS z (zone, n)
  WHERE i.status <> 'merged'
$$;

CREATE FUNCTION incident_figures_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM incident_figures WHERE theatre_id = OLD.theatre_id AND incident_id = OLD.id;
  END IF;
  INSERT INTO incident_figures SELECT * FROM incident_figures_of(NEW);
  RETURN NULL;
END $$;

CREATE TRIGGER incident_figures_insert AFTER INSERT ON incidents
  FOR EACH ROW EXECUTE FUNCTION incident_figures_refresh();
-- Most changes to an incident (a reply, a source, evidence) leave its figures as they were.
CREATE TRIGGER incident_figures_update AFTER UPDATE ON incidents
  FOR EACH ROW WHEN ((OLD.occurred_at, OLD.alleged_party_id, OLD.category, OLD.status, OLD.audience, OLD.attribution,
    OLD.killed, OLD.injured) IS DISTINCT FROM (NEW.occurred_at, NEW.alleged_party_id, NEW.category, NEW.status,
    NEW.audience, NEW.attribution, NEW.killed, NEW.injured))
  EXECUTE FUNCTION incident_figures_refresh();

INSERT INTO incident_figures SELECT f.* FROM incidents i, incident_figures_of(i) f;
