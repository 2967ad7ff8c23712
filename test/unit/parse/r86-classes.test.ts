/**
 * Classes of round r86: Rails' request id tag opening a line its logger wrote with no header (Rails
 * 8's `ActiveSupport::TaggedLogging.logger(STDOUT)` with the generated `config.log_tags =
 * [ :request_id ]`). The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });
const ID = '5d0c7e21-93ab-4f60-8c2e-71b4a9d03f58';

/*
 * CLASS: `[uuid] text`: ActiveSupport::TaggedLogging's `"[#{tag}] "` before the message, the tag
 * ActionDispatch's request id, where the formatter writes the message alone. The uuid is the
 * logger, as the same bracketed column is after a header; the text after it is the message.
 */
describe('a Rails request id opening a headerless line', () => {
  it('takes the uuid out of the message, as after a header', () => {
    expect(parse(`[${ID}] Processing by OrdersController#index as HTML`)).toMatchObject({
      logger: ID,
      message: 'Processing by OrdersController#index as HTML',
    });
    expect(
      parse(`[${ID}]   Rendered layout layouts/application.html.erb (Duration: 12.1ms | GC: 0.4ms)`).message,
    ).toBe('Rendered layout layouts/application.html.erb (Duration: 12.1ms | GC: 0.4ms)');
    const headed = parse(`I, [2026-11-29T07:58:01.412873 #1]  INFO -- : [${ID}] Completed 200 OK in 14ms`);
    expect(headed).toMatchObject({ logger: ID, message: 'Completed 200 OK in 14ms' });
  });

  it('reads every line of a source whose requests change the id', () => {
    const other = 'a07f3b9c-1e44-4d2a-b5c8-0f9e6d7a2b13';
    const { sample } = readSource(
      Array.from({ length: 10 }, (_, n) => `[${n % 2 === 0 ? ID : other}] Completed 200 OK in ${10 + n}ms`),
      receivedAt,
    );
    expect(sample[0]).toMatchObject({ logger: ID, message: 'Completed 200 OK in 10ms' });
    expect(sample[1]).toMatchObject({ logger: other, message: 'Completed 200 OK in 11ms' });
  });

  it('keeps as text a tag of words, a number, another id, a uuid alone or glued, and later tags', () => {
    for (const raw of [
      '[main] Listening on port 3000',
      '[1] Puma starting in cluster mode...',
      '[cm4q8w1xk0003l8e2t9v6h2aa] Sending signing request email',
      `[${ID}]`,
      `[${ID}]Started`,
      `[${ID.slice(0, 35)}x] Started`,
      `[ActiveJob] [ImportOrdersJob] [${ID}] Performed ImportOrdersJob`,
    ])
      expect(parse(raw), raw).toMatchObject({ message: raw, logger: undefined });
    expect(parse('[INFO] Started').message).toBe('Started');
  });
});

/*
 * CLASS: Rails' request-start line, `Started %s "%s" for %s at %s` with `Time.now`
 * (`Rails::Rack::Logger#started_request_message`), on a line no header gave a time: that time,
 * the process's clock as it wrote the line. The message keeps it; a time after `at ` in other text
 * stays the text's.
 */
describe('the time of Rails’ request-start line with no header', () => {
  it('reads the time Rails writes, after its request id or alone', () => {
    expect(
      parse(`[${ID}] Started GET "/orders?page=2" for 203.0.113.9 at 2026-11-29 09:13:01 +0000`),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-29T09:13:01Z'),
      logger: ID,
      message: 'Started GET "/orders?page=2" for 203.0.113.9 at 2026-11-29 09:13:01 +0000',
    });
    expect(parse('Started POST "/session" for ::1 at 2012-09-26 14:51:42 -0700').timestamp).toBe(
      Date.parse('2012-09-26T21:51:42Z'),
    );
    expect(parse('Started GET "/" for 127.0.0.1 at 2026-11-29 09:13:01 UTC by curl/8.5').timestamp).toBe(
      Date.parse('2026-11-29T09:13:01Z'),
    );
  });

  it('reads the time ending the line over one the client’s path opens (review70)', () => {
    for (const raw of [
      'Started GET "/x" for 192.0.2.1 at 2001-01-01 00:00:00 +0000 " for 203.0.113.9 at 2026-11-29 09:13:01 +0000',
      `[${ID}] Started GET "/x" for 192.0.2.1 at 2001-01-01 00:00:00 UTC " for 203.0.113.9 at 2026-11-29 09:13:01 UTC`,
    ])
      expect(parse(raw).timestamp, raw).toBe(Date.parse('2026-11-29T09:13:01Z'));
  });

  it('keeps the header’s time, and leaves a time in other text or another shape as text', () => {
    const headed = parse(
      'I, [2026-11-29T07:58:01.412873 #1]  INFO -- : Started GET "/" for 203.0.113.41 at 2026-11-29 07:58:00 +0000',
    );
    expect(headed.timestamp).toBe(Date.parse('2026-11-29T07:58:01.412Z'));
    for (const raw of [
      '[INFO] Crontab task [order-expire] executed successfully at 2026-11-30 09:00:00.',
      'Started GET "/" for 203.0.113.41 at 2026-11-29 09:13:01',
      'Started GET "/" for 203.0.113.41 at 2026-11-29 09:13:01 +0000.',
      'Started get "/" for 203.0.113.41 at 2026-11-29 09:13:01 +0000',
      'Finished GET "/" for 203.0.113.41 at 2026-11-29 09:13:01 +0000',
    ])
      expect(parse(raw).timestamp, raw).toBeUndefined();
  });
});
