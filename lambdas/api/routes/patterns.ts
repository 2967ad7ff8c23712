/** Pattern routes: the top patterns with their trend, the new ones, and one pattern in detail. */
import {
  type PatternCount,
  parsePatternDetailQuery,
  parsePatternsQuery,
} from '#core/patterns/patterns-query.ts';
import { type PatternEntry, topLevel } from '#core/patterns/registry.ts';
import { BackendUnavailableError, type PatternRegistry } from '../../ports.ts';
import { json, NotFoundError } from '../http.ts';
import type { ApiDependencies, Route } from '../router.ts';

function registryOf(deps: ApiDependencies): PatternRegistry {
  if (!deps.patterns) throw new BackendUnavailableError('the pattern registry (not configured)');
  return deps.patterns;
}

/** What the registry adds to a pattern's count in a range. */
function described(entry: PatternEntry | undefined) {
  if (entry === undefined) return {};
  return {
    firstSeen: new Date(entry.firstSeen).toISOString(),
    lastSeen: new Date(entry.lastSeen).toISOString(),
    totalCount: entry.count,
    bytes: entry.bytes,
    dropped: entry.dropped,
    droppedBytes: entry.droppedBytes,
    levels: entry.levels,
    origin: entry.origin,
    ...(entry.successor === undefined ? {} : { successor: entry.successor }),
  };
}

function listed(count: PatternCount, entry: PatternEntry | undefined) {
  return {
    id: count.id,
    service: entry?.service ?? count.service,
    template: entry?.template ?? count.template,
    count: count.count,
    trend: count.trend,
    ...described(entry),
  };
}

/** Every id a pattern's events may carry: its own and those it absorbed. */
export async function idsOfPattern(registry: PatternRegistry | undefined, id: string): Promise<string[]> {
  const entry = await registry?.get(id);
  return [id, ...(entry?.absorbed ?? [])];
}

export const PATTERN_ROUTES: readonly Route[] = [
  {
    method: 'GET',
    path: '/patterns',
    handle: async (request, deps) => {
      const query = parsePatternsQuery(request.query, request.now);
      const registry = registryOf(deps);
      const range = { from: new Date(query.from).toISOString(), to: new Date(query.to).toISOString() };
      if (!query.newOnly && query.sort === 'count') {
        const counts = await deps.logs.topPatterns(query);
        const entries = await Promise.all(counts.map((count) => registry.get(count.id)));
        return json(200, { ...range, patterns: counts.map((count, i) => listed(count, entries[i])) });
      }
      // From the registry: the new kinds, newest first, or the current patterns by bytes, most first.
      const known = (
        await Promise.all((query.services ?? [undefined]).map((service) => registry.list(service)))
      ).flat();
      const chosen = known
        .filter((entry) =>
          query.newOnly
            ? entry.origin === 'new' && entry.firstSeen >= query.since && entry.firstSeen < query.to
            : entry.successor === undefined,
        )
        .filter((entry) => {
          const level = topLevel(entry.levels);
          return query.levels === undefined || (level !== undefined && query.levels.includes(level));
        })
        .sort((a, b) =>
          query.newOnly ? b.firstSeen - a.firstSeen : b.bytes - a.bytes || (a.id < b.id ? -1 : 1),
        )
        .slice(0, query.limit);
      const counts =
        chosen.length === 0
          ? []
          : await deps.logs.topPatterns(
              query,
              chosen.map((entry) => entry.id),
            );
      const byId = new Map(counts.map((count) => [count.id, count]));
      return json(200, {
        ...range,
        ...(query.newOnly ? { since: new Date(query.since).toISOString() } : {}),
        patterns: chosen.map((entry) =>
          listed(
            byId.get(entry.id) ?? {
              id: entry.id,
              service: entry.service,
              template: entry.template,
              count: 0,
              trend: { firstHalf: 0, secondHalf: 0, direction: 'steady' },
            },
            entry,
          ),
        ),
      });
    },
  },
  {
    method: 'GET',
    path: '/patterns/{id}',
    handle: async (request, deps) => {
      const query = parsePatternDetailQuery(request.params.id ?? '', request.query, request.now);
      const entry = await registryOf(deps).get(query.id);
      if (entry === undefined) throw new NotFoundError(`no pattern with id ${query.id}`);
      const ids = [entry.id, ...entry.absorbed];
      const buckets = await deps.logs.patternHistogram(ids, query.from, query.to, query.intervalMs);
      return json(200, {
        id: entry.id,
        service: entry.service,
        template: entry.template,
        ...described(entry),
        level: topLevel(entry.levels) ?? null,
        absorbed: entry.absorbed,
        samples: entry.samples.map((values, position) => ({ position, values })),
        sampleLines: entry.sampleLines,
        histogram: {
          from: new Date(query.from).toISOString(),
          to: new Date(query.to).toISOString(),
          intervalMs: query.intervalMs,
          buckets,
        },
      });
    },
  },
];
