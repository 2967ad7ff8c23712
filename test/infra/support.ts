import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, type CfnResource } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { configFromContext } from '../../infra/config.ts';
import { LogwardStack } from '../../infra/logward-stack.ts';
import { AwsSolutionsChecks, ServerlessChecks } from '../../infra/nag.ts';

/** Stub handler entries: bundling is skipped, so only their existence matters. */
export const STUB_HANDLERS = join(import.meta.dirname, 'fixtures', 'handlers');

/** A built console stand-in: the real build runs only in bundle.test.ts. */
export const CONSOLE_FIXTURE = join(import.meta.dirname, 'fixtures', 'console');

/** The properties of an S3 bucket that is encrypted with S3-managed keys and blocks every public access. */
export const PRIVATE_SSE_S3_BUCKET = {
  BucketEncryption: {
    ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
  },
  PublicAccessBlockConfiguration: {
    BlockPublicAcls: true,
    BlockPublicPolicy: true,
    IgnorePublicAcls: true,
    RestrictPublicBuckets: true,
  },
} as const;

/** The feature flags of cdk.json, so tests synthesize what `npx cdk synth` does. */
const CDK_JSON_CONTEXT = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  }
).context;

/** A synthesized Logward stack for assertions. */
export interface Synthesized {
  readonly app: App;
  readonly stack: LogwardStack;
  readonly template: Template;
}

/**
 * Builds the Logward app the way `infra/app.ts` does, from `logward:*` context, with bundling skipped
 * (`aws:cdk:bundling-stacks: []` makes NodejsFunction stage nothing) and stub handler entries.
 */
export function build(
  context: Record<string, unknown> = {},
  env: NodeJS.ProcessEnv = {},
): Omit<Synthesized, 'template'> {
  // The built-in CloudFormation schema validation costs ~15 s per synth; `npx cdk synth` still runs it.
  const app = new App({
    builtinCloudFormationValidation: false,
    context: { ...CDK_JSON_CONTEXT, 'aws:cdk:bundling-stacks': [], ...context },
  });
  const config = configFromContext(app.node, env);
  const stack = new LogwardStack(app, 'Logward', {
    config,
    handlersDir: STUB_HANDLERS,
    consoleDir: CONSOLE_FIXTURE,
    env: config.account || config.region ? { account: config.account, region: config.region } : undefined,
  });
  return { app, stack };
}

/** `build`, then synthesize the stack's template. */
export function synth(context: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = {}): Synthesized {
  const built = build(context, env);
  return { ...built, template: Template.fromStack(built.stack) };
}

/**
 * Unacknowledged cdk-nag findings (errors and warnings) of the AwsSolutions and Serverless packs on the
 * whole app, as `rule @ path`.
 */
export function nagFindings(app: App): string[] {
  const reports = [
    new AwsSolutionsChecks(app).validateScope(app),
    new ServerlessChecks(app).validateScope(app),
  ];
  return reports
    .flatMap((report) => report.violations)
    .flatMap((violation) =>
      violation.violatingResources.map(
        (resource) => `${violation.ruleName} @ ${resource.constructPath ?? resource.resourceLogicalId}`,
      ),
    );
}

/** Logical id of a construct's CloudFormation resource. */
export function logicalId(resource: CfnResource): string {
  return resource.stack.resolve(resource.logicalId) as string;
}

/** The resources of one type, by logical id. */
export function resourcesOf(
  template: Template,
  type: string,
): Record<string, { Properties?: Record<string, unknown> }> {
  return template.findResources(type) as Record<string, { Properties?: Record<string, unknown> }>;
}
