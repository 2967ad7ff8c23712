import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';

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
