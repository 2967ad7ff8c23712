import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App } from 'aws-cdk-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { configFromContext } from '../../infra/config.ts';
import { LogwardStack } from '../../infra/logward-stack.ts';

const outdir = mkdtempSync(join(tmpdir(), 'logward-cdk-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('real bundling (esbuild, local, no Docker)', () => {
  it('bundles every wired handler into an ESM index.mjs that loads and exports handler, and builds the console', {
    timeout: 180_000,
  }, async () => {
    const app = new App({ outdir, builtinCloudFormationValidation: false });
    new LogwardStack(app, 'Logward', { config: configFromContext(app.node, {}) });
    app.synth();
    const bundles = readdirSync(outdir)
      .filter((name) => name.startsWith('asset.'))
      .map((name) => join(outdir, name, 'index.mjs'))
      .filter((file) => existsSync(file));
    expect(bundles).toHaveLength(7);
    // The console is built by console/build.ts at synth, into the asset the BucketDeployment uploads.
    const consoleAssets = readdirSync(outdir).filter((name) => existsSync(join(outdir, name, 'app.js')));
    expect(consoleAssets).toHaveLength(1);
    expect(readdirSync(join(outdir, consoleAssets[0] ?? '')).sort()).toEqual([
      'app.css',
      'app.js',
      'index.html',
    ]);
    for (const bundle of bundles) {
      expect(existsSync(`${bundle}.map`), `${bundle}.map`).toBe(true);
      const module = (await import(pathToFileURL(bundle).href)) as { handler?: unknown };
      expect(typeof module.handler, bundle).toBe('function');
    }
  });
});
