-- The write of what a hook call showed is a plain statement again (server/store/store.ts, RECORD_SHOWN_SQL):
-- inside this PL/pgSQL function the cached generic plan made each call slower as the tables grew (1 ms with an
-- empty store, 10-16 ms at 30,000 stored sets), while the same statement planned for its parameters stays at
-- about 1.5 ms. The function is no longer called.
DROP FUNCTION IF EXISTS record_shown_cards(jsonb, jsonb, jsonb);
