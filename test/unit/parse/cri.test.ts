import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

const parse = (raw: string) => parseLine(raw, { receivedAt: Date.UTC(2025, 11, 1) });
const T = Date.UTC(2025, 9, 23, 14, 32, 15, 123);

describe('Kubernetes CRI container lines', () => {
  it('parses the inner line and keeps its own timestamp', () => {
    expect(
      parse(
        '2025-10-23T14:32:16.999999999Z stdout F {"time":"2025-10-23T14:32:15.123Z","level":"warn","msg":"slow"}',
      ),
    ).toEqual({
      format: 'json',
      timestamp: T,
      timestampText: '2025-10-23T14:32:15.123Z',
      level: 'WARN',
      message: 'slow',
      fields: { stream: 'stdout' },
      parseFailed: false,
    });
  });

  it("takes the runtime's timestamp when the inner line has none", () => {
    expect(parse('2025-10-23T14:32:15.123456789Z stderr F WARNING:root:careful')).toMatchObject({
      format: 'python',
      timestamp: T,
      timestampText: '2025-10-23T14:32:15.123456789Z',
      level: 'WARN',
      message: 'careful',
      fields: { stream: 'stderr' },
    });
  });

  it('keeps unknown inner text as `cri`, not as a parse failure, and marks partial lines', () => {
    expect(parse('2025-10-23T14:32:15.123456789Z stdout P just some text')).toEqual({
      format: 'cri',
      timestamp: T,
      timestampText: '2025-10-23T14:32:15.123456789Z',
      message: 'just some text',
      fields: { stream: 'stdout', partial: true },
      parseFailed: false,
    });
    expect(parse('2025-10-23T14:32:15.123456789Z stdout F').message).toBe('');
  });

  it('leaves lines that only look similar alone', () => {
    expect(parse('2025-10-23T14:32:15.123Z stdout is closed').format).toBe('timestamped');
  });
});
