/**
 * Header columns the msg42 round learns at the front of a source's messages (the lines are
 * invented, in the shapes the layouts document):
 *
 * - a run of marks between the header and the text (`| `, `-- `, `-> `, `==> `, `. `), on most of
 *   the source's lines, no word of the text;
 * - an empty bracket (`[]`, oslo.log's `[-]`) is a column's empty field, named by no logger.
 *
 * Prose that opens with a capitalised word, a path, a number or a colon keeps its words.
 */
import { describe, expect, it } from 'vitest';
import { columnEnd, learnColumns } from '../../../core/parse/columns.ts';
import { compileParser } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const at = (i: number) => `2026-11-30 10:15:${String(i).padStart(2, '0')}`;

/** A parser that learned `source` from `lines`, and a reader of that source's lines. */
function learnt(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('src', lines, receivedAt);
  return (line: string) => parser(line, receivedAt, 'src');
}

const TEXTS = [
  'Starting service version 2.4.1',
  'Loaded 412 properties from /etc/app/app.properties',
  'Node 3: local checkpoint 1844 started',
  'listening on 0.0.0.0:8080',
  'Database connection established',
  'reload requested by admin',
  'Settings already present',
  'cache warmed in 340 ms',
];

describe('a separator between the header and the text', () => {
  it('steps over `| ` after a padded level (Python’s `%(levelname)-8s | %(message)s`)', () => {
    const line = (i: number) =>
      `${at(i)},218 - ${i % 4 === 3 ? 'WARNING' : 'INFO   '} | ${TEXTS[i % TEXTS.length]}`;
    const read = learnt(Array.from({ length: 12 }, (_, i) => line(i)));
    expect(read(line(1))).toMatchObject({ level: 'INFO', message: TEXTS[1] });
    expect(read(line(3))).toMatchObject({ level: 'WARN', message: TEXTS[3] });
    expect(read(line(1)).fields.header_columns).toBeUndefined();
  });

  it('steps over `-- `, `-> `, `==> ` and `. ` opening most messages', () => {
    for (const mark of ['--', '->', '==>', '.', '*', '|']) {
      const line = (i: number) => `${at(i)} INFO ${mark} ${TEXTS[i % TEXTS.length]}`;
      const read = learnt(Array.from({ length: 10 }, (_, i) => line(i)));
      expect(read(line(2)).message, mark).toBe(TEXTS[2]);
    }
  });

  it('steps over a run of marks after a learned column (`[app] (Module) -> text`)', () => {
    const parts = ['Dba', 'Gatekeeper', 'Catalog', 'Stream'];
    const line = (i: number) =>
      `2026-11-30T13:05:${String(i).padStart(2, '0')}+01:00 [${i % 3 === 0 ? 'api' : 'app'}] (App\\${parts[i % 4]}) -> ${TEXTS[i % TEXTS.length]}`;
    const read = learnt(Array.from({ length: 10 }, (_, i) => line(i)));
    expect(read(line(4))).toMatchObject({ logger: 'app', message: TEXTS[4] });
  });

  it('keeps a line whose text opens with no mark whole, and marks glued to a word', () => {
    const line = (i: number) => `${at(i)} INFO -- ${TEXTS[i % TEXTS.length]}`;
    const read = learnt(Array.from({ length: 10 }, (_, i) => line(i)));
    expect(read(`${at(11)} INFO Node 3: started`).message).toBe('Node 3: started');
    expect(read(`${at(11)} INFO --verbose given twice`).message).toBe('--verbose given twice');
    expect(read(`${at(11)} INFO -1 rows: none`).message).toBe('-1 rows: none');
  });

  it('learns no separator from a minority, nor from marks glued to words or numbers', () => {
    const prose = [
      'Installed: kernel 6.7',
      '/var/lib/app is full',
      '42 rows copied',
      '= empty key ignored',
      'Reading config',
      'done',
      'connected to db-1',
      'retrying in 5 s',
    ];
    const mixed = prose.map((t, i) => `${at(i)} INFO ${i < 2 ? `-- ${t}` : t}`);
    const read = learnt(mixed);
    expect(read(`${at(20)} INFO -- Reading config`).message).toBe('-- Reading config');
    for (const t of prose) expect(read(`${at(21)} INFO ${t}`).message).toBe(t);
    expect(learnColumns(['-1 rows', '-2 rows', '-3 rows', '-4 rows'])).toEqual({ lead: [], trail: [] });
    expect(learnColumns(['--force set', '--dry-run set', '--all set'])).toEqual({ lead: [], trail: [] });
    expect(learnColumns(['...done', '...waiting', '...ready'])).toEqual({ lead: [], trail: [] });
  });

  it('steps over only the marks it learned: other marks opening a later line are the text’s', () => {
    const line = (i: number) => `${at(i)} INFO | ${TEXTS[i % TEXTS.length]}`;
    const read = learnt(Array.from({ length: 12 }, (_, i) => line(i)));
    for (const text of [
      '... done',
      '-- verbose given twice',
      '==> building docs',
      '* cache warm',
      '| - removed',
    ])
      expect(read(`${at(20)} INFO ${text}`).message, text).toBe(text === '| - removed' ? '- removed' : text);
  });

  it('learns no separator from marks that differ from line to line, nor from a table’s rows', () => {
    expect(learnColumns(['- removed a', '* item b', '-> c moved', '+ added d', '- removed e'])).toEqual({
      lead: [],
      trail: [],
    });
    const rows = ['| id | name |', '| 1 | alice |', '| 2 | bob |', '| 3 | carol |', '| 4 | dave |'];
    const read = learnt(rows.map((row, i) => `${at(i)} INFO ${row}`));
    for (const row of rows) expect(read(`${at(30)} INFO ${row}`).message).toBe(row);
  });

  it('reads a separator by its shape: marks, then a space and text', () => {
    expect(columnEnd('| text', 0, 'separator')).toBe(2);
    expect(columnEnd('==>  text', 0, 'separator')).toBe(5);
    expect(columnEnd('-- ', 0, 'separator')).toBe(-1);
    expect(columnEnd('-x text', 0, 'separator')).toBe(-1);
    expect(columnEnd('a | text', 0, 'separator')).toBe(-1);
  });
});

