/**
 * Classes of issue #14's round r62 (dev123, dev85, dev86, dev115). The lines are invented, not
 * taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const learned = (source: string, lines: readonly string[]) => learnedReader(lines, receivedAt, source);

/*
 * CLASS: a C server's ctime bracket (the Apache-style error log's opening, `[Mon Nov 30 06:00:02
 * 2026]`) followed by its own columns, then a level word in lower case with its colon at the same
 * column on every line (`[ctime] host subsystem.EVENT info: text`). The bracket reading takes the
 * line and finds no level in brackets; the column the sample agreed on is read, as on a line no
 * format took.
 */
describe('a level column after an Apache-style ctime bracket, learned from a source', () => {
  const lines = [
    '[Mon Nov 30 06:00:02 2026] node1.example.net config.LOADED info: Configuration loaded',
    '[Mon Nov 30 06:00:03 2026] node1.example.net link.CONNECTING info: Trying peer hub.example.net',
    '[Mon Nov 30 06:00:04 2026] node1.example.net link.CONNECTED info: Connected to hub.example.net',
    '[Mon Nov 30 06:01:10 2026] node1.example.net flood.BLOCKED warn: Flood blocked from 192.0.2.7',
    '[Mon Nov 30 06:02:11 2026] node1.example.net client.CONNECT info: Client connecting: ana',
    '[Mon Nov 30 06:03:12 2026] node1.example.net link.LOST error: Lost link to hub: reset by peer',
    '[Mon Nov 30 06:04:13 2026] node1.example.net client.EXIT info: Client exiting: ana (Quit)',
  ];

  it('reads the level and cuts the columns before it from the message', () => {
    const read = learned('ircd', lines);
    expect(read(lines[3] as string)).toMatchObject({
      level: 'WARN',
      message: 'Flood blocked from 192.0.2.7',
    });
    expect(read(lines[5] as string)).toMatchObject({
      level: 'ERROR',
      message: 'Lost link to hub: reset by peer',
    });
    expect(
      read('[Mon Nov 30 07:00:00 2026] node1.example.net client.CONNECT info: Client connecting: bo'),
    ).toMatchObject({
      level: 'INFO',
      message: 'Client connecting: bo',
    });
  });

  it('reads no level from a level word elsewhere on a later line, nor on a line alone', () => {
    const read = learned('ircd', lines);
    expect(
      read('[Mon Nov 30 07:00:00 2026] node1.example.net client.EXIT Client left: error: none').level,
    ).toBeUndefined();
    expect(parse(lines[0] as string).level).toBeUndefined();
  });

  it('learns no column from a source whose texts open with a level word only sometimes', () => {
    const texts = [
      '[Mon Nov 30 06:00:02 2026] node1 started the daemon',
      '[Mon Nov 30 06:00:03 2026] node1 info: cache warmed',
      '[Mon Nov 30 06:00:04 2026] node1 accepted client ana',
      '[Mon Nov 30 06:00:05 2026] node1 lost peer hub: error: reset',
      '[Mon Nov 30 06:00:06 2026] node1 accepted client bo',
      '[Mon Nov 30 06:00:07 2026] node1 rotated the log files',
      '[Mon Nov 30 06:00:08 2026] node1 error: disk almost full',
    ];
    const read = learned('daemon', texts);
    expect(read('[Mon Nov 30 06:01:00 2026] node1 error: quota reached').level).toBe(
      parse('[Mon Nov 30 06:01:00 2026] node1 error: quota reached').level,
    );
    expect(read('[Mon Nov 30 06:01:00 2026] node1 lost peer: error: gone').level).toBeUndefined();
  });

  it('leaves an Apache error log’s bracketed level as it was', () => {
    const apache = [
      '[Mon Nov 30 06:00:02 2026] [error] [client 192.0.2.1] File does not exist: /var/www/favicon.ico',
      '[Mon Nov 30 06:00:03 2026] [notice] Apache/2.2.22 configured -- resuming normal operations',
      '[Mon Nov 30 06:00:04 2026] [warn] child process 1234 still did not exit',
    ];
    const read = learned('httpd', apache);
    expect(read(apache[0] as string)).toMatchObject({
      level: 'ERROR',
      message: 'File does not exist: /var/www/favicon.ico',
    });
    expect(read(apache[2] as string).level).toBe('WARN');
  });
});

/*
 * CLASS: signale (npm; the logger of many Node CLIs) prints a time, `›`, the program's scope, then
 * its badge, two spaces and the badge's own label padded to the longest label (`› [CLI] …  awaiting
 * Starting`, `›     [VALIDATOR] ✔  success   The request passed`). The label is the level where it is
 * a level word, else INFO, the logLevel signale's types give every other label.
 */
describe('signale’s badge and label after its `›` and a scope', () => {
  it('reads the level from the label and cuts the scope and the pair from the message', () => {
    expect(parse('[1:04:37 PM] ›     [VALIDATOR] ✔  success   The request passed the rules')).toMatchObject({
      level: 'INFO',
      message: 'The request passed the rules',
      fields: { header_columns: '›     [VALIDATOR]' },
    });
    expect(parse('[1:02:11 PM] › [CLI] …  awaiting  Starting the server…')).toMatchObject({
      level: 'INFO',
      message: 'Starting the server…',
    });
    expect(parse('[1:02:12 PM] › [CLI] ▶  start     Listening on http://0.0.0.0:4010').level).toBe('INFO');
    expect(parse('[1:09:15 PM] › [HTTP SERVER] get /items/7 ✖  error     Route not resolved')).toMatchObject({
      level: 'ERROR',
      message: 'Route not resolved',
      fields: { header_columns: '› [HTTP SERVER] get /items/7' },
    });
    expect(parse('[1:09:15 PM] › [db] ⬤  debug     pool size 4').level).toBe('DEBUG');
  });

  it('reads no level from a badge with another label, one space, no padding, or prose after a bullet', () => {
    expect(parse('[1:02:12 PM] › [CLI] ✔ success  Published').level).toBeUndefined();
    expect(parse('[1:02:12 PM] › [CLI] ✔  succeeded  Published').level).toBeUndefined();
    expect(parse('[1:02:12 PM] › [CLI] ▶  success   Published').level).toBeUndefined();
    expect(parse('[1:02:12 PM] › [build] ✔  success').level).toBeUndefined();
    expect(parse('[1:02:12 PM] › ● note  about the release').level).toBeUndefined();
    expect(parse('[1:02:12 PM] release notes: ●  note  the new flags').level).toBeUndefined();
  });
});
