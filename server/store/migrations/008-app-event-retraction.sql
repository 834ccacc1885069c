-- A write-back the clinician retracted (the Condition marked entered-in-error after a rejection) is recorded too.
ALTER TABLE app_events DROP CONSTRAINT app_events_kind_check;
ALTER TABLE app_events ADD CONSTRAINT app_events_kind_check CHECK (kind IN ('write-back', 'write-back-retracted', 'clinician-first-skipped'));
