/**
 * `/model-label/`: the model label of the running version (HTML, printable) with every HTI-1 source attribute
 * and the CHAI model card, its data (`label.json`) and card (`chai.xml`); `/model-label/{version}` for an
 * archived version (`<model>+kb.<knowledge>` or a model version), `versions.json` for the list. Every
 * suggestion links here with the model id, version and knowledge version it was produced by; an archived
 * version is shown as it was, and a version that was never archived is said to be unknown.
 */
import { Router } from 'express';
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import type { Store } from '../store/store';
import { ENGINE_MODEL } from '../reasoning/build-differential';
import { buildModelLabel, type ModelLabel } from './build-model-label';
import { buildFullLabel, HTI1_GROUPS, HTI1_TITLES, type FullLabel } from './full-label';
import { archivedVersions, readArchived } from './label-archive';
import { chaiXml } from './chai-xml';
import { escapeHtml as esc } from '../escape-html';


const pct = (x: number | null | undefined): string => (x === null || x === undefined ? 'n/a' : `${(x * 100).toFixed(1)}%`);

/** The language model a site has configured beside the engine (issue 18): site configuration, not part of the archived model label. */
export interface SiteLanguageModel {
  readonly host: string;
  readonly model: string;
}

/** What the label says about the language model at this site. */
export function languageModelSection(llm: SiteLanguageModel | undefined): { configured: boolean; host?: string; model?: string; statement: string } {
  if (!llm) {
    return { configured: false, statement: 'No language model is configured at this site: every suggestion comes from the likelihood-ratio engine described on this label.' };
  }
  return {
    configured: true,
    host: llm.host,
    model: llm.model,
    statement:
      'A language model is configured beside the engine. It is asked only when the clinician requests it; only a de-identified prompt is sent (age band, sex, setting, presenting problems and findings by name). Its suggestions are checked against the chart and the citation registry and are not quantified unless the engine ranks the diagnosis; they are not part of the evaluation on this label. The provider-reported model version is stored with each suggestion set.',
  };
}

