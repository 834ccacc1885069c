/**
 * "Add a diagnosis the AI missed": pick from the knowledge base, or type it as free text. Each added
 * diagnosis is confirmed on screen and can be withdrawn (the withdrawal is recorded, never a deletion).
 */
import { useId, useState, type FormEvent, type JSX } from 'react';
import type { SearchResponse } from '../../../server/contract';
import { KnowledgeSearch } from '../workspace/knowledge-search';

/** Props of {@link MissedDiagnosis}. */
export interface MissedDiagnosisProps {
  readonly searchConditions: (q: string) => Promise<SearchResponse>;
  readonly onAdd: (diagnosis: { conditionId?: string; text: string }) => void;
  /** What was added, each with whether it is stored yet (only a stored one can be withdrawn). */
  readonly added: readonly { readonly text: string; readonly saved: boolean }[];
  /** Withdraws the added diagnosis at this index; rejects with a message when the server refused. */
  readonly onUndo: (index: number) => Promise<void>;
}

/**
 * @param props - search function, add callback and what was added
 * @returns the section
 */
export function MissedDiagnosis({ searchConditions, onAdd, added, onUndo }: MissedDiagnosisProps): JSX.Element {
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const id = useId();
  const add = (d: { conditionId?: string; text: string }): void => {
    onAdd(d);
    setStatus(`Added “${d.text}” to the diagnoses the AI missed.`);
  };
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (text.trim()) {
      add({ text: text.trim() });
      setText('');
    }
  };
  const undo = (i: number): void => {
    const name = added[i]?.text ?? '';
    onUndo(i).then(
      () => setStatus(`Withdrawn: “${name}” is no longer recorded as missed.`),
      (e: unknown) => setStatus(`Could not withdraw “${name}”: ${(e as Error).message}`),
    );
  };
  return (
    <section className="panel" aria-labelledby={`${id}-h`} data-testid="missed-diagnosis">
      <h3 id={`${id}-h`}>Add a diagnosis the AI missed</h3>
      <KnowledgeSearch label="Search diagnoses" search={searchConditions} onPick={(m) => add({ conditionId: m.id, text: m.name })} testId="missed-search" />
      <form onSubmit={submit} className="inline-form">
        <label htmlFor={`${id}-free`}>Or type it</label>
        <input id={`${id}-free`} value={text} maxLength={300} onChange={(e) => setText(e.target.value)} data-testid="missed-free-text" />
        <button type="submit" disabled={!text.trim()} data-testid="missed-add">
          Add
        </button>
      </form>
      <p role="status" className="muted" data-testid="missed-status">
        {status}
      </p>
      {added.length > 0 ? (
        <ul data-testid="missed-list" aria-label="Diagnoses you added">
          {added.map((a, i) => (
            <li key={`${a.text}-${i}`}>
              {a.text}{' '}
              <button type="button" className="link-button" disabled={!a.saved} onClick={() => undo(i)} data-testid="missed-undo" aria-label={`${a.saved ? 'Undo' : 'Saving…'} ${a.text}`}>
                {a.saved ? 'Undo' : 'Saving…'}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
