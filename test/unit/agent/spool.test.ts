import { mkdtemp, open, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Spool } from '#agent/inputs/spool.ts';
import type { OutRecord } from '#agent/sink/sink.ts';
import { eventIdForLine } from '#core/event-id.ts';
import { decodeLogRecord, WIRE_CONTENT_TYPE } from '#core/wire.ts';

let dir: string;
let spoolDir: string;
const records: OutRecord[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'logward-spool-'));
  spoolDir = join(dir, 'spool');
  records.length = 0;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

function openSpool(): Promise<Spool> {
  return Spool.open({
    name: 'stdin',
    dir: spoolDir,
    maxBytes: 64 * 1024 * 1024,
    input: { tags: {}, maxLineBytes: 1024 },
    room: () => 1024 * 1024,
    jsonLines: false,
    log: () => undefined,
    host: 'h',
    topic: 'logs',
    recordMaxBytes: 64 * 1024,
    recordMaxLines: 1000,
    enqueue: (r) => {
      records.push(r);
      r.onAck?.();
    },
  });
}

function shipped(): string[] {
  return records.flatMap((r) => {
    const d = decodeLogRecord(r.value, WIRE_CONTENT_TYPE);
    return d.kind === 'chunk' ? d.chunk.lines.map((l) => l.m) : [];
  });
}

/** The prototype of promise FileHandles, to inject faults into every handle. */
async function fileHandlePrototype(): Promise<Record<string, (...args: never[]) => Promise<unknown>>> {
  const probe = await open(join(dir, 'probe'), 'w');
  const proto = Object.getPrototypeOf(probe);
  await probe.close();
  return proto;
}

/** The event id of each shipped line (core/event-id.ts: host, source id, offset), by its text. */
function shippedIds(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const r of records) {
    const d = decodeLogRecord(r.value, WIRE_CONTENT_TYPE);
    if (d.kind === 'chunk') for (const l of d.chunk.lines) ids.set(l.m, eventIdForLine(d.chunk.src, l.o));
  }
  return ids;
}

describe('spool', () => {
  it('never gives a new line the event id of an earlier one, even after restarts that emptied the spool', async () => {
    const first = await openSpool();
    await first.append(Buffer.from('before the restarts\n'));
    await first.poll(Date.now());
    await first.close();
    // A restart with nothing new: the last segment is read again, then deleted; the spool is empty.
    const idle = await openSpool();
    while (await idle.poll(Date.now()));
    await idle.poll(Date.now());
    await idle.close();
    const after = await openSpool();
    await after.append(Buffer.from('after the restarts\n'));
    await after.poll(Date.now());
    await after.close();
    const ids = shippedIds();
    expect([...ids.keys()]).toEqual(['before the restarts', 'after the restarts']);
    // The index keeps the first write of an id: a reused id would drop the new line as "already indexed".
    expect(ids.get('after the restarts')).not.toBe(ids.get('before the restarts'));
  });

  it('recovers after a failed write: later appends are written, the failed one is refused', async () => {
    const spool = await openSpool();
    // The spool directory is replaced by a file: opening a segment fails (ENOTDIR).
    await rename(spoolDir, `${spoolDir}.moved`);
    await writeFile(spoolDir, '');
    await expect(spool.append(Buffer.from('lost\n'))).rejects.toThrow();
    await rm(spoolDir);
    await rename(`${spoolDir}.moved`, spoolDir);
    await spool.append(Buffer.from('kept 1\nkept 2\n'));
    await spool.poll(Date.now());
    expect(shipped()).toEqual(['kept 1', 'kept 2']);
    expect(spool.progress(Date.now()).errors).toBe(1);
    await spool.close();
  });

  it('cuts a write that failed half-way back, so no partial line is ever shipped', async () => {
    const spool = await openSpool();
    await spool.append(Buffer.from('first\n'));
    const proto = await fileHandlePrototype();
    const write = proto.write as (this: unknown, b: Buffer, o: number, l: number) => Promise<unknown>;
    vi.spyOn(proto, 'write').mockImplementationOnce(async function (this: unknown, ...args: never[]) {
      const [buffer, offset, length] = args as unknown as [Buffer, number, number];
      await write.call(this, buffer, offset, Math.floor(length / 2));
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    await expect(spool.append(Buffer.from('refused line one\nrefused line two\n'))).rejects.toThrow('ENOSPC');
    await spool.append(Buffer.from('second\n'));
    await spool.poll(Date.now());
    expect(shipped()).toEqual(['first', 'second']);
    await spool.close();
  });

  it('fsyncs the spool directory once a new segment exists, before the append resolves', async () => {
    const spool = await openSpool();
    const proto = await fileHandlePrototype();
    const sync = proto.sync as (this: unknown) => Promise<void>;
    const synced: boolean[] = [];
    vi.spyOn(proto, 'sync').mockImplementation(async function (this: {
      stat(): Promise<{ isDirectory(): boolean }>;
    }) {
      synced.push((await this.stat()).isDirectory());
      await sync.call(this);
    });
    await spool.append(Buffer.from('first\n'));
    expect(synced).toEqual([true]);
    await spool.close();
  });

  it('commits appends that arrive during an fsync together, and resolves them only after it', async () => {
    const spool = await openSpool();
    const proto = await fileHandlePrototype();
    const datasync = proto.datasync as (this: unknown) => Promise<void>;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const spy = vi.spyOn(proto, 'datasync').mockImplementation(async function (this: unknown) {
      await gate;
      await datasync.call(this);
    });
    const resolved: number[] = [];
    const appends = Array.from({ length: 20 }, (_, i) =>
      spool.append(Buffer.from(`line ${i}\n`)).then(() => resolved.push(i)),
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(resolved).toEqual([]);
    release();
    await Promise.all(appends);
    expect(resolved).toHaveLength(20);
    // The first append alone, then the 19 that queued behind its fsync, in one commit.
    expect(spy).toHaveBeenCalledTimes(2);
    await spool.poll(Date.now());
    expect(shipped()).toEqual(Array.from({ length: 20 }, (_, i) => `line ${i}`));
    await spool.close();
  });
});
