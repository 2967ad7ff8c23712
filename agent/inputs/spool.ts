import { randomUUID } from 'node:crypto';
import { type FileHandle, mkdir, open, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '#core/wire.ts';
import type { StreamInputConfig } from '../config/types.ts';
import type { BuiltChunk } from '../pipeline/chunker.ts';
import { SourcePipeline } from '../pipeline/source-pipeline.ts';
import { AckTracker } from '../state/ack-tracker.ts';
import { writeFileAtomic } from '../state/atomic-write.ts';
import type { SpoolCheckpoint } from '../state/checkpoints.ts';
import type { StreamProgress } from '../status.ts';
import type { InputContext } from './input-context.ts';

export interface SpoolOptions extends InputContext {
  readonly name: 'stdin' | 'http';
  readonly dir: string;
  readonly maxBytes: number;
  readonly input: StreamInputConfig;
  readonly room: () => number;
  /** Spool lines are JSON string literals (HTTP input), so a message may contain newlines. */
  readonly jsonLines: boolean;
  readonly resume?: SpoolCheckpoint;
  readonly log: (line: string) => void;
}

const READ_SIZE = 256 * 1024;
const segmentName = (seq: number) => `${String(seq).padStart(10, '0')}.log`;

/**
 * A bounded on-disk queue for stream input (stdin, HTTP): the writer appends whole lines to
 * numbered segment files, the reader ships them like a file and deletes a segment once Kafka
 * acknowledged all of it. Input is accepted only while the spool is under `maxBytes`, so a long
 * Kafka outage costs disk, never memory, and nothing accepted is lost across restarts.
 */
export class Spool {
  readonly #o: SpoolOptions;
  readonly #instance: string;
  #writeSeq: number;
  /** Segments below this one were written by an earlier run and are complete. */
  readonly #firstLiveSeq: number;
  #writer: FileHandle | undefined;
  /** Bytes of the live segment written and fsynced: the reader never reads past them. */
  #writerSize = 0;
  /** Segments of this run the writer left, with their committed sizes. */
  readonly #sealedSizes = new Map<number, number>();
  /** Appends waiting for the next group commit, and their callers. */
  #batch: Buffer[] = [];
  #waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  #committing: Promise<void> | undefined;
  readonly #segmentBytes: number;
  #diskBytes: number;
  #readSeq: number;
  #reader: FileHandle | undefined;
  #readOffset = 0;
  #readSize = 0;
  #pipeline: SourcePipeline | undefined;
  #ack: AckTracker;
  #buffer = Buffer.allocUnsafe(READ_SIZE);
  #lines = 0;
  errors = 0;
  readonly #unackedSince: number[] = [];

  private constructor(o: SpoolOptions, instance: string, segments: { seq: number; size: number }[]) {
    this.#o = o;
    this.#instance = instance;
    this.#segmentBytes = Math.max(64 * 1024, Math.min(16 * 1024 * 1024, Math.floor(o.maxBytes / 8)));
    const first = segments[0]?.seq ?? 0;
    const resume = o.resume && segments.some((s) => s.seq === o.resume?.segment) ? o.resume : undefined;
    this.#readSeq = resume?.segment ?? first;
    this.#readOffset = resume?.offset ?? 0;
    this.#ack = new AckTracker(this.#readOffset);
    this.#writeSeq = (segments[segments.length - 1]?.seq ?? -1) + 1;
    this.#firstLiveSeq = this.#writeSeq;
    this.#diskBytes = segments.reduce((sum, s) => sum + s.size, 0);
  }

  static async open(o: SpoolOptions): Promise<Spool> {
    await mkdir(o.dir, { recursive: true, mode: 0o700 });
    const segments: { seq: number; size: number }[] = [];
    for (const name of await readdir(o.dir)) {
      const m = /^(\d{10})\.log$/.exec(name);
      if (!m) continue;
      const seq = Number(m[1]);
      if (o.resume && seq < o.resume.segment) {
        await unlink(join(o.dir, name));
        continue;
      }
      segments.push({ seq, size: (await stat(join(o.dir, name))).size });
    }
    segments.sort((a, b) => a.seq - b.seq);
    return new Spool(o, await spoolInstance(o.dir, segments.length === 0), segments);
  }

  get name(): 'stdin' | 'http' {
    return this.#o.name;
  }

  /** True when the spool holds `maxBytes`: writers must wait (stdin pauses, HTTP answers 503). */
  get full(): boolean {
    return this.#diskBytes >= this.#o.maxBytes;
  }

  get diskBytes(): number {
    return this.#diskBytes;
  }

  /**
   * Appends complete lines (each ending with `\n`); resolves once they are written and fsynced.
   * Appends arriving while a commit is under way are written together by the next one (group
   * commit). A failed commit rejects only its own appends: the segment is cut back to what was
   * committed (or the writer moves on to a new segment), and later appends are written again.
   */
  append(data: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#batch.push(data);
      this.#waiters.push({ resolve, reject });
      this.#committing ??= this.#commitAll();
    });
  }

  async #commitAll(): Promise<void> {
    while (this.#batch.length > 0) {
      const batch = this.#batch;
      const waiters = this.#waiters;
      this.#batch = [];
      this.#waiters = [];
      try {
        await this.#commit(Buffer.concat(batch));
        for (const w of waiters) w.resolve();
      } catch (error) {
        this.errors++;
        this.#o.log(`spool ${this.#o.name}: write failed: ${(error as Error).message}`);
        await this.#recover();
        for (const w of waiters) w.reject(error);
      }
    }
    this.#committing = undefined;
  }

  async #commit(data: Buffer): Promise<void> {
    if (!this.#writer || this.#writerSize >= this.#segmentBytes) await this.#roll();
    const writer = this.#writer as FileHandle;
    for (let done = 0; done < data.length; ) {
      const { bytesWritten } = await writer.write(data, done, data.length - done);
      done += bytesWritten;
    }
    await writer.datasync();
    this.#writerSize += data.length;
    this.#diskBytes += data.length;
  }

  /** After a failed commit: drop its partial bytes, or leave the segment sealed at what was committed. */
  async #recover(): Promise<void> {
    const writer = this.#writer;
    if (!writer) return;
    try {
      await writer.truncate(this.#writerSize);
      return;
    } catch (error) {
      this.#o.log(`spool ${this.#o.name}: cannot cut back a failed write: ${(error as Error).message}`);
    }
    this.#sealedSizes.set(this.#writeSeq - 1, this.#writerSize);
    this.#writer = undefined;
    await writer.close().catch(() => undefined);
  }

  async #roll(): Promise<void> {
    const previous = this.#writer;
    const next = await open(join(this.#o.dir, segmentName(this.#writeSeq)), 'a', 0o600);
    try {
      // The new segment's name must survive a power cut as surely as the lines fsynced into it.
      const dir = await open(this.#o.dir, 'r');
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
    } catch (error) {
      await next.close().catch(() => undefined);
      throw error;
    }
    if (previous) {
      this.#sealedSizes.set(this.#writeSeq - 1, this.#writerSize);
      await previous.close().catch(() => undefined);
    }
    this.#writer = next;
    this.#writerSize = 0;
    this.#writeSeq++;
  }

  /** Bytes of segment `seq` the reader may read: what was committed, never a write in progress. */
  async #readableSize(seq: number, reader: FileHandle): Promise<number> {
    if (this.#writer && seq === this.#writeSeq - 1) return this.#writerSize;
    return this.#sealedSizes.get(seq) ?? (await reader.stat()).size;
  }

  #source(): Source {
    return {
      host: this.#o.host,
      id: `${this.#o.name}:${this.#instance}:${this.#readSeq}`,
      kind: this.#o.name,
      service: this.#o.input.service,
      tags: this.#o.input.tags,
    };
  }

  /** Ships new spooled lines; returns true when more is ready right away. */
  async poll(now: number): Promise<boolean> {
    try {
      return await this.#poll(now);
    } catch (error) {
      this.errors++;
      this.#o.log(`spool ${this.#o.name}: ${(error as Error).message}`);
      return false;
    }
  }

  async #poll(now: number): Promise<boolean> {
    if (!this.#reader) {
      const lastWritten = this.#writeSeq - 1;
      if (this.#readSeq > lastWritten) return false;
      try {
        this.#reader = await open(join(this.#o.dir, segmentName(this.#readSeq)), 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        this.#readSeq++;
        this.#readOffset = 0;
        this.#ack = new AckTracker(0);
        return true;
      }
      this.#pipeline = new SourcePipeline({
        source: this.#source(),
        startOffset: this.#readOffset,
        maxLineBytes: this.#o.input.maxLineBytes,
        multiline: this.#o.input.multiline,
        redact: this.#o.redact,
        limits: { recordMaxBytes: this.#o.recordMaxBytes, recordMaxLines: this.#o.recordMaxLines },
        allocate: this.#o.allocate,
        jsonLines: this.#o.jsonLines,
      });
    }
    const reader = this.#reader;
    const pipeline = this.#pipeline as SourcePipeline;
    this.#readSize = await this.#readableSize(this.#readSeq, reader);
    const out: BuiltChunk[] = [];
    while (this.#readOffset < this.#readSize && this.#o.room() > 0) {
      const want = Math.min(READ_SIZE, this.#readSize - this.#readOffset);
      const { bytesRead } = await reader.read(this.#buffer, 0, want, this.#readOffset);
      if (bytesRead === 0) break;
      pipeline.push(this.#buffer.subarray(0, bytesRead), now, out);
      this.#readOffset += bytesRead;
    }
    if (this.#readOffset >= this.#readSize) pipeline.tick(now, out);
    const sealed = this.#readSeq < this.#firstLiveSeq || this.#readSeq < this.#writeSeq - 1;
    if (sealed && this.#readOffset >= this.#readSize) pipeline.flushAll(now, out);
    else pipeline.endOfRead(now, out);
    this.#send(out, now);
    if (sealed && this.#readOffset >= this.#readSize && this.#ack.inflight === 0) {
      await reader.close();
      await unlink(join(this.#o.dir, segmentName(this.#readSeq)));
      this.#sealedSizes.delete(this.#readSeq);
      this.#diskBytes -= this.#readSize;
      this.#reader = undefined;
      this.#readSeq++;
      this.#readOffset = 0;
      this.#ack = new AckTracker(0);
      return true;
    }
    return this.#readOffset < this.#readSize;
  }

  #send(chunks: BuiltChunk[], now: number): void {
    const ack = this.#ack;
    for (const chunk of chunks) {
      this.#lines += chunk.lines;
      const token = ack.register(chunk.end);
      this.#unackedSince.push(now);
      this.#o.enqueue({
        topic: this.#o.topic,
        key: this.#source().id,
        value: chunk.value,
        contentType: chunk.contentType,
        onAck: () => {
          ack.ack(token);
          this.#unackedSince.shift();
        },
      });
    }
  }

  checkpoint(): SpoolCheckpoint {
    return { input: this.#o.name, segment: this.#readSeq, offset: this.#ack.acked };
  }

  progress(now: number): StreamProgress {
    const oldest = this.#unackedSince[0];
    return {
      input: this.#o.name,
      id: this.#source().id,
      lines: this.#lines,
      spooledBytes: this.#diskBytes,
      ackedBytes: this.#ack.acked,
      lagBytes: Math.max(0, this.#diskBytes - this.#ack.acked),
      errors: this.errors,
      oldestUnackedMs: oldest === undefined ? 0 : now - oldest,
    };
  }

  async close(): Promise<void> {
    await this.#committing;
    await this.#writer?.close();
    await this.#reader?.close();
    this.#writer = undefined;
    this.#reader = undefined;
  }
}

/**
 * The spool's instance id, part of every line's source id (`<input>:<instance>:<segment>`, with
 * the byte offset in the segment): the event id that the index keeps only the first write of.
 * Segment numbers start again at 0 once the spool is empty, so an empty spool gets a new instance:
 * otherwise a new line could take the id of an earlier line and be dropped as already indexed.
 */
async function spoolInstance(dir: string, renew: boolean): Promise<string> {
  const path = join(dir, 'instance');
  if (!renew) {
    const kept = await readFile(path, 'utf8').then(
      (text) => text.trim(),
      () => '',
    );
    if (kept !== '') return kept;
  }
  const instance = randomUUID();
  await writeFileAtomic(path, instance);
  return instance;
}
