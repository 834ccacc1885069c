/**
 * `npm run kb:check`: validates the knowledge base and prints its counts.
 * Exit code 1 with every broken entry listed when it is invalid.
 */
import { loadKnowledge, KnowledgeError } from './load-knowledge';
import { summarizeKnowledge } from './summarize-knowledge';
import { depthProblems, unquantifiedSourceProblems } from './depth-check';

try {
  const kb = loadKnowledge(process.argv[2]);
  const depth = [...depthProblems(kb), ...unquantifiedSourceProblems(kb)];
  if (depth.length > 0) {
    throw new KnowledgeError(depth);
  }
  process.stdout.write(`${JSON.stringify(summarizeKnowledge(kb), null, 2)}\n`);
} catch (err) {
  if (err instanceof KnowledgeError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}
