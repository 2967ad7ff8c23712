import { Validations } from 'aws-cdk-lib';
// cdk-nag is CommonJS whose exports Node's ESM loader cannot detect by name; take them from its default.
import cdkNag from 'cdk-nag';
import type { IConstruct } from 'constructs';

export const { AwsSolutionsChecks, ServerlessChecks } = cdkNag;

/** A cdk-nag rule acknowledged on a construct (and everything under it), with the reason written down. */
export interface NagAcknowledgment {
  /** Rule id, e.g. `AwsSolutions-IAM4`. */
  readonly id: string;
  /** Why the finding is acceptable here. */
  readonly reason: string;
  /**
   * The specific findings of a multi-finding rule, e.g. `Policy::arn:<AWS::Partition>:iam::aws:policy/…`;
   * cdk-nag v3 matches each `id[finding]` exactly.
   * @default - the rule as a whole
   */
  readonly findings?: readonly string[];
}

/** Acknowledges cdk-nag findings on `scope` through CDK's `Validations` (the cdk-nag v3 mechanism). */
export function acknowledge(scope: IConstruct, rules: readonly NagAcknowledgment[]): void {
  const validations = Validations.of(scope);
  for (const rule of rules) {
    if (!rule.findings?.length) validations.acknowledge({ id: rule.id, reason: rule.reason });
    for (const finding of rule.findings ?? []) {
      validations.acknowledge({ id: `${rule.id}[${finding}]`, reason: rule.reason });
    }
  }
}
