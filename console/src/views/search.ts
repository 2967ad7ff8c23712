/**
 * Search: the query box (the API's simple query syntax), a time range, level/service/host facets
 * with counts, a histogram to drag across, and the matching events. Everything is in the URL.
 */
import { isApiError, type Params } from '../api.ts';
import { h, notice } from '../dom.ts';
import { histogram } from '../histogram.ts';
import { type LogEvent, logRow } from '../log-row.ts';
import { hashOf, type Route } from '../route.ts';
import { DEFAULT_RANGE, RELATIVE_RANGES, rangeLabel } from '../time-range.ts';
import type { View, ViewContext } from '../view.ts';

/** The URL parameters of a search, shared with the tail and with alert emails. */
export const FILTER_KEYS = ['q', 'from', 'to', 'level', 'service', 'host', 'pattern'] as const;
const PAGE_SIZE = 100;

interface Facets {
  readonly total: number;
  readonly levels: ReadonlyArray<{ value: string; count: number }>;
  readonly services: ReadonlyArray<{ value: string; count: number }>;
  readonly hosts: ReadonlyArray<{ value: string; count: number }>;
  readonly histogram: { intervalMs: number; buckets: ReadonlyArray<{ start: string; count: number }> };
}

export function filtersOf(route: Route): Params {
  const params: Params = {};
  for (const key of FILTER_KEYS) {
    const value = route.params.get(key);
    if (value) params[key] = value;
  }
  return params;
}

