/**
 * A tree's ingest handler as the CPU benches run it (`ingest-compare.ts`, `ingest-instructions.ts`,
 * `ingest-bodies.ts`): the tree's own `ingestLogs`, with a writer that encodes each `_bulk` body as
 * its OpenSearch writer does and then drops it (network excluded), optionally with the tree's
 * pattern mining over an in-memory registry. Trees before and after the handler's move to
 * `lambdas/ingest/` (`db45eba` is before) are both read.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { MSKEvent } from 'aws-lambda';

type Ingest = (event: MSKEvent, deps: unknown) => Promise<{ lines: number }>;

interface Body {
  add(documents: readonly unknown[]): void;
  readonly count: number;
  take(): { body: Buffer };
}

const load = async <T>(root: string, ...paths: string[]): Promise<T> => {
  const path = paths.find((p) => existsSync(`${root}/${p}`));
  if (path === undefined) throw new Error(`${root}: none of ${paths.join(', ')}`);
  return (await import(pathToFileURL(`${root}/${path}`).href)) as T;
};

/** What the handler hands on besides its bodies: the pattern registry's sightings and counters. */
export interface HandlerOutputs {
  /** Each `_bulk` body as sent. */
  body?(body: Buffer): void;
  /** Each call of the registry's `record` and the counters' `add` (with `mining`). */
  recorded?(what: 'sightings' | 'counters', items: readonly unknown[]): void;
}

export interface HandlerOptions {
  /** With the tree's pattern mining (`lambdas/ingest/pattern-mining.ts`), its registry in memory. */
  readonly mining?: boolean;
  readonly outputs?: HandlerOutputs;
}

interface Sighting {
  readonly id: string;
  readonly service: string;
  readonly at: number;
  readonly newKind?: boolean;
}

/**
 * The pattern registry and counters kept in memory, for a tree's `PatternMining`: the mining row
 * measures the handler's CPU (mining, tallying, samples), not DynamoDB's round trips.
 */
export function inMemoryPatternMining<T, D>(
  PatternMining: new (deps: D) => T,
  logger: unknown,
  outputs: HandlerOutputs = {},
): T {
  const patterns = new Map<string, Sighting & Record<string, unknown>>();
  const registry = {
    record: async (sightings: readonly Sighting[]) => {
      outputs.recorded?.('sightings', sightings);
      for (const s of sightings)
        if (!patterns.has(s.id))
          patterns.set(s.id, {
            ...s,
            firstSeen: s.at,
            lastSeen: s.at,
            dropped: 0,
            droppedBytes: 0,
            origin: s.newKind ? 'new' : 'refined',
          });
      return { created: [] };
    },
    current: async (service: string) => [...patterns.values()].filter((p) => p.service === service),
    get: async (id: string) => patterns.get(id),
    list: async () => [...patterns.values()],
    addDropped: async () => {},
  };
  const counters = {
    add: async (items: readonly unknown[]) => {
      outputs.recorded?.('counters', items);
    },
  };
  // Each tree's own dependency type: the registry above is the port's shape in every tree.
  return new PatternMining({ registry, counters, logger } as D);
}

/** One pass of the events through `root`'s handler, as a function returning the lines handled. */
export async function handlerAt(
  root: string,
  events: readonly MSKEvent[],
  options: HandlerOptions = {},
): Promise<() => Promise<number>> {
  const { ingestLogs } = await load<{ ingestLogs: Ingest }>(
    root,
    'lambdas/ingest/ingest-logs.ts',
    'lambdas/ingest-logs.ts',
  );
  const { BulkBody } = await load<{ BulkBody: new () => Body }>(
    root,
    'lambdas/adapters/opensearch/log-writer.ts',
  );
  const { compileServiceParsers } = await load<{
    compileServiceParsers: (p: undefined, zone: string) => unknown;
  }>(root, 'core/service-parsers.ts');
  const { jsonLogger } = await load<{ jsonLogger: (f: object, out: () => void) => unknown }>(
    root,
    'lambdas/logger.ts',
  );
  // The writer port as both layouts call it: add, pending, send.
  const writer = {
    start: () => {
      const body = new BulkBody();
      return {
        add: (documents: readonly unknown[]) => body.add(documents),
        get pending() {
          return body.count;
        },
        send: async () => {
          const indexed = body.count;
          const taken = body.take();
          options.outputs?.body?.(taken.body);
          return { indexed, failed: [] };
        },
      };
    },
  };
  const logger = jsonLogger({}, () => {});
  const enricher = options.mining
    ? inMemoryPatternMining(
        (
          await load<{ PatternMining: new (deps: object) => unknown }>(
            root,
            'lambdas/ingest/pattern-mining.ts',
          )
        ).PatternMining,
        logger,
        options.outputs,
      )
    : undefined;
  const deps = {
    writer,
    parse: compileServiceParsers(undefined, 'UTC'),
    logger,
    emitMetrics: () => {},
    deadLetters: { send: async () => {} },
    enricher,
  };
  for (const event of events.slice(0, 5)) await ingestLogs(event, deps); // warm-up
  return async () => {
    let lines = 0;
    for (const event of events) lines += (await ingestLogs(event, deps)).lines;
    return lines;
  };
}
