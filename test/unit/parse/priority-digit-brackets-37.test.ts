/**
 * Syslog priorities a C daemon prints as a bare digit in a bracket of its own console header
 * (lvl37, from dev64 and dev67): each read only in the layout the product's source writes, so a
 * digit in any other bracket stays text. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });

/** A parser that learned `src` from `lines`, reading each of them as that source's. */
function readLearnt(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('src', lines, receivedAt);
  return lines.map((line) => parser(line, receivedAt, 'src'));
}

describe("WiFiDog's debug.c header, `[priority][ctime][pid](file.c:line) ` (WiFiDog, apfree-wifidog, Nodogsplash, xfrp)", () => {
  it('reads the first bracket as the syslog priority, line by line', () => {
    const cases: Array<[string, string]> = [
      ['[7][Tue Nov 24 08:01:02 2026][311](ping_thread.c:120) Pinging auth server', 'DEBUG'],
      ['[6][Tue Nov 24 08:01:02 2026][311](conf.c:700) Reading configuration file', 'INFO'],
      ['[5][Tue Nov 24 08:01:03 2026][311](src/main.c:200) Portal 4.1 starting', 'NOTICE'],
      ['[4][Tue Nov 24 08:01:04 2026][311](auth.c:90) Client 10.0.0.9 already known', 'WARN'],
      ['[3][Tue Nov  3 08:01:05 2026][311](fw.c:48) firewall command failed(1)', 'ERROR'],
      ['[2][Tue Nov 24 08:01:06 2026][311](gateway.c:10) out of memory', 'FATAL'],
    ];
    for (const [line, level] of cases) {
      const read = parse(line);
      expect(read.level).toBe(level);
      expect(read.message).toBe(line.slice(line.indexOf(') ') + 2));
      expect(read.timestamp).toBeDefined();
    }
  });

  it('reads a learned source the same way', () => {
    const lines = Array.from(
      { length: 12 },
      (_, n) =>
        `[${n % 3 === 0 ? 5 : 6}][Tue Nov 24 08:${String(10 + n).padStart(2, '0')}:02 2026][4410](client_list.c:${100 + n}) Adding 10.1.0.${n} to client list`,
    );
    const read = readLearnt(lines);
    expect(read.map((l) => l.level)).toEqual(lines.map((_, n) => (n % 3 === 0 ? 'NOTICE' : 'INFO')));
    expect(read[1]?.message).toBe('Adding 10.1.0.1 to client list');
  });

  it('leaves look-alike brackets without a level', () => {
    // A worker or shard index before a bracketed time, no pid and source location after it.
    expect(parse('[1][Tue Nov 24 08:01:02 2026] worker started').level).toBeUndefined();
    expect(parse('[3][Tue Nov 24 08:01:02 2026][311] queue drained').level).toBeUndefined();
    // A digit past syslog's scale, or two digits.
    expect(parse('[8][Tue Nov 24 08:01:02 2026][311](conf.c:700) Reading').level).toBeUndefined();
    expect(parse('[12][Tue Nov 24 08:01:02 2026][311](conf.c:700) Reading').level).toBeUndefined();
    // A location with no line number.
    expect(parse('[3][Tue Nov 24 08:01:02 2026][311](conf.c) Reading').level).toBeUndefined();
  });
});

describe("ngIRCd's console header, `[pid:priority uptime] `, forwarded into syslog", () => {
  it('reads the digit after the pid as the syslog priority when the pid is the tag’s', () => {
    const cases: Array<[string, string, string]> = [
      [
        'Nov 30 09:12:04 irc01 ngircd[2114]: [2114:5 0] ngIRCd 27 starting ...',
        'NOTICE',
        'ngIRCd 27 starting ...',
      ],
      [
        'Nov 30 09:12:04 irc01 ngircd[2114]: [2114:6 1233] Accepted connection 9.',
        'INFO',
        'Accepted connection 9.',
      ],
      ["Nov 30 09:12:04 irc01 ngircd[2114]: [2114:4   12] Can't resolve host", 'WARN', "Can't resolve host"],
      [
        'Nov 30 09:12:04 irc01 ngircd[2114]: [2114:3 99] User rejected (G-Line)!',
        'ERROR',
        'User rejected (G-Line)!',
      ],
      [
        'Nov 30 09:12:04 irc01 ngircd[2114]: [2114:7 5] Connection 9: 20 bytes',
        'DEBUG',
        'Connection 9: 20 bytes',
      ],
    ];
    for (const [line, level, message] of cases) {
      const read = parse(line);
      expect([read.level, read.message]).toEqual([level, message]);
      expect(read.service).toBe('ngircd');
    }
    // The bracket stepped over (pid, priority, uptime) stays the line's.
    const kept = parse('Nov 30 09:12:04 irc01 ngircd[2114]: [2114:6 1233] Accepted connection 9.');
    expect(kept.fields.header_columns).toBe('[2114:6 1233]');
  });

  it('reads a learned source the same way', () => {
    const lines = Array.from(
      { length: 12 },
      (_, n) =>
        `Nov 30 09:${String(10 + n).padStart(2, '0')}:04 irc01 ngircd[2114]: [2114:${n % 4 === 0 ? 5 : 6} ${n * 40}] Client "u${n}" registered (connection ${n}).`,
    );
    const read = readLearnt(lines);
    expect(read.map((l) => l.level)).toEqual(lines.map((_, n) => (n % 4 === 0 ? 'NOTICE' : 'INFO')));
    expect(read[2]?.message).toBe('Client "u2" registered (connection 2).');
  });

  it('leaves look-alike brackets as text', () => {
    // Another pid than the tag's: a span or a ratio, not the daemon's own header.
    const other = parse('Nov 30 09:12:04 irc01 app[2114]: [3:5 0] copied 3 of 5');
    expect(other.level).toBeUndefined();
    expect(other.message).toBe('[3:5 0] copied 3 of 5');
    // No pid in the tag.
    expect(parse('Nov 30 09:12:04 irc01 app: [2114:5 0] text').level).toBeUndefined();
    // A digit past syslog's scale, or a time in the bracket.
    expect(parse('Nov 30 09:12:04 irc01 app[2114]: [2114:9 0] text').level).toBeUndefined();
    expect(parse('Nov 30 09:12:04 irc01 app[21]: [21:05 0] text').level).toBeUndefined();
    // A bracket not closed after the uptime.
    expect(parse('Nov 30 09:12:04 irc01 app[2114]: [2114:5 0 text').level).toBeUndefined();
  });
});

