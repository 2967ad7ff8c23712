/**
 * Loose ends of the r48 round (issue #14), one class per block.
 *
 * The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });
const at = (time: string) => Date.parse(`2026-11-30T${time}Z`);

describe('a time of day after `[LEVEL] ` in a source that learned no time', () => {
  it('is the text’s, as after `LEVEL:`', () => {
    const { sample } = readSource(
      [
        '[INFO] server started',
        '[WARNING] disk at 91%',
        '[ERROR] 12:00:00 is not a valid time',
        '[INFO] retrying',
        'ERROR: 12:00:00 is not a valid time either',
      ],
      receivedAt,
    );
    expect(sample[2]).toMatchObject({ level: 'ERROR', message: '12:00:00 is not a valid time' });
    expect(sample[2]?.timestamp).toBeUndefined();
    expect(sample[4]).toMatchObject({ level: 'ERROR', message: '12:00:00 is not a valid time either' });
    expect(sample[4]?.timestamp).toBeUndefined();
  });

  it('is the header’s where the source’s lines carry it there, or in its own bracket', () => {
    const timed = readSource(
      [
        '[INFO] 07:58:01 server started',
        '[WARNING] 07:58:02 disk at 91%',
        '[ERROR] 12:00:00 is not a valid time',
        '[INFO] 07:58:09 retrying',
      ],
      receivedAt,
    );
    expect(timed.sample[2]).toMatchObject({ timestamp: at('12:00:00'), message: 'is not a valid time' });
    // PipeWire writes a monotonic clock where it has no wall clock: the bracketed time is the header's.
    const framed = readSource(
      [
        '[I][11:02:17.541308] pw.context   | [      pipewire.c:  612 pw_init()] version 1.2.6',
        '[E][01924.337051] pw.core      | [          core.c:  382 core_new()] failed',
        '[E][01924.337118] default      | [      pipewire.c:  123 main()] failed to create context',
        '[W][11:02:17.603112] mod.rt       | [      module-rt.c:  341 translate_error()] RTKit error',
      ],
      receivedAt,
    );
    expect(framed.sample.map((line) => line.timestamp)).toEqual([
      at('11:02:17.541'),
      undefined,
      undefined,
      at('11:02:17.603'),
    ]);
    // A line alone still reads it, as `INFO: 07:58:02 text` does.
    expect(parse('[ERROR] 09:00:00 db down')).toMatchObject({
      timestamp: at('09:00:00'),
      message: 'db down',
    });
  });
});
