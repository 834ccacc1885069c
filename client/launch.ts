/**
 * Entry of launch.html, the SMART launch URL. Starts the authorization (fhirclient redirects away) or,
 * when the URL cannot start a launch, replaces the status text with an explanation. No React here:
 * this page only redirects, so it stays tiny.
 */
import { startSmartLaunch } from './fhir/smart-launch';

function showProblem(testId: string, title: string, message: string, detail = ''): void {
  const panel = document.getElementById('launch-panel');
  const heading = document.getElementById('launch-title');
  const text = document.getElementById('launch-message');
  const details = document.getElementById('launch-detail');
  if (!panel || !heading || !text || !details) {
    return;
  }
  panel.setAttribute('role', 'alert');
  panel.dataset.testid = testId;
  heading.textContent = title;
  text.removeAttribute('role');
  text.textContent = message;
  details.textContent = detail ? `Details: ${detail}` : '';
  details.hidden = !detail;
  document.title = `${title} – Differential diagnosis assistant`;
}

void startSmartLaunch(window.location.search).then((result) => {
  if (result.started) {
    return;
  }
  if (result.request && !result.request.ok) {
    const reason =
      result.request.reason === 'missing-iss'
        ? 'This launch link does not say which EHR (FHIR server) to connect to.'
        : 'This launch link names an EHR address that is not a valid web address.';
    showProblem(
      'launch-required',
      'Launch this app from the patient chart',
      `${reason} Open the patient’s chart in the EHR and start the differential diagnosis app from there.`,
    );
    return;
  }
  showProblem(
    'launch-failed',
    'The app could not connect to the EHR',
    'The EHR’s authorization service could not be reached or does not support a secure (PKCE S256) launch. Relaunch from the patient chart; if this keeps happening, contact support.',
    result.detail,
  );
});
