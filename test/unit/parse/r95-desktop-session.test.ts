/**
 * Round r95, on dev158's desktop-session sources: wf-config's doubled level letters opening a line
 * before its time (wayfire), qtile's `name file.py:func():Lnn ` columns before the text, and
 * Variety's `func() '…'` around it.
 */
import { describe, expect, it } from 'vitest';
import { isFileFunctionLine } from '../../../core/parse/header-fields.ts';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.UTC(2026, 11, 1);

/** A parser that learned `src` from `lines`, and a reader of that source's lines. */
function learnt(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('src', lines, receivedAt);
  return (line: string) => parser(line, receivedAt, 'src');
}

describe('doubled level letters opening a line before its time (wf-config’s log_plain)', () => {
  it('reads II, WW, EE and DD as info, warn, error and debug', () => {
    const line = (mark: string) => `${mark} 26-11-26 09:12:44.081 - [src/main.cpp:412] Starting wayfire`;
    expect(parseLine(line('II'))).toMatchObject({
      level: 'INFO',
      message: 'Starting wayfire',
      timestamp: Date.UTC(2026, 10, 26, 9, 12, 44, 81),
    });
    expect(parseLine(line('WW')).level).toBe('WARN');
    expect(parseLine(line('EE')).level).toBe('ERROR');
    expect(parseLine(line('DD')).level).toBe('DEBUG');
  });

  it('reads no other doubled letter, and none that is not at the line’s start before its time', () => {
    expect(parseLine('CC 26-11-26 09:12:44.081 - [src/main.cpp:412] text').level).toBeUndefined();
    expect(parseLine('2026-11-26 09:12:44 Henry II died in 1189').level).toBeUndefined();
    expect(parseLine('2026-11-26 09:12:44 DD signed the form').level).toBeUndefined();
    expect(parseLine('Part II of the report').level).toBeUndefined();
    expect(parseLine('II. Results 2026-11-26 09:12:44').level).toBeUndefined();
  });

  it('keeps X.Org’s marks: (II) (WW) (EE) only, no (DD)', () => {
    expect(parseLine('[    21.412] (II) modeset(0): Modeline').level).toBe('INFO');
    expect(parseLine('[    21.412] (EE) Failed to load module').level).toBe('ERROR');
    expect(parseLine('[    21.412] (DD) modeset(0): Modeline').level).toBeUndefined();
  });
});

describe('qtile’s `%(name)s %(filename)s:%(funcName)s():L%(lineno)d` before the text', () => {
  const qtile = (n: number, where: string, text: string) =>
    `2026-11-25 19:02:1${n},418 WARNING libqtile ${where} ${text}`;

  it('steps over the logger’s name and the location, kept as the caller', () => {
    const read = learnt([
      qtile(1, 'sleep.py:_start():L104', 'Could not find logind service.'),
      qtile(2, 'currentlayout.py:_setup_images():L265', 'No icon found for layout "treetab"'),
      qtile(3, 'pulse_volume.py:_check_pulse_connection():L82', 'Failed to connect to pulseaudio'),
      qtile(4, 'core.py:grab_key():L511', "Can't grab <Key (['mod4'], XF86Launch5)>"),
    ]);
    expect(read(qtile(5, 'window.py:update_strut():L1642', 'No screen at target'))).toMatchObject({
      level: 'WARN',
      message: 'No screen at target',
      fields: { caller: 'window.py:update_strut():L1642', header_columns: 'libqtile' },
    });
  });

  it('keeps a word the same on every line in the text when no location follows it', () => {
    const read = learnt([
      qtile(1, 'started', 'the bar'),
      qtile(2, 'stopped', 'the bar'),
      qtile(3, 'started', 'the widget'),
      qtile(4, 'stopped', 'the widget'),
    ]);
    expect(read(qtile(5, 'started', 'the group')).message).toBe('libqtile started the group');
  });

  it('reads only a source file, a function and `():L` with a line number', () => {
    const at = (token: string) => isFileFunctionLine(token, 0, token.length);
    expect(at('sleep.py:_start():L104')).toBe(true);
    expect(at('base.py:__getattr__():L273')).toBe(true);
    expect(at('sleep.py:_start():104')).toBe(false);
    expect(at('sleep.py:_start():L10a')).toBe(false);
    expect(at('notes.txt:run():L12')).toBe(false);
    expect(at('sleep.py:_st-art():L12')).toBe(false);
    expect(at('sleep.py:():L12')).toBe(false);
    expect(at('():L12')).toBe(false);
  });
});

describe("Variety’s `%(funcName)s() '%(message)s'` after its header", () => {
  const variety = (n: number, call: string, text: string) =>
    `INFO: 2026-11-22 09:00:0${n},512: ${call} ${text}`;

  it('steps over the function, kept as the caller, and the quotes around the text', () => {
    const read = learnt([
      variety(1, 'main()', "'Using profile folder /home/u/.config/variety/'"),
      variety(2, 'regular_change_thread()', "'regular_change thread running'"),
      variety(3, 'prepare_thread()', "'Prepared buffer contains 0 images'"),
      variety(4, 'do_set_wp()', "'Calling do_set_wp with /home/u/a.jpg, time: 1795338014.0039265'"),
    ]);
    expect(
      read(variety(5, 'find_images()', "'Too few images found: 3 out of 41. See 'Filtering'.'")),
    ).toMatchObject({
      level: 'INFO',
      message: "Too few images found: 3 out of 41. See 'Filtering'.",
      fields: { caller: 'find_images()' },
    });
    // A line whose text is not closed by the quote is not the layout's: it stays whole.
    expect(read(variety(6, 'main()', "'quoted' word")).message).toBe("main() 'quoted' word");
  });

  it('keeps a call and a quote that do not frame the whole text', () => {
    const read = learnt([
      variety(1, 'main()', "'a' is missing"),
      variety(2, 'prepare()', "'b' is missing"),
      variety(3, 'run()', "'c' is missing"),
      variety(4, 'quit()', "'d' is missing"),
    ]);
    expect(read(variety(5, 'main()', "'e' is missing")).message).toBe("main() 'e' is missing");
  });
});
