-- Decision lifecycle that survives a reload (issue 15, item 4): each app suggestion set keeps the
-- clinician's part of the request it answered (finding changes, presenting problems given, "show it for a
-- child anyway"), so a relaunch restores it; a workspace restore looks up the latest set of a user for a
-- patient and encounter. A clinician may withdraw a missed diagnosis they added (issue 15, item 5): the
-- withdrawal is a new event naming the decision, never a change to it.
ALTER TABLE suggestion_sets ADD COLUMN request jsonb;
CREATE INDEX suggestion_sets_workspace ON suggestion_sets (fhir_server, patient_pseudonym, user_pseudonym, created_at) WHERE surface = 'app';
ALTER TABLE app_events DROP CONSTRAINT app_events_kind_check;
ALTER TABLE app_events ADD CONSTRAINT app_events_kind_check CHECK (kind IN ('write-back', 'write-back-retracted', 'clinician-first-skipped', 'missed-withdrawn'));
CREATE INDEX decisions_set_id_user ON decisions (set_id, user_pseudonym);
