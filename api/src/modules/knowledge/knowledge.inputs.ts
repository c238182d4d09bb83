import { Field, ID, InputType } from 'type-graphql';
import { KnowledgeKind, KnowledgeStatus } from './knowledge-document.entity.js';
import { IDEMPOTENCY_KEY } from '../../idempotency/idempotency.js';

@InputType('KnowledgeDocumentInput', { description: 'A new article or FAQ. For a FAQ, `title` is the question and `body` the answer.' })
export class KnowledgeDocumentInput {
  @Field(() => KnowledgeKind, { description: 'ARTICLE (title + body) or FAQ (question in `title`, answer in `body`).' })
  kind!: KnowledgeKind;
  @Field(() => String, { description: 'Article title or FAQ question, 1–300 characters.' })
  title!: string;
  @Field(() => String, { description: 'Markdown article body or FAQ answer, 1–100,000 characters.' })
  body!: string;
  @Field(() => [String], { nullable: true, description: 'Up to 20 tags, each 1–50 characters.' })
  tags?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Publish at once (needs `kb.publish`): the assistant can use it when indexing finishes.' })
  publish?: boolean | null;
  @Field(() => String, { nullable: true, description: `${IDEMPOTENCY_KEY} Ignored on the documents of importKnowledgeDocuments (give the import its own key).` })
  idempotencyKey?: string | null;
}

@InputType('UpdateKnowledgeDocumentInput', { description: 'Change a document; omitted fields stay. Editing a published document re-indexes it.' })
export class UpdateKnowledgeDocumentInput {
  @Field(() => ID, { description: 'The document\'s id.' })
  id!: string;
  @Field(() => String, { nullable: true, description: 'New title (the question of a FAQ).' })
  title?: string | null;
  @Field(() => String, { nullable: true, description: 'New Markdown body (the answer of a FAQ).' })
  body?: string | null;
  @Field(() => [String], { nullable: true, description: 'New tags; replaces the old ones.' })
  tags?: string[] | null;
}

@InputType('KnowledgeDocumentIdInput', { description: 'One knowledge document.' })
export class KnowledgeDocumentIdInput {
  @Field(() => ID, { description: 'The document\'s id.' })
  id!: string;
}

@InputType('ImportKnowledgeInput', { description: 'Many documents at once: all are stored or none (the error names the first bad one).' })
export class ImportKnowledgeInput {
  @Field(() => [KnowledgeDocumentInput], { description: '1–500 documents; each one’s own `publish` is ignored in favour of `publish` below.' })
  documents!: KnowledgeDocumentInput[];
  @Field(() => Boolean, { nullable: true, description: 'Publish them all (needs `kb.publish`).' })
  publish?: boolean | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType('ReindexKnowledgeInput', { description: 'Rebuild the assistant’s search index of your tenant.' })
export class ReindexKnowledgeInput {
  @Field(() => Boolean, { nullable: true, description: 'False (default): copy the stored vectors back into Chroma (e.g. after it lost its data). True: chunk and embed every published document again.' })
  reembed?: boolean | null;
}

@InputType('KnowledgeFilter', { description: 'Narrow a knowledge list.' })
export class KnowledgeFilter {
  @Field(() => KnowledgeKind, { nullable: true, description: 'Only articles or only FAQs.' })
  kind?: KnowledgeKind;
  @Field(() => KnowledgeStatus, { nullable: true, description: 'Only drafts or only published documents.' })
  status?: KnowledgeStatus;
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on title or body.' })
  search?: string;
  @Field(() => String, { nullable: true, description: 'Documents carrying this tag.' })
  tag?: string;
}
