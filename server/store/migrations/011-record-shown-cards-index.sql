-- The function of migration 010 found a retried set's key by joining the batch to suggestion_sets, which
-- inside the function's cached plan became a scan of the whole table: a hook call's write grew from 2 ms on
-- an empty store to 15-22 ms at 20,000 stored sets (npm run bench -- cds, phases after the load runs). Looking
-- the keys up as an array (= ANY) keeps it on the unique index whatever the table's size (0.9 ms at 20,000).
CREATE OR REPLACE FUNCTION record_shown_cards(p_sets jsonb, p_suggestions jsonb, p_cards jsonb)
RETURNS TABLE (set_id uuid, set_key text) LANGUAGE plpgsql AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH input_sets AS (
    SELECT * FROM jsonb_populate_recordset(NULL::suggestion_sets, p_sets)
  ), new_sets AS (
    INSERT INTO suggestion_sets (id, idempotency_key, surface, fhir_server, patient_pseudonym, encounter_pseudonym, user_pseudonym, hook_instance, model_id, model_version, knowledge_version, knowledge_hash, input_hash, setting, findings, output, subgroup, request)
    SELECT i.id, i.idempotency_key, i.surface, i.fhir_server, i.patient_pseudonym, i.encounter_pseudonym, i.user_pseudonym, i.hook_instance, i.model_id, i.model_version, i.knowledge_version, i.knowledge_hash, i.input_hash, i.setting, i.findings, i.output, i.subgroup, i.request
    FROM input_sets i
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING suggestion_sets.id, suggestion_sets.idempotency_key
  ), all_sets AS (
    SELECT n.id, n.idempotency_key FROM new_sets n
    UNION ALL
    SELECT s.id, s.idempotency_key FROM suggestion_sets s WHERE s.idempotency_key = ANY (ARRAY(SELECT i.idempotency_key FROM input_sets i))
  ), new_suggestions AS (
    INSERT INTO suggestions (id, set_id, condition_id, rank, probability, band, cant_miss, card_uuid)
    SELECT v.id, n.id, v.condition_id, v.rank, v.probability, v.band, v.cant_miss, v.card_uuid
    FROM jsonb_to_recordset(p_suggestions) AS v(id uuid, set_key text, condition_id text, rank integer, probability double precision, band text, cant_miss boolean, card_uuid text)
    JOIN new_sets n ON n.idempotency_key = v.set_key
    RETURNING 1
  ), new_cards AS (
    INSERT INTO cds_cards (uuid, set_id, service_id, hook, kind, condition_ids, suggestion_uuids, summary, indicator, client_iss)
    SELECT v.uuid, a.id, v.service_id, v.hook, v.kind, v.condition_ids, v.suggestion_uuids, v.summary, v.indicator, v.client_iss
    FROM jsonb_to_recordset(p_cards) AS v(uuid text, set_key text, service_id text, hook text, kind text, condition_ids jsonb, suggestion_uuids jsonb, summary text, indicator text, client_iss text)
    JOIN all_sets a ON a.idempotency_key = v.set_key
    RETURNING 1
  )
  SELECT a.id, a.idempotency_key FROM all_sets a;
END
$$;
