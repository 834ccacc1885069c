-- Quality dashboard (issue 13): derived, rebuildable views over the append-only tables, so that the
-- dashboard's queries stay fast at millions of decisions. Nothing here is a record of its own: both
-- views are recomputed from suggestion_sets, suggestions, cds_cards and decisions on refresh, and the
-- dashboard shows when that was (quality_refreshes).
--
-- quality_facts: one row per shown suggestion with its final decision. An app decision names its
-- suggestion; CDS feedback names a card and answers every diagnosis on it. Of several decisions the
-- one with the latest time of action counts (the client's outcomeTimestamp, else when stored).

CREATE MATERIALIZED VIEW quality_facts AS
WITH links AS (
  SELECT d.id, d.suggestion_id, d.outcome, d.created_at, COALESCE(d.outcome_timestamp, d.created_at) AS acted_at, d.reason_code, d.reason_system, d.comment
  FROM decisions d
  WHERE d.suggestion_id IS NOT NULL AND d.outcome IN ('accepted', 'rejected', 'overridden')
  UNION ALL
  SELECT d.id, s.id, d.outcome, d.created_at, COALESCE(d.outcome_timestamp, d.created_at), d.reason_code, d.reason_system, d.comment
  FROM decisions d
  JOIN cds_cards cc ON cc.uuid = d.card_uuid
  JOIN suggestions s ON s.set_id = cc.set_id AND cc.condition_ids ? s.condition_id
  WHERE d.suggestion_id IS NULL AND d.outcome IN ('accepted', 'overridden')
),
final AS (
  SELECT DISTINCT ON (suggestion_id) suggestion_id, outcome, acted_at, reason_code, reason_system, comment
  FROM links ORDER BY suggestion_id, acted_at DESC, created_at DESC, id DESC
),
set_service AS (
  SELECT DISTINCT ON (set_id) set_id, service_id, hook FROM cds_cards ORDER BY set_id, created_at, uuid
)
SELECT s.id, s.condition_id, s.rank, s.probability, s.band, s.cant_miss,
       ss.created_at AS shown_at,
       (ss.created_at AT TIME ZONE 'UTC')::date AS day,
       ss.surface,
       COALESCE(c.service_id, 'workspace') AS service,
       COALESCE(c.hook, 'workspace') AS hook,
       ss.model_version, ss.knowledge_version, ss.setting,
       ss.user_pseudonym AS clinician,
       COALESCE(ss.subgroup->>'ageBand', 'not recorded') AS age_band,
       COALESCE(ss.subgroup->>'sex', 'not recorded') AS sex,
       COALESCE(ss.subgroup->>'race', 'not recorded') AS race,
       COALESCE(ss.subgroup->>'ethnicity', 'not recorded') AS ethnicity,
       COALESCE(ss.subgroup->>'language', 'not recorded') AS language,
       CASE WHEN f.outcome = 'accepted' THEN 'accepted' WHEN f.outcome IN ('rejected', 'overridden') THEN 'overridden' ELSE 'ignored' END AS outcome,
       CASE WHEN f.outcome IS NULL THEN NULL ELSE extract(epoch FROM f.acted_at - ss.created_at)::float8 / 60 END AS minutes,
       f.reason_code, f.reason_system, f.comment
FROM suggestions s
JOIN suggestion_sets ss ON ss.id = s.set_id
LEFT JOIN set_service c ON c.set_id = ss.id
LEFT JOIN final f ON f.suggestion_id = s.id;

CREATE UNIQUE INDEX quality_facts_id ON quality_facts (id);
CREATE INDEX quality_facts_shown_at ON quality_facts (shown_at);
CREATE INDEX quality_facts_commented ON quality_facts (shown_at) WHERE comment IS NOT NULL;

-- quality_rollup: counts per day, for each breakdown, by the dashboard's filter columns (surface,
-- service, model version). Time to decision is kept as counts in 13 buckets (upper bounds 1, 2, 5, 10,
-- 15, 30, 60, 120, 240, 480, 1440, 10080 minutes, then more) so that a median can be read without rows.
CREATE MATERIALIZED VIEW quality_rollup AS
WITH f AS (
  SELECT *,
         CASE WHEN minutes IS NULL THEN NULL
              ELSE width_bucket(GREATEST(minutes, 0), ARRAY[1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 1440, 10080]::float8[]) END AS bucket
  FROM quality_facts
),
keyed AS (
  SELECT d.dim, d.key, f.day, f.surface, f.service, f.model_version, f.outcome, f.bucket, f.reason_system
  FROM f
  CROSS JOIN LATERAL (VALUES
    ('all', 'all'),
    ('diagnosis', f.condition_id),
    ('surface', f.surface),
    ('service', f.service),
    ('hook', f.hook),
    ('modelVersion', f.model_version),
    ('knowledgeVersion', f.knowledge_version),
    ('setting', f.setting),
    ('clinician', f.clinician),
    ('ageBand', f.age_band),
    ('sex', f.sex),
    ('race', f.race),
    ('ethnicity', f.ethnicity),
    ('language', f.language),
    ('reason', CASE WHEN f.outcome = 'overridden' THEN COALESCE(f.reason_code, 'none given') END)
  ) AS d(dim, key)
  WHERE d.key IS NOT NULL
)
SELECT dim, key, COALESCE(CASE WHEN dim = 'reason' THEN reason_system END, '') AS key2, day, surface, service, model_version,
       count(*)::int AS shown,
       count(*) FILTER (WHERE outcome = 'accepted')::int AS accepted,
       count(*) FILTER (WHERE outcome = 'overridden')::int AS overridden,
       array[
         count(*) FILTER (WHERE bucket = 0), count(*) FILTER (WHERE bucket = 1), count(*) FILTER (WHERE bucket = 2),
         count(*) FILTER (WHERE bucket = 3), count(*) FILTER (WHERE bucket = 4), count(*) FILTER (WHERE bucket = 5),
         count(*) FILTER (WHERE bucket = 6), count(*) FILTER (WHERE bucket = 7), count(*) FILTER (WHERE bucket = 8),
         count(*) FILTER (WHERE bucket = 9), count(*) FILTER (WHERE bucket = 10), count(*) FILTER (WHERE bucket = 11),
         count(*) FILTER (WHERE bucket = 12)
       ]::int[] AS minute_buckets
FROM keyed
GROUP BY dim, key, 3, day, surface, service, model_version;

CREATE UNIQUE INDEX quality_rollup_key ON quality_rollup (dim, key, key2, day, surface, service, model_version);

-- When the views were last rebuilt (append-only: one row per refresh).
CREATE TABLE quality_refreshes (
  id bigserial PRIMARY KEY,
  refreshed_at timestamptz NOT NULL DEFAULT now(),
  facts integer NOT NULL,
  seconds double precision NOT NULL
);
CREATE TRIGGER quality_refreshes_append_only BEFORE UPDATE OR DELETE ON quality_refreshes FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE INDEX decisions_added_missed ON decisions (created_at) WHERE outcome = 'added-missed';
