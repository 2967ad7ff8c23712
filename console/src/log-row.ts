/**
 * One log event as a row coloured by its level; it expands to the whole document (every field)
 * and can show the lines around it in its source (`GET /logs/{id}/context`).
 */
import type { Api } from './api.ts';
import { formatTime, h } from './dom.ts';

/** What the console reads of a log document (the API's `LogDocument`). */
export interface LogEvent {
  readonly '@timestamp': string;
  readonly event_id: string;
  readonly level?: string;
  readonly service: string;
  readonly host: string;
  readonly message: string;
  readonly pattern_id?: string;
  readonly [field: string]: unknown;
}

export function levelBadge(level: string | undefined): HTMLElement {
  return h('span', { class: `level level-${level ?? 'NONE'}` }, level ?? '—');
}

/** A row; `api` given, it can expand to the document and its context. */
export function logRow(event: LogEvent, api?: Api): HTMLLIElement {
  const summary = h(
    'span',
    { class: 'line' },
    h('time', { datetime: event['@timestamp'] }, formatTime(event['@timestamp'])),
    ' ',
    levelBadge(event.level),
    ' ',
    h('span', { class: 'service' }, event.service),
    ' ',
    h('span', { class: 'host' }, event.host),
    ' ',
    h('span', { class: 'message' }, event.message),
  );
  const row = h('li', { class: `event level-row-${event.level ?? 'NONE'}`, 'data-event-id': event.event_id });
  if (!api) {
    row.append(summary);
    return row;
  }
  const details = h('div', { class: 'details', hidden: true });
  const toggle = h('button', { type: 'button', class: 'row-toggle', 'aria-expanded': 'false' }, summary);
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    details.hidden = !open;
    if (open && details.childElementCount === 0) details.append(...documentDetails(event, api));
  });
  row.append(toggle, details);
  return row;
}

function documentDetails(event: LogEvent, api: Api): HTMLElement[] {
  const rows = flatten(event).map(([name, value]) =>
    h('tr', {}, h('th', { scope: 'row' }, name), h('td', {}, value)),
  );
  const context = h('div', { class: 'context' });
  const show = h('button', { type: 'button' }, 'Show context');
  show.addEventListener('click', async () => {
    show.disabled = true;
    context.replaceChildren(h('p', { role: 'status' }, 'Loading the lines around it…'));
    try {
      const around = await api.get<{ before: LogEvent[]; event: LogEvent; after: LogEvent[] }>(
        `/logs/${encodeURIComponent(event.event_id)}/context`,
        { before: '10', after: '10' },
      );
      const line = (e: LogEvent, current: boolean) => {
        const item = logRow(e);
        if (current) {
          item.classList.add('current');
          item.setAttribute('aria-current', 'true');
        }
        return item;
      };
      context.replaceChildren(
        h(
          'ol',
          { class: 'events context-lines', 'aria-label': 'Context lines' },
          ...around.before.map((e) => line(e, false)),
          line(around.event, true),
          ...around.after.map((e) => line(e, false)),
        ),
      );
    } catch (error) {
      context.replaceChildren(h('p', { role: 'alert' }, String((error as Error).message)));
    } finally {
      show.disabled = false;
    }
  });
  return [h('table', { class: 'fields' }, h('tbody', {}, ...rows)), show, context];
}

/** Every field of a document as `a.b.c` → text, objects flattened. */
export function flatten(value: unknown, prefix = ''): Array<[string, string]> {
  if (value === null || typeof value !== 'object') return [[prefix, String(value)]];
  if (Array.isArray(value)) return [[prefix, JSON.stringify(value)]];
  return Object.entries(value as Record<string, unknown>).flatMap(([name, inner]) =>
    flatten(inner, prefix === '' ? name : `${prefix}.${name}`),
  );
}
