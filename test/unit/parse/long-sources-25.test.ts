/**
 * Classes read in the long25 round, on the misses of the long-source sets dev31 and dev32; each
 * `describe` names its class, and its negative cases are the look-alikes it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const parse = (raw: string) => parseLine(raw, { receivedAt });
/** A parser that learned one source from `sample`, reading that source's lines. */
const learnt = (sample: string[]) => {
  const parser = compileParser({});
  parser.learn('s', sample, receivedAt);
  return (raw: string) => parser(raw, receivedAt, 's');
};

describe('a logger joined to an upper-case level word by colons, `name:LEVEL: text`', () => {
  it('reads Pulp’s journal line after its program prefix and correlation id', () => {
    expect(
      parse(
        'Nov 30 17:03:32 repo-worker-01 pulpcore-worker[2211]: pulp [6d2f1c0a]: pulp_rpm.app.tasks.synchronizing:WARNING: Skipping package x.rpm: checksum type sha1 is not allowed',
      ),
    ).toMatchObject({
      format: 'syslog3164',
      level: 'WARN',
      logger: 'pulp_rpm.app.tasks.synchronizing',
      message: 'Skipping package x.rpm: checksum type sha1 is not allowed',
      fields: { pid: 2211, header_columns: 'pulp [6d2f1c0a]:' },
    });
  });

  it('reads it opening a line, after a time, and after a bare `prog:` prefix', () => {
    expect(parse('pulpcore.tasking.tasks:ERROR: Task failed: exception: ClientResponseError')).toMatchObject({
      level: 'ERROR',
      logger: 'pulpcore.tasking.tasks',
      message: 'Task failed: exception: ClientResponseError',
    });
    expect(parse('2026-11-30 10:00:00 pulpcore.tasking.worker:WARNING: New worker')).toMatchObject({
      timestamp: Date.UTC(2026, 10, 30, 10),
      level: 'WARN',
      logger: 'pulpcore.tasking.worker',
      message: 'New worker',
    });
    expect(parse('worker-3: app.db:INFO: connected to primary')).toMatchObject({
      level: 'INFO',
      logger: 'app.db',
      message: 'connected to primary',
    });
    expect(parse('pulp [None]: pulpcore.tasking.worker:INFO: New worker discovered')).toMatchObject({
      level: 'INFO',
      logger: 'pulpcore.tasking.worker',
      message: 'New worker discovered',
    });
  });

  it('keeps look-alikes as text: prose before, a setting, a count, a lower-case level, a URL', () => {
    // Words of a sentence before the name: no program prefix.
    expect(parse('Nov 30 17:02:11 host app[1]: we saw cfg.mode:ERROR: in the file').level).toBeUndefined();
    expect(parse('Nov 30 17:02:11 host app[1]: set to: a.b:ERROR: yes').level).toBeUndefined();
    // A setting or a count glued after the level's colon.
    expect(parse('Nov 30 17:02:11 host app[1]: pulp [x]: mode:DEBUG:on').level).toBeUndefined();
    expect(parse('Nov 30 17:02:11 host app[1]: pulp [x]: errors:ERROR:3 seen').level).toBeUndefined();
    // A level in lower case or capitalised is a name's part, not the layout's column.
    expect(parse('Nov 30 17:02:11 host app[1]: pulp [x]: app.db:Error: text').level).toBeUndefined();
    // A URL's host and port.
    expect(parse('Nov 30 17:02:11 host app[1]: pulp [x]: http://h:ERROR: y').level).toBeUndefined();
    // Too far into the line: three fields before the name.
    expect(parse('Nov 30 17:02:11 host app[1]: a b [x]: app.db:ERROR: y').level).toBeUndefined();
  });

  it('reads no level after a prefix that is no program and id: a capitalised word, a bracket of no id', () => {
    // A sentence's capitalised first word, or a bracket holding no id (a count, an address), is no
    // program's prefix, and alerts fire on the level.
    expect(parse('Retry [3/5]: job.runner:FATAL: giving up').level).toBeUndefined();
    expect(parse('Nov 30 17:02:11 host app[1]: Got [x]: a.b:ERROR: y').level).toBeUndefined();
    expect(parse('Nov 30 17:02:11 host app[1]: peer [::1]: conn.pool:ERROR: y').level).toBeUndefined();
    expect(parse('relay [10.0.0.7:8080]: proxy.up:FATAL: y').level).toBeUndefined();
    // A correlation id with dashes (a UUID) is an id.
    expect(parse('pulp [3f2a-9c1e-44]: pulpcore.tasking.tasks:ERROR: Task failed').level).toBe('ERROR');
  });
});

