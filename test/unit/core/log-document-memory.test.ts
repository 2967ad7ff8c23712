import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { documentsFromRecord } from '#core/log-document.ts';
import type { DecodedMskRecord } from '#core/msk-event.ts';
import { parseLine } from '#core/parse/index.ts';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const receivedAt = Date.parse('2026-12-02T05:00:00Z');
const context = {
  receivedAt,
  parse: (raw: string, _service: string | undefined, reference: number) =>
    parseLine(raw, { receivedAt: reference }),
};

function heapAfterCollection(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

describe('memory across records', () => {
  // A syslog host or program is a slice of its line, and V8 keeps the whole text a slice was cut
  // from alive: a remembered label must not hold on to the record it was read from.
  test('labels remembered from hostile lines do not keep their records alive', () => {
    const RECORDS = 40;
    const otherLines = `${'x'.repeat(200_000)}\n`.repeat(5); // about 1 MB per record
    const before = heapAfterCollection();
    for (let r = 0; r < RECORDS; r++) {
      const host = `host-${String(r).padStart(6, '0')}-example-internal`;
      const record: DecodedMskRecord = {
        position: { topic: 'logs', partition: 0, offset: r },
        timestamp: receivedAt,
        key: undefined,
        value: Buffer.from(`Nov 30 10:00:00 ${host} sshd[1]: accepted\n${otherLines}`),
        headers: new Map(),
      };
      for (const document of documentsFromRecord(record, context)) expect(document.host).toBeTypeOf('string');
    }
    const retainedMb = (heapAfterCollection() - before) / 1e6;
    // 40 records of 1 MB: kept alive, about 40 MB stay; let go, well under 10.
    expect(retainedMb).toBeLessThan(10);
  });
});
