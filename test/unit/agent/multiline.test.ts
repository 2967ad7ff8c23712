import { describe, expect, it } from 'vitest';
import type { MultilineConfig } from '#agent/config/types.ts';
import { ByteLine, type Line, LineSplitter } from '#agent/pipeline/lines.ts';
import { MultilineJoiner } from '#agent/pipeline/multiline.ts';

/** A joiner in stacktrace mode with generous limits, `config` overriding them. */
function joinerOf(config: Partial<MultilineConfig>): MultilineJoiner {
  return new MultilineJoiner({
    mode: 'stacktrace',
    maxLines: 500,
    maxBytes: 1 << 20,
    timeoutMs: 1000,
    ...config,
  });
}

function run(texts: string[], config: Partial<MultilineConfig> = {}): string[] {
  const joiner = joinerOf(config);
  const out: Line[] = [];
  let offset = 0;
  for (const text of texts) {
    const end = offset + Buffer.byteLength(text) + 1;
    joiner.push({ offset, end, text, flags: [] }, 0, out);
    offset = end;
  }
  joiner.flush(out);
  return out.map((l) => l.text);
}

describe('MultilineJoiner', () => {
  it('joins a Java stack trace with its cause to the log line', () => {
    expect(
      run([
        '2025-10-23 14:32:15 ERROR [api] request failed',
        'java.lang.IllegalStateException: boom',
        '\tat com.example.A.b(A.java:10)',
        'Caused by: java.io.IOException: nope',
        '\t... 12 more',
        '2025-10-23 14:32:16 INFO [api] next',
      ]),
    ).toEqual([
      '2025-10-23 14:32:15 ERROR [api] request failed\njava.lang.IllegalStateException: boom\n\tat com.example.A.b(A.java:10)\nCaused by: java.io.IOException: nope\n\t... 12 more',
      '2025-10-23 14:32:16 INFO [api] next',
    ]);
  });

  it('joins a Python traceback including the final exception line', () => {
    expect(
      run([
        'ERROR:root:failed',
        'Traceback (most recent call last):',
        '  File "app.py", line 3, in <module>',
        '    main()',
        'ValueError: bad value',
        'INFO:root:next',
      ]),
    ).toEqual([
      'ERROR:root:failed\nTraceback (most recent call last):\n  File "app.py", line 3, in <module>\n    main()\nValueError: bad value',
      'INFO:root:next',
    ]);
  });

  it('joins a Node stack', () => {
    expect(
      run(['Error: boom', '    at f (/app/x.js:1:2)', '    at g (/app/x.js:3:4)', 'next'], { mode: 'node' }),
    ).toEqual(['Error: boom\n    at f (/app/x.js:1:2)\n    at g (/app/x.js:3:4)', 'next']);
  });

  it('joins a Go panic with its goroutine dump', () => {
    expect(
      run(
        [
          'panic: runtime error: index out of range',
          '',
          'goroutine 1 [running]:',
          'main.main()',
          '\t/app/main.go:5 +0x1d',
          'exit status 2',
          '2025/10/23 14:32:15 started',
        ],
        { mode: 'go' },
      ),
    ).toEqual([
      'panic: runtime error: index out of range\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:5 +0x1d\nexit status 2',
      '2025/10/23 14:32:15 started',
    ]);
  });

  it('uses a custom start pattern', () => {
    expect(run(['[1] a', 'b', '[2] c'], { mode: 'pattern', startPattern: /^\[\d+\]/ })).toEqual([
      '[1] a\nb',
      '[2] c',
    ]);
  });

  it('bounds an event by max lines and flags joined events', () => {
    const joiner = joinerOf({ mode: 'java', maxLines: 3 });
    const out: Line[] = [];
    ['E', '\tat 1', '\tat 2', '\tat 3', '\tat 4'].forEach((text, i) => {
      joiner.push({ offset: i * 10, end: i * 10 + 10, text, flags: [] }, 0, out);
    });
    joiner.flush(out);
    expect(out.map((l) => [l.offset, l.end, l.text, l.flags])).toEqual([
      [0, 30, 'E\n\tat 1\n\tat 2', ['multiline']],
      [30, 50, '\tat 3\n\tat 4', ['multiline']],
    ]);
  });

  it('flushes a pending event after the idle timeout', () => {
    const joiner = joinerOf({ mode: 'java', maxLines: 10, timeoutMs: 500 });
    joiner.push({ offset: 0, end: 2, text: 'E', flags: [] }, 1000);
    expect(joiner.pendingStart).toBe(0);
    expect(joiner.flushIfIdle(1400)).toEqual([]);
    expect(joiner.flushIfIdle(1500).map((l) => l.text)).toEqual(['E']);
    expect(joiner.pendingStart).toBeUndefined();
  });

  it('counts the idle timeout from when the source was last written, when that is earlier', () => {
    const joiner = joinerOf({ mode: 'java', maxLines: 10, timeoutMs: 500 });
    joiner.push({ offset: 0, end: 2, text: 'E', flags: [] }, 1000);
    expect(joiner.flushIfIdle(1000, [], 800)).toEqual([]);
    expect(joiner.flushIfIdle(1000, [], 2000)).toEqual([]);
    expect(joiner.flushIfIdle(1000, [], 500).map((l) => l.text)).toEqual(['E']);
  });

  it('hands events out one by one with offer and take, the event a binary line ends first', () => {
    const joiner = joinerOf({ mode: 'java', maxLines: 10, timeoutMs: 500 });
    const line = (offset: number, text: string): Line => ({ offset, end: offset + 10, text, flags: [] });
    joiner.offer(line(0, 'E'), 0);
    expect(joiner.take()).toBeUndefined();
    joiner.offer(line(10, '\tat A.b(A.java:1)'), 0);
    joiner.offer(line(20, '\tbin\u0001ary'), 0);
    expect([joiner.take()?.text, joiner.take()?.text, joiner.take()]).toEqual([
      'E\n\tat A.b(A.java:1)',
      '\tbin\u0001ary',
      undefined,
    ]);
    joiner.offer(line(30, 'F'), 0);
    joiner.offer(line(40, '\tbin\u0002ary'), 0);
    expect(() => joiner.offer(line(50, '\tbin\u0003ary'), 0)).toThrow(/take the finished events/);
  });
});

