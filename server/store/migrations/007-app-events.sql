-- What the clinician did in the workspace besides deciding (issue 13, item 1): writing an accepted diagnosis
-- to the chart, and skipping the clinician-first step. Append-only, idempotent by key.

CREATE TABLE app_events (
  id uuid PRIMARY KEY,
  idempotency_key text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  set_id uuid NOT NULL REFERENCES suggestion_sets (id),
  user_pseudonym text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('write-back', 'clinician-first-skipped')),
  condition_id text,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX app_events_set_id ON app_events (set_id);
CREATE TRIGGER app_events_append_only BEFORE UPDATE OR DELETE ON app_events FOR EACH ROW EXECUTE FUNCTION refuse_change();
