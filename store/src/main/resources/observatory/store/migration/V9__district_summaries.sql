-- Schema v9: the summaries of V6 per district (admin2) as well, so that a district's totals read a
-- few hundred summary rows, as a governorate's do, instead of every incident of the district. The
-- same sums, with the same rules (incidents of one day, not discounted; aggregates counted, never
-- summed), grouped by (day or month, governorate, district); a NULL admin2 row holds the incidents of
-- the governorate that have no district. The governorate tables of V6 are kept as they are (a
-- governorate reads one row a day, not one per district) and are now summed from these at every
-- rebuild (Summaries.java). Portable SQL only.

CREATE TABLE incident_district_days (
  day         TEXT    NOT NULL,
  admin1      TEXT,              -- as the incidents hold it; NULL: incidents with no governorate
  admin1_key  TEXT,              -- LOWER(admin1), what region filters compare
  admin2      TEXT,              -- as the incidents hold it; NULL: incidents with no district
  singles     INTEGER NOT NULL,
  aggregates  INTEGER NOT NULL
);

CREATE TABLE incident_district_day_figures (
  day         TEXT    NOT NULL,
  admin1      TEXT,
  admin1_key  TEXT,
  admin2      TEXT,
  measure     TEXT    NOT NULL,
  low         BIGINT  NOT NULL,
  best        BIGINT  NOT NULL,
  high        BIGINT,            -- the sum of the stated highs
  open_highs  INTEGER NOT NULL,  -- how many incidents have no high: the sum's high is then open
  incidents   INTEGER NOT NULL   -- single incidents stating this measure
);

CREATE TABLE incident_district_months (
  month       TEXT    NOT NULL,
  admin1      TEXT,
  admin1_key  TEXT,
  admin2      TEXT,
  singles     INTEGER NOT NULL,
  aggregates  INTEGER NOT NULL
);

CREATE TABLE incident_district_month_figures (
  month       TEXT    NOT NULL,
  admin1      TEXT,
  admin1_key  TEXT,
  admin2      TEXT,
  measure     TEXT    NOT NULL,
  low         BIGINT  NOT NULL,
  best        BIGINT  NOT NULL,
  high        BIGINT,
  open_highs  INTEGER NOT NULL,
  incidents   INTEGER NOT NULL
);

-- A district is found as the incident filters find it: admin2 as stored, its governorate in any case.
CREATE INDEX incident_district_days_by_region ON incident_district_days (admin2, admin1_key, day);
CREATE INDEX incident_district_day_figures_by_region ON incident_district_day_figures (admin2, admin1_key, day);
CREATE INDEX incident_district_months_by_region ON incident_district_months (admin2, admin1_key, month);
CREATE INDEX incident_district_month_figures_by_region ON incident_district_month_figures (admin2, admin1_key, month);

-- A store upgraded with incidents already linked gets its district summaries now, not at its next
-- relink (the statements of Summaries.rebuild). The governorate tables of V6 are already filled.
INSERT INTO incident_district_days (day, admin1, admin1_key, admin2, singles, aggregates)
  SELECT date_from, admin1, LOWER(admin1), admin2, SUM(CASE WHEN scope = 'single' THEN 1 ELSE 0 END),
         SUM(CASE WHEN scope = 'aggregate' THEN 1 ELSE 0 END)
  FROM incidents WHERE date_from = date_to AND status <> 'discounted' GROUP BY date_from, admin1, admin2;
INSERT INTO incident_district_day_figures (day, admin1, admin1_key, admin2, measure, low, best, high, open_highs, incidents)
  SELECT i.date_from, i.admin1, LOWER(i.admin1), i.admin2, f.measure, SUM(f.low), SUM(f.best), SUM(f.high),
         SUM(CASE WHEN f.high IS NULL THEN 1 ELSE 0 END), COUNT(*)
  FROM incidents i JOIN incident_figures f ON f.incident_id = i.id
  WHERE i.scope = 'single' AND i.date_from = i.date_to AND i.status <> 'discounted'
  GROUP BY i.date_from, i.admin1, i.admin2, f.measure;
INSERT INTO incident_district_months (month, admin1, admin1_key, admin2, singles, aggregates)
  SELECT SUBSTR(day, 1, 7), admin1, admin1_key, admin2, SUM(singles), SUM(aggregates) FROM incident_district_days
  GROUP BY SUBSTR(day, 1, 7), admin1, admin1_key, admin2;
INSERT INTO incident_district_month_figures (month, admin1, admin1_key, admin2, measure, low, best, high, open_highs,
    incidents)
  SELECT SUBSTR(day, 1, 7), admin1, admin1_key, admin2, measure, SUM(low), SUM(best), SUM(high), SUM(open_highs),
         SUM(incidents)
  FROM incident_district_day_figures GROUP BY SUBSTR(day, 1, 7), admin1, admin1_key, admin2, measure;
