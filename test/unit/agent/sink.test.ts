import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { backoff, isTooLarge, type OutRecord, Sink } from '#agent/sink/sink.ts';

const record = (n: number, acks: number[]): OutRecord => ({
  topic: 't',
  key: 'k',
  value: Buffer.alloc(100, n),
  onAck: () => acks.push(n),
});

const options = {
  lingerMs: 0,
  batchMaxBytes: 1000,
  bufferMaxBytes: 10_000,
  retryInitialMs: 1,
  retryMaxMs: 5,
  log: () => undefined,
};

describe('Sink', () => {
  it('keeps sending when an acknowledgement handler throws', async () => {
    const acks: number[] = [];
    const logged: string[] = [];
    const sink = new Sink(
      { async send() {}, async close() {} },
      { ...options, log: (line) => logged.push(line) },
    );
    sink.enqueue({
      ...record(1, acks),
      onAck: () => {
        throw new Error('bookkeeping bug');
      },
    });
    await new Promise((r) => setTimeout(r, 10));
    sink.enqueue(record(2, acks));
    expect(await sink.close(1000)).toBe(true);
    expect(acks).toEqual([2]);
    expect(logged).toEqual(['acknowledgement handler failed: bookkeeping bug']);
  });

  it('keeps no reference to a record once it is acknowledged', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let acked = 0;
    const sink = new Sink(
      {
        async send() {},
        async close() {},
      },
      { ...options, bufferMaxBytes: 1 << 30 },
    );
    const refs: WeakRef<Buffer>[] = [];
    // Fewer records than any compaction threshold of the queue: each must still be released.
    for (let i = 0; i < 50; i++) {
      const value = Buffer.alloc(64 * 1024, i);
      refs.push(new WeakRef(value));
      sink.enqueue({ topic: 't', key: 'k', value, onAck: () => acked++ });
    }
    for (let i = 0; i < 100 && acked < 50; i++) await new Promise((r) => setTimeout(r, 5));
    expect(acked).toBe(50);
    expect(sink.bufferedBytes).toBe(0);
    await new Promise((r) => setTimeout(r, 0));
    gc();
    await new Promise((r) => setTimeout(r, 0));
    gc();
    // At most the last batch (one record here), still in a register of the idle send loop.
    expect(refs.filter((r) => r.deref() !== undefined).length).toBeLessThanOrEqual(1);
    await sink.close(1000);
  });

  it('reuses the memory of a value only once Kafka acknowledged its record', async () => {
    const pending: (() => void)[] = [];
    const sink = new Sink(
      {
        send: () => new Promise<void>((resolve) => pending.push(resolve)),
        async close() {},
      },
      { ...options, recordMaxBytes: 1000, batchMaxBytes: 1000 },
    );
    const first = sink.allocate(900);
    sink.enqueue({ topic: 't', key: 'k', value: first });
    for (let i = 0; i < 100 && pending.length === 0; i++) await new Promise((r) => setTimeout(r, 1));
    expect(pending).toHaveLength(1);
    const second = sink.allocate(900);
    expect(second.buffer).not.toBe(first.buffer);
    pending.shift()?.();
    for (let i = 0; i < 100 && sink.bufferedBytes > 0; i++) await new Promise((r) => setTimeout(r, 1));
    expect(sink.bufferedBytes).toBe(0);
    expect(sink.allocate(900).buffer).toBe(first.buffer);
    await sink.close(10);
  });

  it('calls onAck after each acknowledged batch', async () => {
    let calls = 0;
    const sink = new Sink({ async send() {}, async close() {} }, { ...options, onAck: () => calls++ });
    const acks: number[] = [];
    for (let i = 0; i < 25; i++) sink.enqueue(record(i, acks));
    for (let i = 0; i < 100 && acks.length < 25; i++) await new Promise((r) => setTimeout(r, 1));
    // 25 records of 100 bytes in batches of at most 1000 bytes
    expect(acks).toHaveLength(25);
    expect(calls).toBe(3);
    await sink.close(10);
  });

  it('retries a failed batch until it succeeds and acknowledges in order', async () => {
    const sent: number[][] = [];
    let failures = 2;
    const sink = new Sink(
      {
        async send(records) {
          if (failures-- > 0) throw new Error('down');
          sent.push(records.map((r) => r.value[0] as number));
        },
        async close() {},
      },
      options,
    );
    const acks: number[] = [];
    for (let i = 0; i < 25; i++) sink.enqueue(record(i, acks));
    expect(await sink.close(5000)).toBe(true);
    expect(acks).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(sent.every((b) => b.length <= 10)).toBe(true);
    expect(sink.stats()).toMatchObject({
      sendErrors: 2,
      consecutiveFailures: 0,
      bufferedBytes: 0,
      sentRecords: 25,
    });
  });

  it('splits a batch the broker rejects as too large', async () => {
    const sizes: number[] = [];
    const sink = new Sink(
      {
        async send(records) {
          if (records.length > 2) {
            throw Object.assign(new Error('multiple'), {
              errors: [Object.assign(new Error('big'), { apiId: 'MESSAGE_TOO_LARGE' })],
            });
          }
          sizes.push(records.length);
        },
        async close() {},
      },
      options,
    );
    const acks: number[] = [];
    for (let i = 0; i < 8; i++) sink.enqueue(record(i, acks));
    expect(await sink.close(5000)).toBe(true);
    expect(acks).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(8);
  });

  /** A sender whose sends wait until the test settles them, one by one. */
  function manualSender() {
    const sends: { first: number; resolve: () => void; reject: (e: Error) => void }[] = [];
    const sender = {
      send: (records: readonly OutRecord[]) =>
        new Promise<void>((resolve, reject) =>
          sends.push({ first: records[0]?.value[0] as number, resolve, reject }),
        ),
      async close() {},
    };
    return { sends, sender };
  }
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 1));
    expect(check()).toBe(true);
  };
  // Records of 600 bytes in batches of at most 1000: one record per batch.
  const big = (n: number, acks: number[]): OutRecord => ({ ...record(n, acks), value: Buffer.alloc(600, n) });

  it('sends up to max_in_flight batches at once and acknowledges them in send order', async () => {
    const { sends, sender } = manualSender();
    const sink = new Sink(sender, { ...options, maxInFlight: 2 });
    const acks: number[] = [];
    for (let i = 0; i < 4; i++) sink.enqueue(big(i, acks));
    await until(() => sends.length === 2);
    await new Promise((r) => setTimeout(r, 10));
    expect(sends).toHaveLength(2);
    sends[1]?.resolve();
    await new Promise((r) => setTimeout(r, 10));
    expect(acks).toEqual([]);
    sends[0]?.resolve();
    await until(() => acks.length === 2 && sends.length === 4);
    expect(acks).toEqual([0, 1]);
    sends[2]?.resolve();
    sends[3]?.resolve();
    expect(await sink.close(1000)).toBe(true);
    expect(acks).toEqual([0, 1, 2, 3]);
    expect(sink.stats()).toMatchObject({ sentRecords: 4, bufferedBytes: 0 });
  });

  it('retries a failed batch before acknowledging or sending any batch behind it', async () => {
    const { sends, sender } = manualSender();
    const sink = new Sink(sender, { ...options, maxInFlight: 2 });
    const acks: number[] = [];
    for (let i = 0; i < 3; i++) sink.enqueue(big(i, acks));
    await until(() => sends.length === 2);
    sends[1]?.resolve();
    sends[0]?.reject(new Error('down'));
    // The retry of batch 0 goes alone: batch 2 waits until it is acknowledged.
    await until(() => sends.length === 3);
    await new Promise((r) => setTimeout(r, 10));
    expect(sends.map((s) => s.first)).toEqual([0, 1, 0]);
    expect(acks).toEqual([]);
    expect(sink.stats()).toMatchObject({ sendErrors: 1, consecutiveFailures: 1, healthy: false });
    sends[2]?.resolve();
    await until(() => sends.length === 4);
    expect(acks).toEqual([0, 1]);
    expect(sends[3]?.first).toBe(2);
    sends[3]?.resolve();
    expect(await sink.close(1000)).toBe(true);
    expect(acks).toEqual([0, 1, 2]);
    expect(sink.stats()).toMatchObject({ sendErrors: 1, consecutiveFailures: 0, sentRecords: 3 });
  });

  it('sends one batch at a time by default', async () => {
    const { sends, sender } = manualSender();
    const sink = new Sink(sender, options);
    const acks: number[] = [];
    for (let i = 0; i < 3; i++) sink.enqueue(big(i, acks));
    await until(() => sends.length === 1);
    await new Promise((r) => setTimeout(r, 10));
    expect(sends).toHaveLength(1);
    sends[0]?.resolve();
    await until(() => sends.length === 2);
    sends[1]?.resolve();
    await until(() => sends.length === 3);
    sends[2]?.resolve();
    expect(await sink.close(1000)).toBe(true);
    expect(acks).toEqual([0, 1, 2]);
  });

  it('gives up on close after the timeout without acknowledging', async () => {
    const sink = new Sink(
      {
        async send() {
          throw new Error('down');
        },
        async close() {},
      },
      options,
    );
    const acks: number[] = [];
    sink.enqueue(record(1, acks));
    expect(await sink.close(100)).toBe(false);
    expect(acks).toEqual([]);
  });

  it('backs off exponentially with jitter, capped', () => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const d = backoff(attempt, 100, 30_000);
      const base = Math.min(30_000, 100 * 2 ** attempt);
      expect(d).toBeGreaterThanOrEqual(base / 2);
      expect(d).toBeLessThanOrEqual(base);
    }
    expect(isTooLarge({ apiId: 'RECORD_LIST_TOO_LARGE' })).toBe(true);
    expect(isTooLarge(new Error('x'))).toBe(false);
  });
});
