/**
 * Round r125, on dev185's emulator sources: the Citra family's `file:function:line: ` location after
 * its level (yuzu, shadPS4, and Python's `%(filename)s:%(funcName)s:%(lineno)d`), RPCS3's
 * `·L uptime {thread} channel: ` line, and EmulationStation's `lvlN: \t` level after its date.
 */
import { describe, expect, it } from 'vitest';
import { parseRpcs3Line } from '../../../core/parse/formats/rpcs3-log.ts';
import { isFileFunctionLine } from '../../../core/parse/header-fields.ts';
import { parseLine } from '../../../core/parse/index.ts';
import { charactersRead } from '../../support/characters-read.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });

describe("the Citra family's `file:function:line: ` after its level (yuzu, shadPS4)", () => {
  const yuzu = [
    '[   0.001003] Frontend <Info> yuzu/main.cpp:GMainWindow:283: yuzu Version: yuzu 1335 | HEAD-0e6b5a2b1',
    '[   0.001486] Config <Info> common/settings.cpp:LogSettings:50: yuzu Configuration:',
    '[   0.001494] Config <Info> common/settings.cpp:LogSetting:46: Controls_UseDockedMode: true',
    '[   1.513514] Render.Vulkan <Info> video_core/vulkan_common/vulkan_device.cpp:Device:411: Device: RX 6700 XT',
    '[   1.722079] Core <Info> core/core.cpp:Load:262: Booting game: 0100A3D008C5C000 | Violet | 1.2.0',
    '[   2.477040] Render.Vulkan <Info> video_core/renderer_vulkan/vk_pipeline_cache.cpp:LoadDiskResources:451: Total Pipeline Count: 4817',
    '[   6.580287] Service.HID <Warning> core/hle/service/hid/hid.cpp:SetNpadJoyHoldType:1408: (STUBBED) called',
    '[  15.409061] Render.Vulkan <Info> video_core/renderer_vulkan/vk_pipeline_cache.cpp:CreateGraphicsPipeline:590: 0x4f3a9b71c2d0e855',
    '[  18.924471] Service.NIFM <Error> core/hle/service/nifm/nifm.cpp:IsAnyInternetRequestAccepted:511: Network is not available',
    '[  58.472532] Core <Info> core/core.cpp:Shutdown:398: Shutting down',
  ];

  it('cuts the location from the text of a learned source, long paths too, and keeps it as the caller', () => {
    const reader = learnedReader(yuzu, receivedAt);
    expect(
      reader(
        '[  33.929005] Render.Vulkan <Error> video_core/renderer_vulkan/vk_scheduler.cpp:WaitWorker:92: Worker timed out waiting for fence 81934, retrying',
      ),
    ).toMatchObject({
      level: 'ERROR',
      message: 'Worker timed out waiting for fence 81934, retrying',
      fields: { caller: 'video_core/renderer_vulkan/vk_scheduler.cpp:WaitWorker:92' },
    });
    // The uptime is no time.
    expect(reader(yuzu[0] as string).timestamp).toBeUndefined();
  });

  it("reads shadPS4's line, which prints no uptime", () => {
    const lines = [
      '[Config] <Info> emulator.cpp:Run:96: Starting shadps4 emulator v0.7.0 WIP, main 4f2c1e9',
      '[Config] <Info> emulator.cpp:Run:101: General LogType: async',
      '[Loader] <Info> emulator.cpp:Run:128: Game id: CUSA03173 Title: Bloodborne',
      '[Render.Vulkan] <Info> video_core/renderer_vulkan/vk_instance.cpp:Instance:118: Found 1 physical devices',
      '[Render.Vulkan] <Warning> video_core/renderer_vulkan/vk_instance.cpp:CreateDevice:305: not supported',
      '[Core.Linker] <Info> core/linker.cpp:LoadModule:88: Loading module /srv/ps4/CUSA03173/eboot.bin',
      '[Core.Linker] <Info> core/linker.cpp:LoadModule:88: Loading module /srv/ps4/CUSA03173/sce_module/libc.prx',
      '[Lib.Kernel] <Warning> core/libraries/kernel/memory.cpp:MapMemory:204: Mapping 0x200000 bytes',
      '[Render.Vulkan] <Info> video_core/renderer_vulkan/vk_pipeline_cache.cpp:LoadPipelineCache:412: Loaded 3184 pipelines',
      '[Lib.AudioOut] <Error> core/libraries/audio/audioout.cpp:sceAudioOutOutput:318: Port 2 is not open',
    ];
    expect(
      learnedReader(
        lines,
        receivedAt,
      )('[Core.Linker] <Error> core/linker.cpp:Resolve:310: Unresolved symbol x'),
    ).toMatchObject({ level: 'ERROR', message: 'Unresolved symbol x' });
  });

  it('takes a file, a function name and a line number only', () => {
    const is = (s: string) => isFileFunctionLine(s, 0, s.length);
    expect(is('core/core.cpp:Load:262')).toBe(true);
    expect(is('app.py:handle_request:42')).toBe(true);
    expect(is('sleep.py:_start():L104')).toBe(true);
    for (const s of [
      'core/core.txt:Load:262',
      'core.cpp:Load:26x',
      'core.cpp::262',
      'core.cpp:9Load:262',
      'core.cpp:Lo-ad:262',
      'core.cpp:Load:12345678',
      'Load:core.cpp:262',
      'host.example.org:Load:262',
    ]) {
      expect(is(s), s).toBe(false);
    }
  });

  it("leaves a text's own location where the sample's lines do not open with one", () => {
    const lines = [
      '[   0.001003] Frontend <Info> Starting up',
      '[   0.001486] Config <Info> Reading settings',
      '[   0.001494] Config <Info> Controls_UseDockedMode: true',
      '[   1.513514] Core <Info> Booting game',
      '[   1.722079] Core <Warning> Slow frame',
    ];
    const line = learnedReader(lines, receivedAt)('[   2.0] Core <Error> core/core.cpp:Load:262: failed');
    expect(line.level).toBe('ERROR');
    expect(line.message).toBe('core/core.cpp:Load:262: failed');
  });
});

