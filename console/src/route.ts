/**
 * The view state lives in the URL's hash, so any view can be shared and bookmarked:
 * `#/search?q=&from=&to=&level=&service=&host=`, `#/tail?…`, `#/patterns`, `#/patterns/<id>`,
 * `#/nodes`, `#/alerts`, `#/alerts/<fingerprint>`, `#/rules`, `#/silences`.
 */

export const VIEWS = ['search', 'tail', 'patterns', 'nodes', 'alerts', 'rules', 'silences'] as const;
export type ViewName = (typeof VIEWS)[number];

export interface Route {
  readonly view: ViewName;
  /** The path segment after the view (`#/alerts/<fingerprint>`), decoded. */
  readonly id?: string;
  readonly params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [view, ...rest] = path.split('/');
  const known = (VIEWS as readonly string[]).includes(view ?? '') ? (view as ViewName) : 'search';
  const id = rest.length > 0 && rest.join('/') !== '' ? safeDecode(rest.join('/')) : undefined;
  return { view: known, ...(id === undefined ? {} : { id }), params: new URLSearchParams(query) };
}

/** The hash of a view with its state; empty parameters are left out. */
export function hashOf(view: ViewName, params: Record<string, string | undefined> = {}, id?: string): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const text = query.toString();
  return `#/${view}${id === undefined ? '' : `/${encodeURIComponent(id)}`}${text ? `?${text}` : ''}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
