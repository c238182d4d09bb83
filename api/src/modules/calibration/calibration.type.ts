// GraphQL shape of a tenant's knowledge coverage: the calibrated operating point of the
// assistant's hand-off, the curve it was chosen from, the probes behind it, and what changed.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { HandoffMode } from '../tenants/tenant.entity.js';

export enum KnowledgeCoverageStatus {
  NOT_CALIBRATED = 'NOT_CALIBRATED',
  CALIBRATING = 'CALIBRATING',
  READY = 'READY',
  NOT_ENOUGH_KNOWLEDGE = 'NOT_ENOUGH_KNOWLEDGE',
}
registerEnumType(KnowledgeCoverageStatus, {
  name: 'KnowledgeCoverageStatus',
  description: 'Where the calibration of a tenant\'s knowledge stands.',
  valuesConfig: {
    NOT_CALIBRATED: { description: 'No calibration has run yet (none is queued); the manual threshold serves.' },
    CALIBRATING: { description: 'A calibration is queued or running (the knowledge changed, or `recalibrateKnowledge` was called); the previous operating point, if any, stays in force meanwhile.' },
    READY: { description: 'The latest calibration is done and its threshold is in force (in AUTO mode).' },
    NOT_ENOUGH_KNOWLEDGE: { description: 'Too little published knowledge to calibrate on (fewer than 3 answerable probes); the manual threshold serves.' },
  },
});

export enum KnowledgeProbeKind {
  ANSWERABLE = 'ANSWERABLE',
  UNANSWERABLE = 'UNANSWERABLE',
}
registerEnumType(KnowledgeProbeKind, {
  name: 'KnowledgeProbeKind',
  description: 'Whether a calibration probe is a question the knowledge base answers.',
  valuesConfig: {
    ANSWERABLE: { description: 'The tenant\'s knowledge answers it: it should not be handed off.' },
    UNANSWERABLE: { description: 'The tenant\'s knowledge does not answer it: it should be handed off.' },
  },
});

export enum KnowledgeProbeSource {
  FAQ_QUESTION = 'FAQ_QUESTION',
  FAQ_REWORDING = 'FAQ_REWORDING',
  TITLE = 'TITLE',
  HEADING = 'HEADING',
  SENTENCE = 'SENTENCE',
  EVERYDAY_REQUEST = 'EVERYDAY_REQUEST',
  OTHER_DOMAIN = 'OTHER_DOMAIN',
  LABELLED_EXAMPLE = 'LABELLED_EXAMPLE',
}
registerEnumType(KnowledgeProbeSource, {
  name: 'KnowledgeProbeSource',
  description: 'Where a calibration probe comes from.',
  valuesConfig: {
    FAQ_QUESTION: { description: 'An FAQ question of the tenant, as written.' },
    FAQ_REWORDING: { description: 'A deterministic rewording of an FAQ question.' },
    TITLE: { description: 'An article title turned into a question.' },
    HEADING: { description: 'An article heading turned into a question.' },
    SENTENCE: { description: 'A key sentence of an article turned into a question by a template.' },
    EVERYDAY_REQUEST: { description: 'An everyday request that is not a support question (a shipped sample of HWU64, CC BY 4.0, Liu et al. 2019).' },
    OTHER_DOMAIN: { description: 'A customer-support question of another business (a shipped sample of the Bitext customer-support set, CDLA-Sharing-1.0), kept only when no word of it names anything in this knowledge base.' },
    LABELLED_EXAMPLE: { description: 'A question the tenant\'s team labelled (`knowledge_examples`).' },
  },
});

@ObjectType('KnowledgeCoveragePoint', { simpleResolvers: true, description: 'One point of the calibration curve: a threshold on the hand-off score and what it would do to the probes.' })
export class KnowledgeCoveragePointType {
  @Field(() => Float, { description: 'Threshold on the hand-off score (0–1): a question scoring below it is handed off.' })
  threshold!: number;
  @Field(() => Float, { description: 'Share (0–1) of answerable probes this threshold hands off (lower is better).' })
  answerableHandedOff!: number;
  @Field(() => Float, { description: 'Share (0–1) of unanswerable probes this threshold answers anyway (lower is better); 1 − this is the out-of-scope recall.' })
  unanswerableAnswered!: number;
}