describe("RPCS3's log line (`·L uptime {thread} channel: `)", () => {
  it('reads the severity letter, the channel and the thread, the uptime as no time', () => {
    expect(
      read(
        "·E 0:00:05.814705 {PPU[0x1000000] Thread (main_thread) [HLE:0x01071c8c, LR:0x0040f5d4]} sys_fs: 'sys_fs_open' failed with 0x80010006",
      ),
    ).toMatchObject({
      format: 'rpcs3',
      level: 'ERROR',
      logger: 'sys_fs',
      message: "'sys_fs_open' failed with 0x80010006",
      fields: {
        thread: 'PPU[0x1000000] Thread (main_thread) [HLE:0x01071c8c, LR:0x0040f5d4]',
        uptime: '0:00:05.814705',
      },
    });
    const notice = read('·! 0:00:00.000612 SYS: RPCS3 v0.0.33-16940-8f6c3a1e Alpha | master');
    expect(notice).toMatchObject({
      level: 'NOTICE',
      logger: 'SYS',
      message: 'RPCS3 v0.0.33-16940-8f6c3a1e Alpha | master',
    });
    expect(notice.timestamp).toBeUndefined();
    expect(notice.fields.thread).toBeUndefined();
  });

  it('reads every letter of `file_listener::log`, a todo after its channel or alone', () => {
    const level = (letter: string) => read(`·${letter} 1:02:03.000004 RSX: x`).level;
    expect(['F', 'E', 'U', 'S', 'W', '!', 'T'].map(level)).toEqual([
      'FATAL',
      'ERROR',
      'WARN',
      'INFO',
      'WARN',
      'NOTICE',
      'TRACE',
    ]);
    const always = read('·A 0:00:00.000000 SYS: Firmware version: 4.91');
    expect(always).toMatchObject({ format: 'rpcs3', message: 'Firmware version: 4.91' });
    expect(always.level).toBeUndefined();
    expect(
      read(
        '·U 0:00:05.817216 {PPU[0x1000000] Thread (main_thread)} cellSysutil TODO: cellVideoOutConfigure()',
      ),
    ).toMatchObject({
      level: 'WARN',
      logger: 'cellSysutil',
      message: 'cellVideoOutConfigure()',
    });
    expect(read('·U 0:00:05.817216 TODO: something').message).toBe('something');
  });

  it("never lets the text's own words set the level", () => {
    expect(read('·S 0:00:57.076497 cellSaveData: ERROR: disk full [FATAL]')).toMatchObject({
      level: 'INFO',
      message: 'ERROR: disk full [FATAL]',
    });
    expect(read('·! 0:01:47.199843 {Qt Main} SYS: ·E 0:00:00.000000 SYS: forged')).toMatchObject({
      level: 'NOTICE',
      message: '·E 0:00:00.000000 SYS: forged',
    });
  });

  it('leaves other lines opening with a middle dot as they were', () => {
    for (const raw of [
      '·X 0:00:05.814705 SYS: x',
      '·e 0:00:05.814705 SYS: x',
      '·E0:00:05.814705 SYS: x',
      '·E 0:00:05 SYS: x',
      '·E 0:0:05.814705 SYS: x',
      '·E 0:00:05.8147 SYS: x',
      '· E 0:00:05.814705 SYS: x',
      '·E 0:00:05.814705 {never closed SYS: x',
      '· item one, · item two',
    ]) {
      const line = read(raw);
      expect(line.format, raw).not.toBe('rpcs3');
      expect(line.level, raw).toBeUndefined();
    }
  });

  it('turns a long line away without searching it for the prefix’s brace', () => {
    for (const tail of ['x'.repeat(100_000), `${'a'.repeat(100_000)}} SYS: text`]) {
      expect(charactersRead(() => parseRpcs3Line(`·E 0:00:05.814705 {${tail}`))).toBeLessThan(256);
    }
  });
});

