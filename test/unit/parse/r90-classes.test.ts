/**
 * Classes of round r90: the ROS console's epoch time in brackets after its bracketed level, read per
 * line (rcutils' default `[{severity}] [{time}] [{name}]: {message}`, ROS 1 rosconsole's
 * `[${severity}] [${time}]: ${message}`), so a source that mixes it with `ros2 launch`'s own untimed
 * lines reads it too. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });
const at = (iso: string) => Date.parse(iso);

describe('epoch seconds in brackets after a bracketed level (the ROS console)', () => {
  it("reads rcutils' header, with or without `ros2 launch`'s process name before it", () => {
    const bare = parse('[WARN] [1795112400.250000000] [planner]: path blocked, replanning');
    expect(bare.timestamp).toBe(at('2026-11-19T18:20:00.250Z'));
    expect(bare.level).toBe('WARN');
    expect(bare.message).toBe('path blocked, replanning');
    const launched = parse('[amcl-4] [ERROR] [1795112401.007341122] [amcl]: no laser scan received');
    expect(launched.timestamp).toBe(at('2026-11-19T18:20:01.007Z'));
    expect(launched.level).toBe('ERROR');
    expect(launched.message).toBe('no laser scan received');
  });

  it("reads ROS 1 rosconsole's padded level and its time", () => {
    const line = parse('[ INFO] [1795112402.500000000]: odometry ready');
    expect(line.timestamp).toBe(at('2026-11-19T18:20:02.500Z'));
    expect(line.level).toBe('INFO');
    expect(line.message).toBe('odometry ready');
  });

  it('reads no time from a bare number, a word that is no level, or a number further into the text', () => {
    expect(parse('[ERROR] [1795112400] job failed').timestamp).toBeUndefined();
    expect(parse('[main] [1795112400.25] started').timestamp).toBeUndefined();
    expect(parse('[WARN] [1795112400.25 retry] x').timestamp).toBeUndefined();
    expect(parse('[WARN] queue [1795112400.250] stalled').timestamp).toBeUndefined();
  });

  it('reads no time from the header inside the text (review73)', () => {
    expect(parse('user said: [INFO] [1795789326.4] hi').timestamp).toBeUndefined();
    expect(parse('GET /x?q=[INFO] [1795789326.4] 200').timestamp).toBeUndefined();
    expect(parse('[a b] [INFO] [1795789326.4] hi').timestamp).toBeUndefined();
    expect(parse('[a] [b] [INFO] [1795789326.4] hi').timestamp).toBeUndefined();
    expect(parse('GET /x?q=[INFO] [1795789326.4] 200').message).toBe('GET /x?q=[INFO] [1795789326.4] 200');
  });

  it("reads a source whose sample is half `ros2 launch`'s untimed lines", () => {
    const parser = compileParser({});
    const node = (i: number) => `[ekf_node-1] [WARN] [17951124${10 + i}.5] [ekf]: update rate missed`;
    const launch = (i: number) => `[INFO] [ekf_node-${i}]: process started with pid [${2200 + i}]`;
    const sample = Array.from({ length: 32 }, (_, i) => (i % 2 === 0 ? node(i) : launch(i)));
    parser.learn('ros', sample, receivedAt);
    expect(parser(node(3), receivedAt, 'ros').timestamp).toBe(at('2026-11-19T18:20:13.500Z'));
    expect(parser(launch(3), receivedAt, 'ros').timestamp).toBeUndefined();
  });
});

/*
 * CLASS: Gin's default request record, `[GIN] 2026/11/23 - 08:02:17 | 200 |    1.482311ms |      192.0.2.14 | GET      "/api/me"`
 * (`defaultLogFormatter`, `"[GIN] %v |%s %3d %s| %13v | %15s |%s %-7s %s %#v"`): it writes no message
 * of its own, so the record after the time is the text; its status, latency, client and method are
 * no header columns, however many of a source's lines they open.
 */
describe("Gin's request record is the text, not columns", () => {
  const gin = (status: number, latency: string, method: string, path: string) =>
    `[GIN] 2026/11/23 - 08:02:17 | ${status} | ${latency.padStart(13)} | ${'192.0.2.14'.padStart(15)} | ${method.padEnd(7)} "${path}"`;

  it('keeps the whole record after the time in a source made of them', () => {
    const parser = compileParser({});
    const latencies = ['1.482311ms', '417.316µs', '1.90004s', '1m2.5s', '98.402µs', '88.613005ms'];
    const sample = Array.from({ length: 32 }, (_, i) =>
      i % 9 === 0
        ? '2026/11/23 08:00:01 Config Dir:  /config'
        : gin(
            i % 7 === 0 ? 404 : 200,
            latencies[i % latencies.length] as string,
            i % 2 ? 'GET' : 'POST',
            `/api/v/${i}`,
          ),
    );
    parser.learn('gin', sample, receivedAt);
    const line = parser(gin(500, '4.008112ms', 'POST', '/api/import'), receivedAt, 'gin');
    expect(line.timestamp).toBe(at('2026-11-23T08:02:17Z'));
    expect(line.message).toBe('500 |    4.008112ms |      192.0.2.14 | POST    "/api/import"');
  });

  it('still learns a number and padded columns that are no status and latency', () => {
    const parser = compileParser({});
    const sample = Array.from(
      { length: 32 },
      (_, i) =>
        `2026/11/23 08:00:${String(i).padStart(2, '0')} ${1200 + (i % 3)} worker${i % 4}  job ${i} done`,
    );
    parser.learn('ids', sample, receivedAt);
    const line = parser('2026/11/23 08:01:00 1201 worker2  job 40 done', receivedAt, 'ids');
    expect(line.message).toBe('job 40 done');
  });
});
