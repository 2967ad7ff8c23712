/**
 * Keys and columns learned by value (`core/parse/learned-keys.ts`): the class is structured lines
 * whose time, level or message sit under a key or column no reader knows (JSON's `server_timestamp`
 * and `log_message`, logfmt's `l=`, a record of quoted fields with its date and time in two
 * columns), learned per source from the values its sample holds there, as Elastic's
 * text-structure finder learns NDJSON and delimited files. Its limits: a key on fewer than 80 % of
 * the sample's lines, a key naming an outcome, one severe word on every line and numbers are never a
 * level; known keys win. The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { splitQuotedRecord } from '../../../core/parse/learned-keys.ts';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const two = (n: number) => String(n).padStart(2, '0');

/** The source's lines as the ingest reads them (`test/support/read-source.ts`). */
const readSource = (lines: readonly string[], later: readonly string[] = []) =>
  readLines(lines, receivedAt, later);

const word = (n: number): string => (n % 5 === 2 ? 'warning' : n % 7 === 3 ? 'error' : 'info');
const level = (n: number) => (n % 5 === 2 ? 'WARN' : n % 7 === 3 ? 'ERROR' : 'INFO');

describe('JSON and logfmt keys learned by value', () => {
  it('reads the time and the message from keys no reader knows, by their values', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `{"ev_category":"store","ev_level":"${word(n)}","ev_text":"copied replica ${n} to vault","node_pid":${4100 + n},"node_clock":"2026-11-30T10:00:${two(n)}.250Z"}`,
    );
    const { sample } = readSource(lines);
    expect(sample[3]).toMatchObject({
      format: 'json',
      timestamp: Date.parse('2026-11-30T10:00:03.250Z'),
      level: 'ERROR',
      message: 'copied replica 3 to vault',
      fields: { ev_category: 'store', node_pid: 4103 },
      structure: 'keys learned by value: time node_clock, level ev_level, message ev_text',
    });
    expect(sample.map((line) => line.level)).toEqual(lines.map((_, n) => level(n)));
    expect(sample[3]?.fields).not.toHaveProperty('ev_text');
  });

  it('reads a level from a one-letter logfmt key whose values are level words with two levels', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `l=${word(n)} m="queue run ${n}" pkg=queue attempts=${n % 3}`,
    );
    const { sample } = readSource(lines);
    expect(sample.map((line) => line.level)).toEqual(lines.map((_, n) => level(n)));
    expect(sample[0]).toMatchObject({ format: 'logfmt', message: 'queue run 0', fields: { pkg: 'queue' } });
    expect(sample[0]?.fields).not.toHaveProperty('l');
  });

  it('keeps the known keys: a line with a known level key reads it, and a learned key never overrides it', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `{"time":"2026-11-30T10:00:${two(n)}Z","level":"info","msg":"tick ${n}","grade":"${word(n)}"}`,
    );
    const { sample } = readSource(lines);
    expect(sample.every((line) => line.level === 'INFO')).toBe(true);
    expect(sample[3]?.fields).toEqual({ grade: 'error' });
    expect(sample[3]?.structure).toBeUndefined();
  });
});

