import { type CfnElement, Stack, Token, Validations } from 'aws-cdk-lib';
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

/** The logical id of a construct's CloudFormation resource, as a finding names it (`<id>` or `<id.Arn>`). */
export function logicalId(construct: IConstruct): string {
  const stack = Stack.of(construct);
  return stack.resolve(stack.getLogicalId(construct.node.defaultChild as CfnElement)) as string;
}

/** A stack value as cdk-nag writes it in a finding: the value when pinned, `<AWS::…>` when a pseudo parameter. */
export function nagText(value: string, pseudo: string): string {
  return Token.isUnresolved(value) ? `<${pseudo}>` : value;
}
