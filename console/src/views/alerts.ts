/**
 * Alerts: open, firing (not acknowledged) and acknowledged, each with the lines that raised it;
 * one alert in detail with its history and a button to acknowledge it. `#/alerts/<fingerprint>`
 * is where alert emails link.
 */
import { isApiError } from '../api.ts';
import { ago, formatTime, h, notice } from '../dom.ts';
import { table } from '../list.ts';
import { type LogEvent, logRow } from '../log-row.ts';
import { hashOf } from '../route.ts';
import type { View, ViewContext } from '../view.ts';

interface Sample {
  readonly at: string;
  readonly service: string;
  readonly host: string;
  readonly level?: string;
  readonly message: string;
  readonly eventId: string;
}

interface Alert {
  readonly fingerprint: string;
  readonly title: string;
  readonly labels: Record<string, string | readonly string[] | undefined>;
  readonly openedAt: string;
  readonly lastSeenAt: string;
  readonly totalCount: number;
  readonly samples: readonly Sample[];
  readonly notifications: number;
  readonly acknowledgedAt?: string;
  readonly acknowledgedBy?: string;
  readonly headline?: string;
}

interface HistoryEntry {
  readonly at: string;
  readonly kind: string;
  readonly outcome: string;
  readonly subject: string;
  readonly count: number;
  readonly channels: readonly string[];
  readonly detail?: string;
}

const STATES = ['open', 'firing', 'acknowledged'] as const;

export function alertStateOf(alert: Alert): 'firing' | 'acknowledged' {
  return alert.acknowledgedAt ? 'acknowledged' : 'firing';
}

export function alertsView(context: ViewContext): View {
  return context.route.id === undefined ? alertList(context) : alertDetail(context, context.route.id);
}

function alertList(context: ViewContext): View {
  const state = (STATES as readonly string[]).includes(context.route.params.get('state') ?? '')
    ? (context.route.params.get('state') as (typeof STATES)[number])
    : 'open';
  const body = h('div', {}, h('p', { role: 'status' }, 'Loading alerts…'));
  const element = h(
    'section',
    { class: 'view alerts', 'aria-labelledby': 'alerts-title' },
    h('h1', { id: 'alerts-title' }, 'Alerts'),
    h(
      'nav',
      { 'aria-label': 'Alert states', class: 'filters' },
      ...STATES.map((s) =>
        h(
          'a',
          { href: hashOf('alerts', { state: s }), ...(s === state ? { 'aria-current': 'page' } : {}) },
          s,
        ),
      ),
      h('a', { href: hashOf('alerts', { state: 'history' }) }, 'history'),
    ),
    body,
  );
  const load = async () => {
    try {
      if (context.route.params.get('state') === 'history') {
        body.replaceChildren(historyTable(await history(context)));
        return;
      }
      const page = await context.api.get<{ items: Alert[] }>('/alerts', { state, limit: '1000' });
      body.replaceChildren(
        table(
          `${state} alerts, most recently seen first`,
          ['Alert', 'State', 'Events', 'Opened', 'Last seen'],
          page.items.map((a) => [
            h('a', { href: hashOf('alerts', {}, a.fingerprint) }, a.title),
            h('span', { class: `state state-${alertStateOf(a)}` }, alertStateOf(a)),
            String(a.totalCount),
            formatTime(a.openedAt),
            ago(a.lastSeenAt),
          ]),
        ),
      );
    } catch (error) {
      body.replaceChildren(notice(String((error as Error).message), 'error'));
    }
  };
  void load();
  return { element };
}

