-- CDS Hooks cards as shown, so feedback (which names only the card uuid) can be traced to the
-- suggestion set, service and diagnoses the clinician saw. Append-only like the rest.

CREATE TABLE cds_cards (
  uuid text PRIMARY KEY,
  set_id uuid NOT NULL REFERENCES suggestion_sets (id),
  service_id text NOT NULL,
  hook text NOT NULL,
  kind text NOT NULL,
  condition_ids jsonb NOT NULL,
  suggestion_uuids jsonb NOT NULL,
  summary text NOT NULL,
  indicator text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cds_cards_set_id ON cds_cards (set_id);

CREATE TRIGGER cds_cards_append_only BEFORE UPDATE OR DELETE ON cds_cards FOR EACH ROW EXECUTE FUNCTION refuse_change();

ALTER TABLE decisions ADD COLUMN accepted_suggestions jsonb;
ALTER TABLE decisions ADD COLUMN service_id text;
