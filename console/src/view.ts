/** What every view gets, and what it gives back. */
import type { Api } from './api.ts';
import type { Route } from './route.ts';

export interface ViewContext {
  readonly api: Api;
  readonly route: Route;
  /** Goes to another hash (the URL is the state: views re-render from it). */
  navigate(hash: string, options?: { readonly replace?: boolean }): void;
  /** Whether the person may write (is in logward-admin); readers see no write buttons. */
  readonly canWrite: boolean;
}

export interface View {
  readonly element: HTMLElement;
  /** A new route for the same view: update in place (keeps focus and form state). */
  update?(route: Route): void;
  /** Stops timers and requests when the view goes away. */
  dispose?(): void;
}