describe("syslog's severity names as Cisco and Aruba print them: `Debugging` in a level column", () => {
  const words = ['Notification', 'Information', 'Debugging', 'Warning', 'Information', 'Error'];
  const levels = ['NOTICE', 'INFO', 'DEBUG', 'WARN', 'INFO', 'ERROR'];

  it('reads `Debugging` as DEBUG in a column the source agreed on', () => {
    const lines = Array.from(
      { length: 12 },
      (_, n) =>
        `Nov 30 10:${String(10 + n).padStart(2, '0')}:28  ${(words[n % 6] ?? '').padEnd(12)}  Station 12:68:2f:fa:eb:${String(10 + n)} associated`,
    );
    const read = readLearnt(lines);
    expect(read.map((l) => l.level)).toEqual(lines.map((_, n) => levels[n % 6]));
    expect(read[2]?.message).toBe('Station 12:68:2f:fa:eb:12 associated');
  });

  it('leaves `Debugging` opening prose as text', () => {
    expect(parse('Debugging enabled for module auth').level).toBeUndefined();
    expect(parse('2026-11-30 10:02:28 Debugging session opened by admin').level).toBeUndefined();
  });
});

describe("MariaDB ColumnStore's (and InfiniDB's) syslog message header: `time |session|txn|thread| L subsystem text`", () => {
  it('reads the documented level letter and starts the message after the subsystem id', () => {
    const cases: Array<[string, string]> = [
      ['00.000000 |0|0|0| I 29 CAL0000: DBRM Controller Node started', 'INFO'],
      ['12.502113 |41|3071|0| W 16 CAL0031: query exceeded TotalUmMemory', 'WARN'],
      ['00.000000 |0|0|0| E 19 CAL0075: bulk load failed on table t1', 'ERROR'],
      ['00.000000 |0|0|0| C 28 CAL0000: PrimProc out of memory', 'FATAL'],
      ['00.000000 |0|0|0| D 20 CAL0000: DML packet received', 'DEBUG'],
    ];
    for (const [text, level] of cases) {
      const read = parse(`Nov 30 06:14:02 mcs-pm1 ExeMgr[1549]: ${text}`);
      expect([read.level, read.message]).toEqual([level, text.slice(text.indexOf('CAL'))]);
      expect(read.service).toBe('ExeMgr');
    }
    // The execution time, the three ids and the subsystem id stepped over stay the line's.
    const kept = parse('Nov 30 06:14:02 mcs-pm1 ExeMgr[1549]: 12.502113 |41|3071|0| W 16 CAL0031: slow');
    expect(kept.fields.header_columns).toBe('12.502113 |41|3071|0| 16');
  });

  it('leaves look-alike pipes as text', () => {
    // A table row or a letter that is no documented level.
    const row = parse('Nov 30 06:14:02 h app[1]: 00.5 |1|2|3| X 29 not a level');
    expect(row.level).toBeUndefined();
    expect(row.message).toBe('00.5 |1|2|3| X 29 not a level');
    expect(parse('Nov 30 06:14:02 h app[1]: 00.5 |1|2| I 29 two ids only').level).toBeUndefined();
    expect(parse('Nov 30 06:14:02 h app[1]: 00.5 |1|2|3| I twenty-nine').level).toBeUndefined();
  });
});

describe("logback's one-letter level (`%.-1p`) between a bracketed label and the time (S3Proxy's `[s3proxy] I 11-30 …`)", () => {
  it('reads the letter as the level', () => {
    const cases: Array<[string, string]> = [
      ['[s3proxy] I 11-30 17:20:07.612 main o.g.s.o.e.jetty.server.Server:375 |::] Started', 'INFO'],
      ['[s3proxy] W 11-30 17:20:40.451 S3Proxy-Jetty-51 o.g.s.S3ProxyHandler:2211 |::] expired', 'WARN'],
      ['[s3proxy] E 11-30 17:21:07.685 S3Proxy-Jetty-28 o.g.s.S3ProxyHandler:1725 |::] failed', 'ERROR'],
      ['[gw] D 2026-11-30 17:21:07.685 main c.e.Gw:12 polling', 'DEBUG'],
    ];
    for (const [line, level] of cases) {
      const read = parse(line);
      expect(read.level).toBe(level);
      expect(read.timestamp).toBeDefined();
    }
  });

  it('leaves other letters and words before the time as text', () => {
    expect(parse('[chat] A 11-30 17:20:07.612 joined').level).toBeUndefined();
    expect(parse('[s3proxy] 11-30 17:20:07.612 main started').level).toBeUndefined();
    expect(parse('[s3proxy] IO 11-30 17:20:07.612 main started').level).toBeUndefined();
    expect(parse('see [note] I 11-30 17:20:07.612 text').level).toBeUndefined();
  });
});
