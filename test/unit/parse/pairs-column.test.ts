import { describe, expect, it } from 'vitest';
import { compileParser } from '#core/parse/index.ts';
import { learnPairsColumn } from '#core/parse/pairs-column.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');

/** Each line of `lines` read by a parser that learned them as one source (or, `learned` false, by none). */
function read(lines: readonly string[], learned = true) {
  const parser = compileParser({});
  if (learned) parser.learn('s', lines, receivedAt);
  return lines.map((raw) => parser(raw, receivedAt, learned ? 's' : undefined));
}

// nim-chronicles' textlines (`msgWidth = 42`): the message padded to 42, then ` key=value` per field.
const CHRONICLES = [
  'INF 2026-11-29 09:40:11.204+00:00 Taskpool started                           numThreads=8',
  'INF 2026-11-29 09:40:19.877+00:00 Writing computeKey cache                   keys=1048576 accounts=41.20%',
  'INF 2026-11-29 09:40:27.309+00:00 Database initialized                       base="(0x3f9c...d41a, 23811204)"',
  'WRN 2026-11-29 09:41:02.118+00:00 Peer disconnected                          topics="p2p" peer=16U*9Lx4 reason=timeout',
  'INF 2026-11-29 09:41:06.980+00:00 Syncer started',
];

// go-ethereum's terminal handler (`termMsgJust = 40`): values padded too, a long message one space before its pairs.
const GETH = [
  'INFO [11-27|14:05:31.902] Imported new chain segment               number=21,804,117 blocks=1   txs=183  mgas=14.902',
  'WARN [11-27|14:06:02.440] Served eth_getBlockByNumber              reqid=91 duration=2.013s err="request timed out"',
  'INFO [11-27|14:06:10.004] Looking for peers                        peercount=3 tried=41 static=0',
  'INFO [11-27|14:06:12.004] Chain head was updated after a long reorg of blocks number=21,804,118 hash=9c41e2..b07d13',
];