describe('an empty bracket the layout writes', () => {
  it('steps over oslo.log’s `[-]` after a logger and names no logger with it', () => {
    const loggers = ['app.init', 'app.metadata.base', 'app.plugins.setuser', 'app.osutils'];
    const line = (i: number) =>
      `${at(i)}.118 3312 ${i % 5 === 4 ? 'WARNING' : 'INFO'} ${loggers[i % 4]} [-] ${TEXTS[i % TEXTS.length]}`;
    const read = learnt(Array.from({ length: 12 }, (_, i) => line(i)));
    expect(read(line(1))).toMatchObject({ logger: 'app.metadata.base', message: TEXTS[1] });
    expect(read(line(4))).toMatchObject({ level: 'WARN', message: TEXTS[4] });
  });

  it('steps over `[]` where most lines write it, and keeps a bracket of words in the text', () => {
    const line = (i: number) => `${at(i)} INFO [] ${TEXTS[i % TEXTS.length]}`;
    const read = learnt(Array.from({ length: 10 }, (_, i) => line(i)));
    expect(read(line(3)).message).toBe(TEXTS[3]);
    const plain = (i: number) => `${at(i)} ${TEXTS[i % TEXTS.length]}`;
    const readPlain = learnt(Array.from({ length: 10 }, (_, i) => plain(i)));
    expect(readPlain(`${at(11)} [bob] ${TEXTS[3]}`).message).toBe(`[bob] ${TEXTS[3]}`);
    expect(readPlain(`${at(11)} [] ${TEXTS[3]}`).message).toBe(`[] ${TEXTS[3]}`);
  });
});

