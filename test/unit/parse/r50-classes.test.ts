/**
 * Message readings of the r50 round (issue #14), one class per block: the fields logrus's text
 * formatter prints after its padded message on a terminal.
 *
 * The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

describe('logrus’s terminal fields after its padded message', () => {
  it('takes the pairs after two or more spaces as fields, quoted values unquoted', () => {
    expect(
      parse('INFO[0000] text                                         key=value key2="v 2"'),
    ).toMatchObject({
      level: 'INFO',
      message: 'text',
      fields: { elapsed: '0000', key: 'value', key2: 'v 2' },
    });
    // A message longer than the pad still has its space and the field's own before the key.
    expect(
      parse('WARN[2026/11/29 16:02:52] Using external IP when connecting with the mesh  ip=198.51.100.61'),
    ).toMatchObject({
      level: 'WARN',
      message: 'Using external IP when connecting with the mesh',
      fields: { ip: '198.51.100.61' },
    });
    // Two spaces inside a quoted value are the value's, not the padding.
    expect(
      parse('ERRO[0003] dial failed                                  error="x  y" code=3'),
    ).toMatchObject({
      level: 'ERROR',
      message: 'dial failed',
      fields: { error: 'x  y', code: '3' },
    });
  });

  it('reads the same in a source whose sample learned the lines', () => {
    const { sample } = readSource(
      [
        'INFO[2026/11/29 16:02:51] Fetching external IP from STUN server        ',
        'INFO[2026/11/29 16:02:53] added peer                                    pk="q8Jm0N3vX1c4bT7w=" ip=10.232.1.1',
        'WARN[2026/11/29 16:02:54] peer unreachable                              ip=10.232.4.18',
        'INFO[2026/11/29 16:02:55] synced                                        ',
      ],
      receivedAt,
    );
    expect(sample[1]).toMatchObject({
      message: 'added peer',
      fields: { pk: 'q8Jm0N3vX1c4bT7w=', ip: '10.232.1.1' },
    });
    expect(sample[2]).toMatchObject({
      level: 'WARN',
      message: 'peer unreachable',
      fields: { ip: '10.232.4.18' },
    });
  });

  it('keeps one space, `=` inside quoted text and an unquoted run that is no pairs as text', () => {
    expect(parse('INFO[0000] set key=value').message).toBe('set key=value');
    expect(parse('INFO[0000] user said "a  b=c"').message).toBe('user said "a  b=c"');
    expect(parse('INFO[0000] it is 5" long    a=1').message).toBe('it is 5" long    a=1');
    expect(parse('INFO[0000] two  spaces in prose').message).toBe('two  spaces in prose');
  });

  it('leaves a padded `x=1` alone in a line that is not logrus’s', () => {
    expect(parse('2026-11-30 10:00:00 INFO text  x=1').message).toBe('text  x=1');
    expect(parse('INFO  [2026-11-30 05:12:43,502] request done  x=1').message).toContain('x=1');
    const { sample } = readSource(
      [
        '2026-11-30 10:00:00 INFO started',
        '2026-11-30 10:00:01 INFO retrying  attempt=2',
        '2026-11-30 10:00:02 WARN slow',
      ],
      receivedAt,
    );
    expect(sample[1]?.message).toBe('retrying  attempt=2');
  });
});
