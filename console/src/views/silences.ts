/** Silences: the active ones, and a form to create or edit one; the API's messages sit by their fields. */
import { h, notice } from '../dom.ts';
import { editForm, type FieldSpec, openForm } from '../form.ts';
import { fill, table } from '../list.ts';
import type { View, ViewContext } from '../view.ts';

interface Silence {
  readonly id: string;
  readonly matchers: Record<string, string>;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly createdBy: string;
  readonly comment: string;
}

const MATCHERS = ['ruleId', 'service', 'host', 'nodeId'] as const;

export function silencesView(context: ViewContext): View {
  const { api } = context;
  const list = h('div', {});
  const editor = h('div', {});
  const element = h(
    'section',
    { class: 'view silences', 'aria-labelledby': 'silences-title' },
    h('h1', { id: 'silences-title' }, 'Silences'),
    h(
      'p',
      { class: 'hint' },
      'A silence holds back the notifications of alerts whose labels match all of its matchers, until it ends.',
    ),
    context.canWrite ? h('button', { type: 'button', onclick: () => edit(undefined) }, 'New silence') : null,
    editor,
    list,
  );

  function edit(silence: Silence | undefined) {
    const fields: FieldSpec[] = [
      ...MATCHERS.map((m) => ({
        name: `matchers.${m}`,
        label: `Matcher: ${m}`,
        value: silence?.matchers[m] ?? '',
      })),
      {
        name: 'startsAt',
        label: 'Starts at',
        type: 'datetime',
        value: silence?.startsAt ?? '',
        hint: 'empty: now',
      },
      { name: 'endsAt', label: 'Ends at', type: 'datetime', value: silence?.endsAt ?? '2h', required: true },
      { name: 'comment', label: 'Comment', value: silence?.comment ?? '' },
    ];
    const form = editForm(
      silence ? 'Edit silence' : 'New silence',
      fields,
      silence ? 'Save silence' : 'Create silence',
      async (f) => {
        const v = f.values();
        const matchers: Record<string, string> = {};
        for (const m of MATCHERS) if (v[`matchers.${m}`]) matchers[m] = v[`matchers.${m}`] as string;
        const body = {
          matchers,
          // Relative times (2h) count forward from now for a silence.
          ...(v.startsAt ? { startsAt: v.startsAt } : {}),
          ...(v.endsAt ? { endsAt: v.endsAt } : {}),
          ...(v.comment ? { comment: v.comment } : {}),
        };
        if (silence) await api.put(`/silences/${silence.id}`, body);
        else await api.post('/silences', body);
        editor.replaceChildren(notice(silence ? 'Silence saved.' : 'Silence created.'));
        await load();
      },
      () => editor.replaceChildren(),
    );
    openForm(editor, form);
  }

  async function load() {
    await fill(list, async () => {
      const page = await api.get<{ items: Silence[] }>('/silences', { limit: '1000' });
      return table(
        'Active silences, soonest end first',
        ['Matchers', 'Starts', 'Ends', 'Comment', 'Created by', ''],
        page.items.map((s) => [
          Object.entries(s.matchers)
            .map(([k, v]) => `${k}=${v}`)
            .join(', '),
          new Date(s.startsAt).toLocaleString(),
          new Date(s.endsAt).toLocaleString(),
          s.comment,
          s.createdBy,
          context.canWrite
            ? h(
                'span',
                {},
                h('button', { type: 'button', onclick: () => edit(s) }, 'Edit'),
                ' ',
                h(
                  'button',
                  {
                    type: 'button',
                    onclick: async () => {
                      await api.delete(`/silences/${s.id}`);
                      await load();
                    },
                  },
                  'End now',
                ),
              )
            : '',
        ]),
      );
    });
  }

  void load();
  return { element };
}
