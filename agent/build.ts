/**
 * Bundles the agent for installing on servers, dist/logward-agent.mjs and the chunks it loads on
 * demand beside it (dist/logward-agent-*.mjs): Node does not strip TypeScript types inside
 * node_modules, and a bundle needs no npm install.
 * Run: node agent/build.ts [--outfile dist/logward-agent.mjs]
 */
import { chmod, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type Plugin, type PluginBuild } from 'esbuild';
import { AGENT_VERSION } from './version.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const KAFKA_DIST = /[\\/]node_modules[\\/]@platformatic[\\/]kafka[\\/]dist[\\/]/;
const KAFKA_COMPRESSION = /[\\/]@platformatic[\\/]kafka[\\/]dist[\\/]protocol[\\/]compression\.js$/;
const KAFKA_CONNECTION = /[\\/]@platformatic[\\/]kafka[\\/]dist[\\/]network[\\/]connection\.js$/;
const KAFKA_RECORDS = /[\\/]@platformatic[\\/]kafka[\\/]dist[\\/]protocol[\\/]records\.js$/;
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
    // node:tls loaded only for a TLS connection: loading it costs about 7 MB of RSS (measured in a
    // bare node process), which an agent without TLS need not pay.
    patchOnLoad(
      b,
      KAFKA_CONNECTION,
      "import { connect as createTLSConnection } from 'node:tls';",
      "const createTLSConnection = (...args) => process.getBuiltinModule('node:tls').connect(...args);",
    );
    // The asynchronous codec gets the batch's pieces, not a joined copy of them: zstdCompressAsync
    // copies them into a buffer it reuses (a fresh 1 MB per batch forced full GCs, kafka-codecs.ts).
    patchOnLoad(
      b,
      KAFKA_RECORDS,
      'await algorithm.compress(prepared.buffer.buffer)',
      'await algorithm.compress(prepared.buffer)',
    );
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

/**
 * Node's built-in modules reached through `module.exports`, as `require` does, instead of an ES
 * import: importing a built-in as an ES module reads every export, and node:http's lazy exports
 * (WebSocket and the like) then load undici, http2 and tls, 72 modules in all (measured idle RSS:
 * about 6 MB). The bundle's own `node:module` import, in its banner, is not affected.
 */
const builtinsAsCommonJs: Plugin = {
  name: 'builtins-as-commonjs',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) =>
      args.kind === 'import-statement' ? { path: args.path, namespace: 'builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: `module.exports = process.getBuiltinModule(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

/** Loads the modules `filter` matches with `search` replaced (see `patch`). */
function patchOnLoad(b: PluginBuild, filter: RegExp, search: string, replacement: string): void {
  b.onLoad({ filter }, async (args) => ({
    contents: patch(await readFile(args.path, 'utf8'), args.path, search, replacement),
    loader: 'js',
  }));
}

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

/** Builds the bundle and its chunks (`<name>-*.mjs`, beside it); returns the bundle's path. */
export async function buildAgentBundle(
  outfile = join(repo, 'dist', 'logward-agent.mjs'),
  variant: BundleVariant = {},
): Promise<string> {
  const entry = variant.entry ?? './agent/cli.ts';
  if (!outfile.endsWith('.mjs'))
    throw new Error(`agent build: the bundle's name must end in .mjs, not ${outfile}`);
  const name = basename(outfile, '.mjs');
  // Chunks of an earlier build would be copied with this one (bundleFiles).
  for (const old of await bundleFiles(outfile).catch(() => [])) await rm(old, { force: true });
  const result = await build({
    stdin: {
      contents: `import { main } from ${JSON.stringify(entry)};\nprocess.exitCode = await main(process.argv.slice(2), undefined, undefined, { ownProcess: true });\n`,
      resolveDir: repo,
      sourcefile: 'logward-agent-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // What is imported only on demand (the AWS SDK, for MSK broker discovery and IAM auth) goes
    // into chunks beside the bundle, so an agent that does not use it never parses it (measured
    // idle RSS: about 5 MB).
    splitting: true,
    outdir: dirname(outfile),
    entryNames: name,
    chunkNames: `${name}-[name]-[hash]`,
    outExtension: { '.js': '.mjs' },
    plugins: [...(variant.plugins ?? []), kafkaClientForProducing, builtinsAsCommonJs],
    write: false,
    banner: {
      js: [
        '#!/usr/bin/env node',
        `// logward-agent ${AGENT_VERSION} (bundled)`,
        "import { createRequire as __lwCreateRequire } from 'node:module';",
        'const require = __lwCreateRequire(import.meta.url);',
      ].join('\n'),
    },
    legalComments: 'external',
    logLevel: 'warning',
  });
  const legal: string[] = [];
  for (const file of result.outputFiles) {
    if (file.path.endsWith('.LEGAL.txt')) legal.push(file.text);
    else await writeFile(file.path, asciiOnly(file.text));
  }
  // One notices file for the bundle and its chunks, beside the bundle.
  await writeFile(`${outfile}.LEGAL.txt`, legal.join('\n'));
  await chmod(outfile, 0o755);
  return outfile;
}

/** The bundle at `outfile` and its chunks: the files to install together. */
export async function bundleFiles(outfile: string): Promise<string[]> {
  const name = basename(outfile, '.mjs');
  const dir = dirname(outfile);
  return (await readdir(dir))
    .filter((f) => f === `${name}.mjs` || (f.startsWith(`${name}-`) && f.endsWith('.mjs')))
    .map((f) => join(dir, f));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outfile: { type: 'string' } } });
  const out = await buildAgentBundle(values.outfile);
  process.stdout.write(`built ${out}\n`);
}
