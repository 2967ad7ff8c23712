/**
 * Classes of round r82: Python logging's `%(module)s %(process)d %(thread)d` columns (Django's
 * documented `verbose` formatter and the Common Ground products' template), CERN EOS's log header
 * with its `time=` epoch, and Univention's debug header with its own level names. The lines are
 * invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/*
 * CLASS: `%(module)s %(process)d %(thread)d` before the text: a module's name, a process id and
 * `threading.get_ident()`'s thread id, after the level and the logger (Open Zaak's
 * `%(asctime)s %(levelname)s %(name)s %(module)s %(process)d %(thread)d  %(message)s`) or after the
 * level and the time (Django's `{levelname} {asctime} {module} {process:d} {thread:d} {message}`).
 * Learned per source, where most of the sample's lines open so; one line alone keeps them.
 */
describe("Python logging's module, process and thread columns, learned per source", () => {
  const MODULES = ['viewsets', 'tasks', 'loaders', 'api', 'middleware'];
  const THREADS = ['140219876124416', '140219859339008', '140219842553600'];
  const zaak = (n: number, text = `Zaak ZAAK-2026-${4100 + n} created by client portaal-${n % 3}`) =>
    `2026-11-26 08:${String(10 + n).padStart(2, '0')}:33,061 ${n % 5 === 3 ? 'WARNING' : 'INFO'} openzaak.components.${MODULES[n % 5]} ${MODULES[n % 5]} 23 ${THREADS[n % 3]}  ${text}`;
  const django = (n: number, text = `Sending push notifications for ${n} requests`) =>
    `INFO 2026-11-29 10:${String(10 + n).padStart(2, '0')}:00,412 ${MODULES[n % 5]} 9 ${THREADS[n % 3]} ${text}`;

  it('steps over them after the logger, keeping them in the header columns', () => {
    const { sample } = readSource(
      Array.from({ length: 12 }, (_, n) => zaak(n)),
      receivedAt,
    );
    expect(sample[3]).toMatchObject({
      level: 'WARN',
      logger: 'openzaak.components.api',
      message: 'Zaak ZAAK-2026-4103 created by client portaal-0',
      fields: { header_columns: 'api 23 140219876124416' },
    });
  });

  it("steps over them after Django's level and time", () => {
    const { sample } = readSource(
      Array.from({ length: 12 }, (_, n) => django(n)),
      receivedAt,
    );
    expect(sample.map((line) => line.message)).toEqual(
      Array.from({ length: 12 }, (_, n) => `Sending push notifications for ${n} requests`),
    );
  });

  it('keeps them on a line alone, and a word and counts opening few lines of a source', () => {
    expect(parse(zaak(1)).message).toContain('tasks 23 140219859339008  Zaak ZAAK-2026-4101');
    // A sentence opening with a word and two counts on a few lines is no column.
    const lines = Array.from({ length: 12 }, (_, n) =>
      n < 3
        ? `INFO 2026-11-29 10:${10 + n}:00,412 retry ${n} 1800 seconds left`
        : `INFO 2026-11-29 10:${10 + n}:00,412 job ${n} finished`,
    );
    const { sample } = readSource(lines, receivedAt);
    expect(sample[1]?.message).toBe('retry 1 1800 seconds left');
  });

  it('keeps a program, its pid and small counters on every line: no thread id', () => {
    const PROGRAMS = ['hulsrvc 1201', 'hulrcv 1288', 'hulsndd 1290'];
    const hulft = (n: number) =>
      `I00100${n % 3} 2026/11/30 13:${String(10 + n).padStart(2, '0')}:00 I ${PROGRAMS[n % 3]} 1 0 hulprd01 hulft - service step ${n}`;
    const { sample } = readSource(
      Array.from({ length: 12 }, (_, n) => hulft(n)),
      receivedAt,
    );
    expect(sample[4]?.message).toMatch(/^hulrcv 1288 1 0 /);
  });
});

/*
 * CLASS: CERN EOS's `common/Logging.cc` header: `YYMMDD HH:MM:SS time=<epoch>.<µs> func=%-24s
 * level=%s logid=… unit=… tid=%016lx source=%-30s tident=… sec=%-5s uid= gid= name= geo="…" `, or its
 * short form (`tid=… source=%-30s `). The epoch names the prefix's second with its microseconds:
 * the line's time, to the millisecond, where they agree. The text after the header is kept whole,
 * EOS's own `msg="…"` with it.
 */
