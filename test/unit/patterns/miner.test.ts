import { describe, expect, it } from 'vitest';
import { maskedValues, maskVariables } from '#core/patterns/mask.ts';
import { type MinerState, PatternMiner, sameKind } from '#core/patterns/miner.ts';
import { patternId } from '#core/patterns/pattern-id.ts';
import { variableValues } from '#core/patterns/values.ts';
import { groupingAccuracy, LOGHUB_SYSTEMS, minePatterns } from '../../../bench/pattern-accuracy.ts';
import { loghubTruth } from '../parse/loghub-fixtures.ts';

const LINES = [
  'Invalid user webmaster from 173.234.31.186',
  'Accepted password for fztu from 119.137.62.142 port 49116 ssh2',
  'Invalid user admin from 52.80.34.196',
  'Received disconnect from 139.59.209.18: 11: Bye Bye [preauth]',
  'Accepted password for root from 10.0.0.1 port 22 ssh2',
  'Received disconnect from 10.1.1.1: 11: disconnected by user',
  'Invalid user test9 from 5.188.10.180',
  'Received disconnect from 5.36.59.76: 11: Bye Bye [preauth]',
];

/** The final template of every line, after all of them were mined in `order`. */
function finalTemplates(service: string, lines: readonly string[], order: readonly number[]): string[] {
  const miner = new PatternMiner(service);
  const ids = new Map<number, string>();
  for (const i of order) ids.set(i, miner.mine(lines[i] as string).id);
  const current = new Map<string, string>();
  for (const pattern of miner.toState().patterns) {
    const template = pattern.tokens.join(' ');
    current.set(patternId(service, template), template);
    for (const old of pattern.absorbed) current.set(old, template);
  }
  return lines.map((_, i) => current.get(ids.get(i) as string) as string);
}

