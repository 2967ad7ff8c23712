/**
 * review29b (issue #14, loss30 and lvl37): header fields stepped over keep their place and their
 * whole text. A source location is a caller wherever it stands in a header (pytest's
 * `name:file.py:12`, a C daemon's `(file.c:120)` after its bracketed pid, as WiFiDog's `debug.c`
 * writes it), never a thread; a number before a source location stays glog's (and CockroachDB's)
 * thread id. The lines are invented in the shapes the products document.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

describe("pytest's `%(name)s:%(filename)s:%(lineno)d`: the location is the caller", () => {
  it('keeps `cart.py:57` in `fields.caller` beside the logger', () => {
    const line = parseLine('2026-11-30 14:02:11 WARNING  shop.cart:cart.py:57 basket expired');
    expect(line).toMatchObject({
      level: 'WARN',
      logger: 'shop.cart',
      message: 'basket expired',
      fields: { caller: 'cart.py:57' },
    });
    expect(line.fields.header_columns).toBeUndefined();
  });

  it('keeps a second `name:file:line` whole in `fields.header_columns`', () => {
    const line = parseLine('2026-11-30 10:00:00 ERROR app:main.py:12 other:x.py:3 text');
    expect(line).toMatchObject({
      logger: 'app',
      message: 'text',
      fields: { caller: 'main.py:12', header_columns: 'other:x.py:3' },
    });
  });
});

describe('a source location in parentheses after the header is the caller, not a thread', () => {
  it("WiFiDog's `debug.c` `[N][ctime][pid](file.c:line) `: `fields.caller`", () => {
    const line = parseLine('[3][Mon Nov 30 10:00:00 2026][1234](gateway.c:120) Creating gateway');
    expect(line).toMatchObject({
      level: 'ERROR',
      message: 'Creating gateway',
      fields: { pid: 1234, caller: 'gateway.c:120' },
    });
    expect(line.fields.thread).toBeUndefined();
  });

  it("JBoss's thread in parentheses stays `fields.thread` (`[io.quarkus] (main) `)", () => {
    const line = parseLine('2026-11-30 10:00:00,123 INFO  [io.quarkus] (main) Quarkus started');
    expect(line).toMatchObject({
      logger: 'io.quarkus',
      message: 'Quarkus started',
      fields: { thread: 'main' },
    });
  });

  it("log4j's `(%C.%M:%L)`, a method and no file, stays where it was (`fields.thread`)", () => {
    const line = parseLine(
      '27 Nov 2026 14:02:11,318 INFO  [main] (org.example.Server.start:62)  - Server starting',
    );
    expect(line.message).toBe('Server starting');
  });
});

describe("glog's thread id, with or without glog's `]` after the location", () => {
  it("CockroachDB's goroutine id before `file.go:300 ` (no `]`) is the thread", () => {
    const line = parseLine(
      'W261130 14:02:15.000200 84 server/status/runtime.go:300 ⋮ [n1] running low on disk',
    );
    expect(line.fields).toMatchObject({ thread: '84', caller: 'server/status/runtime.go:300' });
  });

  it("still reads glog's `31204 init.cc:374] ` thread id", () => {
    const line = parseLine('I1128 10:00:00.123456 31204 init.cc:374] impalad version 4.4.1');
    expect(line.fields).toMatchObject({ thread: '31204', caller: 'init.cc:374' });
  });
});