describe("CERN EOS's header: the finer time, the level, the text kept whole", () => {
  const SERVICE = 'tident=<service> sec=      uid=0 gid=0 name= geo=""';
  const eos = (epoch: string, level: string, text: string, identity = SERVICE) =>
    `261129 16:41:04 time=${epoch} func=BootNamespace            level=${level} logid=static.............................. unit=mgm@eos-mgm01.example.org:1094 tid=00007f4d2b7fe640 source=Master:388                     ${identity} ${text}`;

  it('reads time= to the millisecond, NOTE as NOTICE, and keeps msg="…" and its pairs', () => {
    const line = parse(eos('1795970464.047413', 'NOTE ', 'msg="namespace booted" files=48213771'));
    expect(line).toMatchObject({
      timestamp: Date.parse('2026-11-29T16:41:04.047Z'),
      level: 'NOTICE',
      message: 'msg="namespace booted" files=48213771',
      fields: { tid: '00007f4d2b7fe640', caller: 'Master:388' },
    });
  });

  it("reads a client's identity, the newer trace fields, CRIT as FATAL and the short form", () => {
    const client =
      'tident=jmeyer.4410:305@lxplus-812.example.org sec=unix  uid=41207 gid=2763 name=jmeyer geo="CH" xt="" ob=""';
    expect(parse(eos('1795970464.900000', 'CRIT ', 'lost lease', client))).toMatchObject({
      timestamp: Date.parse('2026-11-29T16:41:04.900Z'),
      level: 'FATAL',
      message: 'lost lease',
    });
    // The short form abbreviates the keys (`gShortFormat`: `t= f=%-16s l=%s tid=%016lx s=%-24s `).
    const short =
      '261129 16:41:04 t=1795970464.120000 f=_open            l=WARN  tid=00007f4cf1ffb640 s=XrdMgmOfsFile:3350       replica unavailable';
    expect(parse(short)).toMatchObject({
      timestamp: Date.parse('2026-11-29T16:41:04.120Z'),
      level: 'WARN',
      message: 'replica unavailable',
      fields: { tid: '00007f4cf1ffb640', caller: 'XrdMgmOfsFile:3350' },
    });
  });

  it("reads the short form with a call's log id in the thread's place", () => {
    const line = parse(
      '261129 16:41:04 t=1795970464.999999 f=open             l=ERROR 9c8a42e0-cd31-11f1-8e7b-b8ca3a6aa2b4 s=XrdFstOfsFile:512        open failed',
    );
    expect(line).toMatchObject({
      timestamp: Date.parse('2026-11-29T16:41:04.999Z'),
      level: 'ERROR',
      message: 'open failed',
      fields: { caller: 'XrdFstOfsFile:512' },
    });
    expect(line.fields.tid).toBeUndefined();
  });

  it('keeps the prefix where time= names another second, and a time= pair the text writes', () => {
    expect(parse(eos('1795974064.047413', 'INFO ', 'booted')).timestamp).toBe(
      Date.parse('2026-11-29T16:41:04Z'),
    );
    const later = parse('2026-11-29 16:41:04 INFO job done time=1795970464.047413 status=ok');
    expect(later.timestamp).toBe(Date.parse('2026-11-29T16:41:04Z'));
  });
});

/*
 * CLASS: Univention's debug library (`debug.c`): `DD.MM.YY HH:MM:SS.mmm  %-11s ( %-7s ) : text`,
 * its categories and its level names ERROR, WARN, PROCESS (NOTICE), INFO, ALL (DEBUG), TRACE, a
 * number past them. Only in that whole header, its category one of the library's.
 */
describe("Univention's debug header: its category and its own level names", () => {
  const uv = (category: string, level: string, text: string) =>
    `21.11.26 07:58:12.309  ${category.padEnd(11)} ( ${level.padEnd(7)} ) : ${text}`;

  it.each([
    ['PROCESS', 'NOTICE'],
    ['WARN', 'WARN'],
    ['ERROR', 'ERROR'],
    ['INFO', 'INFO'],
    ['ALL', 'DEBUG'],
    ['9', 'TRACE'],
  ])('reads ( %s ) as %s, the text after ` : `', (name, level) => {
    expect(parse(uv('LISTENER', name, 'listener: starting, last id 81422'))).toMatchObject({
      timestamp: Date.parse('2026-11-21T07:58:12.309Z'),
      level,
      message: 'listener: starting, last id 81422',
      fields: { header_columns: 'LISTENER' },
    });
  });

  it('leaves PROCESS unread under a category the library does not write, and elsewhere', () => {
    expect(parse(uv('REPORTS', 'PROCESS', 'nightly run')).level).toBeUndefined();
    expect(parse('2026-11-21 07:58:12 PROCESS started for job 12').level).toBeUndefined();
    expect(parse('21.11.26 07:58:12.305  DEBUG_INIT')).toMatchObject({ message: 'DEBUG_INIT' });
    expect(parse('21.11.26 07:58:12.305  DEBUG_INIT').level).toBeUndefined();
  });
});
