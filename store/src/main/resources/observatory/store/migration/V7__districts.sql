-- Schema v7: the district (admin2) of an incident, so that daily series, onsets and alerts run per
-- district as well as per governorate and country. Portable SQL only, as v1. (V4 is unused on
-- purpose; do not reuse it.)

-- Whether a claim place's district is the nearest district seat's (GeoNames cities500 gives Syrian
-- places no district) rather than one its gazetteer entry states: 1 approximate, 0 stated.
-- NULL for places stored before v7: not known to be stated, read as approximate.
ALTER TABLE claim_places ADD COLUMN admin2_approximate INTEGER CHECK (admin2_approximate IN (0, 1));

-- The district all the incident's claims that have one agree on (IncidentRows.District); NULL when
-- they disagree, when none has one, or when an analyst corrected the incident's place away from its
-- claims'. admin2_approximate: 1 when any of those claims' districts was approximate.
ALTER TABLE incidents ADD COLUMN admin2 TEXT;
ALTER TABLE incidents ADD COLUMN admin2_approximate INTEGER CHECK (admin2_approximate IN (0, 1));

CREATE INDEX incidents_by_admin2 ON incidents (admin2, date_from);

-- Incidents already linked get their districts now, not at the next relink, by the same rule as
-- IncidentRows.District: every resolved place of the incident's claims that has a district names one
-- district, of the incident's governorate; not when an analyst corrected the place (its name is then
-- kept without a gazetteer id). Places stored before v7 carry no flag: their districts read as
-- approximate.
UPDATE incidents SET admin2 = (
  SELECT CASE WHEN COUNT(DISTINCT p.admin2) = 1 AND COUNT(DISTINCT LOWER(p.admin1)) = 1
                   AND MIN(LOWER(p.admin1)) = LOWER(incidents.admin1) THEN MIN(p.admin2) END
  FROM incident_claims ic
  JOIN claim_places p ON p.report_id = ic.report_id AND p.claim_id = ic.claim_id
  WHERE ic.incident_id = incidents.id AND p.outcome = 'resolved' AND p.admin2 IS NOT NULL AND p.admin1 IS NOT NULL)
WHERE admin1 IS NOT NULL AND NOT (place_name IS NOT NULL AND geonameid IS NULL);
UPDATE incidents SET admin2_approximate = 1 WHERE admin2 IS NOT NULL;
