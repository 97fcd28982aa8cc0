// Catches what a page's code throws while rendering or loading (a lazy chunk missing after a redeploy, a bug) and
// shows what to do instead of a blank frame. React only offers this as a class component.
import { Component } from 'react';
import type { ReactNode } from 'react';

interface Props {
  readonly what: string;
  readonly children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="c9-state c9-state--error" role="alert" data-testid="page-crash">
        {this.props.what} could not be shown. Reload the page; if it keeps happening, ask your Jira admin to check the Clause9 installation.
      </p>
    );
  }
}
