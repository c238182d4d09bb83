import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { KnowledgeDocumentType } from './knowledge-document.type.js';
import { ImportKnowledgeInput, KnowledgeDocumentIdInput, KnowledgeDocumentInput, ReindexKnowledgeInput, UpdateKnowledgeDocumentInput } from './knowledge.inputs.js';
import { createDocument, deleteDocument, importDocuments, reindexKnowledge, setPublished, updateDocument } from './knowledge.service.js';

@ObjectType('KnowledgeDocumentPayload', { description: 'The document after the change.' })
export class KnowledgeDocumentPayload {
  @Field(() => ID, { description: 'The id of the document changed.' })
  documentId!: string;
}

@ObjectType('DeleteKnowledgeDocumentPayload', { simpleResolvers: true, description: 'The deleted document’s id.' })
export class DeleteKnowledgeDocumentPayload {
  @Field(() => ID, { description: 'The id of the deleted document (its chunks are removed from search too).' })
  deletedId!: string;
}

@ObjectType('ImportKnowledgePayload', { simpleResolvers: true, description: 'The imported documents’ ids, in input order.' })
export class ImportKnowledgePayload {
  @Field(() => [ID], { description: 'The imported documents\' ids, in input order.' })
  documentIds!: string[];
  @Field(() => Int, { description: 'How many documents were imported.' })
  count!: number;
}

@ObjectType('ReindexKnowledgePayload', { simpleResolvers: true, description: 'The rebuild was queued; follow it with `knowledgeIndexing`.' })
export class ReindexKnowledgePayload {
  @Field(() => Int, { description: 'Published documents the rebuild covers.' })
  documents!: number;
}

@Resolver()
export class KnowledgeMutationResolver {
  @Mutation(() => KnowledgeDocumentPayload, { description: 'Write an article or FAQ (a DRAFT unless `publish`). Audited.' })
  async createKnowledgeDocument(@Arg('input', () => KnowledgeDocumentInput, { description: 'The new article or FAQ.' }) input: KnowledgeDocumentInput, @Ctx() ctx: Context): Promise<KnowledgeDocumentPayload> {
    return { documentId: await createDocument(ctx, input) };
  }

  @Mutation(() => KnowledgeDocumentPayload, { description: 'Edit a document; a published one is re-indexed in the background. Audited.' })
  async updateKnowledgeDocument(@Arg('input', () => UpdateKnowledgeDocumentInput, { description: 'The document and the parts to change.' }) input: UpdateKnowledgeDocumentInput, @Ctx() ctx: Context): Promise<KnowledgeDocumentPayload> {
    return { documentId: await updateDocument(ctx, input) };
  }

  @Mutation(() => KnowledgeDocumentPayload, { description: 'DRAFT → PUBLISHED: chunked and indexed in the background (`indexingStatus`, `knowledgeIndexing`). Audited.' })
  async publishKnowledgeDocument(@Arg('input', () => KnowledgeDocumentIdInput, { description: 'The document to publish (it is then indexed).' }) input: KnowledgeDocumentIdInput, @Ctx() ctx: Context): Promise<KnowledgeDocumentPayload> {
    return { documentId: await setPublished(ctx, input.id, true) };
  }

  @Mutation(() => KnowledgeDocumentPayload, { description: 'PUBLISHED → DRAFT: the assistant stops using it at once. Audited.' })
  async unpublishKnowledgeDocument(@Arg('input', () => KnowledgeDocumentIdInput, { description: 'The document to take out of the assistant\'s knowledge.' }) input: KnowledgeDocumentIdInput, @Ctx() ctx: Context): Promise<KnowledgeDocumentPayload> {
    return { documentId: await setPublished(ctx, input.id, false) };
  }

  @Mutation(() => DeleteKnowledgeDocumentPayload, { description: 'Delete a document and its chunks. Audited.' })
  async deleteKnowledgeDocument(@Arg('input', () => KnowledgeDocumentIdInput, { description: 'The document to delete.' }) input: KnowledgeDocumentIdInput, @Ctx() ctx: Context): Promise<DeleteKnowledgeDocumentPayload> {
    return { deletedId: await deleteDocument(ctx, input.id) };
  }

  @Mutation(() => ImportKnowledgePayload, { description: 'Bulk import: all documents are stored in one transaction, or none. Audited.' })
  async importKnowledgeDocuments(@Arg('input', () => ImportKnowledgeInput, { description: 'The documents to create, in order.' }) input: ImportKnowledgeInput, @Ctx() ctx: Context): Promise<ImportKnowledgePayload> {
    const ids = await importDocuments(ctx, input);
    return { documentIds: ids, count: ids.length };
  }

  @Mutation(() => ReindexKnowledgePayload, { description: 'Rebuild the search index from the documents in the database (e.g. after Chroma lost its data). Audited.' })
  async reindexKnowledge(@Arg('input', () => ReindexKnowledgeInput, { nullable: true, description: 'Which documents to index again; omit for every published document.' }) input: ReindexKnowledgeInput | undefined, @Ctx() ctx: Context): Promise<ReindexKnowledgePayload> {
    return { documents: await reindexKnowledge(ctx, !!input?.reembed) };
  }
}

@Resolver(() => KnowledgeDocumentPayload)
export class KnowledgeDocumentPayloadResolver {
  @FieldResolver(() => KnowledgeDocumentType, { nullable: true, description: 'The document as it is now.' })
  document(@Root() payload: KnowledgeDocumentPayload, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const scope = ctx.scope();
    return scope ? ctx.services.planner.one(info, 'KnowledgeDocument', scope, payload.documentId) : null;
  }
}
