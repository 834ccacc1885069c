/**
 * `/model-label/`: the preliminary model label page (HTML) and its data (`/model-label/label.json`).
 * Every suggestion links here with the model id, version and knowledge version it was produced by;
 * when the requested version is not the one running, the page says so.
 */
import { Router } from 'express';
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import { buildModelLabel, type ModelLabel } from './build-model-label';
import { escapeHtml as esc } from '../escape-html';


const pct = (x: number | null | undefined): string => (x === null || x === undefined ? 'n/a' : `${(x * 100).toFixed(1)}%`);

function renderHtml(label: ModelLabel, requested: { model?: string; version?: string; knowledge?: string }): string {
  const mismatch =
    (requested.version && requested.version !== label.model.version) || (requested.knowledge && requested.knowledge !== label.knowledge.version)
      ? `<p role="alert" class="warn">You asked for ${esc(requested.model ?? label.model.id)} ${esc(requested.version ?? '')} with knowledge ${esc(requested.knowledge ?? '')}; this server runs ${esc(label.model.id)} ${esc(label.model.version)} with knowledge ${esc(label.knowledge.version)}. The label below is for the running version.</p>`
      : '';
  const k = label.knowledge;
  const ev = label.evaluation;
  const subgroupRows = ev
    ? Object.entries(ev.subgroups)
        .flatMap(([g, values]) => Object.entries(values).map(([name, m]) => `<tr><td>${esc(g)}</td><td>${esc(name)}</td><td>${m.n}</td><td>${pct(m.top1)}</td><td>${pct(m.top3)}</td><td>${pct(m.top10)}</td><td>${m.brier}</td></tr>`))
        .join('')
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Model label — ${esc(label.model.id)} ${esc(label.model.version)}</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#111}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2rem .4rem;text-align:left}.warn{background:#fff3cd;padding:.5rem;border:1px solid #b58a00}</style></head>
<body><main>
<h1>Model label: ${esc(label.model.id)} ${esc(label.model.version)}</h1>
<p><strong>Preliminary label.</strong> It shows what is measured or recorded today; the full HTI-1 / CHAI label is still to come.</p>
${mismatch}
<h2>Details and output</h2>
<dl><dt>Intended use</dt><dd>${esc(label.intendedUse)}</dd><dt>Output</dt><dd>${esc(label.outputType)}</dd><dt>Decision-making role</dt><dd>${esc(label.decisionRole)}</dd></dl>
<h2>Knowledge base ${esc(k.id)} ${esc(k.version)}</h2>
<p>${k.problems} presenting problems, ${k.conditions} conditions (${k.cantMissConditions} can’t-miss), ${k.findings} findings (${k.discriminatingTests} orderable tests), ${k.evidenceEntries} evidence entries, ${k.citations} citations: ${k.verifiedCitations} verified in the source text, <strong>${k.unverifiedCitations} unverified</strong>, ${k.reviewedCitations} reviewed by a clinician. Content hash <code>${esc(k.contentHash.slice(0, 16))}…</code></p>
<details><summary>Unverified citations (${label.unverifiedCitations.length})</summary><ul>${label.unverifiedCitations.map((c) => `<li>${esc(c.title)} — ${esc(c.reason)}</li>`).join('')}</ul></details>
<h2>Cautions and known limitations</h2><ul>${label.cautions.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
<h2>Model policy (decisions of this model, not literature)</h2>
<table><thead><tr><th>Parameter</th><th>Value</th><th>Rationale</th></tr></thead><tbody>${label.policy.map((p) => `<tr><td>${esc(p.name)}</td><td><code>${esc(JSON.stringify(p.value))}</code></td><td>${esc(p.rationale)}</td></tr>`).join('')}</tbody></table>
<h2>Measured performance (internal vignettes)</h2>
${
  ev
    ? `${
        ev.test
          ? `<h3>Test split (${ev.test.vignettes} vignettes, never used for fitting)</h3><p>Top-1 ${pct(ev.test.overall.top1)}, top-3 ${pct(ev.test.overall.top3)}, top-10 ${pct(ev.test.overall.top10)}, Brier ${ev.test.overall.brier}, can’t-miss recall ${pct(ev.test.overall.cantMissRecall)} (n=${ev.test.overall.cantMissN}). Development split (${ev.development?.vignettes ?? 0}): top-3 ${pct(ev.development?.overall.top3 ?? null)}. Dependence correction alpha ${ev.alpha ?? 1}; ${ev.recalibration ? `chain probabilities recalibrated on the development split (Platt scaling: intercept ${ev.recalibration.intercept}, slope ${ev.recalibration.slope})` : 'no recalibration'}.</p>
<table><thead><tr><th>Predicted band (test split)</th><th>Mean predicted</th><th>Observed</th><th>n</th></tr></thead><tbody>${ev.test.calibration.map((c) => `<tr><td>${esc(c.bin)}</td><td>${pct(c.predicted)}</td><td>${pct(c.observed)}</td><td>${c.n}</td></tr>`).join('')}</tbody></table>`
          : ''
      }<h3>All vignettes</h3><p>${ev.vignettes} vignettes written from published cases; knowledge ${esc(ev.knowledgeVersion)}. Overall: top-1 ${pct(ev.overall.top1)}, top-3 ${pct(ev.overall.top3)}, top-10 ${pct(ev.overall.top10)}, Brier ${ev.overall.brier}, can’t-miss recall ${pct(ev.overall.cantMissRecall)} (n=${ev.overall.cantMissN}). Vignettes whose diagnosis the knowledge base covers (n=${ev.coveredOnly.n}): top-3 ${pct(ev.coveredOnly.top3)}.</p>
<table><thead><tr><th>Subgroup</th><th>Value</th><th>n</th><th>Top-1</th><th>Top-3</th><th>Top-10</th><th>Brier</th></tr></thead><tbody>${subgroupRows}</tbody></table>
<h3>Calibration</h3><p>Predicted probability against how often the diagnosis was the expected one, over all suggestions shown.</p>
<table><thead><tr><th>Predicted band</th><th>Mean predicted</th><th>Observed</th><th>n</th></tr></thead><tbody>${ev.calibration.map((c) => `<tr><td>${esc(c.bin)}</td><td>${pct(c.predicted)}</td><td>${pct(c.observed)}</td><td>${c.n}</td></tr>`).join('')}</tbody></table>`
    : '<p>Not yet measured.</p>'
}
<h2>Not yet available</h2><ul>${label.missing.map((m) => `<li>${esc(m)}</li>`).join('')}</ul>
<p><a href="label.json">Label data (JSON)</a></p>
</main></body></html>`;
}

/**
 * @param knowledge - the loaded knowledge base
 * @returns the /model-label router
 */
export function createModelLabelRouter(knowledge: KnowledgeBase): Router {
  const router = Router();
  router.get('/label.json', (_req, res) => {
    res.json(buildModelLabel(knowledge));
  });
  router.get('/', (req, res) => {
    const q = req.query as Record<string, string | undefined>;
    res.type('html').send(renderHtml(buildModelLabel(knowledge), { model: q.model, version: q.version, knowledge: q.knowledge }));
  });
  return router;
}
