/**
 * Patterns: the top kinds of line in a range with their trend, the new kinds, and one pattern in
 * detail (template, sample values, histogram) with a click through to its lines.
 */
import { h, notice } from '../dom.ts';
import { histogram } from '../histogram.ts';
import { fill, table } from '../list.ts';
import { levelBadge } from '../log-row.ts';
import { hashOf } from '../route.ts';
import { DEFAULT_RANGE, RELATIVE_RANGES } from '../time-range.ts';
import type { View, ViewContext } from '../view.ts';

interface PatternSummary {
  readonly id: string;
  readonly service: string;
  readonly template: string;
  readonly count: number;
  readonly trend: { firstHalf: number; secondHalf: number; direction: string };
  readonly firstSeen?: string;
  readonly levels?: readonly string[];
}

interface PatternDetail extends PatternSummary {
  readonly level: string | null;
  readonly samples: ReadonlyArray<{ position: number; values: readonly string[] }>;
  readonly sampleLines: readonly string[];
  readonly histogram: { intervalMs: number; buckets: ReadonlyArray<{ start: string; count: number }> };
}

const TREND_ARROWS: Record<string, string> = { rising: '↑ rising', falling: '↓ falling', steady: '→ steady' };

export function patternsView(context: ViewContext): View {
  return context.route.id === undefined ? patternList(context) : patternDetail(context, context.route.id);
}

function patternList(context: ViewContext): View {
  const params = context.route.params;
  const from = params.get('from') ?? '24h';
  const service = params.get('service') ?? undefined;
  const range = h(
    'select',
    { id: 'patterns-range' },
    ...RELATIVE_RANGES.map((r) =>
      h('option', { value: r.value, ...(r.value === from ? { selected: true } : {}) }, r.label),
    ),
  );
  range.addEventListener('change', () =>
    context.navigate(hashOf('patterns', { from: range.value, service })),
  );
  const top = h('div', {}, h('p', { role: 'status' }, 'Loading patterns…'));
  const fresh = h('div', {});
  const element = h(
    'section',
    { class: 'view patterns', 'aria-labelledby': 'patterns-title' },
    h('h1', { id: 'patterns-title' }, 'Patterns'),
    h(
      'p',
      { class: 'filters' },
      h('label', { for: 'patterns-range' }, 'Time range'),
      range,
      service ? ` Service: ${service} ` : '',
      service ? h('a', { href: hashOf('patterns', { from }) }, 'all services') : null,
    ),
    h('h2', {}, 'Top patterns'),
    top,
    h('h2', {}, 'New patterns'),
    fresh,
  );
  const rows = (patterns: readonly PatternSummary[]) =>
    patterns.map((p) => [
      h('a', { href: hashOf('patterns', { from }, p.id), class: 'template' }, p.template),
      p.service,
      String(p.count),
      h(
        'span',
        { class: `trend-${p.trend.direction}` },
        `${TREND_ARROWS[p.trend.direction] ?? p.trend.direction} (${p.trend.firstHalf} → ${p.trend.secondHalf})`,
      ),
      h(
        'a',
        { href: hashOf('search', { from, pattern: p.id }), 'aria-label': `Lines of ${p.template}` },
        'Lines',
      ),
    ]);
  const load = async () => {
    try {
      const query = { from, ...(service ? { service } : {}), limit: '50' };
      const [topList, newList] = await Promise.all([
        context.api.get<{ patterns: PatternSummary[] }>('/patterns', query),
        context.api.get<{ patterns: PatternSummary[] }>('/patterns', { ...query, new: 'true' }),
      ]);
      const headers = ['Template', 'Service', 'Events', 'Trend (first half → second half)', ''];
      top.replaceChildren(
        table(`The most frequent kinds of line, last ${from}`, headers, rows(topList.patterns)),
      );
      fresh.replaceChildren(table(`Kinds first seen in the last ${from}`, headers, rows(newList.patterns)));
    } catch (error) {
      top.replaceChildren(notice(String((error as Error).message), 'error'));
    }
  };
  void load();
  return { element };
}

function patternDetail(context: ViewContext, id: string): View {
  const from = context.route.params.get('from') ?? DEFAULT_RANGE;
  const body = h('div', {}, h('p', { role: 'status' }, 'Loading the pattern…'));
  const element = h(
    'section',
    { class: 'view pattern', 'aria-labelledby': 'pattern-title' },
    h('p', {}, h('a', { href: hashOf('patterns', { from }) }, '← All patterns')),
    body,
  );
  const load = async () => {
    await fill(body, async () => {
      const p = await context.api.get<PatternDetail>(`/patterns/${encodeURIComponent(id)}`, { from });
      return h(
        'div',
        {},
        h('h1', { id: 'pattern-title', class: 'template' }, p.template),
        h(
          'p',
          {},
          `Service ${p.service}, most severe level `,
          levelBadge(p.level ?? undefined),
          p.firstSeen ? `, first seen ${new Date(p.firstSeen).toLocaleString()}. ` : '. ',
          h('a', { href: hashOf('search', { from, pattern: p.id }) }, 'Show its lines'),
        ),
        histogram(p.histogram.buckets, p.histogram.intervalMs, (zoomFrom, zoomTo) =>
          context.navigate(
            hashOf('search', {
              from: new Date(zoomFrom).toISOString(),
              to: new Date(zoomTo).toISOString(),
              pattern: p.id,
            }),
          ),
        ),
        h('h2', {}, 'Values seen at each variable'),
        table(
          'Sample values per position of the template',
          ['Position', 'Values'],
          p.samples.map((s) => [String(s.position), s.values.join(', ')]),
        ),
        h('h2', {}, 'Sample lines'),
        h(
          'ol',
          { class: 'events' },
          ...p.sampleLines.map((line) => h('li', {}, h('span', { class: 'line' }, line))),
        ),
      );
    });
  };
  void load();
  return { element };
}
