/**
 * Classes of issue #14's round r80: go-logr's funcr JSON record, SPIP's log line, syslog(3)'s
 * `ident[pid]: ` on headerless lines (`LOG_PERROR`), and a placed spelling before a count. The lines
 * are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { takeSpipHeader } from '../../../core/parse/formats/spip-log.ts';
import { parseLine } from '../../../core/parse/index.ts';
import { charactersRead } from '../../support/characters-read.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/*
 * CLASS: go-logr's funcr JSON (`funcr.NewJSON`, `FormatInfo`): `logger` first, then `ts`, `caller`,
 * the V-level under `level` and `msg`. The V-level is an Info record's verbosity: INFO whatever its
 * number. `FormatError` writes no `level` (an `error` after `msg`): no level is read from the key.
 */
describe("go-logr's funcr record: its V-level is an Info record's verbosity", () => {
  const funcr = (level: number, msg: string) =>
    `{"logger":"","ts":"2026-11-29 06:12:40.118273","caller":{"file":"main.go","line":1929},"level":${level},"msg":"${msg}","ref":"main","syncCount":0}`;

  it.each([0, 1, 4])('reads "level":%s before `msg` as INFO, alone', (v) => {
    const line = parse(funcr(v, 'update required'));
    expect(line).toMatchObject({
      format: 'json',
      level: 'INFO',
      message: 'update required',
      timestamp: Date.parse('2026-11-29T06:12:40.118Z'),
    });
    expect(line.fields).not.toHaveProperty('level');
    expect(line.fields).toMatchObject({ ref: 'main', caller: { file: 'main.go', line: 1929 } });
  });

  it('reads a named logger’s record and a learned source’s the same', () => {
    const named = '{"logger":"controller/sync","level":2,"msg":"reconciled","object":"ns/app"}';
    expect(parse(named)).toMatchObject({ level: 'INFO', logger: 'controller/sync', message: 'reconciled' });
    const { sample } = readSource([funcr(0, 'starting up'), funcr(0, 'update required'), named], receivedAt);
    expect(sample.map((line) => line.level)).toEqual(['INFO', 'INFO', 'INFO']);
  });

  it('leaves the error record, which writes no `level`, without one', () => {
    const error =
      '{"logger":"","ts":"2026-11-29 06:14:02.551203","caller":{"file":"main.go","line":1011},"msg":"error syncing repo, will retry","error":"exit status 128","failCount":1}';
    const line = parse(error);
    expect(line.level).toBeUndefined();
    expect(line).toMatchObject({ message: 'error syncing repo, will retry' });
    expect(line.fields).toMatchObject({ error: 'exit status 128', failCount: 1 });
  });

  it('keeps a small `level` unread where the record is not signed so', () => {
    // `logger` not first, or `level` not right before `msg`: another logger's own scale.
    for (const raw of [
      '{"level":0,"logger":"app","msg":"x"}',
      '{"logger":"app","msg":"x","level":0}',
      '{"logger":"app","level":0,"message":"x"}',
      '{"logger":42,"level":0,"msg":"x"}',
    ]) {
      const line = parse(raw);
      expect(line.level, raw).toBeUndefined();
      expect(line.fields.level, raw).toBe(0);
    }
  });
});

/*
 * CLASS: SPIP's log line (`inc_log_dist`, `spip_log`): `date ip (pid N) [file:Lnn:func():]:Pub:` then
 * the gravity's prefix, syslog's scale in French (`!INFO` NOTICE, `CRITIQUE` FATAL). The French
 * words are SPIP's alone: read only after that whole header.
 */
