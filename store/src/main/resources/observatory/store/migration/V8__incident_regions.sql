-- Schema v8: the governorates and districts the incidents lie in, one row each, so that a region a
-- person names (Regions.java) is found among a few hundred rows instead of every incident: an
-- incident filter, a series or an onset resolves its region on every request. Rebuilt with the
-- summaries at the end of every relink, in its transaction (Summaries.rebuild). Portable SQL only.

CREATE TABLE incident_regions (
  admin1  TEXT NOT NULL,   -- a governorate, as the incidents hold it
  admin2  TEXT             -- one of its districts; NULL: the governorate has incidents without one
);

-- A store upgraded with incidents already linked gets its rows now (the statement of Summaries.rebuild).
INSERT INTO incident_regions (admin1, admin2)
  SELECT DISTINCT admin1, admin2 FROM incidents WHERE admin1 IS NOT NULL;
