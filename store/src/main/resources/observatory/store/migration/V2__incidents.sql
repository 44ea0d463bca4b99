-- Schema v2: incidents, the claims linked into each (with why), and their low / best / high.
-- Portable SQL only, as v1. Incidents are recomputed from all stored claims (Store.relink), so
-- these tables hold derived data: they are emptied and refilled in one transaction.

CREATE TABLE incidents (
  id             TEXT    NOT NULL PRIMARY KEY,  -- "inc-" + hash of its claims' references
  scope          TEXT    NOT NULL CHECK (scope IN ('single', 'aggregate')),  -- aggregates stay out of sums
  status         TEXT    NOT NULL CHECK (status IN ('reported', 'corroborated')),
  date_from      TEXT,   -- a single day has date_from = date_to
  date_to        TEXT,
  place_name     TEXT,
  geonameid      BIGINT,
  admin1         TEXT,
  actor          TEXT,
  event_type     TEXT,
  sub_event_type TEXT,
  sources        TEXT    NOT NULL   -- independent origins, joined by '; '
);

-- Every stored claim belongs to exactly one incident.
CREATE TABLE incident_claims (
  incident_id TEXT    NOT NULL REFERENCES incidents (id),
  seq         INTEGER NOT NULL,
  report_id   TEXT    NOT NULL,
  claim_id    TEXT    NOT NULL,
  explanation TEXT    NOT NULL,  -- the link that brought the claim in: same place, same day, ...
  PRIMARY KEY (incident_id, seq),
  UNIQUE (report_id, claim_id),
  FOREIGN KEY (report_id, claim_id) REFERENCES claims (report_id, claim_id)
);

-- One row per measure an incident's sources state. high NULL: open ("at least").
CREATE TABLE incident_figures (
  incident_id TEXT   NOT NULL REFERENCES incidents (id),
  measure     TEXT   NOT NULL CHECK (measure IN ('killed', 'civilians', 'children', 'women', 'combatants', 'wounded')),
  low         BIGINT NOT NULL CHECK (low >= 0),
  best        BIGINT NOT NULL,
  high        BIGINT,
  PRIMARY KEY (incident_id, measure),
  CHECK (best >= low),
  CHECK (high IS NULL OR high >= best)
);

CREATE INDEX incidents_by_admin1 ON incidents (admin1);
CREATE INDEX incidents_by_date ON incidents (date_from);
