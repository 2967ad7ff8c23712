import { describe, expect, test } from 'vitest';
import {
  type DropRule,
  DropRuleSet,
  DropTally,
  type LineageEntry,
  MAX_REFINEMENTS,
  patternLineage,
  rulePatternState,
  sampledIn,
  validateDropRule,
} from '#core/drop-rules.ts';
import { validationProblem } from '../../support/validation.ts';
import { doc } from '../alerting/fixtures.ts';

const PATTERN = '0123456789abcdef';
const LATER = 'fedcba9876543210';

function rule(overrides: Partial<DropRule> = {}): DropRule {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    service: 'web',
    action: 'drop',
    includeErrors: false,
    includeUnleveled: false,
    comment: '',
    createdBy: 'test',
    createdAt: 0,
    ...overrides,
  };
}

function problem(input: unknown): [string, string] | undefined {
  const error = validationProblem(() => validateDropRule(input));
  return error && [error.field, error.message];
}

describe('validateDropRule', () => {
  test('a pattern dropped, a service sampled', () => {
    expect(validateDropRule({ patternId: PATTERN, action: 'drop' })).toEqual({
      patternId: PATTERN,
      action: 'drop',
      includeErrors: false,
      includeUnleveled: false,
      comment: '',
    });
    const everyField = {
      service: 'web',
      action: 'sample',
      keepOneIn: 10,
      includeErrors: true,
      includeUnleveled: true,
      comment: 'x',
    };
    expect(validateDropRule(everyField)).toEqual(everyField);
  });

  test.each([
    [[], 'body'],
    [{ action: 'drop' }, 'patternId'],
    [{ patternId: PATTERN, service: 'web', action: 'drop' }, 'service'],
    [{ patternId: 'ABC', action: 'drop' }, 'patternId'],
    [{ service: '', action: 'drop' }, 'service'],
    [{ service: 'a\u0007b', action: 'drop' }, 'service'],
    [{ service: 'web', action: 'delete' }, 'action'],
    [{ service: 'web' }, 'action'],
    [{ service: 'web', action: 'sample' }, 'keepOneIn'],
    [{ service: 'web', action: 'sample', keepOneIn: 1 }, 'keepOneIn'],
    [{ service: 'web', action: 'sample', keepOneIn: 2.5 }, 'keepOneIn'],
    [{ service: 'web', action: 'sample', keepOneIn: 1_000_001 }, 'keepOneIn'],
    [{ service: 'web', action: 'drop', keepOneIn: 10 }, 'keepOneIn'],
    [{ service: 'web', action: 'drop', includeErrors: 'yes' }, 'includeErrors'],
    [{ service: 'web', action: 'drop', includeUnleveled: 1 }, 'includeUnleveled'],
    [{ service: 'web', action: 'drop', comment: 'x'.repeat(501) }, 'comment'],
    [{ service: 'web', action: 'drop', level: 'INFO' }, 'level'],
  ])('%j is refused naming %s', (input, field) => {
    expect(problem(input)?.[0]).toBe(field);
  });
});

