/**
 * An application writing numbered lines at a steady rate, the way a logger does: through one open
 * descriptor (O_APPEND), with logrotate's two rotations on request, each done between two writes
 * (so logrotate's own copytruncate window, between its copy and its truncate, loses nothing here;
 * the drill tests the agent, not logrotate).
 */
import { closeSync, copyFileSync, ftruncateSync, openSync, renameSync, writeSync } from 'node:fs';
import { numberedLine, sleep } from './harness.ts';

export type Rotation = 'rename' | 'copytruncate';

export class NumberedWriter {
  readonly path: string;
  readonly drill: string;
  readonly ratePerSecond: number;
  written = 0;
  rotations: string[] = [];
  #fd: number;
  #pending: Rotation[] = [];
  #injected: string[] = [];
  readonly #lineOf: (seq: number) => string;

  constructor(
    path: string,
    drill: string,
    ratePerSecond: number,
    lineOf: (seq: number) => string = (seq) => numberedLine(drill, seq),
  ) {
    this.path = path;
    this.drill = drill;
    this.ratePerSecond = ratePerSecond;
    this.#lineOf = lineOf;
    this.#fd = openSync(path, 'a');
  }

  /** Writes these lines (not numbered) among the next numbered ones. */
  inject(lines: readonly string[]): void {
    this.#injected.push(...lines);
  }

  /** Rotates before the next write. */
  rotate(how: Rotation): void {
    this.#pending.push(how);
  }

  /** Writes `total` lines at the rate, then resolves. */
  async run(total: number, shouldStop: () => boolean = () => false): Promise<void> {
    const started = performance.now();
    while (this.written < total && !shouldStop()) {
      for (const how of this.#pending.splice(0)) this.#doRotate(how);
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * this.ratePerSecond));
      if (due > this.written) {
        const lines: string[] = [];
        for (let seq = this.written; seq < due; seq++) {
          lines.push(this.#lineOf(seq));
          const extra = this.#injected.shift();
          if (extra !== undefined) lines.push(extra);
        }
        writeSync(this.#fd, `${lines.join('\n')}\n`);
        this.written = due;
      }
      await sleep(20);
    }
  }

  #doRotate(how: Rotation): void {
    const n = this.rotations.length + 1;
    if (how === 'rename') {
      renameSync(this.path, `${this.path}.${n}`);
      // The application still writes a few lines to the renamed file before it reopens (SIGHUP).
      const lines = [this.#lineOf(this.written)];
      writeSync(this.#fd, `${lines.join('\n')}\n`);
      this.written += lines.length;
      closeSync(this.#fd);
      this.#fd = openSync(this.path, 'a');
    } else {
      copyFileSync(this.path, `${this.path}.${n}`);
      ftruncateSync(this.#fd, 0);
    }
    this.rotations.push(how);
  }

  close(): void {
    closeSync(this.#fd);
  }
}
