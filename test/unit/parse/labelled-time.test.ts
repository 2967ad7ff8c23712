/**
 * A location or host label glued to a syslog-style date by a colon, opening the line: Cisco IOS XR's
 * default log (`RP/0/RSP0/CPU0:Nov 28 03:14:07.205 : proc[pid]: %FAC-SUB-N-MNEMONIC : text`), a
 * host's `edge-01:Nov 28 …`. The class: a label of letters, digits and `/ _ . -` in the field opening
 * the line, opening with a letter or digit and holding a digit (a node or a numbered host, not a
 * word of prose or a level), a colon, a month's name, and a time read there; the label is kept in
 * `fields.node`. Then Cisco's mnemonic gives the level, with
 * a subfacility or two before its severity digit as IOS XR and IOS XE write it, and the text starts
 * after its colon, spaced (` : `) or not. Limits: only in the field opening the line, only a month's
 * name after the colon (`node:2026 Nov 28 …` is not read there), a host of letters only
 * (`gateway:Nov 28 …`) is not read. The lines are invented, not taken
 * from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const at = (iso: string) => Date.parse(iso);

const XR = [
  'RP/0/RSP0/CPU0:Nov 28 03:14:07.205 : sysmgr[412]: %OS-SYSMGR-5-PROC_RESTART_NAME : User root requested a restart of bgp',
  'RP/0/RSP0/CPU0:Nov 28 03:22:53.408 : envmon[2231]: %PLATFORM-ENVMON-4-TEMP : Inlet0 at 57 C exceeds minor threshold',
  'LC/0/1/CPU0:Nov 28 03:34:30.724 : ifmgr[302]: %PKT_INFRA-LINK-3-UPDOWN : Interface TenGigE0/1/0/7, changed state to Up',
  '0/RP0/CPU0:Nov 28 03:49:37.590 : mpls_ldp[1049]: %ROUTING-LDP-5-NBR_CHANGE : neighbor 10.255.0.6:0, UP',
];

describe('a label glued to a syslog-style date by a colon', () => {
  it('reads IOS XR’s node-labelled time, its mnemonic’s severity, and the text after ` : `', () => {
    expect(XR.map(parse).map(({ timestamp, level, message }) => ({ timestamp, level, message }))).toEqual([
      {
        timestamp: at('2026-11-28T03:14:07.205Z'),
        level: 'NOTICE',
        message: 'User root requested a restart of bgp',
      },
      {
        timestamp: at('2026-11-28T03:22:53.408Z'),
        level: 'WARN',
        message: 'Inlet0 at 57 C exceeds minor threshold',
      },
      {
        timestamp: at('2026-11-28T03:34:30.724Z'),
        level: 'ERROR',
        message: 'Interface TenGigE0/1/0/7, changed state to Up',
      },
      { timestamp: at('2026-11-28T03:49:37.590Z'), level: 'NOTICE', message: 'neighbor 10.255.0.6:0, UP' },
    ]);
  });

  it('keeps the label in `fields.node`, so the line loses nothing it said', () => {
    expect(XR.map((line) => parse(line).fields.node)).toEqual([
      'RP/0/RSP0/CPU0',
      'RP/0/RSP0/CPU0',
      'LC/0/1/CPU0',
      '0/RP0/CPU0',
    ]);
    expect(parse('edge-01:Nov 28 03:14:07 sshd[1]: Accepted key').fields.node).toBe('edge-01');
    expect(
      parse(
        '<149>2647599: vmx01 RP/0/RSP1/CPU0:Mar 28 15:08:30.941 : bgp[1051]: %ROUTING-BGP-5-MAXPFX : No. of prefixes',
      ).fields.node,
    ).toBe('RP/0/RSP1/CPU0');
    expect(
      parse('<187>94307: LC/0/2/CPU0:Jul  7 20:16:14.834 : ifmgr[214]: %PKT_INFRA-LINK-3-UPDOWN : down')
        .fields.node,
    ).toBe('LC/0/2/CPU0');
  });

  it('reads them so in a learned source too', () => {
    const parser = compileParser({});
    parser.learn('xr', XR, receivedAt);
    const read = XR.map((line) => parser(line, receivedAt, 'xr'));
    expect(read.map((line) => line.timestamp)).toEqual(XR.map((line) => parse(line).timestamp));
    expect(read.map((line) => line.level)).toEqual(['NOTICE', 'WARN', 'ERROR', 'NOTICE']);
    expect(read[2]?.message).toBe('Interface TenGigE0/1/0/7, changed state to Up');
    expect(read[2]?.fields.node).toBe('LC/0/1/CPU0');
  });

  it('reads IOS XR’s syslog header after `<PRI>`: sequence number, host when sent, node glued to the time', () => {
    expect(
      parse(
        '<149>2647599: vmx01 RP/0/RSP1/CPU0:Mar 28 15:08:30.941 UTC: bgp[1051]: %ROUTING-BGP-5-MAXPFX : No. of prefixes reached 94106',
      ),
    ).toMatchObject({
      timestamp: at('2026-03-28T15:08:30.941Z'),
      level: 'NOTICE',
      host: 'vmx01',
      service: 'bgp',
      message: 'No. of prefixes reached 94106',
    });
    expect(
      parse(
        '<187>94307: LC/0/2/CPU0:Jul  7 20:16:14.834 : ifmgr[214]: %PKT_INFRA-LINK-3-UPDOWN : Interface down',
      ),
    ).toMatchObject({
      timestamp: at('2026-07-07T20:16:14.834Z'),
      level: 'ERROR',
      service: 'ifmgr',
      message: 'Interface down',
    });
    // IOS's header after `<PRI>` is read as before.
    expect(
      parse('<189>52: router1: *Nov 30 10:00:01.456: %SYS-5-CONFIG_I: Configured from console'),
    ).toMatchObject({
      timestamp: at('2026-11-30T10:00:01.456Z'),
      message: 'Configured from console',
    });
    // A time that no colon closes is text.
    expect(parse('<189>52: host fix:Nov 28 03:14:07 release').timestamp).toBeUndefined();
  });

  it('reads the zone a header writes before its colon, not the source’s', () => {
    const berlin = (line: string) => parseLine(line, { receivedAt, defaultZone: 'Europe/Berlin' }).timestamp;
    expect(berlin('RP/0/RSP0/CPU0:Nov 28 03:14:07.205 UTC: sysmgr[412]: %OS-SYSMGR-5-RESTART : bgp')).toBe(
      at('2026-11-28T03:14:07.205Z'),
    );
    expect(berlin('RP/0/RSP0/CPU0:Nov 28 03:14:07.205 PST: sysmgr[412]: %OS-SYSMGR-5-RESTART : bgp')).toBe(
      at('2026-11-28T11:14:07.205Z'),
    );
    expect(
      berlin(
        '<149>2647599: vmx01 RP/0/RSP1/CPU0:Mar 28 15:08:30.941 UTC: bgp[1051]: %ROUTING-BGP-5-MAXPFX : n',
      ),
    ).toBe(at('2026-03-28T15:08:30.941Z'));
    // IOS's `service timestamps log datetime show-timezone`, with and without the unsynchronised `*`.
    for (const mark of ['*', '']) {
      const line = parseLine(
        `<189>52: router1: ${mark}Nov 30 10:00:01.456 UTC: %SYS-5-CONFIG_I: Configured`,
        {
          receivedAt,
          defaultZone: 'Europe/Berlin',
        },
      );
      expect(line).toMatchObject({ timestamp: at('2026-11-30T10:00:01.456Z'), message: 'Configured' });
    }
    expect(berlin('000123: Nov 28 03:14:07.205 UTC: %LINK-3-UPDOWN: Interface Gi0/1')).toBe(
      at('2026-11-28T03:14:07.205Z'),
    );
    // A word no zone reading knows stays stepped over, the source's zone holding; `UT:` is a tag.
    expect(berlin('RP/0/RSP0/CPU0:Nov 28 03:14:07.205 XYZ: sysmgr[412]: %OS-SYSMGR-5-RESTART : bgp')).toBe(
      at('2026-11-28T02:14:07.205Z'),
    );
    expect(
      parseLine('Nov 28 03:14:07 UT: test passed', { receivedAt, defaultZone: 'Europe/Berlin' }),
    ).toMatchObject({ timestamp: at('2026-11-28T02:14:07Z'), service: 'UT' });
  });

  it('reads a host glued to the date the same way', () => {
    expect(parse('edge-01:Nov 28 03:14:07 sshd[1]: Accepted key').timestamp).toBe(at('2026-11-28T03:14:07Z'));
  });

  it('leaves a word glued to a month’s name in prose as text', () => {
    for (const line of [
      'fix:Nov 28 release',
      'Note:Mon is a weekday',
      'RE:Nov 28 meeting at 10:00',
      'status:Dec 5 deadline moved, 03:14:07 was the old one',
      'the node:Nov 28 03:14:07 rebooted',
      'user@host:Nov 28 03:14:07 text',
      // A word with no digit glued to a full date and time is prose or a level, not a node or host.
      'fix:Nov 28 03:14:07 release',
      'Subject:Dec 1 10:00:00 meeting notes',
      'Re:Nov 28 03:14:07 hello',
      'http:Mar  3 10:00:00 text',
      '-:Nov 28 03:14:07 x',
      '../..:Nov 28 03:14:07 x',
      '<149>2647599: vmx01 fix:Mar 28 15:08:30.941: release notes',
    ]) {
      expect(parse(line).timestamp, line).toBeUndefined();
    }
  });

  it('keeps IOS, NX-OS and ASA mnemonics, and leaves look-alikes of the longer facility alone', () => {
    expect(
      parse('000123: Nov 28 03:14:07.205: %LINK-3-UPDOWN: Interface Gi0/1, changed state to down'),
    ).toMatchObject({ level: 'ERROR', message: 'Interface Gi0/1, changed state to down' });
    expect(parse('2026 Nov 28 03:14:07 sw1 %ETHPORT-5-IF_UP: Interface Ethernet1/1 is up')).toMatchObject({
      level: 'NOTICE',
      message: 'Interface Ethernet1/1 is up',
    });
    expect(parse('Nov 28 03:14:07.205: %ASA-6-302013: Built outbound TCP connection')).toMatchObject({
      level: 'INFO',
      message: 'Built outbound TCP connection',
    });
    // IOS XE's subfacility, with its colon glued, and IOS XR's spaced colon, wherever the time is.
    expect(parse('000124: Nov 28 03:14:07.205: %PLATFORM-ENVMON-4-TEMP: Inlet hot')).toMatchObject({
      level: 'WARN',
      message: 'Inlet hot',
    });
    expect(parse('Nov 28 03:14:07.205: %ROUTING-BGP-3-NOTIFICATION : sent to neighbor')).toMatchObject({
      level: 'ERROR',
      message: 'sent to neighbor',
    });
    // No severity 8, no fourth facility name, no lower-case facility.
    for (const mnemonic of ['%ROUTING-BGP-8-ADJCHANGE', '%A-B-C-D-5-E', '%routing-bgp-5-ADJCHANGE']) {
      expect(
        parse(`RP/0/RSP0/CPU0:Nov 28 03:14:07.205 : bgp[1087]: ${mnemonic} : text`).level,
        mnemonic,
      ).toBeUndefined();
    }
  });
});