describe('a program’s name in lower case, the same on every line', () => {
  const STEPS = [
    'Reading config files ...',
    'Building targets ...',
    'done building targets.',
    '42 files changed',
  ];

  it('steps over it where it opens the message, and names the logger (`tool: text`)', () => {
    const line = (i: number) => `${at(i)} INFO buildtool: ${STEPS[i % 4]}`;
    const read = learnt(Array.from({ length: 8 }, (_, i) => line(i)));
    expect(read(line(3))).toMatchObject({ logger: 'buildtool', message: '42 files changed' });
    expect(read(line(1)).fields.header_columns).toBeUndefined();
  });

  it('steps over only that name: another `word:` opening a later line is the text’s', () => {
    const line = (i: number) => `${at(i)} INFO buildtool: ${STEPS[i % 4]}`;
    const read = learnt(Array.from({ length: 8 }, (_, i) => line(i)));
    for (const text of [
      'error: x failed',
      'usage: tool [opts]',
      'cause: timeout',
      'user: alice left',
      'c: drive full',
    ]) {
      const got = read(`${at(30)} INFO ${text}`);
      expect(got.message, text).toBe(text);
      expect(got.logger, text).toBeUndefined();
    }
    expect(read(`${at(30)} INFO buildtool: error: x`)).toMatchObject({
      logger: 'buildtool',
      message: 'error: x',
    });
  });

  it('keeps a device’s name, a level word and a minority in the text', () => {
    const device = (i: number) => `${at(i)} wlan0: ${STEPS[i % 4]}`;
    const readDevice = learnt(Array.from({ length: 8 }, (_, i) => device(i)));
    expect(readDevice(device(2)).message).toBe(`wlan0: ${STEPS[2]}`);
    const levelled = (i: number) => `${at(i)} error: ${STEPS[i % 4]}`;
    expect(learnt(Array.from({ length: 8 }, (_, i) => levelled(i)))(levelled(1)).message).toContain(STEPS[1]);
    const few = (i: number) => `${at(i)} INFO ${i < 2 ? 'buildtool: ' : ''}${STEPS[i % 4]}`;
    const readFew = learnt(Array.from({ length: 8 }, (_, i) => few(i)));
    expect(readFew(few(0)).message).toBe(`buildtool: ${STEPS[0]}`);
    expect(learnColumns(['Installed: a', 'Installed: b', 'Installed: c'])).toEqual({ lead: [], trail: [] });
    expect(learnColumns(['md0: a', 'md0: b', 'md0: c'])).toEqual({ lead: [], trail: [] });
  });
});

describe('a lower-case name after a logger the header already read', () => {
  const STEPS = [
    'Reading config files ...',
    'Building targets ...',
    'done building targets.',
    '42 files changed',
  ];
  const sec = (i: number) => String(i).padStart(2, '0');

  it('stays the text’s: the application wrote it into each call (Ruby’s `-- progname: name: text`)', () => {
    const ruby = (i: number) =>
      `I, [2026-11-30T10:15:${sec(i)}.104117 #21784]  INFO -- Build::Runner: buildtool: ${STEPS[i % 4]}`;
    const readRuby = learnt(Array.from({ length: 8 }, (_, i) => ruby(i)));
    expect(readRuby(ruby(3))).toMatchObject({ logger: 'Build::Runner', message: `buildtool: ${STEPS[3]}` });
    const logback = (i: number) => `${at(i)}.123 INFO [main] com.example.Runner - buildtool: ${STEPS[i % 4]}`;
    const readLogback = learnt(Array.from({ length: 8 }, (_, i) => logback(i)));
    expect(readLogback(logback(2))).toMatchObject({
      logger: 'com.example.Runner',
      message: `buildtool: ${STEPS[2]}`,
    });
    const python = (i: number) => `${at(i)},123 - build.runner - INFO - buildtool: ${STEPS[i % 4]}`;
    expect(learnt(Array.from({ length: 8 }, (_, i) => python(i)))(python(1)).message).toBe(
      `buildtool: ${STEPS[1]}`,
    );
  });

  it('is a tag column where it stands in the logger’s place (Go `log` with a helper’s `name: ` prefix)', () => {
    const golog = (i: number) => `2026/11/30 10:15:${sec(i)} buildtool: ${STEPS[i % 4]}`;
    const read = learnt(Array.from({ length: 8 }, (_, i) => golog(i)));
    expect(read(golog(3))).toMatchObject({ logger: 'buildtool', message: STEPS[3] });
  });

  it('a tag that changes from line to line stays a column after a logger', () => {
    const TAGS = ['reporter:', 'watcher:', 'checker:', 'reporter:'];
    const ruby = (i: number) =>
      `I, [2026-11-30T10:15:${sec(i)}.104117 #21784]  INFO -- Build::Runner: ${TAGS[i % 4]} ${STEPS[i % 4]}`;
    const read = learnt(Array.from({ length: 8 }, (_, i) => ruby(i)));
    expect(read(ruby(1)).message).toBe(STEPS[1]);
  });
});