describe('PatternMiner', () => {
  it('groups lines of one kind and generalises the words that vary', () => {
    const templates = finalTemplates(
      'sshd',
      LINES,
      LINES.map((_, i) => i),
    );
    expect([...new Set(templates)].sort()).toEqual([
      'Accepted password for <*> from <ip> port <num> ssh<num>',
      'Invalid user <*> from <ip>',
      'Received disconnect from <ip>: <num>: Bye Bye [preauth]',
      'Received disconnect from <ip>: <num>: disconnected by user',
    ]);
  });

  it('gives the same ids whatever the order of the lines, in any run', () => {
    const forward = finalTemplates(
      'sshd',
      LINES,
      LINES.map((_, i) => i),
    );
    const backward = finalTemplates(
      'sshd',
      LINES,
      LINES.map((_, i) => LINES.length - 1 - i),
    );
    const interleaved = finalTemplates('sshd', LINES, [3, 0, 5, 1, 7, 2, 6, 4]);
    expect(backward).toEqual(forward);
    expect(interleaved).toEqual(forward);
  });

  it('gives a real system’s lines the same patterns in shuffled orders', () => {
    const messages = loghubTruth('OpenSSH').map((row) => row.Content ?? '');
    const ids = (order: number[]) => {
      const miner = new PatternMiner('sshd');
      for (const i of order) miner.mine(messages[i] as string);
      return miner
        .toState()
        .patterns.map((pattern) => patternId('sshd', pattern.tokens.join(' ')))
        .sort();
    };
    const inOrder = messages.map((_, i) => i);
    expect(ids(inOrder.slice().reverse())).toEqual(ids(inOrder));
  });

  it('derives the id from the service and the template alone', () => {
    const first = new PatternMiner('api').mine('cache miss for key 42');
    const second = new PatternMiner('api').mine('cache miss for key 7');
    expect(first.id).toBe(second.id);
    expect(first.id).toBe(patternId('api', 'cache miss for key <num>'));
    expect(new PatternMiner('web').mine('cache miss for key 42').id).not.toBe(first.id);
    expect(first.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps the ids a refined pattern absorbed', () => {
    const miner = new PatternMiner('app');
    const first = miner.mine('login failed for alice from web');
    expect(first).toMatchObject({ change: 'new', template: 'login failed for alice from web' });
    const second = miner.mine('login failed for bob from web');
    expect(second).toMatchObject({
      change: 'refined',
      template: 'login failed for <*> from web',
      previousId: first.id,
    });
    expect(miner.mine('login failed for carol from web')).toMatchObject({ change: 'none', id: second.id });
    expect(miner.toState().patterns[0]?.absorbed).toEqual([first.id]);
  });

  it('keeps different kinds apart when too few of their words agree', () => {
    const miner = new PatternMiner('app');
    const a = miner.mine('connection to db closed by peer');
    const b = miner.mine('connection to db opened for worker');
    expect(b.change).toBe('new');
    expect(b.id).not.toBe(a.id);
  });

  it('round-trips its state as JSON and goes on as before', () => {
    const miner = new PatternMiner('sshd');
    for (const line of LINES) miner.mine(line);
    const state = JSON.parse(JSON.stringify(miner.toState())) as MinerState;
    const loaded = PatternMiner.fromState(state);
    expect(loaded.toState()).toEqual(miner.toState());
    const next = 'Invalid user guest from 1.2.3.4';
    expect(loaded.mine(next)).toEqual(miner.mine(next));
  });

  it('learns a template known from elsewhere, so the next line of its kind is not new', () => {
    const miner = new PatternMiner('app');
    miner.learn(['login', 'failed', 'for', '<*>', 'from', 'web']);
    const line = miner.mine('login failed for dave from web');
    expect(line).toMatchObject({ change: 'none', template: 'login failed for <*> from web' });
  });

  it('holds at most maxPatterns patterns, dropping the least recently seen', () => {
    const miner = new PatternMiner('flood', { maxPatterns: 10 });
    const kind = (i: number) => `${'abcdefghijklmnopqrst'[i]}x`.repeat(3);
    miner.mine('a line seen all the time');
    for (let i = 0; i < 20; i++) {
      miner.mine(`${kind(i)} alpha ${kind(i)} beta`);
      miner.mine('a line seen all the time');
    }
    expect(miner.size).toBeLessThanOrEqual(10);
    expect(miner.mine('a line seen all the time').change).toBe('none');
    expect(miner.mine(`${kind(0)} alpha ${kind(0)} beta`).change).toBe('new');
    const footprint = miner.footprint();
    expect(footprint.patterns).toBe(miner.size);
    expect(footprint.bytes).toBeGreaterThan(0);
  });

  it('sends ever-new first words to a wildcard child past maxChildren', () => {
    const miner = new PatternMiner('app', { maxChildren: 2 });
    miner.mine('alpha started the job');
    miner.mine('bravo started the job');
    const third = miner.mine('charlie started the job');
    const fourth = miner.mine('delta started the job');
    expect(third.change).toBe('new');
    expect(fourth).toMatchObject({ change: 'refined', template: '<*> started the job' });
  });

  it('bounds long messages to maxTokens tokens', () => {
    const miner = new PatternMiner('app', { maxTokens: 4 });
    expect(miner.mine('one two three four five six').template).toBe('one two three four');
    expect(miner.mine('   ').template).toBe('');
  });
});

describe('sameKind', () => {
  const tokens = (template: string) => template.split(' ');

  it('is true for two templates a miner would have merged, either way round', () => {
    const alice = tokens('disk quota exceeded on volume <num> for user alice');
    const bob = tokens('disk quota exceeded on volume <num> for user bob');
    expect(sameKind(alice, bob)).toBe(true);
    expect(sameKind(bob, alice)).toBe(true);
    // What one miner makes of the two lines, fed in either order.
    const miner = new PatternMiner('svc');
    const first = miner.mine('disk quota exceeded on volume 7 for user alice');
    expect(miner.mine('disk quota exceeded on volume 9 for user bob').previousId).toBe(first.id);
  });

  it('is false for other kinds: other leading words, other lengths, too few words shared', () => {
    const quota = tokens('disk quota exceeded on volume <num> for user alice');
    expect(sameKind(quota, tokens('disk usage exceeded on volume <num> for user alice'))).toBe(false);
    expect(sameKind(quota, tokens('disk quota exceeded on volume <num> for user alice today'))).toBe(false);
    expect(sameKind(quota, tokens('disk quota restored at noon <num> by admin carol'))).toBe(false);
  });
});

describe('masking', () => {
  it('masks quoted values, dates, UUIDs, IPs, hex ids and numbers', () => {
    expect(
      maskVariables(
        'job "nightly run" 123e4567-e89b-12d3-a456-426614174000 at Sun Jul 10 03:55:15 2005 from 10.0.0.7:8080 id 0xdeadbeef took 1.5s',
      ),
    ).toBe('job <str> <uuid> at <date> from <ip> id <hex> took <num>s');
    expect(maskVariables('since 2025-10-23T14:00:00.123Z, retry 3')).toBe('since <date>, retry <num>');
  });

  it('reads the masked values back in the order they appear', () => {
    expect(maskedValues('took 15ms for "a b" from 10.0.0.1')).toEqual(['15', '"a b"', '10.0.0.1']);
  });
});

describe('variableValues', () => {
  it('reads each variable position’s value from the original message', () => {
    const miner = new PatternMiner('sshd');
    miner.mine('Invalid user webmaster from 173.234.31.186 port 22');
    const message = 'Invalid user admin from 52.80.34.196 port 2222';
    const line = miner.mine(message);
    expect(line.template).toBe('Invalid user <*> from <ip> port <num>');
    expect(variableValues(line.templateTokens, line.tokens, message)).toEqual([
      'admin',
      '52.80.34.196',
      '2222',
    ]);
  });

  it('keeps a quoted value with spaces whole', () => {
    const miner = new PatternMiner('app');
    const message = 'opened "my file.txt" in 12ms';
    const line = miner.mine(message);
    expect(variableValues(line.templateTokens, line.tokens, message)).toEqual(['"my file.txt"', '12ms']);
  });
});

describe('grouping accuracy on the six shared Loghub samples', () => {
  it('averages at least 0.90 with one miner and one setting for every system', () => {
    const accuracies = LOGHUB_SYSTEMS.map((system) => {
      const rows = loghubTruth(system);
      const predicted = minePatterns(
        system,
        rows.map((row) => row.Content ?? ''),
      );
      return groupingAccuracy(
        predicted,
        rows.map((row) => row.EventId ?? ''),
      );
    });
    const average = accuracies.reduce((sum, accuracy) => sum + accuracy, 0) / accuracies.length;
    expect(average).toBeGreaterThanOrEqual(0.9);
  });

  it('scores exact groups only: a split or a merge costs every line of the group', () => {
    expect(groupingAccuracy(['a', 'a', 'b', 'c'], ['x', 'x', 'y', 'y'])).toBe(0.5);
    expect(groupingAccuracy(['a', 'a', 'a', 'b'], ['x', 'x', 'y', 'z'])).toBe(0.25);
  });
});

describe('new-pattern rules', () => {
  it('validate with defaults, and group each pattern apart', async () => {
    const { validateRule } = await import('#core/alerting/rules.ts');
    const { groupKeyOf } = await import('#core/alerting/evaluate.ts');
    const rule = validateRule({
      id: 'fresh',
      match: { minLevel: 'ERROR' },
      condition: { kind: 'new-pattern' },
    });
    expect(rule.condition).toEqual({ kind: 'new-pattern', count: 1, windowMinutes: 10 });
    expect(groupKeyOf(rule, { service: 'api', host: 'h', pattern_id: '0123456789abcdef' })).toBe(
      '0123456789abcdef',
    );
    expect(() => validateRule({ id: 'bad', condition: { kind: 'new-pattern', count: 0 } })).toThrow(
      /condition.count/,
    );
  });
});
