-- Per day (and per month) and governorate, the sums that regional totals need, so that a total over a million
-- incidents reads a few thousand summary rows instead. Only incidents of one day (date_from =
-- date_to) that are not discounted are summed here; the others (periods, undated) are read from
-- the incident tables (few, behind the partial index below). Rebuilt from the incident tables at
-- the end of every relink, in its transaction, so it never disagrees with them (Summaries.java).

CREATE TABLE incident_days (
  day         TEXT    NOT NULL,
  admin1      TEXT,              -- as the incidents hold it; NULL: incidents with no governorate
  admin1_key  TEXT,              -- LOWER(admin1), what region filters compare
  singles     INTEGER NOT NULL,  -- single incidents (summed)
  aggregates  INTEGER NOT NULL   -- totals and tallies (counted, never summed)
);

CREATE TABLE incident_day_figures (
  day         TEXT    NOT NULL,
  admin1      TEXT,
  admin1_key  TEXT,
  measure     TEXT    NOT NULL,
  low         BIGINT  NOT NULL,
  best        BIGINT  NOT NULL,
  high        BIGINT,            -- the sum of the stated highs
  open_highs  INTEGER NOT NULL,  -- how many incidents have no high: the sum's high is then open
  incidents   INTEGER NOT NULL   -- single incidents stating this measure
);

CREATE INDEX incident_days_by_region ON incident_days (admin1_key, day);
CREATE INDEX incident_days_by_day ON incident_days (day);
CREATE INDEX incident_day_figures_by_region ON incident_day_figures (admin1_key, day);
CREATE INDEX incident_day_figures_by_day ON incident_day_figures (day);

-- The same per month ('YYYY-MM'), so that a total over years reads months, and days only at its edges.
CREATE TABLE incident_months (
  month       TEXT    NOT NULL,
  admin1      TEXT,
  admin1_key  TEXT,
  singles     INTEGER NOT NULL,
  aggregates  INTEGER NOT NULL
);

CREATE TABLE incident_month_figures (
  month       TEXT    NOT NULL,
  admin1      TEXT,
  admin1_key  TEXT,
  measure     TEXT    NOT NULL,
  low         BIGINT  NOT NULL,
  best        BIGINT  NOT NULL,
  high        BIGINT,
  open_highs  INTEGER NOT NULL,
  incidents   INTEGER NOT NULL
);

CREATE INDEX incident_months_by_region ON incident_months (admin1_key, month);
CREATE INDEX incident_month_figures_by_region ON incident_month_figures (admin1_key, month);

-- The incidents the summaries leave to the detail tables: periods and undated ones.
CREATE INDEX incidents_not_one_day ON incidents (COALESCE(date_from, date_to, '9999-12-31'))
  WHERE date_from IS NULL OR date_to IS NULL OR date_from <> date_to;

-- A store upgraded with incidents already linked gets its summaries now, not at its next relink
-- (the same statements as Summaries.rebuild).
INSERT INTO incident_days (day, admin1, admin1_key, singles, aggregates)
  SELECT date_from, admin1, LOWER(admin1), SUM(CASE WHEN scope = 'single' THEN 1 ELSE 0 END),
         SUM(CASE WHEN scope = 'aggregate' THEN 1 ELSE 0 END)
  FROM incidents WHERE date_from = date_to AND status <> 'discounted' GROUP BY date_from, admin1;
INSERT INTO incident_day_figures (day, admin1, admin1_key, measure, low, best, high, open_highs, incidents)
  SELECT i.date_from, i.admin1, LOWER(i.admin1), f.measure, SUM(f.low), SUM(f.best), SUM(f.high),
         SUM(CASE WHEN f.high IS NULL THEN 1 ELSE 0 END), COUNT(*)
  FROM incidents i JOIN incident_figures f ON f.incident_id = i.id
  WHERE i.scope = 'single' AND i.date_from = i.date_to AND i.status <> 'discounted'
  GROUP BY i.date_from, i.admin1, f.measure;
INSERT INTO incident_months (month, admin1, admin1_key, singles, aggregates)
  SELECT SUBSTR(day, 1, 7), admin1, admin1_key, SUM(singles), SUM(aggregates) FROM incident_days
  GROUP BY SUBSTR(day, 1, 7), admin1, admin1_key;
INSERT INTO incident_month_figures (month, admin1, admin1_key, measure, low, best, high, open_highs, incidents)
  SELECT SUBSTR(day, 1, 7), admin1, admin1_key, measure, SUM(low), SUM(best), SUM(high), SUM(open_highs), SUM(incidents)
  FROM incident_day_figures GROUP BY SUBSTR(day, 1, 7), admin1, admin1_key, measure;
