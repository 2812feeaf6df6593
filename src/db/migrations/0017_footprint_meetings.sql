-- Where and when one footprint meets each of some others: the footprints module's interface in SQL, so that the
-- conflict engine stores the shared areas without the shapes leaving the database (an activity over a city meets
-- thousands of sites, and their areas written out as text and read back cost more than finding them).

-- Instants and time ranges as the API speaks them: ISO 8601 UTC with milliseconds, open ends null. STABLE as to_char
-- is, so that PostgreSQL inlines footprint_iso where it is called (declared IMMUTABLE, it ran 3.6 times slower).
CREATE FUNCTION footprint_iso(t timestamptz) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN isfinite(t) THEN to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') ELSE t::text END
$$;

CREATE FUNCTION footprint_windows(during tstzmultirange) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT coalesce(jsonb_agg(jsonb_build_array(footprint_iso(lower(r)), footprint_iso(upper(r))) ORDER BY lower(r)), '[]')
  FROM unnest(during) r
$$;

-- `others` is a JSON array of {kind, id, ...}: each comes back as it went in beside where and when the subject meets
-- that footprint, so that the caller carries its own data along without joining on them again. The subject's own
-- footprint is read once. Most of what an activity meets lies wholly inside it (sites) and is active whenever it
-- is: then the shared area and time are the other's area and the subject's time, which costs a containment test
-- instead of an intersection.
CREATE FUNCTION footprint_meetings(of_theatre uuid, of_kind text, of_id uuid, others jsonb)
RETURNS TABLE (item jsonb, area geometry, during jsonb) LANGUAGE sql STABLE AS $$
  WITH s AS MATERIALIZED (
    SELECT f.theatre_id, f.shape, f.during, footprint_windows(f.during) AS windows FROM footprints f
    WHERE f.theatre_id = of_theatre AND f.subject_kind = of_kind AND f.subject_id = of_id
  )
  SELECT m.item,
    CASE WHEN ST_Contains(s.shape, o.shape) THEN o.shape ELSE ST_Intersection(o.shape, s.shape) END,
    CASE WHEN o.during @> s.during THEN s.windows ELSE footprint_windows(o.during * s.during) END
  FROM s
  CROSS JOIN jsonb_array_elements(others) AS m (item)
  JOIN footprints o ON o.theatre_id = s.theatre_id AND o.subject_kind = m.item->>'kind' AND o.subject_id = (m.item->>'id')::uuid
$$;
