/**
 * Clinician-first mode: the clinician records their own leading diagnoses before the AI's are
 * revealed (an automation-bias mitigation). Kept to one quick step.
 */
import { useId, useState, type FormEvent, type JSX } from 'react';
import type { SearchResponse } from '../../../server/contract';
import { KnowledgeSearch } from '../workspace/knowledge-search';

/** One of the clinician's own diagnoses. */
export interface OwnDiagnosis {
  readonly conditionId?: string;
  readonly text: string;
}

/** Props of {@link ClinicianFirstForm}. */
export interface ClinicianFirstFormProps {
  readonly searchConditions: (q: string) => Promise<SearchResponse>;
  readonly onReveal: (own: readonly OwnDiagnosis[]) => void;
}

/**
 * @param props - search and reveal callbacks
 * @returns the form
 */
export function ClinicianFirstForm({ searchConditions, onReveal }: ClinicianFirstFormProps): JSX.Element {
  const [own, setOwn] = useState<OwnDiagnosis[]>([]);
  const [text, setText] = useState('');
  const id = useId();
  const add = (d: OwnDiagnosis): void => setOwn((list) => (list.some((x) => x.text === d.text) ? list : [...list, d]));
  const addText = (e: FormEvent): void => {
    e.preventDefault();
    if (text.trim()) {
      add({ text: text.trim() });
      setText('');
    }
  };
  return (
    <section className="panel clinician-first" aria-labelledby={`${id}-h`} data-testid="clinician-first">
      <h2 id={`${id}-h`}>Your leading diagnoses first</h2>
      <p>Before you see the AI&apos;s differential, note your own leading diagnoses. Both are recorded.</p>
      <KnowledgeSearch label="Search diagnoses" search={searchConditions} onPick={(m) => add({ conditionId: m.id, text: m.name })} testId="own-search" />
      <form onSubmit={addText} className="inline-form">
        <label htmlFor={`${id}-t`}>Or type a diagnosis</label>
        <input id={`${id}-t`} value={text} maxLength={300} onChange={(e) => setText(e.target.value)} data-testid="own-free-text" />
        <button type="submit" disabled={!text.trim()} data-testid="own-add">
          Add
        </button>
      </form>
      {own.length > 0 ? (
        <ol aria-label="Your leading diagnoses" data-testid="own-list">
          {own.map((d) => (
            <li key={d.text}>{d.text}</li>
          ))}
        </ol>
      ) : null}
      <div className="button-row">
        <button type="button" disabled={own.length === 0} onClick={() => onReveal(own)} data-testid="reveal-ai">
          Record and show the AI differential
        </button>
        <button type="button" className="secondary" onClick={() => onReveal([])} data-testid="reveal-skip">
          Skip and show it
        </button>
      </div>
    </section>
  );
}
