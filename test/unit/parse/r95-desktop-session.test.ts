/**
 * Round r95, on dev158's desktop-session sources: wf-config's doubled level letters opening a line
 * before its time (wayfire).
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

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
