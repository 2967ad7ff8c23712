/**
 * The web console in a real browser (Debian's Chromium driven by playwright-core) against the
 * real local stack: a file → the agent → Kafka → ingest → OpenSearch, and the console served by
 * the local API calling its `/people` tree. Elements are found by role and label, and every wait
 * is for what a person would wait for (a row, a message). One screenshot per view goes to
 * test-results/console/ (not committed).
 */
import { appendFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseAgentConfig, type RunningAgent, startAgent } from '#agent/index.ts';
import { buildConsole } from '#console/build.ts';
import type { LogPage } from '#core/logs-query.ts';
import { callApi, startTestStack, type TestStack } from '../support/local-stack.ts';
import { eventually } from '../support/wait.ts';

/** Debian's package; `.ci/run` installs it (`apt-get install chromium`). */
const CHROMIUM = process.env.LOGWARD_CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOTS = join('test-results', 'console');

describe('web console', () => {
  let stack: TestStack;
  let agent: RunningAgent;
  let browser: Browser;
  let page: Page;
  let logFile: string;
  const run = Date.now().toString(36);
  const service = `shop-${run}`;
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
  const lines = [
    `${minutesAgo(9)} INFO [web] Order 101 placed by customer 7`,
    `${minutesAgo(8)} ERROR [web] Payment declined for order 102`,
    `${minutesAgo(7)} INFO [web] Order 103 placed by customer 8`,
    `${minutesAgo(6)} WARN [web] Slow response from inventory after 900 ms`,
    `${minutesAgo(5)} ERROR [web] Payment declined for order 104`,
    `${minutesAgo(4)} INFO [web] Inventory sync finished for warehouse 12`,
  ];

  /** Goes to a view of the console (a hash route) in the signed-in tab, as a new view. */
  async function open(hash: string) {
    const url = `${stack.pipeline.apiUrl}/${hash}`;
    // Going to the URL the tab is on changes nothing: the view (a live tail's cursor, its
    // paused state) would carry over from the test before. Reloading starts it afresh.
    if (page.url() === url) await page.reload();
    else await page.goto(url);
  }

  async function screenshot(view: string) {
    await page.screenshot({ path: join(SCREENSHOTS, `${view}.png`), fullPage: true });
  }

  beforeAll(async () => {
    const consoleDir = await mkdtemp(join(tmpdir(), 'logward-console-'));
    await buildConsole(consoleDir);
    stack = await startTestStack('console', { consoleDir });
    // The rule first, so the errors below open an alert.
    const rule = await callApi(stack.pipeline.apiUrl, stack.credentials, 'admin-person', 'POST', '/rules', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: `console-${run}`,
        match: { service, minLevel: 'ERROR' },
        condition: { kind: 'match' },
      }),
    });
    expect(rule.status).toBe(201);
    logFile = join(stack.dir, 'shop.log');
    await writeFile(logFile, `${lines.join('\n')}\n`);
    agent = await startAgent(
      parseAgentConfig({
        kafka: { brokers: [stack.kafkaBootstrap], topics: stack.topology.topics },
        inputs: { files: [{ paths: [logFile], service, start_at: 'beginning' }] },
        state_dir: join(stack.dir, 'agent-state'),
      }),
      { log: () => {} },
    );
    await eventually('the six lines indexed', async () => {
      const { body } = await stack.get(`/logs?service=${service}&from=1h`);
      return (body as LogPage).items?.length === 6 ? true : undefined;
    });
    await mkdir(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await open(`#/search?service=${service}&from=1h`);
    await page.getByRole('button', { name: 'Sign in as admin' }).click();
  });

  afterAll(async () => {
    await browser?.close();
    await agent?.stop();
    await stack?.pipeline.stop();
  });

  test('a search returns the expected lines, coloured by level and expandable', async () => {
    await page.getByRole('status').filter({ hasText: '6 events match' }).waitFor();
    const results = page.getByRole('list', { name: 'Results' });
    expect(await results.getByRole('listitem').allTextContents()).toEqual(
      [...lines].reverse().map((line) => expect.stringContaining(line.split(' [web] ')[1] as string)),
    );
    await results.getByRole('button', { name: /Payment declined for order 104/ }).click();
    await results.getByRole('cell', { name: service }).first().waitFor();
    await results.getByRole('button', { name: 'Show context' }).click();
    const context = page.getByRole('list', { name: 'Context lines' });
    await context.getByRole('listitem').filter({ hasText: 'Order 101 placed' }).waitFor();
    expect(await context.getByRole('listitem').count()).toBe(6);
  });

  test('a facet narrows them, and the URL keeps the state', async () => {
    await open(`#/search?service=${service}&from=1h`);
    await page.getByRole('status').filter({ hasText: '6 events match' }).waitFor();
    await page
      .getByRole('group', { name: 'Level' })
      .getByRole('checkbox', { name: /^ERROR/ })
      .check();
    await page.getByRole('status').filter({ hasText: '2 events match' }).waitFor();
    const results = page.getByRole('list', { name: 'Results' });
    expect(await results.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Payment declined for order 104'),
      expect.stringContaining('Payment declined for order 102'),
    ]);
    const state = new URLSearchParams(new URL(page.url()).hash.split('?')[1]);
    expect(Object.fromEntries(state)).toEqual({ from: '1h', level: 'ERROR', service });
    await screenshot('search');
  });

  test('live tail shows a line appended to the tailed file', async () => {
    await open(`#/tail?service=${service}`);
    const tail = page.getByRole('list', { name: 'Live tail' });
    await tail.getByRole('listitem').filter({ hasText: 'Inventory sync' }).waitFor();
    const fresh = `Tail check ${run} arrived`;
    await appendFile(logFile, `${new Date().toISOString()} INFO [web] ${fresh}\n`);
    await tail.getByRole('listitem').filter({ hasText: fresh }).waitFor({ timeout: 30_000 });
    await screenshot('tail');
  });

  test('scrolling the live tail up pauses it where you are, and Resume shows what waited', async () => {
    await open(`#/tail?service=${service}`);
    const tail = page.getByRole('list', { name: 'Live tail' });
    const scroller = page.getByLabel('Live tail lines; scroll up to pause');
    const state = page.getByRole('status').filter({ hasText: /^(Following|Paused)$/ });
    await tail.getByRole('listitem').filter({ hasText: 'Inventory sync' }).waitFor();
    // Enough lines that the tail scrolls; following keeps the newest in view.
    const filler = Array.from({ length: 40 }, (_, i) => `Filler ${run} line ${i}`);
    await appendFile(
      logFile,
      filler.map((text) => `${new Date().toISOString()} INFO [web] ${text}\n`).join(''),
    );
    const last = tail.getByRole('listitem').filter({ hasText: `Filler ${run} line 39` });
    await last.waitFor({ timeout: 30_000 });
    await last.scrollIntoViewIfNeeded();
    await state.filter({ hasText: 'Following' }).waitFor();

    await scroller.hover();
    await page.mouse.wheel(0, -300);
    await state.filter({ hasText: 'Paused' }).waitFor();
    const position = await scroller.evaluate((el) => el.scrollTop);

    const waited = `Waited ${run} while paused`;
    await appendFile(logFile, `${new Date().toISOString()} INFO [web] ${waited}\n`);
    await page.getByRole('button', { name: 'Resume (1 new)' }).waitFor({ timeout: 30_000 });
    expect(await tail.getByRole('listitem').filter({ hasText: waited }).count()).toBe(0);
    expect(await scroller.evaluate((el) => el.scrollTop)).toBe(position);
    await screenshot('tail-paused');

    await page.getByRole('button', { name: 'Resume (1 new)' }).click();
    await state.filter({ hasText: 'Following' }).waitFor();
    await tail.getByRole('listitem').filter({ hasText: waited }).waitFor();
    expect(await page.getByRole('button', { name: /^Resume/ }).isVisible()).toBe(false);
    expect(await scroller.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight < 24)).toBe(true);
  });

  test('the patterns view lists a pattern the test created, and links to its lines', async () => {
    await open(`#/patterns?service=${service}&from=1h`);
    const template = page.getByRole('link', { name: `Inventory sync finished for warehouse <num>` }).first();
    await template.waitFor();
    await screenshot('patterns');
    await template.click();
    await page.getByRole('heading', { name: `Inventory sync finished for warehouse <num>` }).waitFor();
    await screenshot('pattern');
  });

  test('acknowledging an alert changes its state', async () => {
    const fingerprint = await eventually('the alert of the two errors', async () => {
      const response = await callApi(
        stack.pipeline.apiUrl,
        stack.credentials,
        'reader-person',
        'GET',
        '/alerts',
      );
      const { items } = (await response.json()) as {
        items: Array<{ fingerprint: string; labels: { ruleId: string } }>;
      };
      return items.find((a) => a.labels.ruleId === `console-${run}`)?.fingerprint;
    });
    await open('#/alerts');
    await page
      .getByRole('link', { name: new RegExp(`console-${run}|${service}`) })
      .first()
      .waitFor();
    await screenshot('alerts');
    await open(`#/alerts/${encodeURIComponent(fingerprint)}`);
    const state = page.getByRole('status').filter({ hasText: /^(firing|acknowledged)$/ });
    await state.filter({ hasText: 'firing' }).waitFor();
    await page
      .getByRole('list', { name: 'Lines that raised the alert' })
      .getByRole('listitem')
      .filter({ hasText: /Payment declined for order 10[24]/ })
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await state.filter({ hasText: 'acknowledged' }).waitFor();
    await screenshot('alert');
  });

  test('creating a silence with a bad field shows the API’s message next to that field', async () => {
    await open('#/silences');
    await page.getByRole('button', { name: 'New silence' }).click();
    await page.getByLabel('Matcher: service').fill(service);
    await page.getByLabel('Ends at').fill('2000-01-01T00:00:00Z');
    await page.getByRole('button', { name: 'Create silence' }).click();
    const endsAt = page.getByLabel('Ends at');
    const message = 'endsAt: expected a time after startsAt and now';
    await page.getByText(message).waitFor();
    expect(await endsAt.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await endsAt.getAttribute('aria-describedby'))?.split(' ')[0] ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(message);
    await screenshot('silences');
    await endsAt.fill('2h');
    await page.getByRole('button', { name: 'Create silence' }).click();
    await page.getByRole('cell', { name: `service=${service}` }).waitFor();
  });

  test('nodes and rules list what the stack holds', async () => {
    await open('#/rules');
    await page.getByRole('row', { name: new RegExp(`^console-${run}`) }).waitFor();
    await screenshot('rules');
    await open('#/nodes');
    // The test's agent heartbeats at its start: its row shows how far Kafka has acknowledged into its file.
    await page
      .getByRole('row')
      .filter({ hasText: /1 input acknowledged to .+, lag/ })
      .first()
      .waitFor();
    await screenshot('nodes');
  });
});
