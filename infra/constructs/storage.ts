import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/** Attribute holding the expiry time (epoch seconds) of items DynamoDB may delete. */
export const TTL_ATTRIBUTE = 'expiresAt';

/** Properties of the storage stage. */
export interface StorageProps {
  /**
   * What happens to the tables when they leave the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * DynamoDB tables, all on-demand with point-in-time recovery, AWS-managed encryption and TTL on `expiresAt`:
 * `nodes` (pk `nodeId`), `counters` (pk `pk`, sk `sk`), `alerts` (pk `pk`, sk `sk`; alert state and outbox).
 */
export class Storage extends Construct {
  /** One item per agent node: liveness state. */
  public readonly nodes: dynamodb.Table;
  /** Per-bucket counters (summaries). */
  public readonly counters: dynamodb.Table;
  /** Alert state, rules and outbox. */
  public readonly alerts: dynamodb.Table;

  constructor(scope: Construct, id: string, props: StorageProps = {}) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    this.nodes = this.table(
      'Nodes',
      { name: 'nodeId', type: dynamodb.AttributeType.STRING },
      undefined,
      removalPolicy,
    );
    this.counters = this.table(
      'Counters',
      { name: 'pk', type: dynamodb.AttributeType.STRING },
      { name: 'sk', type: dynamodb.AttributeType.STRING },
      removalPolicy,
    );
    this.alerts = this.table(
      'Alerts',
      { name: 'pk', type: dynamodb.AttributeType.STRING },
      { name: 'sk', type: dynamodb.AttributeType.STRING },
      removalPolicy,
    );
  }

  /** Environment variables naming the tables, for the Lambdas. */
  public get environment(): Record<string, string> {
    return {
      LOGWARD_NODES_TABLE: this.nodes.tableName,
      LOGWARD_COUNTERS_TABLE: this.counters.tableName,
      LOGWARD_ALERTS_TABLE: this.alerts.tableName,
    };
  }

  /** Grants read and write on all three tables (and nothing else). */
  public grantReadWriteAll(grantee: iam.IGrantable): void {
    for (const table of [this.nodes, this.counters, this.alerts]) table.grantReadWriteData(grantee);
  }

  private table(
    id: string,
    partitionKey: dynamodb.Attribute,
    sortKey: dynamodb.Attribute | undefined,
    removalPolicy: RemovalPolicy,
  ): dynamodb.Table {
    return new dynamodb.Table(this, id, {
      partitionKey,
      sortKey,
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: TTL_ATTRIBUTE,
      deletionProtection: removalPolicy === RemovalPolicy.RETAIN,
      removalPolicy,
    });
  }
}
