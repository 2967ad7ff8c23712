/**
 * Live tail: polls `GET /logs/tail` every second and appends what arrived. Scrolling up pauses
 * it where you are (new lines wait, counted on the resume button); resuming shows them and
 * follows again. The filters are the search's, from the URL.
 */
import { isApiError } from '../api.ts';
import { h } from '../dom.ts';
import { type LogEvent, logRow } from '../log-row.ts';
import { hashOf } from '../route.ts';
import type { View, ViewContext } from '../view.ts';
import { filtersOf } from './search.ts';

const POLL_MS = 1000;
/** Rows kept on the page; older ones are dropped as new ones come. */
const MAX_ROWS = 2000;

interface TailPage {
  readonly items: LogEvent[];
  readonly cursor: string;
  readonly more: boolean;
  readonly ratePerSecond: number;
}

export function tailView(context: ViewContext): View {
  const { api } = context;
  const { from: _from, to: _to, ...filters } = filtersOf(context.route);
  let cursor: string | undefined;
  let paused = false;
  let waiting: LogEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const controller = new AbortController();

  const rate = h('span', { class: 'rate', role: 'status', 'aria-live': 'off' }, '– lines/s');
  const state = h('span', { class: 'tail-state', role: 'status' }, 'Following');
  const resume = h('button', { type: 'button', hidden: true }, 'Resume');
  const log = h('ol', { class: 'events', 'aria-label': 'Live tail', 'aria-live': 'off' });
  const scroller = h(
    'div',
    { class: 'tail-log', tabindex: 0, 'aria-label': 'Live tail lines; scroll up to pause' },
    log,
  );
  const message = h('p', { class: 'field-error', role: 'alert' });
  const described = Object.entries(filters)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  const element = h(
    'section',
    { class: 'view tail', 'aria-labelledby': 'tail-title' },
    h('h1', { id: 'tail-title' }, 'Live tail'),
    h(
      'p',
      {},
      described ? `Filters: ${described}. ` : 'All events. ',
      h('a', { href: hashOf('search', filters) }, 'Change the filters in Search'),
    ),
    h('div', { class: 'tail-bar' }, state, rate, resume),
    message,
    scroller,
  );

  const atBottom = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 24;
  scroller.addEventListener('scroll', () => {
    if (!paused && !atBottom()) setPaused(true);
  });
  resume.addEventListener('click', () => setPaused(false));

  function setPaused(value: boolean) {
    paused = value;
    state.textContent = paused ? 'Paused' : 'Following';
    resume.hidden = !paused;
    if (!paused) {
      show(waiting);
      waiting = [];
      scroller.scrollTop = scroller.scrollHeight;
    }
    updateResume();
  }

  function updateResume() {
    resume.textContent = waiting.length > 0 ? `Resume (${waiting.length} new)` : 'Resume';
  }

  function show(events: readonly LogEvent[]) {
    log.append(...events.map((e) => logRow(e, api)));
    while (log.childElementCount > MAX_ROWS) log.firstElementChild?.remove();
  }

  async function poll() {
    if (stopped) return;
    let again = POLL_MS;
    try {
      const page = await api.get<TailPage>(
        '/logs/tail',
        { ...filters, ...(cursor ? { cursor } : { limit: '100' }) },
        controller.signal,
      );
      cursor = page.cursor;
      rate.textContent = `${page.ratePerSecond.toFixed(1)} lines/s`;
      message.textContent = '';
      if (paused) {
        waiting.push(...page.items);
        updateResume();
      } else {
        show(page.items);
        scroller.scrollTop = scroller.scrollHeight;
      }
      if (page.more) again = 0;
    } catch (error) {
      if (controller.signal.aborted) return;
      message.textContent = isApiError(error) ? error.message : String(error);
    }
    timer = setTimeout(() => void poll(), again);
  }

  void poll();
  return {
    element,
    dispose() {
      stopped = true;
      controller.abort();
      if (timer) clearTimeout(timer);
    },
  };
}
