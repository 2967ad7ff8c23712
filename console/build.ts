/**
 * Builds the web console into console/dist/: index.html, app.css and one bundled, minified
 * app.js. The output is static files any server can serve beside a `config.json` (see README).
 * Run: npm run build:console [-- --outdir DIR]
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

export const CONSOLE_DIR = dirname(fileURLToPath(import.meta.url));
export const CONSOLE_DIST = join(CONSOLE_DIR, 'dist');
/** The files a build writes, served as they are. */
export const CONSOLE_FILES = ['index.html', 'app.js', 'app.css'] as const;

/** Bundles the console into `outdir` (default console/dist). */
export async function buildConsole(outdir = CONSOLE_DIST): Promise<void> {
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: [join(CONSOLE_DIR, 'src', 'main.ts')],
    outfile: join(outdir, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  await copyFile(join(CONSOLE_DIR, 'index.html'), join(outdir, 'index.html'));
  await copyFile(join(CONSOLE_DIR, 'src', 'app.css'), join(outdir, 'app.css'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
  await buildConsole(values.outdir ?? CONSOLE_DIST);
  console.log(`console built into ${values.outdir ?? CONSOLE_DIST}`);
}
