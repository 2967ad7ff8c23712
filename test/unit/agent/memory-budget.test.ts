import { describe, expect, it } from 'vitest';
import { DEFAULT_TUNING, missingTuning, planMemory } from '#agent/config/memory-budget.ts';
import { parseAgentConfig } from '#agent/index.ts';
import { MemoryGuard } from '#agent/ops/memory-guard.ts';

const MiB = 1024 * 1024;
const defaults = { bufferMaxBytes: 4 * MiB, batchMaxBytes: 1_000_000, recordMaxBytes: 500_000 };
const base = {
  kafka: { brokers: ['127.0.0.1:19092'], topics: { logs: 'logs', heartbeats: 'heartbeats' } },
  inputs: { files: [{ paths: ['/var/log/app/*.log'] }] },
  state_dir: '/var/lib/logward-agent',
};

describe('planMemory', () => {
  it('sizes the heap, the buffers and the soft limit for the smallest limit', () => {
    expect(planMemory(96, defaults, 6 * 65_536)).toEqual({
      limitBytes: 96 * MiB,
      softLimitBytes: 90_596_966, // 10 % under the limit
      nodeFlags: [
        '--max-semi-space-size=1',
        '--max-old-space-size=32',
        '--heap-growing-percent=50',
        '--no-concurrent-recompilation',
        '--optimize-for-size',
      ],
      env: { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' },
      bufferMaxBytes: 1.125 * MiB,
      // A record keeps room for a 64 KiB line once JSON-escaped; a batch holds at least one.
      recordMaxBytes: 6 * 65_536,
      batchMaxBytes: 6 * 65_536,
    });
  });

  it('grows with the limit, never past what is configured', () => {
    const plan = planMemory(256, defaults, 6 * 65_536);
    expect(plan.nodeFlags).toEqual([
      '--max-old-space-size=178',
      '--heap-growing-percent=50',
      '--no-concurrent-recompilation',
    ]);
    expect(plan).toMatchObject({
      bufferMaxBytes: 4 * MiB,
      batchMaxBytes: 1_000_000,
      recordMaxBytes: 500_000,
    });
    expect(planMemory(160, defaults, 6 * 65_536).nodeFlags).toEqual([
      '--max-semi-space-size=2',
      '--max-old-space-size=82',
      '--heap-growing-percent=50',
      '--no-concurrent-recompilation',
    ]);
  });

  it('keeps smaller sizes the configuration gives', () => {
    const small = { bufferMaxBytes: 256 * 1024, batchMaxBytes: 64 * 1024, recordMaxBytes: 32 * 1024 };
    expect(planMemory(96, small, 32 * 1024)).toMatchObject(small);
  });
});

describe('missingTuning', () => {
  const malloc = {
    MALLOC_ARENA_MAX: '2',
    MALLOC_MMAP_THRESHOLD_: '131072',
    MALLOC_TRIM_THRESHOLD_: '131072',
  };

  it("gives a plain node process the default heap growth, and a limit's plan the malloc variables too", () => {
    expect(missingTuning(DEFAULT_TUNING, { execArgv: [], env: { PATH: '/usr/bin' } })).toEqual({
      nodeFlags: ['--heap-growing-percent=50', '--no-concurrent-recompilation'],
      env: {},
    });
    expect(missingTuning(planMemory(256, defaults, 6 * 65_536), { execArgv: [], env: {} })).toEqual({
      nodeFlags: ['--max-old-space-size=178', '--heap-growing-percent=50', '--no-concurrent-recompilation'],
      env: malloc,
    });
  });

  it('needs no restart once the process runs with them', () => {
    expect(
      missingTuning(DEFAULT_TUNING, {
        execArgv: ['--heap-growing-percent=50', '--no-concurrent-recompilation'],
        env: {},
      }),
    ).toBeUndefined();
    const plan = planMemory(256, defaults, 6 * 65_536);
    const restarted = { execArgv: [...plan.nodeFlags], env: { ...malloc } };
    expect(missingTuning(plan, restarted)).toBeUndefined();
  });

  it('lets flags and variables the user gave win, in either spelling, negated or not, or in NODE_OPTIONS', () => {
    const plan = planMemory(96, defaults, 6 * 65_536);
    expect(
      missingTuning(plan, {
        execArgv: ['--max_old_space_size=64', '--import', './x.mjs', '--concurrent_recompilation'],
        env: { NODE_OPTIONS: '--enable-source-maps  --heap-growing-percent=50', MALLOC_ARENA_MAX: '4' },
      }),
    ).toEqual({
      nodeFlags: ['--max-semi-space-size=1', '--optimize-for-size'],
      env: { MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' },
    });
  });
});

describe('memory_limit_mb', () => {
  it('applies the plan to the kafka sizes', () => {
    const c = parseAgentConfig({ ...base, memory_limit_mb: 96 });
    expect(c.memory?.limitBytes).toBe(96 * MiB);
    expect(c.kafka).toMatchObject({
      bufferMaxBytes: 1.125 * MiB,
      batchMaxBytes: 393_216,
      recordMaxBytes: 393_216,
    });
    expect(parseAgentConfig(base).memory).toBeUndefined();
  });

  it('keeps room in a record for the longest line an input accepts', () => {
    const c = parseAgentConfig({
      ...base,
      kafka: { ...base.kafka, batch_max_bytes: 2_000_000 },
      inputs: { files: [{ paths: ['/a/*.log'], max_line_bytes: 200_000 }] },
      memory_limit_mb: 96,
    });
    expect(c.kafka.recordMaxBytes).toBe(1_200_000);
    expect(c.kafka.batchMaxBytes).toBe(1_200_000);
  });

  it('refuses a limit the agent cannot hold, naming the field', () => {
    for (const bad of [64, 95.5, '96', 70_000])
      expect(() => parseAgentConfig({ ...base, memory_limit_mb: bad })).toThrow(
        /^memory_limit_mb: expected an integer from 96 to 65536 \(megabytes of peak RSS; the idle agent alone takes about 78\), got /,
      );
  });
});

describe('MemoryGuard', () => {
  it('samples RSS at most once per interval and counts the times it went over', () => {
    let rss = 10;
    let now = 0;
    let reads = 0;
    const guard = new MemoryGuard(
      100,
      () => {
        reads++;
        return rss;
      },
      () => now,
      10,
    );
    expect(guard.over()).toBe(false);
    rss = 150;
    now = 5;
    expect(guard.over()).toBe(false);
    now = 10;
    expect(guard.over()).toBe(true);
    now = 20;
    expect(guard.over()).toBe(true);
    rss = 50;
    now = 30;
    expect(guard.over()).toBe(false);
    rss = 101;
    now = 40;
    expect(guard.over()).toBe(true);
    expect({ reads, pauses: guard.pauses, rssBytes: guard.rssBytes }).toEqual({
      reads: 5,
      pauses: 2,
      rssBytes: 101,
    });
  });
});