describe("SPIP's log line: the gravity after `:Pub:` or `:Pri:`", () => {
  it.each([
    ['HS', 'FATAL'],
    ['ALERTE', 'FATAL'],
    ['CRITIQUE', 'FATAL'],
    ['ERREUR', 'ERROR'],
    ['WARNING', 'WARN'],
    ['!INFO', 'NOTICE'],
    ['info', 'INFO'],
    ['debug', 'DEBUG'],
  ])('reads %s: as %s and cuts the header', (gravity, level) => {
    const line = parse(`2026-11-27 06:58:21 198.51.100.9 (pid 4132) :Pub:${gravity}: connexion impossible`);
    expect(line).toMatchObject({
      level,
      message: 'connexion impossible',
      timestamp: Date.parse('2026-11-27T06:58:21Z'),
      fields: { header_columns: '198.51.100.9 (pid 4132) :Pub' },
    });
  });

  it('reads the private area, an empty address, `_LOG_FILELINE`’s location and no gravity', () => {
    expect(parse('2026-11-27 07:09:59 203.0.113.12 (pid 4131) :Pri:!INFO: vider le cache')).toMatchObject({
      level: 'NOTICE',
      message: 'vider le cache',
    });
    expect(
      parse('2026-11-27 07:10:14  (pid 4133) ecrire/inc/plugin.php:L88:actualise_plugins()::Pri:ERREUR: x y'),
    ).toMatchObject({
      level: 'ERROR',
      message: 'x y',
      fields: { header_columns: '(pid 4133) ecrire/inc/plugin.php:L88:actualise_plugins()::Pri' },
    });
    const bare = parse('2026-11-27 07:10:15 198.51.100.9 (pid 4128) :Pub:cf maj.log');
    expect(bare.level).toBeUndefined();
    expect(bare.message).toBe('cf maj.log');
  });

  it('reads no French word outside that header', () => {
    for (const raw of [
      '2026-11-27 06:22:51 ERREUR: connexion impossible',
      '2026-11-27 06:22:51 198.51.100.9 :Pub:ERREUR: connexion impossible',
      '2026-11-27 06:22:51 198.51.100.9 (pid 4133) ERREUR: connexion impossible',
      'Nov 27 06:22:51 web1 php: CRITIQUE: connexion impossible',
    ])
      expect(parse(raw).level, raw).toBeUndefined();
    // Not SPIP's date: another layout's line keeps its own reading.
    expect(parse('27/11/2026 06:22:51 198.51.100.9 (pid 4133) :Pub:!INFO: x').level).not.toBe('NOTICE');
  });

  it('reads no further than the header’s reach in a line that is no SPIP’s (review66)', () => {
    // Every line opening with an ISO date and time is asked: the look for `(pid` stops at the address.
    const raw = `2026-11-27 06:58:21 INFO ${'x'.repeat(10_000)} (pid 4132) :Pub:debug: x`;
    const line = parse(raw);
    expect(charactersRead(() => takeSpipHeader(line, raw))).toBeLessThan(200);
    expect(line.level).toBe('INFO');
  });

  it('keeps the level of a line whose level word stands where the address does (review66)', () => {
    // `date LEVEL text` whose text forges the rest of SPIP's header: the header is SPIP's only
    // with a client address (or none) before the pid.
    for (const raw of [
      '2026-11-27 06:58:21 ERROR (pid 4132) :Pub:debug: disk failure',
      '2026-11-27 06:58:21 ERROR (pid 4132) :Pub: disk failure',
      '2026-11-27 06:58:21 ERROR worker (pid 4132) :Pub:info: disk failure',
    ]) {
      const line = parse(raw);
      expect(line.level, raw).toBe('ERROR');
      expect(line.fields, raw).not.toHaveProperty('header_columns');
    }
    expect(parse('2026-11-27 06:58:21 2001:db8::7 (pid 4132) :Pub:ERREUR: x')).toMatchObject({
      level: 'ERROR',
      message: 'x',
      fields: { header_columns: '2001:db8::7 (pid 4132) :Pub' },
    });
  });
});

/*
 * CLASS: syslog(3)'s `ident[pid]: ` on lines with no header (glibc's and musl's `LOG_PERROR` copy to
 * stderr: a daemon in the foreground, in a container): learned where most of a source's headerless
 * lines open with one name so, whatever its pid; the name is the service, the pid the line's.
 */
