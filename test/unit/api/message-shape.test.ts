import { describe, expect, test } from 'vitest';
import { MAX_SHAPE_LENGTH, messageShape } from '#core/message-shape.ts';

describe('messageShape', () => {
  test.each([
    ['Card declined for order order_45232', 'Card declined for order order_<num>'],
    ['timeout after 30s connecting to 10.0.0.7:5432', 'timeout after <num>s connecting to <ip>'],
    ['user 3f2b9c1e-8a4d-4e7b-9f10-2c3d4e5f6a7b not found', 'user <uuid> not found'],
    ['segfault at 0x7ffd5e8c ip 00007f3a1b2c', 'segfault at <hex> ip <hex>'],
    ['commit deadbeef42 failed', 'commit <hex> failed'],
    ['key "user:42" is missing', 'key <str> is missing'],
    ["can't open 'report.pdf' (code 2)", "can't open <str> (code <num>)"],
    ['took 12.75 ms, retry 3 of 5', 'took <num> ms, retry <num> of <num>'],
    ['GET /api/v2/orders/981 HTTP/1.1 500', 'GET /api/v<num>/orders/<num> HTTP/<num> <num>'],
    ['plain words only', 'plain words only'],
    ['café ☕ über 9 Grüße', 'café ☕ über <num> Grüße'],
    ['  padded 7  ', 'padded <num>'],
  ])('%j → %j', (message, shape) => {
    expect(messageShape(message)).toBe(shape);
  });

  test('messages that differ only in values share a shape', () => {
    expect(messageShape('retry 1 for job a1b2c3d4e5 from 192.168.1.20')).toBe(
      messageShape('retry 17 for job ffe0c3d4e9 from 10.1.1.1'),
    );
  });

  test('long messages are cut to a bounded keyword', () => {
    expect(messageShape(`x${'y'.repeat(5000)}`)).toHaveLength(MAX_SHAPE_LENGTH);
  });
});
