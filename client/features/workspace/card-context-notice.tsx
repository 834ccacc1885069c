/**
 * Which EHR card the clinician came from, when the app was launched from a CDS Hooks smart link
 * (token response `appContext`). Names come from the app's own differential, never from the
 * appContext itself, and everything is rendered as text.
 */
import type { JSX } from 'react';
import type { CardLaunchContext } from '../../fhir/app-context';
import type { DifferentialResult } from '../../../server/reasoning/types';

/** Props of {@link CardContextNotice}. */
export interface CardContextNoticeProps {
  readonly fromCard: CardLaunchContext;
  /** The differential on screen; undefined while it is hidden (clinician-first mode before reveal). */
  readonly result?: DifferentialResult;
  /** Condition ids rendered in the workspace. */
  readonly rendered?: ReadonlySet<string>;
}

function message(fromCard: CardLaunchContext, result: DifferentialResult | undefined, rendered: ReadonlySet<string>): JSX.Element {
  if (!result) {
    return <>You opened the app from a CDS card in the EHR. The card&apos;s diagnosis is shown with the AI differential once you have recorded your own.</>;
  }
  if (fromCard.kind === 'differential') {
    return <>You opened the app from the EHR&apos;s AI differential card. The full differential with its reasoning is below.</>;
  }
  if (fromCard.kind === 'test-effect') {
    const test = result.nextBestTests.find((t) => t.findingId === fromCard.testId);
    return test ? (
      <>
        You opened the app from the EHR&apos;s card about <strong>{test.testName}</strong>. Its effect on each diagnosis is in the reasoning below.
      </>
    ) : (
      <>You opened the app from the EHR&apos;s card about a test being ordered. The differential with its reasoning is below.</>
    );
  }
  const d = fromCard.conditionId ? (result.cantMiss.find((x) => x.conditionId === fromCard.conditionId) ?? result.differential.find((x) => x.conditionId === fromCard.conditionId)) : undefined;
  if (d && rendered.has(d.conditionId)) {
    return (
      <>
        You opened the app from the EHR&apos;s can&apos;t-miss card for <strong>{d.name}</strong>. It is highlighted below with its reasoning open.
      </>
    );
  }
  return <>You opened the app from an EHR can&apos;t-miss card, but the diagnosis it names is not in the differential for the findings now used.</>;
}

/**
 * @param props - the card context and the differential on screen
 * @returns the notice
 */
export function CardContextNotice({ fromCard, result, rendered = new Set() }: CardContextNoticeProps): JSX.Element {
  return (
    <p className="notice card-context" data-testid="card-context" data-card-kind={fromCard.kind} data-card-uuid={fromCard.cardUuid}>
      {message(fromCard, result, rendered)}
    </p>
  );
}
