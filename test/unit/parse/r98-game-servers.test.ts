/**
 * Round r98, on dev160's game servers: Evennia's doubled level letters in the bracket after its
 * time, log4j's one-letter level between a bracketed thread and ` - ` (GeyserMC standalone), Unreal
 * Engine's `[time][frame]Category: Verbosity: text`, and pretty_env_logger's unpadded target.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.UTC(2026, 11, 1);

/** A parser that learned `src` from `lines`, and a reader of that source's lines. */
function learnt(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('src', lines, receivedAt);
  return (line: string) => parser(line, receivedAt, 'src');
}

describe('doubled level letters in the bracket after the time (Evennia’s server log)', () => {
  const evennia = (block: string, text = 'Malformed telnet input: truncated NAWS subnegotiation') =>
    `2026-11-24 08:44:46 [${block}] ${text}`;

  it('reads [WW] and [EE] as warn and error, the text after the block', () => {
    expect(parseLine(evennia('EE'))).toMatchObject({
      level: 'ERROR',
      message: 'Malformed telnet input: truncated NAWS subnegotiation',
      timestamp: Date.UTC(2026, 10, 24, 8, 44, 46),
    });
    expect(parseLine(evennia('WW', 'IRCBot-libera could not connect')).level).toBe('WARN');
  });

  it('reads no category prefix, no [DD], and no pair elsewhere', () => {
    expect(parseLine(evennia('SS', 'Authentication Success: Bramble')).level).toBeUndefined();
    expect(parseLine(evennia('DP', 'old call')).level).toBeUndefined();
    expect(parseLine(evennia('DD', 'signed')).level).toBeUndefined();
    expect(parseLine(evennia('..', 'Logged in: Bramble')).level).toBeUndefined();
    expect(parseLine('2026-11-24 08:44:46 [main] [EE] text').level).toBeUndefined();
    expect(parseLine('2026-11-24 08:44:46 Henry [II] died').level).toBeUndefined();
    expect(parseLine('[EE] 2026-11-24 08:44:46 text').level).toBeUndefined();
  });
});

describe('a level letter between a bracketed thread and ` - ` (log4j’s `%level{length=1}`)', () => {
  const geyser = (n: number, thread: string, letter: string, text: string) =>
    `2026-11-25 17:4${n}:03.118 [${thread}] ${letter} - ${text}`;
  const sample = [
    geyser(0, 'main', 'I', 'Loading Geyser version 2.9.1-b988'),
    geyser(0, 'main', 'I', 'Loading extensions...'),
    geyser(1, 'nioEventLoopGroup-3-1', 'I', 'Player connected with username MossyLantern42'),
    geyser(2, 'nioEventLoopGroup-3-1', 'W', 'Downstream packet error! Unexpected end of stream'),
    geyser(3, 'nioEventLoopGroup-5-3', 'E', 'Quartzbeak was unable to connect to the Java server'),
    geyser(4, 'nioEventLoopGroup-3-2', 'I', 'Bedrock user with ip: /192.0.2.33 has disconnected'),
    geyser(5, 'main', 'I', 'Shutting down Geyser.'),
    geyser(6, 'main', 'I', 'Geyser shutdown successfully.'),
  ];

  it('learns the column of I, W and E and reads the text after the dash', () => {
    const read = learnt(sample);
    expect(read(geyser(7, 'main', 'W', 'Your Geyser build is outdated!'))).toMatchObject({
      level: 'WARN',
      message: 'Your Geyser build is outdated!',
    });
    expect(read(geyser(7, 'nioEventLoopGroup-5-6', 'E', 'Tanglebrook was unable to connect')).level).toBe(
      'ERROR',
    );
  });

  it('reads no letter of no level there, and none a source’s prose writes between spaces', () => {
    // (`A` there is WebSphere's audit letter, INFO in any learned letter column.)
    expect(learnt(sample)(geyser(7, 'main', 'X', 'B and C'))).toMatchObject({
      message: '[main] X - B and C',
    });
    expect(learnt(sample)(geyser(7, 'main', 'X', 'B and C')).level).toBeUndefined();
    const prose = learnt([
      '2026-11-25 17:40:03.118 [main] I think so - maybe',
      '2026-11-25 17:40:04.118 [main] I said no',
      '2026-11-25 17:40:05.118 [main] I went home',
      '2026-11-25 17:40:06.118 [main] E wing closed',
      '2026-11-25 17:40:07.118 [main] I am here',
      '2026-11-25 17:40:08.118 [main] I left',
      '2026-11-25 17:40:09.118 [main] E wing opened',
      '2026-11-25 17:40:10.118 [main] I saw it',
    ]);
    expect(prose('2026-11-25 17:40:11.118 [main] I went out').level).toBeUndefined();
  });
});

