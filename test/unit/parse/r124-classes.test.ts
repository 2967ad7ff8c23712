/**
 * Round r124, on dev184's Linux gaming compatibility layers: Wine's debug-channel line
 * (`__wine_dbg_header`: `[uptime:][pid:]tid:class:channel:function text`), as upstream Wine, Proton
 * and every Wine-based runtime print it, with vkd3d-proton's `tid:level:function: text` of the same
 * family; and the Steam Runtime tools' `prog[pid]: L: text` (pressure-vessel).
 */
import { describe, expect, it } from 'vitest';
import { parseSrtLogLine } from '../../../core/parse/formats/srt-log.ts';
import { parseWineDebugLine } from '../../../core/parse/formats/wine-debug.ts';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });

describe("Wine's debug-channel line", () => {
  it('reads the default header: thread id, class, channel and function', () => {
    expect(read('0024:fixme:heap:RtlSetHeapInformation handle 0000000000080000, size 4 stub!')).toMatchObject(
      {
        format: 'wine_debug',
        level: 'WARN',
        message: 'handle 0000000000080000, size 4 stub!',
        logger: 'heap',
        timestamp: undefined,
        fields: { tid: '0024', caller: 'RtlSetHeapInformation' },
      },
    );
    expect(
      read('0104:err:module:import_dll Library MSVCP140.dll (which is needed by L"x.exe") not found'),
    ).toMatchObject({
      level: 'ERROR',
      message: 'Library MSVCP140.dll (which is needed by L"x.exe") not found',
      logger: 'module',
    });
    expect(read('0104:warn:seh:dispatch_exception C++ exception (code=e06d7363) raised').level).toBe('WARN');
    expect(read('0104:trace:seh:call_vectored_handlers calling handler at 00000001425C1E40').level).toBe(
      'TRACE',
    );
  });

  it('reads a thread id opening with a hex letter, and one of eight digits', () => {
    expect(read('a0c4:err:module:loader_init Importing dlls failed, status c0000135')).toMatchObject({
      format: 'wine_debug',
      level: 'ERROR',
      fields: { tid: 'a0c4', caller: 'loader_init' },
    });
    expect(read('0001a0c4:fixme:ntdll:NtQuerySystemInformation info_class 0').fields.tid).toBe('0001a0c4');
  });

  it("reads +timestamp and +pid (Proton's PROTON_LOG): the uptime is no time", () => {
    expect(
      read(
        '3412.118:0020:0024:trace:loaddll:build_module Loaded L"C:\\\\windows\\\\kernelbase.dll" at 00006FFFFF8C0000: builtin',
      ),
    ).toMatchObject({
      format: 'wine_debug',
      level: 'TRACE',
      message: 'Loaded L"C:\\\\windows\\\\kernelbase.dll" at 00006FFFFF8C0000: builtin',
      logger: 'loaddll',
      timestamp: undefined,
      timestampText: undefined,
      fields: { uptime: '3412.118', pid: '0020', tid: '0024', caller: 'build_module' },
    });
    expect(read('3412.118:0024:fixme:heap:f text').fields).toMatchObject({ uptime: '3412.118', tid: '0024' });
  });

  it("reads vkd3d-proton's level:function: after a thread id, and its channel inside Proton", () => {
    expect(read('0160:info:vkd3d_get_vk_version: vkd3d-proton - applicationVersion: 2.14.1.')).toMatchObject({
      format: 'wine_debug',
      level: 'INFO',
      message: 'vkd3d-proton - applicationVersion: 2.14.1.',
      logger: undefined,
      fields: { tid: '0160', caller: 'vkd3d_get_vk_version' },
    });
    expect(
      read('02f0:err:d3d12_command_list_build_acceleration_structure: Scratch buffer too small.').level,
    ).toBe('ERROR');
    expect(
      read("520.452:03e8:03ec:info:vkd3d-proton:vkd3d_config_flags_init_once: VKD3D_CONFIG=''."),
    ).toMatchObject({
      level: 'INFO',
      message: "VKD3D_CONFIG=''.",
      logger: 'vkd3d-proton',
      fields: { uptime: '520.452', pid: '03e8', tid: '03ec', caller: 'vkd3d_config_flags_init_once' },
    });
  });

  it('reads it in a learned source and carried by CRI as bare', () => {
    const lines = Array.from(
      { length: 12 },
      (_, n) => `01${n + 10}:fixme:ntdll:NtQuerySystemInformation info_class ${n}`,
    );
    const line = learnedReader(
      lines,
      receivedAt,
    )('0138:err:module:import_dll Library XINPUT1_4.dll not found');
    expect(line).toMatchObject({ level: 'ERROR', message: 'Library XINPUT1_4.dll not found' });
    const cri = read(
      '2026-11-30T10:00:00.000000000Z stderr F 0024:err:module:import_dll Library x not found',
    );
    expect(cri).toMatchObject({ level: 'ERROR', message: 'Library x not found', logger: 'module' });
  });

  it('leaves a message its own words: a class later in the text sets nothing', () => {
    expect(read('0024:fixme:heap:f see 0024:err:module:g text')).toMatchObject({
      level: 'WARN',
      message: 'see 0024:err:module:g text',
    });
    expect(read('payload 0024:err:module:import_dll x').level).toBeUndefined();
  });

  it('turns away near misses: an unknown class, short or upper-case ids, no text separator, three ids', () => {
    for (const raw of [
      '0024:note:heap:f text',
      '0024:fixmee:heap:f text',
      '024:fixme:heap:f text',
      '0A24:fixme:heap:f text',
      '0024:fixme:heap:f',
      '0024:fixme:heap:ftext:',
      '0024:fixme:heap text',
      '0020:0024:0028:fixme:heap:f text',
      '12:30:fixme:heap:f text',
      '3412.11:0024:fixme:heap:f text',
      '0024:fixme:: text',
    ]) {
      expect(parseWineDebugLine(raw), raw).toBeUndefined();
      expect(read(raw).format, raw).not.toBe('wine_debug');
    }
  });

  it('reads no time from any of its fields', () => {
    const line = read('1795511642.118:0020:0024:err:module:f text');
    expect(line.timestamp).toBeUndefined();
  });
});

