/**
 * A tree's ingest handler as the CPU benches run it (`ingest-compare.ts`, `ingest-instructions.ts`):
 * the tree's own `ingestLogs`, with a writer that encodes each `_bulk` body as its OpenSearch writer
 * does and then drops it (network excluded). Trees before and after the handler's move to
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

/** One pass of the events through `root`'s handler, as a function returning the lines handled. */
export async function handlerAt(root: string, events: readonly MSKEvent[]): Promise<() => Promise<number>> {
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
          body.take();
          return { indexed, failed: [] };
        },
      };
    },
  };
  const deps = {
    writer,
    parse: compileServiceParsers(undefined, 'UTC'),
    logger: jsonLogger({}, () => {}),
    emitMetrics: () => {},
    deadLetters: { send: async () => {} },
  };
  for (const event of events.slice(0, 5)) await ingestLogs(event, deps); // warm-up
  return async () => {
    let lines = 0;
    for (const event of events) lines += (await ingestLogs(event, deps)).lines;
    return lines;
  };
}
