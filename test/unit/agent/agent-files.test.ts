import { execFileSync } from 'node:child_process';
import {
  appendFile,
  copyFile,
  type FileHandle,
  glob,
  mkdir,
  mkdtemp,
  readFile,
  rename,
  rm,
  symlink,
  truncate,
  unlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AgentConfig, parseAgentConfig, type RunningAgent, startAgent } from '#agent/index.ts';
import { expandPath, FileTailer } from '#agent/inputs/file-tailer.ts';
import { latestWriteAt, TrackedFile } from '#agent/inputs/tracked-file.ts';
import type { OutRecord } from '#agent/sink/sink.ts';
import { FakeSender, waitFor } from './fake-sender.ts';

let dir: string;
const running: RunningAgent[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'logward-agent-'));
});

afterEach(async () => {
  for (const a of running.splice(0)) await a.stop();
  await rm(dir, { recursive: true, force: true });
});

function config(overrides: Record<string, unknown> = {}, file: Record<string, unknown> = {}): AgentConfig {
  return parseAgentConfig({
    kafka: { brokers: ['127.0.0.1:1'], topics: { logs: 'logs', heartbeats: 'heartbeats' }, linger_ms: 0 },
    inputs: {
      files: [{ paths: [join(dir, 'logs', '*.log')], service: 'svc', tags: { env: 'test' }, ...file }],
    },
    state_dir: join(dir, 'state'),
    scan_interval_ms: 50,
    poll_interval_ms: 10,
    checkpoint_interval_ms: 50,
    release_after_ms: 200,
    partial_line_timeout_ms: 300,
    heartbeat: { enabled: false },
    status: false,
    ...overrides,
  });
}

/** Kafka settings whose 8 KiB buffer fills within a few reads, so inputs pause (backpressure tests). */
function smallBufferKafka(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    brokers: ['127.0.0.1:1'],
    topics: { logs: 'logs', heartbeats: 'heartbeats' },
    linger_ms: 0,
    record_max_bytes: 4096,
    batch_max_bytes: 4096,
    buffer_max_bytes: 8192,
    ...extra,
  };
}

async function start(sender: FakeSender, c = config()): Promise<RunningAgent> {
  const agent = await startAgent(c, { sender, log: () => undefined, stopTimeoutMs: 500 });
  running.push(agent);
  return agent;
}

async function stop(agent: RunningAgent): Promise<void> {
  running.splice(running.indexOf(agent), 1);
  await agent.stop();
}

const logs = () => join(dir, 'logs');
const lines = (from: number, to: number, prefix = 'line') =>
  Array.from({ length: to - from }, (_, i) => `${prefix} ${from + i}\n`).join('');

async function setup(initial = ''): Promise<string> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(logs(), { recursive: true });
  const path = join(logs(), 'app.log');
  await writeFile(path, initial);
  return path;
}

/** Sets `path`'s modification time a minute back, as a file server whose clock lags would show it. */
async function ageMinute(path: string): Promise<void> {
  const minuteAgo = (Date.now() - 60_000) / 1000 + 0.123;
  await utimes(path, minuteAgo, minuteAgo);
}

