import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import { knowledgeCoverage } from './calibration.reads.js';
import { scheduleCalibration } from './calibration.service.js';
import { RecalibrateKnowledgeInput } from './calibration.inputs.js';
import { KnowledgeCoverageType, RecalibrateKnowledgePayload } from './calibration.type.js';

/** The tenant a coverage call is about: the caller's own, or the one a platform admin names. */
function coverageTenant(ctx: Context, tenantId: string | undefined | null): string {
  const scope = ctx.scope(tenantId);
  if (!scope) throw forbidden();
  if (scope.kind !== 'tenant') throw badInput('Platform admins name the tenant: tenantId', 'tenantId');
  return scope.tenantId;
}

async function coverageOf(ctx: Context, tenantId: string): Promise<KnowledgeCoverageType> {
  const c = await knowledgeCoverage(ctx.services.readPool, tenantId);
  if (!c) throw notFound('Tenant');
  return c;
}

@Resolver()
export class CalibrationResolver {
  @Query(() => KnowledgeCoverageType, {
    description:
      'How well the tenant\'s published knowledge covers what customers ask: the hand-off operating point calibrated on it (AUTO mode), the curve it was chosen from, every probe with its retrieval evidence, the labelled examples, what changed since the previous calibration, and how often Claude and the evidence agreed. Tenant admins: their tenant; platform admins: `tenantId` is required.',
  })
  knowledgeCoverage(
    @Arg('tenantId', () => ID, { nullable: true, description: 'Platform admins: the tenant to look at. Tenant members: omit (another tenant\'s id is NOT_FOUND).' }) tenantId: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<KnowledgeCoverageType> {
    return coverageOf(ctx, coverageTenant(ctx, tenantId));
  }

  @Mutation(() => RecalibrateKnowledgePayload, {
    description: 'Calibrate the tenant\'s hand-off threshold on its published knowledge now (it also happens by itself when the knowledge changes). Runs in the background: the coverage reads CALIBRATING until it is READY.',
  })
  async recalibrateKnowledge(
    @Arg('input', () => RecalibrateKnowledgeInput, { nullable: true, description: 'Which tenant (platform admins); omit for your own.' }) input: RecalibrateKnowledgeInput | undefined,
    @Ctx() ctx: Context,
  ): Promise<RecalibrateKnowledgePayload> {
    const tenantId = coverageTenant(ctx, input?.tenantId);
    await coverageOf(ctx, tenantId); // NOT_FOUND for an unknown tenant, before anything is scheduled
    await scheduleCalibration(ctx.services, tenantId, 0);
    return { coverage: await coverageOf(ctx, tenantId) };
  }
}
