import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';
import { LogwardFunction, type LogwardFunctionProps } from './function.ts';

/** How often each scheduled Logward function runs: one home for the deployed stack and the LocalStack profile. */
export const SCHEDULES = {
  heartbeatMonitor: { entry: 'heartbeat-monitor.ts', rate: Duration.minutes(1) },
  alertDispatcher: { entry: 'alert-dispatcher.ts', rate: Duration.minutes(1) },
  indexRetention: { entry: 'retention.ts', rate: Duration.days(1) },
} as const;

/** Properties of a Lambda run on a fixed schedule. */
export interface ScheduledFunctionProps extends LogwardFunctionProps {
  /**
   * How often it runs (EventBridge rates start at 1 minute).
   * @default Duration.minutes(1)
   */
  readonly rate?: Duration;
}

/**
 * A Logward Lambda invoked by an EventBridge rule at a fixed rate. A missed run is not retried: the next
 * one comes within `rate`, and each run judges the state as of its own invocation time.
 */
export class ScheduledFunction extends Construct {
  /** The function. */
  public readonly function: NodejsFunction;
  /** The schedule. */
  public readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: ScheduledFunctionProps) {
    super(scope, id);
    const rate = props.rate ?? Duration.minutes(1);
    const timeout = props.timeout ?? Duration.seconds(Math.min(50, rate.toSeconds() - 10));
    if (rate.toSeconds() < 60 || timeout.toSeconds() >= rate.toSeconds()) {
      throw new Error(
        `${this.node.path}: rate got ${rate.toHumanString()} and timeout ${timeout.toHumanString()}; ` +
          'EventBridge rates start at 1 minute and the timeout must be shorter than the rate.',
      );
    }
    this.function = new LogwardFunction(this, 'Function', { label: id, ...props, timeout }).function;
    this.rule = new events.Rule(this, 'Schedule', {
      description: `Logward: runs ${props.entry} every ${rate.toHumanString()}`,
      schedule: events.Schedule.rate(rate),
      targets: [
        new targets.LambdaFunction(this.function, {
          retryAttempts: 0,
          maxEventAge: Duration.seconds(Math.min(rate.toSeconds(), 86400)),
        }),
      ],
    });
    acknowledge(this.rule, [
      {
        id: 'Serverless-EventBusDLQ',
        reason:
          'A schedule event carries nothing but the time: a missed run is redone by the next one (retries 0, ' +
          'maximum event age one period), so a dead-letter queue would only collect empty events.',
      },
    ]);
  }
}
