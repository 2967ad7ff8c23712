/**
 * Alerting on local triggers: the heartbeats handler behind its own MSK event-source runner, the
 * heartbeat monitor on a timer (EventBridge's every-minute schedule), the dispatcher on a short
 * timer, and email to the local SES (moto's server), whose sender identity is verified at start as real
 * SES requires. Tests turn the timers off and drive monitor and dispatcher with explicit times.
 */
import { SESClient, VerifyEmailIdentityCommand } from '@aws-sdk/client-ses';
import {
  type AlertingClients,
  type AlertingStores,
  alertingStoresFromEnv,
  dispatcherDependenciesFromEnv,
  monitorDependenciesFromEnv,
  ruleEvaluatorFromEnv,
} from '#lambdas/alerting/dependencies.ts';
import { type DispatchSummary, runDispatcher } from '#lambdas/alerting/dispatch-alerts.ts';
import type { RuleEvaluator } from '#lambdas/alerting/evaluate-rules.ts';
import { type MonitorSummary, runHeartbeatMonitor } from '#lambdas/alerting/monitor-heartbeats.ts';
import { recordHeartbeatBatch } from '#lambdas/alerting/record-heartbeats.ts';
import { maxBatchAttemptsFromEnv } from '#lambdas/batch-attempts.ts';
import { jsonLogger } from '#lambdas/logger.ts';
import type { BootstrapEndpoints, LocalTopology } from './bootstrap.ts';
import { LOCAL_AWS } from './local-aws.ts';
import { startMskEventSource } from './msk-event-source.ts';

export interface LocalAlertingOptions {
  /** @default 'alerts@logward.local' */
  readonly emailFrom?: string;
  /** Default recipients. @default ['ops@logward.local'] */
  readonly emailTo?: readonly string[];
  /** Run the monitor and the dispatcher on timers. @default true */
  readonly timers?: boolean;
  /** @default 60000 (the schedule in AWS) */
  readonly monitorIntervalMs?: number;
  /** @default 1000 */
  readonly dispatcherIntervalMs?: number;
  /** Extra environment for the alerting handlers (policy knobs, rate limits, webhook URLs). */
  readonly env?: NodeJS.ProcessEnv;
  /** Clients to use instead of the emulator's (a test's throttling SES). */
  readonly clients?: AlertingClients;
}

export interface LocalAlerting {
  readonly evaluator: RuleEvaluator;
  readonly stores: AlertingStores;
  /** One monitor evaluation at `now` (default: the current time). */
  runMonitor(now?: number): Promise<MonitorSummary>;
  /** One dispatcher pass at `now`, ending by `deadline` (real time; default: the Lambda's timeout). */
  runDispatcher(now?: number, deadline?: number): Promise<DispatchSummary>;
  stop(): Promise<void>;
}

export interface LocalAlertingContext {
  readonly env: NodeJS.ProcessEnv;
  readonly endpoints: BootstrapEndpoints;
  readonly topology: LocalTopology;
  readonly groupId: string;
  readonly write?: (line: string) => void;
  readonly log?: (line: string) => void;
}

/**
 * The alerting part of the Lambdas' environment, pointed at the local engines. Rules may mail
 * addresses at `logward.local` unless `LOGWARD_ALERT_RECIPIENT_DOMAINS` and
 * `LOGWARD_ALERT_RECIPIENT_GROUPS` (as the stack's `alertRecipientDomains`/`alertRecipientGroups`)
 * say otherwise. Webhooks may go over plain http:// to a loopback address (127.0.0.0/8, [::1]),
 * a receiver on this machine; the stack never allows it.
 */
export function alertingEnvironment(
  endpoints: BootstrapEndpoints,
  options: LocalAlertingOptions,
  host: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  return {
    ALERT_EMAIL_FROM: options.emailFrom ?? 'alerts@logward.local',
    ALERT_EMAIL_TO: (options.emailTo ?? ['ops@logward.local']).join(','),
    ALERT_RECIPIENT_DOMAINS: host.LOGWARD_ALERT_RECIPIENT_DOMAINS ?? 'logward.local',
    ...(host.LOGWARD_ALERT_RECIPIENT_GROUPS
      ? { ALERT_RECIPIENT_GROUPS: host.LOGWARD_ALERT_RECIPIENT_GROUPS }
      : {}),
    SES_ENDPOINT: endpoints.sesUrl,
    SNS_ENDPOINT: endpoints.sesUrl,
    ALERT_WEBHOOK_ALLOW_LOOPBACK_HTTP: 'true',
    LOGWARD_RULE_CACHE_MS: '1000',
    ...options.env,
  };
}

export async function startLocalAlerting(
  context: LocalAlertingContext,
  options: LocalAlertingOptions = {},
): Promise<LocalAlerting> {
  const env = { ...context.env, ...alertingEnvironment(context.endpoints, options) };
  await verifySender(context.endpoints.sesUrl, env.ALERT_EMAIL_FROM ?? '');
  const stores = alertingStoresFromEnv(env);
  const logger = (handler: string) => jsonLogger({ handler }, context.write);
  const dispatcherDeps = dispatcherDependenciesFromEnv(env, {
    stores,
    logger: logger('alert-dispatcher'),
    ...(options.clients ? { clients: options.clients } : {}),
  });
  const monitorDeps = monitorDependenciesFromEnv(env, { stores, logger: logger('heartbeat-monitor') });
  const heartbeats = await startMskEventSource(
    (event) =>
      recordHeartbeatBatch(event, {
        nodes: stores.nodes,
        logger: logger('heartbeats'),
        attempts: stores.attempts,
        maxBatchAttempts: maxBatchAttemptsFromEnv(env),
      }),
    {
      bootstrapBrokers: context.endpoints.kafkaBootstrap.split(','),
      topics: [context.topology.topics.heartbeats],
      groupId: `${context.groupId}-heartbeats`,
      batchSize: 100,
      batchingWindowMs: 200,
      ...(context.log ? { log: context.log } : {}),
    },
  );
  const alerting: LocalAlerting = {
    evaluator: ruleEvaluatorFromEnv(env, stores),
    stores,
    runMonitor: (now = Date.now()) => runHeartbeatMonitor(monitorDeps, now),
    runDispatcher: (now = Date.now(), deadline?: number) => runDispatcher(dispatcherDeps, now, deadline),
    async stop() {
      for (const timer of timers) timer.stop();
      await Promise.all(timers.map((t) => t.idle()));
      await heartbeats.stop();
    },
  };
  const timers =
    options.timers === false
      ? []
      : [
          every(options.monitorIntervalMs ?? 60_000, () => alerting.runMonitor(), context.log),
          every(options.dispatcherIntervalMs ?? 1_000, () => alerting.runDispatcher(), context.log),
        ];
  return alerting;
}

async function verifySender(sesUrl: string, address: string): Promise<void> {
  const ses = new SESClient({ ...LOCAL_AWS, endpoint: sesUrl });
  try {
    await ses.send(new VerifyEmailIdentityCommand({ EmailAddress: address }));
  } finally {
    ses.destroy();
  }
}

/** Runs `job` every `ms`, never overlapping itself (like a schedule with one concurrent execution). */
function every(ms: number, job: () => Promise<unknown>, log?: (line: string) => void) {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    running = job()
      .then(
        () => undefined,
        (error: unknown) =>
          log?.(`scheduled job failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, ms);
      });
  };
  timer = setTimeout(tick, ms);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
    idle: () => running,
  };
}
