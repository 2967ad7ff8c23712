/**
 * Classes of round r100 (PHP products with less common logging set-ups): syslog's priority names
 * as the level and a hexadecimal logid before the caller (Hubzilla's `logger()`), and a category
 * bracket before the level with the message wrapped after ` : ` (EasySwoole's `Logger`). The lines
 * are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { syslogPriorityName } from '../../../core/parse/levels.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/*
 * CLASS: Hubzilla's `logger()` (`include/text.php`): `ATOM_TIME . ':' . log_priority_str($priority)
 * . ':' . logid() . ':' . basename(file) . ':' . line . ':' . function . ': ' . $msg`, the priority
 * as PHP's syslog constant's name and `logid()` ten hex digits of a hash.
 */
describe('syslog priority names and a hex logid before the caller', () => {
  const lines = [
    '2026-11-20T08:00:01Z:LOG_INFO:0c41e9a7b2:Cron.php:40:run: cron: begin',
    '2026-11-20T08:00:01Z:LOG_INFO:0c41e9a7b2:Cron.php:77:run: cron: pruning 14 items',
    '2026-11-20T08:00:04Z:LOG_INFO:a9d2e4f013:Queue.php:230:deliver: queue deliver: https://hub.example.net/zot',
    '2026-11-20T08:00:34Z:LOG_ERR:a9d2e4f013:Deliver.php:61:run: deliver: timeout for https://hub.example.net/zot',
    '2026-11-20T08:01:10Z:LOG_WARNING:7731b05c6e:Libzot.php:1500:import: import: bad signature',
    '2026-11-20T08:02:00Z:LOG_NOTICE:2f06cc81d4:Channel.php:300:rename: channel 4 renamed',
    '2026-11-20T08:03:00Z:LOG_INFO:0c41e9a7b2:Cron.php:201:run: cron: done',
  ];

  it('reads each priority name as its level, learned or alone', () => {
    const { sample } = readSource(lines, receivedAt);
    for (const read of [sample, lines.map(parse)])
      expect(read.map((line) => line.level)).toEqual([
        'INFO',
        'INFO',
        'INFO',
        'ERROR',
        'WARN',
        'NOTICE',
        'INFO',
      ]);
  });

  it('starts the text after the caller, the logid and caller kept, a digit-first logid too', () => {
    const { sample } = readSource(lines, receivedAt);
    expect(sample.map((line) => line.message)).toEqual([
      'cron: begin',
      'cron: pruning 14 items',
      'queue deliver: https://hub.example.net/zot',
      'deliver: timeout for https://hub.example.net/zot',
      'import: bad signature',
      'channel 4 renamed',
      'cron: done',
    ]);
    expect(sample[0]?.logger).toBe('0c41e9a7b2');
    expect(sample[0]?.fields.caller).toBe('Cron.php:40:run');
    expect(parse(lines[0] as string).message).toBe('cron: begin');
  });

  it('maps the eight names and nothing else', () => {
    const name = (word: string) => syslogPriorityName(word, 0, word.length);
    expect(['LOG_EMERG', 'LOG_ALERT', 'LOG_CRIT', 'LOG_ERR'].map(name)).toEqual([
      'FATAL',
      'FATAL',
      'FATAL',
      'ERROR',
    ]);
    expect(['LOG_WARNING', 'LOG_NOTICE', 'LOG_INFO', 'LOG_DEBUG'].map(name)).toEqual([
      'WARN',
      'NOTICE',
      'INFO',
      'DEBUG',
    ]);
    expect(['LOG_LEVEL', 'LOG_USER', 'LOG_WARN', 'log_info', 'LOG_', 'XLOG_ERR'].map(name)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads no level from a setting, another constant or a name in prose', () => {
    expect(parse('2026-11-20T08:00:01Z:LOG_DEBUG=1 set by the installer').level).toBeUndefined();
    expect(parse('2026-11-20T08:00:01Z:LOG_LOCAL0:facility chosen').level).toBeUndefined();
    expect(parse('2026-11-20 08:00:01 the constant LOG_ERR is 3 on Linux').level).toBeUndefined();
  });

  it('keeps a short number or a word of text after the level as the text', () => {
    expect(parse('2026-11-20T08:00:01Z:INFO:1234:retries').message).toBe('1234:retries');
    expect(parse('2026-11-20T08:00:01Z:INFO:12345678 rows copied').message).toBe('12345678 rows copied');
  });
});

/*
 * CLASS: EasySwoole's `Logger` (easyswoole/log `src/Logger.php`): `"[{$date}][{$category}][{$levelStr}]
 * : [{$msg}]"`, the category `DEBUG` by default, the level one of INFO, NOTICE, WARNING, ERROR.
 */
describe('a category bracket before the level and a message wrapped after a lone colon', () => {
  const lines = [
    '[2026-11-20 10:00:00][DEBUG][INFO] : [server start, 4 workers]',
    '[2026-11-20 10:00:01][DEBUG][INFO] : [GET /api/items 200 8.1ms]',
    '[2026-11-20 10:00:02][queue][INFO] : [job Mail#91 consumed]',
    '[2026-11-20 10:00:03][DEBUG][NOTICE] : [slow request 930ms]',
    '[2026-11-20 10:00:04][DEBUG][WARNING] : [pool exhausted, size=16]',
    '[2026-11-20 10:00:05][DEBUG][ERROR] : [SQLSTATE[HY000] [2002] Connection refused]',
    '[2026-11-20 10:00:06][DEBUG][INFO] : [GET /api/items 200 7.9ms]',
    '[2026-11-20 10:00:07][DEBUG][INFO] : [server stop]',
  ];

  it('reads the level that varies, not the category the same on every line', () => {
    const { sample } = readSource(lines, receivedAt);
    expect(sample.map((line) => line.level)).toEqual([
      'INFO',
      'INFO',
      'INFO',
      'NOTICE',
      'WARN',
      'ERROR',
      'INFO',
      'INFO',
    ]);
  });

  it('takes the text out of its bracket, nested brackets kept, learned or alone', () => {
    const { sample } = readSource(lines, receivedAt);
    for (const read of [sample, lines.map(parse)]) {
      expect(read[0]?.message).toBe('server start, 4 workers');
      expect(read[5]?.message).toBe('SQLSTATE[HY000] [2002] Connection refused');
    }
  });

  it('keeps a source of one level on the first bracket: nothing tells the two apart', () => {
    const one = lines.map((line) => line.replace(/\]\[(NOTICE|WARNING|ERROR)\]/, '][INFO]'));
    expect(readSource(one, receivedAt).sample[3]?.level).toBe('DEBUG');
  });

  it('keeps a first bracket that varies as the level (`[INFO][DEBUG]`: the second is the text’s)', () => {
    const firsts = ['INFO', 'WARN', 'ERROR', 'INFO', 'INFO', 'WARN', 'INFO', 'INFO'];
    const varied = firsts.map((level, n) => `[2026-11-20 10:00:0${n}][${level}][DEBUG] : [step ${n}]`);
    expect(readSource(varied, receivedAt).sample.map((line) => line.level)).toEqual(firsts);
  });

  it('keeps brackets that do not wrap the whole text, or follow no lone colon', () => {
    expect(parse('[2026-11-20 10:00:00][DEBUG][INFO] : [a b] and [c d] ]').message).toBe('[a b] and [c d] ]');
    expect(parse('[2026-11-20 10:00:00][DEBUG][INFO]: [a b c]').message).toBe('[a b c]');
  });
});
