import { describe, expect, it } from 'vitest';
import { splitLogfmt } from '../../../core/parse/formats/logfmt.ts';
import { compileParser, MAX_PARSED_LENGTH, parseLine } from '../../../core/parse/index.ts';

const parse = (raw: string) => parseLine(raw, { receivedAt: Date.UTC(2025, 11, 1) });

describe('logfmt lines', () => {
  it('reads time, level, message and fields', () => {
    expect(parse('time="2025-10-23T14:32:15Z" level=error msg="payment failed" order=45231 retry')).toEqual({
      format: 'logfmt',
      timestamp: Date.UTC(2025, 9, 23, 14, 32, 15),
      timestampText: '2025-10-23T14:32:15Z',
      level: 'ERROR',
      message: 'payment failed',
      fields: { order: '45231', retry: true },
      parseFailed: false,
    });
  });

  it('reads Go slog / go-kit spellings', () => {
    const line = parse('ts=2025-10-23T14:32:15.5+02:00 lvl=warn caller=main.go:12 msg=slow component=db');
    expect(line).toMatchObject({
      level: 'WARN',
      message: 'slow',
      logger: 'db',
      timestamp: Date.UTC(2025, 9, 23, 12, 32, 15, 500),
    });
    expect(line.fields).toEqual({ caller: 'main.go:12' });
  });

  it("reads Heroku's at=", () => {
    expect(parse('at=info method=GET path=/ status=200').level).toBe('INFO');
  });

  it('joins a date, a time of day and a zone written as pairs of their own into one timestamp', () => {
    expect(
      parse('date=2025-10-23 time=14:32:15 tz="+0200" level=warning msg="disk low" dev=fw1'),
    ).toMatchObject({ timestamp: Date.UTC(2025, 9, 23, 12, 32, 15), level: 'WARN', message: 'disk low' });
    expect(parse('date=10/23/2025 time=14:32:15.250 msg="link up"').timestamp).toBe(
      Date.UTC(2025, 9, 23, 14, 32, 15, 250),
    );
    // A time that has its own date keeps it; a zone no time reads is left out of it.
    expect(parse('time="2025-10-23T14:32:15Z" date=2025-01-01 tz=+0500 msg=x').timestamp).toBe(
      Date.UTC(2025, 9, 23, 14, 32, 15),
    );
    expect(parse('date=2025-10-23 time=14:32:15 tz=office msg=x').timestamp).toBe(
      Date.UTC(2025, 9, 23, 14, 32, 15),
    );
    // A zone's IANA name there is read in its rules, as after a time (summer time in October).
    expect(parse('date=2025-10-23 time=14:32:15 tz="Europe/Paris" msg=x').timestamp).toBe(
      Date.UTC(2025, 9, 23, 12, 32, 15),
    );
    expect(parse('date=2025-10-23 time=14:32:15 tz="Europe/Nowhere" msg=x').timestamp).toBe(
      Date.UTC(2025, 9, 23, 14, 32, 15),
    );
  });

  it('unescapes quoted values', () => {
    expect(splitLogfmt('msg="say \\"hi\\"\\n" path="a b"')).toEqual({ msg: 'say "hi"\n', path: 'a b' });
  });

  it('keeps a level key whose value is not a level as a field', () => {
    const line = parse('level=loud msg=m');
    expect(line.level).toBeUndefined();
    expect(line.fields).toEqual({ level: 'loud' });
  });

  it('takes pairs followed by words of text for a header, not for logfmt with an empty message', () => {
    const line = parse('2026-11-30T14:02:11.250Z pid=12 tid=34 ERROR disk full');
    expect(line.format).not.toBe('logfmt');
    expect(line).toMatchObject({ level: 'ERROR', timestamp: Date.parse('2026-11-30T14:02:11.250Z') });
    expect(line.message).toContain('disk full');
    // One bare word among pairs is still a logfmt flag.
    expect(parse('at=warn dyno=web.1 slow path=/x')).toMatchObject({ format: 'logfmt', level: 'WARN' });
  });

  it.each([['a=1 this is mostly prose text'], ['msg="unterminated'], ['a="x"y']])(
    'does not take %j for logfmt',
    (raw) => {
      expect(parse(raw).format).toBe('plain');
    },
  );
});

