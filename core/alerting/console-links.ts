/**
 * Links from a notification into the web console, which a browser opens with the person's own
 * sign-in (a link to the API itself would need a key header a browser cannot send). The console
 * keeps its view state in the URL's fragment: `#/alerts/<fingerprint>` and
 * `#/search?q=&from=&to=&level=&service=&host=&pattern=`.
 */
import { ValidationError } from '../validation-error.ts';
import type { Notification } from './model.ts';

/** Where a notification points in the console. */
export interface ConsoleLinks {
  /** The alert's own view (state, history, acknowledge). */
  readonly alert: string;
  /** The search view narrowed to the alert's logs around the episode. */
  readonly logs?: string;
  /** The pattern view, for an alert about a mined pattern. */
  readonly pattern?: string;
}

/** The parameters of the console's search route; the API's `GET /logs` names its filters the same way. */
const SEARCH_PARAMS = ['q', 'from', 'to', 'level', 'service', 'host', 'pattern'] as const;

const EXPECTED = 'an http(s) URL without credentials, query or fragment';

/**
 * The console URL the links are built on (`LOGWARD_CONSOLE_URL`), ending in `/`; a ValidationError
 * naming the variable when it is not an http(s) URL without credentials, query or fragment.
 */
export function consoleBase(consoleUrl: string): string {
  const got = `${EXPECTED}, got ${JSON.stringify(consoleUrl)}`;
  let url: URL;
  try {
    url = new URL(consoleUrl);
  } catch (error) {
    throw new ValidationError('LOGWARD_CONSOLE_URL', got, { cause: error });
  }
  if (!['https:', 'http:'].includes(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new ValidationError('LOGWARD_CONSOLE_URL', got);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The console links of a notification. The logs link carries the filters of its API query
 * (`queryPath`, `/logs?...`) that the search route knows; a pattern alert links its pattern too.
 */
export function consoleLinks(base: string, n: Pick<Notification, 'fingerprint' | 'queryPath'>): ConsoleLinks {
  const alert = `${base}#/alerts/${encodeURIComponent(n.fingerprint)}`;
  if (n.queryPath === undefined) return { alert };
  const query = new URLSearchParams(n.queryPath.slice(n.queryPath.indexOf('?') + 1));
  const search = new URLSearchParams();
  for (const name of SEARCH_PARAMS) {
    const value = query.get(name);
    if (value !== null) search.set(name, value);
  }
  const patternId = query.get('pattern');
  return {
    alert,
    logs: `${base}#/search?${search.toString()}`,
    ...(patternId ? { pattern: `${base}#/patterns/${encodeURIComponent(patternId)}` } : {}),
  };
}
