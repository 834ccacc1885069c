/**
 * The patient banner (name, age, sex, birth date) shown when the EHR asks for one
 * (`need_patient_banner`), and the compact context line shown when the EHR frame already shows the patient.
 */
import type { JSX } from 'react';
import type { PatientSummary } from './summarize-patient';

/** Props of {@link PatientBanner}. */
export interface PatientBannerProps {
  readonly summary: PatientSummary;
  /** True when the token response says `need_patient_banner`; otherwise only the compact line shows. */
  readonly showBanner: boolean;
}

/**
 * Renders the banner, or the compact "Patient context" line when the EHR shows its own banner.
 * @param props - the verified patient summary and whether the full banner is wanted
 * @returns the banner section
 */
export function PatientBanner({ summary, showBanner }: PatientBannerProps): JSX.Element {
  if (!showBanner) {
    return (
      <section className="patient-context" aria-label="Patient context">
        <p data-testid="patient-context">
          Patient context: <span className="mono">{summary.id}</span>
        </p>
      </section>
    );
  }
  return (
    <section className="patient-banner" aria-labelledby="patient-banner-name" data-testid="patient-banner">
      <h2 id="patient-banner-name" className="patient-name" data-testid="patient-name">
        {summary.name}
      </h2>
      <dl className="patient-facts">
        <div>
          <dt>Age</dt>
          <dd data-testid="patient-age">{summary.age ?? 'Not recorded'}</dd>
        </div>
        <div>
          <dt>Sex</dt>
          <dd data-testid="patient-sex">{summary.sex ?? 'Not recorded'}</dd>
        </div>
        <div>
          <dt>Born</dt>
          <dd data-testid="patient-birth-date">{summary.birthDate ?? 'Not recorded'}</dd>
        </div>
        <div>
          <dt>ID</dt>
          <dd className="mono" data-testid="patient-context">
            {summary.id}
          </dd>
        </div>
      </dl>
    </section>
  );
}
