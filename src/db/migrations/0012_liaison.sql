-- The liaison log: the "daily and weekly contacts" of a ceasefire (DESIGN.md § Glossary), their minutes, decisions
-- and action items. `audience` holds who may see a meeting besides coordinators (authz/audience.ts liaison): its
-- attending actors and monitors. Action items are seen with their meeting, so they carry no audience of their own.
CREATE TABLE liaison_meetings (
  theatre_id uuid NOT NULL REFERENCES theatres (id),
  id uuid NOT NULL,
  title text NOT NULL,
  -- the meeting, or the first of a recurring series; later ones fall at the same wall-clock time in the theatre's timezone
  at timestamptz NOT NULL,
  recurrence_freq text CHECK (recurrence_freq IN ('daily', 'weekly')),
  -- the last local day of a series (inclusive); null: until further notice
  recurrence_until date CHECK (recurrence_until IS NULL OR recurrence_freq IS NOT NULL),
  place_name text,
  place_point geometry(Point, 4326),
  attendees uuid[] NOT NULL DEFAULT '{}',
  minutes text NOT NULL DEFAULT '',
  decisions text[] NOT NULL DEFAULT '{}',
  audience text[] NOT NULL,
  created_by uuid NOT NULL REFERENCES users (id),
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, id)
);
CREATE INDEX liaison_meetings_at ON liaison_meetings (theatre_id, at);
CREATE INDEX liaison_meetings_audience ON liaison_meetings USING gin (audience);

CREATE TABLE liaison_action_items (
  theatre_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  id uuid NOT NULL,
  -- the order the meeting lists them in
  position int NOT NULL,
  text text NOT NULL,
  owner_id uuid NOT NULL,
  -- the due date as given (a local date, or an instant), and the instant it falls due
  due text NOT NULL,
  due_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  note text,
  -- when the reminders job sent each reminder, so each goes once (reset when the due date moves)
  due_reminded_at timestamptz,
  overdue_reminded_at timestamptz,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (theatre_id, id),
  FOREIGN KEY (theatre_id, meeting_id) REFERENCES liaison_meetings (theatre_id, id) ON DELETE CASCADE,
  FOREIGN KEY (theatre_id, owner_id) REFERENCES actors (theatre_id, id)
);
CREATE INDEX liaison_action_items_meeting ON liaison_action_items (theatre_id, meeting_id, position);
CREATE INDEX liaison_action_items_owner ON liaison_action_items (theatre_id, owner_id, status);
-- what the reminders job scans: open items by due time, across theatres
CREATE INDEX liaison_action_items_due ON liaison_action_items (due_at) WHERE status = 'open';
