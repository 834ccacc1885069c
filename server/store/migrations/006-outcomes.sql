-- Outcomes (issue 13, item 5): when a diagnosis the AI suggested is later recorded in the patient's chart
-- as confirmed (a Condition recorded after the suggestion was shown) or as refuted, the suggestion is linked
-- to it, so reviewers can see "suggested, rejected, later confirmed" and "accepted, later refuted".
-- Append-only; one row per suggestion and kind.

CREATE TABLE outcomes (
  id uuid PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  suggestion_id uuid NOT NULL REFERENCES suggestions (id),
  condition_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('confirmed', 'refuted')),
  recorded_at timestamptz,
  source text NOT NULL CHECK (source IN ('chart', 'sandbox')),
  UNIQUE (suggestion_id, kind)
);
CREATE TRIGGER outcomes_append_only BEFORE UPDATE OR DELETE ON outcomes FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE INDEX suggestion_sets_patient ON suggestion_sets (fhir_server, patient_pseudonym);