describe('look-alikes that are no level, time or message key', () => {
  it('an HTTP result’s "status":"error" on the failing requests only is no level', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `{"ev_clock":"2026-11-30T10:00:${two(n)}Z","path":"/api/${n}"${n % 4 === 0 ? ',"status":"error"' : ''}}`,
    );
    const { sample } = readSource(lines);
    expect(sample.every((line) => line.level === undefined)).toBe(true);
    expect(sample[0]?.fields.status).toBe('error');
  });

  it('an outcome key holding level words on every line is no level (`result`, `status`)', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `{"ev_clock":"2026-11-30T10:00:${two(n)}Z","check":"disk ${n}","result":"${n % 3 ? 'warning' : 'error'}"}`,
    );
    expect(readSource(lines).sample.every((line) => line.level === undefined)).toBe(true);
    const logfmt = Array.from(
      { length: 32 },
      (_, n) => `job=${n} status=${n % 2 ? 'info' : 'error'} took=${n}ms`,
    );
    expect(readSource(logfmt).sample.every((line) => line.level === undefined)).toBe(true);
  });

  it('one severe word on every line is a label, not a level', () => {
    const lines = Array.from({ length: 32 }, (_, n) => `queue=error-retry kind=error n=${n}`);
    expect(readSource(lines).sample.every((line) => line.level === undefined)).toBe(true);
  });

  it('level words in message text, and a key present on fewer than 80 % of the lines, give no level', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `{"ev_text":"error ${n} retried","ev_clock":"2026-11-30T10:00:${two(n)}Z"${n % 3 === 0 ? '' : `,"sev":"${word(n)}"`}}`,
    );
    const { sample } = readSource(lines);
    expect(sample.every((line) => line.level === undefined)).toBe(true);
    // The text key is learned as the message: its level word stays its text.
    expect(sample[1]?.message).toBe('error 1 retried');
  });

  it('numbers are no level and no time without a name hinting one', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `{"lv":${n % 3},"worker":${1796000000 + n},"note":"run ${n}"}`,
    );
    const { sample } = readSource(lines);
    expect(sample.every((line) => line.level === undefined && line.timestamp === undefined)).toBe(true);
  });

  it('a key named for no message is no message, however free its text (a JSON access log’s user agent, a context)', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `{"time":"2026-11-30T10:00:${two(n)}Z","path":"/a/${n}","user_agent":"Mozilla/5.0 (X11; Linux x86_64) r${n}","context":"cart ${n} of user"}`,
    );
    const { sample } = readSource(lines);
    expect(sample.every((line) => line.message === '' && line.structure === undefined)).toBe(true);
  });

  it('a number under a key named for time is no instant outside 2000–2100 (`timeout`, `wait_time`)', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `{"wait_time":${30 + n},"ev_text":"polled ${n} queues"}`,
    );
    const { sample } = readSource(lines);
    expect(sample.every((line) => line.timestamp === undefined)).toBe(true);
    expect(sample[2]?.fields.wait_time).toBe(32);
  });

  it('a later line whose learned key holds no level word keeps no level', () => {
    const lines = Array.from({ length: 32 }, (_, n) => `l=${word(n)} m="run ${n}"`);
    const { later } = readSource(lines, ['l=ok m="run 40"', 'l=error m="run 41"']);
    expect(later.map((line) => line.level)).toEqual([undefined, 'ERROR']);
    expect(later[0]?.fields.l).toBe('ok');
  });
});

describe('records of quoted fields', () => {
  const record = (n: number, level: string) =>
    `"${level}","worker-${n % 3}","11/27/26","16:40:${two(n)}",${n % 2 ? '"SHOP"' : ''},"Session ${n} started, page /shop/${n}"`;

  it('learns the date and time columns, the level column and the message column by value', () => {
    const lines = Array.from({ length: 32 }, (_, n) => record(n, n % 4 === 1 ? 'Error' : 'Information'));
    const { sample, later } = readSource(lines, [record(40, 'Warning')]);
    expect(sample[1]).toMatchObject({
      format: 'learned',
      timestamp: Date.parse('2026-11-27T16:40:01Z'),
      level: 'ERROR',
      message: 'Session 1 started, page /shop/1',
      fields: { columns: ['worker-1', 'SHOP'] },
    });
    expect(later[0]).toMatchObject({ level: 'WARN', message: 'Session 40 started, page /shop/40' });
  });

  it('learns nothing from records whose column count changes (free text with unquoted commas)', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `"Information","11/27/26 16:40:${two(n)}",${'a,'.repeat(n % 4)}"x"`,
    );
    const { sample } = readSource(lines);
    expect(sample.some((line) => line.structure?.includes('by value'))).toBe(false);
  });

  it('splits quoted, empty and bare fields, and is undefined for other text', () => {
    expect(splitQuotedRecord('"a","b ""c""",,7,"d, e"')).toEqual(['a', 'b "c"', '', '7', 'd, e']);
    expect(splitQuotedRecord('"a";"b";"c";')).toEqual(['a', 'b', 'c', '']);
    expect(splitQuotedRecord('"quoted" text, not a record')).toBeUndefined();
    expect(splitQuotedRecord('"a","b"')).toBeUndefined();
    expect(splitQuotedRecord('"a","b')).toBeUndefined();
  });
});