@ObjectType('KnowledgeProbe', { simpleResolvers: true, description: 'One question the calibration asked the tenant\'s knowledge, with the evidence retrieval found for it.' })
export class KnowledgeProbeType {
  @Field(() => String, { description: 'The question as asked.' })
  question!: string;
  @Field(() => KnowledgeProbeKind, { description: 'Whether the knowledge base answers it.' })
  kind!: KnowledgeProbeKind;
  @Field(() => KnowledgeProbeSource, { description: 'Where the question comes from.' })
  source!: KnowledgeProbeSource;
  @Field(() => Float, { description: 'Hand-off score (0–1), as the assistant scores a customer\'s question: the calibration\'s model over the retrieval evidence and the nearest other probes (this one left out); the retrieval evidence alone for a calibration made before the model.' })
  score!: number;
  @Field(() => Boolean, { description: 'Whether the chosen operating point hands this question off (score below the threshold).' })
  handedOff!: boolean;
  @Field(() => ID, { nullable: true, description: 'The document an answerable probe was made from (or a labelled example names); null for unanswerable probes.' })
  documentId!: string | null;
  @Field(() => String, { nullable: true, description: 'That document\'s title at calibration time.' })
  documentTitle!: string | null;
}

@ObjectType('KnowledgeProbeCounts', { simpleResolvers: true, description: 'How many probes a calibration used.' })
export class KnowledgeProbeCountsType {
  @Field(() => Int, { description: 'Answerable probes (from the tenant\'s knowledge and its ANSWERABLE labelled examples).' })
  answerable!: number;
  @Field(() => Int, { description: 'Unanswerable probes (everyday requests, other businesses\' questions, UNANSWERABLE labelled examples).' })
  unanswerable!: number;
  @Field(() => Int, { description: 'Of these, labelled examples of the tenant\'s team.' })
  labelled!: number;
}

@ObjectType('KnowledgeDocumentMention', { simpleResolvers: true, description: 'A knowledge document named in a coverage change.' })
export class KnowledgeDocumentMentionType {
  @Field(() => ID, { description: 'Document id (it may no longer exist).' })
  id!: string;
  @Field(() => String, { description: 'Its title when the calibration that saw it ran.' })
  title!: string;
}

@ObjectType('KnowledgeCoverageChanges', { simpleResolvers: true, description: 'What changed between the previous calibration and the latest one.' })
export class KnowledgeCoverageChangesType {
  @Field(() => DateTimeISO, { description: 'When the previous calibration ran.' })
  previousCalibratedAt!: Date;
  @Field(() => Float, { nullable: true, description: 'Threshold of the previous calibration (null: it had too little knowledge).' })
  thresholdBefore!: number | null;
  @Field(() => Float, { nullable: true, description: 'Threshold of the latest calibration.' })
  thresholdAfter!: number | null;
  @Field(() => KnowledgeProbeCountsType, { description: 'Probe counts of the previous calibration.' })
  probesBefore!: KnowledgeProbeCountsType;
  @Field(() => KnowledgeProbeCountsType, { description: 'Probe counts of the latest calibration.' })
  probesAfter!: KnowledgeProbeCountsType;
  @Field(() => [KnowledgeDocumentMentionType], { description: 'Published documents the latest calibration saw and the previous did not (new, or republished).' })
  documentsAdded!: KnowledgeDocumentMentionType[];
  @Field(() => [KnowledgeDocumentMentionType], { description: 'Documents the previous calibration saw that are no longer published.' })
  documentsRemoved!: KnowledgeDocumentMentionType[];
  @Field(() => [KnowledgeDocumentMentionType], { description: 'Documents in both whose content changed.' })
  documentsChanged!: KnowledgeDocumentMentionType[];
}

