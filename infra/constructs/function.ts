import { dirname, isAbsolute, join } from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';

/** The repository root: entry files, package-lock.json and tsconfig.json are resolved from here. */
export const PROJECT_ROOT = join(dirname(new URL(import.meta.url).pathname), '..', '..');

/** Logward's DynamoDB tables, by key (see core/tables.ts). */
export type TableKey = 'nodes' | 'counters' | 'alerts' | 'patterns';

/** The data a function may touch; the stack turns it into grants. */
export interface FunctionAccess {
  /**
   * Tables it reads and writes.
   * @default - none
   */
  readonly tables?: readonly TableKey[];
  /**
   * Uses the OpenSearch domain: reads and writes, or with `readOnly` only searches; `'retention'` only
   * what index retention does (list indices; delete, re-set and migrate the log indices).
   * @default false
   */
  readonly search?: boolean | 'retention';
  /**
   * Only reads: item reads on `tables`, and on the domain GET/HEAD and `POST <logs index>/_search`
   * (a search is a POST, which an action-level read grant would have to widen to every POST).
   * @default false
   */
  readonly readOnly?: boolean;
}

/** How the stack learns about a function it should grant to and monitor. */
export interface FunctionCreated {
  /** The function. */
  readonly fn: NodejsFunction;
  /** Unique short name, used for alarm names. */
  readonly label: string;
  /** What triggers it. */
  readonly kind: FunctionKind;
  /** What it may touch. */
  readonly access: FunctionAccess;
}

/** What triggers a function: a Kafka event source mapping, or anything else (API, schedule, direct). */
export type FunctionKind = 'kafka-consumer' | 'other';

/** Settings every Logward Lambda shares; a stage passes these through to `LogwardFunction`. */
export interface FunctionDefaults {
  /** VPC the functions run in (OpenSearch is only reachable from inside it). */
  readonly vpc: ec2.IVpc;
  /** Subnets for the functions' network interfaces. */
  readonly vpcSubnets: ec2.SubnetSelection;
  /** Security group of every Logward function. */
  readonly securityGroup: ec2.ISecurityGroup;
  /** Retention of each function's log group. */
  readonly logRetention: logs.RetentionDays;
  /** Environment variables every function gets (table names, endpoints). */
  readonly environment: Readonly<Record<string, string>>;
  /**
   * Called with every function created, so the stack can grant and monitor it in one place.
   * @default - nothing
   */
  readonly onFunction?: (created: FunctionCreated) => void;
  /**
   * Directory holding the handler entry files.
   * @default `<repo>/lambdas/handlers`
   */
  readonly handlersDir?: string;
}

/** Properties of one Logward Lambda function. */
export interface LogwardFunctionProps extends FunctionDefaults {
  /** Entry file, absolute or relative to `handlersDir`, e.g. `ingest.ts`. */
  readonly entry: string;
  /**
   * Exported handler name.
   * @default 'handler'
   */
  readonly handler?: string;
  /**
   * Memory in MiB (128–10240).
   * @default 512
   */
  readonly memorySize?: number;
  /**
   * Timeout (at most 15 minutes).
   * @default Duration.seconds(30)
   */
  readonly timeout?: Duration;
  /**
   * Reserved concurrency; caps how many copies run at once.
   * @default - no reservation
   */
  readonly reservedConcurrentExecutions?: number;
  /**
   * Extra environment variables, merged over `environment`.
   * @default - none
   */
  readonly extraEnvironment?: Readonly<Record<string, string>>;
  /**
   * What triggers it; passed to `onFunction`.
   * @default 'other'
   */
  readonly kind?: FunctionKind;
  /**
   * Tables and search it may use; passed to `onFunction`.
   * @default - nothing
   */
  readonly access?: FunctionAccess;
  /**
   * Short unique name for alarms; passed to `onFunction`.
   * @default - the construct id
   */
  readonly label?: string;
  /**
   * Short description shown in the console.
   * @default `Logward: <entry>`
   */
  readonly description?: string;
}

