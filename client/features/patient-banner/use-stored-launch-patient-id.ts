/**
 * Subscribes to the patient id of this tab's stored SMART launch, so the safety check re-runs when
 * another launch in the same browser storage may have replaced it.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { SmartSession } from '../../fhir/smart-session';

const EVENTS = ['storage', 'focus', 'pageshow'] as const;

function subscribe(onChange: () => void): () => void {
  for (const name of EVENTS) {
    window.addEventListener(name, onChange);
  }
  document.addEventListener('visibilitychange', onChange);
  return () => {
    for (const name of EVENTS) {
      window.removeEventListener(name, onChange);
    }
    document.removeEventListener('visibilitychange', onChange);
  };
}

/**
 * Reads the stored launch's patient id on every render and whenever the window regains focus,
 * becomes visible, or storage changes in another same-origin document.
 * @param session - the SMART session
 * @returns the stored patient id, or undefined when no launch is stored
 */
export function useStoredLaunchPatientId(session: SmartSession): string | undefined {
  const getSnapshot = useCallback(() => session.readStoredPatientId(), [session]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