describe('MultilineJoiner, lines kept as bytes', () => {
  /** The texts as the file pipeline passes them: ByteLines over one read buffer. */
  function runBytes(texts: string[], config: Partial<MultilineConfig> = {}): string[] {
    const joiner = joinerOf(config);
    const splitter = new LineSplitter(1024, 0);
    splitter.feed(Buffer.from(`${texts.join('\n')}\n`));
    const out: Line[] = [];
    while (splitter.next()) joiner.push(new ByteLine(splitter.line), 0, out);
    joiner.flush(out);
    return out.map((l) => l.text);
  }

  it('joins every kind of continuation that starts without a blank, as for decoded lines', () => {
    const texts = [
      'ERROR request failed',
      'java.lang.IllegalStateException: boom',
      'Suppressed: java.io.IOException: closing',
      '... 3 common frames omitted',
      'Caused by: java.io.IOException: nope',
      '... 12 more',
      'INFO next',
      'fatal error: all goroutines are asleep - deadlock!',
      '',
      'goroutine 1 [chan receive]:',
      'main.main()',
      'INFO after the panic',
      'Traceback (most recent call last):',
      '  File "app.py", line 3, in <module>',
      'ValueError: bad',
      'Error: outer',
      '[cause]: Error: inner',
      'Cache warmed',
      'Started',
      '[main] ready',
      'panicked? no',
      'Tracing on',
      'gone',
    ];
    const expected = [
      texts.slice(0, 6).join('\n'),
      'INFO next',
      texts.slice(7, 11).join('\n'),
      texts.slice(11, 15).join('\n'),
      texts.slice(15, 17).join('\n'),
      ...texts.slice(17),
    ];
    expect(run(texts)).toEqual(expected);
    expect(runBytes(texts)).toEqual(expected);
  });
});