describe("klog's structured text: a quoted message and key=value pairs", () => {
  it('takes the quoted string for the message and the pairs for fields', () => {
    const line = parse(
      'E1123 05:14:37.602218       1 sync.go:190] "propagation check failed" err="DNS record for \\"shop.example.com\\" not yet propagated" logger="cert-manager.controller" type="DNS-01"',
    );
    expect(line).toMatchObject({ level: 'ERROR', message: 'propagation check failed' });
    expect(line.fields).toMatchObject({
      err: 'DNS record for "shop.example.com" not yet propagated',
      logger: 'cert-manager.controller',
      type: 'DNS-01',
    });
  });

  it('leaves a quoted string followed by other text as it is', () => {
    expect(parse('2025-10-23T14:32:15Z INFO "GET / HTTP/1.1" 200 512').message).toBe(
      '"GET / HTTP/1.1" 200 512',
    );
    expect(parse('2025-10-23T14:32:15Z INFO "quoted" then words').message).toBe('"quoted" then words');
  });

  it('takes a msg="…" pair left after the header for the message (logrus text behind a prefix)', () => {
    const parser = compileParser({});
    const at = Date.UTC(2025, 11, 1);
    const app = (level: string, msg: string) =>
      `[APP]time="2025-11-26T14:42:10Z" level=${level} msg="${msg}"`;
    parser.learn('skipper', [app('info', 'proxy listener on :9090'), app('warning', 'no route source')], at);
    const line = parser(
      `${app('error', 'Failed to add route: Path(\\"/foo\\") -> <shunt>')} route=r1`,
      at,
      'skipper',
    );
    expect(line).toMatchObject({
      timestamp: Date.parse('2025-11-26T14:42:10Z'),
      level: 'ERROR',
      message: 'Failed to add route: Path("/foo") -> <shunt>',
      fields: { route: 'r1' },
    });
    // Words after it, or another key first, leave the text as written.
    expect(parse('2025-10-23T14:32:15Z INFO msg="x" then words').message).toBe('msg="x" then words');
    expect(parse('2025-10-23T14:32:15Z INFO id=4 msg="x"').message).toBe('id=4 msg="x"');
  });

  it('takes an unquoted msg= pair ending a message of pairs for the text to the end (Kratos’s std logger)', () => {
    const parser = compileParser({});
    const at = Date.UTC(2025, 11, 1);
    const kratos = (level: string, msg: string) =>
      `${level} ts=2025-11-20T16:54:01+08:00 caller=svc.go:40 service.name=orders trace.id= msg=${msg}`;
    const lines = [
      kratos('INFO', '[HTTP] server listening on: [::]:8000'),
      kratos('WARN', 'cache miss: 3 keys'),
    ];
    parser.learn('kratos', lines, at);
    expect(parser(lines[1] as string, at, 'kratos')).toMatchObject({
      timestamp: Date.parse('2025-11-20T08:54:01Z'),
      level: 'WARN',
      message: 'cache miss: 3 keys',
      fields: { caller: 'svc.go:40', 'service.name': 'orders' },
    });
    // Text before the pairs leaves the message as written.
    expect(parse('2025-10-23T14:32:15Z INFO retry in 5s caller=x.go:1 msg=done').message).toBe(
      'retry in 5s caller=x.go:1 msg=done',
    );
  });
});

describe('the unified log format (pingcap/log, Milvus): a bracketed quoted message and bracketed fields', () => {
  it('takes the quoted string for the message and the bracketed pairs for fields', () => {
    const line = parse(
      '[2025/11/25 13:52:09.001 +00:00] [ERROR] [grpcclient/client.go:458] ["retry func failed"] ["retry time"=3] [error="rpc error: code = Unavailable [x]"]',
    );
    expect(line).toMatchObject({ level: 'ERROR', message: 'retry func failed' });
    expect(line.fields).toMatchObject({ 'retry time': '3', error: 'rpc error: code = Unavailable [x]' });
    expect(
      parse('[2025/11/25 13:47:20.118 +00:00] [INFO] [roles/roles.go:312] ["starting components"]').message,
    ).toBe('starting components');
  });

  it('leaves a bracketed quoted string followed by other text as it is', () => {
    const head = '[2025/11/25 13:47:20.118 +00:00] [INFO] [roles/roles.go:312] ';
    expect(parse(`${head}["a b"] then words`).message).toBe('["a b"] then words');
    expect(parse(`${head}["a b"] [no pair]`).message).toBe('["a b"] [no pair]');
  });
});

describe("a firewall's pri= pair", () => {
  it('is a syslog severity or a whole PRI, last in rank, never another scale', () => {
    const sonicwall = (pri: string) =>
      parse(
        `id=firewall sn=0017C5A1B2C3 time="2025-11-30 09:15:02 UTC" pri=${pri} c=32 m=82 msg="Possible port scan"`,
      );
    expect(sonicwall('1')).toMatchObject({ level: 'FATAL', message: 'Possible port scan' });
    expect(sonicwall('6').level).toBe('INFO');
    expect(sonicwall('4').level).toBe('WARN');
    expect(sonicwall('134').level).toBe('INFO'); // local0.info
    expect(sonicwall('notice').level).toBe('NOTICE');
    expect(sonicwall('999').level).toBeUndefined();
    // Written as digits only: neither an exponent nor hex is a priority.
    for (const pri of ['1e2', '0x6', '6.0']) expect(sonicwall(pri).level, pri).toBeUndefined();
    // A level= pair outranks it.
    expect(parse('level=error pri=6 msg="x"').level).toBe('ERROR');
  });

  it("gives no level outside a firewall's record (a job queue's priority)", () => {
    const job = parse('ts=2026-11-28T10:15:32Z task=build pri=1 msg="job queued"');
    expect(job).toMatchObject({ level: undefined, message: 'job queued' });
    expect(job.fields.pri).toBe('1');
    expect(parse('ts=2026-11-28T10:15:32Z pri=134 msg="x"').level).toBeUndefined();
    expect(parse('fw=203.0.113.2 pri=4 msg="x"').level).toBe('WARN');
    // A level word is still a level.
    expect(parse('task=build pri=warning msg="x"').level).toBe('WARN');
  });

  it('looks for the firewall once a line, however many pri= pairs it has', () => {
    // Each pair looked again through all the others: a 256 KB line took seconds, these ten minutes.
    const pairs = 'pri=1 '.repeat(Math.floor((MAX_PARSED_LENGTH - 5) / 6));
    for (let n = 0; n < 10; n++) {
      expect(parse(pairs)).toMatchObject({ format: 'logfmt', level: undefined });
      expect(parse(`fw=1 ${pairs}`).level).toBe('FATAL');
    }
  });
});

