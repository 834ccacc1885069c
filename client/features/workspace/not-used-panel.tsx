/**
 * "Not used from the chart (N)": everything the engine read but did not use, with why, most relevant
 * first (abnormal results, then active problems, then by kind and date), grouped by reason. Collapsed
 * by default; chart records open in place like the other chart facts.
 */
import { useState, type JSX } from 'react';
import type { Resource } from '@medplum/fhirtypes';
import type { IgnoredItem } from '../../../server/reasoning/types';
import { ChartSourceLink } from './chart-source-link';
import { groupNotUsed, isChartReference, label } from './not-used';

function Item({ item, chart }: { readonly item: IgnoredItem; readonly chart: ReadonlyMap<string, Resource> }): JSX.Element {
  const tags = (
    <>
      {item.abnormal ? <span className="tag tag-warn">abnormal</span> : null}
      {item.activeProblem ? <span className="tag">active problem</span> : null}
    </>
  );
  if (isChartReference(item.reference)) {
    return (
      <li data-testid="not-used-item" data-reference={item.reference}>
        <ChartSourceLink source={{ reference: item.reference, value: label(item), date: item.date }} chart={chart} />
        {tags}
      </li>
    );
  }
  return (
    <li data-testid="not-used-item">
      {label(item)}
      {item.date ? ` · ${item.date.slice(0, 16).replace('T', ' ')}` : ''}
      {tags}
    </li>
  );
}

/**
 * @param props - the ignored items and the chart index
 * @returns the collapsed section
 */
export function NotUsedPanel({ items, chart }: { readonly items: readonly IgnoredItem[]; readonly chart: ReadonlyMap<string, Resource> }): JSX.Element {
  const [open, setOpen] = useState(false);
  const groups = groupNotUsed(items);
  return (
    <section className="panel not-used" aria-labelledby="not-used-h" data-testid="not-used">
      <h2 id="not-used-h">
        <button type="button" className="disclosure" aria-expanded={open} aria-controls="not-used-body" onClick={() => setOpen(!open)} data-testid="not-used-toggle">
          Not used from the chart ({items.length})
        </button>
      </h2>
      <div id="not-used-body" hidden={!open}>
        {open ? (
          items.length === 0 ? (
            <p>Everything read from the chart was used or had no bearing on the differential.</p>
          ) : (
            <ul className="not-used-groups">
              {groups.map((g) => (
                <li key={g.reason} data-testid="not-used-group" data-kind={g.kind}>
                  <p className="not-used-reason">
                    <strong>{g.reason}</strong> ({g.items.length})
                  </p>
                  <ul className="not-used-items">
                    {g.items.map((item, i) => (
                      <Item key={`${item.reference}-${i}`} item={item} chart={chart} />
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </div>
    </section>
  );
}
