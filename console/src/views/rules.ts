/** Rules: the list, and a form to create or edit one; the API's messages sit by their fields. */
import { h, notice } from '../dom.ts';
import { editForm, type FieldSpec, openForm } from '../form.ts';
import { fill, table } from '../list.ts';
import type { View, ViewContext } from '../view.ts';

interface Rule {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly match: Record<string, unknown>;
  readonly condition: { readonly kind: string } & Record<string, unknown>;
  readonly groupBy: string;
  readonly groupWaitSeconds: number;
  readonly repeatIntervalSeconds: number;
  readonly resolveAfterSeconds: number;
  readonly channels: readonly unknown[];
}

const LEVELS = ['', 'TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];
const KINDS = [
  'match',
  'threshold',
  'rate-spike',
  'absence',
  'new-pattern',
  'pattern-spike',
  'volume-anomaly',
];
const MATCH_TEXT = ['service', 'host', 'contains', 'regex'] as const;
/** Every number a condition kind may take; the API names those a kind does not take. */
const CONDITION_NUMBERS = [
  'count',
  'windowMinutes',
  'baselineWindows',
  'factor',
  'minCount',
  'deviations',
  'baselineMinutes',
  'warmupMinutes',
] as const;
const TIMINGS = ['groupWaitSeconds', 'repeatIntervalSeconds', 'resolveAfterSeconds'] as const;

export function rulesView(context: ViewContext): View {
  const { api } = context;
  const list = h('div', {});
  const editor = h('div', {});
  const element = h(
    'section',
    { class: 'view rules', 'aria-labelledby': 'rules-title' },
    h('h1', { id: 'rules-title' }, 'Rules'),
    context.canWrite ? h('button', { type: 'button', onclick: () => edit(undefined) }, 'New rule') : null,
    editor,
    list,
  );

  function edit(rule: Rule | undefined) {
    const fields: FieldSpec[] = [
      {
        name: 'id',
        label: 'Id',
        value: rule?.id ?? '',
        hint: 'a-z, 0-9 and -; never changes',
        required: true,
      },
      { name: 'name', label: 'Name', value: rule?.name ?? '' },
      { name: 'enabled', label: 'Enabled', type: 'checkbox', value: rule?.enabled ?? true },
      {
        name: 'match.minLevel',
        label: 'Minimum level',
        type: 'select',
        options: LEVELS,
        value: String(rule?.match.minLevel ?? ''),
      },
      {
        name: 'match.maxLevel',
        label: 'Maximum level',
        type: 'select',
        options: LEVELS,
        value: String(rule?.match.maxLevel ?? ''),
      },
      ...MATCH_TEXT.map((key) => ({
        name: `match.${key}`,
        label: `Match ${key}`,
        value: String(rule?.match[key] ?? ''),
      })),
      {
        name: 'condition.kind',
        label: 'Condition',
        type: 'select',
        options: KINDS,
        value: rule?.condition.kind ?? 'match',
      },
      ...CONDITION_NUMBERS.map((key) => ({
        name: `condition.${key}`,
        label: `Condition ${key}`,
        type: 'number' as const,
        value: rule?.condition[key] === undefined ? '' : String(rule.condition[key]),
      })),
      {
        name: 'condition.direction',
        label: 'Condition direction',
        type: 'select',
        options: ['', 'up', 'down', 'both'],
        value: String(rule?.condition.direction ?? ''),
        hint: 'volume-anomaly only',
      },
      {
        name: 'groupBy',
        label: 'Group by',
        type: 'select',
        options: ['service', 'host', 'none'],
        value: rule?.groupBy ?? 'service',
      },
      ...TIMINGS.map((key) => ({
        name: key,
        label: key,
        type: 'number' as const,
        value: rule ? String(rule[key]) : '',
      })),
    ];
    const form = editForm(
      rule ? `Edit rule ${rule.id}` : 'New rule',
      fields,
      rule ? 'Save rule' : 'Create rule',
      async (f) => {
        const v = f.values();
        const match: Record<string, unknown> = rule?.match.fields ? { fields: rule.match.fields } : {};
        for (const key of ['minLevel', 'maxLevel', ...MATCH_TEXT])
          if (v[`match.${key}`]) match[key] = v[`match.${key}`];
        const condition: Record<string, unknown> = { kind: v['condition.kind'] };
        for (const key of CONDITION_NUMBERS)
          if (v[`condition.${key}`]) condition[key] = Number(v[`condition.${key}`]);
        if (v['condition.direction']) condition.direction = v['condition.direction'];
        const body: Record<string, unknown> = {
          id: v.id,
          enabled: v.enabled === 'true',
          match,
          condition,
          groupBy: v.groupBy,
          ...(v.name ? { name: v.name } : {}),
          // What the form does not edit is kept as it was.
          ...(rule ? { channels: rule.channels } : {}),
        };
        for (const key of TIMINGS) if (v[key]) body[key] = Number(v[key]);
        if (rule) await api.put(`/rules/${encodeURIComponent(rule.id)}`, body);
        else await api.post('/rules', body);
        editor.replaceChildren(notice(rule ? `Rule ${rule.id} saved.` : `Rule ${v.id} created.`));
        await load();
      },
      () => editor.replaceChildren(),
    );
    openForm(editor, form);
  }

  async function load() {
    await fill(list, async () => {
      const page = await api.get<{ items: Rule[] }>('/rules', { limit: '1000' });
      return table(
        'Rules',
        ['Id', 'Name', 'Enabled', 'Matches', 'Condition', ''],
        page.items.map((r) => [
          r.id,
          r.name,
          r.enabled ? 'yes' : 'no',
          Object.entries(r.match)
            .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
            .join(', ') || 'every event',
          Object.entries(r.condition)
            .map(([k, v]) => (k === 'kind' ? String(v) : `${k}=${v}`))
            .join(' '),
          context.canWrite ? h('button', { type: 'button', onclick: () => edit(r) }, `Edit ${r.id}`) : '',
        ]),
      );
    });
  }

  void load();
  return { element };
}
