/**
 * Classes of issue #14's round r73 (dev133, dev134). The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/*
 * CLASS: vibe.d's thread and task bracket, `[thread(task) LVL] text` (vibe-core's `FileLogger` in
 * `Format.thread`, its default for warnings and errors on stderr), after a syslog tag: the level is
 * the bracket's last word, one of vibe.d's own abbreviations (`trc dbv dbg dia INF WRN ERR CRITICAL
 * FATAL`), after a thread name glued to its task's debug id in parentheses.
 */
describe("vibe.d's `[thread(task) LVL]` bracket opening a message", () => {
  const tagged = (text: string) => parse(`Nov 23 10:03:40 api-03 linkd[915]: ${text}`);

  it('reads the level, keeps the thread and task, and cuts the bracket', () => {
    const line = tagged('[main(Gk2P) WRN] Slow lookup for code x8Lm: 1240 ms');
    expect(line.level).toBe('WARN');
    expect(line.message).toBe('Slow lookup for code x8Lm: 1240 ms');
    expect(line.fields).toMatchObject({ pid: 915, thread: 'main', task: 'Gk2P' });
    expect(tagged('[main(----) ERR] Failed to listen on 0.0.0.0:8080')).toMatchObject({
      level: 'ERROR',
      message: 'Failed to listen on 0.0.0.0:8080',
    });
    expect(tagged('[main(----) ERR] Failed').fields.task).toBeUndefined();
    expect(tagged('[vibe-3(a+/9-fin) dia] Request done').level).toBe('DEBUG');
    expect(tagged('[vibe-3(a+/9-fin) dia] Request done').fields.task).toBe('a+/9-fin');
    expect(tagged('[7F3A2B10(Xo2m) CRITICAL] Out of memory').level).toBe('FATAL');
    expect(tagged('[main(Xo2m) trc] entering handler').level).toBe('TRACE');
  });

  it("wins over the transport's priority, as a program's own level column does", () => {
    const line = parse('<14>Nov 23 10:03:40 api-03 linkd[915]: [main(Gk2P) ERR] Write concern timed out');
    expect(line.level).toBe('ERROR');
    expect(line.message).toBe('Write concern timed out');
  });

  it('leaves other brackets, words and ids as they were', () => {
    for (const text of [
      '[main(job 12) ERR] spaced id',
      '[main(Gk2P) Error] another spelling',
      '[main(Gk2P) NOTE] no abbreviation of vibe.d',
      '[main(Gk2P) ERR]glued text',
      '[(Gk2P) ERR] no thread',
      '[main(Gk2) ERR] short id',
      'main(Gk2P) WRN] no bracket',
    ]) {
      const line = tagged(text);
      expect(line.fields.task).toBeUndefined();
      expect(line.fields.thread).toBeUndefined();
    }
    expect(tagged('[main(job 12) ERR] spaced id').message).toBe('[main(job 12) ERR] spaced id');
    expect(tagged('[main(Gk2P) ERR]glued text').level).toBeUndefined();
    expect(tagged('[main(Gk2P) NOTE] no abbreviation of vibe.d').level).toBeUndefined();
  });
});

/*
 * CLASS: a date and time with every part joined by an underscore, `2026_11_26_09_02_17 text`: Percona
 * Toolkit's `ts()` (`date +%F-%T | tr ':-' '_'`, pt-stalk's and pt-summary's log lines, and the shell
 * scripts that copied its log_warn_die.sh). Like the other underscore-joined stamps, which file names
 * write too, read only opening the line and before a space or a tab.
 */
describe('a date and time joined by underscores throughout, opening a line', () => {
  const time = (raw: string) => parse(raw).timestamp;

  it("reads Percona Toolkit's stamp and the text after it", () => {
    const line = parse(
      '2026_11_26_09_49_20 Check results: status(Threads_running)=31, matched=yes, cycles_true=1',
    );
    expect(line.timestamp).toBe(Date.parse('2026-11-26T09:49:20Z'));
    expect(line.message).toBe('Check results: status(Threads_running)=31, matched=yes, cycles_true=1');
    expect(time('2026_11_26_11_25_38\tCollect 1 triggered')).toBe(Date.parse('2026-11-26T11:25:38Z'));
  });

  it('reads no date alone, no file name, no stamp past the line opening and no impossible time', () => {
    expect(time('2026_11_26 Starting')).toBeUndefined();
    expect(time('saved backup_2026_11_26_09_02_17.tar now')).toBeUndefined();
    expect(time('copy 2026_11_26_09_02_17 done')).toBeUndefined();
    expect(parse('2026_11_26_09_02_17.tar.gz  1.2G').message).toBe('2026_11_26_09_02_17.tar.gz  1.2G');
    expect(parse('2026_11_26_09_02_17').message).toBe('2026_11_26_09_02_17');
    expect(time('2026_13_26_09_02_17 bad month')).toBeUndefined();
    expect(time('2026_11_26_25_02_17 bad hour')).toBeUndefined();
    expect(time('2026_11_26_09_02_17_123 more')).toBeUndefined();
  });
});

/*
 * CLASS: Ruby's caller location before the text, `file.rb:171:in `method'` (`Kernel#caller`'s frame
 * as mcollective's `Log.from` prints it into Ruby Logger's message; `block in`, `rescue in`, `<main>`,
 * Ruby 3.4's `'Class#method'`): one header field, kept whole in `fields.caller`, or none of it.
 */
