import { Component, type ReactNode } from 'react';
import { LoadError } from './States';

/** When a page can't load or render (e.g. a chunk gone after a deployment), offer a reload, not a blank page. */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <LoadError retry={() => window.location.reload()} /> : this.props.children;
  }
}
