import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { backoff, isTooLarge, type OutRecord, type Placement, Sink } from '#agent/sink/sink.ts';

const record = (n: number, acks: number[]): OutRecord => ({
  topic: 't',
  key: 'k',
  value: Buffer.alloc(100, n),
  onAck: () => acks.push(n),
});

/** What a sender that writes no partition returns: nothing to keep in order. */
const NOWHERE: Placement = new Map();

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
      { send: async () => NOWHERE, async close() {} },
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
        send: async () => NOWHERE,
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
        send: () => new Promise<Placement>((resolve) => pending.push(() => resolve(NOWHERE))),
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
    const sink = new Sink(
      { send: async () => NOWHERE, async close() {} },
      { ...options, onAck: () => calls++ },
    );
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
          return NOWHERE;
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
          return NOWHERE;
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

  /**
   * A sender whose sends wait until the test settles them, one by one, in front of Kafka's one
   * partition (`log`, one slot per request). Requests reach the broker in send order: `resolve`
   * writes a batch in the slot its send took, `reject` leaves that slot empty (nothing written),
   * `land` writes it at the end instead, as a request retried by the client would land.
   */
  function manualSender() {
    const slots: (readonly number[] | undefined)[] = [];
    const sends: { first: number; resolve: () => void; land: () => void; reject: (e: Error) => void }[] = [];
    const sender = {
      send: (records: readonly OutRecord[]) =>
        new Promise<Placement>((resolve, reject) => {
          const values = records.map((r) => r.value[0] as number);
          const writeAt = (slot: number) => {
            slots[slot] = values;
            resolve(new Map([['t:0', BigInt(slot)]]));
          };
          const sentAt = slots.push(undefined) - 1;
          sends.push({
            first: values[0] as number,
            resolve: () => writeAt(sentAt),
            land: () => writeAt(slots.push(undefined) - 1),
            reject,
          });
        }),
      async close() {},
    };
    return { log: () => slots.flatMap((s) => s ?? []), sends, sender };
  }
  /** Each record in the order of its last copy in `log`: the order a reader of the partition ends with. */
  const lastCopies = (log: readonly number[]) =>
    [...new Set(log.toReversed())]
      .map((n) => ({ n, at: log.lastIndexOf(n) }))
      .sort((a, b) => a.at - b.at)
      .map((x) => x.n);
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
    const { log, sends, sender } = manualSender();
    const sink = new Sink(sender, { ...options, maxInFlight: 2 });
    const acks: number[] = [];
    for (let i = 0; i < 3; i++) sink.enqueue(big(i, acks));
    await until(() => sends.length === 2);
    sends[0]?.reject(new Error('down'));
    // The retry of batch 0 goes alone: batch 2 waits until it is acknowledged.
    await until(() => sends.length === 3);
    await new Promise((r) => setTimeout(r, 10));
    expect(sends.map((s) => s.first)).toEqual([0, 1, 0]);
    expect(acks).toEqual([]);
    expect(sink.stats()).toMatchObject({ sendErrors: 1, consecutiveFailures: 1, healthy: false });
    sends[2]?.resolve();
    await until(() => acks.length === 1 && sends.length === 4);
    expect(sends[3]?.first).toBe(2);
    // Batch 1, sent before the retry and written after it (as its own retry by the client would
    // be), keeps its place, and so does batch 2 written after it.
    sends[1]?.land();
    sends[3]?.land();
    expect(await sink.close(1000)).toBe(true);
    expect(acks).toEqual([0, 1, 2]);
    expect(log()).toEqual([0, 1, 2]);
    expect(sink.stats()).toMatchObject({
      sendErrors: 1,
      consecutiveFailures: 0,
      sentRecords: 3,
      resentForOrder: 0,
    });
  });

  it('keeps the enqueue order in Kafka when a batch fails while the batches behind it are written', async () => {
    const { log, sends, sender } = manualSender();
    const sink = new Sink(sender, { ...options, maxInFlight: 3 });
    const acks: number[] = [];
    for (let i = 0; i < 4; i++) sink.enqueue(big(i, acks));
    await until(() => sends.length === 3);
    // A fails; B and C, sent behind it, are written before its retry.
    sends[1]?.resolve();
    sends[2]?.resolve();
    sends[0]?.reject(new Error('down'));
    await until(() => sends.length === 4);
    expect(sends[3]?.first).toBe(0);
    sends[3]?.resolve();
    // B, then C, go again, each alone, before anything new (batch 3) is sent.
    await until(() => sends.length === 5);
    expect(sends[4]?.first).toBe(1);
    expect(acks).toEqual([0]);
    sends[4]?.resolve();
    await until(() => sends.length === 6);
    expect(sends[5]?.first).toBe(2);
    expect(acks).toEqual([0, 1]);
    sends[5]?.resolve();
    await until(() => sends.length === 7);
    expect(sends[6]?.first).toBe(3);
    sends[6]?.resolve();
    expect(await sink.close(1000)).toBe(true);
    expect(log()).toEqual([1, 2, 0, 1, 2, 3]);
    expect(lastCopies(log())).toEqual([0, 1, 2, 3]);
    expect(acks).toEqual([0, 1, 2, 3]);
    expect(sink.stats()).toMatchObject({
      sendErrors: 1,
      resentForOrder: 2,
      sentRecords: 4,
      bufferedBytes: 0,
    });
  });

  it('sends again a batch Kafka wrote ahead of an earlier one even when no send failed', async () => {
    // The client may retry a request under a new producer id, past the broker's sequence check.
    const { log, sends, sender } = manualSender();
    const logged: string[] = [];
    const sink = new Sink(sender, { ...options, maxInFlight: 2, log: (line) => logged.push(line) });
    const acks: number[] = [];
    for (let i = 0; i < 2; i++) sink.enqueue(big(i, acks));
    await until(() => sends.length === 2);
    sends[1]?.resolve();
    sends[0]?.land();
    await until(() => sends.length === 3);
    expect(sends[2]?.first).toBe(1);
    sends[2]?.resolve();
    expect(await sink.close(1000)).toBe(true);
    expect(log()).toEqual([1, 0, 1]);
    expect(lastCopies(log())).toEqual([0, 1]);
    expect(acks).toEqual([0, 1]);
    expect(sink.stats()).toMatchObject({ sendErrors: 0, resentForOrder: 1 });
    expect(logged).toEqual([
      "kafka did not write a batch of 1 records after the batch sent before it; sending it again, alone, to keep each source's order",
    ]);
  });

  /** A sink of two in flight whose sends land at `offsets` in turn, and the first line of each send. */
  function landingAt(offsets: bigint[]) {
    const firsts: number[] = [];
    const sink = new Sink(
      {
        send: async (records) => {
          firsts.push(records[0]?.value[0] as number);
          return new Map([['t:0', offsets.shift() ?? 99n]]);
        },
        async close() {},
      },
      { ...options, maxInFlight: 2 },
    );
    return { sink, firsts };
  }

  it('takes where a batch sent alone lands, so a partition whose offsets start over is no loop', async () => {
    // A topic deleted and created again: offsets go back to 0 under a batch acknowledged at 500.
    const { sink, firsts } = landingAt([500n, 0n, 1n, 2n]);
    const acks: number[] = [];
    sink.enqueue(big(0, acks));
    await until(() => acks.length === 1);
    for (let i = 1; i < 3; i++) sink.enqueue(big(i, acks));
    expect(await sink.close(1000)).toBe(true);
    expect(acks).toEqual([0, 1, 2]);
    expect(firsts).toEqual([0, 1, 2]);
    expect(sink.stats()).toMatchObject({ resentForOrder: 0 });
  });

  it('sends again a batch Kafka wrote at the very offset of the batch before it', async () => {
    // One offset for two batches: the partition's log was cut back under the first (an unclean
    // leader election, the topic created again), so the second is not known to come after it.
    const { sink, firsts } = landingAt([5n, 5n, 6n]);
    const acks: number[] = [];
    for (let i = 0; i < 2; i++) sink.enqueue(big(i, acks));
    expect(await sink.close(1000)).toBe(true);
    expect(acks).toEqual([0, 1]);
    expect(firsts).toEqual([0, 1, 1]);
    expect(sink.stats()).toMatchObject({ resentForOrder: 1 });
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
        async send(): Promise<Placement> {
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
