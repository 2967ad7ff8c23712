/**
 * An access line's client before its quoted request (`INFO:     203.0.113.24:51622 - "GET /x HTTP/1.1"
 * 200 OK`, uvicorn's `%(client_addr)s - "%(request_line)s" %(status_code)s`): an address
 * and its port before a dash and the request are the text's subject, never a learned column, however
 * many sample lines open so (`textAfter` in `columns.ts`). The lines are invented, not taken from any
 * corpus.
 */
import { describe, expect, it } from 'vitest';
import { learnColumns } from '../../../core/parse/columns.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');

const access = (client: string, request: string, status = '200 OK') =>
  `INFO:     ${client} - "${request} HTTP/1.1" ${status}`;

const sample = [
  'Running prodserver',
  access('203.0.113.24:51622', 'GET /room/lab_a/'),
  access('203.0.113.24:51622', 'GET /join/k7x2', '302 Found'),
  access('203.0.113.31:40918', 'GET /p/f3pw/intro/1'),
  access('203.0.113.31:40924', 'POST /p/f3pw/intro/1', '302 Found'),
  'Participant not found: q8hd2kxe',
  access('127.0.0.1:39102', 'POST /p/f3pw/page/2', '302 Found'),
  access('[::1]:60211', 'GET /login'),
  access('198.51.100.7:60215', 'POST /login', '302 Found'),
  access('localhost:8000', 'GET /monitor/9tq4'),
];

describe('an access line’s client and port before the quoted request', () => {
  it('stays the message’s start on a learned source’s lines', () => {
    const read = learnedReader(sample, receivedAt);
    const line = access('203.0.113.45:33870', 'GET /p/m2ce/intro/1');
    expect(read(line)).toMatchObject({
      level: 'INFO',
      message: '203.0.113.45:33870 - "GET /p/m2ce/intro/1 HTTP/1.1" 200 OK',
    });
    expect(read(line).fields.header_columns).toBeUndefined();
    expect(learnColumns(sample.slice(1).map((l) => l.slice(10))).lead).toEqual([]);
  });

  it('leaves the columns a dash ends that are no address and port before a request', () => {
    // log4j's `%c{1} - %m`: a category then a dash, the text after it.
    const categories = ['imap', 'smtp', 'pop3', 'imap'].map(
      (name, i) => `${name} - "GET /${i} HTTP/1.1" 200`,
    );
    expect(learnColumns(categories).lead).toEqual(['padded']);
    // A host and its port before a dash and prose, not a request.
    const hosts = ['db1:5432', 'db2:5433', 'db3:5434', 'db4:5435'].map((h) => `${h} - connection reset`);
    expect(learnColumns(hosts).lead.length).toBeGreaterThan(0);
    // A quoted word that is no request method (`"ok" …`) after an address and port.
    const quoted = ['10.0.0.1:80', '10.0.0.2:81', '10.0.0.3:82'].map((h) => `${h} - "ok" reply`);
    expect(learnColumns(quoted).lead.length).toBeGreaterThan(0);
  });
});
