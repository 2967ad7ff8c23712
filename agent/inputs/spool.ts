import { randomUUID } from 'node:crypto';
import { type FileHandle, mkdir, open, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '#core/wire.ts';
import type { StreamInputConfig } from '../config/types.ts';
import type { BuiltChunk } from '../pipeline/chunker.ts';
import { SourcePipeline } from '../pipeline/source-pipeline.ts';
import { AckTracker } from '../state/ack-tracker.ts';
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
  #writerSize = 0;
  #writing: Promise<void> = Promise.resolve();
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
    const idPath = join(o.dir, 'instance');
    let instance: string;
    try {
      instance = (await readFile(idPath, 'utf8')).trim();
    } catch {
      instance = randomUUID();
      await writeFile(idPath, instance);
    }
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
    return new Spool(o, instance, segments);
  }

  /** True when the spool holds `maxBytes`: writers must wait (stdin pauses, HTTP answers 503). */
  get full(): boolean {
    return this.#diskBytes >= this.#o.maxBytes;
  }

  get diskBytes(): number {
    return this.#diskBytes;
  }

  /** Appends complete lines (each ending with `\n`). */
  append(data: Buffer): Promise<void> {
    this.#writing = this.#writing.then(async () => {
      if (!this.#writer || this.#writerSize >= this.#segmentBytes) await this.#roll();
      await (this.#writer as FileHandle).appendFile(data);
      this.#writerSize += data.length;
      this.#diskBytes += data.length;
    });
    return this.#writing;
  }

  async #roll(): Promise<void> {
    await this.#writer?.close();
    this.#writer = await open(join(this.#o.dir, segmentName(this.#writeSeq)), 'a');
    this.#writerSize = 0;
    this.#writeSeq++;
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
    this.#readSize = (await reader.stat()).size;
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
    await this.#writing.catch(() => undefined);
    await this.#writer?.close();
    await this.#reader?.close();
    this.#writer = undefined;
    this.#reader = undefined;
  }
}
