/**
 * Entry of index.html, the SMART redirect URI. `completeSmartLaunch()` (FHIR.oauth2.ready) runs once
 * here at module level, never inside an effect: StrictMode runs effects twice and an authorization
 * code can only be exchanged once.
 */
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { LaunchPending } from './app/launch-pending';
import { completeSmartLaunch } from './fhir/smart-launch';
import './app/app.css';

const launch = completeSmartLaunch();

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root element');
}
const root = createRoot(container);
root.render(<LaunchPending />);
void launch.then((outcome) => {
  root.render(<App outcome={outcome} />);
});