describe('Unreal Engine’s log lines (`FOutputDeviceHelper::FormatLogLine`)', () => {
  const unreal = (rest: string) => `[2026.11.26-20.10.56:939][855]${rest}`;

  it('reads the verbosity word as the level, the category as the logger, the text after both', () => {
    expect(parseLine(unreal('LogNet: Warning: UNetConnection::Tick: Connection TIMED OUT.'))).toMatchObject({
      level: 'WARN',
      logger: 'LogNet',
      message: 'UNetConnection::Tick: Connection TIMED OUT.',
      timestamp: Date.UTC(2026, 10, 26, 20, 10, 56, 939),
    });
    expect(parseLine(unreal('LogInit: Display: Running engine for game: FactoryGame'))).toMatchObject({
      level: 'INFO',
      message: 'Running engine for game: FactoryGame',
    });
    expect(parseLine(unreal('LogTemp: Fatal: boom')).level).toBe('FATAL');
    expect(parseLine(unreal('LogTemp: VeryVerbose: tick')).level).toBe('TRACE');
  });

  it('takes a line at `Log` verbosity, which writes no word, as INFO, its text whole', () => {
    const line = parseLine(unreal('LogNet: Login request: ?ClientIdentity=0F2A91C3 userId: EOS:0002a9f4'));
    expect(line).toMatchObject({
      level: 'INFO',
      logger: 'LogNet',
      message: 'Login request: ?ClientIdentity=0F2A91C3 userId: EOS:0002a9f4',
    });
    // The frame counter is a column kept, not a process id.
    expect(line.fields).toEqual({ header_columns: '[855]' });
    expect(parseLine('[2026.11.26-20.01.14:552][  0]LogInit: Build: ++FactoryGame').message).toBe(
      'Build: ++FactoryGame',
    );
  });

  it('leaves text that is no category, and other bracketed times, as they were', () => {
    expect(parseLine(unreal('Some text here: more')).message).toBe('Some text here: more');
    expect(parseLine('[2026-11-26 20:10:56.939][855]LogNet: text').logger).toBeUndefined();
    expect(parseLine('[2026.11.26-20.10.56:939][855] LogNet: text').level).toBeUndefined();
  });
});

describe('pretty_env_logger’s widest target, unpadded, before ` > `', () => {
  it('reads it after a level padded to five, as the logger', () => {
    expect(parseLine(' INFO  lazymc > Server is now online')).toMatchObject({
      level: 'INFO',
      logger: 'lazymc',
      message: 'Server is now online',
    });
    expect(parseLine(' WARN  lazymc > Failed to proxy: a > b')).toMatchObject({
      level: 'WARN',
      message: 'Failed to proxy: a > b',
    });
    expect(parseLine(' ERROR lazymc > Failed to start server process').message).toBe(
      'Failed to start server process',
    );
  });

  it('keeps `>` in text after a level not padded, a capital, or a five-letter level after a time', () => {
    expect(parseLine('INFO load > limit, shedding').message).toBe('load > limit, shedding');
    expect(parseLine(' INFO  Value > 5').message).toBe('Value > 5');
    expect(parseLine(' INFO  queue depth > 5').message).toBe('queue depth > 5');
    expect(parseLine('2026-11-29T07:30:02.140Z ERROR x > 5 is true').message).toBe('x > 5 is true');
  });
});
