/**
 * Last-resort error boundary: an unexpected rendering error shows a plain message, not a blank page.
 * The error itself is not printed (it could hold patient data); the message asks for a relaunch.
 */
import { Component, type ErrorInfo, type JSX, type ReactNode } from 'react';

/** Props of {@link AppErrorBoundary}. */
export interface AppErrorBoundaryProps {
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

/** Catches render errors below it and shows a relaunch message. */
export class AppErrorBoundary extends Component<AppErrorBoundaryProps, State> {
  override state: State = { failed: false };

  /** Switches to the fallback after any render error. */
  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Deliberately not logged: errors can carry resource content (PHI).
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return <Fallback />;
    }
    return this.props.children;
  }
}

function Fallback(): JSX.Element {
  return (
    <main className="page-problem" aria-labelledby="crash-title">
      <section className="notice notice-error" role="alert" data-testid="app-error">
        <h1 id="crash-title">Something went wrong in the app</h1>
        <p>Nothing was saved or changed in the chart. Relaunch the app from the patient chart.</p>
      </section>
    </main>
  );
}