describe('agent with files (fake Kafka)', () => {
  it('starts existing files at the end on first start, new files at the beginning', async () => {
    const path = await setup(lines(0, 5));
    const sender = new FakeSender();
    await start(sender);
    await appendFile(path, lines(5, 8));
    await writeFile(join(logs(), 'new.log'), lines(0, 2, 'new'));
    await waitFor(() => sender.lines().length === 5);
    const got = sender.lines();
    expect(got.filter((l) => l.path === path).map((l) => [l.o, l.m])).toEqual([
      [35, 'line 5'],
      [42, 'line 6'],
      [49, 'line 7'],
    ]);
    expect(got.filter((l) => l.path !== path).map((l) => l.m)).toEqual(['new 0', 'new 1']);
    expect(sender.chunks[0]?.src).toMatchObject({ kind: 'file', service: 'svc', tags: { env: 'test' } });
    expect(sender.topics.every((t) => t === 'logs')).toBe(true);
  });

  it.each([
    [undefined, 2],
    ['v2', 2],
    ['v1', 1],
  ])('sends file lines in the record format kafka.wire_format %s names (v%i)', async (format, version) => {
    await setup();
    const sender = new FakeSender();
    const kafka = {
      brokers: ['127.0.0.1:1'],
      topics: { logs: 'logs', heartbeats: 'heartbeats' },
      linger_ms: 0,
    };
    await start(sender, config({ kafka: { ...kafka, wire_format: format } }));
    await writeFile(join(logs(), 'new.log'), lines(0, 3));
    await waitFor(() => sender.lines().length === 3);
    expect([...new Set(sender.chunks.map((c) => c.v))]).toEqual([version]);
    expect(sender.texts()).toEqual(['line 0', 'line 1', 'line 2']);
  });

  it('start_at beginning reads existing content; restart resumes after the last acknowledged line', async () => {
    const path = await setup(lines(0, 3));
    const sender = new FakeSender();
    const a = await start(sender, config({}, { start_at: 'beginning' }));
    await waitFor(() => sender.lines().length === 3);
    await stop(a);
    await appendFile(path, lines(3, 6));
    const b = await start(sender, config({}, { start_at: 'beginning' }));
    await waitFor(() => sender.lines().length === 6);
    await stop(b);
    expect(sender.texts()).toEqual(['line 0', 'line 1', 'line 2', 'line 3', 'line 4', 'line 5']);
    expect(new Set(sender.lines().map((l) => l.id)).size).toBe(1);
  });

  it('never checkpoints past what Kafka did not acknowledge; the next start re-sends it', async () => {
    const path = await setup();
    const sender = new FakeSender();
    const a = await start(sender);
    await appendFile(path, lines(0, 3));
    await waitFor(() => sender.lines().length === 3);
    sender.failing = true;
    await appendFile(path, lines(3, 6));
    await waitFor(() => sender.attempts > 3);
    expect(a.status().paused).toBe(false);
    await stop(a); // gives up after stopTimeoutMs: lines 3..5 unacknowledged
    const state = JSON.parse(await readFile(join(dir, 'state', 'checkpoints.json'), 'utf8'));
    expect(state.files[0].offset).toBe(21);
    sender.failing = false;
    await start(sender);
    await waitFor(() => sender.lines().length === 6);
    expect(sender.lines().map((l) => l.o)).toEqual([0, 7, 14, 21, 28, 35]);
  });

  it('pauses reading while Kafka is down and loses nothing when it returns', async () => {
    const path = await setup();
    const sender = new FakeSender();
    const c = config({
      kafka: smallBufferKafka({ retry_initial_ms: 20, retry_max_ms: 50 }),
    });
    const a = await start(sender, c);
    sender.failing = true;
    await appendFile(path, lines(0, 20000));
    await waitFor(() => a.status().paused, 5000, 'pause');
    const held = a.status();
    // bounded: the buffer cap plus one small read (JSON framing can roughly triple short lines)
    expect(held.kafka.bufferedBytes).toBeLessThan(8192 + 4 * 4096);
    expect(held.heldBytes).toBeGreaterThan(100_000);
    sender.failing = false;
    await waitFor(() => sender.lines().length >= 20000, 20_000, 'all lines');
    expect(sender.texts()).toEqual(lines(0, 20000).trimEnd().split('\n'));
  });

  it('resumes reading as soon as Kafka acknowledges, not a poll interval later', async () => {
    const path = await setup();
    const sender = new FakeSender();
    const c = config(
      {
        kafka: smallBufferKafka(),
        poll_interval_ms: 60_000,
      },
      { start_at: 'beginning' },
    );
    await appendFile(path, lines(0, 20000));
    await start(sender, c);
    // About 70 buffer fills: waiting out the poll interval after each would take over an hour.
    await waitFor(() => sender.lines().length >= 20000, 10_000, 'all lines');
    expect(sender.texts()).toEqual(lines(0, 20000).trimEnd().split('\n'));
  });

  it('never splits a line or a multiline event while reading is paused longer than the timeouts', async () => {
    const path = await setup();
    const sender = new FakeSender();
    const c = config(
      {
        kafka: smallBufferKafka({ retry_initial_ms: 20, retry_max_ms: 50 }),
        partial_line_timeout_ms: 100,
      },
      { multiline: { mode: 'java', timeout_ms: 100 } },
    );
    const a = await start(sender, c);
    sender.failing = true;
    const entry = (i: number) =>
      `ERROR entry ${i} ${'p'.repeat(i % 50)}\n\tat A.b(A.java:${i})\n\tat C.d(C.java:${i})\n`;
    await appendFile(path, Array.from({ length: 3000 }, (_, i) => entry(i)).join(''));
    await waitFor(() => a.status().paused, 5000, 'pause');
    await new Promise((r) => setTimeout(r, 600));
    sender.failing = false;
    await waitFor(() => sender.lines().length >= 3000, 20_000, 'all events');
    expect(sender.texts()).toEqual(Array.from({ length: 3000 }, (_, i) => entry(i).slice(0, -1)));
  });

  it('follows rename rotation without losing the tail of the old file', async () => {
    const path = await setup();
    const sender = new FakeSender();
    await start(sender);
    await appendFile(path, lines(0, 100));
    await rename(path, join(logs(), 'app.log.1'));
    await appendFile(join(logs(), 'app.log.1'), lines(100, 110)); // writer still has the old file open
    await writeFile(path, lines(110, 200));
    await waitFor(() => sender.lines().length === 200);
    expect(sender.texts().sort()).toEqual(lines(0, 200).trimEnd().split('\n').sort());
    const ids = new Set(sender.lines().map((l) => l.id));
    expect(ids.size).toBe(2);
  });

  it('handles copytruncate: reads the unread tail from the copy, then the truncated file as a new source', async () => {
    const path = await setup();
    const sender = new FakeSender();
    const a = await start(sender, config({ poll_interval_ms: 200, scan_interval_ms: 5000 }));
    await appendFile(path, lines(0, 50));
    await waitFor(() => sender.lines().length === 50);
    // Written and rotated between two polls: the agent never saw lines 50..59 in app.log.
    await appendFile(path, lines(50, 60));
    await copyFile(path, join(logs(), 'app.log.1'));
    await truncate(path, 0);
    await appendFile(path, lines(60, 200)); // regrown past the old offset before the next poll
    await waitFor(() => sender.lines().length >= 200, 10_000, '200 lines');
    expect(sender.texts().sort()).toEqual(lines(0, 200).trimEnd().split('\n').sort());
    const byId = new Map<string, number>();
    for (const l of sender.lines()) byId.set(l.id, (byId.get(l.id) ?? 0) + 1);
    expect([...byId.values()].sort((x, y) => x - y)).toEqual([60, 140]);
    expect(a.status().files.some((f) => f.errors > 0)).toBe(false);
  });

  it('after a restart, finishes a file that was renamed away while the agent was down', async () => {
    const path = await setup();
    const sender = new FakeSender();
    const a = await start(sender);
    await appendFile(path, lines(0, 5));
    await waitFor(() => sender.lines().length === 5);
    await stop(a);
    await appendFile(path, lines(5, 8)); // written before the rotation, never read
    await rename(path, join(logs(), 'app.log.1'));
    await writeFile(path, lines(8, 10));
    await start(sender);
    await waitFor(() => sender.lines().length === 10);
    expect(sender.texts().sort()).toEqual(lines(0, 10).trimEnd().split('\n').sort());
    const first = sender.lines()[0]?.id;
    expect(sender.lines().filter((l) => l.id === first)).toHaveLength(8);
  });

  it('after a restart, takes the unread tail from the copy of a file copytruncated while the agent was down', async () => {
    const path = await setup();
    const sender = new FakeSender();
    const a = await start(sender);
    await appendFile(path, lines(0, 5));
    await waitFor(() => sender.lines().length === 5);
    await stop(a);
    await appendFile(path, lines(5, 8));
    await copyFile(path, join(logs(), 'app.log.1'));
    await truncate(path, 0);
    await appendFile(path, lines(8, 10));
    await start(sender);
    await waitFor(() => sender.lines().length === 10);
    expect(sender.texts().sort()).toEqual(lines(0, 10).trimEnd().split('\n').sort());
    const ids = sender.lines().map((l) => l.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids.filter((id) => id === ids[0])).toHaveLength(8);
  });

  it('starting at the end of a file whose last line is unfinished ships that line whole', async () => {
    const path = await setup('old 1\nold 2\nhalf');
    const sender = new FakeSender();
    await start(sender);
    await appendFile(path, ' done\nnext\n');
    await waitFor(() => sender.lines().length === 2);
    expect(sender.lines().map((l) => [l.o, l.m])).toEqual([
      [12, 'half done'],
      [22, 'next'],
    ]);
  });

  it('keeps the source id of a small file as it grows past the fingerprint size, across restarts', async () => {
    const path = await setup();
    const sender = new FakeSender();
    const a = await start(sender);
    await appendFile(path, 'tiny\n');
    await waitFor(() => sender.lines().length === 1);
    await appendFile(path, lines(0, 300));
    await waitFor(() => sender.lines().length === 301);
    await stop(a);
    await appendFile(path, lines(300, 310));
    await start(sender);
    await waitFor(() => sender.lines().length === 311);
    expect(new Set(sender.lines().map((l) => l.id)).size).toBe(1);
    const state = JSON.parse(await readFile(join(dir, 'state', 'checkpoints.json'), 'utf8'));
    expect(state.files[0].fpLen).toBe(1024);
  });

  it('never reads compressed rotated files, even when the glob matches them', async () => {
    await setup();
    const sender = new FakeSender();
    await start(sender, config({}, { paths: [join(dir, 'logs', 'app.log*')], start_at: 'beginning' }));
    await writeFile(join(logs(), 'app.log.1.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x0a]));
    await writeFile(join(logs(), 'app.log.2'), 'plain rotated\n');
    await waitFor(() => sender.lines().length === 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(sender.texts()).toEqual(['plain rotated']);
  });

  it('treats a reused inode with different content as a new file', async () => {
    const path = await setup();
    const sender = new FakeSender();
    const a = await start(sender);
    await appendFile(path, lines(0, 10, 'old'));
    await waitFor(() => sender.lines().length === 10);
    await stop(a);
    await unlink(path);
    await writeFile(path, lines(0, 3, 'fresh')); // may or may not reuse the inode
    await start(sender);
    await waitFor(() => sender.lines().length === 13);
    expect(sender.texts().slice(10)).toEqual(['fresh 0', 'fresh 1', 'fresh 2']);
  });

  it('emits a final line without newline after the partial-line timeout, and releases deleted files', async () => {
    const path = await setup();
    const sender = new FakeSender();
    const a = await start(sender);
    await appendFile(path, 'one\ntwo');
    await waitFor(() => sender.lines().length === 2);
    expect(sender.texts()).toEqual(['one', 'two']);
    await unlink(path);
    await waitFor(() => a.status().files.length === 0, 5000, 'release');
  });

  it('ships malformed input intact: CRLF, empty lines, invalid UTF-8, NUL, a long line', async () => {
    const path = await setup();
    const sender = new FakeSender();
    await start(sender, config({ limits: { max_line_bytes: 1024 } }));
    const long = Buffer.alloc(3 * 1024 * 1024, 'x');
    await appendFile(
      path,
      Buffer.concat([
        Buffer.from('crlf\r\n\r\n\n'),
        Buffer.from([0x62, 0x61, 0x64, 0xff, 0xfe, 0x0a]),
        Buffer.from('nul\u0000byte\n'),
        long,
        Buffer.from('\nafter\n'),
      ]),
    );
    await waitFor(() => sender.lines().length === 7);
    const got = sender
      .lines()
      .map((l) => ({ m: l.m.length > 40 ? `${l.m.slice(0, 3)}…${l.m.length}` : l.m, f: l.f }));
    expect(got).toEqual([
      { m: 'crlf', f: undefined },
      { m: '', f: undefined },
      { m: '', f: undefined },
      { m: 'bad\\xff\\xfe', f: ['invalid_utf8'] },
      { m: 'nul\u0000byte', f: undefined },
      { m: 'xxx…1024', f: ['truncated'] },
      { m: 'after', f: undefined },
    ]);
  });

  it("ships a file's last event and unfinished line at once when the file was last written longer ago than their timeouts", async () => {
    const path = await setup();
    await writeFile(
      path,
      'ERROR boom\njava.lang.RuntimeException: x\n\tat A.b(A.java:1)\nINFO last\nno newline',
    );
    await ageMinute(path);
    const sender = new FakeSender();
    const file = { start_at: 'beginning', multiline: { mode: 'java', timeout_ms: 30_000 } };
    await start(sender, config({ partial_line_timeout_ms: 60_000 }, file));
    await waitFor(() => sender.lines().length === 3, 5000, 'the events, long before their timeouts');
    expect(sender.texts()).toEqual([
      'ERROR boom\njava.lang.RuntimeException: x\n\tat A.b(A.java:1)',
      'INFO last',
      'no newline',
    ]);
  });

  it('holds the last event of a file written within its timeout until the timeout', async () => {
    const path = await setup();
    const sender = new FakeSender();
    const a = await start(sender, config({}, { multiline: { mode: 'java', timeout_ms: 3000 } }));
    await appendFile(path, 'ERROR boom\njava.lang.RuntimeException: x\n');
    await waitFor(() => a.status().files[0]?.readOffset === 41, 5000, 'the lines read');
    await sleep(500);
    expect(sender.lines()).toEqual([]);
    await waitFor(() => sender.lines().length === 1, 10_000, 'the multiline timeout');
    expect(sender.texts()).toEqual(['ERROR boom\njava.lang.RuntimeException: x']);
  });

  it("still joins a trace written in two parts when the file's modification time lags behind (a file server's clock)", async () => {
    const path = await setup();
    const sender = new FakeSender();
    const a = await start(sender, config({}, { multiline: { mode: 'java', timeout_ms: 3000 } }));
    await appendFile(path, 'ERROR boom\n');
    await ageMinute(path);
    await waitFor(() => a.status().files[0]?.readOffset === 11, 5000, 'the first part read');
    await sleep(300);
    await appendFile(path, 'java.lang.RuntimeException: x\n');
    await ageMinute(path);
    await waitFor(() => sender.lines().length === 1, 10_000, 'the multiline timeout');
    expect(sender.texts()).toEqual(['ERROR boom\njava.lang.RuntimeException: x']);
  });

  it("still joins a trace written in two parts when the file's lagging modification time shows only after the agent read the first part", async () => {
    // The order a look can fall into between a write and the file server's modification time
    // catching up: the bytes first, with a time that does not lag, then the same bytes a minute old.
    const path = await setup();
    const sender = new FakeSender();
    const a = await start(sender, config({}, { multiline: { mode: 'java', timeout_ms: 3000 } }));
    await appendFile(path, 'ERROR boom\n');
    await waitFor(() => a.status().files[0]?.readOffset === 11, 5000, 'the first part read');
    await ageMinute(path);
    await sleep(300);
    await appendFile(path, 'java.lang.RuntimeException: x\n');
    await ageMinute(path);
    await waitFor(() => sender.lines().length === 1, 10_000, 'the multiline timeout');
    expect(sender.texts()).toEqual(['ERROR boom\njava.lang.RuntimeException: x']);
  });

  describe('a file whose modification time falls behind the look before its newest bytes', () => {
    const T = 1_800_000_000_000;
    /** A followed file, its first look at `T` finding it empty, and the records it sends. */
    function tracked(): { f: TrackedFile; sent: OutRecord[] } {
      const input = config({}, { multiline: { mode: 'java', timeout_ms: 3000 } }).inputs.files[0];
      if (!input) throw new Error('no file input');
      const sent: OutRecord[] = [];
      const f = new TrackedFile({
        input,
        ctx: {
          host: 'h',
          topic: 'logs',
          recordMaxBytes: 1 << 20,
          recordMaxLines: 1000,
          enqueue: (r) => sent.push(r),
        },
        path: 'app.log',
        devIno: '1:2',
        handle: undefined as unknown as FileHandle, // never touched: no identity to take, nothing to read
        offset: 0,
        generation: 0,
        now: T,
        resume: { id: 'id', path: 'app.log', devIno: '1:2', fp: 'fp', fpLen: 0, offset: 0, generation: 0 },
      });
      f.noteStat(0, T - 5000.5, T);
      return { f, sent };
    }
    /** A look at `now` finding `size` bytes last modified at `mtime`, reading `data` if any. */
    function look(f: TrackedFile, now: number, size: number, mtime: number, data = ''): void {
      f.noteStat(size, mtime, now);
      if (data) f.consume(Buffer.from(data), now);
      f.endOfRead(now, 300);
    }

    it('counts it as lagging on a later look too, not only on the look that found the bytes', () => {
      const { f, sent } = tracked();
      look(f, T + 10, 11, T + 3.5, 'ERROR boom\n'); // the bytes, with a time that does not lag
      look(f, T + 20, 11, T - 60_000 + 0.5); // the same bytes, now a minute old
      expect(sent).toEqual([]);
      look(f, T + 3009, 11, T - 60_000 + 0.5);
      expect(sent).toEqual([]);
      look(f, T + 3010, 11, T - 60_000 + 0.5); // a timeout after the look that found them
      expect(sent).toHaveLength(1);
    });

    it('still ships at once the last event of bytes its time puts after the look before them, however long ago', () => {
      const { f, sent } = tracked();
      look(f, T + 5000, 11, T + 100.5, 'ERROR boom\n'); // read 4.9 s after it was written
      expect(sent).toHaveLength(1);
    });

    it('keeps trusting a time that moves back without passing the look before the newest bytes', () => {
      const { f, sent } = tracked();
      look(f, T + 10, 11, T + 3.5, 'ERROR boom\n');
      look(f, T + 20, 11, T + 0.5); // earlier, yet after the look at T that found the file empty
      expect(sent).toEqual([]);
      look(f, T + 3001, 11, T + 0.5); // 3000 ms after that time, 9 ms short of the look's timeout
      expect(sent).toHaveLength(1);
    });

    it('never holds an event past the timeout after its reading when the time lies in the future', () => {
      const { f, sent } = tracked();
      const nextYear = T + 365 * 86_400_000 + 0.5; // a file server's clock far ahead, or `touch -d`
      look(f, T + 10, 11, nextYear, 'ERROR boom\n');
      look(f, T + 3009, 11, nextYear);
      expect(sent).toEqual([]);
      look(f, T + 3010, 11, nextYear); // a timeout after the look that read it
      expect(sent).toHaveLength(1);
    });

    it('holds an event no longer than the timeout after its reading when our clock steps back', () => {
      const { f, sent } = tracked();
      const back = T - 3_600_000; // an hour back (NTP step): new bytes' time is before the look at T
      look(f, back + 10, 11, back + 3.5, 'ERROR boom\n');
      look(f, back + 3009, 11, back + 3.5);
      expect(sent).toEqual([]);
      look(f, back + 3010, 11, back + 3.5);
      expect(sent).toHaveLength(1);
    });
  });

  it("joins a trace written in two parts when the file's modification time lags behind and its previous look came a whole timeout earlier", async () => {
    const path = await setup();
    const sender = new FakeSender();
    const a = await start(
      sender,
      config({ poll_interval_ms: 1000 }, { multiline: { mode: 'java', timeout_ms: 1000 } }),
    );
    // After the first look, which follows the scan at once, found the file empty: the next, a
    // second later, finds the first part.
    await waitFor(() => a.status().files.length === 1, 5000, 'the file found');
    await sleep(500);
    await appendFile(path, 'ERROR boom\n');
    await ageMinute(path);
    await waitFor(() => a.status().files[0]?.readOffset === 11, 5000, 'the first part read');
    await appendFile(path, 'java.lang.RuntimeException: x\n');
    await ageMinute(path);
    await waitFor(() => a.status().files[0]?.readOffset === 41, 5000, 'the second part read');
    await waitFor(() => sender.lines().length >= 1, 5000, 'the multiline timeout');
    expect(sender.texts()).toEqual(['ERROR boom\njava.lang.RuntimeException: x']);
  });

  it('joins multiline events', async () => {
    const path = await setup();
    const sender = new FakeSender();
    await start(sender, config({}, { multiline: { mode: 'java', timeout_ms: 100 } }));
    await appendFile(path, 'ERROR boom\njava.lang.RuntimeException: x\n\tat A.b(A.java:1)\nINFO ok\n');
    await waitFor(() => sender.lines().length === 2);
    expect(sender.lines().map((l) => [l.o, l.m, l.f])).toEqual([
      [0, 'ERROR boom\njava.lang.RuntimeException: x\n\tat A.b(A.java:1)', ['multiline']],
      [59, 'INFO ok', undefined],
    ]);
  });
});

describe('latestWriteAt', () => {
  it('is the modification time, or two seconds after it when the filesystem shows whole seconds only', () => {
    expect(latestWriteAt(1_764_000_000_123.456)).toBe(1_764_000_000_123.456);
    expect(latestWriteAt(1_764_000_000_000)).toBe(1_764_000_002_000);
  });
});

describe('the agent loop and file trust boundaries', () => {
  it('survives an error in a component: logs it, counts it, and goes on shipping', async () => {
    const sender = new FakeSender();
    await mkdir(join(dir, 'logs'));
    const agent = await start(sender);
    const scan = vi
      .spyOn(FileTailer.prototype, 'scan')
      .mockRejectedValueOnce(new Error('injected scan failure'));
    try {
      await waitFor(() => scan.mock.calls.length >= 1, 5000, 'a scan');
      await writeFile(join(dir, 'logs', 'later.log'), 'after the error\n');
      await waitFor(() => sender.texts().includes('after the error'), 5000, 'the line after the error');
      expect(agent.status().errors).toMatchObject({
        loop: 1,
        lastLoopError: 'file scan: injected scan failure',
      });
    } finally {
      scan.mockRestore();
    }
  });

  it('skips symlinks unless follow_symlinks is set, and never opens a FIFO or device', async () => {
    await mkdir(join(dir, 'logs'));
    await mkdir(join(dir, 'private'));
    await writeFile(join(dir, 'private', 'secret.txt'), 'private key material\n');
    await writeFile(join(dir, 'logs', 'real.log'), 'real line\n');
    await symlink(join(dir, 'private', 'secret.txt'), join(dir, 'logs', 'planted.log'));
    await symlink('/dev/zero', join(dir, 'logs', 'zero.log'));
    execFileSync('mkfifo', [join(dir, 'logs', 'fifo.log')]);
    const sender = new FakeSender();
    await start(sender, config({}, { start_at: 'beginning' }));
    await writeFile(join(dir, 'logs', 'after.log'), 'after line\n');
    await waitFor(() => sender.texts().includes('after line'), 5000, 'the later file');
    expect(sender.texts().sort()).toEqual(['after line', 'real line']);

    const following = new FakeSender();
    await start(
      following,
      config({ state_dir: join(dir, 'state-2') }, { start_at: 'beginning', follow_symlinks: true }),
    );
    await waitFor(() => following.texts().length === 3, 5000, 'three files');
    expect(following.texts().sort()).toEqual(['after line', 'private key material', 'real line']);
  });
});

describe('literal input paths', () => {
  /** Replaces node:fs/promises' glob (for ESM importers too) with one that records its patterns. */
  function recordGlobs(): { patterns: string[]; restore: () => void } {
    const fsp = createRequire(import.meta.url)('node:fs/promises') as { glob: (...a: unknown[]) => unknown };
    const real = fsp.glob;
    const patterns: string[] = [];
    fsp.glob = (pattern: unknown, ...rest: unknown[]) => {
      patterns.push(String(pattern));
      return real(pattern, ...rest);
    };
    syncBuiltinESMExports();
    return {
      patterns,
      restore: () => {
        fsp.glob = real;
        syncBuiltinESMExports();
      },
    };
  }

  it('finds a path without glob syntax as fs.glob does, without fs.glob', async () => {
    await mkdir(join(dir, 'logs', 'sub'), { recursive: true });
    await writeFile(join(dir, 'logs', 'app.log'), '');
    const literals = [
      join(dir, 'logs', 'app.log'),
      `${dir}/logs//app.log`,
      `${dir}/logs/./app.log`,
      `${dir}/logs/sub/../app.log`,
      join(dir, 'logs', 'missing.log'),
      join(dir, 'logs', 'sub'),
      join(dir, 'missing', 'app.log'),
    ];
    const collect = async (it: AsyncIterable<string>) => {
      const out: string[] = [];
      for await (const p of it) out.push(p);
      return out;
    };
    const viaGlob = await Promise.all(literals.map((p) => collect(glob(p))));
    const globs = recordGlobs();
    try {
      expect(await Promise.all(literals.map((p) => collect(expandPath(p))))).toEqual(viaGlob);
      expect(globs.patterns).toEqual([]);
      const patterns = [
        join(dir, 'logs', '*.log'),
        join(dir, 'logs', 'ap[p].log'),
        join(dir, 'logs', '{app,x}.log'),
      ];
      for (const p of patterns) expect(await collect(expandPath(p))).toEqual([join(dir, 'logs', 'app.log')]);
      expect(globs.patterns).toEqual(patterns);
    } finally {
      globs.restore();
    }
  });

  it('follows a literal path, and the file when it appears later, scanning it without fs.glob', async () => {
    await mkdir(logs());
    const path = join(logs(), 'app.log');
    const globs = recordGlobs();
    try {
      const sender = new FakeSender();
      await start(sender, config({}, { paths: [path, join(logs(), '*.txt')] }));
      await waitFor(() => globs.patterns.length >= 2, 5000, 'two scans');
      await writeFile(path, lines(0, 2));
      await writeFile(join(logs(), 'other.txt'), lines(0, 1, 'other'));
      await waitFor(() => sender.texts().length === 3, 5000, 'both files');
      expect(sender.texts().sort()).toEqual(['line 0', 'line 1', 'other 0']);
      expect(new Set(globs.patterns)).toEqual(new Set([join(logs(), '*.txt')]));
    } finally {
      globs.restore();
    }
  });
});
