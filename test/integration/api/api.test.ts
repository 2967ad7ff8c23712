/**
 * Every query route on real engines, with data that travelled the real path: files → the agent →
 * Kafka → the local MSK event source → the ingest handler → OpenSearch. Every response is checked
 * against the OpenAPI document.
 */
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parseAgentConfig, type RunningAgent, startAgent } from '#agent/index.ts';
import type { LogContext } from '#core/log-context.ts';
import type { LogDocument } from '#core/log-document.ts';
import type { FacetCount, LogFacets } from '#core/log-facets.ts';
import type { TailPage } from '#core/log-tail.ts';
import type { LogPage } from '#core/logs-query.ts';
import type { Summary } from '#core/summary-query.ts';
import type { HealthReport } from '#lambdas/api/health.ts';
import { openApiDocument } from '#lambdas/api/openapi.ts';
import { routeApiRequest } from '#lambdas/api/router.ts';
import { apiDependenciesFromEnv } from '#lambdas/handlers/api.ts';
import { lambdaEnvironment } from '#local/pipeline.ts';
import { startTestStack, type TestStack } from '../../support/local-stack.ts';
import { eventually } from '../../support/wait.ts';
import { apiEvent } from '../../unit/api/api-event.ts';
import { OpenApiChecker } from './openapi-checker.ts';

const checker = new OpenApiChecker(openApiDocument());
const LEVELS = ['INFO', 'INFO', 'WARN', 'ERROR', 'DEBUG'] as const;
/** Two days ago: inside any retention, so the lines keep their own times (core/log-document.ts). */
const DAY = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
const DAY_BEFORE = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
const RANGE = `from=${DAY}T00:00:00Z&to=${DAY}T23:59:59Z`;

/** 40 lines, one a minute from 14:00, levels cycling; errors in two shapes with varying values. */
function appLines(): string[] {
  return Array.from({ length: 40 }, (_, i) => {
    const level = LEVELS[i % LEVELS.length] as string;
    const time = `${DAY} 14:${String(i).padStart(2, '0')}:00`;
    const message =
      level === 'ERROR'
        ? i % 2 === 0
          ? `Payment failed for order ${1000 + i} after ${i % 4} retries`
          : `Upstream 10.0.0.${i} timed out after ${i * 10}ms`
        : `Handled request number ${i} for café ☕ line${i}`;
    return `${time} ${level} [checkout] ${message}`;
  });
}

