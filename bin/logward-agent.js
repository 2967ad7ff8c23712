#!/usr/bin/env node
// Entry point of the `logward-agent` command. In the repository Node strips the TypeScript types
// of agent/cli.ts itself. Installed as a package (inside node_modules, where Node does not strip
// types) it runs the bundle built by `node agent/build.ts`, dist/logward-agent.mjs.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/logward-agent.mjs', import.meta.url);
if (import.meta.url.includes('/node_modules/') && existsSync(bundle)) {
  await import(bundle.href);
} else {
  const { main } = await import('../agent/cli.ts');
  process.exitCode = await main(process.argv.slice(2), undefined, undefined, { ownProcess: true });
}