describe('a LogRecord dump’s `created` (Python’s `record.created`, `time.time()` at the call)', () => {
  // The class: a handler or formatter that writes `record.__dict__` (stdlib `HTTPHandler.mapLogRecord`,
  // python-json-logger with `%(created)f`) names its event time `created`, an epoch float.
  const dump = (n: number, extra = '') =>
    `{"levelname":"${n % 5 === 2 ? 'WARNING' : 'INFO'}","levelno":${n % 5 === 2 ? 30 : 20},"name":"worker","funcName":"run","lineno":${40 + n},"threadName":"MainThread","created":${1796026800 + n * 3}.4121737,"payload":"batch ${n}"${extra}}`;

  it('reads `created` as the time when it advances with the lines and no other key holds one', () => {
    const lines = Array.from({ length: 32 }, (_, n) => dump(n));
    const { sample } = readSource(lines);
    expect(sample.map((line) => line.timestamp)).toEqual(
      lines.map((_, n) => (1796026800 + n * 3) * 1000 + 412),
    );
    expect(sample[0]?.fields).not.toHaveProperty('created');
  });

  it('keeps a record’s own time key: an object’s `created` beside it stays a field', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `{"ts":"2026-11-30T10:00:${two(n)}Z","level":"info","msg":"invoice paid","created":${1790000000 + n * 60}}`,
    );
    const { sample } = readSource(lines);
    expect(sample[5]?.timestamp).toBe(Date.parse('2026-11-30T10:00:05Z'));
    expect(sample[5]?.fields.created).toBe(1790000300);
  });

  it('an entity’s `created` that jumps about (records listed by a job) is no time', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `{"user":"u${n}","created":${1600000000 + ((n * 7919) % 97) * 864000},"action":"listed"}`,
    );
    const { sample } = readSource(lines);
    expect(sample.every((line) => line.timestamp === undefined)).toBe(true);
    expect(typeof sample[3]?.fields.created).toBe('number');
  });
});

describe('review: look-alike times, shifted records and wide records', () => {
  const day = (n: number) => two(1 + ((n * 7) % 28));

  it('a record’s own dates that do not advance with the lines are no time (`created_at`, `last_login`)', () => {
    // The class: an entity's dates beside no event time (accounts, orders, sessions listed by a job);
    // an event's time moves forward with the lines, these jump about.
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `{"user":"u${n}","created_at":"20${10 + ((n * 7) % 15)}-0${1 + (n % 9)}-${day(n)}T08:12:00Z","last_login":"2026-${two(1 + ((n * 5) % 11))}-${day(n)} 10:00","action":"listed"}`,
    );
    const { sample } = readSource(lines);
    expect(sample.every((line) => line.timestamp === undefined && line.structure === undefined)).toBe(true);
    expect(sample[1]?.fields.created_at).toBe('2017-02-08T08:12:00Z');
  });

  it('dates after the lines were received are no time (`expires`: a record’s future)', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) => `{"user":"u${n}","plan":"pro","expires":"2027-01-${two(1 + (n >> 1))} 00:00:${two(n)}"}`,
    );
    const { sample } = readSource(lines);
    expect(sample.every((line) => line.timestamp === undefined)).toBe(true);
    expect(sample[0]?.fields.expires).toBe('2027-01-01 00:00:00');
  });

  it('an event time a little out of order (threads) is still learned', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `{"node_clock":"2026-11-30T10:00:${two(n % 4 === 1 ? n + 1 : n % 4 === 2 ? n - 1 : n)}.250Z","ev_text":"copied ${n}"}`,
    );
    const { sample } = readSource(lines);
    expect(sample[1]?.timestamp).toBe(Date.parse('2026-11-30T10:00:02.250Z'));
  });

  const record = (n: number, level: string) =>
    `"${level}","worker-${n % 3}","11/27/26","16:40:${two(n)}","Session ${n} started, page /shop/${n}"`;

  it('a later record whose columns shifted is not read through the learned columns, and loses no column', () => {
    const lines = Array.from({ length: 32 }, (_, n) => record(n, n % 4 === 1 ? 'Error' : 'Information'));
    const shifted = '"Session 40 failed, retry","Information","worker-1","11/27/26","16:41:00"';
    const { later } = readSource(lines, [
      shifted,
      '"Audit","w","11/27/26","16:41:00","user password changed"',
    ]);
    expect(later[0]?.message).toContain('Session 40 failed, retry');
    expect(later[0]?.format).not.toBe('learned');
    // A learned column that did not read on this record stays among its columns.
    expect(later[1]).toMatchObject({ format: 'learned', message: 'user password changed' });
    expect(later[1]?.fields.columns).toEqual(['Audit', 'w']);
  });

  it('a record of more columns than a log line has learns no columns (its cost would grow with its width)', () => {
    const wide = (n: number) =>
      `"Information","11/27/26","16:40:${two(n)}","Session ${n} started, page /shop/${n}"${',"x"'.repeat(300)}`;
    const { sample } = readSource(Array.from({ length: 32 }, (_, n) => wide(n)));
    expect(sample.some((line) => line.structure?.includes('by value'))).toBe(false);
  });

  it('only the first keys of a wide JSON record are candidates (a time key after 64 others is not learned)', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `{${Array.from({ length: 70 }, (_, k) => `"k${k}":"v${k}"`).join(',')},"node_clock":"2026-11-30T10:00:${two(n)}Z"}`,
    );
    const { sample } = readSource(lines);
    expect(sample.every((line) => line.timestamp === undefined)).toBe(true);
  });
});

