/**
 * The Logward web console: loads config.json, signs the person in, and renders the view the URL's
 * hash names. Every request goes to the public API (`/people` tree) with the person's ID token.
 */
import { Api } from './api.ts';
import { signIn, signOut } from './auth.ts';
import { type ConsoleConfig, loadConfig } from './config.ts';
import { h, notice } from './dom.ts';
import { groupsOf, whoIs } from './id-token.ts';
import { parseRoute, type Route, type ViewName } from './route.ts';
import type { View, ViewContext } from './view.ts';
import { alertsView } from './views/alerts.ts';
import { nodesView } from './views/nodes.ts';
import { patternsView } from './views/patterns.ts';
import { rulesView } from './views/rules.ts';
import { searchView } from './views/search.ts';
import { silencesView } from './views/silences.ts';
import { tailView } from './views/tail.ts';

const VIEW_FACTORIES: ReadonlyArray<{
  readonly name: ViewName;
  readonly title: string;
  readonly create: (context: ViewContext) => View;
}> = [
  { name: 'search', title: 'Search', create: searchView },
  { name: 'tail', title: 'Live tail', create: tailView },
  { name: 'patterns', title: 'Patterns', create: patternsView },
  { name: 'nodes', title: 'Nodes', create: nodesView },
  { name: 'alerts', title: 'Alerts', create: alertsView },
  { name: 'rules', title: 'Rules', create: rulesView },
  { name: 'silences', title: 'Silences', create: silencesView },
];

async function start(root: HTMLElement): Promise<void> {
  let config: ConsoleConfig;
  try {
    config = await loadConfig(location.href);
  } catch (error) {
    root.replaceChildren(notice(String((error as Error).message), 'error'));
    return;
  }
  const token = await signIn(config, root);
  const groups = groupsOf(token);
  const api = new Api(
    config.apiBase,
    () => token,
    () => signOut(config),
  );
  const nav = h(
    'nav',
    { 'aria-label': 'Views' },
    h(
      'ul',
      {},
      ...VIEW_FACTORIES.map((v) =>
        h('li', {}, h('a', { href: `#/${v.name}`, 'data-view': v.name }, v.title)),
      ),
    ),
  );
  const main = h('main', { id: 'main', tabindex: -1 });
  root.replaceChildren(
    h(
      'header',
      { class: 'top' },
      h('a', { class: 'brand', href: '#/search' }, 'Logward'),
      nav,
      h(
        'span',
        { class: 'who' },
        `${whoIs(token)} `,
        h(
          'button',
          {
            type: 'button',
            onclick: () => signOut(config),
          },
          'Sign out',
        ),
      ),
    ),
    main,
  );

  let current: { name: ViewName; view: View } | undefined;
  const render = () => {
    const route: Route = parseRoute(location.hash);
    for (const link of nav.querySelectorAll('a')) {
      if (link.dataset.view === route.view) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    const factory = VIEW_FACTORIES.find((v) => v.name === route.view) ?? VIEW_FACTORIES[0];
    if (!factory) return;
    document.title = `${factory.title} · Logward`;
    if (
      current &&
      current.name === factory.name &&
      current.view.update &&
      !route.id === !parseRoute(lastHash).id
    ) {
      current.view.update(route);
    } else {
      current?.view.dispose?.();
      const view = factory.create({
        api,
        route,
        canWrite: groups.includes('logward-admin'),
        navigate: (hash, options) => {
          if (options?.replace) history.replaceState(null, '', hash);
          else location.hash = hash;
          if (options?.replace) render();
        },
      });
      current = { name: factory.name, view };
      main.replaceChildren(view.element);
    }
    lastHash = location.hash;
  };
  let lastHash = location.hash;
  window.addEventListener('hashchange', render);
  render();
}

const root = document.getElementById('app');
if (root) void start(root);