describe('DropRuleSet', () => {
  test("a pattern rule drops its pattern's lines, and its successors' lines that fit the rule's template", () => {
    const template = 'Accepted publickey for <*> from <ip> port <num> ssh<num>';
    const rules = new DropRuleSet([
      { rule: rule({ patternId: PATTERN, template }), patternIds: [PATTERN, LATER] },
    ]);
    const line = (pattern_id: string, message: string, service = 'web') =>
      doc({ level: 'INFO', pattern_id, service, message });
    const publickey = 'Accepted publickey for alice from 10.0.0.7 port 52100 ssh2';
    expect(rules.dropping(line(PATTERN, publickey))?.patternId).toBe(PATTERN);
    expect(rules.dropping(line(LATER, publickey))?.patternId).toBe(PATTERN);
    // The successor reads `Accepted <*> for …`: a password login fits it, not the rule's template.
    expect(
      rules.dropping(line(LATER, 'Accepted password for bob from 10.0.0.8 port 52101 ssh2')),
    ).toBeUndefined();
    expect(rules.dropping(line(LATER, `${publickey} extra`))).toBeUndefined();
    expect(rules.dropping(line('1111111111111111', publickey))).toBeUndefined();
    expect(rules.dropping(doc({ level: 'INFO', pattern_id: undefined, message: publickey }))).toBeUndefined();
  });

  test('a pattern rule without its template follows no successor', () => {
    const rules = new DropRuleSet([{ rule: rule({ patternId: PATTERN }), patternIds: [PATTERN, LATER] }]);
    expect(rules.dropping(doc({ level: 'INFO', service: 'web', pattern_id: PATTERN }))).toBeDefined();
    expect(rules.dropping(doc({ level: 'INFO', service: 'web', pattern_id: LATER }))).toBeUndefined();
  });

  test('ERROR and FATAL lines are kept unless the rule includes errors', () => {
    const keeps = new DropRuleSet([{ rule: rule(), patternIds: [] }]);
    const drops = new DropRuleSet([{ rule: rule({ includeErrors: true }), patternIds: [] }]);
    for (const level of ['ERROR', 'FATAL'] as const) {
      expect(keeps.dropping(doc({ service: 'web', level }))).toBeUndefined();
      expect(drops.dropping(doc({ service: 'web', level }))).toBeDefined();
    }
    for (const level of ['TRACE', 'DEBUG', 'INFO', 'NOTICE', 'WARN'] as const)
      expect(keeps.dropping(doc({ service: 'web', level }))).toBeDefined();
  });

  test('a line the parser gave no level (a traceback, a crash) is kept unless the rule includes unleveled lines', () => {
    const unleveled = [
      'Traceback (most recent call last):',
      'Exception in thread "main" java.lang.NullPointerException',
      '2024-01-01 10:00:00 Segmentation fault (core dumped)',
    ].map((message) => doc({ service: 'web', pattern_id: PATTERN, level: undefined, message }));
    for (const patternIds of [[], [PATTERN]]) {
      const target = patternIds.length === 0 ? {} : { patternId: PATTERN };
      const keeps = new DropRuleSet([{ rule: rule({ ...target, includeErrors: true }), patternIds }]);
      const drops = new DropRuleSet([{ rule: rule({ ...target, includeUnleveled: true }), patternIds }]);
      for (const line of unleveled) {
        expect(keeps.dropping(line)).toBeUndefined();
        expect(drops.dropping(line)).toBeDefined();
      }
    }
  });

  test('a sample keeps one line in N, the same lines every time, chosen by event id', () => {
    const sample = rule({ action: 'sample', keepOneIn: 10 });
    const rules = new DropRuleSet([{ rule: sample, patternIds: [] }]);
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      doc({ service: 'web', level: 'INFO', event_id: `Qx7fP0aZ3kLm9sT2uV4wYb.${i.toString(36)}` }),
    );
    const kept = lines.filter((line) => rules.dropping(line) === undefined).map((l) => l.event_id);
    expect(kept.length).toBeGreaterThan(1_800);
    expect(kept.length).toBeLessThan(2_200);
    const again = new DropRuleSet([{ rule: sample, patternIds: [] }]);
    expect(lines.filter((line) => again.dropping(line) === undefined).map((l) => l.event_id)).toEqual(kept);
  });

  test('two samples pick independently; a pattern rule is charged before a service rule', () => {
    const a = rule({ id: 'a', action: 'sample', keepOneIn: 2 });
    const b = rule({ id: 'b', patternId: PATTERN, action: 'sample', keepOneIn: 2 });
    const ids = Array.from({ length: 4000 }, (_, i) => `e${i}`);
    const both = ids.filter((id) => sampledIn('a', id, 2) && sampledIn('b', id, 2)).length;
    expect(both).toBeGreaterThan(850);
    expect(both).toBeLessThan(1150);
    const rules = new DropRuleSet([
      { rule: a, patternIds: [] },
      { rule: b, patternIds: [PATTERN] },
    ]);
    const charged = ids.map(
      (event_id) => rules.dropping(doc({ service: 'web', level: 'INFO', pattern_id: PATTERN, event_id }))?.id,
    );
    expect(charged.filter((id) => id === undefined)).toHaveLength(both);
    expect(charged.filter((id) => id === 'b').length).toBe(ids.filter((id) => !sampledIn('b', id, 2)).length);
  });
});

