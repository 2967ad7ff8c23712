/**
 * Round r109, on dev170's simulator sources: UVM's report line, Questa's `** Severity:` message and
 * its transcript's `# `, Cadence's `tool: *L,CODE` message, and UCB Hammer's `[context] Level.NAME: `.
 */
import { describe, expect, it } from 'vitest';
import { parseHammerLine } from '../../../core/parse/formats/hammer-log.ts';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });

describe("UVM's report line", () => {
  it('reads the severity, the caller, the simulation time, the component and the id', () => {
    expect(
      read(
        'UVM_INFO /builds/ci/dma/tb/dma_env.sv(64) @ 120000: uvm_test_top.env [CFG] channels=4 burst_max=256',
      ),
    ).toMatchObject({
      format: 'simulator_report',
      level: 'INFO',
      timestamp: undefined,
      logger: 'uvm_test_top.env',
      message: 'channels=4 burst_max=256',
      fields: { caller: '/builds/ci/dma/tb/dma_env.sv(64)', sim_time: '120000', id: 'CFG' },
    });
  });

  it('reads each severity, and the shapes without a file or without a name', () => {
    expect(read('UVM_INFO @ 0: reporter [RNTST] Running test dma_burst_test...')).toMatchObject({
      level: 'INFO',
      logger: 'reporter',
      message: 'Running test dma_burst_test...',
      fields: { sim_time: '0', id: 'RNTST' },
    });
    expect(read('UVM_WARNING t.sv(203) @ 3930000: uvm_test_top.env.mem [AXI_MEM] unmapped').level).toBe(
      'WARN',
    );
    expect(read('UVM_ERROR t.sv(97) @ 6125000: uvm_test_top.env.sb [SB] data mismatch').level).toBe('ERROR');
    expect(read('UVM_FATAL @ 10.000 ns: uvm_test_top [NOSEQ] no sequence')).toMatchObject({
      level: 'FATAL',
      fields: { sim_time: '10.000 ns', id: 'NOSEQ' },
    });
    expect(read('UVM_ERROR t.sv(3) @ 5 [ID] no name')).toMatchObject({
      level: 'ERROR',
      logger: undefined,
      message: 'no name',
      fields: { caller: 't.sv(3)', id: 'ID' },
    });
  });

  it("keeps UVM 1.2's sequence context in the component's name", () => {
    expect(
      read('UVM_INFO seq.sv(41) @ 120000: uvm_test_top.env.agt.sqr@@burst_seq [SEQ] starting burst ch=0')
        .logger,
    ).toBe('uvm_test_top.env.agt.sqr@@burst_seq');
  });

  it('leaves a severity name in prose, an unknown severity and a report later in the line alone', () => {
    expect(read('UVM_INFO is a macro that reports at UVM_MEDIUM')).toMatchObject({
      format: 'plain',
      level: undefined,
    });
    expect(read('UVM_DEBUG @ 0: reporter [X] y')).toMatchObject({ format: 'plain', level: undefined });
    expect(read('UVM_INFO t.sv(x) @ 0: reporter [X] y').format).not.toBe('simulator_report');
    const quoted = read('2026-11-24 10:00:00 build UVM_INFO @ 0: reporter [X] quoted');
    expect(quoted.format).not.toBe('simulator_report');
    expect(quoted.level).toBeUndefined();
  });
});

