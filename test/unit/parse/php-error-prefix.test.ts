/**
 * PHP's error-log severity prefixes (`PHP Warning:  text`), as php.ini's `error_log` writes them after
 * its bracketed time and as applications that log PHP's errors write them after their own time and a
 * dash. The class: the prefix opening the text, right after the time (or with no time, opening the
 * line, php-cli's stderr), its kind read as a level, the text after its colon and padding. Limits:
 * further in a line (`[STDERR] PHP Warning:`, `PHP message: PHP Warning:` of a FastCGI relay) the
 * prefix stays text, the relay's own level standing. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });

describe("PHP's error-log prefix", () => {
  it.each([
    ['Notice', 'NOTICE'],
    ['Warning', 'WARN'],
    ['Fatal error', 'FATAL'],
    // E_PARSE: the script never runs.
    ['Parse error', 'FATAL'],
    // E_DEPRECATED and E_STRICT: PHP's manual calls both run-time notices; the script goes on.
    ['Deprecated', 'NOTICE'],
    ['Strict Standards', 'NOTICE'],
    // E_RECOVERABLE_ERROR: logged only when no handler caught it, and PHP then stops as for E_ERROR.
    ['Catchable fatal error', 'FATAL'],
    ['Recoverable fatal error', 'FATAL'],
  ])('reads `PHP %s:` after php.ini’s bracketed time, and after an app’s time and dash', (kind, level) => {
    const text = 'Object of class Cart could not be converted to string in /srv/a.php on line 5';
    expect(parse(`[30-Nov-2026 10:00:00 UTC] PHP ${kind}:  ${text}`)).toMatchObject({
      timestamp: Date.parse('2026-11-30T10:00:00Z'),
      level,
      message: text,
    });
    expect(parse(`2026-11-28 6:52:10 - PHP ${kind}:  ${text}`)).toMatchObject({ level, message: text });
    expect(parse(`PHP ${kind}:  ${text}`)).toMatchObject({ level, message: text });
  });

  it('reads an app’s own spelling of the kind (`PHP Fatal Error:`) in a learned source', () => {
    const parser = compileParser({});
    const lines = [
      '2026-11-28 6:52:10 - PHP Notice:  Undefined index: route in /srv/seo_url.php on line 43',
      '2026-11-28 6:53:25 - PHP Warning:  Division by zero in /srv/coupon.php on line 121',
      '2026-11-28 6:56:12 - CRON :: sitemap regenerated, 4120 URLs written',
      '2026-11-28 6:57:12 - PHP Deprecated:  Function create_function() is deprecated in /srv/Core.php on line 562',
      '2026-11-28 7:07:36 - PHP Fatal Error:  Allowed memory size exhausted in /srv/cart.php on line 178',
    ];
    parser.learn('shop', lines, receivedAt);
    const read = lines.map((line) => parser(line, receivedAt, 'shop'));
    expect(read.map((line) => line.level)).toEqual(['NOTICE', 'WARN', undefined, 'NOTICE', 'FATAL']);
    expect(read[3]?.message).toBe('Function create_function() is deprecated in /srv/Core.php on line 562');
  });

  it('leaves the words as text in prose, without the colon, or as a kind it does not know', () => {
    for (const line of [
      '2026-11-28 6:52:10 we saw a PHP Notice: in the logs',
      '2026-11-28 6:52:10 PHP Warning  no colon here',
      '2026-11-28 6:52:10 - PHP Deprecated functions were removed',
      '2026-11-28 6:52:10 - PHP Unknown:  Required parameter $data follows optional parameter',
      '2026-11-28 6:52:10 - PHP Strict:  mode enabled',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
  });

  // The prefix is read per line, never learned as a level column: php.ini's log also holds the app's
  // own `error_log()` lines, whose second word is often a user's text (review23e).
  it('learns no level column from it, so a word of an app’s own line in that place stays text', () => {
    const parser = compileParser({});
    const lines = [
      '[30-Nov-2026 10:00:00 UTC] PHP Notice:  Undefined index: id in /srv/index.php on line 12',
      '[30-Nov-2026 10:00:01 UTC] PHP Warning:  Undefined variable $user in /srv/profile.php on line 8',
      '[30-Nov-2026 10:00:02 UTC] PHP Fatal error:  Uncaught Error: x in /srv/app.php:3',
    ];
    parser.learn('php', lines, receivedAt);
    for (const line of [
      '[30-Nov-2026 10:00:03 UTC] Login fatal for user bob',
      '[30-Nov-2026 10:00:03 UTC] bob emergency',
      '[30-Nov-2026 10:00:03 UTC] Search: critical stock',
      '[30-Nov-2026 10:00:03 UTC] PHP fatal x',
    ]) {
      expect(parser(line, receivedAt, 'php').level, line).toBeUndefined();
    }
    expect(parser(lines[2] as string, receivedAt, 'php')).toMatchObject({
      level: 'FATAL',
      message: 'Uncaught Error: x in /srv/app.php:3',
    });
    const shop = compileParser({});
    const opencart = [
      '2026-11-28 6:52:10 - PHP Notice:  Undefined index: route in /srv/seo_url.php on line 43',
      '2026-11-28 6:53:25 - PHP Warning:  Division by zero in /srv/coupon.php on line 121',
      '2026-11-28 6:56:12 - CRON :: sitemap regenerated, 4120 URLs written',
      '2026-11-28 7:07:36 - PHP Fatal Error:  Allowed memory size exhausted in /srv/cart.php on line 178',
    ];
    shop.learn('shop', opencart, receivedAt);
    expect(shop('2026-11-28 7:10:00 - Review emergency pizza', receivedAt, 'shop').level).toBeUndefined();
    expect(shop(opencart[3] as string, receivedAt, 'shop').level).toBe('FATAL');
  });
});
