-- Schema v1: reports and what extraction found in them.
-- Portable SQL only: the same file runs on SQLite and PostgreSQL. Dates are ISO-8601 TEXT
-- (YYYY-MM-DD; ingested_at an instant in UTC), which sorts and compares correctly on both.
-- Incidents, links and the audit trail come in later migrations.

CREATE TABLE reports (
  id          TEXT    NOT NULL PRIMARY KEY,  -- hex SHA-256 of the text: the report's identity
  title       TEXT,
  publisher   TEXT,
  url         TEXT,
  published   TEXT,
  language    TEXT    NOT NULL,
  text        TEXT    NOT NULL,
  ingested_at TEXT    NOT NULL
);

-- One incident as one report states it. The killed figure keeps its qualifier and honest bounds;
-- by-category figures and wounded are the figures a monitor would quote.
CREATE TABLE claims (
  report_id         TEXT    NOT NULL REFERENCES reports (id),
  claim_id          TEXT    NOT NULL,
  scope             TEXT    NOT NULL CHECK (scope IN ('single', 'total', 'tally', 'background')),
  part_of           TEXT,
  date              TEXT,
  date_from         TEXT,
  date_to           TEXT,
  date_precision    TEXT,
  perpetrator       TEXT,
  attribution       TEXT    CHECK (attribution IN ('stated', 'suspected', 'disputed')),
  weapons           TEXT,   -- in text order, joined by '; '
  sources           TEXT,   -- who reports it, joined by '; '
  event_type        TEXT,
  sub_event_type    TEXT,
  killed            BIGINT  CHECK (killed >= 0),
  killed_qualifier  TEXT,
  killed_low        BIGINT  CHECK (killed_low >= 0),
  killed_high       BIGINT  CHECK (killed_high >= 0),
  civilians_killed  BIGINT  CHECK (civilians_killed >= 0),
  children_killed   BIGINT  CHECK (children_killed >= 0),
  women_killed      BIGINT  CHECK (women_killed >= 0),
  combatants_killed BIGINT  CHECK (combatants_killed >= 0),
  wounded           BIGINT  CHECK (wounded >= 0),
  admin1            TEXT,   -- governorates, joined by '; '
  country           TEXT,   -- ISO 3166-1 alpha-2
  geo_precision     INTEGER CHECK (geo_precision BETWEEN 1 AND 3),  -- ACLED geo_precision
  PRIMARY KEY (report_id, claim_id),
  CHECK (killed_low IS NULL OR killed_high IS NULL OR killed_low <= killed_high),
  -- A part points to its total in the same report; totals may come after their parts.
  FOREIGN KEY (report_id, part_of) REFERENCES claims (report_id, claim_id) DEFERRABLE INITIALLY DEFERRED
);

-- Each place a claim names, as written, where, and what it resolved to.
-- span_start / span_end: character offsets [start, end) into the report's text.
CREATE TABLE claim_places (
  report_id  TEXT    NOT NULL,
  claim_id   TEXT    NOT NULL,
  seq        INTEGER NOT NULL,
  as_written TEXT    NOT NULL,
  span_start INTEGER NOT NULL CHECK (span_start >= 0),
  span_end   INTEGER NOT NULL,
  outcome    TEXT    NOT NULL CHECK (outcome IN ('resolved', 'ambiguous', 'not_found')),
  name       TEXT,
  geonameid  BIGINT,
  lat        DOUBLE PRECISION,
  lon        DOUBLE PRECISION,
  admin1     TEXT,
  admin2     TEXT,
  place_precision TEXT CHECK (place_precision IN ('place', 'near_place', 'admin2', 'admin1', 'country')),
  PRIMARY KEY (report_id, claim_id, seq),
  CHECK (span_end >= span_start),
  FOREIGN KEY (report_id, claim_id) REFERENCES claims (report_id, claim_id)
);

-- The words that support one field of a claim. No figure without evidence.
CREATE TABLE evidence (
  report_id  TEXT    NOT NULL,
  claim_id   TEXT    NOT NULL,
  seq        INTEGER NOT NULL,
  field      TEXT    NOT NULL,
  span_start INTEGER NOT NULL CHECK (span_start >= 0),
  span_end   INTEGER NOT NULL,
  text       TEXT    NOT NULL,
  PRIMARY KEY (report_id, claim_id, seq),
  CHECK (span_end >= span_start),
  FOREIGN KEY (report_id, claim_id) REFERENCES claims (report_id, claim_id)
);

CREATE INDEX claims_by_date ON claims (date);
CREATE INDEX claims_by_admin1 ON claims (admin1);
