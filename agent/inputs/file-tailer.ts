import { type FileHandle, glob, lstat, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, matchesGlob, normalize } from 'node:path';
import type { FileInputConfig } from '../config/types.ts';
import type { FileCheckpoint } from '../state/checkpoints.ts';
import { devIno, fingerprint, openLogFile } from './file-identity.ts';
import type { InputContext } from './input-context.ts';
import { type FileProgress, TrackedFile } from './tracked-file.ts';

export interface FileTailerOptions {
  readonly inputs: readonly FileInputConfig[];
  readonly ctx: InputContext;
  /** True on the agent's first start: files found now begin at their input's `start_at`. */
  readonly fresh: boolean;
  readonly checkpoints: readonly FileCheckpoint[];
  readonly partialLineTimeoutMs: number;
  readonly releaseAfterMs: number;
  /** Bytes the sink can still take; reading pauses at 0 (Kafka is behind: the files are the buffer). */
  readonly room: () => number;
  readonly log: (line: string) => void;
}

const READ_SIZE = 1024 * 1024;
/** Rotated files compressed by logrotate: never log text, even when a glob matches them. */
const COMPRESSED = /\.(?:gz|bz2|xz|zst|lz4|zip)$/i;
const MIN_READ = 4096;
const READ_BUDGET_PER_CYCLE = 16 * READ_SIZE;
/** Characters that make a path a glob (wildcards, classes, braces, extglobs, escapes). */
const GLOB_SYNTAX = /[*?[\]{}()!\\]/;

/**
 * Follows the files matched by the inputs' globs. Handles rename rotation (the old inode is read
 * to its end through the open handle), copytruncate (the shrink is detected and the unread tail
 * is taken from the rotated copy), deletion, and inode reuse (fingerprint mismatch = new file).
 */
export class FileTailer {
  readonly #o: FileTailerOptions;
  readonly #files = new Map<string, TrackedFile>();
  #pendingResume: FileCheckpoint[];
  #firstScan = true;
  readonly #skippedSymlinks = new Set<string>();
  readonly #buffer = Buffer.allocUnsafe(READ_SIZE);
  /** Each input path without glob syntax, normalised once (not on every scan). */
  readonly #literals = new Map<string, string | undefined>();
  scanErrors = 0;

  constructor(options: FileTailerOptions) {
    this.#o = options;
    for (const input of options.inputs) for (const p of input.paths) this.#literals.set(p, literalPath(p));
    this.#pendingResume = [...options.checkpoints];
  }