@ObjectType('AssistantAgreement', { simpleResolvers: true, description: 'Online turns (with Claude): how often the model\'s "answered from sources" verdict and the calibrated retrieval evidence agreed.' })
export class AssistantAgreementType {
  @Field(() => Int, { description: 'Online turns with both verdicts recorded.' })
  turns!: number;
  @Field(() => Int, { description: 'Both said the knowledge answers the question.' })
  bothAnswerable!: number;
  @Field(() => Int, { description: 'Both said it does not.' })
  bothUnanswerable!: number;
  @Field(() => Int, { description: 'The model said it answered from the sources; the evidence was below the threshold.' })
  modelOnly!: number;
  @Field(() => Int, { description: 'The evidence cleared the threshold; the model said it could not answer from the sources.' })
  evidenceOnly!: number;
}

@ObjectType('KnowledgeCoverage', { simpleResolvers: true, description: 'How well a tenant\'s published knowledge covers what customers ask, and the hand-off operating point calibrated from it.' })
export class KnowledgeCoverageType {
  @Field(() => ID, { description: 'The tenant.' })
  tenantId!: string;
  @Field(() => KnowledgeCoverageStatus, { description: 'Where the calibration stands.' })
  status!: KnowledgeCoverageStatus;
  @Field(() => HandoffMode, { description: 'AUTO: the calibrated threshold is in force; MANUAL: the manual one.' })
  mode!: HandoffMode;
  @Field(() => Float, { description: 'Target share of unanswerable probes to hand off (the tenant\'s `assistant.coverageTarget`).' })
  target!: number;
  @Field(() => Float, { description: 'The threshold the assistant uses now: the calibrated one in AUTO mode once calibrated, else the manual one.' })
  thresholdInForce!: number;
  @Field(() => Float, { description: 'The manual threshold (`assistant.handoffThreshold`).' })
  manualThreshold!: number;
  @Field(() => KnowledgeCoveragePointType, { nullable: true, description: 'The operating point the latest calibration chose (null before one is ready).' })
  operatingPoint!: KnowledgeCoveragePointType | null;
  @Field(() => [KnowledgeCoveragePointType], { description: 'The curve of the latest calibration, by ascending threshold.' })
  curve!: KnowledgeCoveragePointType[];
  @Field(() => [KnowledgeProbeType], { description: 'Every probe of the latest calibration with its score, lowest score first.' })
  probes!: KnowledgeProbeType[];
  @Field(() => KnowledgeProbeCountsType, { description: 'Probe counts of the latest calibration (zeros before one).' })
  probeCounts!: KnowledgeProbeCountsType;
  @Field(() => Int, { description: 'Labelled examples the team has recorded now (they join the next calibration).' })
  labelledExamples!: number;
  @Field(() => DateTimeISO, { nullable: true, description: 'When the latest finished calibration ran.' })
  calibratedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'How long it took, in milliseconds (probe generation, retrieval of every probe, the fit).' })
  tookMs!: number | null;
  @Field(() => String, { nullable: true, description: 'Fingerprint of the published knowledge (documents and their versions) it was computed for.' })
  knowledgeVersion!: string | null;
  @Field(() => KnowledgeCoverageChangesType, { nullable: true, description: 'What changed since the calibration before it (null when there is none).' })
  changes!: KnowledgeCoverageChangesType | null;
  @Field(() => AssistantAgreementType, { description: 'How often Claude\'s verdict and the calibrated evidence agreed on online turns.' })
  agreement!: AssistantAgreementType;
}

@ObjectType('RecalibrateKnowledgePayload', { simpleResolvers: true, description: 'Result of `recalibrateKnowledge`.' })
export class RecalibrateKnowledgePayload {
  @Field(() => KnowledgeCoverageType, { description: 'The coverage now (status CALIBRATING until the job is done).' })
  coverage!: KnowledgeCoverageType;
}