describe("Questa's message and transcript", () => {
  it('reads the severity, the location and the message number after the transcript mark', () => {
    expect(read('# ** Note: (vsim-3812) Design is being optimized...')).toMatchObject({
      format: 'simulator_report',
      level: 'INFO',
      message: 'Design is being optimized...',
      fields: { code: 'vsim-3812' },
    });
    expect(
      read("# ** Warning: /rtl/dma_fifo.sv(212): (vopt-2182) 'wr_ptr_q[4]' might be read before written."),
    ).toMatchObject({
      level: 'WARN',
      message: "'wr_ptr_q[4]' might be read before written.",
      fields: { caller: '/rtl/dma_fifo.sv(212)', code: 'vopt-2182' },
    });
    expect(read('# ** Error (suppressible): /src/a.sv(12): (vlog-2388) x already declared')).toMatchObject({
      level: 'ERROR',
      message: 'x already declared',
    });
    expect(read('** Fatal: (vsim-3828) Could not link').level).toBe('FATAL');
    expect(read('# ** Failure: assertion failed')).toMatchObject({
      level: 'FATAL',
      message: 'assertion failed',
    });
  });

  it('reads UVM reports after the transcript mark, in a source learned on it', () => {
    const lines = [
      '# vsim -c work.tb_top',
      '# ** Note: (vsim-3812) Design is being optimized...',
      '# Loading sv_std.std',
      '# Loading work.tb_top(fast)',
      '# UVM_INFO @ 0: reporter [RNTST] Running test t...',
      '# UVM_INFO env.sv(64) @ 0: uvm_test_top.env [CFG] seed=1',
      '# UVM_WARNING mon.sv(71) @ 8000000: uvm_test_top.env.irq_mon [IRQ] line still high',
      '# Errors: 0, Warnings: 1',
    ];
    const parse = learnedReader(lines, receivedAt);
    expect(parse(lines[6] as string)).toMatchObject({
      level: 'WARN',
      logger: 'uvm_test_top.env.irq_mon',
      message: 'line still high',
    });
    expect(parse('# Loading work.dma_pkg(fast)').level).toBeUndefined();
  });

  it('leaves another word, a comment and a transcript line without a report alone', () => {
    expect(read('# ** Notice: something').format).not.toBe('simulator_report');
    expect(read('# Loading work.top')).toMatchObject({ format: 'plain', level: undefined });
    expect(read('#** Note: (vsim-1) x').format).not.toBe('simulator_report');
  });
});

describe("Cadence's message", () => {
  it('reads the severity letter, the code, the tool and the location', () => {
    expect(
      read('xmvlog: *W,NOTIND: unable to access -INCDIR /tb/legacy (No such file or directory).'),
    ).toMatchObject({
      format: 'simulator_report',
      level: 'WARN',
      logger: 'xmvlog',
      message: 'unable to access -INCDIR /tb/legacy (No such file or directory).',
      fields: { code: 'NOTIND' },
    });
    expect(
      read('xmelab: *W,CUVMPW (/rtl/spi_top.sv,118|27): port sizes differ in port connection (8/1).'),
    ).toMatchObject({
      level: 'WARN',
      message: 'port sizes differ in port connection (8/1).',
      fields: { code: 'CUVMPW', caller: '/rtl/spi_top.sv,118|27' },
    });
    expect(read('xrun: *E,ELBERR: Error during elaboration (status 2), exiting.').level).toBe('ERROR');
    expect(read('ncelab: *F,CUMSTS: Timescale directive missing on one or more modules.').level).toBe(
      'FATAL',
    );
    expect(read('xmsim: *N,ASRTST (./design.sv,12): (time 10 NS) Assertion p1 has passed').level).toBe(
      'INFO',
    );
  });

  it("leaves make's stars, an unknown letter and prose alone", () => {
    expect(read('make: *** [Makefile:12: sim] Error 2').format).not.toBe('simulator_report');
    expect(read('xmelab: *X,FOO: text')).toMatchObject({ format: 'plain', level: undefined });
    expect(read('xmelab: *W,lower: text').format).not.toBe('simulator_report');
    expect(read('the tool said: *W,FOO: text').format).not.toBe('simulator_report');
  });
});

describe("Hammer's log line", () => {
  it('reads the Level enum after the bracketed contexts, the first context the logger', () => {
    expect(
      read(
        '[synthesis] [Exec yosys -c /build/chip/s...] Level.DEBUG: 1. Executing Verilog-2005 frontend: a.v',
      ),
    ).toMatchObject({
      format: 'hammer',
      level: 'DEBUG',
      logger: 'synthesis',
      message: '1. Executing Verilog-2005 frontend: a.v',
      fields: { context: '[Exec yosys -c /build/chip/s...]' },
    });
    expect(read('[synthesis] [Exec yosys] Level.DEBUG: ')).toMatchObject({ level: 'DEBUG', message: '' });
    expect(read('[par] [Exec innovus] Level.WARNING: text').level).toBe('WARN');
    expect(read('[par] [Exec innovus] Level.FATAL: text').level).toBe('FATAL');
  });

  it('leaves another enum name, a Level word later in the text and a glued bracket alone', () => {
    expect(read('[par] [Exec innovus] Level.NOTICE: text').level).toBeUndefined();
    expect(read('[par] ran Level.INFO: text').format).not.toBe('hammer');
    expect(read('[par][Exec] Level.INFO: text').format).not.toBe('hammer');
    expect(parseHammerLine('[par][Exec] Level.INFO: text')).toBeUndefined();
    expect(parseHammerLine('[par] [Exec Level.INFO: text')).toBeUndefined();
  });
});
