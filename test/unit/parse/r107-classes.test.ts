/**
 * Round r107, on dev169's HPC fabric daemons: libfabric's `fi_log` prefix, the InfiniBand libraries'
 * `ibwarn: [pid] func: ` diagnostics, and a level word glued to its thread's bracket after a syslog
 * tag (the Omni-Path Fabric Manager's `PROGR[topology]: SM: func: `).
 */
import { describe, expect, it } from 'vitest';
import { takeLevelThreadBracket } from '../../../core/parse/formats/level-thread-bracket.ts';
import { parseLine } from '../../../core/parse/index.ts';
import { newLine } from '../../../core/parse/line.ts';
import { charactersRead } from '../../support/characters-read.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);

describe("libfabric's fi_log prefix", () => {
  it('reads the epoch seconds, the level, the provider, subsystem, caller and pid', () => {
    expect(
      read(
        'libfabric:48213:1795511642::verbs:fabric:vrb_get_match_infos():1714<warn> skipping device mlx5_1 (want mlx5_0)',
      ),
    ).toMatchObject({
      format: 'fi_log',
      timestamp: 1_795_511_642_000,
      level: 'WARN',
      message: 'skipping device mlx5_1 (want mlx5_0)',
      logger: 'verbs',
      service: 'libfabric',
      fields: { pid: 48213, subsystem: 'fabric', caller: 'vrb_get_match_infos():1714' },
    });
    expect(read('libfabric:9:1795511642::ofi_rxm;verbs:ep_ctrl:rxm_ep_close():88<debug> closing').level).toBe(
      'DEBUG',
    );
    expect(
      read('libfabric:9:1795511642::core:core:fi_param_get_():280<info> read string var hook').level,
    ).toBe('INFO');
  });

  it('reads it in a learned source too', () => {
    const lines = [
      'libfabric:51776:1795513572::core:core:ofi_hmem_init():548<warn> Failed to initialize hmem iface ZE: No data available',
      'libfabric:51776:1795513573::verbs:mr:vrb_mr_reg_common():104<warn> Failover on: ibv_reg_dmabuf_mr() ==> ibv_reg_mr()',
      'libfabric:51776:1795513581::shm:core:smr_create():265<warn> shm_open failed',
      'libfabric:51776:1795513629::verbs:ep_ctrl:vrb_msg_ep_connect():205<warn> rdma_connect failed: Connection refused (111)',
    ];
    expect(
      learnt(lines)(
        'libfabric:51776:1795513812::verbs:cq:vrb_cq_trywait():329<warn> ibv_req_notify_cq failed',
      ),
    ).toMatchObject({
      timestamp: 1_795_513_812_000,
      level: 'WARN',
      message: 'ibv_req_notify_cq failed',
    });
  });

  it('keeps no time from epoch seconds outside the years a bare-number stamp may denote (review85)', () => {
    for (const seconds of ['9999999999', '0000000001']) {
      const line = read(`libfabric:1:${seconds}::verbs:fabric:f():1<warn> x`);
      expect(line).toMatchObject({ format: 'fi_log', level: 'WARN', message: 'x' });
      expect(line.timestampText).toBeUndefined();
      expect(line.timestamp).not.toBe(Number(seconds) * 1000);
    }
  });

  it('leaves other shapes as they were: a set prefix, nine digits, no level bracket, an unknown level', () => {
    for (const raw of [
      'libfabric:48213:1795511642:job7:verbs:fabric:vrb_get_match_infos():1714<warn> text',
      'libfabric:48213:179551164::verbs:fabric:vrb_get_match_infos():1714<warn> text',
      'libfabric:48213:1795511642::verbs:fabric:vrb_get_match_infos:1714 text',
      'libfabric:48213:1795511642::verbs:fabric:f():1<error> text',
      'Libfabric:48213:1795511642::verbs:fabric:f():1<warn> text',
      'port:8080:1795511642 listening',
    ])
      expect(read(raw).format, raw).not.toBe('fi_log');
  });
});

