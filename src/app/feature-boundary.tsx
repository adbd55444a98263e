import { Component, type ReactNode } from 'react';
import { ErrorBanner } from '../ui';

/** One feature failing must not take the whole app down. */
export class FeatureBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error)
      return (
        <ErrorBanner
          title={{ da: 'Denne skærm fejlede.', en: 'This screen failed.' }}
          action={{ da: 'Skift skærm eller genindlæs siden.', en: 'Switch screens or reload the page.' }}
          detail={this.state.error.message}
        />
      );
    return this.props.children;
  }
}
