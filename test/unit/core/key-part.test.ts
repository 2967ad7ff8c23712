import { describe, expect, test } from 'vitest';
import { boundedKeyPart, KEY_LIMIT_BYTES } from '#core/tables.ts';

const bytes = (s: string) => Buffer.byteLength(s);

describe('boundedKeyPart', () => {
  test('a value that fits is kept as it is', () => {
    expect(boundedKeyPart('payment-service')).toBe('payment-service');
    const exact = 'é'.repeat(128); // 256 bytes
    expect(boundedKeyPart(exact)).toBe(exact);
  });

  test('a long value becomes a readable prefix and a hash, within the limit', () => {
    const service = `checkout-${'x'.repeat(2048)}`;
    const key = boundedKeyPart(service);
    expect(bytes(key)).toBeLessThanOrEqual(256);
    expect(key).toMatch(/^checkout-x+~[0-9a-f]{16}$/);
    expect(bytes(boundedKeyPart(service, KEY_LIMIT_BYTES.sort))).toBeLessThanOrEqual(1024);
  });

  test('two long values sharing a prefix get different keys, and bounding twice changes nothing', () => {
    const a = boundedKeyPart(`${'s'.repeat(1000)}a`);
    const b = boundedKeyPart(`${'s'.repeat(1000)}b`);
    expect(a).not.toBe(b);
    expect(boundedKeyPart(a)).toBe(a);
  });

  test('multi-byte characters are never cut, and a lone surrogate cannot reach a key', () => {
    const key = boundedKeyPart('日本'.repeat(200));
    expect(bytes(key)).toBeLessThanOrEqual(256);
    expect(key).not.toContain('\uFFFD');
    const lone = boundedKeyPart('node-\uD800-1');
    expect(lone).toMatch(/^node-\uFFFD-1~[0-9a-f]{16}$/);
    expect(Buffer.from(lone).toString()).toBe(lone);
  });
});
