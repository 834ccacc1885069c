-- The language model beside the engine (issue 18): what was asked and what survived the checks is kept as an
-- app event on the suggestion set it accompanies (kind 'llm-suggestions'): the exact de-identified prompt, its
-- hash, the provider, model and version, the status, the suggestions kept (with source both / llm-only) and what
-- the checks dropped. Append-only like every other event.
ALTER TABLE app_events DROP CONSTRAINT app_events_kind_check;
ALTER TABLE app_events ADD CONSTRAINT app_events_kind_check CHECK (kind IN ('write-back', 'write-back-retracted', 'clinician-first-skipped', 'missed-withdrawn', 'llm-suggestions'));