describe("syslog(3)'s `ident[pid]: ` opening a source's headerless lines", () => {
  const lines = [
    'inadyn[1]: In-a-dyn version 2.12.0 -- Dynamic DNS update client.',
    "inadyn[1]: Guessing DDNS plugin 'default@cloudflare.com' from 'cloudflare.com'",
    'inadyn[1]: Update needed for alias home.example.org, new IP# 203.0.113.94',
    'inadyn[1]: Updating cache for home.example.org',
    'inadyn[1]: Error response from DDNS server',
    'inadyn[1]: Will retry again in 60 sec ...',
  ];

  it('cuts the tag, the name the service and the pid the line’s, after a restart’s new pid too', () => {
    const { sample, later } = readSource(lines, receivedAt, [
      'inadyn[7]: Updating cache for vpn.example.org',
    ]);
    expect(sample[3]).toMatchObject({ message: 'Updating cache for home.example.org', service: 'inadyn' });
    expect(sample[3]?.fields).toEqual({ pid: 1 });
    expect(later[0]).toMatchObject({ message: 'Updating cache for vpn.example.org', service: 'inadyn' });
    expect(later[0]?.fields).toEqual({ pid: 7 });
  });

  it('reads only the learned name so: another line’s `name[n]: ` names no service (review66)', () => {
    const { later } = readSource(lines, receivedAt, ['admin[3]: password reset for root', 'items[0]: apple']);
    expect(later.map((line) => [line.service, line.message])).toEqual([
      [undefined, 'admin[3]: password reset for root'],
      [undefined, 'items[0]: apple'],
    ]);
    expect(later[0]?.fields).toEqual({});
  });

  it('leaves the tag in the text of a line alone and of a source whose names change', () => {
    expect(parse('inadyn[1]: Updating cache for home.example.org').message).toBe(
      'inadyn[1]: Updating cache for home.example.org',
    );
    const mixed = ['items[0]: apple', 'items[1]: pear', 'rows[2]: plum', 'cols[3]: fig', 'x[4]: kiwi'];
    expect(readSource(mixed, receivedAt).sample.map((line) => line.message)).toEqual(mixed);
  });
});

/*
 * CLASS: a placed spelling before a count (`msg  9/10`, getmail's retrieval line) names what is
 * counted: no level, and no level column learned from it. Marked as a field it stays the level.
 */
describe('a placed spelling before a count', () => {
  const lines = [
    '2026-11-27 06:05:02 [INBOX] msg 1841/1843 (18342 bytes) msgid 1731234567/52817 from <a@example.org> delivered to Maildir /home/ops/Maildir/',
    '2026-11-27 06:05:02 [INBOX] msg 1842/1843 (7120 bytes) msgid 1731234567/52818 from <b@example.net> delivered to Maildir /home/ops/Maildir/',
    '2026-11-27 06:50:31 socket error ([Errno 111] Connection refused)',
    '2026-11-27 07:35:02 [Reports] msg  9/10 (45121 bytes) msgid 1698771120/2290 from <c@example.com> delivered to Maildir /home/ops/Maildir/',
    '2026-11-27 07:50:07 gaierror error ([Errno -3] Temporary failure in name resolution)',
  ];

  it('keeps the mailbox, the word and its count in the text', () => {
    const { sample } = readSource(lines, receivedAt);
    expect(sample.map((line) => line.message)).toEqual(lines.map((line) => line.slice(20)));
    expect(sample[0]?.level).toBeUndefined();
  });

  it('keeps a failure’s spelling before a count a level (review66)', () => {
    // A level column of five-letter cuts (OrientDB's `WARNI`, `SEVER`): its text may open with a count.
    const cuts = [
      '2026-11-27 06:05:02 SEVER replica lost',
      '2026-11-27 06:05:03 WARNI slow disk',
      '2026-11-27 06:05:04 NOTI started',
      '2026-11-27 06:05:05 SEVER backup failed',
      '2026-11-27 06:05:06 NOTI stopped',
    ];
    const { later } = readSource(cuts, receivedAt, [
      '2026-11-27 06:05:07 SEVER 3/5 replicas down',
      '2026-11-27 06:05:08 WARNI 2/3 disks slow',
    ]);
    expect(later.map((line) => [line.level, line.message])).toEqual([
      ['ERROR', '3/5 replicas down'],
      ['WARN', '2/3 disks slow'],
    ]);
  });

  it('still reads the word marked as a field or before text', () => {
    expect(parse('2026-11-27 06:05:02 [Msg] 12/40 done').level).toBe('INFO');
    expect(parse('2026-11-27 06:05:02 [Msg] Connected to server').level).toBe('INFO');
  });
});