describe("the Linux audit subsystem's record (auditd, SELinux, AppArmor): msg=audit(time:serial)", () => {
  it('takes the stamp for the time and the text after it for the message', () => {
    const line = parse(
      'type=USER_LOGIN msg=audit(1764583200.123:456): pid=1234 uid=0 msg=\'op=login acct="deploy" res=success\'',
    );
    expect(line).toMatchObject({
      format: 'logfmt',
      timestamp: Date.UTC(2025, 11, 1, 10, 0, 0, 123),
      message: 'pid=1234 uid=0 msg=\'op=login acct="deploy" res=success\'',
    });
    expect(line.fields).toMatchObject({ type: 'USER_LOGIN', audit_serial: '456', pid: '1234', uid: '0' });
    expect(
      parse(
        'node=web01 type=AVC msg=audit(1764583201.5:77): avc:  denied  { read } for  pid=812 comm="nginx"',
      ),
    ).toMatchObject({
      timestamp: Date.UTC(2025, 11, 1, 10, 0, 1, 500),
      message: 'avc:  denied  { read } for  pid=812 comm="nginx"',
    });
  });

  it("reads the pairs of a user-space record's single-quoted msg='…' as fields of their own (PAM's res=failed)", () => {
    const line = parse(
      'type=USER_AUTH msg=audit(1764583200.123:456): pid=1 uid=0 auid=4294967295 msg=\'op=PAM:authentication grantors=? acct="root" exe="/usr/sbin/sshd" hostname=10.0.0.9 addr=10.0.0.9 terminal=ssh res=failed\'',
    );
    expect(line.fields).toMatchObject({ pid: '1', op: 'PAM:authentication', acct: 'root', res: 'failed' });
    expect(line.fields.msg).toBeUndefined();
  });

  it('leaves a msg that only looks like it as the message, with no time', () => {
    for (const raw of [
      'type=note msg=audit(pending) user=alice',
      'type=job msg=audit(1764583200) step=2',
      'type=review msg=audit(1764583200.1:2):x more=1',
      'type=review msg="audit(1764583200.1:2): quoted" more=1',
    ]) {
      const line = parse(raw);
      expect(line.timestamp).toBeUndefined();
      expect(line.message.startsWith('audit(')).toBe(true);
    }
  });

  it('keeps a time of its own pair over the stamp', () => {
    expect(parse('time=2025-10-23T14:32:15Z msg=audit(1764583200.123:456): pid=1').timestamp).toBe(
      Date.UTC(2025, 9, 23, 14, 32, 15),
    );
  });
});

// review75: every logfmt reader writes its pairs with `putField`, as the JSON reader and r92's
// closing level pairs do, so a `__proto__=` pair is a field like any other, not a dropped assignment.
describe('a __proto__ pair', () => {
  const lines = [
    ['a logfmt record', 'time=2026-11-30T10:00:00Z level=info msg=hello __proto__=x a=b'],
    ['pairs after a quoted message', '2026-11-30 10:00:00 INFO msg="hello" __proto__=x a=b'],
    [
      'a bracketed field (pingcap/log)',
      '[2026/11/30 10:00:00.000 +00:00] [INFO] [main.go:1] ["hello"] [__proto__=x] [a=b]',
    ],
  ] as const;

  it.each(lines)('is kept as a field in %s', (_, raw) => {
    const line = parse(raw);
    expect(line.message).toBe('hello');
    expect(Object.entries(line.fields)).toEqual([
      ['__proto__', 'x'],
      ['a', 'b'],
    ]);
    expect(Object.getPrototypeOf(line.fields)).toBe(Object.prototype);
  });

  it.each(lines)('leaves the other pairs as they were without one, in %s', (_, raw) => {
    expect(parse(raw.replace(' __proto__=x', '').replace(' [__proto__=x]', '')).fields).toEqual({ a: 'b' });
  });
});