describe("EmulationStation's `lvlN: \\t` after its date", () => {
  it('reads lvl0 to lvl3 on the LogLevel enum, the text after the tab', () => {
    expect(read('Nov 30 18:40:04 lvl1: \tSystem "sega32x" has no games! Ignoring it.')).toMatchObject({
      format: 'syslog3164',
      level: 'WARN',
      message: 'System "sega32x" has no games! Ignoring it.',
      timestamp: Date.UTC(2026, 10, 30, 18, 40, 4),
    });
    expect(read('Nov 30 19:52:05 lvl0: \t...launch terminated with nonzero exit code 256!').level).toBe(
      'ERROR',
    );
    expect(read('Nov 30 18:40:02 lvl2: \tCreating window...').level).toBe('INFO');
    expect(read('Nov 30 18:40:02 lvl3: \tdebug text').level).toBe('DEBUG');
    const line = read('Nov 30 18:40:02 lvl2: \tCreating window...');
    expect(line.service).toBeUndefined();
  });

  it("keeps a syslog tag of that name without the tab, another number, and the text's own level words", () => {
    for (const raw of [
      'Nov 30 18:40:02 lvl2: Creating window...',
      'Nov 30 18:40:02 lvl4: \tCreating window...',
      'Nov 30 18:40:02 lvl12: \tCreating window...',
      'Nov 30 18:40:02 lvlx: \tCreating window...',
    ]) {
      expect(read(raw).level, raw).toBeUndefined();
    }
    expect(read('Nov 30 18:40:02 lvl2: \tERROR: lvl0: forged').level).toBe('INFO');
    expect(read('Nov 30 18:40:02 host lvl0: \ttext').level).toBeUndefined();
  });
});