describe("the InfiniBand libraries' ibwarn and ibpanic diagnostics", () => {
  it('reads the tag as the level, the pid and the function, with no time', () => {
    expect(read('ibwarn: [7311] sim_ctl_new_client: connecting client pid 7402')).toMatchObject({
      format: 'ib_diag',
      level: 'WARN',
      message: 'connecting client pid 7402',
      fields: { pid: 7311, caller: 'sim_ctl_new_client' },
    });
    const panic = read(
      "ibpanic: [7311] sim_init_conn: can't bind socket 6 to name sim:ctl: Address already in use",
    );
    expect(panic).toMatchObject({
      level: 'FATAL',
      message: "can't bind socket 6 to name sim:ctl: Address already in use",
    });
    expect(panic.timestamp).toBeUndefined();
  });

  it('leaves other tags and broken shapes as they were', () => {
    for (const raw of [
      'iberror: [7311] main: failed: text',
      'constructor: [7311] f: text',
      'ibwarn: [7311x] sim_ctl: text',
      'ibwarn: [] sim_ctl: text',
      'ibwarn: [7311] sim ctl: text',
      'ibwarn: 7311 sim_ctl: text',
    ])
      expect(read(raw).format, raw).not.toBe('ib_diag');
  });
});

describe("a level word glued to its thread's bracket after a syslog tag", () => {
  const fm = (body: string) => `Nov 25 14:00:09 opafm01 fm0_sm[3187]: ${body}`;

  it("reads the Omni-Path FM's severities, its thread, manager and function", () => {
    expect(
      read(fm('PROGR[topology]: SM: topology_main: DISCOVERY CYCLE END. 18 SWs, 212 HFIs')),
    ).toMatchObject({
      format: 'syslog3164',
      level: 'INFO',
      logger: 'SM',
      message: 'DISCOVERY CYCLE END. 18 SWs, 212 HFIs',
      fields: { pid: 3187, thread: 'topology', caller: 'topology_main' },
    });
    expect(read(fm('NOTIC[topology]: SM: topology_main: An additional 1 nodes appeared')).level).toBe(
      'NOTICE',
    );
    expect(read(fm('WARN[sareader]: SM: sa_main_reader: Dropping stale request')).level).toBe('WARN');
    expect(read(fm('ERROR[topology]: SM: sweep_assignments: Cannot get PORT_STATE_INFO')).level).toBe(
      'ERROR',
    );
    expect(read(fm('FATAL[sm]: SM: sm_main: Unable to allocate threads for sweep.')).level).toBe('FATAL');
    // The binary pads its four-letter names to five (`WARN `, `INFO `).
    expect(read(fm('WARN [topology]: SM: sm_send_request: Timed out'))).toMatchObject({
      level: 'WARN',
      message: 'Timed out',
      fields: { thread: 'topology', caller: 'sm_send_request' },
    });
  });

  it('reads any level word so, its text whole where no manager or function follows', () => {
    expect(read(`Dec  1 10:00:00 host app[12]: WARN[main]: disk almost full`)).toMatchObject({
      level: 'WARN',
      message: 'disk almost full',
      fields: { thread: 'main' },
    });
    const noFunction = read(fm('PROGR[sm]: SM: TT: DISCOVERY CYCLE START'));
    expect(noFunction).toMatchObject({ level: 'INFO', logger: 'SM', message: 'TT: DISCOVERY CYCLE START' });
    expect(noFunction.fields.caller).toBeUndefined();
  });

  it('looks for the closing bracket no further than a thread name may reach (review85)', () => {
    const work = (n: number) => {
      const line = newLine('syslog3164', `WARN[${'a'.repeat(n)}`);
      return charactersRead(() => takeLevelThreadBracket(line));
    };
    expect(work(40_000)).toBe(work(20_000));
  });

  it('leaves a counted word, an unknown word, a spaced thread and a word deeper in the text as text', () => {
    for (const body of [
      'ERROR[3] of 5 retries',
      'HELLO[main]: text',
      'WARN[a b]: text',
      'WARN[main] text',
      'Retry NOTIC[topology]: text',
      'WARNING  [main]: text',
    ]) {
      const line = read(fm(body));
      expect(line.fields.thread, body).toBeUndefined();
    }
    expect(read(fm('ERROR[3] of 5 retries')).message).toBe('ERROR[3] of 5 retries');
    expect(read(fm('HELLO[main]: text'))).toMatchObject({ message: 'HELLO[main]: text' });
    expect(read(fm('HELLO[main]: text')).level).toBeUndefined();
  });
});
