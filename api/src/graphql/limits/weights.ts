// The cost model of `operationCost` in one table. Every selected field costs 1 (`__typename` 0),
// times the page sizes of the lists around it. A field that takes `first` multiplies what is
// selected under it by `first` (a variable's value, or the argument's default); other lists of
// objects count LIST_SIZE items. Fields that call a model, embed text, search the vector store
// or hash a password cost what is below: 100 `searchKnowledge` aliases are not 100 cheap fields.
export const FIELD_WEIGHTS: Record<string, number> = {
  // An embedding plus a vector search and a full-text search (≈ 60 ms of server time each): a
  // staff request may hold about five (BUDGETS.user.cost), the dashboard's panel sends one.
  'Query.searchKnowledge': 2000,
  // A model call (or the local classifier).
  'Query.classifyText': 2000,
  'Subscription.assistantDraft': 100,
  // argon2 password hashing (tens of ms of CPU each).
  'Mutation.login': 50,
  'Mutation.registerTenant': 50,
  'Mutation.acceptInvitation': 50,
  'Mutation.resetPassword': 50,
  'Mutation.changeMyPassword': 50,
  'Mutation.createUser': 50,
  // Queue chunking and embedding in the background; may start a model answer.
  'Mutation.reindexKnowledge': 100,
  'Mutation.importKnowledgeDocuments': 50,
  'Mutation.createKnowledgeDocument': 20,
  'Mutation.updateKnowledgeDocument': 20,
  'Mutation.publishKnowledgeDocument': 20,
  'Mutation.addTrainingExamples': 50,
  // Replays a draft rule over up to 5,000 tickets (one read and an evaluation per ticket).
  'Query.simulateAutomationRule': 1000,
  // Reads the rules and the ticket's facts.
  'Query.ticketEscalationPreview': 20,
  'Mutation.sendMessage': 10,
  'Mutation.startConversation': 10,
};

/** Items assumed for a list of objects that takes no `first` (e.g. `myConversations`). */
export const LIST_SIZE = 10;
