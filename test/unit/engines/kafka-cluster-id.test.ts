import { describe, expect, test } from 'vitest';
import { newClusterId } from '#local/engines/kafka.ts';

describe('newClusterId', () => {
  test('is 22 base64url characters and never starts with "-" (StorageTool would read it as an option)', () => {
    // One id in 64 would start with '-' if it were not excluded: 2,000 draws all but surely meet one.
    const ids = Array.from({ length: 2_000 }, newClusterId);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
  });
});