describe("the Steam Runtime tools' prog[pid]: L: line", () => {
  it("reads get_level_prefix's marks", () => {
    expect(read('pressure-vessel-wrap[18422]: D: Checking for x86_64-linux-gnu libraries...')).toMatchObject({
      format: 'srt_log',
      level: 'DEBUG',
      message: 'Checking for x86_64-linux-gnu libraries...',
      service: 'pressure-vessel-wrap',
      timestamp: undefined,
      fields: { pid: 18422 },
    });
    const level = (mark: string) => read(`pressure-vessel-adverb[18530]: ${mark}: text`).level;
    expect(['E', 'W', 'N', 'I', 'D', 'Internal error'].map(level)).toEqual([
      'ERROR',
      'WARN',
      'NOTICE',
      'INFO',
      'DEBUG',
      'ERROR',
    ]);
    expect(read('pressure-vessel-wrap[18422]: D: -> /lib64/ld-linux-x86-64.so.2').message).toBe(
      '-> /lib64/ld-linux-x86-64.so.2',
    );
  });

  it('reads it in a learned source', () => {
    const lines = Array.from(
      { length: 12 },
      (_, n) => `pressure-vessel-wrap[18422]: D: Sharing /mnt/${n} with container`,
    );
    expect(
      learnedReader(lines, receivedAt)('pressure-vessel-wrap[18422]: E: Cannot run /usr/bin/bwrap'),
    ).toMatchObject({
      level: 'ERROR',
      message: 'Cannot run /usr/bin/bwrap',
    });
  });

  it("leaves a message's own marks and a tag without one alone", () => {
    expect(read('pressure-vessel-wrap[1]: W: saw E: in the output')).toMatchObject({
      level: 'WARN',
      message: 'saw E: in the output',
    });
    for (const raw of [
      'sshd[812]: Accepted publickey for mira',
      'app[812]: X: text',
      'app[812]: W text',
      'app[812]:W: text',
      'app[]: W: text',
      'app[81a]: W: text',
      'App[812]: W: text',
      'app [812]: W: text',
      'app[812]: Warning: text',
    ]) {
      expect(parseSrtLogLine(raw), raw).toBeUndefined();
      expect(read(raw).format, raw).not.toBe('srt_log');
    }
  });
});

describe("a dash opening the text after a level's own colon", () => {
  it("keeps it: Python's `%(levelname)s: %(message)s` and a message that opens with `- `", () => {
    expect(read('[DLManager] INFO:  - Downloaded: 96.20 MiB, Written: 171.55 MiB')).toMatchObject({
      level: 'INFO',
      message: '- Downloaded: 96.20 MiB, Written: 171.55 MiB',
    });
    expect(read('[2026-11-30 01:03:18,625] INFO: - Started: 2026-11-30 01:00:04')).toMatchObject({
      level: 'INFO',
      timestamp: Date.parse('2026-11-30T01:03:18.625Z'),
      message: '- Started: 2026-11-30 01:00:04',
    });
    expect(read('[DLManager] INFO:  + Download\t- 12.1 MiB/s').message).toBe('+ Download\t- 12.1 MiB/s');
  });

  it('still steps over a dash the layout wrote between fields, with no colon of the level before it', () => {
    expect(read('2026-11-30 10:00:00 INFO - x').message).toBe('x');
    expect(read('2026-11-30 10:00:00,123 - name - INFO - x')).toMatchObject({ logger: 'name', message: 'x' });
    expect(read('2026-11-30 10:00:00 Error: - x').message).not.toBe('- x');
    // ISAR's `%(levelname)-8s:  - %(name)s - %(message)s`: the dash before a name and ` - ` is the layout's.
    expect(
      read('2026-11-26 06:45:22,209 - INFO:     - api - Received request to start new mission'),
    ).toMatchObject({
      level: 'INFO',
      logger: 'api',
      message: 'Received request to start new mission',
    });
  });
});
