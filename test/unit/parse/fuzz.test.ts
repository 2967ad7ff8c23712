import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentsFromRecord } from '#core/log-document.ts';
import type { DecodedMskRecord } from '#core/msk-event.ts';
import { lastSteps, STEP_BUDGET } from '#core/parse/structure.ts';
import { compileServiceParsers } from '#core/service-parsers.ts';
import { CONTENT_TYPE_HEADER, encodeChunk, WIRE_CONTENT_TYPE } from '#core/wire.ts';
import { fuzzLine, fuzzSourceLines } from '../../support/fuzz-lines.ts';

const RECORDS = 2_000;
const LINES_PER_RECORD = 50;

describe('fuzz: generated lines through the whole ingest path', () => {
  it(`${RECORDS * LINES_PER_RECORD} generated lines: no throw, bounded steps, one serialisable document per line`, () => {
    const parse = compileServiceParsers(undefined, 'UTC');
    const receivedAt = Date.parse('2026-12-02T05:00:00Z');
    let lines = 0;
    fc.assert(
      fc.property(
        // Lines of no one source, or of one whose structure is learned (the learned-only readings).
        fc.oneof(
          fc.array(fuzzLine, { minLength: LINES_PER_RECORD, maxLength: LINES_PER_RECORD }),
          fuzzSourceLines(LINES_PER_RECORD),
        ),
        (batch) => {
          const record: DecodedMskRecord = {
            position: { topic: 'logs', partition: 0, offset: lines },
            timestamp: receivedAt,
            key: undefined,
            headers: new Map([[CONTENT_TYPE_HEADER, Buffer.from(WIRE_CONTENT_TYPE)]]),
            value: encodeChunk({
              v: 1,
              src: { kind: 'file', host: 'h', id: 's', service: 'fuzz' },
              t: receivedAt - 1000,
              lines: batch.map((m, o) => ({ o, m })),
            }),
          };
          // Work per line is bounded by construction: the header finder counts its steps.
          let mostSteps = 0;
          const counted: typeof parse = (raw, service, reference, source) => {
            const line = parse(raw, service, reference, source);
            mostSteps = Math.max(mostSteps, lastSteps);
            return line;
          };
          counted.learn = parse.learn;
          const docs = [...documentsFromRecord(record, { receivedAt, parse: counted, retentionDays: 7 })];
          expect(mostSteps).toBeLessThanOrEqual(STEP_BUDGET);
          lines += batch.length;
          expect(docs).toHaveLength(batch.length);
          for (const doc of docs) {
            const day = Date.parse(doc['@timestamp']);
            expect(day).toBeGreaterThanOrEqual(receivedAt - 7 * 86_400_000);
            expect(day).toBeLessThanOrEqual(receivedAt + 86_400_000);
            JSON.stringify(doc);
          }
        },
      ),
      { numRuns: RECORDS },
    );
    expect(lines).toBe(RECORDS * LINES_PER_RECORD);
  });
});
