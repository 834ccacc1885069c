/**
 * The standalone-launch picker: the "EHR login" page where the user picks who they are and, when
 * the app asked for `launch/patient` or patient scopes, the patient.
 */
import type { PatientSummary } from './load-fixtures';
import { escapeHtml, renderPage } from './html';
import { patientAge, patientName, patientSex } from './patient-display';
import type { SandboxUser } from './smart-registry';

/** Inputs of {@link renderPickerPage}. */
export interface PickerPageInput {
  readonly txn: string;
  readonly clientName: string;
  readonly scopes: readonly string[];
  /** Patients to choose from; undefined when no patient context is needed. */
  readonly patients?: readonly PatientSummary[];
  readonly users: readonly SandboxUser[];
  /** Form action URL. */
  readonly action: string;
  readonly now: Date;
}

function patientOptions(patients: readonly PatientSummary[], now: Date): string {
  if (patients.length === 0) {
    return '<p class="error" role="alert">No patients are loaded in the sandbox.</p>';
  }
  const rows = patients.map((p, i) => {
    const label = `${patientName(p.patient)}, ${patientAge(p.patient, now)}, ${patientSex(p.patient)}`;
    const id = `patient-${i}`;
    return `<div><input type="radio" name="patient" id="${id}" value="${escapeHtml(p.id)}" data-testid="pick-patient-${escapeHtml(p.id)}"${i === 0 ? ' checked' : ''} required>
<label for="${id}">${escapeHtml(label)}</label>${p.story ? ` <span class="note">${escapeHtml(p.story)}</span>` : ''}</div>`;
  });
  return `<fieldset><legend>Patient</legend>${rows.join('\n')}</fieldset>`;
}

function userOptions(users: readonly SandboxUser[]): string {
  const rows = users.map((u, i) => {
    const id = `user-${i}`;
    return `<div><input type="radio" name="user" id="${id}" value="${escapeHtml(u.practitionerId)}" data-testid="pick-user-${escapeHtml(u.practitionerId)}"${i === 0 ? ' checked' : ''} required>
<label for="${id}">${escapeHtml(u.displayName)} <span class="note">(${escapeHtml(u.role)})</span></label></div>`;
  });
  return `<fieldset><legend>Signed-in user</legend>${rows.join('\n')}</fieldset>`;
}

/**
 * Renders the picker page.
 * @param input - transaction, choices and form action
 * @returns the HTML document
 */
export function renderPickerPage(input: PickerPageInput): string {
  const body = `<p><strong>${escapeHtml(input.clientName)}</strong> asks for access with the scopes
<code>${escapeHtml(input.scopes.join(' '))}</code>.</p>
<form method="post" action="${escapeHtml(input.action)}">
<input type="hidden" name="txn" value="${escapeHtml(input.txn)}">
${input.patients ? patientOptions(input.patients, input.now) : ''}
${userOptions(input.users)}
<button type="submit" class="primary" name="action" value="approve" data-testid="picker-approve">Allow and continue</button>
<button type="submit" name="action" value="deny" data-testid="picker-deny" formnovalidate>Deny</button>
</form>`;
  return renderPage('Sign in to the sandbox EHR', body);
}
