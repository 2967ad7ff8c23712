/**
 * Round r105, on dev167's virtualization sources: a program's own syslog-style date and level after
 * a syslog tag (slog-term's `FullFormat`, Afterburn under systemd), and the Bochs emulator's
 * `%t%e%d` log prefix (tick, event letter, device).
 */
import { describe, expect, it } from 'vitest';
import { parseBochsLine } from '../../../core/parse/formats/bochs-log.ts';
import { parseLine } from '../../../core/parse/index.ts';
import { charactersRead } from '../../support/characters-read.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });

describe("a program's own date and level after a syslog tag (slog-term under systemd)", () => {
  const afterburn = (inner: string) => `Nov 28 09:03:11 fcos-node-2 afterburn[812]: ${inner}`;

  it('reads the level after the inner date, and the inner time where it names the same second finer', () => {
    expect(
      read(
        afterburn('Nov 28 09:03:11.402 INFO Fetching http://169.254.169.254/latest/api/token: Attempt #1'),
      ),
    ).toMatchObject({
      format: 'syslog3164',
      level: 'INFO',
      message: 'Fetching http://169.254.169.254/latest/api/token: Attempt #1',
      service: 'afterburn',
      timestamp: Date.UTC(2026, 10, 28, 9, 3, 11, 402),
      timestampText: 'Nov 28 09:03:11.402',
      fields: { pid: 812, header_columns: 'Nov 28 09:03:11' },
    });
    expect(read(afterburn('Nov 28 09:03:11.602 ERRO failed to parse SSH public-key entry')).level).toBe(
      'ERROR',
    );
    expect(read(afterburn('Nov 28 09:03:11.605 WARN hostname requested')).level).toBe('WARN');
    expect(read(afterburn('Nov 28 09:03:11.605 CRIT boom')).level).toBe('FATAL');
  });

  it('keeps the relay’s time when the inner one names another second, the level still read', () => {
    const line = read(afterburn('Nov 28 09:03:12.120 INFO Fetch successful'));
    expect(line).toMatchObject({ level: 'INFO', message: 'Fetch successful' });
    expect(line.timestamp).toBe(Date.UTC(2026, 10, 28, 9, 3, 11));
    expect(line.fields.header_columns).toBe('Nov 28 09:03:12.120');
  });

  it('reads it in a learned source too', () => {
    const lines = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) =>
      afterburn(`Nov 28 09:03:11.4${n}0 ${n === 4 ? 'WARN' : 'INFO'} Fetch successful ${n}`),
    );
    const line = learnedReader(
      lines,
      receivedAt,
    )(afterburn('Nov 28 09:03:11.602 ERRO failed to parse SSH public-key entry'));
    expect(line).toMatchObject({ level: 'ERROR', message: 'failed to parse SSH public-key entry' });
  });

  it('dates the inner time by the relay’s year, across New Year and in a file read a year on (review83)', () => {
    const newYear = parseLine('Jan  1 00:00:00 fcos afterburn[812]: Dec 31 23:59:59.999 INFO x', {
      receivedAt: Date.UTC(2027, 0, 1, 0, 0, 1),
    });
    expect(newYear).toMatchObject({ level: 'INFO', message: 'x', timestamp: Date.UTC(2027, 0, 1) });
    // An RFC 5424 relay names its year; the inner date is that year's, not the arrival's.
    const lastYear = read('<14>1 2025-11-28T09:03:11Z fcos afterburn 812 - - Nov 28 09:03:11.402 INFO x');
    expect(lastYear).toMatchObject({
      level: 'INFO',
      message: 'x',
      timestamp: Date.UTC(2025, 10, 28, 9, 3, 11, 402),
    });
    const otherDay = read('<14>1 2025-11-28T09:03:11Z fcos afterburn 812 - - Nov 20 09:03:11.402 INFO x');
    expect(otherDay.message).toBe('Nov 20 09:03:11.402 INFO x');
  });

  it('leaves a prose date, a word after the time, another day and a title-case word as the text', () => {
    for (const inner of [
      'Nov 28 backup finished',
      'Nov 28 09:03:11.402 backup ERROR in volume',
      'Nov 20 09:03:11.402 INFO replayed',
      'Nov 28 09:03:11.402 Info text',
      'November 28 09:03:11 INFO text',
    ]) {
      const line = read(afterburn(inner));
      expect(line.level, inner).toBeUndefined();
      expect(line.message, inner).toBe(inner);
      expect(line.timestamp, inner).toBe(Date.UTC(2026, 10, 28, 9, 3, 11));
    }
  });
});