describe('pairs after a message padded to the column the source agreed on (r53)', () => {
  it('reads the pairs after a padded message into fields: chronicles 42', () => {
    const lines = read(CHRONICLES);
    expect(lines.map((line) => line.message)).toEqual([
      'Taskpool started',
      'Writing computeKey cache',
      'Database initialized',
      'Peer disconnected',
      'Syncer started',
    ]);
    expect(lines[1]?.fields).toMatchObject({ keys: '1048576', accounts: '41.20%' });
    expect(lines[2]?.fields.base).toBe('(0x3f9c...d41a, 23811204)');
    expect(lines[3]?.fields).toMatchObject({ topics: 'p2p', peer: '16U*9Lx4', reason: 'timeout' });
    expect(lines[3]?.level).toBe('WARN');
  });

  it("reads geth's 40, values padded, and a message past the width one space before its pairs", () => {
    const lines = read(GETH);
    expect(lines.map((line) => line.message)).toEqual([
      'Imported new chain segment',
      'Served eth_getBlockByNumber',
      'Looking for peers',
      'Chain head was updated after a long reorg of blocks',
    ]);
    expect(lines[0]?.fields).toMatchObject({ number: '21,804,117', blocks: '1', txs: '183', mgas: '14.902' });
    expect(lines[3]?.fields.hash).toBe('9c41e2..b07d13');
  });

  it("reads a message cut to chronicles' width (`.. `), its pairs one column later", () => {
    const cut =
      'INF 2026-11-29 09:42:00.000+00:00 Forkchoice requested sync to a new head w.. topics="sync" head=7';
    const lines = read([...CHRONICLES, cut]);
    expect(lines[5]?.message).toBe('Forkchoice requested sync to a new head w..');
    expect(lines[5]?.fields).toMatchObject({ topics: 'sync', head: '7' });
  });

  it('learns the column of the whole line: a level prefix inside the padded width (GitLab Runner, 50)', () => {
    const lines = read([
      'Runtime platform                                    arch=amd64 os=linux pid=7',
      'Checking for jobs... received                       job=4812 runner=xYz12AbC',
      'WARNING: Checking for jobs... failed                runner=xYz12AbC status=502',
      'ERROR: Job failed: exit code 1                      duration_s=42.31 job=4812',
    ]);
    expect(lines.map((line) => line.message)).toEqual([
      'Runtime platform',
      'Checking for jobs... received',
      'Checking for jobs... failed',
      'Job failed: exit code 1',
    ]);
    expect(lines[3]?.fields).toMatchObject({ duration_s: '42.31', job: '4812' });
  });

  it('a line alone, and an unlearned source, keep the pairs in the text as before', () => {
    const [alone] = read([CHRONICLES[0] as string]);
    expect(alone?.message).toBe('Taskpool started                           numThreads=8');
    const unlearned = read(CHRONICLES, false);
    expect(unlearned[1]?.message).toContain('keys=1048576');
    expect(learnPairsColumn([CHRONICLES[0] as string, CHRONICLES[1] as string])).toBe(0);
  });

  it('pairs at varying columns, or after text of one width, learn nothing', () => {
    const varying = [
      '2026-11-30T03:00:02 INFO Manager sync:   zone=example.org.',
      "2026-11-30T03:00:02 INFO Manager sync:     sources=['config']",
      "2026-11-30T03:00:02 INFO Manager sync:     processors=['no-root-ns']",
      "2026-11-30T03:00:02 INFO Manager sync:     targets=['route53']",
      '2026-11-30T03:00:02 INFO Manager sync:   zone=svc.example.org.',
      '2026-11-30T03:00:04 INFO Provider plan:      Creates=2 Updates=1',
    ];
    expect(learnPairsColumn(varying)).toBe(0);
    expect(read(varying)[1]?.message).toContain("sources=['config']");
    // One width of text before the pairs proves no padding: `sync:` and five spaces on every line.
    expect(learnPairsColumn(varying.filter((line) => line.includes('sync:     ')))).toBe(0);
  });

  it('prose with a=b, `=` inside quotes and `=` before the column stay the text in a learned source', () => {
    const lines = read([
      ...CHRONICLES,
      'INF 2026-11-29 09:42:00.000+00:00 set threshold=4 then retried twice over the same link',
      'INF 2026-11-29 09:42:00.000+00:00 said "hello    world            k=v" and left it',
      `INF 2026-11-29 09:42:00.000+00:00 said "a${' '.repeat(36)}k=v"`,
      'INF 2026-11-29 09:42:00.000+00:00 a=b  c=d',
    ]);
    expect(lines[5]?.message).toBe('set threshold=4 then retried twice over the same link');
    expect(lines[6]?.message).toBe('said "hello    world            k=v" and left it');
    // The column falls inside a quoted string: what stands there is the string's.
    expect(lines[7]?.message).toBe(`said "a${' '.repeat(36)}k=v"`);
    expect(lines[7]?.fields.k).toBeUndefined();
    expect(lines[8]?.message).toBe('a=b  c=d');
  });

  it('a message that fills the width: pairs to the end are read, prose whose words meet the column is text', () => {
    const head = 'INF 2026-11-29 09:42:00.000+00:00 ';
    const full = 'Retrying the request on the same link then';
    expect(full.length).toBe(42);
    const lines = read([...CHRONICLES, `${head}${full} k=1 peer=7`, `${head}${full} a=b and gave up`]);
    expect(lines[5]?.message).toBe(full);
    expect(lines[5]?.fields).toMatchObject({ k: '1', peer: '7' });
    // One space at the column is a word boundary of prose: no unquoted value runs to the end.
    expect(lines[6]?.message).toBe(`${full} a=b and gave up`);
    expect(lines[6]?.fields.a).toBeUndefined();
  });

  it('pairs a message padded by bytes moves left of the column are not cut between two pairs', () => {
    // chronicles and geth pad by UTF-8 bytes: four two-byte letters put the pairs four columns early.
    const message = 'Änderungen für Büros übernommen';
    const bytes = new TextEncoder().encode(message).length;
    const raw = `INF 2026-11-29 09:42:00.000+00:00 ${message}${' '.repeat(42 - bytes)} a=1 b=2`;
    const lines = read([...CHRONICLES, raw]);
    expect(lines[5]?.message).not.toMatch(/a=1$/);
    expect(lines[5]?.fields.b === undefined || lines[5]?.fields.a === '1').toBe(true);
  });

  it('learns the column after messages that open with a quoted string', () => {
    const quoted = ['"Taskpool started"', '"Writing computeKey cache"', '"Database up"'].map(
      (message, k) => `${message.padEnd(30)} k${k}=1`,
    );
    expect(learnPairsColumn(quoted)).toBe(31);
  });
});
