/**
 * Level classes read in the long23 round, on the misses of the long-source sets dev27 and dev28: a
 * level among the first bracketed fields of a ctime header, a level joined by its colon to a source
 * location.
 */
import { describe, expect, it } from 'vitest';
import { isSourceLocation } from '../../../core/parse/header-fields.ts';
import { parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const parse = (raw: string) => parseLine(raw, { receivedAt });

describe('a level among the first bracketed fields of a ctime header', () => {
  it('reads mod_jk’s `[ctime] [pid:tid] [level]`, the pid and thread as fields', () => {
    expect(
      parse(
        '[Mon Nov 30 09:03:43.423 2026] [21210:139912504571648] [error] ajp_connect_to_endpoint::jk_ajp_common.c (1128): (app1) failed',
      ),
    ).toMatchObject({
      format: 'apache_error',
      timestamp: Date.UTC(2026, 10, 30, 9, 3, 43, 423),
      level: 'ERROR',
      fields: { pid: 21210, tid: 139912504571648 },
      message: 'ajp_connect_to_endpoint::jk_ajp_common.c (1128): (app1) failed',
    });
  });

  it('reads Nessus’s `[pid.thread]` glued to the time’s bracket', () => {
    expect(parse('[Mon Nov 30 02:10:32 2026][77.24] scan 93f5: starting host 10.80.1.12')).toMatchObject({
      level: undefined,
      fields: { pid: 77, tid: 24 },
      message: 'scan 93f5: starting host 10.80.1.12',
    });
  });

  it('reads a level after a bracketed name, which is kept as a header column', () => {
    expect(parse('[Mon Nov 30 09:03:43 2026] [mod_proxy] [warn] backend slow')).toMatchObject({
      level: 'WARN',
      message: 'backend slow',
      fields: { header_columns: '[mod_proxy]' },
    });
  });

  it('keeps brackets no level follows, words in brackets, and short names as the text', () => {
    expect(parse('[Sun Dec 04 04:47:44 2005] [weird] thing')).toMatchObject({
      level: undefined,
      message: '[weird] thing',
    });
    expect(parse('[Sun Dec 04 04:47:44 2005] [notice] [weird] thing').message).toBe('[weird] thing');
    expect(parse('[Sun Dec 04 04:47:44 2005] [a b] [error] thing')).toMatchObject({
      level: undefined,
      message: '[a b] [error] thing',
    });
    // Three unknown brackets is more than a header writes; `[c]` after a name is a name, not FATAL.
    expect(parse('[Sun Dec 04 04:47:44 2005] [a] [b] [c] [error] thing').level).toBeUndefined();
    expect(parse('[Sun Dec 04 04:47:44 2005] [a] [c] thing').level).toBeUndefined();
    // A version is no pid and thread.
    expect(parse('[Sun Dec 04 04:47:44 2005] [1.2.3] released').message).toBe('[1.2.3] released');
  });

  it('reads a dot between pid and thread only glued: one space apart, a decimal is the text’s', () => {
    for (const text of ['[3.14] Pi computed', '[2026.11] release notes']) {
      const line = parse(`[Mon Nov 30 09:01:04 2026] ${text}`);
      expect(line.message).toBe(text);
      expect(line.fields.pid).toBeUndefined();
    }
    // mod_jk's `[pid:tid]` stays read one space apart.
    expect(parse('[Mon Nov 30 09:01:04 2026] [21107:1399] [info] x').fields).toMatchObject({
      pid: 21107,
      tid: 1399,
    });
  });
});

describe('a level joined by its colon to a source location', () => {
  it('reads NSClient++’s `level:c:\\path\\file.cpp:line:` after the time, the path no logger', () => {
    expect(
      parse(
        '2026-11-30 07:14:03: info:c:\\source\\master\\service\\NSClient++.cpp:402: Starting: NSClient++ 0.5.2.39 x64',
      ),
    ).toMatchObject({
      level: 'INFO',
      message: 'Starting: NSClient++ 0.5.2.39 x64',
      logger: undefined,
    });
    expect(
      parse(
        '2026-11-30 07:31:40: warning:c:\\source\\master\\modules\\NRPEServer\\NRPEServer.cpp:188: Rejected connection from: 10.40.2.77',
      ),
    ).toMatchObject({ level: 'WARN', message: 'Rejected connection from: 10.40.2.77' });
  });

  it('reads no level from a drive, a size or a path that is no source file', () => {
    expect(parse('2026-11-30 07:14:03: C: 120 GB free').level).toBeUndefined();
    expect(parse('2026-11-30 07:14:03: C: drive is full').level).toBeUndefined();
    expect(
      parse(
        '2026-11-30 07:14:03: note:C:\\Users\\someone\\Documents\\very-long-folder-name\\report.docx:3 opened',
      ).level,
    ).toBeUndefined();
  });

  it('takes a Windows path to a source file as a location, and no other file', () => {
    const at = (text: string) => isSourceLocation(text, 0, text.length);
    expect(at('c:\\source\\master\\service\\NSClient++.cpp:402')).toBe(true);
    expect(at('C:/src/app/main.go:12')).toBe(true);
    expect(at('c:\\docs\\notes.txt:3')).toBe(false);
    expect(at('C: 120')).toBe(false);
  });
});
