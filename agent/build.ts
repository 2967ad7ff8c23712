/**
 * Bundles the agent into one file, dist/logward-agent.mjs, for installing on servers: Node does
 * not strip TypeScript types inside node_modules, and a single file needs no npm install.
 * Run: node agent/build.ts [--outfile dist/logward-agent.mjs]
 */
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { AGENT_VERSION } from './version.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const KAFKA_DIST = /[\\/]node_modules[\\/]@platformatic[\\/]kafka[\\/]dist[\\/]/;
const KAFKA_COMPRESSION = /[\\/]@platformatic[\\/]kafka[\\/]dist[\\/]protocol[\\/]compression\.js$/;
const KAFKA_PRODUCE = /[\\/]@platformatic[\\/]kafka[\\/]dist[\\/]apis[\\/]producer[\\/]produce-v\d+\.js$/;

/**
 * Keeps what the agent does not use of the Kafka client out of its memory (measured idle RSS:
 * 113 -> 83 MB). The client's modules are declared free of side effects, so the admin and
 * consumer clients and the schema registries (with their validators, Avro and Protobuf) are left
 * out; its WebAssembly codecs and its option validation are replaced (see kafka-codecs.ts and
 * kafka-no-validation.ts).
 */
const kafkaClientForProducing: Plugin = {
  name: 'kafka-client-for-producing',
  setup(b) {
    b.onResolve({ filter: /^@platformatic\/wasm-utils$/ }, (args) =>
      KAFKA_DIST.test(args.importer) ? { path: join(repo, 'agent', 'sink', 'kafka-codecs.ts') } : undefined,
    );
    b.onResolve({ filter: /^ajv\/dist\/2020\.js$/ }, (args) =>
      KAFKA_DIST.test(args.importer)
        ? { path: join(repo, 'agent', 'sink', 'kafka-no-validation.ts') }
        : undefined,
    );
    b.onResolve({ filter: /^\.\.?\// }, (args) =>
      KAFKA_DIST.test(args.importer)
        ? { path: join(args.resolveDir, args.path), sideEffects: false }
        : undefined,
    );
    // zstd off the main thread: the client builds produce requests asynchronously for gzip, with
    // `compress` from its codec table; zstd gets an asynchronous `compress` and that path too.
    b.onLoad({ filter: KAFKA_COMPRESSION }, async (args) => ({
      contents: patch(
        patch(
          await readFile(args.path, 'utf8'),
          args.path,
          'snappyDecompress }',
          'snappyDecompress, zstdCompressAsync }',
        ),
        args.path,
        '    zstd: {\n',
        '    zstd: {\n        compress: zstdCompressAsync,\n',
      ),
      loader: 'js',
    }));
    b.onLoad({ filter: KAFKA_PRODUCE }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      // Older request versions have no asynchronous path and keep compressing synchronously.
      if (!code.includes('createRequestAsync')) return { contents: code, loader: 'js' };
      const contents = patch(
        code,
        args.path,
        "options.compression === 'gzip'",
        "(options.compression === 'gzip' || options.compression === 'zstd')",
      );
      return { contents, loader: 'js' };
    });
  },
};

/** Replaces the one occurrence of `search` in a module of the Kafka client; fails the build when it is not there. */
function patch(code: string, path: string, search: string, replacement: string): string {
  const at = code.indexOf(search);
  if (at === -1 || code.indexOf(search, at + 1) !== -1)
    throw new Error(`agent build: expected one ${JSON.stringify(search)} in ${path} (Kafka client changed?)`);
  return code.slice(0, at) + replacement + code.slice(at + search.length);
}

/**
 * V8 keeps a script's source as two bytes per character as soon as one character is not Latin-1:
 * a dash in a comment of a dependency made the 2.5 MB bundle cost 5 MB more. esbuild escapes
 * non-ASCII characters in strings, regular expressions and names, so what remains is comments;
 * this checks that and replaces them.
 */
export function asciiOnly(code: string): string {
  return code.replace(/^.*[\u0080-\uffff].*$/gm, (line) => {
    if (!/^\s*(?:\/\/|\*|\/\*)/.test(line))
      throw new Error(`non-ASCII outside a comment in the agent bundle: ${line.slice(0, 120)}`);
    return line.replace(/[\u0080-\uffff]/g, '?');
  });
}

/**
 * What the benchmarks change in a bundle: another entry module (exporting the same
 * `main(argv): Promise<number>` as agent/cli.ts), and plugins run before the Kafka client's.
 */
export interface BundleVariant {
  readonly entry?: string;
  readonly plugins?: readonly Plugin[];
}

/** Builds the bundle; returns its path. */
export async function buildAgentBundle(
  outfile = join(repo, 'dist', 'logward-agent.mjs'),
  variant: BundleVariant = {},
): Promise<string> {
  const entry = variant.entry ?? './agent/cli.ts';
  const result = await build({
    stdin: {
      contents: `import { main } from ${JSON.stringify(entry)};\nprocess.exitCode = await main(process.argv.slice(2));\n`,
      resolveDir: repo,
      sourcefile: 'logward-agent-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile,
    plugins: [...(variant.plugins ?? []), kafkaClientForProducing],
    write: false,
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
  for (const file of result.outputFiles) {
    await writeFile(file.path, file.path === outfile ? asciiOnly(file.text) : file.contents);
  }
  await chmod(outfile, 0o755);
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outfile: { type: 'string' } } });
  const out = await buildAgentBundle(values.outfile);
  process.stdout.write(`built ${out}\n`);
}