export function searchView(context: ViewContext): View {
  const { api } = context;
  let route = context.route;
  let controller = new AbortController();

  const query = h('input', {
    type: 'search',
    id: 'search-q',
    name: 'q',
    autocomplete: 'off',
    placeholder: 'words, "a phrase", -not, a | b, prefix*',
    'aria-describedby': 'search-syntax',
  });
  const range = h(
    'select',
    { id: 'search-range', name: 'from' },
    ...RELATIVE_RANGES.map((r) => h('option', { value: r.value }, r.label)),
  );
  const form = h(
    'form',
    { class: 'search-form', role: 'search' },
    h('label', { for: 'search-q' }, 'Query'),
    query,
    h('label', { for: 'search-range' }, 'Time range'),
    range,
    h('button', { type: 'submit' }, 'Search'),
    h(
      'details',
      { id: 'search-syntax', class: 'syntax' },
      h('summary', {}, 'Query syntax'),
      h(
        'p',
        {},
        'Words must all appear (AND); "a phrase" matches in order; -word excludes; a | b matches either; pref* matches a prefix. Parts of identifiers match too (order_45231 is found by 45231).',
      ),
    ),
  );
  const customRange = h('p', { class: 'custom-range' });
  const facetsPanel = h('aside', { class: 'facets', 'aria-label': 'Facets' });
  const chart = h('div', { class: 'chart' });
  const status = h('p', { role: 'status', class: 'result-count' });
  const tailLink = h('a', { href: '#/tail' }, 'Follow these filters live');
  const results = h('ol', { class: 'events', 'aria-label': 'Results' });
  const more = h('div', { class: 'more' });
  const element = h(
    'section',
    { class: 'view search', 'aria-labelledby': 'search-title' },
    h('h1', { id: 'search-title' }, 'Search'),
    form,
    customRange,
    h(
      'div',
      { class: 'search-body' },
      facetsPanel,
      h(
        'div',
        { class: 'search-main' },
        chart,
        h('div', { class: 'tail-bar' }, status, tailLink),
        results,
        more,
      ),
    ),
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go({ q: query.value.trim() || undefined, from: range.value, to: undefined });
  });
  range.addEventListener('change', () => go({ from: range.value, to: undefined }));

  /** Navigates to the current filters with `changes` applied. */
  function go(changes: Params) {
    context.navigate(hashOf('search', { ...filtersOf(route), ...changes }));
  }

  async function load() {
    controller.abort();
    controller = new AbortController();
    const signal = controller.signal;
    const filters = filtersOf(route);
    const from = filters.from ?? DEFAULT_RANGE;
    query.value = filters.q ?? '';
    const relative = RELATIVE_RANGES.some((r) => r.value === from) && !filters.to;
    range.value = relative ? from : '';
    customRange.replaceChildren(
      ...(filters.pattern
        ? [
            `Lines of pattern ${filters.pattern}. `,
            h('a', { href: hashOf('patterns', {}, filters.pattern) }, 'About it'),
            ' ',
            h('button', { type: 'button', onclick: () => go({ pattern: undefined }) }, 'All lines'),
            ' ',
          ]
        : []),
      ...(relative
        ? []
        : [
            `Showing ${rangeLabel(from, filters.to)}. `,
            h(
              'button',
              { type: 'button', onclick: () => go({ from: DEFAULT_RANGE, to: undefined }) },
              'Back to the last hour',
            ),
          ]),
    );
    status.textContent = 'Searching…';
    const { from: _from, to: _to, ...live } = filters;
    tailLink.href = hashOf('tail', live);
    const params = { ...filters, from };
    try {
      const [page, facets] = await Promise.all([
        api.get<{ items: LogEvent[]; nextCursor?: string }>(
          '/logs',
          { ...params, limit: String(PAGE_SIZE) },
          signal,
        ),
        api.get<Facets>('/logs/facets', params, signal),
      ]);
      renderFacets(facets, filters);
      chart.replaceChildren(
        histogram(facets.histogram.buckets, facets.histogram.intervalMs, (zoomFrom, zoomTo) =>
          go({ from: new Date(zoomFrom).toISOString(), to: new Date(zoomTo).toISOString() }),
        ),
      );
      status.textContent = `${facets.total} events match`;
      results.replaceChildren(...page.items.map((e) => logRow(e, api)));
      renderMore(page.nextCursor, params);
    } catch (error) {
      if (signal.aborted) return;
      status.textContent = '';
      results.replaceChildren();
      more.replaceChildren(
        notice(
          isApiError(error) ? `${error.field ? `${error.field}: ` : ''}${error.message}` : String(error),
          'error',
        ),
      );
    }
  }

  function renderMore(cursor: string | undefined, params: Params) {
    more.replaceChildren();
    if (!cursor) return;
    const button = h('button', { type: 'button' }, 'Load more');
    button.addEventListener('click', async () => {
      button.disabled = true;
      const page = await api.get<{ items: LogEvent[]; nextCursor?: string }>('/logs', { ...params, cursor });
      results.append(...page.items.map((e) => logRow(e, api)));
      renderMore(page.nextCursor, params);
    });
    more.append(button);
  }

  function renderFacets(facets: Facets, filters: Params) {
    const facet = (
      key: 'level' | 'service' | 'host',
      title: string,
      counts: Facets['levels'],
      hint?: string,
    ) => {
      const selected = new Set((filters[key] ?? '').split(',').filter((v) => v !== ''));
      // A selected value stays listed even when nothing matches it now.
      const values = [...counts];
      for (const value of selected)
        if (!values.some((c) => c.value === value)) values.push({ value, count: 0 });
      return h(
        'fieldset',
        { class: 'facet' },
        h('legend', {}, title),
        hint ? h('p', { class: 'hint' }, hint) : null,
        values.length === 0 ? h('p', { class: 'hint' }, 'none') : null,
        ...values.map((c) => {
          const box = h('input', { type: 'checkbox', value: c.value, checked: selected.has(c.value) });
          box.addEventListener('change', () => {
            const next = new Set(selected);
            if (box.checked) next.add(c.value);
            else next.delete(c.value);
            go({ [key]: [...next].join(',') || undefined });
          });
          return h(
            'label',
            { class: 'facet-value' },
            box,
            ` ${c.value} `,
            h('span', { class: 'count' }, String(c.count)),
          );
        }),
      );
    };
    facetsPanel.replaceChildren(
      facet('level', 'Level', facets.levels, 'One ticked means it and above.'),
      facet('service', 'Service', facets.services),
      facet('host', 'Host', facets.hosts),
    );
  }

  void load();
  return {
    element,
    update(next) {
      route = next;
      void load();
    },
    dispose() {
      controller.abort();
    },
  };
}
