/**
 * Round r120, on dev180's OTA update and device-fleet software: an offset alone in parentheses after
 * the time (the balena dashboard's `(+0300)`), a pretty_env_logger target with hyphens (warp's
 * `log("rendezvous-server")`), and Python's root logger in a learned logger column (c8ydm).
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);

describe('an offset alone in parentheses after the time', () => {
  it("reads the balena dashboard's offset, in hours and minutes, and the text after it", () => {
    expect(read('17.08.20 10:37:54 (+0300)  main  Starting WiFi Connect')).toMatchObject({
      timestamp: Date.parse('2020-08-17T07:37:54Z'),
    });
    expect(read('30.11.26 17:02:14 (+0100)  wifi-connect  Starting WiFi Connect').timestamp).toBe(
      Date.parse('2026-11-30T16:02:14Z'),
    );
    expect(read('2026-11-30 17:02:14 (-05:00) INFO started')).toMatchObject({
      timestamp: Date.parse('2026-11-30T22:02:14Z'),
      level: 'INFO',
      message: 'started',
    });
    expect(read('2026-11-30 17:02:14 (+0530) x').timestamp).toBe(Date.parse('2026-11-30T11:32:14Z'));
    expect(read('2026-11-30 17:02:14 (+0100)').timestamp).toBe(Date.parse('2026-11-30T16:02:14Z'));
  });

  it('reads it in a learned source as per line', () => {
    const at = (m: number, text: string) => `30.11.26 17:0${m}:14 (+0100)  wifi-connect  ${text}`;
    const sample = Array.from({ length: 10 }, (_, m) => at(m, `Access points: ${m}`));
    expect(learnt(sample)(at(9, 'Internet connectivity established'))).toMatchObject({
      timestamp: Date.parse('2026-11-30T16:09:14Z'),
      message: 'Internet connectivity established',
    });
  });

  it('leaves hours alone, an offset no zone has, and a parenthesis glued to more, to the text', () => {
    const utc = Date.parse('2026-11-30T17:02:14Z');
    for (const zone of ['(+01)', '(+3)', '(+1500)', '(-0001)', '(+0160)', '(+0100)x', '(+0100', '(+01000)'])
      expect(read(`2026-11-30 17:02:14 ${zone} text`).timestamp).toBe(utc);
  });

  it("never takes an offset from the text's words", () => {
    // The parenthesis stands after the header, not right after the time: the text's, no zone.
    expect(read('2026-11-30 17:02:14 INFO score (+0100) gained')).toMatchObject({
      timestamp: Date.parse('2026-11-30T17:02:14Z'),
      message: 'score (+0100) gained',
    });
    expect(read('Balance changed (+0100) today').timestamp).toBeUndefined();
  });
});

describe("pretty_env_logger's target with hyphens", () => {
  const timed = (target: string, text: string) =>
    `Nov 30 16:04:02 fdo-rv-01 fdo-rendezvous-server[24533]:  2026-11-30T16:04:02.045Z INFO  ${target} > ${text}`;
  const access = '203.0.113.57:38210 "POST /fdo/101/msg/30 HTTP/1.1" 500 "-" "-" 3.426467ms';

  it("reads warp's access target, padded to the widest target so far, in a learned journal source", () => {
    const sample = [
      timed('fdo_rendezvous_server', 'Listening on 0.0.0.0:8082'),
      timed('fdo_rendezvous_server', 'Scheduling maintenance every 60 seconds'),
      ...Array.from({ length: 8 }, () => timed('rendezvous-server    ', access)),
    ];
    const reader = learnt(sample);
    expect(reader(timed('rendezvous-server                   ', access))).toMatchObject({
      timestamp: Date.parse('2026-11-30T16:04:02.045Z'),
      level: 'INFO',
      logger: 'rendezvous-server',
      message: access,
    });
  });

  it('reads the target per line after a time, padded or the widest', () => {
    expect(
      read('2026-11-30T16:04:02.045Z WARN  rendezvous-server        > Error processing request'),
    ).toMatchObject({ level: 'WARN', logger: 'rendezvous-server', message: 'Error processing request' });
    // Unpadded after a level `{:5}` padded: the widest target.
    expect(read('2026-11-30T16:04:02.045Z INFO  rendezvous-server > up')).toMatchObject({
      logger: 'rendezvous-server',
      message: 'up',
    });
  });

  it('leaves marks, options and prose with a `>` to the text', () => {
    for (const name of ['-x', 'a--b', 'x-', 'a-b.c']) {
      const line = read(`2026-11-30T16:04:02.045Z INFO  ${name}      > 5`);
      expect(line.logger).toBeUndefined();
      expect(line.message).toBe(`${name}      > 5`);
    }
    // One space after a level no padding reached, one before the mark: prose.
    expect(read('2026-11-30T16:04:02.045Z ERROR load-avg > 5').message).toBe('load-avg > 5');
  });

  it("keeps the target's level, never a level word of the text after it", () => {
    expect(
      read('2026-11-30T16:04:02.045Z INFO  rendezvous-server     > ERROR other-target   > x'),
    ).toMatchObject({
      level: 'INFO',
      logger: 'rendezvous-server',
      message: 'ERROR other-target   > x',
    });
  });
});

describe("Python's root logger in a learned logger column", () => {
  const py = (s: number, name: string, text: string) =>
    `2026-11-30 16:02:${String(10 + s).padStart(2, '0')},208 MainThread INFO ${name} ${text}`;
  const names = ['c8ydm.client.mqtt_agent', 'c8ydm.client.rest_client', 'c8ydm.agentmodules.net'];
  const reader = learnt(
    Array.from({ length: 12 }, (_, s) => py(s, names[s % 3] as string, `step ${s} done`)),
  );

  it('reads `root` where the source writes its dotted loggers', () => {
    expect(reader(py(30, 'root', 'Serial: 10000000a3f29c41'))).toMatchObject({
      level: 'INFO',
      logger: 'root',
      message: 'Serial: 10000000a3f29c41',
    });
  });

  it('leaves the word to the text after a dotted logger, glued to more, or alone', () => {
    expect(reader(py(31, 'c8ydm.client.rest_client', 'root login refused'))).toMatchObject({
      logger: 'c8ydm.client.rest_client',
      message: 'root login refused',
    });
    expect(reader(py(32, 'rooted', 'device found'))).toMatchObject({ message: 'rooted device found' });
    expect(reader(py(32, 'rooted', 'device found')).logger).toBeUndefined();
  });

  it('reads no `root` per line alone, nor learns a column from texts opening with it', () => {
    const line = read('2026-11-30 16:02:14,208 INFO root filesystem is 91% full');
    expect(line.logger).toBeUndefined();
    expect(line.message).toBe('root filesystem is 91% full');
    const sudo = (s: number) =>
      `Nov 30 16:02:${10 + s} host sudo[${100 + s}]: root : TTY=pts/${s} ; PWD=/root ; USER=root ; COMMAND=/bin/ls`;
    const sudoReader = learnt(Array.from({ length: 12 }, (_, s) => sudo(s)));
    expect(sudoReader(sudo(20))).toMatchObject({
      message: 'root : TTY=pts/20 ; PWD=/root ; USER=root ; COMMAND=/bin/ls',
    });
    expect(sudoReader(sudo(20)).logger).toBeUndefined();
  });

  it("keeps the header's level where the text after `root` names another", () => {
    expect(reader(py(33, 'root', 'ERROR: upstream said so'))).toMatchObject({
      level: 'INFO',
      logger: 'root',
      message: 'ERROR: upstream said so',
    });
  });
});