describe("Ruby's caller location opening the text", () => {
  const logged = (text: string) => parse(`I, [2026-11-29T11:00:03.118204+00:00  #1466]  INFO -- : ${text}`);

  it('cuts the whole caller, its method with it, and keeps it', () => {
    const line = logged("config.rb:171:in `loadconfig' The Marionette Collective version 2.12.5 started");
    expect(line.level).toBe('INFO');
    expect(line.message).toBe('The Marionette Collective version 2.12.5 started');
    expect(line.fields.caller).toBe("config.rb:171:in `loadconfig'");
    for (const [caller, text] of [
      ["mcollectived:64:in `<main>'", 'The Marionette Collective 2.12.5 started logging at info level'],
      ["agents.rb:95:in `rescue in activate_agent?'", 'Agent activation check for nrpe failed: NameError'],
      ["runner.rb:216:in `block (2 levels) in agentmsg'", 'Handling message 5e1c0f7a'],
      ["runner.rb:216:in 'MCollective::Runner#agentmsg'", 'Handling message 5e1c0f7a'],
      [
        "/usr/lib/ruby/vendor_ruby/mcollective/agent.rb:103:in `rescue in handlemsg'",
        'service#restart failed',
      ],
    ]) {
      expect(logged(`${caller} ${text}`).message).toBe(text);
      expect(logged(`${caller} ${text}`).fields.caller).toBe(caller);
    }
    // An exception's first frame glues a colon to the method: the caller is kept without it.
    const raised = logged("app.rb:12:in `block in <main>': undefined method `foo' for nil (NoMethodError)");
    expect(raised.message).toBe("undefined method `foo' for nil (NoMethodError)");
    expect(raised.fields.caller).toBe("app.rb:12:in `block in <main>'");
  });

  it('cuts none of a caller without its quoted method, nor prose that quotes one', () => {
    expect(logged('runner.rb:216:in progress, waiting').message).toBe('runner.rb:216:in progress, waiting');
    expect(logged('runner.rb:216:in `agentmsg without its close').message).toBe(
      'runner.rb:216:in `agentmsg without its close',
    );
    expect(logged("runner.rb:216:in `agentmsg'text glued").message).toBe(
      "runner.rb:216:in `agentmsg'text glued",
    );
    expect(logged("raised at config.rb:171:in `loadconfig' twice").message).toBe(
      "raised at config.rb:171:in `loadconfig' twice",
    );
    expect(logged('runner.rb:216:in progress, waiting').fields.caller).toBeUndefined();
  });
});

/*
 * CLASS: Crystal's `Log` source and context after the level, `… INFO app.pool[client: "…"] text`
 * (`Log::StaticFormatter`'s `source(before: ' ')` then `context(before: '[', after: ']')`, the
 * context `Log::Metadata#to_s`'s `key: value.inspect` pairs; amqproxy's and LavinMQ's stdout format).
 * Where the source's sample agrees on the dotted name, it is the logger, the context
 * `fields.context`, the rest the message; one line alone keeps its text.
 */
describe("Crystal's Log source and context after the level, learned per source", () => {
  const texts = [
    ['amqproxy.server', '', 'Proxy listening on 0.0.0.0:5673'],
    ['amqproxy.channel_pool', 'client: "198.51.100.17:48812"', 'Adding upstream connection'],
    ['amqproxy.client', 'client: "198.51.100.41:36650"', 'Access refused, reason: ACCESS_REFUSED'],
    ['amqproxy.upstream', 'upstream: "203.0.113.40:5671", vhost: "/"', 'Connection error #<IO::Error>'],
    ['amqproxy.channel_pool', '', 'Removing closed upstream connection from pool'],
    ['amqproxy.client', 'client: "a]b", n: 3', 'No heartbeat response in 63s (max 61s), closing connection'],
    ['amqproxy.server', '', 'Disconnecting clients'],
    ['amqproxy.channel_pool', 'client: "198.51.100.23:51904"', 'Adding upstream connection'],
  ] as const;
  const levels = ['  INFO', '  INFO', ' ERROR', '  WARN', ' ERROR', '  WARN', '  INFO', '  INFO'];
  const lines = texts.map(
    ([source, context, text], i) =>
      `2026-11-24T07:58:${String(10 + i)}.203117Z${levels[i]} ${source}${context === '' ? '' : `[${context}]`} ${text}`,
  );

  it('reads the source as the logger, its context into fields, the rest as the message', () => {
    const { sample } = readSource(lines, receivedAt);
    expect(sample.map((line) => line.logger)).toEqual(texts.map(([source]) => source));
    expect(sample.map((line) => line.message)).toEqual(texts.map(([, , text]) => text));
    expect(sample.map((line) => line.fields.context)).toEqual(
      texts.map(([, context]) => (context === '' ? undefined : context)),
    );
    expect(sample.map((line) => line.level)).toEqual([
      'INFO',
      'INFO',
      'ERROR',
      'WARN',
      'ERROR',
      'WARN',
      'INFO',
      'INFO',
    ]);
  });

  it('keeps the text of a line alone, and brackets that hold no context', () => {
    expect(parse(lines[1] as string).message).toBe(
      'amqproxy.channel_pool[client: "198.51.100.17:48812"] Adding upstream connection',
    );
    const threads = texts.map(
      ([source, , text], i) =>
        `2026-11-24T07:58:${String(10 + i)}.203117Z  INFO ${source}[worker-${i}] ${text}`,
    );
    const { sample } = readSource(threads, receivedAt);
    expect(sample[1]?.message).toBe('amqproxy.channel_pool[worker-1] Adding upstream connection');
    expect(sample[1]?.fields.context).toBeUndefined();
    const unclosed = texts.map(
      ([source, , text], i) =>
        `2026-11-24T07:58:${String(10 + i)}.203117Z  INFO ${source}[client: "x ${text}`,
    );
    expect(readSource(unclosed, receivedAt).sample[1]?.logger).toBeUndefined();
  });
});
