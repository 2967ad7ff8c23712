import type { FileHandle } from 'node:fs/promises';
import type { Source } from '#core/wire.ts';
import type { FileInputConfig } from '../config/types.ts';
import type { BuiltChunk } from '../pipeline/chunker.ts';
import { kubernetesPathMetadata } from '../pipeline/cri.ts';
import { SourcePipeline } from '../pipeline/source-pipeline.ts';
import { AckTracker } from '../state/ack-tracker.ts';
import type { FileCheckpoint } from '../state/checkpoints.ts';
import { FINGERPRINT_BYTES, fileSourceId, fingerprint } from './file-identity.ts';
import type { InputContext } from './input-context.ts';

/** Per-file numbers for status and heartbeats. */
export interface FileProgress {
  readonly path: string;
  readonly id: string | undefined;
  readonly size: number;
  readonly readOffset: number;
  readonly ackedOffset: number;
  readonly lagBytes: number;
  readonly lines: number;
  readonly errors: number;
  readonly oldestUnackedMs: number;
  readonly state: 'live' | 'gone' | 'draining';
}

/**
 * One open file: its identity, read position, line pipeline and acknowledgement tracker. The
 * handle stays open across renames and deletion so a rotated file is read to its end.
 */
export class TrackedFile {
  readonly input: FileInputConfig;
  readonly ctx: InputContext;
  path: string;
  devIno: string;
  handle: FileHandle;
  id: string | undefined;
  fp: string | undefined;
  fpLen = 0;
  generation: number;
  readOffset: number;
  size = 0;
  ack: AckTracker;
  pipeline: SourcePipeline | undefined;
  /** No longer matched by the globs, or deleted: read to the end, then released. */
  gone = false;
  /** A rotated copy adopted after copytruncate. */
  draining = false;
  lastGrowthAt: number;
  /** The latest its content read so far can have been written (see `noteStat`); unknown: +∞. */
  #writtenBy = Number.POSITIVE_INFINITY;
  /** When its size was last looked at. */
  #statAt = Number.NEGATIVE_INFINITY;
  /** The look before the one that found its newest bytes: they were written after it. */
  #grewAfter = Number.NEGATIVE_INFINITY;
  /** The look that found its newest bytes: they were written by then. */
  #grewBy = Number.NEGATIVE_INFINITY;
  /** A look's modification time put bytes earlier than the look before them, which had not found them. */
  #mtimeLags = false;
  errors = 0;
  readonly #unackedSince: number[] = [];
  #unackedHead = 0;

  constructor(args: {
    input: FileInputConfig;
    ctx: InputContext;
    path: string;
    devIno: string;
    handle: FileHandle;
    offset: number;
    generation: number;
    now: number;
    resume?: FileCheckpoint;
  }) {
    this.input = args.input;
    this.ctx = args.ctx;
    this.path = args.path;
    this.devIno = args.devIno;
    this.handle = args.handle;
    this.readOffset = args.offset;
    this.generation = args.generation;
    this.ack = new AckTracker(args.offset);
    this.lastGrowthAt = args.now;
    if (args.resume) {
      this.id = args.resume.id;
      this.fp = args.resume.fp;
      this.fpLen = args.resume.fpLen;
      this.pipeline = this.#newPipeline(args.offset);
    }
  }

  source(): Source {
    const pod = this.input.kubernetes ? kubernetesPathMetadata(this.path) : undefined;
    return {
      host: this.ctx.host,
      id: this.id ?? '',
      kind: 'file',
      path: this.path,
      service: this.input.service ?? pod?.container,
      tags: pod
        ? { ...this.input.tags, namespace: pod.namespace, pod: pod.pod, container: pod.container }
        : this.input.tags,
    };
  }

  setPath(path: string): void {
    if (path === this.path) return;
    this.path = path;
    this.pipeline?.setSource(this.source());
  }

  /** Assigns the identity on the first bytes (empty files have none yet) and strengthens the fingerprint later. */
  async ensureIdentity(): Promise<void> {
    if (this.size === 0) return;
    if (this.id === undefined) {
      this.fpLen = Math.min(this.size, FINGERPRINT_BYTES);
      this.fp = await fingerprint(this.handle, this.fpLen);
      if (this.fp === undefined) return;
      this.id = fileSourceId(this.devIno, this.fp, this.generation);
      this.pipeline = this.#newPipeline(this.readOffset);
    } else if (this.fpLen < FINGERPRINT_BYTES && this.size >= FINGERPRINT_BYTES && !this.draining) {
      const strong = await fingerprint(this.handle, FINGERPRINT_BYTES);
      const weak = await fingerprint(this.handle, this.fpLen);
      if (strong && weak === this.fp) {
        this.fp = strong;
        this.fpLen = FINGERPRINT_BYTES;
      }
    }
  }

  /** True when the file no longer starts with the bytes we fingerprinted (truncated, maybe regrown). */
  async contentReplaced(): Promise<boolean> {
    if (this.fp === undefined || this.draining) return false;
    if (this.size < this.readOffset) return true;
    if (this.size < this.fpLen) return true;
    return (await fingerprint(this.handle, this.fpLen)) !== this.fp;
  }

