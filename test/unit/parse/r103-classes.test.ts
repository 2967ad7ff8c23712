/**
 * Classes of round r103 (three library layouts that put header after or around the text): tracing's
 * span context before its target, lmcache's trailing Python caller, hivemind's caller bracket after
 * the level. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/*
 * CLASS: tracing-subscriber's `Full` format (`fmt/format/mod.rs`): the spans in scope from the root,
 * each `name{fields}:` (or `name:` without fields), a space, then the target and `: `.
 */
describe('tracing’s span context before the target', () => {
  it('takes the spans to fields.span and the target to the logger; trailing fields stay text', () => {
    const line = parse(
      '2026-11-30T10:00:00.123456Z  INFO rdp{client=192.0.2.4:61208}: gateway::rdp: Session started id=9 port=3389',
    );
    expect(line.level).toBe('INFO');
    expect(line.logger).toBe('gateway::rdp');
    expect(line.fields.span).toBe('rdp{client=192.0.2.4:61208}');
    expect(line.message).toBe('Session started id=9 port=3389');
  });

  it('reads nested spans, a field-less one among them, and a bare crate target', () => {
    const line = parse(
      '2026-11-30T10:00:00.123456Z ERROR conn{id=7}:tls:read{n={a: 1}}: my_crate: reset by peer',
    );
    expect(line.fields.span).toBe('conn{id=7}:tls:read{n={a: 1}}');
    expect(line.logger).toBe('my_crate');
    expect(line.message).toBe('reset by peer');
  });

  it('reads a dotted field name, as tracing’s macros allow', () => {
    const line = parse('2026-11-30T10:00:00.123456Z  INFO req{http.method=GET}: web_api::routes: served');
    expect(line.fields.span).toBe('req{http.method=GET}');
    expect(line.message).toBe('served');
  });

  it('reads spans without fields when two are glued', () => {
    const line = parse('2026-11-30T10:00:00.123456Z  INFO start:open: db_engine::rocks: Opened database.');
    expect(line.fields.span).toBe('start:open');
    expect(line.logger).toBe('db_engine::rocks');
    expect(line.message).toBe('Opened database.');
  });

  it('keeps prose with a brace as text: no target after it, one bare word, or no tracing level slot', () => {
    for (const text of [
      'config{a}: loaded from disk',
      'config{a}: version: 2',
      'conn: pool::x: reset',
      'Error: std::io::Error: denied',
      'a:b: plain words: here',
      'map{a=1} is: app::x: odd',
      'got{"a": 1}: my_crate: text',
      'payload{"user":"x"}: app::x: hello',
      'cfg{ a=1}: app::x: hello',
    ])
      expect(parse(`2026-11-30T10:00:00.123456Z  WARN ${text}`).message).toBe(text);
    expect(parse('2026-11-30 10:00:00 WARN rdp{client=1}: gateway::rdp: text').message).toBe(
      'rdp{client=1}: gateway::rdp: text',
    );
  });
});

/*
 * CLASS: lmcache's `build_format` (`lmcache/logging.py`): `[%(asctime)s] LMCache %(levelname)s: %(message)s
 * (%(filename)s:%(lineno)d:%(name)s)`, colour codes around the header and the caller.
 */
describe('a trailing Python caller in parentheses', () => {
  it('takes `(file.py:N:dotted.name)` off the text: the name the logger, the file and line the caller', () => {
    const line = parse(
      '\u001b[33;20m[2026-11-26 03:14:20,771] LMCache WARNING:\u001b[0m Worker w1 already registered \u001b[3m(registration_controller.py:125:lmcache.v1.registration_controller)\u001b[0m',
    );
    expect(line.level).toBe('WARN');
    expect(line.logger).toBe('lmcache.v1.registration_controller');
    expect(line.fields.caller).toBe('registration_controller.py:125');
    expect(line.message).toBe('Worker w1 already registered');
  });

  it("reads a package's `__init__.py`, whose logger is the package's name", () => {
    const line = parse('[2026-11-26 03:14:20,771] LMCache INFO: Loaded (__init__.py:12:lmcache.v1)');
    expect(line.logger).toBe('lmcache.v1');
    expect(line.fields.caller).toBe('__init__.py:12');
    expect(line.message).toBe('Loaded');
  });

  it('keeps parentheses that are no file, line and its module’s logger as text', () => {
    for (const text of [
      'retrying (see foo.py:12)',
      'copied (took 3:04)',
      'failed (worker.py:12:main)',
      'failed (worker.js:12:app.main)',
      'failed (worker.py:x:app.main)',
      'failed (main.py:3:app.auth)',
      'failed (auth.py:3:app.auth.x)',
    ])
      expect(parse(`[2026-11-26 03:14:20,771] LMCache WARNING: ${text}`).message).toBe(text);
  });
});

/*
 * CLASS: hivemind's `CustomFormatter` (`hivemind/utils/logging.py`, petals' server):
 * `{asctime}.{msecs:03.0f} [{levelname}]{caller_block} {message}`, the caller block
 * ` [{name}.{funcName}:{lineno}]` on every level but INFO.
 */
describe('hivemind’s caller bracket after the level', () => {
  it('takes `[name.funcName:N]` to fields.caller', () => {
    const line = parse(
      'Nov 24 09:23:02.871 [WARN] [petals.server.server.run:748] Declaring blocks takes long',
    );
    expect(line.level).toBe('WARN');
    expect(line.fields.caller).toBe('petals.server.server.run:748');
    expect(line.message).toBe('Declaring blocks takes long');
    expect(parse('Nov 24 09:23:02.871 [ERROR] [__main__.<module>:12] boom').message).toBe('boom');
    expect(parse('Nov 24 09:23:02.871 [DEBUG] [hivemind.dht.node.get:90] x').fields.caller).toBe(
      'hivemind.dht.node.get:90',
    );
    expect(parse('Nov 24 09:23:02.871 [CRITICAL] [a.b:1] x').message).toBe('x');
    expect(parse('2026-11-24 09:23:02,871 [WARN] [petals.server.server.run:748] slow').message).toBe('slow');
  });

  it('keeps a bracket that is no dotted name and line number as text', () => {
    for (const text of ['[3/4] copying', '[a.b:] x', '[a.b:12]x', '[1.2:3] x', '[a..b:3] x'])
      expect(parse(`Nov 24 09:23:02.871 [WARN] ${text}`).message).toBe(text);
    // No caller after INFO, another product's level (Tor's `[notice]`), `WARNING` (hivemind's is `WARN`)
    // or another bracket (`[main]`): a host and port there stays the text's.
    for (const level of ['[INFO]', '[notice]', '[WARNING]'])
      expect(parse(`Nov 24 09:23:02.871 ${level} [db.example.com:5432] refused`).message).toBe(
        '[db.example.com:5432] refused',
      );
    expect(parse('Nov 24 09:23:02.871 [WARN] [main] [db.example.com:5432] refused').message).toBe(
      '[main] [db.example.com:5432] refused',
    );
    expect(parse('2026-11-24 09:23:02,871 [WARN] [main] [a.b.run:7] x').fields.caller).toBeUndefined();
    // A `[key:value]` bracket is read as a pair already (`fields.db`), never as a caller.
    expect(parse('Nov 24 09:23:02.871 [ERROR] [db:5432] refused').fields.caller).toBeUndefined();
  });
});
