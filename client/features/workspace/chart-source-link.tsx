/**
 * Where a finding came from: the chart resource, its value and date, opened in place from the data
 * the app already read (the resource is not re-fetched or rendered as HTML).
 */
import type { JSX } from 'react';
import type { Resource } from '@medplum/fhirtypes';
import type { ChartSource } from '../../../server/reasoning/types';

function describe(resource: Resource | undefined): string | undefined {
  const r = resource as { code?: { text?: string; coding?: { display?: string }[] }; status?: string } | undefined;
  const name = r?.code?.text ?? r?.code?.coding?.find((c) => c.display)?.display;
  return [name, r?.status].filter(Boolean).join(', ') || undefined;
}

/**
 * @param props - the source and the chart index (reference → resource)
 * @returns a disclosure with the value and date
 */
export function ChartSourceLink({ source, chart }: { readonly source: ChartSource; readonly chart: ReadonlyMap<string, Resource> }): JSX.Element {
  const what = describe(chart.get(source.reference));
  return (
    <details className="chart-source" data-testid="chart-source">
      <summary>
        {source.value}
        {source.date ? ` · ${source.date.slice(0, 16).replace('T', ' ')}` : ''}
      </summary>
      <dl>
        <div>
          <dt>Chart record</dt>
          <dd className="mono">{source.reference}</dd>
        </div>
        {what ? (
          <div>
            <dt>Recorded as</dt>
            <dd>{what}</dd>
          </div>
        ) : null}
        <div>
          <dt>Value</dt>
          <dd>{source.value}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{source.date ?? 'not recorded'}</dd>
        </div>
      </dl>
    </details>
  );
}
