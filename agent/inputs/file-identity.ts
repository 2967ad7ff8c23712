import { createHash } from 'node:crypto';
import { type BigIntStats, constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';

/** Bytes hashed to tell a file from another that reused its inode. */
export const FINGERPRINT_BYTES = 1024;

export function devIno(stat: { dev: bigint | number; ino: bigint | number }): string {
  return `${stat.dev}:${stat.ino}`;
}

/** Hash of the first `length` bytes of an open file, or undefined when the file is shorter. */
export async function fingerprint(file: FileHandle, length: number): Promise<string | undefined> {
  if (length <= 0) return undefined;
  const buf = Buffer.alloc(length);
  const { bytesRead } = await file.read(buf, 0, length, 0);
  if (bytesRead < length) return undefined;
  return createHash('sha256').update(buf).digest('hex').slice(0, 16);
}

/** Source id of a file: device+inode, fingerprint of its first bytes, and the truncation generation. */
export function fileSourceId(devIno: string, fp: string, generation: number): string {
  return generation === 0 ? `file:${devIno}:${fp}` : `file:${devIno}:${fp}:g${generation}`;
}

/** Why `openLogFile` did not open a path. */
export type NotOpened = 'symlink' | 'not a regular file';

/**
 * Opens a log file for reading, with O_NONBLOCK (a FIFO planted under a glob cannot block the
 * open) and, unless `followSymlinks`, O_NOFOLLOW (a symlink is refused, not followed); then checks
 * on the open descriptor (fstat) that it is a regular file, so a path swapped after a check
 * cannot slip a device or a FIFO in. Other errors (ENOENT, EACCES) are thrown.
 */
export async function openLogFile(
  path: string,
  followSymlinks: boolean,
): Promise<{ handle: FileHandle; stat: BigIntStats } | NotOpened> {
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | (followSymlinks ? 0 : constants.O_NOFOLLOW);
  let handle: FileHandle;
  try {
    handle = await open(path, flags);
  } catch (error) {
    if (!followSymlinks && (error as NodeJS.ErrnoException).code === 'ELOOP') return 'symlink';
    throw error;
  }
  try {
    const stat = await handle.stat({ bigint: true });
    if (stat.isFile()) return { handle, stat };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
  await handle.close().catch(() => undefined);
  return 'not a regular file';
}
