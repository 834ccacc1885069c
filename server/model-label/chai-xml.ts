/**
 * The CHAI Applied Model Card (schema v0.2) as XML, from the label's data model: element names as in
 * `mc-schema:v0.2` (../shared/docs/standards.md §3.3); text fields are escaped, metric results carry their
 * `ValueJson`.
 */
import type { FullLabel } from './full-label';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const NAMES: Record<string, string> = { aiSystemFacts: 'AISystemFacts', ehrCompatibility: 'EHRCompatibility', usefulnessUsabilityEfficacy: 'UsefulnessUsabilityEfficacy' };

function element(name: string, value: unknown, indent: string): string {
  const tag = NAMES[name] ?? pascal(name);
  if (typeof value === 'string') {
    return `${indent}<${tag}>${esc(value)}</${tag}>`;
  }
  if (Array.isArray(value)) {
    if (name === 'keywords') {
      return `${indent}<Keywords>${value.map((k) => `<Keyword>${esc(String(k))}</Keyword>`).join('')}</Keywords>`;
    }
    if (name === 'results') {
      const rows = value.map((r: { label: string; valueJson: unknown }) => `${indent}  <MetricResult><Label>${esc(r.label)}</Label><ValueJson>${esc(JSON.stringify(r.valueJson))}</ValueJson></MetricResult>`);
      return `${indent}<Results>\n${rows.join('\n')}\n${indent}</Results>`;
    }
  }
  if (value && typeof value === 'object') {
    const children = Object.entries(value as Record<string, unknown>).map(([k, v]) => element(k, v, `${indent}  `));
    return `${indent}<${tag}>\n${children.join('\n')}\n${indent}</${tag}>`;
  }
  return `${indent}<${tag}/>`;
}

/** @returns the model card as an XML document */
export function chaiXml(label: FullLabel): string {
  const body = Object.entries(label.chai).map(([k, v]) => element(k, v, '  '));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<AppliedModelCard xmlns="mc-schema:v0.2" softwareVersion="${esc(label.labelVersion)}">\n${body.join('\n')}\n</AppliedModelCard>\n`;
}
