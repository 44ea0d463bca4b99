-- Schema v3: the analyst's hand (decisions and their audit log), five statuses, and the qualifier of
-- every category figure. Portable SQL only, as v1 and v2.
--
-- The incident tables hold derived data (Store.relink refills them from the claims and the
-- decisions), and SQLite cannot alter a CHECK constraint: they are dropped and created again with
-- the new statuses. A store that held claims before this migration is relinked when it is opened.

DROP TABLE incident_figures;
DROP TABLE incident_claims;
DROP TABLE incidents;

CREATE TABLE incidents (
  id             TEXT    NOT NULL PRIMARY KEY,  -- "inc-" + hash of its claims' references
  scope          TEXT    NOT NULL CHECK (scope IN ('single', 'aggregate')),  -- aggregates stay out of sums
  -- reported / corroborated / contested are derived from the claims; verified, contested and
  -- discounted may be set by an analyst. Discounted incidents stay out of totals and series.
  status         TEXT    NOT NULL CHECK (status IN ('reported', 'corroborated', 'verified', 'contested', 'discounted')),
  status_reason  TEXT,   -- why contested (the disagreement found) or the analyst's reason
  date_from      TEXT,   -- a single day has date_from = date_to
  date_to        TEXT,
  place_name     TEXT,
  geonameid      BIGINT,
  admin1         TEXT,
  country        TEXT,   -- ISO 3166-1 alpha-2, from its claims
  actor          TEXT,
  event_type     TEXT,
  sub_event_type TEXT,
  sources        TEXT    NOT NULL   -- independent origins, joined by '; '
);

CREATE TABLE incident_claims (
  incident_id TEXT    NOT NULL REFERENCES incidents (id),
  seq         INTEGER NOT NULL,
  report_id   TEXT    NOT NULL,
  claim_id    TEXT    NOT NULL,
  explanation TEXT    NOT NULL,
  PRIMARY KEY (incident_id, seq),
  UNIQUE (report_id, claim_id),
  FOREIGN KEY (report_id, claim_id) REFERENCES claims (report_id, claim_id)
);

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

-- The qualifier of each category figure ('exact', 'at least', ...), and the upper end of a range
-- ("10 to 12 children": figure 10, qualifier 'at least', high 12). NULL qualifier: a row stored
-- before v3, read as "at least" as before.
ALTER TABLE claims ADD COLUMN civilians_qualifier TEXT;
ALTER TABLE claims ADD COLUMN civilians_high BIGINT;
ALTER TABLE claims ADD COLUMN children_qualifier TEXT;
ALTER TABLE claims ADD COLUMN children_high BIGINT;
ALTER TABLE claims ADD COLUMN women_qualifier TEXT;
ALTER TABLE claims ADD COLUMN women_high BIGINT;
ALTER TABLE claims ADD COLUMN combatants_qualifier TEXT;
ALTER TABLE claims ADD COLUMN combatants_high BIGINT;
ALTER TABLE claims ADD COLUMN wounded_qualifier TEXT;
ALTER TABLE claims ADD COLUMN wounded_high BIGINT;

-- An analyst's decision: a durable fact about claims, never about a derived incident id (which
-- changes when its claims change). Applied in seq order by every relink (observatory.review.Decisions).
CREATE TABLE decisions (
  seq        BIGINT NOT NULL PRIMARY KEY,
  kind       TEXT   NOT NULL CHECK (kind IN ('merge', 'split', 'correct', 'status')),
  field      TEXT,   -- correct: the field; status: 'status'
  value      TEXT,   -- correct: the new value; status: the status, or 'derived'
  reason     TEXT   NOT NULL,
  decided_by TEXT   NOT NULL,
  decided_at TEXT   NOT NULL   -- an instant in UTC
);

-- The claims a decision is about. merge: 'anchor' = the claims that must be one incident;
-- split: 'moved' = the claims taken out, 'rest' = those they must stay apart from;
-- correct and status: 'anchor' = the incident's claims when it was decided.
CREATE TABLE decision_claims (
  decision_seq BIGINT NOT NULL REFERENCES decisions (seq),
  role         TEXT   NOT NULL CHECK (role IN ('anchor', 'moved', 'rest')),
  report_id    TEXT   NOT NULL,
  claim_id     TEXT   NOT NULL,
  PRIMARY KEY (decision_seq, role, report_id, claim_id),
  FOREIGN KEY (report_id, claim_id) REFERENCES claims (report_id, claim_id)
);

-- Every change an analyst makes, as it was seen when it was made: who, when, what, before, after, why.
CREATE TABLE audit_log (
  seq          BIGINT NOT NULL PRIMARY KEY,
  at           TEXT   NOT NULL,   -- an instant in UTC
  by_whom      TEXT   NOT NULL,
  action       TEXT   NOT NULL CHECK (action IN ('merge', 'split', 'correct', 'status')),
  incident_id  TEXT   NOT NULL,   -- the incident as it was named when the change was made
  field        TEXT,
  before_value TEXT,
  after_value  TEXT,
  reason       TEXT   NOT NULL,
  decision_seq BIGINT NOT NULL REFERENCES decisions (seq)
);

CREATE INDEX decision_claims_by_claim ON decision_claims (report_id, claim_id);
CREATE INDEX audit_by_incident ON audit_log (incident_id);
