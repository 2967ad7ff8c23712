import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

const parse = (line: string) => parseLine(line, { receivedAt: Date.parse('2026-12-02T06:00:00Z') });

describe("the `debug` package's terminal line", () => {
  it('reads `  namespace text +12ms` as a DEBUG line of that namespace', () => {
    expect(parse('  express:router dispatching GET /api/items +2ms')).toMatchObject({
      format: 'debug_namespace',
      level: 'DEBUG',
      logger: 'express:router',
      message: 'dispatching GET /api/items',
    });
    expect(parse('  mediasoup:Worker constructor() +294ms').level).toBe('DEBUG');
    // The `ms` package's short units up to days: a namespace quiet for two days writes `+2d`.
    expect(parse('  app:cron nightly run +2d')).toMatchObject({ logger: 'app:cron', message: 'nightly run' });
  });

  it('takes an upper-case level part of the namespace as the level', () => {
    expect(parse('  mediasoup:WARN:Channel no suitable Producer for received RTP packet +12s')).toMatchObject(
      {
        level: 'WARN',
        message: 'no suitable Producer for received RTP packet',
      },
    );
    expect(parse('  app:ERROR:db pool exhausted +0ms').level).toBe('ERROR');
  });

  it('reads the line in the colours the package writes it in on a terminal', () => {
    // debug's `formatArgs` with colours: `  ESC[36;1mname ESC[0mtext ESC[36m+2msESC[0m`; without
    // colours it writes an ISO time first and no elapsed time.
    const esc = String.fromCharCode(27);
    expect(
      parse(`  ${esc}[36;1mexpress:router ${esc}[0mdispatching GET /api/items ${esc}[36m+2ms${esc}[0m`),
    ).toMatchObject({
      format: 'debug_namespace',
      level: 'DEBUG',
      logger: 'express:router',
      message: 'dispatching GET /api/items',
    });
    expect(
      parse(`  ${esc}[38;5;167;1mapp:WARN:db ${esc}[0mpool low ${esc}[38;5;167m+1s${esc}[0m`).level,
    ).toBe('WARN');
  });

  it('leaves stack frames, indented text and lines without the elapsed time alone', () => {
    for (const line of [
      '    at Object.<anonymous> (/srv/app/index.js:3:9)',
      '  at Module._compile (node:internal/modules/cjs/loader:1358:14) +2ms',
      '  express:router dispatching GET /api/items',
      '  note: retry later +2ms',
      // A namespace opens with a package's name, in lower case as npm writes them.
      '  Tip:Use the --force flag to skip the check +5s',
      '  Note:see the release notes +1h',
      'express:router dispatching GET /api/items +2ms',
    ]) {
      expect(parse(line).format, line).not.toBe('debug_namespace');
    }
  });
});