describe('review: level words that are also data, under a key named for no level', () => {
  it('a kind (`alert`, `notice`) or a value (`inf`, `fine`) under a key named for no level is no level', () => {
    // The class: words a level list spells that name other things as data (a notification's type, a
    // number's infinity, a quality); only a key named for a level vouches for them.
    const kinds = Array.from(
      { length: 32 },
      (_, n) =>
        `{"type":"${n % 2 ? 'alert' : 'notice'}","user":"u${n}","ev_clock":"2026-11-30T10:00:${two(n)}Z"}`,
    );
    expect(readSource(kinds).sample.every((line) => line.level === undefined)).toBe(true);
    const values = Array.from({ length: 32 }, (_, n) => `{"val":"${n % 2 ? 'inf' : 'fine'}","user":"u${n}"}`);
    expect(readSource(values).sample.every((line) => line.level === undefined)).toBe(true);
  });

  it('plain level words under a key named for no level, and a kind under a key named for one, still read', () => {
    const plain = Array.from({ length: 32 }, (_, n) => `{"grade":"${word(n)}","user":"u${n}"}`);
    expect(readSource(plain).sample.map((line) => line.level)).toEqual(plain.map((_, n) => level(n)));
    const named = Array.from({ length: 32 }, (_, n) => `ev_sev=${n % 2 ? 'alert' : 'notice'} m="run ${n}"`);
    expect(readSource(named).sample[1]?.level).toBe('FATAL');
  });
});

describe('review: a quoted record’s learned level column is its level place', () => {
  it('a record whose level column is empty or no level word takes no level from its text', () => {
    const record = (n: number, level: string, text: string) =>
      `"${level}","worker-${n % 3}","11/27/26 16:40:${two(n)}","${text}"`;
    const lines = Array.from({ length: 32 }, (_, n) =>
      record(n, n % 4 === 1 ? 'Error' : 'Information', `Session ${n} started, page /shop/${n}`),
    );
    const { later } = readSource(lines, [
      record(40, '', 'fatal: disk quota of user 40 reached'),
      record(41, 'Audit', 'Error: password of user 41 rejected'),
      record(42, 'Warning', 'fatal: disk quota of user 42 reached'),
    ]);
    expect(later.map((line) => line.level)).toEqual([undefined, undefined, 'WARN']);
    expect(later[0]).toMatchObject({ format: 'learned', message: 'fatal: disk quota of user 40 reached' });
  });
});

describe('review: the message key', () => {
  it('a key named for text that holds a level word is no message (OpenTelemetry’s severity_text beside its body)', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `{"ev_clock":"2026-11-30T10:00:${two(n)}Z","severity_text":"INFO","severity_number":9,"body":"served page ${n}"}`,
    );
    const { sample } = readSource(lines);
    // Read as the OTel record's level since lvl42 (`formats/otel-record.ts`), its number kept.
    expect(sample[1]).toMatchObject({
      level: 'INFO',
      message: 'served page 1',
      fields: { severity_number: 9 },
    });
  });

  it('of several keys named for a message, the one holding the longest text (an icon’s alt_text is none)', () => {
    const lines = Array.from(
      { length: 32 },
      (_, n) =>
        `{"ev_clock":"2026-11-30T10:00:${two(n)}Z","alt_text":"icon","log_message":"served page ${n}"}`,
    );
    const { sample } = readSource(lines);
    expect(sample[1]).toMatchObject({ message: 'served page 1', fields: { alt_text: 'icon' } });
  });
});
