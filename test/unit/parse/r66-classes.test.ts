/**
 * Classes of issue #14's round r66 (dev129: language runtimes' diagnostics). The lines are invented,
 * not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });

/*
 * CLASS: an IBM-style message identifier whose last letter is its severity, with seven capitals
 * (OpenJ9's and IBM J9's `JVM` and a four-letter component, then three digits: `JVMDUMP032I`,
 * `JVMPORT030W`, `JVMSHRC096I`, `JVMDUMP012E`), in the limits of the six-capital form: 3–5 digits,
 * `I` `W` `E` `S`, a space or `:` after it and no lower-case word after a bare space.
 */
describe('a severity identifier of seven capitals', () => {
  it('reads the level from its last letter and keeps the identifier in `fields.code`', () => {
    expect(
      parse('JVMDUMP032I JVM requested Java dump using /tmp/javacore.txt in response to an event'),
    ).toMatchObject({
      level: 'INFO',
      message: 'JVM requested Java dump using /tmp/javacore.txt in response to an event',
      fields: { code: 'JVMDUMP032I' },
    });
    expect(parse('JVMPORT030W /proc/sys/kernel/core_pattern setting "|/usr/bin/x" specifies')).toMatchObject({
      level: 'WARN',
      fields: { code: 'JVMPORT030W' },
    });
    expect(parse('JVMDUMP012E Error in System dump: /tmp/core.dmp')).toMatchObject({ level: 'ERROR' });
    expect(parse('2026-11-30 08:01:02 JVMSHRC096I Shared cache is full')).toMatchObject({
      level: 'INFO',
      message: 'Shared cache is full',
    });
  });

  it('reads it in a learned id field after a thread column', () => {
    const second = (n: number) => String(n % 60).padStart(2, '0');
    const letterOf = (n: number) => (n % 9 === 4 ? 'W' : n % 13 === 6 ? 'E' : 'I');
    const j9 = (n: number, id: string) =>
      `Nov 30 06:12:${second(n)} batch01 java[3127]: 7c1e ${id} Dump event ${n}`;
    const lines = Array.from({ length: 32 }, (_, n) => j9(n, `JVMDUMP${100 + n}${letterOf(n)}`));
    const { sample, later } = readSource(lines, receivedAt, [j9(40, 'JVMDUMP012E'), j9(41, 'JVMPORT030W')]);
    expect(sample[0]).toMatchObject({ level: 'INFO', fields: { code: 'JVMDUMP100I' } });
    expect(later.map((p) => p.level)).toEqual(['ERROR', 'WARN']);
  });

  it('leaves look-alikes alone: eight capitals, a digit among the capitals, two digits, running text', () => {
    for (const line of [
      'ABCDEFGH123E Eight capitals are no prefix',
      'JVMJ9VM007E Command-line option unrecognised',
      'ABCDEFG12E Two digits after seven capitals',
      'JVMDUMP032I started by the operator',
      'JVMDUMP032X Another letter',
      'the job JVMDUMP032I was seen in the text',
      'JVMDUMP032Ix glued',
      'NETMAN:JVMDUMP032I After a glued tag only the six-capital form',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
  });
});