describe('the Bochs emulator’s log prefix (`%t%e%d`)', () => {
  it('reads the event letter, the device as the logger and the tick as no time', () => {
    expect(read('00040112730e[HD    ] ata0-0: read sectors out of range: 204623 > 204623')).toMatchObject({
      format: 'bochs',
      level: 'ERROR',
      logger: 'HD',
      message: 'ata0-0: read sectors out of range: 204623 > 204623',
      fields: { tick: 40112730 },
    });
    const first = read('00000000000i[      ] Bochs x86 Emulator 2.7');
    expect(first).toMatchObject({ level: 'INFO', message: 'Bochs x86 Emulator 2.7' });
    expect(first.logger).toBeUndefined();
    expect(first.timestamp).toBeUndefined();
    expect(read('00000000000d[PCI0 ] i440FX PMC write to PAM register').level).toBe('DEBUG');
  });

  it('reads a panic as FATAL, its >>PANIC<< mark cut, and keeps a level word of the text', () => {
    expect(
      read('00498211076p[CPU0  ] >>PANIC<< exception(): 3rd (13) exception with no resolution'),
    ).toMatchObject({
      level: 'FATAL',
      message: 'exception(): 3rd (13) exception with no resolution',
    });
    expect(read('00498211076i[CPU0  ] WARNING: HLT instruction with IF=0!')).toMatchObject({
      level: 'INFO',
      message: 'WARNING: HLT instruction with IF=0!',
    });
  });

  it('reads it in a learned source too', () => {
    const lines = [
      '00000000000i[MEM0  ] 64.00MB',
      '00000000000i[MEM0  ] mem block size = 0x00020000, blocks=512',
      '00000000000i[CPU0  ] cpu hardware reset',
      '00000000000e[DEV   ] PCI: device at 0x08 (slot 1) already registered',
      '00012304022i[BIOS  ] ram_size=0x04000000',
      '00017488102i[BIOS  ] Booting from 0000:7c00',
      '00088307245i[FLOPPY] controller reset in software',
      '00090712004e[CPU0  ] RDMSR: Unknown register 0xc0000103',
    ];
    expect(
      learnedReader(lines, receivedAt)('00498211076i[CPU0  ] WARNING: HLT instruction with IF=0!'),
    ).toMatchObject({
      format: 'bochs',
      level: 'INFO',
      message: 'WARNING: HLT instruction with IF=0!',
    });
  });

  it('turns a long line away without searching it for the device’s bracket (review83)', () => {
    for (const tail of ['x'.repeat(100_000), `${'a'.repeat(100_000)}] text`]) {
      expect(charactersRead(() => parseBochsLine(`12345678901i[${tail}`))).toBeLessThan(64);
    }
  });

  it('leaves other lines opening with eleven digits as they were', () => {
    expect(read('12345678901 ERROR text').format).not.toBe('bochs');
    for (const raw of [
      '12345678901x[foo  ] text',
      '12345678901I[foo  ] text',
      '1234567890i[MEM0  ] text',
      '123456789012i[MEM0  ] text',
      '1234567890xi[MEM0  ] text',
      '12345678901i[PLUGINS] text',
      '12345678901i[MEM] text',
    ]) {
      const line = read(raw);
      expect(line.format, raw).not.toBe('bochs');
      expect(line.level, raw).toBeUndefined();
    }
  });
});
