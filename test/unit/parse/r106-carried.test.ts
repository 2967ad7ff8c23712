/**
 * Round r106: a program's line reads the same bare and carried by a container runtime or engine
 * (Kubernetes' CRI, Docker's json-file): the carried line goes through the one reading a bare line
 * gets, with its source's structure learned from the carried lines' bodies; the carrier adds its
 * time where the line names none, and its stream. `bench/wrapper-agreement.ts` measures it over the
 * development sets; its core runs here on a small table.
 */
import { describe, expect, it } from 'vitest';
import { differences, measureAgreement, WRAPPERS } from '../../../bench/wrapper-agreement.ts';
import { compileParser, type ParsedLine, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const RUNTIME_TIME = '2026-11-28T10:11:12.345678901Z';
const cri = (line: string, stream = 'stdout', tag = 'F') => `${RUNTIME_TIME} ${stream} ${tag} ${line}`;
const jsonFile = (line: string, stream = 'stdout') =>
  JSON.stringify({ log: `${line}\n`, stream, time: RUNTIME_TIME });

/** A parser that learned `src` from `lines`, and a reader of that source's lines. */
function learnt(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('src', lines, receivedAt);
  return (line: string) => parser(line, receivedAt, 'src');
}

const reading = (line: ParsedLine) => ({
  level: line.level,
  message: line.message,
  logger: line.logger,
  caller: line.fields.caller,
  timestamp: line.timestamp,
});

// Folding@home's client log (dev116): its level and unit columns are learned from the sample.
const FAH = [
  '14:03:40:I1:WU517:Completed 2250000 out of 2500000 steps (90%)',
  '14:14:45:I1:WU517:Completed 2300000 out of 2500000 steps (92%)',
  '14:25:50:I1:WU517:Completed 2350000 out of 2500000 steps (94%)',
  '14:31:22:I1:WU517:Completed 2375000 out of 2500000 steps (95%)',
  '14:33:02:I1:cpu-lab:Added new work unit: cpus:14 gpus:none',
  '14:33:02:I1:WU518:Requesting WU assignment for user sci_ops_example team 1066107',
  '14:33:02:I2:OUT212:> POST /api/assign HTTP/1.1',
  '14:33:03:I2:OUT212:< HTTP/1.1 200 HTTP_OK',
  '14:33:03:I1:WU518:Received WU assignment Qm7xA2fB0cLrT5nJ8eV4kW1pZ3sD6hG9yU2iO5aE7tR',
  '14:33:03:I1:WU518:Downloading WU',
  '14:33:03:I2:OUT213:> POST /api/assign HTTP/1.1',
  '14:33:34:E :OUT213:Failed response: EOF',
];

describe('a carried line reads as its program wrote it (CRI, Docker json-file)', () => {
  it("reads a source's learned structure through the carrier, learned from the carried sample", () => {
    const bare = learnt(FAH);
    for (const carrier of [cri, jsonFile]) {
      const carried = learnt(FAH.map((line) => carrier(line)));
      for (const line of FAH) expect(reading(carried(carrier(line))), line).toEqual(reading(bare(line)));
    }
    const failed = learnt(FAH.map((line) => jsonFile(line, 'stderr')))(jsonFile(FAH[11] as string, 'stderr'));
    expect(failed).toMatchObject({
      level: 'ERROR',
      message: 'Failed response: EOF',
      fields: { stream: 'stderr' },
    });
  });

  it("reads a line's own readings through the carrier: xPDO's group, log4j 2's two letters, hivemind's caller", () => {
    for (const line of [
      '[2026-11-21 06:14:37] (ERROR in modSnippet @ /var/www/x.php : 27) Snippet failed',
      '2026-11-23 05:58:02,114 [main] IN o.a.r.w.u.c.RollerContext - Roller Weblogger initializing',
      'Nov 24 09:23:02.871 [WARN] [petals.server.server.run:748] slow',
    ]) {
      expect(reading(read(cri(line))), line).toEqual(reading(read(line)));
      expect(reading(read(jsonFile(line))), line).toEqual(reading(read(line)));
    }
    expect(
      read(jsonFile('[2026-11-21 06:14:37] (ERROR in modSnippet @ /var/www/x.php : 27) x')),
    ).toMatchObject({
      level: 'ERROR',
      logger: 'modSnippet',
      message: 'x',
      timestamp: Date.UTC(2026, 10, 21, 6, 14, 37),
      fields: { caller: '/var/www/x.php:27', stream: 'stdout' },
    });
  });

  it("takes the carrier's time only where the line names none, and keeps its stream and labels", () => {
    const runtime = Date.UTC(2026, 10, 28, 10, 11, 12, 345);
    expect(read(jsonFile('WARNING:root:careful', 'stderr'))).toMatchObject({
      format: 'python',
      level: 'WARN',
      message: 'careful',
      timestamp: runtime,
      timestampText: RUNTIME_TIME,
      fields: { stream: 'stderr' },
    });
    expect(read(cri('2026-11-23 05:58:02,114 INFO started', 'stdout', 'P'))).toMatchObject({
      timestamp: Date.UTC(2026, 10, 23, 5, 58, 2, 114),
      fields: { stream: 'stdout', partial: true },
    });
    const labelled = JSON.stringify({
      log: 'just text\r\n',
      stream: 'stdout',
      attrs: { tag: 'web' },
      time: RUNTIME_TIME,
    });
    expect(read(labelled)).toEqual({
      format: 'json',
      timestamp: runtime,
      timestampText: RUNTIME_TIME,
      message: 'just text',
      fields: { stream: 'stdout', attrs: { tag: 'web' } },
      parseFailed: false,
    });
  });

  it('leaves a carried message that only looks like a header as text, as the bare line is', () => {
    for (const line of ['[main] IN clause rejected', 'IN clause rejected', '(ERROR is the word) done']) {
      expect(reading(read(cri(line))), line).toEqual({
        ...reading(read(line)),
        timestamp: expect.any(Number),
      });
      expect(reading(read(jsonFile(line))), line).toEqual({
        ...reading(read(line)),
        timestamp: expect.any(Number),
      });
    }
    expect(read(cri('[main] IN clause rejected')).level).toBeUndefined();
    expect(read(jsonFile('IN clause rejected')).level).toBeUndefined();
    // After a syslog tag too (r106 left the relays' readings as they were).
    expect(read('Nov 28 10:11:12 host prog[1]: (ERROR is the word) done')).toMatchObject({
      level: undefined,
      message: '(ERROR is the word) done',
    });
    expect(read('Nov 28 10:11:12 host prog[1]: [main] IN clause rejected')).toMatchObject({
      level: undefined,
      message: '[main] IN clause rejected',
    });
  });

  it("reads as JSON a record that is not Docker's json-file: another key, no stream, an unreadable time", () => {
    const at = '2026-11-28T10:11:12Z';
    expect(read(`{"log":"x","stream":"stdout","time":"${at}","level":"error"}`)).toMatchObject({
      format: 'json',
      level: 'ERROR',
      message: 'x',
    });
    expect(read(`{"log":"2026-11-23 05:58:02,114 WARN x","time":"${at}"}`)).toMatchObject({
      format: 'json',
      level: undefined,
      message: '2026-11-23 05:58:02,114 WARN x',
    });
    expect(read('{"log":"WARNING:root:x","stream":"stdout","time":"soon"}')).toMatchObject({
      format: 'json',
      level: undefined,
      message: 'WARNING:root:x',
    });
    expect(read('{"log":"x","stream":"stdout","time":').fields.stream).toBeUndefined();
  });

  it("reads as an application's own JSON a record moby's driver would not write (review86)", () => {
    // jsonlog.JSONLog: `Created time.Time` (RFC 3339 with nanoseconds), `Attrs map[string]string`,
    // the copier's `stdout` or `stderr`.
    const at = '2026-11-28T10:11:12Z';
    for (const record of [
      `{"log":"ERROR boom","stream":"audit","time":"${at}"}`,
      '{"log":"ERROR boom","stream":"stdout","time":"Nov 28 10:11:12"}',
      '{"log":"ERROR boom","stream":"stdout","time":"1795860672"}',
      `{"log":"ERROR boom","stream":"stdout","time":"${at}","attrs":"admin"}`,
      `{"log":"ERROR boom","stream":"stdout","time":"${at}","attrs":{"n":1}}`,
    ])
      expect(read(record)).toMatchObject({ format: 'json', level: undefined, message: 'ERROR boom' });
    expect(read(`{"log":"ERROR boom","stream":"stderr","time":"${at}","attrs":{"tag":"a"}}`)).toMatchObject({
      level: 'ERROR',
      message: 'boom',
      fields: { stream: 'stderr', attrs: { tag: 'a' } },
    });
  });

  it('refuses a carried line longer than the parser reads, as it refuses the bare line (review86)', () => {
    const long = 'a'.repeat(300_000);
    for (const line of [cri(`ERROR ${long}`), jsonFile(`ERROR ${long}`)]) {
      const read_ = read(line);
      expect([read_.format, read_.parseFailed, read_.parseError, read_.level]).toEqual([
        'plain',
        true,
        'line longer than 262144 characters',
        undefined,
      ]);
      expect(read_.message).toBe(line);
    }
  });
});

describe("the wrapper agreement tool's core", () => {
  const sources = [
    { set: 'table', name: 'fah', lines: FAH, receivedAt },
    {
      set: 'table',
      name: 'roller',
      lines: [
        '2026-11-23 05:58:02,114 [main] IN o.a.r.w.u.c.RollerContext - Roller Weblogger initializing',
        '2026-11-23 05:58:03,201 [main] WA o.a.r.w.u.c.RollerContext - No theme found',
        '[2026-11-21 06:14:37] (ERROR in modSnippet @ /var/www/x.php : 27) Snippet failed',
        'Nov 24 09:23:02.871 [WARN] [petals.server.server.run:748] slow',
      ],
      receivedAt,
    },
  ];

  it('finds no disagreement behind a container runtime or engine', () => {
    const carriers = WRAPPERS.filter((w) => w.name === 'cri' || w.name === 'docker-json');
    const { tallies, disagreements } = measureAgreement(sources, carriers);
    expect(disagreements).toEqual([]);
    expect(tallies.map((t) => [t.wrapper, t.lines, t.disagreeing])).toEqual([
      ['cri', 16, 0],
      ['docker-json', 16, 0],
    ]);
  });

  it("counts a syslog relay's differences by class, and not RFC 5424's priority where the line names no level", () => {
    const [relay5424] = WRAPPERS.filter((w) => w.name === 'syslog5424');
    const bare = read('plain words');
    expect(differences(bare, { ...bare, level: 'NOTICE' }, relay5424 as (typeof WRAPPERS)[number])).toEqual(
      [],
    );
    const leveled = read(
      '2026-11-23 05:58:02,114 [main] IN o.a.r.w.u.c.RollerContext - Roller Weblogger initializing',
    );
    const relayed = read(
      'Nov 23 05:58:02 web-3 prog[812]: 2026-11-23 05:58:02,114 [main] IN o.a.r.w.u.c.RollerContext - Roller Weblogger initializing',
    );
    // r111 reads the relayed body as the bare line is read: no difference left to count.
    expect(differences(leveled, relayed, relay5424 as (typeof WRAPPERS)[number])).toEqual([]);
    expect(differences(leveled, read('plain words'), relay5424 as (typeof WRAPPERS)[number])).toEqual([
      'level INFO → none, bare log4j',
      'message other, bare log4j',
      'time none, bare log4j',
    ]);
  });
});
