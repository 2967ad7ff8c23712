/**
 * A source location stepped over between the level and the text (`header-fields.ts`, `skipField`)
 * is where the line was logged from: kept in `fields.caller` as written, never dropped (Clearwater's
 * `Status store.cpp:201: text`, netbird's `INFO client/connect.go:122: text`, glog's
 * `I … port.cc:113] text`), its enclosing brackets or parentheses off and its own parentheses kept
 * (gpm's `[mice.c(1766)]`). The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { compileParser } from '../../../core/parse/index.ts';

const at = Date.parse('2026-12-01T00:00:00Z');
const parse = compileParser({});

describe('a source location after the level is the line’s caller', () => {
  it('keeps `file.go:line` after a level word', () => {
    const line = parse(
      '2026-11-24T09:57:22+02:00 WARN client/internal/engine.go:587: ssh server not permitted',
      at,
    );
    expect(line.level).toBe('WARN');
    expect(line.message).toBe('ssh server not permitted');
    expect(line.fields.caller).toBe('client/internal/engine.go:587');
  });

  it('keeps a location in parentheses without them', () => {
    const line = parse('2026-11-24 09:57:22 ERROR (store.c:42) cannot write block 7', at);
    expect(line.level).toBe('ERROR');
    expect(line.fields.caller).toBe('store.c:42');
  });

  it('keeps the parenthesis of a `file(line)` location in brackets', () => {
    const line = parse('Jul  7 08:06:12 combo gpm[2094]: *** info [mice.c(1766)]: imps2 auto-detected', at);
    expect(line.fields.caller).toBe('mice.c(1766)');
  });

  it('keeps glog’s location after its thread id, not a location the text opens with', () => {
    const line = parse(
      'W1124 01:28:11.425228       1 reflector.go:462] pkg/cache/informers.go:105: watch ended',
      at,
    );
    expect(line.fields.caller).toBe('reflector.go:462');
  });

  it('takes no caller from a word with a colon that is no location', () => {
    const line = parse('2026-11-24 09:57:22 WARN retry: 3 of 5 left', at);
    expect(line.fields.caller).toBeUndefined();
  });
});