describe('patternLineage and rulePatternState', () => {
  const registry = (...entries: LineageEntry[]) => {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    return async (id: string) => byId.get(id);
  };

  test('a pattern that stands as it was is current', async () => {
    const lineage = await patternLineage(PATTERN, registry({ id: PATTERN, template: 'a <*>' }));
    expect(lineage).toEqual({ ids: [PATTERN], current: { id: PATTERN, template: 'a <*>' } });
    expect(rulePatternState(PATTERN, lineage)).toEqual({ patternState: 'current' });
  });

  test('a refined pattern is followed to the pattern that stands for it now', async () => {
    const lineage = await patternLineage(
      PATTERN,
      registry(
        { id: PATTERN, template: 'a b c', successor: 'aaaaaaaaaaaaaaaa' },
        { id: 'aaaaaaaaaaaaaaaa', template: 'a <*> c', successor: LATER },
        { id: LATER, template: 'a <*> <*>' },
      ),
    );
    expect(lineage.ids).toEqual([PATTERN, 'aaaaaaaaaaaaaaaa', LATER]);
    expect(rulePatternState(PATTERN, lineage)).toEqual({
      patternState: 'refined',
      currentPatternId: LATER,
      currentTemplate: 'a <*> <*>',
    });
  });

  test('a pattern the registry forgot, or whose refinement it forgot, is gone', async () => {
    const forgotten = await patternLineage(PATTERN, registry());
    expect(forgotten).toEqual({ ids: [PATTERN] });
    expect(rulePatternState(PATTERN, forgotten)).toEqual({ patternState: 'gone' });
    const lost = await patternLineage(PATTERN, registry({ id: PATTERN, template: 'a b', successor: LATER }));
    expect(lost.ids).toEqual([PATTERN, LATER]);
    expect(rulePatternState(PATTERN, lost)).toEqual({ patternState: 'gone' });
  });

  test('a cycle or a chain longer than MAX_REFINEMENTS stops', async () => {
    const cycle = await patternLineage(
      PATTERN,
      registry(
        { id: PATTERN, template: 'a', successor: LATER },
        { id: LATER, template: 'b', successor: PATTERN },
      ),
    );
    expect(cycle.ids).toEqual([PATTERN, LATER]);
    const chain = Array.from({ length: 40 }, (_, i) => ({
      id: String(i).padStart(16, '0'),
      template: `t${i}`,
      successor: String(i + 1).padStart(16, '0'),
    }));
    expect((await patternLineage(chain[0]?.id as string, registry(...chain))).ids).toHaveLength(
      MAX_REFINEMENTS + 1,
    );
  });
});

describe('DropTally', () => {
  test('counts lines and message bytes per rule and per pattern', () => {
    const tally = new DropTally();
    expect(tally.empty).toBe(true);
    const r = rule();
    tally.add(r, doc({ service: 'web', pattern_id: PATTERN, message: 'café' }));
    tally.add(r, doc({ service: 'web', pattern_id: PATTERN, message: 'ab' }));
    tally.add(r, doc({ service: 'web', message: 'no pattern' }));
    expect(tally.byRule()).toEqual([{ ruleId: r.id, count: 3, bytes: 5 + 2 + 10 }]);
    expect(tally.byPattern()).toEqual([{ service: 'web', id: PATTERN, count: 2, bytes: 7 }]);
  });
});
