-- Schema v10: confidence and review. Each claim keeps the confidence extraction gave it (0 to 1) and
-- the reasons that lowered it; each incident whether it is marked for review (no claim of it is
-- confident, and no analyst verified or discounted it: observatory.review.ReviewMark) and why; and
-- the summaries of V6 and V9 the part of their sums that rests on incidents marked for review, so
-- that every total says how much of it is uncertain. Portable SQL only, as v1. (V11 and V12 are
-- reserved for migrations developed in parallel.)
--
-- A store upgraded from v9 needs no relink: its claims were stored before extraction gave
-- confidences and count as certain (confidence 1, no reasons), so none of its incidents is marked
-- and every review share of its summaries is 0, which the defaults below say.

-- Reasons are kept in one text, one reason a line (a reason's own line breaks are stored as spaces).
-- NULL: no reason.
ALTER TABLE claims ADD COLUMN confidence DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (confidence >= 0 AND confidence <= 1);
ALTER TABLE claims ADD COLUMN review_reasons TEXT;

-- Derived at every relink, as the status is. review_reasons: those of its claims, one a line; NULL when unmarked.
ALTER TABLE incidents ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1));
ALTER TABLE incidents ADD COLUMN review_reasons TEXT;

-- "Needs review only" reads a page of the few marked incidents from here, not from every incident.
CREATE INDEX incidents_needing_review ON incidents (COALESCE(date_from, date_to, '9999-12-31'), id) WHERE needs_review = 1;

-- The summaries: beside each count and sum, the same over the incidents marked for review alone
-- (review_high: the sum of their stated highs; review_open_highs: how many have none).
ALTER TABLE incident_days ADD COLUMN review_singles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_days ADD COLUMN review_aggregates INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_months ADD COLUMN review_singles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_months ADD COLUMN review_aggregates INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_district_days ADD COLUMN review_singles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_district_days ADD COLUMN review_aggregates INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_district_months ADD COLUMN review_singles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_district_months ADD COLUMN review_aggregates INTEGER NOT NULL DEFAULT 0;

ALTER TABLE incident_day_figures ADD COLUMN review_low BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incident_day_figures ADD COLUMN review_best BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incident_day_figures ADD COLUMN review_high BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incident_day_figures ADD COLUMN review_open_highs INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_day_figures ADD COLUMN review_incidents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_month_figures ADD COLUMN review_low BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incident_month_figures ADD COLUMN review_best BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incident_month_figures ADD COLUMN review_high BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incident_month_figures ADD COLUMN review_open_highs INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_month_figures ADD COLUMN review_incidents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_district_day_figures ADD COLUMN review_low BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incident_district_day_figures ADD COLUMN review_best BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incident_district_day_figures ADD COLUMN review_high BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incident_district_day_figures ADD COLUMN review_open_highs INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_district_day_figures ADD COLUMN review_incidents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_district_month_figures ADD COLUMN review_low BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incident_district_month_figures ADD COLUMN review_best BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incident_district_month_figures ADD COLUMN review_high BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incident_district_month_figures ADD COLUMN review_open_highs INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_district_month_figures ADD COLUMN review_incidents INTEGER NOT NULL DEFAULT 0;
