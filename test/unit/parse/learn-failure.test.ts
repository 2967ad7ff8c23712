/**
 * A source whose learning fails part way (a reader throws on its sample) keeps nothing it learned:
 * every learned reading is reset together, so its later lines read as an unlearned source's. The
 * failure is forced here by a learner that throws; the lines are invented.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../core/parse/second-fraction.ts', async (original) => ({
  ...(await original<typeof import('../../../core/parse/second-fraction.ts')>()),
  learnMicroColumn: () => {
    throw new Error('forced');
  },
}));

const { compileParser } = await import('../../../core/parse/index.ts');

const receivedAt = Date.parse('2026-12-01T00:00:00Z');

describe('a learning that throws part way', () => {
  it('keeps no colon id learned before the throw: the number after the seconds stays the fraction', () => {
    const lines = Array.from(
      { length: 16 },
      (_, n) => `20261123:22:41:${String(10 + n)}:031877 gprecoverseg:mdw:gpadmin-[INFO]:-Step ${n} done`,
    );
    const later = '20261123:22:42:05:031877 gprecoverseg:mdw:gpadmin-[WARNING]:-Segment 10 is down';
    const unlearned = compileParser({})(later, receivedAt);
    const parser = compileParser({});
    parser.learn('src', lines, receivedAt);
    const line = parser(later, receivedAt, 'src');
    expect(line.fields.pid).toBeUndefined();
    expect(line.timestamp).toBe(unlearned.timestamp);
    expect(line).toEqual(unlearned);
  });
});
