/** A table of items with a caption, for the list views. */
import { h, notice } from './dom.ts';

export function table(
  caption: string,
  headers: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<Node | string>>,
) {
  return h(
    'table',
    { class: 'list' },
    h('caption', { class: 'hint' }, caption),
    h('thead', {}, h('tr', {}, ...headers.map((name) => h('th', { scope: 'col' }, name)))),
    h(
      'tbody',
      {},
      ...(rows.length === 0
        ? [h('tr', {}, h('td', { colspan: headers.length }, 'None.'))]
        : rows.map((cells) => h('tr', {}, ...cells.map((cell) => h('td', {}, cell))))),
    ),
  );
}

/** Fills `container` with what `render` makes, or with the error that kept it from rendering. */
export async function fill(container: HTMLElement, render: () => Promise<Node>): Promise<void> {
  try {
    container.replaceChildren(await render());
  } catch (error) {
    container.replaceChildren(notice(String((error as Error).message), 'error'));
  }
}
