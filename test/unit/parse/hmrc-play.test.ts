import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

const HMRC =
  '2026-11-29 10:05:00,237 level=[INFO] logger=[customs-notification] thread=[application-akka.actor.default-dispatcher-9] rid=[govuk-tax-bb2399c5] user=[] message=[[conversationId=2b2e9b62][clientSubscriptionId=6ee07b8c] Saved notification to work item 2746f6b7] ';

describe("HMRC's Play services' logback pattern (`level=[…] logger=[…] thread=[…] … message=[…] `)", () => {
  it("reads the message inside `message=[…]`, its own brackets kept, the logger, thread and the service's pairs", () => {
    const line = parse(HMRC);
    expect(line).toMatchObject({
      timestamp: Date.parse('2026-11-29T10:05:00.237Z'),
      level: 'INFO',
      logger: 'customs-notification',
      message:
        '[conversationId=2b2e9b62][clientSubscriptionId=6ee07b8c] Saved notification to work item 2746f6b7',
    });
    expect(line.fields).toEqual({
      thread: 'application-akka.actor.default-dispatcher-9',
      rid: 'govuk-tax-bb2399c5',
    });
  });

  it("keeps a service's pair whose name is an object's own member (`constructor`, `toString`)", () => {
    const line = parse(
      '2026-11-29 10:05:00,237 level=[INFO] logger=[svc] thread=[main] rid=[govuk-tax-1] user=[] constructor=[a] toString=[b] message=[Saved notification to work item 1] ',
    );
    expect(line.message).toBe('Saved notification to work item 1');
    expect(Object.entries(line.fields)).toEqual([
      ['thread', 'main'],
      ['rid', 'govuk-tax-1'],
      ['constructor', 'a'],
      ['toString', 'b'],
    ]);
  });

  it('reads a pattern without the request pairs, and the exception after the message', () => {
    const line = parse(
      '2026-11-29 10:05:00,237 level=[ERROR] logger=[application] thread=[main] message=[Failed to connect] exception=[java.io.IOException: boom]',
    );
    expect(line).toMatchObject({ level: 'ERROR', logger: 'application', message: 'Failed to connect' });
    expect(line.fields).toMatchObject({ thread: 'main', exception: 'java.io.IOException: boom' });
  });

  it('keeps a text that writes ` exception=[` whole (review70)', () => {
    const own = parse(
      '2026-11-29 10:05:00,237 level=[INFO] logger=[application] thread=[main] message=[Rejected input "x] exception=[y"] ',
    );
    expect(own.message).toBe('Rejected input "x] exception=[y"');
    expect(own.fields.exception).toBeUndefined();
  });

  it.each([
    ['no message pair', '2026-11-29 10:05:00,237 level=[INFO] logger=[a] thread=[b] text goes here'],
    ['another order', '2026-11-29 10:05:00,237 logger=[a] level=[INFO] thread=[b] message=[text] '],
    ['an unclosed message', '2026-11-29 10:05:00,237 level=[INFO] logger=[a] thread=[b] message=[text'],
  ])('leaves %s to the other readers', (_, raw) => {
    expect(parse(raw).message).not.toBe('text');
  });

  it('reads a one-word message, whose line is pairs throughout, as the pattern, not as logfmt (r88)', () => {
    const saved =
      '2026-11-29 10:05:00,237 level=[INFO] logger=[svc] thread=[main] rid=[x] user=[] message=[Saved] ';
    const expected = { format: 'timestamped', level: 'INFO', logger: 'svc', message: 'Saved' };
    expect(parse(saved)).toMatchObject(expected);
    expect(parse(saved).fields).toEqual({ thread: 'main', rid: 'x' });
    const parser = compileParser({});
    parser.learn('hmrc', [saved, HMRC, saved.replace('[INFO]', '[WARN]'), HMRC], receivedAt);
    expect(parser(saved, receivedAt, 'hmrc')).toMatchObject(expected);
  });

  it('leaves logfmt after a time, and bracketed pairs in another order, to the logfmt reader', () => {
    expect(parse('2026-11-29 10:05:00,237 level=info logger=svc msg=Saved')).toMatchObject({
      format: 'logfmt',
      level: 'INFO',
      message: 'Saved',
    });
    expect(parse('2026-11-29 10:05:00,237 level=[INFO] thread=[main] message=[Saved] ').format).toBe(
      'logfmt',
    );
  });

  it('takes only a whole record after the time and one space from logfmt (review72)', () => {
    // A bare `level=error` among the pairs ends HMRC's reading; logfmt keeps the line and its level.
    const bare =
      '2026-11-29 10:05:00,237 level=[INFO] logger=[svc] thread=[main] level=error message=[Saved] ';
    expect(parse(bare)).toMatchObject({ format: 'logfmt', level: 'ERROR', message: '[Saved]' });
    // The header is HMRC's only after a space, as its pattern writes it: not glued to the time or behind a pipe.
    for (const joined of ['|', 'x']) {
      const line = parse(
        `2026-11-29 10:05:00,237${joined}level=[INFO] logger=[svc] thread=[main] message=[Saved] `,
      );
      expect(line.message).not.toBe('Saved');
      expect(line.logger).toBeUndefined();
    }
  });
});
