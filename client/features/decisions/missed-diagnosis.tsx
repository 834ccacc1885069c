/**
 * "Add a diagnosis the AI missed": pick from the knowledge base, or type it as free text.
 */
import { useId, useState, type FormEvent, type JSX } from 'react';
import type { SearchResponse } from '../../../server/contract';
import { KnowledgeSearch } from '../workspace/knowledge-search';

/** Props of {@link MissedDiagnosis}. */
export interface MissedDiagnosisProps {
  readonly searchConditions: (q: string) => Promise<SearchResponse>;
  readonly onAdd: (diagnosis: { conditionId?: string; text: string }) => void;
  readonly added: readonly string[];
}

/**
 * @param props - search function, add callback and what was added
 * @returns the section
 */
export function MissedDiagnosis({ searchConditions, onAdd, added }: MissedDiagnosisProps): JSX.Element {
  const [text, setText] = useState('');
  const id = useId();
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (text.trim()) {
      onAdd({ text: text.trim() });
      setText('');
    }
  };
  return (
    <section className="panel" aria-labelledby={`${id}-h`} data-testid="missed-diagnosis">
      <h3 id={`${id}-h`}>Add a diagnosis the AI missed</h3>
      <KnowledgeSearch label="Search diagnoses" search={searchConditions} onPick={(m) => onAdd({ conditionId: m.id, text: m.name })} testId="missed-search" />
      <form onSubmit={submit} className="inline-form">
        <label htmlFor={`${id}-free`}>Or type it</label>
        <input id={`${id}-free`} value={text} maxLength={300} onChange={(e) => setText(e.target.value)} data-testid="missed-free-text" />
        <button type="submit" disabled={!text.trim()} data-testid="missed-add">
          Add
        </button>
      </form>
      {added.length > 0 ? (
        <ul data-testid="missed-list" aria-label="Diagnoses you added">
          {added.map((a, i) => (
            <li key={`${a}-${i}`}>{a}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
