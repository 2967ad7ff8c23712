/**
 * Message readings of the r50 round (issue #14), one class per block: the fields logrus's text
 * formatter prints after its padded message on a terminal, a logfmt record after a syslog tag, and
 * Python's bare `%(module)s:%(lineno)s` after the level.
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

describe('a logfmt record after a syslog tag', () => {
  it('reads its level and msg, its other pairs to fields, the header’s time kept when the same second', () => {
    const line = parse(
      'Nov 30 10:02:11 edge-gw1 rke2[741]: time="2026-11-30T10:02:11Z" level=warning msg="not running in CIS mode" node=a',
    );
    expect(line).toMatchObject({
      level: 'WARN',
      message: 'not running in CIS mode',
      fields: { pid: 741, node: 'a', time: '2026-11-30T10:02:11Z' },
    });
    expect(line.timestamp).toBe(Date.parse('2026-11-30T10:02:11Z'));
  });

  it('takes the record’s time when it names the header’s second finer (dockerd’s RFC3339NanoFixed)', () => {
    const line = parse(
      'Nov 30 10:02:11 host dockerd[741]: time="2026-11-30T10:02:11.123456789Z" level=info msg="Loading containers: start."',
    );
    expect(line).toMatchObject({ level: 'INFO', message: 'Loading containers: start.' });
    expect(line.timestamp).toBe(Date.parse('2026-11-30T10:02:11.123Z'));
    expect(line.fields.header_columns).toBe('Nov 30 10:02:11');
  });

  it('gives the program’s level=error over the relay’s facility.severity or PRI', () => {
    expect(
      parse(
        'Sun Nov 29 23:50:03 2026 daemon.info wg-quick-op[2391]: time="2026-11-29T23:50:03Z" level=error msg="failed to init ddns config" iface=wg_hk',
      ),
    ).toMatchObject({
      level: 'ERROR',
      message: 'failed to init ddns config',
      fields: { facility: 'daemon', iface: 'wg_hk' },
    });
    expect(
      parse('<30>Nov 30 10:02:11 host containerd[9]: time="2026-11-30T10:02:11Z" level=error msg="failed"'),
    ).toMatchObject({ level: 'ERROR', message: 'failed' });
  });

  it('reads the same in a source whose sample learned the lines', () => {
    const { sample } = readSource(
      [
        'Nov 30 10:02:11 host tetragon[402]: time="2026-11-30T10:02:11Z" level=info msg="Starting tetragon" version=v1.2.0',
        'Nov 30 10:02:12 host tetragon[402]: time="2026-11-30T10:02:12Z" level=info msg="BPF detected features"',
        'Nov 30 10:02:13 host tetragon[402]: time="2026-11-30T10:02:13Z" level=warning msg="kprobe multi off"',
      ],
      receivedAt,
    );
    expect(sample[0]).toMatchObject({
      level: 'INFO',
      message: 'Starting tetragon',
      fields: { version: 'v1.2.0' },
    });
    expect(sample[2]).toMatchObject({ level: 'WARN', message: 'kprobe multi off' });
  });

  it('leaves prose with pairs, a record with no level or no msg, and Heroku’s router line as they were', () => {
    expect(parse('Nov 30 10:02:11 host sshd[741]: user=root failed login from 10.0.0.1')).toMatchObject({
      message: 'user=root failed login from 10.0.0.1',
    });
    expect(parse('Nov 30 10:02:11 host sshd[741]: Accepted key for user=root level=high msg=x').message).toBe(
      'Accepted key for user=root level=high msg=x',
    );
    expect(parse('Nov 30 10:02:11 host app[741]: status=ok msg=done').message).toBe('status=ok msg=done');
    expect(parse('Nov 30 10:02:11 host heroku[router]: at=info method=GET path=/')).toMatchObject({
      level: 'INFO',
      message: 'at=info method=GET path=/',
    });
  });
});

describe('Python’s `%(module)s:%(lineno)s` right after the level, learned', () => {
  const pymodbus = [
    '2026-11-29 18:33:40,226 INFO  server:109 Modbus TCP server starting on 0.0.0.0:5020',
    '2026-11-29 18:33:40,230 DEBUG transport:281 Awaiting connections server_listener',
    '2026-11-29 18:33:40,232 INFO  transport:298 Server listening.',
    '2026-11-29 18:33:46,443 DEBUG requesthandler:67 Handling data: 0x0 0x1',
    '2026-11-29 18:33:47,001 WARNING __main__:33 client 7 went away',
  ];

  it('is the caller when every line of the sample opens so after its level', () => {
    const { sample } = readSource(pymodbus, receivedAt);
    expect(sample[0]).toMatchObject({
      level: 'INFO',
      message: 'Modbus TCP server starting on 0.0.0.0:5020',
      fields: { caller: 'server:109' },
    });
    expect(sample[3]).toMatchObject({
      message: 'Handling data: 0x0 0x1',
      fields: { caller: 'requesthandler:67' },
    });
    expect(sample[4]).toMatchObject({
      level: 'WARN',
      message: 'client 7 went away',
      fields: { caller: '__main__:33' },
    });
  });

  it('leaves one line’s `chr7:55191822`, `pid:8`, `host:443` as text', () => {
    expect(parse('2026-11-29 18:33:40,226 INFO chr7:55191822 variant called').message).toBe(
      'chr7:55191822 variant called',
    );
    expect(parse('2026-11-29 18:33:40,226 INFO pid:8 started').message).toBe('pid:8 started');
    expect(parse('2026-11-29 18:33:40,226 WARN host:443 unreachable').message).toBe('host:443 unreachable');
  });

  it('is no column where the sample does not agree: a line without it, no level, one value', () => {
    const mixed = readSource(
      [...pymodbus.slice(0, 4), '2026-11-29 18:33:48,000 INFO Server stopped'],
      receivedAt,
    );
    expect(mixed.sample[0]?.message).toBe('server:109 Modbus TCP server starting on 0.0.0.0:5020');
    const levelless = readSource(
      [
        '2026-11-29 18:33:40 chr7:55191822 called',
        '2026-11-29 18:33:41 chr1:1200 called',
        '2026-11-29 18:33:42 chrX:88 called',
      ],
      receivedAt,
    );
    expect(levelless.sample[1]?.message).toBe('chr1:1200 called');
    const constant = readSource(
      [
        '2026-11-29 18:33:40 INFO pid:8 started',
        '2026-11-29 18:33:41 INFO pid:8 ready',
        '2026-11-29 18:33:42 WARN pid:8 slow',
      ],
      receivedAt,
    );
    expect(constant.sample[2]?.message).toBe('pid:8 slow');
  });

  it('is no column where only the name varies: hosts and their one port (review43)', () => {
    const hosts = readSource(
      [
        '2026-11-29 18:33:40 INFO db1:5432 connected',
        '2026-11-29 18:33:41 INFO db2:5432 connected',
        '2026-11-29 18:33:42 WARN db3:5432 slow handshake',
      ],
      receivedAt,
    );
    expect(hosts.sample[2]).toMatchObject({ level: 'WARN', message: 'db3:5432 slow handshake' });
    expect(hosts.sample[2]?.fields.caller).toBeUndefined();
  });
});