function renderHtml(label: ModelLabel, full: FullLabel, requested: { model?: string; version?: string; knowledge?: string }, archived = false, llm?: SiteLanguageModel): string {
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
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#111}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2rem .4rem;text-align:left;vertical-align:top}.warn{background:#fff3cd;padding:.5rem;border:1px solid #b58a00}.na{color:#6b3a00}@media print{details{display:block}details>*{display:block}a[href]::after{content:" (" attr(href) ")"}.noprint{display:none}}</style></head>
<body><main>
<h1>Model label: ${esc(label.model.id)} ${esc(label.model.version)}, knowledge ${esc(full.knowledge.version)}</h1>
${archived ? `<p role="status">Archived label of version ${esc(full.labelVersion)}, as released; the running version may differ.</p>` : ''}
${mismatch}
<p><strong>In plain words.</strong> ${esc(full.plainLanguage)}</p>
<p class="noprint"><a href="label.json">Label data (JSON)</a> · <a href="chai.xml">CHAI model card (XML)</a> · <a href="versions.json">All versions</a></p>
<h2>HTI-1 source attributes</h2>
${HTI1_GROUPS.map(
  (g) =>
    `<h3>(${g.group}) ${esc(g.title)}</h3><dl>${g.attributes
      .map((n) => {
        const at = full.hti1[String(n)];
        return `<dt>${n}. ${esc(HTI1_TITLES[n])}</dt><dd>${'value' in at ? esc(at.value) : `<span class="na">Not available: ${esc(at.notAvailable)}</span>`}</dd>`;
      })
      .join('')}</dl>`,
).join('\n')}
${full.knowledge.changelog ? `<details><summary>Knowledge ${esc(full.knowledge.version)}: what changed</summary><pre style="white-space:pre-wrap">${esc(full.knowledge.changelog)}</pre></details>` : ''}
<h2>CHAI model card: key metrics (test split, 95% intervals)</h2>
<table><thead><tr><th>Metric</th><th>Estimate</th><th>95% CI</th><th>n</th></tr></thead><tbody>${[...full.chai.keyMetrics.usefulnessUsabilityEfficacy.results, ...full.chai.keyMetrics.safetyReliability.results, ...full.chai.keyMetrics.fairnessEquity.results]
  .map((r) => `<tr><td>${esc(r.label)}</td><td>${r.valueJson.estimate}%</td><td>${r.valueJson.lower}–${r.valueJson.upper}%</td><td>${r.valueJson.n}</td></tr>`)
  .join('')}</tbody></table>
<p>Release stage: ${esc(full.chai.releaseInfo.releaseStage)}. Clinical risk level: ${esc(full.chai.warnings.clinicalRiskLevel)}</p>
<h2>Details behind the attributes: output</h2>
<dl><dt>Intended use</dt><dd>${esc(label.intendedUse)}</dd><dt>Output</dt><dd>${esc(label.outputType)}</dd><dt>Decision-making role</dt><dd>${esc(label.decisionRole)}</dd></dl>
<h2>Knowledge base ${esc(k.id)} ${esc(k.version)}</h2>
<p>${k.problems} presenting problems, ${k.conditions} conditions (${k.cantMissConditions} can’t-miss), ${k.findings} findings (${k.discriminatingTests} orderable tests), ${k.evidenceEntries} evidence entries, ${k.citations} citations: ${k.verifiedCitations} verified in the source text, <strong>${k.unverifiedCitations} unverified</strong>, ${k.reviewedCitations} reviewed by a clinician. Content hash <code>${esc(k.contentHash.slice(0, 16))}…</code></p>
<details><summary>Unverified citations (${label.unverifiedCitations.length})</summary><ul>${label.unverifiedCitations.map((c) => `<li>${esc(c.title)} — ${esc(c.reason)}</li>`).join('')}</ul></details>
<h2>Language model at this site</h2><p data-testid="language-model">${esc(languageModelSection(llm).statement)}${llm ? ` Model: ${esc(llm.model)} at ${esc(llm.host)}.` : ''}</p>
<h2>Cautions and known limitations</h2><ul>${label.cautions.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
<h2>Model policy (decisions of this model, not literature)</h2>
<table><thead><tr><th>Parameter</th><th>Value</th><th>Rationale</th></tr></thead><tbody>${label.policy.map((p) => `<tr><td>${esc(p.name)}</td><td><code>${esc(JSON.stringify(p.value))}</code></td><td>${esc(p.rationale)}</td></tr>`).join('')}</tbody></table>
<h2>Measured performance (internal vignettes)</h2>
${
  ev
    ? `${
        ev.test
          ? `<h3>Test split (${ev.test.vignettes} vignettes, never used for fitting)</h3><p>Top-1 ${pct(ev.test.overall.top1)}, top-3 ${pct(ev.test.overall.top3)}, top-10 ${pct(ev.test.overall.top10)}, Brier ${ev.test.overall.brier}, can’t-miss recall ${pct(ev.test.overall.cantMissRecall)} (n=${ev.test.overall.cantMissN}; ${ev.test.overall.cantMissListed ?? 'n/a'} listed per patient). Development split (${ev.development?.vignettes ?? 0}): top-3 ${pct(ev.development?.overall.top3 ?? null)}. Dependence correction alpha ${ev.alpha ?? 1}; ${ev.recalibration ? `chain probabilities recalibrated on the development split (Platt scaling: intercept ${ev.recalibration.intercept}, slope ${ev.recalibration.slope})${ev.calibrationSplit ? `, checked on a calibration split of ${ev.calibrationSplit.vignettes} vignettes written blind to the knowledge work (top-3 ${pct(ev.calibrationSplit.overall.top3)}, Brier ${ev.calibrationSplit.overall.brier})` : ''}` : 'no recalibration'}.</p>
<table><thead><tr><th>Predicted band (test split)</th><th>Mean predicted</th><th>Observed</th><th>n</th></tr></thead><tbody>${ev.test.calibration.map((c) => `<tr><td>${esc(c.bin)}</td><td>${pct(c.predicted)}</td><td>${pct(c.observed)}</td><td>${c.n}</td></tr>`).join('')}</tbody></table>`
          : ''
      }<h3>All vignettes</h3><p>${ev.vignettes} vignettes written from published cases; knowledge ${esc(ev.knowledgeVersion)}. Overall: top-1 ${pct(ev.overall.top1)}, top-3 ${pct(ev.overall.top3)}, top-10 ${pct(ev.overall.top10)}, Brier ${ev.overall.brier}, can’t-miss recall ${pct(ev.overall.cantMissRecall)} (n=${ev.overall.cantMissN}). Vignettes whose diagnosis the knowledge base covers (n=${ev.coveredOnly.n}): top-3 ${pct(ev.coveredOnly.top3)}.</p>
<table><thead><tr><th>Subgroup</th><th>Value</th><th>n</th><th>Top-1</th><th>Top-3</th><th>Top-10</th><th>Brier</th></tr></thead><tbody>${subgroupRows}</tbody></table>
<h3>Calibration</h3><p>Predicted probability against how often the diagnosis was the expected one, over all suggestions shown.</p>
<table><thead><tr><th>Predicted band</th><th>Mean predicted</th><th>Observed</th><th>n</th></tr></thead><tbody>${ev.calibration.map((c) => `<tr><td>${esc(c.bin)}</td><td>${pct(c.predicted)}</td><td>${pct(c.observed)}</td><td>${c.n}</td></tr>`).join('')}</tbody></table>`
    : '<p>Not yet measured.</p>'
}
<h2>Not yet available</h2><ul>${Object.entries(full.hti1)
  .filter(([, at]) => 'notAvailable' in at)
  .map(([n, at]) => `<li>${esc(HTI1_TITLES[Number(n)])}: ${esc('notAvailable' in at ? at.notAvailable : '')}</li>`)
  .join('')}</ul>
</main></body></html>`;
}

/** The `:version` route parameter as one string (absent on the routes without it). */
function versionParam(params: Record<string, string | string[] | undefined>): string | undefined {
  const v = params.version;
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The label asked for: the running version's (built live, with local monitoring from the store), or an
 * archived one; undefined when the version was never archived.
 * @param key - `<model>+kb.<knowledge>`, a model version, or undefined for the running version
 */
export async function resolveLabel(
  knowledge: KnowledgeBase,
  store: Pick<Store, 'monitoring'> | undefined,
  key: string | undefined,
): Promise<{ base: ModelLabel; full: FullLabel; archived: boolean } | undefined> {
  const currentKey = `${ENGINE_MODEL.version}+kb.${knowledge.manifest.version}`;
  if (!key || key === currentKey || key === ENGINE_MODEL.version) {
    const base = buildModelLabel(knowledge);
    const local = store ? await store.monitoring(ENGINE_MODEL.version).catch(() => undefined) : undefined;
    return { base, full: buildFullLabel(knowledge, base, local), archived: false };
  }
  const a = readArchived(key);
  return a ? { base: a.base as unknown as ModelLabel, full: a.full, archived: true } : undefined;
}

/**
 * @param knowledge - the loaded knowledge base
 * @param store - the store, for local monitoring (optional: without it local attributes say not available)
 * @returns the /model-label router
 */
export function createModelLabelRouter(knowledge: KnowledgeBase, store?: Pick<Store, 'monitoring'>, llm?: SiteLanguageModel): Router {
  const router = Router();
  const currentKey = (): string => `${ENGINE_MODEL.version}+kb.${knowledge.manifest.version}`;
  const resolve = (key: string | undefined) => resolveLabel(knowledge, store, key);
  const current = async () => (await resolveLabel(knowledge, store, undefined))!;
  router.get('/versions.json', (_req, res) => {
    res.json({ current: currentKey(), archived: archivedVersions() });
  });
  router.get(['/label.json', '/:version/label.json'], async (req, res) => {
    const l = await resolve(versionParam(req.params));
    if (!l) {
      res.status(404).json({ error: 'unknown_version', error_description: `No label for version ${String(req.params.version)}` });
      return;
    }
    res.json({ ...l.base, label: l.full, languageModel: languageModelSection(llm) });
  });
  router.get(['/chai.xml', '/:version/chai.xml'], async (req, res) => {
    const l = await resolve(versionParam(req.params));
    if (!l) {
      res.status(404).type('text/plain').send('unknown version');
      return;
    }
    res.type('application/xml').send(chaiXml(l.full));
  });
  router.get(['/', '/:version/'], async (req, res) => {
    const q = req.query as Record<string, string | undefined>;
    // The card links name the model and knowledge versions: show that archived label when it exists.
    const asked = versionParam(req.params) ?? (q.version && q.knowledge ? `${q.version}+kb.${q.knowledge}` : undefined);
    const l = (await resolve(asked)) ?? { ...(await current()), archived: false };
    res.type('html').send(renderHtml(l.base, l.full, { model: q.model, version: q.version ?? versionParam(req.params), knowledge: q.knowledge }, l.archived, llm));
  });
  router.get('/:version', (req, res) => {
    res.redirect(301, `${req.baseUrl}/${encodeURIComponent(req.params.version)}/`);
  });
  return router;
}