function alertDetail(context: ViewContext, fingerprint: string): View {
  const { api } = context;
  const body = h('div', {}, h('p', { role: 'status' }, 'Loading the alert…'));
  const element = h(
    'section',
    { class: 'view alert', 'aria-labelledby': 'alert-title' },
    h('p', {}, h('a', { href: hashOf('alerts') }, '← All alerts')),
    body,
  );
  const load = async () => {
    let alert: Alert | undefined;
    try {
      alert = await api.get<Alert>(`/alerts/${encodeURIComponent(fingerprint)}`);
    } catch (error) {
      if (!isApiError(error) || error.status !== 404) {
        body.replaceChildren(notice(String((error as Error).message), 'error'));
        return;
      }
    }
    const entries = await history(context, fingerprint).catch(() => []);
    if (!alert) {
      body.replaceChildren(
        h('h1', { id: 'alert-title' }, `Alert ${fingerprint}`),
        notice('This alert is no longer open (resolved); its history follows.'),
        historyTable(entries),
      );
      return;
    }
    const state = alertStateOf(alert);
    const status = h('span', { class: `state state-${state}`, role: 'status' }, state);
    const acknowledge = h('button', { type: 'button', class: 'primary' }, 'Acknowledge');
    const message = h('p', { class: 'field-error', role: 'alert' });
    acknowledge.addEventListener('click', async () => {
      acknowledge.disabled = true;
      try {
        await api.post(`/alerts/${encodeURIComponent(fingerprint)}/acknowledge`);
        await load();
      } catch (error) {
        message.textContent = String((error as Error).message);
        acknowledge.disabled = false;
      }
    });
    const labels = Object.entries(alert.labels).filter(([, v]) => v !== undefined);
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const labelFilters = {
      service: text(alert.labels.service),
      host: text(alert.labels.host),
      level: text(alert.labels.level),
      pattern: text(alert.labels.patternId),
    };
    const logs = hashOf('search', {
      from: new Date(Date.parse(alert.openedAt) - 60_000).toISOString(),
      ...labelFilters,
    });
    // An alert keeps its samples until it notifies; after that, the latest lines its labels select.
    const fromSamples = alert.samples.length > 0;
    const lines: LogEvent[] = fromSamples
      ? alert.samples.map(
          (s) =>
            ({
              '@timestamp': s.at,
              event_id: s.eventId,
              service: s.service,
              host: s.host,
              message: s.message,
              ...(s.level ? { level: s.level } : {}),
            }) as LogEvent,
        )
      : (
          await api
            .get<{ items: LogEvent[] }>('/logs', {
              ...labelFilters,
              to: new Date(Date.parse(alert.lastSeenAt) + 60_000).toISOString(),
              limit: '20',
            })
            .catch(() => ({ items: [] as LogEvent[] }))
        ).items;
    body.replaceChildren(
      h('h1', { id: 'alert-title' }, alert.title),
      h(
        'p',
        {},
        'State: ',
        status,
        alert.acknowledgedBy ? ` by ${alert.acknowledgedBy} ${ago(alert.acknowledgedAt)}` : '',
      ),
      alert.headline ? h('p', {}, alert.headline) : '',
      h(
        'p',
        {},
        `${alert.totalCount} events since ${formatTime(alert.openedAt)}, last ${ago(alert.lastSeenAt)}; ${alert.notifications} notifications. `,
        h('a', { href: logs }, 'Matching logs'),
      ),
      h(
        'p',
        { class: 'hint' },
        labels.map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : v}`).join('  '),
      ),
      context.canWrite && state !== 'acknowledged' ? acknowledge : '',
      message,
      h('h2', {}, 'The lines that raised it'),
      fromSamples
        ? ''
        : h(
            'p',
            { class: 'hint' },
            'Its samples went out with its notification: these are the latest lines of its labels up to its last match.',
          ),
      h(
        'ol',
        { class: 'events', 'aria-label': 'Lines that raised the alert' },
        ...lines.map((line) => logRow(line, api)),
      ),
      h('h2', {}, 'History'),
      historyTable(entries),
    );
  };
  void load();
  return { element };
}

async function history(context: ViewContext, fingerprint?: string): Promise<HistoryEntry[]> {
  const page = await context.api.get<{ items: HistoryEntry[] }>('/alerts/history', {
    limit: '100',
    ...(fingerprint ? { fingerprint } : {}),
  });
  return page.items;
}

function historyTable(entries: readonly HistoryEntry[]): HTMLElement {
  return table(
    'Notifications and acknowledgements, most recent first',
    ['When', 'What', 'Outcome', 'Subject', 'Events', 'Channels'],
    entries.map((e) => [
      formatTime(e.at),
      e.kind,
      e.detail ? `${e.outcome}: ${e.detail}` : e.outcome,
      e.subject,
      String(e.count),
      e.channels.join(', '),
    ]),
  );
}