describe('query API', () => {
  let stack: TestStack;
  let agent: RunningAgent;
  const run = Date.now().toString(36);
  const app = `app-${run}`;
  const worker = `worker-${run}`;
  let all: LogDocument[] = [];

  /** GET with the key; asserts the response matches the document and is never a 5xx. */
  async function get<T>(
    path: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: T }> {
    const response = await stack.get(path, headers);
    const problems = checker.problems('GET', path.split('?')[0] as string, response.status, response.body);
    expect(problems, path).toEqual([]);
    expect(response.status, path).toBeLessThan(500);
    return response as { status: number; body: T };
  }

  beforeAll(async () => {
    stack = await startTestStack('api');
    await writeFile(join(stack.dir, 'app.log'), `${appLines().join('\n')}\n`);
    await writeFile(
      join(stack.dir, 'worker.log'),
      `${Array.from(
        { length: 10 },
        (_, i) =>
          `{"time":"${DAY}T14:0${i}:30Z","level":"${i < 3 ? 'error' : 'info'}","msg":"job ${i} done","status":${i < 3 ? 500 : 200}}`,
      ).join('\n')}\n`,
    );
    agent = await startAgent(
      parseAgentConfig({
        kafka: { brokers: [stack.kafkaBootstrap], topics: stack.topology.topics },
        inputs: {
          files: [
            { paths: [join(stack.dir, 'app.log')], service: app, start_at: 'beginning' },
            { paths: [join(stack.dir, 'worker.log')], service: worker, start_at: 'beginning' },
          ],
        },
        state_dir: join(stack.dir, 'agent-state'),
      }),
      { log: () => {} },
    );
    all = await eventually('50 documents', async () => {
      const { body } = await stack.get(`/logs?service=${app},${worker}&${RANGE}&limit=1000&sort=asc`);
      const page = body as LogPage;
      return page.items?.length === 50 ? [...page.items] : undefined;
    });
  });

  afterAll(async () => {
    await agent?.stop();
    await stack?.pipeline.stop();
  });

  describe('GET /logs', () => {
    test('filters by level (minimum or list), service, host, time, field and full text', async () => {
      const count = async (query: string, range = RANGE) =>
        (await get<LogPage>(`/logs?service=${app},${worker}&${range}&limit=1000&${query}`)).body.items.length;
      expect(await count('level=WARN')).toBe(8 + 8 + 3);
      expect(await count('level=ERROR,DEBUG')).toBe(8 + 8 + 3);
      expect(await count('host=no-such-host')).toBe(0);
      expect((await get<LogPage>(`/logs?service=${worker}&${RANGE}`)).body.items).toHaveLength(10);
      expect(await count('', `from=${DAY}T14:10:00Z&to=${DAY}T14:20:00Z`)).toBe(10);
      expect(await count('field.status=500')).toBe(3);
      expect(await count('q=%22Payment%20failed%22')).toBe(4);
      expect(await count('q=timed%20-Payment')).toBe(4);
      expect(await count('q=caf%C3%A9')).toBe(32);
    });

    test('relative times: nothing from two days ago is within the last 15 minutes', async () => {
      expect((await get<LogPage>(`/logs?service=${app}&from=15m`)).body.items).toEqual([]);
    });

    test('cursor pages cover every event once, newest first, while new events arrive', async () => {
      const seen: LogDocument[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const path = `/logs?service=${app}&${RANGE}&limit=7${cursor ? `&cursor=${cursor}` : ''}`;
        const { body } = await get<LogPage>(path);
        seen.push(...body.items);
        cursor = body.nextCursor;
        if (pages++ === 1) {
          await appendFile(join(stack.dir, 'app.log'), `${DAY} 23:00:00 INFO [checkout] late arrival\n`);
          await eventually('the late line', async () => {
            const { body: late } = await stack.get(`/logs?service=${app}&q=late&${RANGE}`);
            return (late as LogPage).items.length === 1 ? true : undefined;
          });
        }
      } while (cursor);
      expect(seen.map((d) => d.event_id)).toEqual(
        all
          .filter((d) => d.service === app)
          .reverse()
          .map((d) => d.event_id),
      );
    });
  });

  describe('GET /logs/{id} and /logs/{id}/context', () => {
    test('one event by id; 404 for an unknown id', async () => {
      const event = all[5] as LogDocument;
      expect((await get<LogDocument>(`/logs/${event.event_id}`)).body).toEqual(event);
      expect(await get('/logs/AAAAAAAAAAAAAAAAAAAAAAAAAAA')).toEqual({
        status: 404,
        body: { error: { code: 'not_found', message: 'no log event with id AAAAAAAAAAAAAAAAAAAAAAAAAAA' } },
      });
    });

    test('the lines before and after an event come from its own file, in file order', async () => {
      const appDocs = all.filter((d) => d.service === app);
      const event = appDocs[10] as LogDocument;
      const { body } = await get<LogContext>(`/logs/${event.event_id}/context?before=3&after=2`);
      expect(body.event).toEqual(event);
      expect(body.before.map((d) => d.message)).toEqual(appDocs.slice(7, 10).map((d) => d.message));
      expect(body.after.map((d) => d.message)).toEqual(appDocs.slice(11, 13).map((d) => d.message));
      const first = (await get<LogContext>(`/logs/${appDocs[0]?.event_id}/context`)).body;
      expect(first.before).toEqual([]);
      expect(first.after.every((d) => d.service === app && d.source.path === event.source.path)).toBe(true);
      expect((await get(`/logs/AAAAAAAAAAAAAAAAAAAAAAAAAAA/context`)).status).toBe(404);
    });
  });

  describe('GET /summary', () => {
    test('counts by level and service, a histogram, and the top errors by shape', async () => {
      const { body } = await get<Summary>(
        `/summary?service=${app},${worker}&from=${DAY}T14:00:00Z&to=${DAY}T15:00:00Z&interval=10m`,
      );
      expect(body.total).toBe(50);
      expect(body.byLevel).toEqual({ INFO: 23, WARN: 8, ERROR: 11, DEBUG: 8 });
      expect(body.byService).toEqual([
        { service: app, count: 40 },
        { service: worker, count: 10 },
      ]);
      expect(body.histogram.intervalMs).toBe(600_000);
      expect(body.histogram.buckets.map((b) => b.count)).toEqual([20, 10, 10, 10, 0, 0]);
      // Equal counts come in pattern id order: compare them by template.
      expect(
        body.topErrors
          .map(({ pattern, shape, count, services }) => ({ pattern, shape, count, services }))
          .sort((a, b) => b.count - a.count || a.pattern.localeCompare(b.pattern)),
      ).toEqual([
        {
          pattern: 'Payment failed for order <num> after <num> retries',
          shape: 'Payment failed for order <num> after <num> retries',
          count: 4,
          services: [app],
        },
        {
          pattern: 'Upstream <ip> timed out after <num>ms',
          shape: 'Upstream <ip> timed out after <num>ms',
          count: 4,
          services: [app],
        },
        { pattern: 'job <num> done', shape: 'job <num> done', count: 3, services: [worker] },
      ]);
      const payments = body.topErrors.find((e) => e.pattern.startsWith('Payment'));
      expect(payments?.example).toBe('Payment failed for order 1038 after 2 retries');
      expect(payments?.patternId).toBe(all.find((d) => d.message.startsWith('Payment'))?.pattern_id);
    });
  });

  describe('GET /patterns, GET /patterns/{id}, GET /logs?pattern=', () => {
    const window = `from=${DAY}T14:00:00Z&to=${DAY}T15:00:00Z`;

    test('the top patterns by count, with their trend and what the registry knows', async () => {
      const { body } = await get<{ patterns: Array<Record<string, unknown>> }>(
        `/patterns?service=${app}&${window}&limit=5`,
      );
      expect(body.patterns[0]).toMatchObject({
        service: app,
        template: 'Handled request number <num> for café ☕ line<num>',
        count: 32,
        trend: { firstHalf: 24, secondHalf: 8, direction: 'falling' },
        totalCount: 32,
        origin: 'new',
      });
      const errors = await get<{ patterns: Array<Record<string, unknown>> }>(
        `/patterns?service=${app}&${window}&level=ERROR`,
      );
      expect(errors.body.patterns.map((p) => p.count)).toEqual([4, 4]);
    });

    test('new=true lists the kinds first seen since a time', async () => {
      const { body } = await get<{ patterns: Array<Record<string, unknown>> }>(
        `/patterns?service=${worker}&new=true&since=1h&from=${DAY}T14:00:00Z`,
      );
      expect(body.patterns.map((p) => p.template)).toEqual(['job <num> done']);
    });

    test('one pattern: template, sample values per position, sample lines and histogram', async () => {
      const id = all.find((d) => d.message.startsWith('Upstream'))?.pattern_id as string;
      const { status, body } = await get<Record<string, unknown>>(`/patterns/${id}?${window}&interval=30m`);
      expect(status).toBe(200);
      expect(body).toMatchObject({
        id,
        service: app,
        template: 'Upstream <ip> timed out after <num>ms',
        level: 'ERROR',
        samples: [
          { position: 0, values: ['10.0.0.3', '10.0.0.13', '10.0.0.23', '10.0.0.33'] },
          { position: 1, values: ['30ms', '130ms', '230ms', '330ms'] },
        ],
        histogram: { intervalMs: 1_800_000, buckets: [{ count: 3 }, { count: 1 }] },
      });
      expect((await get(`/patterns/0123456789abcdef`)).status).toBe(404);
      expect((await get(`/patterns/not-an-id`)).status).toBe(400);
    });

    test('GET /logs?pattern= finds the events of one kind', async () => {
      const id = all.find((d) => d.message.startsWith('Payment'))?.pattern_id as string;
      const { body } = await get<LogPage>(`/logs?pattern=${id}&${RANGE}`);
      expect(body.items.map((d) => d.message).sort()).toEqual(
        all
          .filter((d) => d.message.startsWith('Payment'))
          .map((d) => d.message)
          .sort(),
      );
      expect((await get(`/logs?pattern=nope`)).status).toBe(400);
    });

    test('defaults to the last 24 hours', async () => {
      const { body } = await get<Summary>(`/summary?service=${app}`);
      expect(body.total).toBe(0);
      expect(Date.parse(body.to) - Date.parse(body.from)).toBe(86_400_000);
      expect(body.histogram.buckets.length).toBeGreaterThanOrEqual(96);
    });
  });

  describe('GET /logs/facets', () => {
    const window = `from=${DAY}T14:00:00Z&to=${DAY}T15:00:00Z`;

    test('counts per level, service and host, each without its own filter, and a histogram', async () => {
      // top=100: the service facet lists every service in the window, earlier runs' too.
      const { body } = await get<LogFacets>(
        `/logs/facets?service=${app},${worker}&${window}&interval=10m&top=100`,
      );
      expect(body.total).toBe(50);
      expect(body.levels).toEqual([
        { value: 'INFO', count: 23 },
        { value: 'ERROR', count: 11 },
        { value: 'DEBUG', count: 8 },
        { value: 'WARN', count: 8 },
      ]);
      // The service facet counts without the service filter: this run's services among the index's others.
      const ours = (facet: readonly FacetCount[]) =>
        facet.filter((f) => f.value === app || f.value === worker);
      expect(ours(body.services)).toEqual([
        { value: app, count: 40 },
        { value: worker, count: 10 },
      ]);
      expect(body.hosts.map((h) => h.count)).toEqual([50]);
      expect(body.histogram.intervalMs).toBe(600_000);
      expect(body.histogram.buckets.map((b) => b.count)).toEqual([20, 10, 10, 10, 0, 0]);

      const errors = (
        await get<LogFacets>(`/logs/facets?service=${app},${worker}&${window}&level=ERROR&top=100`)
      ).body;
      expect(errors.total).toBe(11);
      expect(errors.levels).toEqual(body.levels);
      expect(ours(errors.services)).toEqual([
        { value: app, count: 8 },
        { value: worker, count: 3 },
      ]);
      expect(errors.histogram.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(11);
    });

    test('the full text and field filters apply to every count', async () => {
      const { body } = await get<LogFacets>(
        `/logs/facets?service=${app},${worker}&${window}&q=%22Payment%20failed%22`,
      );
      expect(body.total).toBe(4);
      expect(body.levels).toEqual([{ value: 'ERROR', count: 4 }]);
      const fields = (await get<LogFacets>(`/logs/facets?service=${worker}&${window}&field.status=500`)).body;
      expect(fields.total).toBe(3);
    });

    test('a range too fine for its interval is a 422 naming interval', async () => {
      const { status, body } = await get<{ error: { field: string } }>(`/logs/facets?${window}&interval=1s`);
      expect(status).toBe(422);
      expect(body.error.field).toBe('interval');
    });
  });

  describe('GET /logs/tail', () => {
    test('the latest events first, then only what arrives after the cursor, with the rate', async () => {
      const first = (await get<TailPage>(`/logs/tail?service=${worker}`)).body;
      expect(first.items.map((d) => d.message).sort()).toEqual(
        all
          .filter((d) => d.service === worker)
          .map((d) => d.message)
          .sort(),
      );
      expect(first.more).toBe(false);
      const firstOfApp = (await get<TailPage>(`/logs/tail?service=${app}&limit=1`)).body;
      // A line of a kind app.log already has, stamped the day before the others: no test counts it.
      await appendFile(
        join(stack.dir, 'app.log'),
        `${DAY_BEFORE} 02:00:00 INFO [checkout] Handled request number 999 for café ☕ line999\n`,
      );
      const next = await eventually('the tailed line', async () => {
        const { body } = await get<TailPage>(`/logs/tail?service=${app}&cursor=${firstOfApp.cursor}`);
        return body.items.some((d) => d.message.endsWith('line999')) ? body : undefined;
      });
      // Stamped three days ago, yet it arrived now: a tail follows arrivals.
      expect(next.items.at(-1)?.message).toBe('Handled request number 999 for café ☕ line999');
      const after = (await get<TailPage>(`/logs/tail?service=${app}&cursor=${next.cursor}`)).body;
      expect(after.items).toEqual([]);
      expect(after.cursor).toBe(next.cursor);
      const filtered = (
        await get<TailPage>(`/logs/tail?service=${worker}&level=ERROR&cursor=${first.cursor}`)
      ).body;
      expect(filtered.items).toEqual([]);
    });

    test('a cursor of GET /logs is not a tail cursor (422), and a time range is refused (400)', async () => {
      const page = (await get<LogPage>(`/logs?service=${app}&${RANGE}&limit=1`)).body;
      const wrong = await get<{ error: { field: string } }>(`/logs/tail?cursor=${page.nextCursor}`);
      expect(wrong.status).toBe(422);
      expect(wrong.body.error.field).toBe('cursor');
      const ranged = await get<{ error: { field: string } }>('/logs/tail?from=15m');
      expect(ranged.status).toBe(400);
      expect(ranged.body.error.field).toBe('from');
    });
  });

  describe('GET /health and GET /openapi.json', () => {
    test('health needs no key and reports backends and freshness', async () => {
      const { status, body } = await get<{
        status: string;
        backends: object;
        pipeline: { lastIngestAt: string };
      }>('/health', {});
      expect(status).toBe(200);
      expect(body.status).toBe('ok');
      expect(Object.keys(body.backends).sort()).toEqual(['dynamodb', 'opensearch']);
      expect(Date.parse(body.pipeline.lastIngestAt)).toBeGreaterThan(Date.now() - 3_600_000);
    });

    test('consumer lag of the ingest group, where the brokers are reachable', async () => {
      // The local pipeline gives the api handler the ingest group's brokers, as the stack does in AWS.
      const group = stack.topology.topics.logs.replace(/^logs-/, 'ingest-');
      const health = await eventually('no lag', async () => {
        const { status, body } = await stack.get('/health', {});
        expect(checker.problems('GET', '/health', status, body)).toEqual([]);
        const report = body as HealthReport;
        return report.pipeline.consumerLag.known && report.pipeline.consumerLag.total === 0
          ? report
          : undefined;
      });
      expect(health.pipeline.consumerLag).toEqual({
        known: true,
        source: `kafka-consumer-group:${group}`,
        total: 0,
        partitions: [0, 1, 2].map((partition) => ({ topic: stack.topology.topics.logs, partition, lag: 0 })),
      });
      const withoutSource = { ...lambdaEnvironment(inject('endpoints'), stack.topology) };
      delete withoutSource.LOGWARD_LAG_KAFKA_BOOTSTRAP;
      const deps = apiDependenciesFromEnv(withoutSource, { logger: { info() {}, warn() {}, error() {} } });
      const result = await routeApiRequest(apiEvent('GET', '/health'), deps);
      expect((JSON.parse(result.body) as HealthReport).pipeline.consumerLag).toEqual({
        known: false,
        reason: 'no lag source configured in this environment',
      });
    });

    test('the document is served, with the recipients this deployment allows', async () => {
      expect((await get('/openapi.json')).body).toEqual(
        openApiDocument({ domains: ['logward.local'], groups: {}, addresses: ['ops@logward.local'] }),
      );
    });
  });

  describe('auth', () => {
    test('a flood of GET /health meets its own throttle (429) while keyed clients still get through', async () => {
      const health = () => fetch(`${stack.pipeline.apiUrl}/health`).then((r) => r.status);
      const statuses: number[] = [];
      for (let round = 0; round < 20 && !statuses.includes(429); round++) {
        statuses.push(...(await Promise.all(Array.from({ length: 50 }, health))));
      }
      expect(statuses).toContain(429);
      expect(statuses.every((status) => status === 200 || status === 503 || status === 429)).toBe(true);
      expect((await stack.get('/logs?limit=1')).status).toBe(200);
    });

    test('each tree takes only its own credential', async () => {
      const { apiUrl, credentials } = stack.pipeline;
      const status = (path: string, headers: Record<string, string>) =>
        fetch(`${apiUrl}${path}`, { headers }).then((r) => r.status);
      expect(await status('/people/logs', { authorization: credentials.tokens.reader })).toBe(200);
      expect(await status('/people/logs', { 'x-api-key': credentials.readerApiKey })).toBe(401);
      expect(await status('/people/logs', { authorization: `${credentials.tokens.reader}x` })).toBe(401);
      expect(await status('/iam/logs', { 'x-api-key': credentials.readerApiKey })).toBe(403);
      expect(await status('/iam/logs', { authorization: credentials.tokens.admin })).toBe(403);
      expect(await status('/logs', { authorization: credentials.tokens.admin })).toBe(403);
    });

    test.each(['/logs', '/logs/abc', '/summary', '/openapi.json', '/nope'])(
      '%s without a key or with a wrong one is refused',
      async (path) => {
        expect(await stack.get(path, {})).toEqual({ status: 403, body: { message: 'Forbidden' } });
        expect((await stack.get(path, { 'x-api-key': `${stack.apiKey.slice(1)}x` })).status).toBe(403);
        expect((await stack.get(path, { 'x-api-key': stack.apiKey.toUpperCase() })).status).toBe(403);
      },
    );
  });

  describe('hostile input', () => {
    test.each([
      '/logs?limit=1001',
      '/logs?limit=99999999999999999999',
      '/logs?limit=ten',
      '/logs?limit=5&limit=6',
      '/logs?cursor=not%20base64',
      `/logs?cursor=${'A'.repeat(10_000)}`,
      '/logs?from=tomorrow',
      '/logs?from=2025-13-01',
      '/logs?to=-1h',
      '/logs?level=EVERYTHING',
      '/logs?sort=message',
      '/logs?sort=%7B%22script%22%3A1%7D',
      '/logs?query=%7B%22match_all%22%3A%7B%7D%7D',
      '/logs?field.a%20b=1',
      `/logs?q=${'x'.repeat(2000)}`,
      `/logs?service=${Array.from({ length: 101 }, (_, i) => `s${i}`).join(',')}`,
      '/logs/not%20an%20id',
      '/logs/%ZZ',
      `/logs/${'a'.repeat(65)}`,
      '/logs/abc/context?before=-1',
      '/logs/abc/context?after=100000',
      '/summary?interval=1ms',
      '/summary?top=1000',
    ])('%s is a 400 naming the problem', async (path) => {
      const { status, body } = await get<{ error: { code: string; field: string } }>(path);
      expect(status).toBe(400);
      expect(body.error.code).toBe('bad_request');
      expect(body.error.field).toEqual(expect.any(String));
    });

    test.each([
      '/logs?cursor=garbage',
      '/logs?cursor=WzEuNWUzMDgsIngiXQ',
      `/logs?cursor=${Buffer.from('[1,"x",3000]').toString('base64url')}`,
      `/logs?cursor=${Buffer.from('[1e400,"x"]').toString('base64url')}`,
      '/summary?from=1970-01-01&interval=1m',
    ])('%s has the documented shape but no meaning here: a 422 naming the problem', async (path) => {
      const { status, body } = await get<{ error: { code: string; field: string } }>(path);
      expect([status, body.error.code, body.error.field]).toEqual([422, 'unprocessable', expect.any(String)]);
    });

    test.each([
      '{"query":{"match_all":{}}}',
      'service:other OR level:ERROR',
      '*',
      ')))((( "unclosed',
      '\\u0000 \u0000 \u202e',
      'a~10 b*~ "c d"~5',
      '_exists_:message',
      '🔥💥 Ünïcödé',
      'NOT OR AND |||| +-',
    ])('query syntax injection %j stays text over this service', async (q) => {
      const { status, body } = await get<LogPage>(
        `/logs?service=${app}&${RANGE}&q=${encodeURIComponent(q)}&limit=1000`,
      );
      expect(status).toBe(200);
      expect(body.items.every((d) => d.service === app)).toBe(true);
    });

    test('unicode values and field names reach the engine intact', async () => {
      const { status, body } = await get<LogPage>(
        `/logs?service=${encodeURIComponent('サービス')}&field.${encodeURIComponent('ключ')}=1`,
      );
      expect([status, body.items]).toEqual([400, undefined]);
      expect((await get<LogPage>(`/logs?service=${encodeURIComponent('サービス')}`)).body.items).toEqual([]);
    });
  });
});
