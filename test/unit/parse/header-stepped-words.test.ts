/**
 * Bad input loses nothing (issue #14): the header fields `skipHeaderFields` steps over after a level
 * stay the line's, in the field that names them (glog's thread id, Spring Boot's pid and thread),
 * else in `fields.header_columns`, never twice. Levels, times and messages are as before. The lines
 * are invented in the shapes the products document.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

describe('glog / abseil: the thread id before the source location', () => {
  it('keeps the thread id in `fields.thread` (`I1128 10:00:00.123456 31204 init.cc:374] text`)', () => {
    const line = parseLine('I1128 10:00:00.123456 31204 init.cc:374] impalad version 4.4.1');
    expect(line).toMatchObject({
      level: 'INFO',
      message: 'impalad version 4.4.1',
      fields: { caller: 'init.cc:374', thread: '31204' },
    });
    expect(line.fields.header_columns).toBeUndefined();
  });

  it('keeps a padded one-digit thread id too (`I1130 13:02:11.284503       1 main.go:90] text`)', () => {
    const line = parseLine('I1130 13:02:11.284503       1 leaderelection.go:242] attempting to acquire');
    expect(line).toMatchObject({ level: 'INFO', message: 'attempting to acquire', fields: { thread: '1' } });
  });

  it('does not read a number that no source location follows as a thread id', () => {
    const line = parseLine('2026-11-30 10:00:00 INFO 31204 rows copied');
    expect(line.message).toBe('31204 rows copied');
    expect(line.fields.thread).toBeUndefined();
  });
});

describe('Spring Boot: `pid --- [thread] logger : text`', () => {
  it('keeps the pid in `fields.pid` and the thread in `fields.thread`', () => {
    const line = parseLine(
      '2026-11-30T13:58:02.417Z  INFO 4187 --- [           main] o.terrakube.api.ServerApplication        : Starting ServerApplication',
    );
    expect(line).toMatchObject({
      level: 'INFO',
      logger: 'o.terrakube.api.ServerApplication',
      message: 'Starting ServerApplication',
      fields: { pid: 4187, thread: 'main' },
    });
    expect(line.fields.header_columns).toBeUndefined();
  });

  it('keeps the application name before the thread in `header_columns` (Boot 3.2: `--- [app] [main]`)', () => {
    const line = parseLine(
      '2026-11-30T14:02:11.123+02:00  INFO 12345 --- [myapp] [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized',
    );
    expect(line).toMatchObject({
      level: 'INFO',
      message: 'Tomcat initialized',
      fields: { pid: 12345, thread: 'main', header_columns: '[myapp]' },
    });
  });

  it('keeps brackets confirmed by a logger in `header_columns` when no `---` names them', () => {
    const line = parseLine('2026-11-30 10:00:00 INFO [worker-3] [job-42] com.example.Runner : started');
    expect(line.level).toBe('INFO');
    expect(line.message).toBe('started');
    expect(`${String(line.fields.thread ?? '')} ${String(line.fields.header_columns ?? '')}`).toContain(
      'job-42',
    );
  });

  it('leaves brackets no header field confirms in the message, and keeps nothing twice', () => {
    const line = parseLine('2026-11-30 10:00:00 INFO 4187 --- [main] started [a] [b] done');
    expect(line.level).toBe('INFO');
    const kept = [line.message, ...Object.values(line.fields).map(String)].join(' ');
    expect(kept.split('[a]').length).toBeLessThanOrEqual(2);
  });
});

describe('a second name or location after the one the line already has', () => {
  it('keeps a logger before ` - ` in `header_columns` when a bracket already gave the logger (netdisco)', () => {
    const line = parseLine('[41234] 2026-11-30 13:01:07  info   [10.80.0.1] device - discover completed');
    expect(line).toMatchObject({ level: 'INFO', message: 'discover completed', logger: '10.80.0.1' });
    expect(String(line.fields.header_columns)).toContain('device');
  });

  it('keeps the second of two dashed names (`INFO - time - app - lifespan - text`)', () => {
    const line = parseLine('INFO - 2026-11-30 10:03:05,118 - app - lifespan - connected to postgres');
    expect(line).toMatchObject({ level: 'INFO', logger: 'app', message: 'connected to postgres' });
    expect(line.fields.header_columns).toBe('lifespan');
  });

  it('keeps them in the line’s order, a bracket before the second name (`- [file.py] - mod - func - text`)', () => {
    const line = parseLine(
      '2026-11-25 06:03:44.207 - |INFO| - [tb_gateway.py] - tb_gateway - __init__ - Gateway starting',
    );
    expect(line).toMatchObject({ level: 'INFO', logger: 'tb_gateway', message: 'Gateway starting' });
    expect(line.fields.header_columns).toBe('[tb_gateway.py] __init__');
  });

  it('does not keep a name twice when it is the logger already', () => {
    const line = parseLine('2026-11-30 10:00:00 INFO [app.core] app.core - started');
    expect(line.fields.header_columns).toBeUndefined();
  });
});

describe('logrus: `INFO[0004] text`', () => {
  it('keeps the elapsed seconds glued to the level in `fields.elapsed`, not as a pid', () => {
    const line = parseLine('INFO[0004] Prep: Network');
    expect(line).toMatchObject({ level: 'INFO', message: 'Prep: Network', fields: { elapsed: '0004' } });
    expect(line.fields.pid).toBeUndefined();
  });

  it('still reads a spaced bracketed number after a level as the pid', () => {
    expect(parseLine('2026-11-30 10:00:00 INFO [1234] text here').fields).toEqual({ pid: 1234 });
  });
});

describe('a header whose level reading says where the text starts (mnemonics, PHP)', () => {
  it('keeps Comware’s host and mnemonic in `header_columns` (`CORE-SW1 SYSLOG/6/SYSLOG_RESTART: text`)', () => {
    const line = parseLine(
      '%Nov 27 22:05:41:318 2026 CORE-SW1 SYSLOG/6/SYSLOG_RESTART: System restarted --HPE Comware Software.',
    );
    expect(line).toMatchObject({ level: 'INFO', message: 'System restarted --HPE Comware Software.' });
    expect(line.fields.header_columns).toBe('CORE-SW1 SYSLOG/6/SYSLOG_RESTART');
  });

  it('keeps Cisco’s mnemonic (`%OS-SYSMGR-5-PROC_RESTART_NAME : text`)', () => {
    const line = parseLine(
      'RP/0/RSP0/CPU0:Nov 28 03:14:07.205 : sysmgr[412]: %OS-SYSMGR-5-PROC_RESTART_NAME : User root requested',
    );
    expect(line).toMatchObject({ level: 'NOTICE', message: 'User root requested' });
    expect(String(line.fields.header_columns)).toContain('OS-SYSMGR-5-PROC_RESTART_NAME');
  });

  it('keeps PHP’s `PHP` prefix, not its level word (`PHP Warning:  text`)', () => {
    const line = parseLine('[30-Nov-2026 10:00:00 UTC] PHP Warning:  foo() expects parameter 1');
    expect(line).toMatchObject({ level: 'WARN', message: 'foo() expects parameter 1' });
    expect(line.fields.header_columns).toBe('PHP');
  });
});

describe('the rest of a bracket the header opened (`[ N time pid/T1 file:line ]: text`)', () => {
  it('keeps Passenger’s pid/thread and location in `header_columns`', () => {
    const line = parseLine(
      '[ N 2026-11-29 22:10:05.4129 1180/T1 age/Cor/CoreMain.cpp:1340 ]: Passenger core online',
    );
    expect(line).toMatchObject({ level: 'NOTICE', message: 'Passenger core online' });
    expect(line.fields.header_columns).toBe('1180/T1 age/Cor/CoreMain.cpp:1340');
  });

  it('still reads a name alone there as the logger (`[time INFO HostContext] text`)', () => {
    const line = parseLine("[2026-11-30 10:00:00Z INFO HostContext] Well known directory 'Bin'");
    expect(line).toMatchObject({
      level: 'INFO',
      logger: 'HostContext',
      message: "Well known directory 'Bin'",
    });
    expect(line.fields.header_columns).toBeUndefined();
  });
});