  get files(): readonly TrackedFile[] {
    return [...this.#files.values()];
  }

  progress(now: number): FileProgress[] {
    return this.files.map((f) => f.progress(now));
  }

  checkpoints(): FileCheckpoint[] {
    const out: FileCheckpoint[] = [];
    for (const f of this.#files.values()) {
      const c = f.checkpoint();
      if (c) out.push(c);
    }
    // Checkpoints not yet matched to a file are kept until a scan resolves them.
    return [...out, ...this.#pendingResume];
  }

  /** Re-evaluates the globs: picks up new files, notices files rotated away or deleted. */
  async scan(now: number): Promise<void> {
    const seen = new Set<string>();
    for (const input of this.#o.inputs) {
      for (const path of await this.#expand(input)) {
        try {
          await this.#consider(input, path, now, seen);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
            this.scanErrors++;
            this.#o.log(`cannot open ${path}: ${(error as Error).message}`);
          }
        }
      }
    }
    for (const f of this.#files.values()) {
      if (!seen.has(f.devIno)) f.gone = true;
    }
    if (this.#firstScan) {
      this.#firstScan = false;
      await this.#resumeRotatedAway(now);
    }
  }

  /**
   * Reads new bytes from every file while the sink has room; returns true when bytes are left
   * unread (the read budget ran out, or the sink is full: the caller tells which by its room).
   */
  async poll(now: number): Promise<boolean> {
    let more = false;
    for (const f of [...this.#files.values()]) {
      try {
        if (await this.#pollFile(f, now)) more = true;
      } catch (error) {
        f.errors++;
        this.#o.log(`error reading ${f.path}: ${(error as Error).message}`);
      }
    }
    return more;
  }

  /** Flushes partial lines and multiline events of every file (agent stopping). */
  flushAll(now: number): void {
    for (const f of this.#files.values()) f.flushAll(now);
  }

  async close(): Promise<void> {
    for (const f of this.#files.values()) await f.handle.close().catch(() => undefined);
    this.#files.clear();
  }

  async #expand(input: FileInputConfig): Promise<string[]> {
    const out = new Set<string>();
    for (const pattern of input.paths) {
      for await (const p of expandPath(pattern, this.#literals.get(pattern))) {
        if (!COMPRESSED.test(p) && !input.exclude.some((x) => matchesGlob(p, x))) out.add(p);
      }
    }
    return [...out].sort();
  }

  async #consider(input: FileInputConfig, path: string, now: number, seen: Set<string>): Promise<void> {
    const st = input.followSymlinks
      ? await stat(path, { bigint: true })
      : await lstat(path, { bigint: true });
    if (st.isSymbolicLink()) return this.#skipSymlink(path);
    if (!st.isFile()) return;
    const key = devIno(st);
    seen.add(key);
    const known = this.#files.get(key);
    if (known) {
      if (!known.draining) known.setPath(path);
      known.gone = false;
      return;
    }
    const opened = await openLogFile(path, input.followSymlinks);
    if (opened === 'symlink') return this.#skipSymlink(path);
    if (opened === 'not a regular file') return;
    const handle = opened.handle;
    // Replaced between the stat and the open: the next scan sees the new file.
    if (devIno(opened.stat) !== key) return void (await handle.close());
    try {
      if (await this.#isCopyOfTracked(handle, path)) {
        await handle.close();
        return;
      }
      const size = Number(st.size);
      const resume = await this.#takeResume(key, handle, size);
      let offset = 0;
      let generation = resume?.generation ?? 0;
      let resumeFrom: FileCheckpoint | undefined;
      if (resume?.kind === 'same') {
        offset = resume.checkpoint.offset;
        resumeFrom = resume.checkpoint;
      } else if (resume?.kind === 'replaced') {
        generation = resume.checkpoint.generation + 1;
        await this.#drainCopy(resume.checkpoint, key, now);
      } else if (this.#firstScan && this.#o.fresh && input.startAt === 'end') {
        offset = await lineStartBefore(handle, size);
      }
      const f = new TrackedFile({
        input,
        ctx: this.#o.ctx,
        path,
        devIno: key,
        handle,
        offset,
        generation,
        now,
        resume: resumeFrom,
      });
      f.size = size;
      this.#files.set(key, f);
      if (!resumeFrom) this.#o.log(`following ${path} from offset ${offset}`);
      else this.#o.log(`resuming ${path} at offset ${offset}`);
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  }

  #skipSymlink(path: string): void {
    if (this.#skippedSymlinks.has(path)) return;
    if (this.#skippedSymlinks.size < 1000) this.#skippedSymlinks.add(path);
    this.#o.log(`skipping ${path}: a symbolic link (set follow_symlinks: true on its input to read it)`);
  }

  /** A new file starting with the same bytes as a followed file in its directory is a rotated copy. */
  async #isCopyOfTracked(handle: FileHandle, path: string): Promise<boolean> {
    for (const f of this.#files.values()) {
      if (f.fp === undefined || f.draining || dirname(f.path) !== dirname(path)) continue;
      if ((await fingerprint(handle, f.fpLen)) === f.fp) return true;
    }
    return false;
  }

  async #takeResume(
    key: string,
    handle: FileHandle,
    size: number,
  ): Promise<{ kind: 'same' | 'replaced'; checkpoint: FileCheckpoint; generation: number } | undefined> {
    const i = this.#pendingResume.findIndex((c) => c.devIno === key);
    if (i === -1) return undefined;
    const checkpoint = this.#pendingResume[i] as FileCheckpoint;
    this.#pendingResume.splice(i, 1);
    const same = size >= checkpoint.offset && (await fingerprint(handle, checkpoint.fpLen)) === checkpoint.fp;
    return { kind: same ? 'same' : 'replaced', checkpoint, generation: checkpoint.generation };
  }

  /** After a restart: checkpointed files no longer matched by a glob were rotated away; finish them. */
  async #resumeRotatedAway(now: number): Promise<void> {
    const pending = this.#pendingResume;
    this.#pendingResume = [];
    for (const c of pending) {
      if (!(await this.#drainCopy(c, undefined, now))) this.#o.log(`forgetting ${c.path}: file gone`);
    }
  }

  /**
   * Looks next to `c.path` for the file holding the content `c` describes (renamed, or copied
   * before a truncation) and, when it has bytes past `c.offset`, reads them under the old id.
   */
  async #drainCopy(c: FileCheckpoint, excludeKey: string | undefined, now: number): Promise<boolean> {
    const dir = dirname(c.path);
    const base = basename(c.path);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return false;
    }
    const input = this.#inputFor(c.path);
    if (!input) return false;
    for (const name of names) {
      if (!name.startsWith(base)) continue;
      const path = join(dir, name);
      try {
        const opened = await openLogFile(path, input.followSymlinks);
        if (typeof opened === 'string') continue;
        const { handle, stat: st } = opened;
        const key = devIno(st);
        if (
          key === excludeKey ||
          this.#files.has(key) ||
          Number(st.size) < c.fpLen ||
          (await fingerprint(handle, c.fpLen)) !== c.fp
        ) {
          await handle.close();
          continue;
        }
        const f = new TrackedFile({
          input,
          ctx: this.#o.ctx,
          path,
          devIno: key,
          handle,
          offset: Math.min(c.offset, Number(st.size)),
          generation: c.generation,
          now,
          resume: c,
        });
        f.size = Number(st.size);
        f.draining = true;
        f.gone = true;
        this.#files.set(key, f);
        this.#o.log(`reading rotated ${path} from offset ${f.readOffset} (was ${c.path})`);
        return true;
      } catch {
        // raced with rotation or deletion: try the next candidate
      }
    }
    return false;
  }

  #inputFor(path: string): FileInputConfig | undefined {
    return this.#o.inputs.find((i) => i.paths.some((p) => matchesGlob(path, p)));
  }

  async #pollFile(f: TrackedFile, now: number): Promise<boolean> {
    const st = await f.handle.stat();
    const grew = st.size !== f.size;
    // Every byte read below was written by then: reads stop at this size.
    f.noteStat(st.size, st.mtimeMs, now);
    if (st.nlink === 0) f.gone = true;
    if (grew && (await f.contentReplaced())) {
      await this.#onTruncated(f, now);
      return true;
    }
    await f.ensureIdentity();
    let budget = READ_BUDGET_PER_CYCLE;
    while (f.pipeline && f.readOffset < f.size && budget > 0 && this.#o.room() > 0) {
      const want = Math.min(
        READ_SIZE,
        f.size - f.readOffset,
        Math.max(MIN_READ, Math.floor(this.#o.room() / 4)),
      );
      const { bytesRead } = await f.handle.read(this.#buffer, 0, want, f.readOffset);
      if (bytesRead === 0) break;
      f.consume(this.#buffer.subarray(0, bytesRead), now);
      budget -= bytesRead;
    }
    f.endOfRead(now, this.#o.partialLineTimeoutMs);
    if (f.gone && f.readOffset >= f.size && now - f.lastGrowthAt >= this.#o.releaseAfterMs) {
      f.flushAll(now);
      if (f.settled) await this.#release(f);
    }
    return f.readOffset < f.size;
  }

  /** copytruncate: finish the old content from the rotated copy, then follow the file from 0 as a new source. */
  async #onTruncated(f: TrackedFile, now: number): Promise<void> {
    const old = f.checkpoint();
    this.#o.log(`${f.path} was truncated at read offset ${f.readOffset} (size now ${f.size})`);
    const key = f.devIno;
    const path = f.path;
    const generation = f.generation + 1;
    this.#files.delete(key);
    const opened = await openLogFile(path, f.input.followSymlinks);
    if (typeof opened === 'string') {
      // Replaced by something not to be read: finish the old content, follow nothing here.
      f.flushAll(now);
      await f.handle.close().catch(() => undefined);
      this.#o.log(`stopped following ${path}: now ${opened}`);
      return;
    }
    const handle = opened.handle;
    let adopted = false;
    if (old) {
      const copyCheckpoint = { ...old, offset: f.readOffset };
      adopted = await this.#adoptCopy(f, copyCheckpoint, now);
    }
    if (!adopted) {
      f.flushAll(now);
      if (old && f.readOffset < f.size) f.errors++;
      await f.handle.close().catch(() => undefined);
    }
    const next = new TrackedFile({
      input: f.input,
      ctx: this.#o.ctx,
      path,
      devIno: key,
      handle,
      offset: 0,
      generation,
      now,
    });
    this.#files.set(key, next);
  }

  /** Moves a truncated file's reader onto its rotated copy so the unread tail keeps its old id and offsets. */
  async #adoptCopy(f: TrackedFile, c: FileCheckpoint, now: number): Promise<boolean> {
    const dir = dirname(c.path);
    const base = basename(c.path);
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (!name.startsWith(base) || name === base) continue;
      const path = join(dir, name);
      try {
        const opened = await openLogFile(path, f.input.followSymlinks);
        if (typeof opened === 'string') continue;
        const { handle, stat: st } = opened;
        const key = devIno(st);
        if (key === f.devIno || (await fingerprint(handle, c.fpLen)) !== c.fp) {
          await handle.close();
          continue;
        }
        await f.handle.close().catch(() => undefined);
        const existing = this.#files.get(key);
        if (existing) {
          await existing.handle.close().catch(() => undefined);
          this.#files.delete(key);
        }
        f.handle = handle;
        f.devIno = key;
        // Not noteStat: the copy's size is no growth of the file, and taken as one it could mark the
        // file's modification time as lagging.
        f.size = Number(st.size);
        f.draining = true;
        f.gone = true;
        f.lastGrowthAt = now;
        f.setPath(path);
        this.#files.set(key, f);
        this.#o.log(`reading the rest of the truncated file from its copy ${path} at offset ${f.readOffset}`);
        return true;
      } catch {
        // raced with another rotation: try the next candidate
      }
    }
    return false;
  }

  async #release(f: TrackedFile): Promise<void> {
    this.#files.delete(f.devIno);
    await f.handle.close().catch(() => undefined);
    this.#o.log(`released ${f.path} at offset ${f.readOffset}`);
  }
}

/** Start of the line that `size` falls in, so starting "at the end" never ships half a line. */
async function lineStartBefore(handle: FileHandle, size: number): Promise<number> {
  const window = Math.min(size, 64 * 1024);
  if (window === 0) return size;
  const buf = Buffer.alloc(window);
  const { bytesRead } = await handle.read(buf, 0, window, size - window);
  const nl = buf.subarray(0, bytesRead).lastIndexOf(10);
  return nl === -1 ? size : size - window + nl + 1;
}

/** `pattern` normalised as `fs.glob` yields it, when it has no glob syntax; undefined for a glob. */
export function literalPath(pattern: string): string | undefined {
  return GLOB_SYNTAX.test(pattern) || pattern.endsWith('/') ? undefined : normalize(pattern);
}

/**
 * The paths `pattern` matches now, as `fs.glob` yields them. A path without glob syntax (`literal`,
 * from literalPath) is looked up with one lstat instead: `fs.glob`'s path code, run every scan, was
 * what woke V8's optimising compiler in an idle agent after about 80 s, paging in about 5 MB more
 * of the node binary (TurboFan itself).
 */
export async function* expandPath(pattern: string, literal = literalPath(pattern)): AsyncGenerator<string> {
  if (literal === undefined) {
    yield* glob(pattern);
    return;
  }
  // Like glob, a path that cannot be looked up (missing, or under a directory without permission) is no match.
  const found = await lstat(literal).then(
    () => true,
    () => false,
  );
  if (found) yield literal;
}
