/**
 * Whether a patient has opted out of AI decision support: an active FHIR `Consent` whose provision
 * denies the purpose `ai-decision-support`. Checked on the server for every surface (app API and
 * CDS Hooks), so no client can bypass it.
 */
import type { Consent } from '@medplum/fhirtypes';

export const CONSENT_PURPOSE_SYSTEM = 'https://ddx-cds.example.org/fhir/CodeSystem/consent-purpose';
export const AI_DECISION_SUPPORT = 'ai-decision-support';

function deniesAi(provision: Consent['provision'] | undefined): boolean {
  if (!provision) {
    return false;
  }
  const mentionsAi = (provision.code ?? []).some((cc) => (cc.coding ?? []).some((c) => c.system === CONSENT_PURPOSE_SYSTEM && c.code === AI_DECISION_SUPPORT));
  if (provision.type === 'deny' && mentionsAi) {
    return true;
  }
  return (provision.provision ?? []).some((p) => deniesAi(p));
}

/**
 * @param resources - resources of the patient's chart (any types; Consents are looked at)
 * @param asOf - the moment the check is for (ISO); default now
 * @returns the opting-out Consent reference, or undefined
 */
export function findAiOptOut(resources: readonly unknown[], asOf: string = new Date().toISOString()): string | undefined {
  for (const r of resources) {
    const c = r as Consent;
    if (c?.resourceType !== 'Consent' || c.status !== 'active') {
      continue;
    }
    const start = c.provision?.period?.start;
    const end = c.provision?.period?.end;
    if ((start && start > asOf) || (end && end < asOf)) {
      continue;
    }
    if (deniesAi(c.provision)) {
      return `Consent/${c.id ?? 'unknown'}`;
    }
  }
  return undefined;
}
