/**
 * A webhook that never answers, while ERROR lines fire the default rule: the alert's email and
 * Slack message go out exactly once, and the webhook is given up after its attempts with a
 * history entry. Dispatcher passes run two at a time (as overlapping invocations would), each at
 * the time the outbox entry is next due, so its whole retry schedule plays out in seconds.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sentMail } from '#local/sent-mail.ts';
import { type Drill, runNumbered, sleep, startStack } from './harness.ts';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const ATTEMPTS = 4;

export const silentWebhook: Drill = {
  name: 'silent-webhook',
  what: `ERROR lines alert while the webhook never answers: one email, one Slack post, the webhook given up after ${ATTEMPTS} attempts`,
  budgetSeconds: 180,
  async run(ctx) {
    let slackPosts = 0;
    let hookRequests = 0;
    const slack = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        slackPosts++;
        response.writeHead(200).end('ok');
      });
    });
    const hook = createServer(() => {
      hookRequests++; // and never an answer
    });
    const recipient = `oncall-${Date.now()}@drill.example`;
    const stack = await startStack('webhook', {}, undefined, {
      emailTo: [recipient],
      env: {
        SLACK_WEBHOOK_URL: `${await listen(slack)}/slack`,
        ALERT_WEBHOOK_URL: `${await listen(hook)}/hook`,
        ALERT_WEBHOOK_SIGNING_SECRET: 'signing-secret-of-the-local-receiver-0123',
        ALERT_SEND_TIMEOUT_MS: '2000',
        ALERT_MAX_ATTEMPTS: String(ATTEMPTS),
      },
    });
    const failures: string[] = [];
    try {
      const outcome = await runNumbered(stack, ctx, {
        drill: 'webhook',
        ratePerSecond: 500,
        lines: 10_000,
        extraLines: 20,
        fault: async (writer) => {
          await sleep(2000);
          writer.inject(
            Array.from({ length: 20 }, (_, i) => `${new Date().toISOString()} ERROR payment declined ${i}`),
          );
          return [];
        },
        recover: async () => {
          const { alerting } = stack.pipeline;
          let now = Date.now() + 60_000; // past the rule's group wait
          let passes = 0;
          for (; passes < 20; passes++) {
            await Promise.all([alerting.runDispatcher(now), alerting.runDispatcher(now)]);
            const [entry] = await alerting.stores.outbox.due(Number.MAX_SAFE_INTEGER);
            if (entry === undefined) break;
            now = Math.max(now + 1, entry.nextAttemptAt);
          }
          const mails = (await sentMail(stack.endpoints.sesUrl)).filter((m) =>
            m.destinations.includes(recipient),
          );
          const history = await alerting.stores.history.recent(5);
          const given = history.find((h) => h.outcome === 'failed' && /webhook/.test(h.detail ?? ''));
          if (mails.length !== 1) failures.push(`${mails.length} emails, expected 1`);
          if (slackPosts !== 1) failures.push(`${slackPosts} Slack posts, expected 1`);
          if (hookRequests !== ATTEMPTS)
            failures.push(`${hookRequests} webhook requests, expected ${ATTEMPTS}`);
          if (!given) failures.push('no history entry for the webhook given up');
          return [
            `${passes} dispatcher passes (two at a time): ${mails.length} email, ${slackPosts} Slack post, ${hookRequests} webhook requests unanswered`,
            `history: ${given ? `${given.outcome}: ${(given.detail ?? '').slice(0, 100)}` : 'none'}`,
          ];
        },
      });
      return { ...outcome, failures };
    } finally {
      await stack.close();
      for (const server of [slack, hook]) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    }
  },
};
