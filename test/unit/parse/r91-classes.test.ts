/**
 * Classes of round r91. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/*
 * CLASS: log4j's `%d -%5p ${PID} [%15.15t] %-30.30C{1.} : %m` (Apache InLong Manager's `log4j2.xml`):
 * Spring Boot's columns without its `---` (the thread at its fixed width of 15), after a hyphen that glues itself to a five-letter level
 * (`-DEBUG`) and stands apart from a padded shorter one (` - INFO`). The pid, the thread in brackets
 * and the logger cut to its last 30 characters are header; the text follows ` : `.
 */
describe("a level glued to a hyphen after the time, then Spring Boot's columns without `---`", () => {
  it('reads the level, the pid, the thread and the logger, and the text after them', () => {
    expect(
      parse(
        '2026-11-30 10:02:03.124 -DEBUG 4180 [           main] o.e.w.OrdersApplication        : Running with Spring Boot v2.6.15',
      ),
    ).toMatchObject({
      level: 'DEBUG',
      logger: 'o.e.w.OrdersApplication',
      message: 'Running with Spring Boot v2.6.15',
      fields: { pid: 4180, thread: 'main' },
    });
    expect(
      parse(
        '2026-11-30 10:02:04.906 -ERROR 4180 [order-workers-0] .s.r.OrderRepositoryOperator : insert failed: duplicate key',
      ),
    ).toMatchObject({
      level: 'ERROR',
      logger: '.s.r.OrderRepositoryOperator',
      message: 'insert failed: duplicate key',
      fields: { pid: 4180, thread: 'order-workers-0' },
    });
    expect(
      parse(
        '2026-11-30 10:02:05.310 - WARN 4180 [           main] ositoryConfigurationDelegate : Multiple Spring Data modules found',
      ),
    ).toMatchObject({
      level: 'WARN',
      logger: 'ositoryConfigurationDelegate',
      message: 'Multiple Spring Data modules found',
      fields: { pid: 4180, thread: 'main' },
    });
  });

  it('keeps a hyphen before no level word, and a number before a bracket of text, as the text', () => {
    expect(parse('2026-11-30 10:02:03.124 -Debug build started')).toMatchObject({
      message: '-Debug build started',
    });
    expect(parse('2026-11-30 10:02:03.124 -DEBUGGING started').level).toBeUndefined();
    expect(parse('2026-11-30 10:02:03.124 -0500 INFO started').message).not.toMatch(/^INFO/);
    // No logger column after the bracket: the number and the bracket are the text's.
    expect(parse('2026-11-30 10:02:03.124 INFO 3 [items] moved to the archive')).toMatchObject({
      level: 'INFO',
      message: '3 [items] moved to the archive',
    });
    expect(parse('2026-11-30 10:02:03.124 INFO 3 [items] moved : done')).toMatchObject({
      message: '3 [items] moved : done',
    });
    // A thread not at `[%15.15t]`'s fixed width: no such frame, the text's.
    expect(
      parse('2026-11-30 10:02:03.124 -DEBUG 4180 [main] o.e.w.OrdersApplication : Running').message,
    ).toBe('4180 [main] o.e.w.OrdersApplication : Running');
    // Not the first field after the level: text.
    expect(parse('2026-11-30 10:02:03.124 INFO moved 3 [           main] o.e.Foo : done').message).toBe(
      'moved 3 [           main] o.e.Foo : done',
    );
  });
});

/*
 * CLASS: Python `logging` formats written as pairs with the text last and unquoted (PipelineWise's
 * `logging.conf`: `time=%(asctime)s logger_name=%(name)s log_level=%(levelname)s message=%(message)s`):
 * after a `level=` pair the header read, an unquoted `message=` or `msg=` opening the rest is that
 * pair's key, its value the text to the end of the line when no ` key=` pair follows it.
 */
describe('an unquoted message pair after a level pair', () => {
  it('reads the rest of the line as the text', () => {
    expect(
      parse(
        'time=2026-11-27 01:03:44 logger_name=etl.fastsync log_level=WARNING message=Column X has type mismatch: casting to VARCHAR',
      ),
    ).toMatchObject({
      level: 'WARN',
      message: 'Column X has type mismatch: casting to VARCHAR',
    });
    expect(
      parse('2026-11-27 01:00:02 name=etl.cli level=INFO msg=Table(s) selected to sync: public.orders'),
    ).toMatchObject({ level: 'INFO', message: 'Table(s) selected to sync: public.orders' });
  });

  it('keeps the pair in the text without a level pair before it, with pairs after it, or when no key ends in level', () => {
    expect(parse('2026-11-27 01:00:02 INFO message=Running tap').message).toBe('message=Running tap');
    // Not the last pair (logrus's unquoted values, Ory Kratos): where its value ends is no reading's.
    expect(
      parse('time=2026-11-24T13:05:41Z level=info msg=started handling request method=GET').message,
    ).toMatch(/msg=started handling request method=GET$/);
    expect(parse('time=2026-11-27 01:00:02 loglevel=INFO message=Running tap').message).not.toBe(
      'Running tap',
    );
  });

  // review74: the level must be the pair's; a `level=` the line's author wrote in a thread or the
  // text beside a level word does not make the pair after it the header's.
  it('keeps the pair in the text when the level came from a word, not from the level pair', () => {
    expect(parse('2026-11-30 10:00:00 [job level=3] INFO msg=hello world')).toMatchObject({
      level: 'INFO',
      message: 'msg=hello world',
    });
    expect(parse('2026-11-30 10:00:00 [job level=ERROR] INFO msg=hello world').message).toBe(
      'msg=hello world',
    );
  });
});
