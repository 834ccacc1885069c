/**
 * Scope of the model for this patient, shown before anything else: the persistent (not dismissible)
 * banner once the clinician chose to see a differential for a patient under 18, the scope notes
 * (pregnancy, no current encounter, not applicable), the under-18 gate, and the plain stop notices
 * (deceased, no patient) that replace the differential.
 */
import type { JSX } from 'react';
import type { Abstention, ScopeNote } from '../../../server/reasoning/types';

const KIND_LABEL: Readonly<Record<ScopeNote['kind'], string>> = {
  child: 'Under 18',
  pregnancy: 'Pregnancy',
  'no-current-encounter': 'No current encounter',
  'not-applicable': 'Outside the model’s scope',
};

export const CHILD_TEXT = 'This model is not validated for patients under 18';

/**
 * @param props - the notes and whether the under-18 differential was asked for
 * @returns the banner and notes, or nothing
 */
export function ScopeNotes({ notes, includeChild }: { readonly notes: readonly ScopeNote[]; readonly includeChild: boolean }): JSX.Element | null {
  const child = notes.find((n) => n.kind === 'child');
  const others = includeChild ? notes.filter((n) => n.kind !== 'child') : notes;
  if (!includeChild && others.length === 0) {
    return null;
  }
  return (
    <div className="scope" data-testid="scope">
      {includeChild ? (
        <div className="scope-banner" role="note" aria-label="Scope warning" data-testid="child-banner">
          <p>
            <strong>{CHILD_TEXT}.</strong> You chose to see the differential anyway; read it with that in mind.
          </p>
          {child && child.message !== CHILD_TEXT ? <p>{child.message}</p> : null}
        </div>
      ) : null}
      {others.length > 0 ? (
        <ul className="scope-notes" aria-label="Scope notes" data-testid="scope-notes">
          {others.map((n) => (
            <li key={`${n.kind}:${n.message}`} data-kind={n.kind}>
              <strong>{KIND_LABEL[n.kind] ?? 'Note'}:</strong> {n.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The under-18 gate: nothing else until the clinician asks for the differential anyway.
 * @param props - the engine's message, whether a request is running, and the callback
 * @returns the gate
 */
export function ChildGate({ message, updating, onShow }: { readonly message?: string; readonly updating: boolean; readonly onShow: () => void }): JSX.Element {
  return (
    <section className="notice scope-gate" aria-labelledby="child-gate-h" data-testid="child-gate">
      <h2 id="child-gate-h">{CHILD_TEXT}</h2>
      {message && message !== CHILD_TEXT && message !== `${CHILD_TEXT}.` ? <p>{message}</p> : null}
      <p>The knowledge and its evidence are for adults in primary care and the emergency department. A differential for a child may be wrong.</p>
      <div className="button-row">
        <button type="button" onClick={onShow} data-testid="show-child-anyway">
          Show the differential anyway
        </button>
      </div>
      {updating ? <p role="status">Building the differential…</p> : null}
    </section>
  );
}

const STOP_HEADING: Readonly<Record<string, string>> = {
  deceased: 'No differential: the patient is recorded as deceased',
  'no-patient': 'No differential: no patient record was read',
};

/**
 * A plain message instead of a differential (no numbers, no decisions).
 * @param props - the abstention, if any
 * @returns the notice
 */
export function StopNotice({ abstention }: { readonly abstention?: Abstention }): JSX.Element {
  const kind = abstention?.kind ?? 'other';
  return (
    <section className="notice" aria-labelledby="stop-h" data-testid="abstained" data-kind={kind}>
      <h2 id="stop-h">{STOP_HEADING[kind] ?? 'No differential for this patient'}</h2>
      <p>{abstention?.message ?? 'The reasoning engine did not compute a differential for this patient.'}</p>
    </section>
  );
}
