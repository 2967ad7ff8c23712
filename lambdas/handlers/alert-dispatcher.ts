/**
 * The alert dispatcher Lambda. Triggers: an EventBridge schedule every minute (group windows
 * closing, reminders, resolutions, outbox retries) and, optionally, a DynamoDB stream on the
 * alerts table filtered to new alert items, so the first notification does not wait for the next
 * minute: on a stream batch it waits until the earliest new alert's group window closes (at most
 * `DISPATCHER_MAX_WAIT_SECONDS`), then runs a pass. Extra passes are harmless (conditional writes).
 */
import type { Context, DynamoDBStreamEvent, ScheduledEvent } from 'aws-lambda';
import { dispatcherDependenciesFromEnv } from '../alerting/dependencies.ts';
import {
  type DispatcherDependencies,
  type DispatchSummary,
  runDispatcher,
} from '../alerting/dispatch-alerts.ts';

let dependencies: DispatcherDependencies | undefined;

export async function handler(
  event: ScheduledEvent | DynamoDBStreamEvent,
  context?: Pick<Context, 'getRemainingTimeInMillis'>,
): Promise<DispatchSummary> {
  dependencies ??= dispatcherDependenciesFromEnv(process.env);
  if ('Records' in event) {
    const wait = streamWaitMs(
      event,
      Date.now(),
      Number(process.env.DISPATCHER_MAX_WAIT_SECONDS ?? 60) * 1000,
    );
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  // The pass stops claiming before the invocation's deadline, so a claim never outlives its lease.
  const remaining = context?.getRemainingTimeInMillis();
  return runDispatcher(
    dependencies,
    Date.now(),
    remaining === undefined ? undefined : Date.now() + remaining,
  );
}

/** Milliseconds until the earliest new alert in the stream batch is due. */
export function streamWaitMs(event: DynamoDBStreamEvent, now: number, maxMs: number): number {
  let due = Number.POSITIVE_INFINITY;
  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage;
    const since = Number(image?.pendingSince?.N);
    const wait = Number(image?.policy?.M?.groupWaitSeconds?.N ?? 0);
    if (Number.isFinite(since)) due = Math.min(due, since + wait * 1000);
  }
  return Number.isFinite(due) ? Math.min(maxMs, Math.max(0, due - now)) : 0;
}
