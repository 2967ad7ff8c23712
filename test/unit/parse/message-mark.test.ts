/**
 * Severity marks opening a message (`core/parse/formats/message-mark.ts`), each a class several
 * products share: the lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });

describe('a message identifier whose last letter is its severity (IBM and mainframe software)', () => {
  it('reads I, W, E and S after a time, with `:`, ` -` or a space after the identifier', () => {
    expect(parse('2026-11-30T08:01:02.123Z AMQ5041I: Queue manager started.')).toMatchObject({
      level: 'INFO',
      message: 'Queue manager started.',
      fields: { code: 'AMQ5041I' },
    });
    expect(parse('2026-11-30 08:01:02 KQZT0042W - Cache is nearly full')).toMatchObject({
      level: 'WARN',
      message: 'Cache is nearly full',
    });
    expect(parse('08:01:02 HQB01234E Could not open the device')).toMatchObject({
      level: 'ERROR',
      message: 'Could not open the device',
    });
    expect(parse('2026-11-30 08:01:02 IEF450S JOB ABENDED')).toMatchObject({ level: 'ERROR' });
  });

  it('reads one opening a line that nothing else read', () => {
    expect(parse('DSQ2207E The node name could not be resolved.')).toMatchObject({
      level: 'ERROR',
      message: 'The node name could not be resolved.',
      fields: { code: 'DSQ2207E' },
    });
  });

  it('keeps the identifier in the text when the line has a level of its own', () => {
    expect(parse('[WARNING ] CWWKF0009W: The server has no features.')).toMatchObject({
      level: 'WARN',
      message: 'CWWKF0009W: The server has no features.',
    });
  });

  it('leaves look-alikes alone: other letters, other shapes, and identifiers inside the text', () => {
    for (const line of [
      '2026-11-30 08:01:02 SQL0204N "X" is an undefined name.',
      '2026-11-30 08:01:02 ABC123 started',
      '2026-11-30 08:01:02 A1234E one letter is no prefix',
      '2026-11-30 08:01:02 ABCDEFGH1234E Eight letters are too many',
      '2026-11-30 08:01:02 AB12E Two digits are too few after two letters',
      '2026-11-30 08:01:02 AMQ5041Ix glued',
      '2026-11-30 08:01:02 job AMQ5041E was seen in the text',
      '2026-11-30 08:01:02 AMQ5041E',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
  });

  it('leaves a serial, a host or an order number before a lower-case word alone', () => {
    // IBM's messages are sentences (`ANS1076E The …`, `IEF403I JOBNAME - STARTED`): an identifier
    // and a space before a lower-case word is a name in running text, an ERROR there a false alert.
    for (const line of [
      'SRV0042E rebooted',
      'ABC1234E shipped to customer',
      'Dec  4 10:00:00 web01 app[12]: ABC1234E shipped',
      'Dec  4 10:00:00 web01 kernel: SRV0042E link up',
      '2026-12-04T10:00:00Z GPU0001E temp 60C',
      '2026-12-04T10:00:00Z NODE001E joined the cluster',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
      expect(parse(line).fields?.code, line).toBeUndefined();
    }
    // With its colon or dash the identifier stays read whatever the text's case.
    expect(parse('2026-12-04T10:00:00Z AMQ9209E: connection closed')).toMatchObject({ level: 'ERROR' });
    expect(parse('2026-12-04T10:00:00Z ZWED0290I - plugin loaded')).toMatchObject({ level: 'INFO' });
  });
});

describe("the same identifier dotted and in brackets (webMethods' `[ISS.0025.0001I]`)", () => {
  // One reading with the IBM-style identifier: capitals, digit groups, then I, W, E or S.
  it('reads its last letter as the level and leaves the bracket out of the message', () => {
    expect(parse('2026-11-30 05:40:11 EST [ISS.0025.0001I] Integration Server starting up')).toMatchObject({
      level: 'INFO',
      message: 'Integration Server starting up',
      fields: { code: 'ISS.0025.0001I' },
    });
    expect(parse('2026-11-30 05:40:28 [ISS.0028.0015W] PartnerEdi: dependency not satisfied').level).toBe(
      'WARN',
    );
    expect(parse('[ART.0114.1007E] Adapter Runtime: Error Log')).toMatchObject({
      level: 'ERROR',
      message: 'Adapter Runtime: Error Log',
    });
  });

  it('reads it where a learned structure took the bracket as the logger', () => {
    const lines = [
      '2026-11-30 05:40:11 EST [ISS.0025.0001I] Integration Server starting up',
      '2026-11-30 05:40:28 EST [ISS.0028.0015W] PartnerEdi: dependency not satisfied',
      '2026-11-30 05:52:08 EST [ART.0114.1007E] Adapter Runtime: Error Log: [SAPA.0112.1005] no route',
      '2026-11-30 05:52:09 EST [SAPA.0112.1005] Adapter Runtime: no letter, no level',
    ];
    const parser = compileParser({});
    parser.learn('wm', lines, receivedAt);
    const read = lines.map((line) => parser(line, receivedAt, 'wm'));
    expect(read.map((line) => line.level)).toEqual(['INFO', 'WARN', 'ERROR', undefined]);
    expect(read[0]).toMatchObject({
      message: 'Integration Server starting up',
      fields: { code: 'ISS.0025.0001I' },
    });
    expect(read[0]?.logger).toBeUndefined();
  });

  it('leaves look-alikes alone: versions, hashes, short groups, other letters, prose', () => {
    for (const line of [
      '2026-11-30 05:40:11 [ABC.1.2E] looks like one',
      '2026-11-30 05:40:11 [v1.2.3] released',
      '2026-11-30 05:40:11 [V1.2.3E] released',
      '2026-11-30 05:40:11 [SAPA.0112.1005] no letter',
      '2026-11-30 05:40:11 [ISS.0025.0001N] other letter',
      '2026-11-30 05:40:11 [ISS.0025.0001Ix] glued',
      '2026-11-30 05:40:11 [ISS.0025.0001.0002I] three groups',
      '2026-11-30 05:40:11 [ISS.0025I] one group',
      '2026-11-30 05:40:11 [A.0025.0001I] one capital',
      '2026-11-30 05:40:11 [ABCDEF.0025.0001I] six capitals',
      '2026-11-30 05:40:11 [DEADBEEF.CAFE.0001E] hash',
      '2026-11-30 05:40:11 [ISS.0025.0001E]',
      '2026-11-30 05:40:11 see [ISS.0025.0001E] in the text',
      '2026-11-30 05:40:11 [ABC1234E] undotted in brackets',
      '[RT12345E] undotted in brackets',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
  });
});

describe('a bracketed identifier read the same way per line and through a learned structure', () => {
  // Class limit of the bracketed, dotted severity id: what a line alone does not read, a learned
  // structure that took the bracket as the logger does not read either.
  const learned = (lines: string[]) => {
    const parser = compileParser({});
    parser.learn('src', lines, receivedAt);
    return lines.map((line) => parser(line, receivedAt, 'src'));
  };

  it('leaves an undotted bracket taken as the logger alone: an order or a ticket', () => {
    const lines = [
      '2026-11-30 05:40:11 EST [ORD1234E] Order shipped',
      '2026-11-30 05:40:12 EST [ORD1235S] Order packed',
      '2026-11-30 05:40:13 EST [ORD1236I] Order paid',
    ];
    for (const line of lines) expect(parse(line).level, line).toBeUndefined();
    for (const line of learned(lines)) expect(line.level, line.message).toBeUndefined();
  });

  it('leaves a dotted bracket before a lower-case word alone: running text, as after a bare id', () => {
    const lines = [
      '2026-11-30 05:40:11 EST [REQ.2024.1130E] ticket closed',
      '2026-11-30 05:40:12 EST [REQ.2024.1131S] ticket opened',
      '2026-11-30 05:40:13 EST [REQ.2024.1132I] ticket moved',
    ];
    for (const line of lines) expect(parse(line).level, line).toBeUndefined();
    for (const line of learned(lines)) expect(line.level, line.message).toBeUndefined();
  });

  it('still reads the dotted form before a sentence, either way', () => {
    const lines = [
      '2026-11-30 05:40:11 EST [ISS.0025.0001I] Integration Server starting up',
      '2026-11-30 05:40:28 EST [ISS.0028.0015W] PartnerEdi: dependency not satisfied',
      '2026-11-30 05:52:08 EST [ART.0114.1007E] Adapter Runtime: Error Log',
    ];
    expect(lines.map((line) => parse(line).level)).toEqual(['INFO', 'WARN', 'ERROR']);
    expect(learned(lines).map((line) => line.level)).toEqual(['INFO', 'WARN', 'ERROR']);
  });
});

describe("htslib's log mark (samtools, bcftools, bwa, minimap2)", () => {
  it('reads `[E::func]`, `[W::func]`, `[M::func]` and minimap2’s times after the name', () => {
    expect(parse('[E::hts_open] Failed to open file "a.bam"')).toMatchObject({
      level: 'ERROR',
      message: 'Failed to open file "a.bam"',
    });
    expect(parse('[W::vcf_parse] Contig chr9 is not defined')).toMatchObject({ level: 'WARN' });
    expect(parse('[M::worker::12.345*1.50] mapped 100 sequences')).toMatchObject({
      level: 'INFO',
      message: 'mapped 100 sequences',
    });
  });

  it("reads htslib's fifth letter, `T` for trace", () => {
    // htslib's `get_severity_tag` writes E, W, I, D and T.
    expect(parse('[T::bgzf_read_block] reading block at 0')).toMatchObject({
      level: 'TRACE',
      message: 'reading block at 0',
    });
  });

  it('leaves other letters, one colon, spaces in the name and a glued text alone', () => {
    for (const line of [
      '[X::main] not a level letter',
      '[E:main] one colon',
      '[E::main thread] a space',
      '[E::main]glued',
      '[E::] no name',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
  });
});

describe('a subsystem tag, a lower-case level word and a colon (the kernel, VLC)', () => {
  it("reads the kernel's `TAG level (context): text` after dmesg's time, a syslog tag or a bare time", () => {
    expect(parse('[Mon Nov 30 03:10:44 2026] XFS warning (device sdb1): log I/O error -5')).toMatchObject({
      level: 'WARN',
      message: 'log I/O error -5',
      logger: 'XFS',
      fields: { context: 'device sdb1' },
    });
    expect(
      parse('Nov 30 03:10:44 nas kernel: EXT4-fs error (device md0): ext4_find_entry: reading failed'),
    ).toMatchObject({ level: 'ERROR', message: 'ext4_find_entry: reading failed', logger: 'EXT4-fs' });
    expect(parse('2026-11-30T03:10:44Z BTRFS info (device nvme0n1p2): balance: started')).toMatchObject({
      level: 'INFO',
      message: 'balance: started',
    });
    expect(parse('Nov 30 03:10:44 nas app: RPC debug: queue drained')).toMatchObject({
      level: 'DEBUG',
      message: 'queue drained',
      logger: 'RPC',
    });
  });

  it("reads VLC's `[object] module type level: text`", () => {
    expect(parse('[00007f12a8c01230] main input debug: Creating an input for a.mkv')).toMatchObject({
      level: 'DEBUG',
      message: 'Creating an input for a.mkv',
      logger: 'main input',
      fields: { object: '00007f12a8c01230' },
    });
    expect(parse('[0000559b01a0f0c8] main video output warning: picture is too late')).toMatchObject({
      level: 'WARN',
      message: 'picture is too late',
    });
    expect(parse('[08a1c4f0] avcodec decoder error: cannot start codec')).toMatchObject({ level: 'ERROR' });
  });

  it('leaves a kind of error, a capitalised level, a count and running text alone', () => {
    const texts = [
      // Words before the level that are no acronym name a kind of event, some writers' no level.
      'TLS handshake error: remote closed',
      'pooler error: no more connections',
      'Scrape error: timeout',
      // Capitalised, the pair is a compound noun (`IMAP Error:`), as the header's refusal says.
      'IMAP Error: login failed',
      // A number after the colon is a count or a value.
      'CPU warning: 0',
      'GPU error (device 1): 3',
      // No colon, a word after the level, a long tag, one letter, a plural.
      'BTRFS info device sda: started',
      'SQL error rate: high',
      'ABCDEFGHIJ error: too long a tag',
      'X error: one letter is no tag',
      'DNS errors: 2 of them',
    ];
    for (const prefix of ['[Mon Nov 30 03:10:44 2026] ', 'Nov 30 03:10:44 nas app: ']) {
      for (const text of texts) expect(parse(prefix + text).level, prefix + text).toBeUndefined();
    }
    for (const line of [
      // VLC's shape needs its hexadecimal object and lower-case words.
      '[12] main input debug: a thread number',
      '[0000zz12a8c01230] main input debug: no hex',
      '[00007f12a8c01230] Main Input debug: capitals',
      '[00007f12a8c01230] main playlist: no level word',
      '[00007f12a8c01230] one two three four debug: too many words',
      '[00007f12a8c01230] main input debug: 42',
    ]) {
      expect(parse(line).level, line).toBeUndefined();
    }
  });

  it('keeps a level the line has of its own', () => {
    expect(parse('2026-11-30 03:10:44 [WARN] BTRFS error (device sda): retry')).toMatchObject({
      level: 'WARN',
    });
  });
});