  /**
   * Takes in what a stat of the file at `now` shows. Bytes that appeared since the last stat were
   * written after it: a modification time before that stat comes from a clock behind ours (a file
   * server's), by an unknown amount, so from then on `writtenBy` is the stat that found the newest
   * bytes, as if the file had no modification time. Any later stat may be the one to show such a
   * time, not only the one that found the bytes: a look can fall between a write and the file
   * server's time for it (the size seen first, the time after), and trusting that time on the next
   * look made the event pending idle since long before its bytes were seen, and split a trace.
   */
  noteStat(size: number, mtimeMs: number, now: number): void {
    const lastWrite = latestWriteAt(mtimeMs);
    if (size !== this.size) {
      this.#grewAfter = this.#statAt;
      this.#grewBy = now;
    }
    if (lastWrite < this.#grewAfter) this.#mtimeLags = true;
    this.#writtenBy = this.#mtimeLags ? this.#grewBy : lastWrite;
    this.size = size;
    this.#statAt = now;
  }

  /** Feeds bytes read at `readOffset` through the pipeline and enqueues finished chunks. */
  consume(data: Buffer, now: number): void {
    const out: BuiltChunk[] = [];
    this.pipeline?.push(data, now, out);
    this.readOffset += data.length;
    this.lastGrowthAt = now;
    this.#send(out, now);
  }

  /**
   * End of a read cycle: close the open chunk. Idle flushes (multiline timeout, unterminated last
   * line) only apply at the end of the file: while reading is paused by backpressure, the rest of
   * the line or event is still unread, and flushing would split it. The idle time is the writer's:
   * a file last written long before it was read (read from the start, caught up after a restart)
   * has been idle that long, so its last event or line goes at once instead of a timeout later.
   */
  endOfRead(now: number, partialLineTimeoutMs: number): void {
    const p = this.pipeline;
    if (!p) return;
    const out: BuiltChunk[] = [];
    const atEnd = this.readOffset >= this.size;
    if (atEnd) p.tick(now, out, this.#writtenBy);
    const quietSince = Math.min(this.lastGrowthAt, this.#writtenBy);
    if (atEnd && p.partialBytes > 0 && now - quietSince >= partialLineTimeoutMs) p.flushPartial(now, out);
    p.endOfRead(now, out);
    this.#send(out, now);
  }

  flushAll(now: number): void {
    const out: BuiltChunk[] = [];
    this.pipeline?.flushAll(now, out);
    this.#send(out, now);
  }

  /** Every read byte is in a chunk and every chunk is acknowledged. */
  get settled(): boolean {
    return (
      this.ack.inflight === 0 && (this.pipeline === undefined || this.pipeline.heldFrom >= this.readOffset)
    );
  }

  checkpoint(): FileCheckpoint | undefined {
    if (this.id === undefined || this.fp === undefined) return undefined;
    return {
      id: this.id,
      path: this.path,
      devIno: this.devIno,
      fp: this.fp,
      fpLen: this.fpLen,
      offset: this.ack.acked,
      generation: this.generation,
    };
  }

  progress(now: number): FileProgress {
    const oldest = this.#unackedSince[this.#unackedHead];
    return {
      path: this.path,
      id: this.id,
      size: this.size,
      readOffset: this.readOffset,
      ackedOffset: this.ack.acked,
      lagBytes: Math.max(0, this.size - this.ack.acked),
      lines: this.pipeline?.linesIn ?? 0,
      errors: this.errors,
      oldestUnackedMs: oldest === undefined ? 0 : now - oldest,
      state: this.draining ? 'draining' : this.gone ? 'gone' : 'live',
    };
  }

  #newPipeline(offset: number): SourcePipeline {
    return new SourcePipeline({
      source: this.source(),
      startOffset: offset,
      maxLineBytes: this.input.maxLineBytes,
      multiline: this.input.multiline,
      cri: this.input.kubernetes,
      redact: this.ctx.redact,
      limits: { recordMaxBytes: this.ctx.recordMaxBytes, recordMaxLines: this.ctx.recordMaxLines },
      allocate: this.ctx.allocate,
      rawBody: this.ctx.rawBody,
    });
  }

  #send(chunks: BuiltChunk[], now: number): void {
    for (const chunk of chunks) {
      const token = this.ack.register(chunk.end);
      this.#unackedSince.push(now);
      this.ctx.enqueue({
        topic: this.ctx.topic,
        key: this.id ?? '',
        value: chunk.value,
        contentType: chunk.contentType,
        onAck: () => {
          this.ack.ack(token);
          this.#unackedHead++;
          if (this.#unackedHead > 1024) {
            this.#unackedSince.splice(0, this.#unackedHead);
            this.#unackedHead = 0;
          }
        },
      });
    }
  }
}

/**
 * The latest moment a file whose modification time is `mtimeMs` can have been written: that time,
 * or two seconds after it where the filesystem keeps whole seconds only (ext3, ext4 with small
 * inodes; FAT keeps every other second), as a write late in a second reads as its start.
 */
export function latestWriteAt(mtimeMs: number): number {
  return mtimeMs % 1000 === 0 ? mtimeMs + 2000 : mtimeMs;
}
