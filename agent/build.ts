/**
 * Bundles the agent into one file, dist/logward-agent.mjs, for installing on servers: Node does
 * not strip TypeScript types inside node_modules, and a single file needs no npm install.
 * Run: node agent/build.ts [--outfile dist/logward-agent.mjs]
 */
import { chmod } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { AGENT_VERSION } from './version.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds the bundle; returns its path. */
export async function buildAgentBundle(outfile = join(repo, 'dist', 'logward-agent.mjs')): Promise<string> {
  await build({
    stdin: {
      contents:
        "import { main } from './agent/cli.ts';\nprocess.exitCode = await main(process.argv.slice(2));\n",
      resolveDir: repo,
      sourcefile: 'logward-agent-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile,
    // The wasm codecs (lz4, snappy) inlined instead of read from a file next to the module.
    alias: { '@platformatic/wasm-utils': '@platformatic/wasm-utils/bundled' },
    banner: {
      js: [
        '#!/usr/bin/env node',
        `// logward-agent ${AGENT_VERSION} (bundled)`,
        "import { createRequire as __lwCreateRequire } from 'node:module';",
        'const require = __lwCreateRequire(import.meta.url);',
      ].join('\n'),
    },
    legalComments: 'linked',
    logLevel: 'warning',
  });
  await chmod(outfile, 0o755);
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outfile: { type: 'string' } } });
  const out = await buildAgentBundle(values.outfile);
  process.stdout.write(`built ${out}\n`);
}
