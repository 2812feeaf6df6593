-- People-facing references: <THEATRE>-<S|M|A|I|C>-<number>, numbered per theatre and kind.
CREATE TABLE reference_counters (
  theatre_id uuid NOT NULL REFERENCES theatres (id),
  letter char(1) NOT NULL,
  last int NOT NULL,
  PRIMARY KEY (theatre_id, letter)
);
