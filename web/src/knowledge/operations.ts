// GraphQL operations of the knowledge pages (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

/** A document as the list shows it (and live indexing updates it). */
export const KnowledgeDocumentRowFragment = graphql(`
  fragment KnowledgeDocumentRow on KnowledgeDocument {
    id
    title
    kind
    status
    tags
    indexingStatus
    indexingProgress
    indexingError
    chunkCount
    updatedAt
  }
`);

/** A document as the editor needs it: the row and its body; every editor mutation returns it. */
export const KnowledgeEditorFieldsFragment = graphql(`
  fragment KnowledgeEditorFields on KnowledgeDocument {
    ...KnowledgeDocumentRow
    body
  }
`);

/** One `knowledgeIndexing` event (the list and the editor both follow them). */
export const KnowledgeIndexingFieldsFragment = graphql(`
  fragment KnowledgeIndexingFields on KnowledgeIndexingEvent {
    documentId
    status
    progress
    chunkCount
    error
  }
`);

export const DocumentsQuery = graphql(`
  query KnowledgeDocuments($first: Int!, $filter: KnowledgeFilter, $tenantId: ID) {
    knowledgeDocuments(first: $first, orderBy: TITLE_ASC, filter: $filter, tenantId: $tenantId) {
      totalCount
      edges {
        node {
          ...KnowledgeDocumentRow
        }
      }
    }
  }
`);

export const IndexingSubscription = graphql(`
  subscription KnowledgeIndexing {
    knowledgeIndexing {
      ...KnowledgeIndexingFields
    }
  }
`);

export const SearchQuery = graphql(`
  query KnowledgeSearch($query: String!, $first: Int!) {
    searchKnowledge(query: $query, first: $first) {
      evidence
      wouldHandOff
      tookMs
      hits {
        chunkId
        documentId
        title
        kind
        score
        similarity
        denseRank
        lexicalRank
        headingPath
        text
      }
    }
  }
`);

export const DocumentQuery = graphql(`
  query KnowledgeEditorDocument($id: ID!) {
    knowledgeDocument(id: $id) {
      ...KnowledgeEditorFields
    }
  }
`);

export const CreateDocumentMutation = graphql(`
  mutation CreateKnowledgeDocument($input: KnowledgeDocumentInput!) {
    createKnowledgeDocument(input: $input) {
      documentId
      document {
        ...KnowledgeEditorFields
      }
    }
  }
`);

export const UpdateDocumentMutation = graphql(`
  mutation UpdateKnowledgeDocument($input: UpdateKnowledgeDocumentInput!) {
    updateKnowledgeDocument(input: $input) {
      documentId
      document {
        ...KnowledgeEditorFields
      }
    }
  }
`);

export const PublishDocumentMutation = graphql(`
  mutation PublishKnowledgeDocument($input: KnowledgeDocumentIdInput!) {
    publishKnowledgeDocument(input: $input) {
      documentId
      document {
        ...KnowledgeEditorFields
      }
    }
  }
`);

export const UnpublishDocumentMutation = graphql(`
  mutation UnpublishKnowledgeDocument($input: KnowledgeDocumentIdInput!) {
    unpublishKnowledgeDocument(input: $input) {
      documentId
      document {
        ...KnowledgeEditorFields
      }
    }
  }
`);

export const DeleteDocumentMutation = graphql(`
  mutation DeleteKnowledgeDocument($input: KnowledgeDocumentIdInput!) {
    deleteKnowledgeDocument(input: $input) {
      deletedId
    }
  }
`);

export const DocumentIndexingSubscription = graphql(`
  subscription KnowledgeDocumentIndexing($documentId: ID) {
    knowledgeIndexing(documentId: $documentId) {
      ...KnowledgeIndexingFields
    }
  }
`);

export const ImportDocumentsMutation = graphql(`
  mutation ImportKnowledgeDocuments($input: ImportKnowledgeInput!) {
    importKnowledgeDocuments(input: $input) {
      count
      documentIds
    }
  }
`);

/** "Write an FAQ for this": the FAQ is published, so the labelled question is resolved. */
export const ResolveKnowledgeExampleMutation = graphql(`
  mutation ResolveKnowledgeExample($input: ResolveKnowledgeExampleInput!) {
    resolveKnowledgeExample(input: $input) {
      example {
        id
        resolvedAt
      }
    }
  }
`);
