/**
 * Classes read in the long25 round, on the misses of the long-source sets dev31 and dev32; each
 * `describe` names its class, and its negative cases are the look-alikes it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const parse = (raw: string) => parseLine(raw, { receivedAt });

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