describe('MultilineJoiner, mode auto', () => {
  const auto = (texts: string[]) => run(texts, { mode: 'auto' });
  const stamped = (i: number, text: string) =>
    `2026-11-30 14:02:${String(i % 60).padStart(2, '0')},123 ${text}`;
  const twenty = Array.from({ length: 20 }, (_, i) => stamped(i, `INFO [main] step ${i}`));

  it('recognises stack traces before it knows anything about the source', () => {
    expect(
      auto([
        'ERROR request failed',
        'java.lang.IllegalStateException: boom',
        '\tat com.example.Api.handle(Api.java:42)',
        'Caused by: java.io.IOException: reset',
        '\t... 12 more',
        'WARNING:root:next',
        'Traceback (most recent call last):',
        '  File "app.py", line 3, in <module>',
        'ValueError: bad',
        'INFO done',
        'goroutine 1 [running]:',
        'main.main()',
        '\t/app/main.go:9 +0x1d',
      ]),
    ).toEqual([
      'ERROR request failed\njava.lang.IllegalStateException: boom\n\tat com.example.Api.handle(Api.java:42)\nCaused by: java.io.IOException: reset\n\t... 12 more',
      'WARNING:root:next\nTraceback (most recent call last):\n  File "app.py", line 3, in <module>\nValueError: bad',
      'INFO done\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:9 +0x1d',
    ]);
  });

  it('for a source whose lines start with a timestamp, joins any line that does not', () => {
    const out = auto([
      ...twenty,
      stamped(21, 'ERROR [main] query failed:'),
      'SELECT * FROM orders',
      'WHERE id = 42',
      stamped(22, 'INFO [main] next'),
    ]);
    expect(out.slice(20)).toEqual([
      `${stamped(21, 'ERROR [main] query failed:')}\nSELECT * FROM orders\nWHERE id = 42`,
      stamped(22, 'INFO [main] next'),
    ]);
  });

  it('leaves lines of a source without leading timestamps apart', () => {
    const lines = Array.from({ length: 25 }, (_, i) => `event ${i} happened`);
    expect(auto(lines)).toEqual(lines);
  });
});

describe('MultilineJoiner, binary lines', () => {
  // Random bytes that happen to start with a blank: before, an indented frame by the look of it.
  const binary = ' \u0016!b\\xa5\u0011\u000b\\xbe\\xc4\u0000\\xdd';

  it.each(['auto', 'stacktrace', 'java'] as const)(
    'keeps a binary line apart from the line before it and the line after it (%s)',
    (mode) => {
      expect(run(['INFO order 1 processed', binary, '\tat com.example.A.b(A.java:10)'], { mode })).toEqual([
        'INFO order 1 processed',
        binary,
        '\tat com.example.A.b(A.java:10)',
      ]);
    },
  );

  it('keeps a binary line apart in pattern mode too', () => {
    expect(run(['[1] a', binary, 'b'], { mode: 'pattern', startPattern: /^\[\d+\]/ })).toEqual([
      '[1] a',
      binary,
      'b',
    ]);
  });

  it('still joins frames that carry tabs, colour codes, a carriage return or bytes of another encoding', () => {
    const esc = String.fromCharCode(27);
    const trace = [
      'ERROR import failed',
      'java.io.IOException: fichier introuvable \\xe9t\\xe9',
      `\tat ${esc}[2mcom.example.Import.run${esc}[0m(Import.java:7)\r`,
    ];
    expect(run(trace, { mode: 'auto' })).toEqual([trace.join('\n')]);
  });

  it.each(['stacktrace', 'go', 'java'] as const)(
    'keeps a binary line that starts an event apart from the frames after it (%s)',
    (mode) => {
      // Tested for binary bytes only once a line would join it: the frames must not.
      const panic = `panic: \u0000${binary}`;
      const named = `x\u0001y.ZException: ${binary}`;
      expect(
        run([panic, 'goroutine 1 [running]:', 'main.main()', named, '\tat com.example.A.b(A.java:10)'], {
          mode,
        }),
      ).toEqual(
        mode === 'java'
          ? [panic, 'goroutine 1 [running]:', 'main.main()', named, '\tat com.example.A.b(A.java:10)']
          : [panic, 'goroutine 1 [running]:\nmain.main()', named, '\tat com.example.A.b(A.java:10)'],
      );
    },
  );

  it('keeps a binary line apart once auto has learned from its first lines', () => {
    const sample = Array.from({ length: 20 }, (_, i) => `INFO order ${i} processed`);
    const lines = [...sample, `order\u0002 ${binary}`, '\tat com.example.A.b(A.java:10)', 'INFO next'];
    expect(run(lines, { mode: 'auto' })).toEqual(lines);
  });

  it('joins frames led by any kind of blank, a no-break space too', () => {
    expect(
      run(['Error: boom', '\u00a0   at main (app.js:1:1)', '\u2003at run (app.js:2:1)'], { mode: 'node' }),
    ).toEqual(['Error: boom\n\u00a0   at main (app.js:1:1)\n\u2003at run (app.js:2:1)']);
  });

  it('ends a traceback at a binary line: the next indented line starts an event of its own', () => {
    expect(
      run(['Traceback (most recent call last):', binary, '  File "app.py", line 3', 'ValueError: bad'], {
        mode: 'python',
      }),
    ).toEqual(['Traceback (most recent call last):', binary, '  File "app.py", line 3', 'ValueError: bad']);
  });
});