/**
 * A Node 24 ARM64 Lambda bundled locally by esbuild as ESM with source maps, in the VPC,
 * with its own log group. Bundling is skipped (and the entry never read) when the stack is
 * excluded by the `aws:cdk:bundling-stacks` context, which the unit tests use.
 */
export class LogwardFunction extends Construct {
  /** The function. */
  public readonly function: NodejsFunction;
  /** Its log group. */
  public readonly logGroup: logs.LogGroup;
  /** Absolute path of the entry file. */
  public readonly entry: string;

  constructor(scope: Construct, id: string, props: LogwardFunctionProps) {
    super(scope, id);
    const memorySize = props.memorySize ?? 512;
    if (!Number.isInteger(memorySize) || memorySize < 128 || memorySize > 10240) {
      throw new Error(
        `${this.node.path}: memorySize got ${memorySize}; use a whole number of MiB from 128 to 10240.`,
      );
    }
    const timeout = props.timeout ?? Duration.seconds(30);
    if (timeout.toSeconds() < 1 || timeout.toSeconds() > 900) {
      throw new Error(
        `${this.node.path}: timeout got ${timeout.toHumanString()}; use 1 second to 15 minutes.`,
      );
    }
    this.entry = isAbsolute(props.entry)
      ? props.entry
      : join(props.handlersDir ?? join(PROJECT_ROOT, 'lambdas', 'handlers'), props.entry);
    const entry = this.entry;

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.function = new NodejsFunction(this, 'Function', {
      entry,
      handler: props.handler ?? 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize,
      timeout,
      description: props.description ?? `Logward: ${props.entry}`,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      logGroup: this.logGroup,
      vpc: props.vpc,
      vpcSubnets: props.vpcSubnets,
      securityGroups: [props.securityGroup],
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
        ...props.extraEnvironment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node24',
        platform: 'node',
        mainFields: ['module', 'main'],
        // ESM bundles of CommonJS dependencies still call require(); give them one.
        banner:
          "import { createRequire as __logwardRequire } from 'node:module'; const require = __logwardRequire(import.meta.url);",
        sourceMap: true,
        sourceMapMode: SourceMapMode.DEFAULT,
        minify: true,
        // Bundle the pinned AWS SDK v3 from package-lock.json rather than the runtime's copy.
        externalModules: [],
        tsconfig: join(PROJECT_ROOT, 'tsconfig.json'),
        // @platformatic/kafka's wasm helper reads ../dist/native.wasm next to itself, which a bundle does not
        // have; its `bundled` entry inlines the same module.
        esbuildArgs: { '--alias:@platformatic/wasm-utils': '@platformatic/wasm-utils/bundled' },
        forceDockerBundling: false,
      },
    });

    acknowledge(this.function, [
      {
        id: 'AwsSolutions-IAM4',
        reason:
          'AWSLambdaBasicExecutionRole and AWSLambdaVPCAccessExecutionRole are the AWS-maintained minimum for ' +
          'writing logs and managing VPC network interfaces; everything else is granted per resource.',
        findings: [
          'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
          'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole',
        ],
      },
      {
        id: 'Serverless-LambdaDLQ',
        reason:
          'No Logward function is invoked asynchronously with an event worth keeping: API Gateway invokes ' +
          'synchronously, event source mappings send failed batches to the dead-letter bucket (their own ' +
          'on-failure destination), and schedules run without retries because the next tick redoes the work ' +
          'from the state in DynamoDB; a queue would only collect empty schedule events.',
      },
      {
        id: 'Serverless-LambdaTracing',
        reason:
          'X-Ray is off to keep the per-batch cost down at high line rates; every function emits structured JSON ' +
          'logs and EMF metrics (lines in/indexed/failed, batch age, alert latency) with alarms on errors and ' +
          'throttles, and API Gateway tracing can be turned on with logward:apiTracing.',
      },
    ]);
    props.onFunction?.({
      fn: this.function,
      label: props.label ?? id,
      kind: props.kind ?? 'other',
      access: props.access ?? {},
    });
  }
}
