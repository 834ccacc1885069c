-- Accept/override rates split by where a line came from (issue 18, item 4). A decision on a line of the
-- engine's differential is `engine`, or `both` when the language model had also suggested that diagnosis on the
-- same suggestion set before the decision; a decision on a line only the language model suggested is `llm-only`
-- and names the line (`llm_line`, the key the checked answer gave it, e.g. `kb:migraine` or `snomed:37796009`).
-- Decisions recorded before this migration keep NULL (read as `engine` when they answer a suggestion).
ALTER TABLE decisions ADD COLUMN suggestion_source text CHECK (suggestion_source IN ('engine', 'both', 'llm-only'));
ALTER TABLE decisions ADD COLUMN llm_line text;
ALTER TABLE decisions ADD CONSTRAINT decisions_llm_line_check CHECK ((llm_line IS NOT NULL) = (suggestion_source IS NOT DISTINCT FROM 'llm-only'));