describe('milliseconds after a dash, `[yyyyMMdd-HH:mm:ss-SSS]`', () => {
  it('reads openTCS’s time with its milliseconds', () => {
    expect(parse('[20261130-05:30:11-208] INFO    main  o.o.k.RunKernel.main(): Starting')).toMatchObject({
      timestamp: Date.UTC(2026, 10, 30, 5, 30, 11, 208),
      timestampText: '20261130-05:30:11-208',
      level: 'INFO',
    });
  });

  it('reads an offset after the dash as a zone, never as milliseconds', () => {
    for (const zone of ['-0700', '-07:00', '-07'])
      expect(parse(`[20261130-05:30:11${zone}] INFO main x`).timestamp).toBe(
        Date.UTC(2026, 10, 30, 12, 30, 11),
      );
    // Four digits are no fraction of three.
    expect(parse('20261130-05:30:11-2080 INFO x').timestamp).toBe(Date.UTC(2026, 10, 30, 5, 30, 11));
  });
});

describe('a class’s method with empty parentheses before a padded colon, learned per source', () => {
  const line = (ms: number, level: string, thread: string, call: string, text: string) =>
    `[20261130-05:30:${String(10 + ms).padStart(2, '0')}-${String(ms * 7).padStart(3, '0')}] ${level.padEnd(7)} ${thread.padEnd(20)} ${call.padEnd(54)}: ${text}`;

  it('steps over openTCS’s thread and `abbreviated.Class.method()` columns, the call as the caller', () => {
    const read = learnt([
      line(1, 'INFO', 'main', 'o.o.k.RunKernel.main()', 'Starting openTCS kernel 6.2'),
      line(2, 'INFO', 'main', 'o.o.k.persistence.XMLFileModelPersister.loadModel()', 'Loading model'),
      line(3, 'WARNING', 'kernelExecutor', 'o.o.s.b.routing.DefaultRouter.getRoute()', 'No route from P-1'),
      line(4, 'SEVERE', 'AGV-03-comm', 'o.o.v.adapter.TcpCommAdapter.connectVehicle()', 'Connection failed'),
    ]);
    expect(
      read(
        line(
          5,
          'INFO',
          'kernelExecutor',
          'o.o.k.workingset.TransportOrderPoolManager.setTransportOrderState()',
          'changed state: A -> B',
        ),
      ),
    ).toMatchObject({
      level: 'INFO',
      message: 'changed state: A -> B',
      fields: {
        caller: 'o.o.k.workingset.TransportOrderPoolManager.setTransportOrderState()',
        header_columns: 'kernelExecutor',
      },
    });
    expect(read(line(6, 'SEVERE', 'main', 'o.o.k.RunKernel.main()', 'Stopped'))).toMatchObject({
      level: 'ERROR',
      message: 'Stopped',
    });
  });

  it('keeps a call with arguments, glued to its colon, as the text', () => {
    const glued = (i: number, call: string, text: string) =>
      `[20261130-05:30:1${i}-100] INFO main ${call}: ${text}`;
    const calls = learnt([
      glued(1, 'o.o.k.Kernel.run(x)', 'a'),
      glued(2, 'o.o.k.Kernel.stop(y)', 'b'),
      glued(3, 'o.o.k.Kernel.init(z)', 'c'),
    ]);
    expect(calls(glued(4, 'o.o.k.Kernel.go(w)', 'd')).message).toBe('main o.o.k.Kernel.go(w): d');
    // A type and its method with no package is the program's own text (QuantConnect LEAN's `Engine.Main(): `).
    const lean = learnt([
      glued(1, 'Engine.Main()', 'a'),
      glued(2, 'Config.GetValue()', 'b'),
      glued(3, 'Engine.Run()', 'c'),
    ]);
    expect(lean(glued(4, 'BrokerageSetupHandler.Setup()', 'd')).message).toBe(
      'main BrokerageSetupHandler.Setup(): d',
    );
  });
});

