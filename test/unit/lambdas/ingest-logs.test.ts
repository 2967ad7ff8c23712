import type { MSKRecord } from 'aws-lambda';
import { describe, expect, test } from 'vitest';
import { compileServiceParsers } from '#core/service-parsers.ts';
import { type IngestDependencies, ingestLogs } from '#lambdas/ingest/ingest-logs.ts';
import { jsonLogger } from '#lambdas/logger.ts';
import { agentChunk, mskEventOf } from '../../support/msk-events.ts';

const deps = (writer: IngestDependencies['writer']): IngestDependencies => ({
  writer,
  parse: compileServiceParsers(undefined, 'UTC'),
  logger: jsonLogger({}, () => {}),
  emitMetrics: () => {},
  deadLetters: { send: async () => {} },
  linesPerWrite: 1,
});

describe('ingestLogs', () => {
  test('a batch that fails while a write is in flight rejects once, leaving no unhandled rejection', async () => {
    const event = mskEventOf('logs', [
      agentChunk('a', 'api', ['one']),
      agentChunk('b', 'api', ['two']),
      agentChunk('c', 'api', ['three']),
    ]);
    // A record the event source could never produce: its value is not base64 text.
    const partition0 = event.records['logs-0'] as MSKRecord[];
    (partition0[1] as { value: unknown }).value = 42;
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const failingWriter = {
        start: () => ({
          add: () => {},
          pending: 1,
          send: () => new Promise<never>((_, reject) => setTimeout(() => reject(new Error('down')), 5)),
        }),
      };
      await expect(ingestLogs(event, deps(failingWriter))).rejects.toThrow(TypeError);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  test('a write that fails while an earlier one is still in flight rejects the batch, not the process', async () => {
    const event = mskEventOf('logs', [
      agentChunk('a', 'api', ['one']),
      agentChunk('b', 'api', ['two']),
      agentChunk('c', 'api', ['three']),
    ]);
    let sends = 0;
    // The first write answers after 50 ms; the second fails at once, while the first is pending.
    const writer = {
      start: () => ({
        add: () => {},
        pending: 1,
        send: () =>
          ++sends === 1
            ? new Promise<never>((resolve) =>
                setTimeout(() => resolve({ indexed: 1, failed: [] } as never), 50),
              )
            : Promise.reject(new Error('connect ECONNREFUSED')),
      }),
    };
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await expect(ingestLogs(event, deps(writer))).rejects.toThrow('connect ECONNREFUSED');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  test('a record whose documents cannot be built is dead-lettered, and the batch goes on', async () => {
    const event = mskEventOf('logs', [
      agentChunk('a', 'api', ['one']),
      agentChunk('b', 'api', ['two', 'boom']),
      agentChunk('c', 'api', ['three']),
    ]);
    const parse = compileServiceParsers(undefined, 'UTC');
    // A parser bug no one foresaw: a field that throws when the document is built from it.
    const throwing = {
      get trace_id(): never {
        throw new TypeError('unforeseen');
      },
    };
    const buggy: IngestDependencies['parse'] = (raw, ...rest) =>
      raw === 'boom' ? { ...parse(raw, ...rest), fields: throwing } : parse(raw, ...rest);
    const added: string[] = [];
    const writer = {
      start: () => ({
        add: (documents: readonly { message: string }[]) => added.push(...documents.map((d) => d.message)),
        pending: 0,
        send: async () => ({ indexed: 0, failed: [] }),
      }),
    };
    const letters: { reasons?: unknown }[] = [];
    const summary = await ingestLogs(event, {
      ...deps(writer),
      parse: buggy,
      deadLetters: { send: async (letter) => void letters.push(letter as never) },
    });
    // `two` was built before the record failed; the record is dead-lettered whole: replayed, `two`'s
    // `create` meets its id already indexed (a 409 counted as written), so no line is stored twice.
    expect(added.sort()).toEqual(['one', 'three', 'two']);
    expect(summary).toMatchObject({ records: 3, deadLettered: 1 });
    expect(JSON.stringify(letters)).toContain('cannot build documents: TypeError');
  });

  // Every line whose only flag is its out-of-range time shares one unfrozen array of flags (speed48;
  // freezing it sends each document off JSON.stringify's fast path): nothing in the handler may
  // change a document's flags, or every later such line of the warm Lambda would carry the change.
  test('the lines of a later batch whose time is out of range carry that flag alone', async () => {
    const old = '2024-01-15T10:00:00Z ERROR older than any retention';
    const flagsSeen: unknown[] = [];
    const writer = {
      start: () => ({
        add: (documents: readonly { flags?: readonly string[] }[]) => {
          for (const document of documents) flagsSeen.push(document.flags);
        },
        pending: 0,
        send: async () => ({ indexed: 0, failed: [] }),
      }),
    };
    for (const _ of [1, 2])
      await ingestLogs(
        mskEventOf('logs', [agentChunk('a', 'api', [old, old]), agentChunk('b', 'api', [old])]),
        deps(writer),
      );
    expect(flagsSeen).toHaveLength(6);
    for (const flags of flagsSeen) expect(flags).toEqual(['timestamp_out_of_range']);
  });
});
