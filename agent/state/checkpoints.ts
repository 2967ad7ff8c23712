import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';

/** Resume point of one file source. */
export interface FileCheckpoint {
  /** Source id sent on the wire (stable for the life of the file's content). */
  readonly id: string;
  readonly path: string;
  /** `device:inode`. */
  readonly devIno: string;
  /** Hash of the first `fpLen` bytes: distinguishes a reused inode from the file we read. */
  readonly fp: string;
  readonly fpLen: number;
  /** Every byte before this offset reached Kafka (acknowledged with acks=all). */
  readonly offset: number;
  /** How many times this inode was truncated in place (copytruncate); part of the source id. */
  readonly generation: number;
}

/** Resume point of one spool (stdin/HTTP) stream. */
export interface SpoolCheckpoint {
  readonly input: string;
  readonly segment: number;
  readonly offset: number;
}

export interface CheckpointState {
  readonly files: readonly FileCheckpoint[];
  readonly spools: readonly SpoolCheckpoint[];
}

const FILE_NAME = 'checkpoints.json';

export class CheckpointCorruptError extends Error {
  constructor(path: string, options?: { cause?: unknown }) {
    super(`checkpoint file ${path} is not valid; move it away to start fresh`, options);
    this.name = 'CheckpointCorruptError';
  }
}

/** Checkpoints persisted in `state_dir/checkpoints.json`, replaced atomically on every save. */
export class CheckpointStore {
  readonly #path: string;
  #lastSaved = '';

  private constructor(path: string) {
    this.#path = path;
  }

  /** Opens the store; `fresh` is true when no checkpoint existed (the agent's first start). */
  static async open(
    stateDir: string,
  ): Promise<{ store: CheckpointStore; state: CheckpointState; fresh: boolean }> {
    await mkdir(stateDir, { recursive: true, mode: 0o700 });
    const path = join(stateDir, FILE_NAME);
    const store = new CheckpointStore(path);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return { store, state: { files: [], spools: [] }, fresh: true };
      }
      throw error;
    }
    let parsed: { version?: unknown; files?: unknown; spools?: unknown };
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new CheckpointCorruptError(path, { cause: error });
    }
    if (parsed.version !== 1 || !Array.isArray(parsed.files)) throw new CheckpointCorruptError(path);
    store.#lastSaved = text;
    return {
      store,
      state: { files: parsed.files as FileCheckpoint[], spools: (parsed.spools ?? []) as SpoolCheckpoint[] },
      fresh: false,
    };
  }

  get path(): string {
    return this.#path;
  }

  /** Saves when the state changed since the last save. */
  async save(state: CheckpointState): Promise<void> {
    const text = JSON.stringify({ version: 1, files: state.files, spools: state.spools });
    if (text === this.#lastSaved) return;
    await writeFileAtomic(this.#path, text);
    this.#lastSaved = text;
  }
}
