import { Annotations, CfnOutput, Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { type FunctionDefaults, LogwardFunction } from './function.ts';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const DOMAIN = /^(?!-)[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+$/;

/** Properties of the alerting stage. */
export interface AlertingProps {
  /**
   * SES identity alerts are sent from: a domain (`example.com`, DKIM records are output) or an email address
   * (SES sends it a verification link).
   * @default - no identity; alert emails cannot be sent (synth warning)
   */
  readonly senderIdentity?: string;
  /**
   * Default recipients of alert emails (in the SES sandbox they must be verified too).
   * @default - none
   */
  readonly recipients?: readonly string[];
  /** Settings shared by every Logward Lambda. */
  readonly functions: FunctionDefaults;
}

/** A Lambda run on a fixed schedule. */
export interface ScheduleOptions {
  /** Handler entry file, e.g. `heartbeat-monitor.ts`. */
  readonly entry: string;
  /**
   * How often it runs.
   * @default Duration.minutes(1)
   */
  readonly rate?: Duration;
  /**
   * Timeout; keep it below `rate` so runs do not overlap.
   * @default Duration.seconds(50)
   */
  readonly timeout?: Duration;
  /**
   * Sends alert emails through SES.
   * @default true
   */
  readonly sendsEmail?: boolean;
}

/**
 * The alerting stage: the SES sender identity, the `From` address handlers use, and scheduled Lambdas
 * (the heartbeat monitor runs every minute). Alert dispatch functions are added with `addFunction`.
 */
export class Alerting extends Construct {
  /** The SES identity, when a sender was configured. */
  public readonly identity?: ses.EmailIdentity;
  /** Environment variables for functions that send alerts. */
  public readonly environment: Record<string, string>;

  private readonly props: AlertingProps;

  constructor(scope: Construct, id: string, props: AlertingProps) {
    super(scope, id);
    this.props = props;
    const sender = props.senderIdentity;
    for (const recipient of props.recipients ?? []) {
      if (!EMAIL.test(recipient)) {
        throw new Error(
          `${this.node.path}: recipient got ${recipient}; use email addresses like oncall@example.com.`,
        );
      }
    }
    let from = '';
    if (sender === undefined || sender === '') {
      Annotations.of(this).addWarningV2(
        'logward:alerting:noSender',
        'No SES sender identity: alert emails cannot be sent. Pass -c logward:senderIdentity=example.com (or an email).',
      );
    } else if (EMAIL.test(sender)) {
      this.identity = new ses.EmailIdentity(this, 'Identity', { identity: ses.Identity.email(sender) });
      from = sender;
    } else if (DOMAIN.test(sender)) {
      const identity = new ses.EmailIdentity(this, 'Identity', { identity: ses.Identity.domain(sender) });
      this.identity = identity;
      from = `logward-alerts@${sender}`;
      [
        [identity.dkimDnsTokenName1, identity.dkimDnsTokenValue1],
        [identity.dkimDnsTokenName2, identity.dkimDnsTokenValue2],
        [identity.dkimDnsTokenName3, identity.dkimDnsTokenValue3],
      ].forEach(([name, value], index) => {
        new CfnOutput(this, `DkimRecord${index + 1}`, {
          description: `CNAME to add to ${sender}'s DNS for SES DKIM`,
          value: `${name} CNAME ${value}`,
        });
      });
    } else {
      throw new Error(
        `${this.node.path}: senderIdentity got ${JSON.stringify(sender)}; use a domain (example.com) or an email (alerts@example.com).`,
      );
    }
    this.environment = {
      LOGWARD_ALERT_FROM: from,
      LOGWARD_ALERT_RECIPIENTS: (props.recipients ?? []).join(','),
    };
  }

  /** Lets `grantee` send email from the sender identity (no-op without one). */
  public grantSend(grantee: iam.IGrantable): void {
    this.identity?.grantSendEmail(grantee);
  }

  /** Adds a Lambda run on a schedule, e.g. the heartbeat monitor every minute. */
  public addSchedule(id: string, options: ScheduleOptions): NodejsFunction {
    const rate = options.rate ?? Duration.minutes(1);
    const timeout = options.timeout ?? Duration.seconds(50);
    if (rate.toSeconds() < 60 || timeout.toSeconds() >= rate.toSeconds()) {
      throw new Error(
        `${this.node.path}/${id}: rate got ${rate.toHumanString()} and timeout ${timeout.toHumanString()}; ` +
          'EventBridge rates start at 1 minute and the timeout must be shorter than the rate.',
      );
    }
    const fn = this.addFunction(id, options.entry, timeout, options.sendsEmail ?? true);
    new events.Rule(this, `${id}Schedule`, {
      description: `Logward: runs ${options.entry} every ${rate.toHumanString()}`,
      schedule: events.Schedule.rate(rate),
      targets: [new targets.LambdaFunction(fn, { retryAttempts: 0, maxEventAge: Duration.minutes(1) })],
    });
    return fn;
  }

  /** Adds an alerting Lambda (e.g. the alert dispatcher) with the alert environment and SES permission. */
  public addFunction(
    id: string,
    entry: string,
    timeout = Duration.seconds(30),
    sendsEmail = true,
  ): NodejsFunction {
    const fn = new LogwardFunction(this, id, {
      ...this.props.functions,
      entry,
      timeout,
      description: `Logward: ${entry}`,
      extraEnvironment: this.environment,
    }).function;
    if (sendsEmail) this.grantSend(fn);
    return fn;
  }
}
