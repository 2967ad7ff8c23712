/** EventBridge schedule (every minute) → the heartbeat monitor. Entry point of the heartbeat-monitor Lambda. */
import type { ScheduledEvent } from 'aws-lambda';
import { monitorDependenciesFromEnv } from '../alerting/dependencies.ts';
import {
  type MonitorDependencies,
  type MonitorSummary,
  runHeartbeatMonitor,
} from '../alerting/monitor-heartbeats.ts';

let dependencies: MonitorDependencies | undefined;

export async function handler(_event: ScheduledEvent): Promise<MonitorSummary> {
  dependencies ??= monitorDependenciesFromEnv(process.env);
  // Judged at invocation time (receive-time semantics), not the event's scheduled `time`.
  return runHeartbeatMonitor(dependencies, Date.now());
}
