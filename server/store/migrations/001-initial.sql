-- Decisions and audit. Append-only: rows are never updated or deleted (a trigger refuses it);
-- a decision is superseded by a newer row that names it in `supersedes`.

CREATE TABLE suggestion_sets (
  id uuid PRIMARY KEY,
  idempotency_key text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  surface text NOT NULL CHECK (surface IN ('app', 'cds-hooks')),
  fhir_server text NOT NULL,
  patient_pseudonym text NOT NULL,
  encounter_pseudonym text,
  user_pseudonym text NOT NULL,
  hook_instance text,
  model_id text NOT NULL,
  model_version text NOT NULL,
  knowledge_version text NOT NULL,
  knowledge_hash text NOT NULL,
  input_hash text NOT NULL,
  setting text NOT NULL,
  findings jsonb NOT NULL,
  output jsonb NOT NULL,
  subgroup jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX suggestion_sets_created_at ON suggestion_sets (created_at);

CREATE TABLE suggestions (
  id uuid PRIMARY KEY,
  set_id uuid NOT NULL REFERENCES suggestion_sets (id),
  condition_id text NOT NULL,
  rank integer NOT NULL,
  probability double precision NOT NULL,
  band text NOT NULL,
  cant_miss boolean NOT NULL,
  card_uuid text UNIQUE,
  UNIQUE (set_id, condition_id)
);

CREATE TABLE decisions (
  id uuid PRIMARY KEY,
  idempotency_key text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  set_id uuid REFERENCES suggestion_sets (id),
  suggestion_id uuid REFERENCES suggestions (id),
  condition_id text,
  free_text_diagnosis text,
  user_pseudonym text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('accepted', 'rejected', 'added-missed', 'patient-disputes', 'clinician-differential', 'overridden')),
  reason_code text,
  reason_system text,
  comment text,
  clinician_differential jsonb,
  source text NOT NULL CHECK (source IN ('app', 'cds-feedback')),
  outcome_timestamp timestamptz,
  supersedes uuid REFERENCES decisions (id),
  unknown_card boolean NOT NULL DEFAULT false,
  card_uuid text
);
CREATE INDEX decisions_set_id ON decisions (set_id);
CREATE INDEX decisions_created_at ON decisions (created_at);

CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL,
  actor_pseudonym text,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb
);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'append-only table %: % is not allowed', TG_TABLE_NAME, TG_OP;
END;
$$;

CREATE TRIGGER suggestion_sets_append_only BEFORE UPDATE OR DELETE ON suggestion_sets FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER suggestions_append_only BEFORE UPDATE OR DELETE ON suggestions FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER decisions_append_only BEFORE UPDATE OR DELETE ON decisions FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_change();