describe('where a line was logged from in parentheses, log4j’s `(%C.%M:%L) - `, learned per source', () => {
  const scada = (s: number, level: string, where: string, text: string) =>
    `${level.padEnd(5)} 2026-11-30T10:02:${String(s).padStart(2, '0')},417 (${where}) - ${text}`;

  it('steps over Scada-LTS’s long qualified method and line, kept as the caller', () => {
    const read = learnt([
      scada(1, 'INFO', 'com.serotonin.mango.MangoContextListener.initialized:96', 'context initializing'),
      scada(
        2,
        'WARN',
        'com.serotonin.mango.rt.dataSource.opc.OPCDataSource.initialize:87',
        'OPC not reachable',
      ),
      scada(3, 'INFO', 'com.serotonin.mango.rt.RuntimeManager.initialize:142', 'Starting data source'),
      scada(4, 'ERROR', 'com.serotonin.mango.rt.maint.work.EmailWorkItem.execute:83', 'Failed to send'),
    ]);
    expect(
      read(
        scada(
          5,
          'INFO',
          'com.serotonin.mango.rt.event.EventManager.returnToNormal:168',
          'Event returned: (x)',
        ),
      ),
    ).toMatchObject({
      level: 'INFO',
      message: 'Event returned: (x)',
      fields: { caller: 'com.serotonin.mango.rt.event.EventManager.returnToNormal:168' },
    });
  });

  it('keeps a parenthesis the source’s lines do not agree on, and a process id, as they were', () => {
    const read = learnt([
      scada(1, 'INFO', 'com.a.B.run:1', 'one'),
      `INFO  2026-11-30T10:02:02,417 two`,
      `INFO  2026-11-30T10:02:03,417 three`,
      scada(4, 'INFO', 'com.a.B.run:4', 'four'),
    ]);
    expect(read(scada(5, 'INFO', 'com.a.B.run:5', 'five')).message).toBe('(com.a.B.run:5) - five');
    const pids = learnt([
      `INFO  2026-11-30T10:02:01,417 (pid:3112) one`,
      `INFO  2026-11-30T10:02:02,417 (pid:3113) two`,
      `INFO  2026-11-30T10:02:03,417 (pid:3114) three`,
    ]);
    expect(pids(`INFO  2026-11-30T10:02:04,417 (pid:3115) four`)).toMatchObject({
      message: 'four',
      // The named pid is the line's `pid`, changing or not (r52, review46).
      fields: { pid: 3115 },
    });
    expect(pids(`INFO  2026-11-30T10:02:04,417 (pid:3115) four`).fields.caller).toBeUndefined();
  });

  it('keeps a host and its port in parentheses out of the caller', () => {
    // A host and its port in parentheses is no place in code: no class (no capital), no source file.
    const peers = learnt([1, 2, 3, 4].map((i) => scada(i, 'INFO', `db${i}.example.com:5432`, 'connected')));
    expect(peers(scada(5, 'INFO', 'db9.example.com:5432', 'connected'))).toMatchObject({
      message: 'connected',
      fields: { header_columns: '(db9.example.com:5432) -' },
    });
    expect(peers(scada(5, 'INFO', 'db9.example.com:5432', 'connected')).fields.caller).toBeUndefined();
  });
});
