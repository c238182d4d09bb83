// One log line and one set of metric updates per GraphQL operation (issue 17): operation name,
// type, caller kind, tenant, cost (the query limits' `operationCost`), duration, outcome (ok or the
// first error's code) and request id. Called once per HTTP request (the Apollo plugin's
// willSendResponse, or the transport for requests refused before Apollo's pipeline) and once per
// graphql-ws operation (when it starts: a subscription's duration is the time to its start).
// No per-field hooks: everything here is per operation.
import type { DocumentNode, OperationTypeNode } from 'graphql';
import type { Logger } from '../logger.js';
import type { Viewer } from '../auth/viewer.js';
import type { Metrics } from '../metrics/metrics.js';
import { OperationNames, platformMetrics, type PlatformMetrics } from '../metrics/platform-metrics.js';
import type { QueryLimits } from '../graphql/limits/index.js';
import { knownOperationNames } from '../persisted/index.js';

export interface OperationFacts {
  requestId: string | undefined;
  viewer: Viewer | undefined;
  operationName: string | null | undefined;
  type: OperationTypeNode | 'unknown';
  document: DocumentNode | undefined;
  variables: Record<string, unknown> | null | undefined;
  /** process.hrtime.bigint() when the request arrived. */
  startedAt: bigint;
  /** `ok`, or the code of the first error. */
  outcome: string;
  transport: 'http' | 'ws';
  /** SQL statements, when the caller asked for the count. */
  sql?: number;
  /** The cost when the caller already computed it (the budget's `requested`): not computed twice. */
  cost?: number;
}

export class OperationObserver {
  private readonly m: PlatformMetrics;
  private readonly names: OperationNames;
  private readonly logInfo: boolean;

  constructor(
    private readonly log: Logger,
    metrics: Metrics,
    private readonly limits: QueryLimits,
  ) {
    this.m = platformMetrics(metrics);
    this.names = new OperationNames(knownOperationNames);
    this.logInfo = log.isLevelEnabled('info');
  }

  done(f: OperationFacts): void {
    const seconds = Number(process.hrtime.bigint() - f.startedAt) / 1e9;
    const caller = f.viewer?.kind ?? 'anonymous';
    const operation = this.names.label(f.operationName);
    this.m.operations.inc({ operation, type: f.type, caller, outcome: f.outcome });
    this.m.duration.observe({ operation, type: f.type, caller }, seconds);
    if (f.outcome === 'RATE_LIMITED') this.m.rateLimited.inc({ caller });
    if (!this.logInfo) return;
    let cost = f.cost ?? 0;
    if (f.cost === undefined && f.document) {
      try {
        cost = this.limits.operationCost(f.document, f.variables, f.operationName);
      } catch {
        cost = 0;
      }
    }
    const tenantId = f.viewer && f.viewer.kind !== 'anonymous' ? f.viewer.tenantId : null;
    this.log.info(
      {
        requestId: f.requestId,
        operation: f.operationName ? f.operationName.slice(0, 100) : null,
        type: f.type,
        caller,
        tenantId,
        cost,
        ms: Math.round(seconds * 1e5) / 100,
        outcome: f.outcome,
        transport: f.transport,
        ...(f.sql !== undefined && { sql: f.sql }),
      },
      'graphql operation',
    );
  }
}
