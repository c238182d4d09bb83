/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AiUsageGroupFields on AiUsageGroup {\n    key\n    calls\n    failedCalls\n    inputTokens\n    outputTokens\n    costUsd\n    latencyP50Ms\n    latencyP95Ms\n    conversations\n    handedOff\n    handOffRate\n  }\n": typeof types.AiUsageGroupFieldsFragmentDoc,
    "\n  query AiUsagePage($from: DateTimeISO!, $to: DateTimeISO!, $tenantId: ID) {\n    aiUsage(from: $from, to: $to, tenantId: $tenantId) {\n      from\n      to\n      totals {\n        calls\n        failedCalls\n        inputTokens\n        outputTokens\n        costUsd\n        latencyP50Ms\n        latencyP95Ms\n        conversations\n        handedOff\n        handOffRate\n      }\n      byPurpose {\n        ...AiUsageGroupFields\n      }\n      byModel {\n        ...AiUsageGroupFields\n      }\n    }\n  }\n": typeof types.AiUsagePageDocument,
    "\n  query ApiKeysList($first: Int!) {\n    apiKeys(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          lastUsedAt\n          revokedAt\n          pointsPerHour\n          budget {\n            limit\n            remaining\n            used\n            resetAt\n          }\n          createdBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysListDocument,
    "\n  mutation ApiKeysCreate($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n      }\n    }\n  }\n": typeof types.ApiKeysCreateDocument,
    "\n  mutation ApiKeysRevoke($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n": typeof types.ApiKeysRevokeDocument,
    "\n  mutation ApiKeysUpdate($input: UpdateApiKeyInput!) {\n    updateApiKey(input: $input) {\n      apiKey {\n        id\n        pointsPerHour\n        budget {\n          limit\n          remaining\n          used\n          resetAt\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysUpdateDocument,
    "\n  fragment ApprovalFields on ApprovalRequest {\n    id\n    number\n    kind\n    summary\n    proposedAction\n    amount\n    currency\n    priority\n    urgency\n    status\n    version\n    conversationId\n    ticketId\n    requestedByKind\n    decisionReason\n    decidedAt\n    createdAt\n    requester {\n      id\n      displayName\n    }\n    approver {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.ApprovalFieldsFragmentDoc,
    "\n  query ApprovalsList($filter: ApprovalFilter, $first: Int!) {\n    approvalRequests(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ApprovalFields\n        }\n      }\n    }\n  }\n": typeof types.ApprovalsListDocument,
    "\n  query ApprovalDetail($id: ID!) {\n    approvalRequest(id: $id) {\n      ...ApprovalFields\n      escalatedTo {\n        id\n        displayName\n      }\n      conversation {\n        id\n        subject\n      }\n      history {\n        id\n        action\n        actorKind\n        actorName\n        fromUserName\n        toUserName\n        reason\n        createdAt\n      }\n    }\n  }\n": typeof types.ApprovalDetailDocument,
    "\n  query ApprovalDeciders {\n    users(filter: { roles: [MANAGER, TENANT_ADMIN], active: true }, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n": typeof types.ApprovalDecidersDocument,
    "\n  mutation DecideApproval($input: DecideApprovalInput!) {\n    decideApproval(input: $input) {\n      approval {\n        ...ApprovalFields\n      }\n    }\n  }\n": typeof types.DecideApprovalDocument,
    "\n  mutation ReassignApproval($input: ReassignApprovalInput!) {\n    reassignApproval(input: $input) {\n      approval {\n        ...ApprovalFields\n      }\n    }\n  }\n": typeof types.ReassignApprovalDocument,
    "\n  mutation RequestApproval($input: RequestApprovalInput!) {\n    requestApproval(input: $input) {\n      approval {\n        ...ApprovalFields\n      }\n    }\n  }\n": typeof types.RequestApprovalDocument,
    "\n  subscription ApprovalUpdated {\n    approvalUpdated {\n      ...ApprovalFields\n    }\n  }\n": typeof types.ApprovalUpdatedDocument,
    "\n  query AuditLogPage($first: Int!, $after: String, $filter: AuditLogFilter, $tenantId: ID) {\n    auditLogs(first: $first, after: $after, filter: $filter, tenantId: $tenantId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          tenantId\n          actorKind\n          actorId\n          actorName\n          action\n          resourceType\n          resourceId\n          before\n          after\n          ip\n          requestId\n          at\n        }\n      }\n    }\n  }\n": typeof types.AuditLogPageDocument,
    "\n  query AuditLogFacets($tenantId: ID) {\n    auditStats(tenantId: $tenantId) {\n      total\n      byAction {\n        key\n        count\n      }\n      byResourceType {\n        key\n        count\n      }\n    }\n  }\n": typeof types.AuditLogFacetsDocument,
    "\n  query ServerInfo {\n    serverInfo {\n      name\n      version\n      assistantMode\n    }\n  }\n": typeof types.ServerInfoDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        displayName\n        role\n        tenant {\n          name\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment AutomationRuleFields on AutomationRule {\n    id\n    name\n    description\n    enabled\n    position\n    stopProcessing\n    trigger {\n      kind\n      events\n      after\n      minutes\n    }\n    conditions\n    actions\n    updatedAt\n  }\n": typeof types.AutomationRuleFieldsFragmentDoc,
    "\n  query AutomationRulesList {\n    automationRules(first: 100) {\n      totalCount\n      edges {\n        node {\n          ...AutomationRuleFields\n        }\n      }\n    }\n  }\n": typeof types.AutomationRulesListDocument,
    "\n  query AutomationRuleOne($id: ID!) {\n    automationRule(id: $id) {\n      ...AutomationRuleFields\n    }\n  }\n": typeof types.AutomationRuleOneDocument,
    "\n  query AutomationEditorData {\n    automationRuleLanguage {\n      events\n      timeAnchors\n      maxTimeMinutes\n      fields {\n        name\n        type\n        label\n        values\n        min\n        max\n        integer\n        ops\n      }\n      actions {\n        type\n        label\n        params {\n          name\n          type\n          label\n          optional\n          min\n          max\n        }\n      }\n    }\n    queues(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    users(first: 100, orderBy: DISPLAY_NAME_ASC) {\n      edges {\n        node {\n          id\n          displayName\n          active\n        }\n      }\n    }\n  }\n": typeof types.AutomationEditorDataDocument,
    "\n  query AutomationValidate($input: AutomationRuleDraftInput!) {\n    validateAutomationRule(input: $input) {\n      valid\n      problems {\n        path\n        message\n      }\n    }\n  }\n": typeof types.AutomationValidateDocument,
    "\n  mutation AutomationCreate($input: CreateAutomationRuleInput!) {\n    createAutomationRule(input: $input) {\n      automationRule {\n        ...AutomationRuleFields\n      }\n    }\n  }\n": typeof types.AutomationCreateDocument,
    "\n  mutation AutomationUpdate($input: UpdateAutomationRuleInput!) {\n    updateAutomationRule(input: $input) {\n      automationRule {\n        ...AutomationRuleFields\n      }\n    }\n  }\n": typeof types.AutomationUpdateDocument,
    "\n  mutation AutomationDelete($input: DeleteAutomationRuleInput!) {\n    deleteAutomationRule(input: $input) {\n      deletedAutomationRuleId\n    }\n  }\n": typeof types.AutomationDeleteDocument,
    "\n  mutation AutomationReorder($input: ReorderAutomationRulesInput!) {\n    reorderAutomationRules(input: $input) {\n      automationRuleIds\n    }\n  }\n": typeof types.AutomationReorderDocument,
    "\n  query AutomationSimulate($input: SimulateAutomationRuleInput!) {\n    simulateAutomationRule(input: $input) {\n      evaluated\n      matchedCount\n      matches {\n        subjectKind\n        ticketId\n        ticketNumber\n        conversationId\n        subject\n        effects\n      }\n    }\n  }\n": typeof types.AutomationSimulateDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    title\n    type\n    status\n    startsAt\n    endsAt\n    timezone\n    occurrenceStart\n    location\n    meetingUrl\n    organizerId\n    organizerName\n    conversationId\n    ticketId\n    notes\n    summary\n    reminderMinutes\n    recurrence\n    customerTimezone\n    version\n    attendees {\n      id\n      userId\n      contactId\n      name\n      email\n      response\n    }\n  }\n": typeof types.MeetingFieldsFragmentDoc,
    "\n  query CalendarMeetings($from: DateTimeISO!, $to: DateTimeISO!, $attendeeIds: [ID!]) {\n    meetings(from: $from, to: $to, attendeeIds: $attendeeIds) {\n      ...MeetingFields\n    }\n  }\n": typeof types.CalendarMeetingsDocument,
    "\n  query LinkedCallbacks($from: DateTimeISO!, $to: DateTimeISO!, $conversationId: ID, $ticketId: ID) {\n    meetings(from: $from, to: $to, conversationId: $conversationId, ticketId: $ticketId, types: [CALLBACK], statuses: [SCHEDULED]) {\n      id\n      title\n      startsAt\n      endsAt\n      organizerName\n    }\n  }\n": typeof types.LinkedCallbacksDocument,
    "\n  query CalendarMeeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.CalendarMeetingDocument,
    "\n  query CalendarUsers {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          team\n        }\n      }\n    }\n  }\n": typeof types.CalendarUsersDocument,
    "\n  query CalendarContacts($search: String!) {\n    contacts(first: 6, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.CalendarContactsDocument,
    "\n  query FreeSlots($userIds: [ID!]!, $from: DateTimeISO!, $to: DateTimeISO!, $durationMinutes: Int!) {\n    freeSlots(userIds: $userIds, from: $from, to: $to, durationMinutes: $durationMinutes) {\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.FreeSlotsDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  mutation CancelMeeting($input: MeetingIdInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation CompleteMeeting($input: CompleteMeetingInput!) {\n    completeMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.CompleteMeetingDocument,
    "\n  mutation SummarizeMeetingContext($input: SummarizeMeetingContextInput!) {\n    summarizeMeetingContext(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.SummarizeMeetingContextDocument,
    "\n  mutation ScheduleCallback($input: ScheduleCallbackInput!) {\n    scheduleCallback(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.ScheduleCallbackDocument,
    "\n  subscription MeetingUpdated($mine: Boolean) {\n    meetingUpdated(mine: $mine) {\n      ...MeetingFields\n    }\n  }\n": typeof types.MeetingUpdatedDocument,
    "\n  mutation RespondToMeeting($input: RespondToMeetingInput!) {\n    respondToMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.RespondToMeetingDocument,
    "\n  query CannedResponsesList($first: Int!, $filter: CannedResponseFilter) {\n    cannedResponses(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          shortcut\n          title\n          body\n          shared\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.CannedResponsesListDocument,
    "\n  mutation CannedResponsesCreate($input: CreateCannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      cannedResponse {\n        id\n        shortcut\n      }\n    }\n  }\n": typeof types.CannedResponsesCreateDocument,
    "\n  mutation CannedResponsesUpdate($input: UpdateCannedResponseInput!) {\n    updateCannedResponse(input: $input) {\n      cannedResponse {\n        id\n        shortcut\n      }\n    }\n  }\n": typeof types.CannedResponsesUpdateDocument,
    "\n  mutation CannedResponsesDelete($input: DeleteCannedResponseInput!) {\n    deleteCannedResponse(input: $input) {\n      deletedCannedResponseId\n    }\n  }\n": typeof types.CannedResponsesDeleteDocument,
    "\n  fragment ConsoleConversation on Conversation {\n    id\n    subject\n    status\n    handler\n    priority\n    channel\n    lastSeq\n    updatedAt\n    waitingSince\n    lastMessageAt\n    assignee {\n      id\n      displayName\n    }\n    contact {\n      id\n      name\n      email\n      vip\n      identified\n    }\n    csat {\n      rating\n      comment\n      at\n    }\n  }\n": typeof types.ConsoleConversationFragmentDoc,
    "\n  query ConsoleConversations($filter: ConversationFilter, $orderBy: ConversationOrder!, $first: Int!) {\n    conversations(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ConsoleConversation\n        }\n      }\n    }\n  }\n": typeof types.ConsoleConversationsDocument,
    "\n  subscription ConsoleConversationUpdated {\n    conversationUpdated {\n      ...ConsoleConversation\n    }\n  }\n": typeof types.ConsoleConversationUpdatedDocument,
    "\n  fragment ConsoleMessage on Message {\n    id\n    seq\n    author\n    authorName\n    body\n    private\n    confidence\n    offline\n    createdAt\n    clientMessageId\n    citations {\n      n\n      title\n      excerpt\n      documentId\n      chunkId\n    }\n  }\n": typeof types.ConsoleMessageFragmentDoc,
    "\n  query ConsoleMessages($conversationId: ID!, $afterSeq: Int!, $first: Int!) {\n    messages(conversationId: $conversationId, afterSeq: $afterSeq, first: $first) {\n      hasMore\n      messages {\n        ...ConsoleMessage\n      }\n    }\n  }\n": typeof types.ConsoleMessagesDocument,
    "\n  subscription ConsoleMessageAdded($conversationId: ID!, $afterSeq: Int!) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      ...ConsoleMessage\n    }\n  }\n": typeof types.ConsoleMessageAddedDocument,
    "\n  subscription ConsoleAssistantDraft($conversationId: ID!) {\n    assistantDraft(conversationId: $conversationId) {\n      messageId\n      index\n      delta\n      state\n      authorName\n      offline\n    }\n  }\n": typeof types.ConsoleAssistantDraftDocument,
    "\n  subscription ConsoleTyping($conversationId: ID!) {\n    typing(conversationId: $conversationId) {\n      conversationId\n      who\n      name\n      typing\n    }\n  }\n": typeof types.ConsoleTypingDocument,
    "\n  mutation ConsoleSetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      ok\n    }\n  }\n": typeof types.ConsoleSetTypingDocument,
    "\n  mutation ConsoleSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...ConsoleMessage\n      }\n    }\n  }\n": typeof types.ConsoleSendMessageDocument,
    "\n  mutation ConsoleTakeOver($input: ConversationIdInput!) {\n    takeOverConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n": typeof types.ConsoleTakeOverDocument,
    "\n  mutation ConsoleHandBack($input: ConversationIdInput!) {\n    handBackConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n": typeof types.ConsoleHandBackDocument,
    "\n  mutation ConsoleResolve($input: ConversationIdInput!) {\n    resolveConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n": typeof types.ConsoleResolveDocument,
    "\n  mutation ConsoleReopen($input: ConversationIdInput!) {\n    reopenConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n": typeof types.ConsoleReopenDocument,
    "\n  query ConsoleAssistantContext($conversationId: ID!) {\n    assistantContext(conversationId: $conversationId) {\n      reason\n      detail\n      summary\n      handedOffAt\n      classification {\n        category\n        intent\n        priority\n        sentiment\n        wantsHuman\n        summary\n        source\n      }\n      turns {\n        query\n        decision\n        confidence\n        reason\n        createdAt\n        sources {\n          title\n          score\n          documentId\n          chunkId\n          headingPath\n        }\n      }\n    }\n  }\n": typeof types.ConsoleAssistantContextDocument,
    "\n  mutation ConsoleSetAvailability($input: SetAvailabilityInput!) {\n    setAvailability(input: $input) {\n      presence {\n        userId\n        availability\n      }\n    }\n  }\n": typeof types.ConsoleSetAvailabilityDocument,
    "\n  mutation ConsoleHeartbeat {\n    heartbeat {\n      presence {\n        userId\n        availability\n      }\n    }\n  }\n": typeof types.ConsoleHeartbeatDocument,
    "\n  query ConsoleConversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConsoleConversation\n    }\n  }\n": typeof types.ConsoleConversationDocument,
    "\n  query ConsoleCannedResponses($filter: CannedResponseFilter, $first: Int!) {\n    cannedResponses(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          shortcut\n          title\n          body\n          shared\n        }\n      }\n    }\n  }\n": typeof types.ConsoleCannedResponsesDocument,
    "\n  query ConsoleRenderCannedResponse($conversationId: ID!, $shortcut: String!) {\n    renderCannedResponse(conversationId: $conversationId, shortcut: $shortcut)\n  }\n": typeof types.ConsoleRenderCannedResponseDocument,
    "\n  query ConsoleTransferTargets {\n    presence(takesConversations: true) {\n      userId\n      displayName\n      availability\n    }\n    queues(first: 100) {\n      edges {\n        node {\n          id\n          name\n          waitingCount\n        }\n      }\n    }\n  }\n": typeof types.ConsoleTransferTargetsDocument,
    "\n  mutation ConsoleTransfer($input: TransferConversationInput!) {\n    transferConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n": typeof types.ConsoleTransferDocument,
    "\n  query ConsolePresence {\n    presence {\n      userId\n      displayName\n      availability\n      lastSeenAt\n    }\n  }\n": typeof types.ConsolePresenceDocument,
    "\n  subscription ConsolePresenceChanged {\n    presenceChanged {\n      userId\n      displayName\n      availability\n      lastSeenAt\n    }\n  }\n": typeof types.ConsolePresenceChangedDocument,
    "\n  query ConsoleContactConversations($filter: ConversationFilter, $first: Int!) {\n    conversations(filter: $filter, orderBy: CREATED_AT_DESC, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ConsoleConversation\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ConsoleContactConversationsDocument,
    "\n  mutation ConsoleMarkAnswerNotInKnowledge($input: MarkAnswerNotInKnowledgeInput!) {\n    markAnswerNotInKnowledge(input: $input) {\n      example {\n        id\n        kind\n        question\n      }\n    }\n  }\n": typeof types.ConsoleMarkAnswerNotInKnowledgeDocument,
    "\n  mutation ConsoleMarkHandoffAnswerable($input: MarkHandoffAnswerableInput!) {\n    markHandoffAnswerable(input: $input) {\n      example {\n        id\n        kind\n        question\n        document {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMarkHandoffAnswerableDocument,
    "\n  query ConsolePublishedArticles($search: String) {\n    knowledgeDocuments(first: 8, filter: { status: PUBLISHED, search: $search }, orderBy: TITLE_ASC) {\n      edges {\n        node {\n          id\n          kind\n          title\n        }\n      }\n    }\n  }\n": typeof types.ConsolePublishedArticlesDocument,
    "\n  fragment LiveKpisCard on LiveKpis {\n    tenantId\n    computedAt\n    day\n    waitingCustomers\n    longestWaitSeconds\n    activeConversations\n    humanHandledNow\n    conversationsToday\n    resolvedToday\n    botResolvedToday\n    avgFirstResponseSeconds\n    avgResolutionSeconds\n    csatPercent\n    csatResponses\n    csatResponseRate\n    fcrPercent\n    aiResolutionRate\n    slaAtRisk\n    slaBreached\n    agentsOnline\n  }\n": typeof types.LiveKpisCardFragmentDoc,
    "\n  query DashboardLiveKpis($tenantId: ID) {\n    liveKpis(tenantId: $tenantId) {\n      ...LiveKpisCard\n    }\n  }\n": typeof types.DashboardLiveKpisDocument,
    "\n  subscription DashboardKpisUpdated($tenantId: ID) {\n    kpisUpdated(tenantId: $tenantId) {\n      ...LiveKpisCard\n    }\n  }\n": typeof types.DashboardKpisUpdatedDocument,
    "\n  query DashboardOwnTenant {\n    viewer {\n      tenant {\n        id\n        name\n        timezone\n      }\n    }\n  }\n": typeof types.DashboardOwnTenantDocument,
    "\n  query DashboardCharts($from: DateTimeISO!, $to: DateTimeISO!, $granularity: KpiGranularity!, $businessHoursOnly: Boolean!, $tenantId: ID) {\n    hourlyStats(from: $from, to: $to, tenantId: $tenantId) {\n      hour\n      conversationsOpened\n      resolutions\n      botResolutions\n      handoffs\n    }\n    firstResponse: kpiSeries(metric: FIRST_RESPONSE, from: $from, to: $to, granularity: $granularity, businessHoursOnly: $businessHoursOnly, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n        average\n      }\n    }\n    resolutions: kpiSeries(metric: RESOLUTION, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n      }\n    }\n    botResolutions: kpiSeries(metric: BOT_RESOLVED, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n      }\n    }\n    slaMet: kpiSeries(metric: SLA_MET, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n      }\n    }\n    slaMissed: kpiSeries(metric: SLA_MISSED, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n      }\n    }\n  }\n": typeof types.DashboardChartsDocument,
    "\n  fragment PerformanceRowFields on PerformanceRow {\n    key\n    name\n    team\n    conversationsHandled\n    resolutions\n    firstResponses\n    replies\n    transfers\n    avgFirstResponseSeconds\n    avgResolutionSeconds\n    csatResponses\n    csatPercent\n    onlineSeconds\n    awaySeconds\n    busySeconds\n  }\n": typeof types.PerformanceRowFieldsFragmentDoc,
    "\n  query DashboardOperators($from: DateTimeISO!, $to: DateTimeISO!, $businessHoursOnly: Boolean!, $tenantId: ID) {\n    operatorPerformance(from: $from, to: $to, businessHoursOnly: $businessHoursOnly, tenantId: $tenantId) {\n      ...PerformanceRowFields\n    }\n  }\n": typeof types.DashboardOperatorsDocument,
    "\n  query DashboardTeams($from: DateTimeISO!, $to: DateTimeISO!, $businessHoursOnly: Boolean!, $tenantId: ID) {\n    teamMetrics(from: $from, to: $to, businessHoursOnly: $businessHoursOnly, tenantId: $tenantId) {\n      ...PerformanceRowFields\n    }\n  }\n": typeof types.DashboardTeamsDocument,
    "\n  query DashboardCsatRatings($from: DateTimeISO!, $to: DateTimeISO!, $tenantId: ID) {\n    csatDistribution(from: $from, to: $to, tenantId: $tenantId)\n  }\n": typeof types.DashboardCsatRatingsDocument,
    "\n  query DashboardDrillDown($filter: ReportingEventFilter!, $first: Int!, $after: String, $tenantId: ID) {\n    reportingEvents(filter: $filter, first: $first, after: $after, tenantId: $tenantId) {\n      edges {\n        node {\n          id\n          name\n          valueSeconds\n          valueBusinessSeconds\n          endedAt\n          channel\n          attributes\n          conversationId\n          conversation {\n            id\n            subject\n            status\n            contact {\n              id\n              name\n            }\n          }\n          agent {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DashboardDrillDownDocument,
    "\n  query DashboardExportReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      filename\n      contentType\n      rowCount\n      csv\n    }\n  }\n": typeof types.DashboardExportReportDocument,
    "\n  query DashboardTenants($search: String) {\n    tenants(first: 100, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          slug\n          status\n          timezone\n        }\n      }\n    }\n  }\n": typeof types.DashboardTenantsDocument,
    "\n  query DashboardTenant($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      slug\n      status\n      timezone\n    }\n  }\n": typeof types.DashboardTenantDocument,
    "\n  query CoverageExamples($filter: KnowledgeExampleFilter, $first: Int, $after: String) {\n    knowledgeExamples(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          question\n          note\n          conversationId\n          createdAt\n          resolvedAt\n          createdBy {\n            id\n            displayName\n          }\n          document {\n            id\n            title\n          }\n          resolvedDocument {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.CoverageExamplesDocument,
    "\n  mutation CoverageDismissExample($input: ResolveKnowledgeExampleInput!) {\n    resolveKnowledgeExample(input: $input) {\n      example {\n        id\n        resolvedAt\n      }\n    }\n  }\n": typeof types.CoverageDismissExampleDocument,
    "\n  query KnowledgeCoverage {\n    knowledgeCoverage {\n      ...CoverageFields\n    }\n  }\n": typeof types.KnowledgeCoverageDocument,
    "\n  mutation RecalibrateKnowledge {\n    recalibrateKnowledge {\n      coverage {\n        ...CoverageFields\n      }\n    }\n  }\n": typeof types.RecalibrateKnowledgeDocument,
    "\n  fragment CoverageFields on KnowledgeCoverage {\n    tenantId\n    status\n    mode\n    target\n    thresholdInForce\n    manualThreshold\n    calibratedAt\n    tookMs\n    labelledExamples\n    operatingPoint {\n      threshold\n      answerableHandedOff\n      unanswerableAnswered\n    }\n    curve {\n      threshold\n      answerableHandedOff\n      unanswerableAnswered\n    }\n    probeCounts {\n      answerable\n      unanswerable\n      labelled\n    }\n    probes {\n      question\n      kind\n      source\n      score\n      handedOff\n      documentTitle\n    }\n    changes {\n      previousCalibratedAt\n      thresholdBefore\n      thresholdAfter\n      probesBefore {\n        answerable\n        unanswerable\n        labelled\n      }\n      probesAfter {\n        answerable\n        unanswerable\n        labelled\n      }\n      documentsAdded {\n        id\n        title\n      }\n      documentsRemoved {\n        id\n        title\n      }\n      documentsChanged {\n        id\n        title\n      }\n    }\n  }\n": typeof types.CoverageFieldsFragmentDoc,
    "\n  fragment KnowledgeDocumentRow on KnowledgeDocument {\n    id\n    title\n    kind\n    status\n    tags\n    indexingStatus\n    indexingProgress\n    indexingError\n    chunkCount\n    updatedAt\n  }\n": typeof types.KnowledgeDocumentRowFragmentDoc,
    "\n  fragment KnowledgeEditorFields on KnowledgeDocument {\n    ...KnowledgeDocumentRow\n    body\n  }\n": typeof types.KnowledgeEditorFieldsFragmentDoc,
    "\n  fragment KnowledgeIndexingFields on KnowledgeIndexingEvent {\n    documentId\n    status\n    progress\n    chunkCount\n    error\n  }\n": typeof types.KnowledgeIndexingFieldsFragmentDoc,
    "\n  query KnowledgeDocuments($first: Int!, $filter: KnowledgeFilter, $tenantId: ID) {\n    knowledgeDocuments(first: $first, orderBy: TITLE_ASC, filter: $filter, tenantId: $tenantId) {\n      totalCount\n      edges {\n        node {\n          ...KnowledgeDocumentRow\n        }\n      }\n    }\n  }\n": typeof types.KnowledgeDocumentsDocument,
    "\n  subscription KnowledgeIndexing {\n    knowledgeIndexing {\n      ...KnowledgeIndexingFields\n    }\n  }\n": typeof types.KnowledgeIndexingDocument,
    "\n  query KnowledgeSearch($query: String!, $first: Int!) {\n    searchKnowledge(query: $query, first: $first) {\n      evidence\n      wouldHandOff\n      tookMs\n      hits {\n        chunkId\n        documentId\n        title\n        kind\n        score\n        similarity\n        denseRank\n        lexicalRank\n        headingPath\n        text\n      }\n    }\n  }\n": typeof types.KnowledgeSearchDocument,
    "\n  query KnowledgeEditorDocument($id: ID!) {\n    knowledgeDocument(id: $id) {\n      ...KnowledgeEditorFields\n    }\n  }\n": typeof types.KnowledgeEditorDocumentDocument,
    "\n  mutation CreateKnowledgeDocument($input: KnowledgeDocumentInput!) {\n    createKnowledgeDocument(input: $input) {\n      documentId\n      document {\n        ...KnowledgeEditorFields\n      }\n    }\n  }\n": typeof types.CreateKnowledgeDocumentDocument,
    "\n  mutation UpdateKnowledgeDocument($input: UpdateKnowledgeDocumentInput!) {\n    updateKnowledgeDocument(input: $input) {\n      documentId\n      document {\n        ...KnowledgeEditorFields\n      }\n    }\n  }\n": typeof types.UpdateKnowledgeDocumentDocument,
    "\n  mutation PublishKnowledgeDocument($input: KnowledgeDocumentIdInput!) {\n    publishKnowledgeDocument(input: $input) {\n      documentId\n      document {\n        ...KnowledgeEditorFields\n      }\n    }\n  }\n": typeof types.PublishKnowledgeDocumentDocument,
    "\n  mutation UnpublishKnowledgeDocument($input: KnowledgeDocumentIdInput!) {\n    unpublishKnowledgeDocument(input: $input) {\n      documentId\n      document {\n        ...KnowledgeEditorFields\n      }\n    }\n  }\n": typeof types.UnpublishKnowledgeDocumentDocument,
    "\n  mutation DeleteKnowledgeDocument($input: KnowledgeDocumentIdInput!) {\n    deleteKnowledgeDocument(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.DeleteKnowledgeDocumentDocument,
    "\n  subscription KnowledgeDocumentIndexing($documentId: ID) {\n    knowledgeIndexing(documentId: $documentId) {\n      ...KnowledgeIndexingFields\n    }\n  }\n": typeof types.KnowledgeDocumentIndexingDocument,
    "\n  mutation ImportKnowledgeDocuments($input: ImportKnowledgeInput!) {\n    importKnowledgeDocuments(input: $input) {\n      count\n      documentIds\n    }\n  }\n": typeof types.ImportKnowledgeDocumentsDocument,
    "\n  mutation ResolveKnowledgeExample($input: ResolveKnowledgeExampleInput!) {\n    resolveKnowledgeExample(input: $input) {\n      example {\n        id\n        resolvedAt\n      }\n    }\n  }\n": typeof types.ResolveKnowledgeExampleDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    subjectKind\n    subjectId\n    readAt\n    createdAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query NotificationBell($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": typeof types.NotificationBellDocument,
    "\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      markedIds\n      unreadCount\n    }\n  }\n": typeof types.NotificationsMarkReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query OutboxMessages($first: Int!, $after: String, $filter: OutboxMessageFilter) {\n    outboxMessages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          to\n          from\n          subject\n          text\n          kind\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.OutboxMessagesDocument,
    "\n  query TenantChoices {\n    tenants(first: 100) {\n      edges {\n        node {\n          id\n          name\n          slug\n          status\n        }\n      }\n    }\n  }\n": typeof types.TenantChoicesDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      user {\n        id\n        displayName\n        avatarUrl\n      }\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  query CalendarFeed {\n    viewer {\n      calendarFeed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      feed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n": typeof types.RotateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed {\n      feed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      permissions\n      user {\n        id\n        displayName\n        avatarUrl\n        email\n        role\n        availability\n      }\n      tenant {\n        name\n        slug\n        timezone\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($input: LogoutInput!) {\n    logout(input: $input) {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query SlaSettings {\n    businessCalendars {\n      id\n      queueId\n      name\n      timezone\n      openNow\n      weeklyHours {\n        weekday\n        ranges {\n          start\n          end\n        }\n      }\n      holidays {\n        date\n        name\n      }\n    }\n    slaPolicies {\n      id\n      name\n      position\n      enabled\n      fallback\n      conditions {\n        priorities\n        queueIds\n        vip\n        tagsAny\n      }\n      firstResponseMinutes\n      nextResponseMinutes\n      resolutionMinutes\n      businessHours\n      atRiskShare\n    }\n    queues(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SlaSettingsDocument,
    "\n  mutation SlaUpsertCalendar($input: UpsertBusinessCalendarInput!) {\n    upsertBusinessCalendar(input: $input) {\n      businessCalendar {\n        id\n      }\n    }\n  }\n": typeof types.SlaUpsertCalendarDocument,
    "\n  mutation SlaImportHolidays($input: ImportHolidaysInput!) {\n    importHolidays(input: $input) {\n      imported\n      recurrenceIgnored\n    }\n  }\n": typeof types.SlaImportHolidaysDocument,
    "\n  mutation SlaCreatePolicy($input: CreateSlaPolicyInput!) {\n    createSlaPolicy(input: $input) {\n      slaPolicy {\n        id\n      }\n    }\n  }\n": typeof types.SlaCreatePolicyDocument,
    "\n  mutation SlaUpdatePolicy($input: UpdateSlaPolicyInput!) {\n    updateSlaPolicy(input: $input) {\n      slaPolicy {\n        id\n        enabled\n      }\n    }\n  }\n": typeof types.SlaUpdatePolicyDocument,
    "\n  mutation SlaDeletePolicy($input: DeleteSlaPolicyInput!) {\n    deleteSlaPolicy(input: $input) {\n      deletedSlaPolicyId\n    }\n  }\n": typeof types.SlaDeletePolicyDocument,
    "\n  mutation SlaReorderPolicies($input: ReorderSlaPoliciesInput!) {\n    reorderSlaPolicies(input: $input) {\n      slaPolicies {\n        id\n        position\n      }\n    }\n  }\n": typeof types.SlaReorderPoliciesDocument,
    "\n  fragment TaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    tags\n    dueAt\n    completedAt\n    position\n    version\n    assigneeId\n    assignee {\n      id\n      displayName\n    }\n    creatorKind\n    createdBy {\n      id\n      displayName\n    }\n    ticketId\n    meetingId\n    conversationId\n    createdAt\n    updatedAt\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  query BoardTasks($filter: TaskFilter, $done: TaskFilter) {\n    open: tasks(filter: $filter, first: 100, orderBy: POSITION) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n    done: tasks(filter: $done, first: 30, orderBy: UPDATED_AT) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n  }\n": typeof types.BoardTasksDocument,
    "\n  query TaskAssignees {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.TaskAssigneesDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n": typeof types.CreateTaskDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      changed\n      task {\n        ...TaskFields\n      }\n    }\n  }\n": typeof types.UpdateTaskDocument,
    "\n  subscription TaskUpdated {\n    taskUpdated {\n      ...TaskFields\n    }\n  }\n": typeof types.TaskUpdatedDocument,
    "\n  query TeamProgress($from: String!, $to: String!) {\n    teamProgress(from: $from, to: $to) {\n      team\n      total\n      averageLeadTimeSeconds\n      days {\n        day\n        done\n      }\n    }\n  }\n": typeof types.TeamProgressDocument,
    "\n  query TeamUsers($first: Int!, $tenantId: ID) {\n    users(first: $first, orderBy: DISPLAY_NAME_ASC, tenantId: $tenantId) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n          team\n          maxConcurrentChats\n          active\n          availability\n          lastLoginAt\n        }\n      }\n    }\n  }\n": typeof types.TeamUsersDocument,
    "\n  query TeamPermissionMatrix {\n    permissionMatrix {\n      permissions\n      roles {\n        role\n        permissions\n      }\n    }\n  }\n": typeof types.TeamPermissionMatrixDocument,
    "\n  mutation TeamCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        displayName\n        email\n      }\n      invitation {\n        token\n        expiresAt\n      }\n    }\n  }\n": typeof types.TeamCreateUserDocument,
    "\n  mutation TeamUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        role\n        team\n        maxConcurrentChats\n      }\n    }\n  }\n": typeof types.TeamUpdateUserDocument,
    "\n  mutation TeamDeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      user {\n        id\n        active\n      }\n    }\n  }\n": typeof types.TeamDeactivateUserDocument,
    "\n  mutation TeamReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      user {\n        id\n        active\n      }\n    }\n  }\n": typeof types.TeamReactivateUserDocument,
    "\n  query PlatformTenants($first: Int!) {\n    tenants(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          slug\n          status\n          timezone\n          createdAt\n          volume {\n            conversations\n            tickets\n            users\n            documents\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlatformTenantsDocument,
    "\n  mutation PlatformCreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        name\n        slug\n        status\n      }\n      invitation {\n        token\n        expiresAt\n      }\n    }\n  }\n": typeof types.PlatformCreateTenantDocument,
    "\n  mutation PlatformSuspendTenant($input: TenantIdInput!) {\n    suspendTenant(input: $input) {\n      tenant {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PlatformSuspendTenantDocument,
    "\n  mutation PlatformReactivateTenant($input: TenantIdInput!) {\n    reactivateTenant(input: $input) {\n      tenant {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PlatformReactivateTenantDocument,
    "\n  fragment TicketRow on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    version\n    tags\n    channel\n    createdAt\n    updatedAt\n    assigneeId\n    queueId\n    contactId\n    conversationId\n    slaState\n    slaFirstResponseState\n    slaNextResponseState\n    slaResolutionState\n    firstResponseDueAt\n    nextResponseDueAt\n    resolutionDueAt\n    slaPausedAt\n    contact {\n      id\n      name\n      email\n    }\n    assignee {\n      id\n      displayName\n    }\n    queue {\n      id\n      name\n    }\n  }\n": typeof types.TicketRowFragmentDoc,
    "\n  query TicketsList($filter: TicketFilter, $orderBy: TicketOrder!, $first: Int!, $after: String) {\n    tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TicketsListDocument,
    "\n  query TicketDetail($id: ID!) {\n    ticket(id: $id) {\n      ...TicketRow\n      description\n      category\n      intent\n      resolvedAt\n      closedAt\n      firstRespondedAt\n      escalationContext\n      events {\n        id\n        action\n        actorKind\n        actorId\n        actorName\n        before\n        after\n        comment\n        public\n        at\n        ticketVersion\n      }\n    }\n  }\n": typeof types.TicketDetailDocument,
    "\n  query TicketPickers {\n    users(first: 100, orderBy: DISPLAY_NAME_ASC, filter: { active: true }) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n    queues(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TicketPickersDocument,
    "\n  subscription TicketUpdated {\n    ticketUpdated {\n      ...TicketRow\n    }\n  }\n": typeof types.TicketUpdatedDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": typeof types.CreateTicketDocument,
    "\n  mutation CreateTicketFromConversation($input: CreateTicketFromConversationInput!) {\n    createTicketFromConversation(input: $input) {\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": typeof types.CreateTicketFromConversationDocument,
    "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": typeof types.AssignTicketDocument,
    "\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": typeof types.UpdateTicketDocument,
    "\n  mutation CommentOnTicket($input: CommentOnTicketInput!) {\n    commentOnTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": typeof types.CommentOnTicketDocument,
    "\n  mutation ResolveTicket($input: TicketIdInput!) {\n    resolveTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": typeof types.ResolveTicketDocument,
    "\n  mutation ReopenTicket($input: TicketIdInput!) {\n    reopenTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": typeof types.ReopenTicketDocument,
    "\n  mutation CloseTicket($input: TicketIdInput!) {\n    closeTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": typeof types.CloseTicketDocument,
    "\n  mutation EscalateTicket($input: EscalateTicketInput!) {\n    escalateTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": typeof types.EscalateTicketDocument,
    "\n  query ConversationTickets($conversationId: ID!) {\n    tickets(filter: { conversationId: $conversationId }, first: 5) {\n      edges {\n        node {\n          id\n          number\n          status\n          subject\n        }\n      }\n    }\n  }\n": typeof types.ConversationTicketsDocument,
    "\n  query TicketEscalationPreview($ticketId: ID!) {\n    ticketEscalationPreview(ticketId: $ticketId) {\n      ticketId\n      canEscalate\n      rules {\n        ruleId\n        name\n        effects\n      }\n    }\n  }\n": typeof types.TicketEscalationPreviewDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    disabledReason\n    previousSecretExpiresAt\n    failingSince\n    createdAt\n  }\n": typeof types.WebhookEndpointFieldsFragmentDoc,
    "\n  query WebhookEndpointsList($first: Int!) {\n    webhookEndpoints(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...WebhookEndpointFields\n        }\n      }\n    }\n  }\n": typeof types.WebhookEndpointsListDocument,
    "\n  query WebhookDeliveriesList($endpointId: ID!, $first: Int!, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          messageId\n          eventType\n          payload\n          status\n          attempts\n          nextAttemptAt\n          lastResponseCode\n          lastError\n          deliveredAt\n          createdAt\n          attemptLog {\n            id\n            attempt\n            succeeded\n            responseCode\n            latencyMs\n            error\n            responseBody\n            manual\n            at\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesListDocument,
    "\n  mutation WebhooksCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      webhookEndpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": typeof types.WebhooksCreateDocument,
    "\n  mutation WebhooksUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      webhookEndpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": typeof types.WebhooksUpdateDocument,
    "\n  mutation WebhooksRotate($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      webhookEndpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": typeof types.WebhooksRotateDocument,
    "\n  mutation WebhooksDelete($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.WebhooksDeleteDocument,
    "\n  mutation WebhooksSendTest($input: SendTestWebhookInput!) {\n    sendTestWebhook(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n": typeof types.WebhooksSendTestDocument,
    "\n  mutation WebhooksRedeliver($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n": typeof types.WebhooksRedeliverDocument,
    "\n  fragment WidgetSettingsFields on Tenant {\n    id\n    branding {\n      primaryColor\n      backgroundColor\n      position\n      welcomeMessage\n      awayMessage\n      logoUrl\n    }\n    ticketWhenNobodyAvailable\n    widgetOperationsSafelisted\n    csat {\n      enabled\n      question\n      lowLabel\n      highLabel\n    }\n    assistant {\n      name\n      persona\n      greeting\n      handoffThreshold\n      autoResolveThreshold\n      wordVariants {\n        fullForm\n        variants\n      }\n    }\n    identityVerification {\n      secret\n      required\n    }\n  }\n": typeof types.WidgetSettingsFieldsFragmentDoc,
    "\n  query WidgetSettings {\n    viewer {\n      tenant {\n        id\n        name\n        widgetKey\n        ...WidgetSettingsFields\n      }\n    }\n  }\n": typeof types.WidgetSettingsDocument,
    "\n  mutation WidgetSettingsUpdate($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant {\n        id\n        ...WidgetSettingsFields\n      }\n    }\n  }\n": typeof types.WidgetSettingsUpdateDocument,
    "\n  mutation WidgetSettingsRotateSecret($input: RotateIdentitySecretInput!) {\n    rotateIdentitySecret(input: $input) {\n      tenant {\n        id\n        identityVerification {\n          secret\n          required\n        }\n      }\n    }\n  }\n": typeof types.WidgetSettingsRotateSecretDocument,
    "\n  query WidgetConfig($widgetKey: String!) {\n    widgetConfig(widgetKey: $widgetKey) {\n      tenantName\n      assistantName\n      greeting\n      branding {\n        primaryColor\n        backgroundColor\n        position\n        welcomeMessage\n        logoUrl\n      }\n    }\n  }\n": typeof types.WidgetConfigDocument,
    "\n  mutation StartWidgetSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.StartWidgetSessionDocument,
    "\n  query MyConversations {\n    myConversations {\n      id\n      status\n      agentName\n      lastSeq\n      csatRequest {\n        question\n        lowLabel\n        highLabel\n        alreadyRated\n      }\n      callback {\n        id\n        startsAt\n        status\n      }\n    }\n  }\n": typeof types.MyConversationsDocument,
    "\n  mutation SubmitCsat($input: SubmitCsatInput!) {\n    submitCsat(input: $input) {\n      conversationId\n    }\n  }\n": typeof types.SubmitCsatDocument,
    "\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      conversationId\n    }\n  }\n": typeof types.StartConversationDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...WidgetMessage\n      }\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation SetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      ok\n    }\n  }\n": typeof types.SetTypingDocument,
    "\n  fragment WidgetMessage on Message {\n    id\n    seq\n    author\n    authorName\n    body\n    clientMessageId\n    createdAt\n    offline\n    citations {\n      n\n      title\n      excerpt\n    }\n  }\n": typeof types.WidgetMessageFragmentDoc,
    "\n  subscription MessageAdded($conversationId: ID!, $afterSeq: Int!) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      ...WidgetMessage\n    }\n  }\n": typeof types.MessageAddedDocument,
    "\n  subscription AssistantDraft($conversationId: ID!) {\n    assistantDraft(conversationId: $conversationId) {\n      messageId\n      index\n      delta\n      state\n      offline\n      authorName\n    }\n  }\n": typeof types.AssistantDraftDocument,
    "\n  subscription Typing($conversationId: ID!) {\n    typing(conversationId: $conversationId) {\n      who\n      name\n      typing\n    }\n  }\n": typeof types.TypingDocument,
    "\n  subscription QueuePosition($conversationId: ID!) {\n    queuePosition(conversationId: $conversationId) {\n      waiting\n      position\n      estimatedWaitSeconds\n      nobodyAvailable\n      awayMessage\n    }\n  }\n": typeof types.QueuePositionDocument,
    "\n  mutation LeaveEmailForReply($input: LeaveEmailForReplyInput!) {\n    leaveEmailForReply(input: $input) {\n      conversationId\n    }\n  }\n": typeof types.LeaveEmailForReplyDocument,
    "\n  mutation RequestHumanAgent($input: RequestHumanInput!) {\n    requestHumanAgent(input: $input) {\n      conversationId\n    }\n  }\n": typeof types.RequestHumanAgentDocument,
};
const documents: Documents = {
    "\n  fragment AiUsageGroupFields on AiUsageGroup {\n    key\n    calls\n    failedCalls\n    inputTokens\n    outputTokens\n    costUsd\n    latencyP50Ms\n    latencyP95Ms\n    conversations\n    handedOff\n    handOffRate\n  }\n": types.AiUsageGroupFieldsFragmentDoc,
    "\n  query AiUsagePage($from: DateTimeISO!, $to: DateTimeISO!, $tenantId: ID) {\n    aiUsage(from: $from, to: $to, tenantId: $tenantId) {\n      from\n      to\n      totals {\n        calls\n        failedCalls\n        inputTokens\n        outputTokens\n        costUsd\n        latencyP50Ms\n        latencyP95Ms\n        conversations\n        handedOff\n        handOffRate\n      }\n      byPurpose {\n        ...AiUsageGroupFields\n      }\n      byModel {\n        ...AiUsageGroupFields\n      }\n    }\n  }\n": types.AiUsagePageDocument,
    "\n  query ApiKeysList($first: Int!) {\n    apiKeys(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          lastUsedAt\n          revokedAt\n          pointsPerHour\n          budget {\n            limit\n            remaining\n            used\n            resetAt\n          }\n          createdBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.ApiKeysListDocument,
    "\n  mutation ApiKeysCreate($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n      }\n    }\n  }\n": types.ApiKeysCreateDocument,
    "\n  mutation ApiKeysRevoke($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n": types.ApiKeysRevokeDocument,
    "\n  mutation ApiKeysUpdate($input: UpdateApiKeyInput!) {\n    updateApiKey(input: $input) {\n      apiKey {\n        id\n        pointsPerHour\n        budget {\n          limit\n          remaining\n          used\n          resetAt\n        }\n      }\n    }\n  }\n": types.ApiKeysUpdateDocument,
    "\n  fragment ApprovalFields on ApprovalRequest {\n    id\n    number\n    kind\n    summary\n    proposedAction\n    amount\n    currency\n    priority\n    urgency\n    status\n    version\n    conversationId\n    ticketId\n    requestedByKind\n    decisionReason\n    decidedAt\n    createdAt\n    requester {\n      id\n      displayName\n    }\n    approver {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n  }\n": types.ApprovalFieldsFragmentDoc,
    "\n  query ApprovalsList($filter: ApprovalFilter, $first: Int!) {\n    approvalRequests(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ApprovalFields\n        }\n      }\n    }\n  }\n": types.ApprovalsListDocument,
    "\n  query ApprovalDetail($id: ID!) {\n    approvalRequest(id: $id) {\n      ...ApprovalFields\n      escalatedTo {\n        id\n        displayName\n      }\n      conversation {\n        id\n        subject\n      }\n      history {\n        id\n        action\n        actorKind\n        actorName\n        fromUserName\n        toUserName\n        reason\n        createdAt\n      }\n    }\n  }\n": types.ApprovalDetailDocument,
    "\n  query ApprovalDeciders {\n    users(filter: { roles: [MANAGER, TENANT_ADMIN], active: true }, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n": types.ApprovalDecidersDocument,
    "\n  mutation DecideApproval($input: DecideApprovalInput!) {\n    decideApproval(input: $input) {\n      approval {\n        ...ApprovalFields\n      }\n    }\n  }\n": types.DecideApprovalDocument,
    "\n  mutation ReassignApproval($input: ReassignApprovalInput!) {\n    reassignApproval(input: $input) {\n      approval {\n        ...ApprovalFields\n      }\n    }\n  }\n": types.ReassignApprovalDocument,
    "\n  mutation RequestApproval($input: RequestApprovalInput!) {\n    requestApproval(input: $input) {\n      approval {\n        ...ApprovalFields\n      }\n    }\n  }\n": types.RequestApprovalDocument,
    "\n  subscription ApprovalUpdated {\n    approvalUpdated {\n      ...ApprovalFields\n    }\n  }\n": types.ApprovalUpdatedDocument,
    "\n  query AuditLogPage($first: Int!, $after: String, $filter: AuditLogFilter, $tenantId: ID) {\n    auditLogs(first: $first, after: $after, filter: $filter, tenantId: $tenantId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          tenantId\n          actorKind\n          actorId\n          actorName\n          action\n          resourceType\n          resourceId\n          before\n          after\n          ip\n          requestId\n          at\n        }\n      }\n    }\n  }\n": types.AuditLogPageDocument,
    "\n  query AuditLogFacets($tenantId: ID) {\n    auditStats(tenantId: $tenantId) {\n      total\n      byAction {\n        key\n        count\n      }\n      byResourceType {\n        key\n        count\n      }\n    }\n  }\n": types.AuditLogFacetsDocument,
    "\n  query ServerInfo {\n    serverInfo {\n      name\n      version\n      assistantMode\n    }\n  }\n": types.ServerInfoDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        displayName\n        role\n        tenant {\n          name\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  fragment AutomationRuleFields on AutomationRule {\n    id\n    name\n    description\n    enabled\n    position\n    stopProcessing\n    trigger {\n      kind\n      events\n      after\n      minutes\n    }\n    conditions\n    actions\n    updatedAt\n  }\n": types.AutomationRuleFieldsFragmentDoc,
    "\n  query AutomationRulesList {\n    automationRules(first: 100) {\n      totalCount\n      edges {\n        node {\n          ...AutomationRuleFields\n        }\n      }\n    }\n  }\n": types.AutomationRulesListDocument,
    "\n  query AutomationRuleOne($id: ID!) {\n    automationRule(id: $id) {\n      ...AutomationRuleFields\n    }\n  }\n": types.AutomationRuleOneDocument,
    "\n  query AutomationEditorData {\n    automationRuleLanguage {\n      events\n      timeAnchors\n      maxTimeMinutes\n      fields {\n        name\n        type\n        label\n        values\n        min\n        max\n        integer\n        ops\n      }\n      actions {\n        type\n        label\n        params {\n          name\n          type\n          label\n          optional\n          min\n          max\n        }\n      }\n    }\n    queues(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    users(first: 100, orderBy: DISPLAY_NAME_ASC) {\n      edges {\n        node {\n          id\n          displayName\n          active\n        }\n      }\n    }\n  }\n": types.AutomationEditorDataDocument,
    "\n  query AutomationValidate($input: AutomationRuleDraftInput!) {\n    validateAutomationRule(input: $input) {\n      valid\n      problems {\n        path\n        message\n      }\n    }\n  }\n": types.AutomationValidateDocument,
    "\n  mutation AutomationCreate($input: CreateAutomationRuleInput!) {\n    createAutomationRule(input: $input) {\n      automationRule {\n        ...AutomationRuleFields\n      }\n    }\n  }\n": types.AutomationCreateDocument,
    "\n  mutation AutomationUpdate($input: UpdateAutomationRuleInput!) {\n    updateAutomationRule(input: $input) {\n      automationRule {\n        ...AutomationRuleFields\n      }\n    }\n  }\n": types.AutomationUpdateDocument,
    "\n  mutation AutomationDelete($input: DeleteAutomationRuleInput!) {\n    deleteAutomationRule(input: $input) {\n      deletedAutomationRuleId\n    }\n  }\n": types.AutomationDeleteDocument,
    "\n  mutation AutomationReorder($input: ReorderAutomationRulesInput!) {\n    reorderAutomationRules(input: $input) {\n      automationRuleIds\n    }\n  }\n": types.AutomationReorderDocument,
    "\n  query AutomationSimulate($input: SimulateAutomationRuleInput!) {\n    simulateAutomationRule(input: $input) {\n      evaluated\n      matchedCount\n      matches {\n        subjectKind\n        ticketId\n        ticketNumber\n        conversationId\n        subject\n        effects\n      }\n    }\n  }\n": types.AutomationSimulateDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    title\n    type\n    status\n    startsAt\n    endsAt\n    timezone\n    occurrenceStart\n    location\n    meetingUrl\n    organizerId\n    organizerName\n    conversationId\n    ticketId\n    notes\n    summary\n    reminderMinutes\n    recurrence\n    customerTimezone\n    version\n    attendees {\n      id\n      userId\n      contactId\n      name\n      email\n      response\n    }\n  }\n": types.MeetingFieldsFragmentDoc,
    "\n  query CalendarMeetings($from: DateTimeISO!, $to: DateTimeISO!, $attendeeIds: [ID!]) {\n    meetings(from: $from, to: $to, attendeeIds: $attendeeIds) {\n      ...MeetingFields\n    }\n  }\n": types.CalendarMeetingsDocument,
    "\n  query LinkedCallbacks($from: DateTimeISO!, $to: DateTimeISO!, $conversationId: ID, $ticketId: ID) {\n    meetings(from: $from, to: $to, conversationId: $conversationId, ticketId: $ticketId, types: [CALLBACK], statuses: [SCHEDULED]) {\n      id\n      title\n      startsAt\n      endsAt\n      organizerName\n    }\n  }\n": types.LinkedCallbacksDocument,
    "\n  query CalendarMeeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": types.CalendarMeetingDocument,
    "\n  query CalendarUsers {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          team\n        }\n      }\n    }\n  }\n": types.CalendarUsersDocument,
    "\n  query CalendarContacts($search: String!) {\n    contacts(first: 6, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.CalendarContactsDocument,
    "\n  query FreeSlots($userIds: [ID!]!, $from: DateTimeISO!, $to: DateTimeISO!, $durationMinutes: Int!) {\n    freeSlots(userIds: $userIds, from: $from, to: $to, durationMinutes: $durationMinutes) {\n      startsAt\n      endsAt\n    }\n  }\n": types.FreeSlotsDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  mutation CancelMeeting($input: MeetingIdInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation CompleteMeeting($input: CompleteMeetingInput!) {\n    completeMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.CompleteMeetingDocument,
    "\n  mutation SummarizeMeetingContext($input: SummarizeMeetingContextInput!) {\n    summarizeMeetingContext(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.SummarizeMeetingContextDocument,
    "\n  mutation ScheduleCallback($input: ScheduleCallbackInput!) {\n    scheduleCallback(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.ScheduleCallbackDocument,
    "\n  subscription MeetingUpdated($mine: Boolean) {\n    meetingUpdated(mine: $mine) {\n      ...MeetingFields\n    }\n  }\n": types.MeetingUpdatedDocument,
    "\n  mutation RespondToMeeting($input: RespondToMeetingInput!) {\n    respondToMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.RespondToMeetingDocument,
    "\n  query CannedResponsesList($first: Int!, $filter: CannedResponseFilter) {\n    cannedResponses(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          shortcut\n          title\n          body\n          shared\n          createdAt\n        }\n      }\n    }\n  }\n": types.CannedResponsesListDocument,
    "\n  mutation CannedResponsesCreate($input: CreateCannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      cannedResponse {\n        id\n        shortcut\n      }\n    }\n  }\n": types.CannedResponsesCreateDocument,
    "\n  mutation CannedResponsesUpdate($input: UpdateCannedResponseInput!) {\n    updateCannedResponse(input: $input) {\n      cannedResponse {\n        id\n        shortcut\n      }\n    }\n  }\n": types.CannedResponsesUpdateDocument,
    "\n  mutation CannedResponsesDelete($input: DeleteCannedResponseInput!) {\n    deleteCannedResponse(input: $input) {\n      deletedCannedResponseId\n    }\n  }\n": types.CannedResponsesDeleteDocument,
    "\n  fragment ConsoleConversation on Conversation {\n    id\n    subject\n    status\n    handler\n    priority\n    channel\n    lastSeq\n    updatedAt\n    waitingSince\n    lastMessageAt\n    assignee {\n      id\n      displayName\n    }\n    contact {\n      id\n      name\n      email\n      vip\n      identified\n    }\n    csat {\n      rating\n      comment\n      at\n    }\n  }\n": types.ConsoleConversationFragmentDoc,
    "\n  query ConsoleConversations($filter: ConversationFilter, $orderBy: ConversationOrder!, $first: Int!) {\n    conversations(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ConsoleConversation\n        }\n      }\n    }\n  }\n": types.ConsoleConversationsDocument,
    "\n  subscription ConsoleConversationUpdated {\n    conversationUpdated {\n      ...ConsoleConversation\n    }\n  }\n": types.ConsoleConversationUpdatedDocument,
    "\n  fragment ConsoleMessage on Message {\n    id\n    seq\n    author\n    authorName\n    body\n    private\n    confidence\n    offline\n    createdAt\n    clientMessageId\n    citations {\n      n\n      title\n      excerpt\n      documentId\n      chunkId\n    }\n  }\n": types.ConsoleMessageFragmentDoc,
    "\n  query ConsoleMessages($conversationId: ID!, $afterSeq: Int!, $first: Int!) {\n    messages(conversationId: $conversationId, afterSeq: $afterSeq, first: $first) {\n      hasMore\n      messages {\n        ...ConsoleMessage\n      }\n    }\n  }\n": types.ConsoleMessagesDocument,
    "\n  subscription ConsoleMessageAdded($conversationId: ID!, $afterSeq: Int!) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      ...ConsoleMessage\n    }\n  }\n": types.ConsoleMessageAddedDocument,
    "\n  subscription ConsoleAssistantDraft($conversationId: ID!) {\n    assistantDraft(conversationId: $conversationId) {\n      messageId\n      index\n      delta\n      state\n      authorName\n      offline\n    }\n  }\n": types.ConsoleAssistantDraftDocument,
    "\n  subscription ConsoleTyping($conversationId: ID!) {\n    typing(conversationId: $conversationId) {\n      conversationId\n      who\n      name\n      typing\n    }\n  }\n": types.ConsoleTypingDocument,
    "\n  mutation ConsoleSetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      ok\n    }\n  }\n": types.ConsoleSetTypingDocument,
    "\n  mutation ConsoleSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...ConsoleMessage\n      }\n    }\n  }\n": types.ConsoleSendMessageDocument,
    "\n  mutation ConsoleTakeOver($input: ConversationIdInput!) {\n    takeOverConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n": types.ConsoleTakeOverDocument,
    "\n  mutation ConsoleHandBack($input: ConversationIdInput!) {\n    handBackConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n": types.ConsoleHandBackDocument,
    "\n  mutation ConsoleResolve($input: ConversationIdInput!) {\n    resolveConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n": types.ConsoleResolveDocument,
    "\n  mutation ConsoleReopen($input: ConversationIdInput!) {\n    reopenConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n": types.ConsoleReopenDocument,
    "\n  query ConsoleAssistantContext($conversationId: ID!) {\n    assistantContext(conversationId: $conversationId) {\n      reason\n      detail\n      summary\n      handedOffAt\n      classification {\n        category\n        intent\n        priority\n        sentiment\n        wantsHuman\n        summary\n        source\n      }\n      turns {\n        query\n        decision\n        confidence\n        reason\n        createdAt\n        sources {\n          title\n          score\n          documentId\n          chunkId\n          headingPath\n        }\n      }\n    }\n  }\n": types.ConsoleAssistantContextDocument,
    "\n  mutation ConsoleSetAvailability($input: SetAvailabilityInput!) {\n    setAvailability(input: $input) {\n      presence {\n        userId\n        availability\n      }\n    }\n  }\n": types.ConsoleSetAvailabilityDocument,
    "\n  mutation ConsoleHeartbeat {\n    heartbeat {\n      presence {\n        userId\n        availability\n      }\n    }\n  }\n": types.ConsoleHeartbeatDocument,
    "\n  query ConsoleConversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConsoleConversation\n    }\n  }\n": types.ConsoleConversationDocument,
    "\n  query ConsoleCannedResponses($filter: CannedResponseFilter, $first: Int!) {\n    cannedResponses(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          shortcut\n          title\n          body\n          shared\n        }\n      }\n    }\n  }\n": types.ConsoleCannedResponsesDocument,
    "\n  query ConsoleRenderCannedResponse($conversationId: ID!, $shortcut: String!) {\n    renderCannedResponse(conversationId: $conversationId, shortcut: $shortcut)\n  }\n": types.ConsoleRenderCannedResponseDocument,
    "\n  query ConsoleTransferTargets {\n    presence(takesConversations: true) {\n      userId\n      displayName\n      availability\n    }\n    queues(first: 100) {\n      edges {\n        node {\n          id\n          name\n          waitingCount\n        }\n      }\n    }\n  }\n": types.ConsoleTransferTargetsDocument,
    "\n  mutation ConsoleTransfer($input: TransferConversationInput!) {\n    transferConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n": types.ConsoleTransferDocument,
    "\n  query ConsolePresence {\n    presence {\n      userId\n      displayName\n      availability\n      lastSeenAt\n    }\n  }\n": types.ConsolePresenceDocument,
    "\n  subscription ConsolePresenceChanged {\n    presenceChanged {\n      userId\n      displayName\n      availability\n      lastSeenAt\n    }\n  }\n": types.ConsolePresenceChangedDocument,
    "\n  query ConsoleContactConversations($filter: ConversationFilter, $first: Int!) {\n    conversations(filter: $filter, orderBy: CREATED_AT_DESC, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ConsoleConversation\n          createdAt\n        }\n      }\n    }\n  }\n": types.ConsoleContactConversationsDocument,
    "\n  mutation ConsoleMarkAnswerNotInKnowledge($input: MarkAnswerNotInKnowledgeInput!) {\n    markAnswerNotInKnowledge(input: $input) {\n      example {\n        id\n        kind\n        question\n      }\n    }\n  }\n": types.ConsoleMarkAnswerNotInKnowledgeDocument,
    "\n  mutation ConsoleMarkHandoffAnswerable($input: MarkHandoffAnswerableInput!) {\n    markHandoffAnswerable(input: $input) {\n      example {\n        id\n        kind\n        question\n        document {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.ConsoleMarkHandoffAnswerableDocument,
    "\n  query ConsolePublishedArticles($search: String) {\n    knowledgeDocuments(first: 8, filter: { status: PUBLISHED, search: $search }, orderBy: TITLE_ASC) {\n      edges {\n        node {\n          id\n          kind\n          title\n        }\n      }\n    }\n  }\n": types.ConsolePublishedArticlesDocument,
    "\n  fragment LiveKpisCard on LiveKpis {\n    tenantId\n    computedAt\n    day\n    waitingCustomers\n    longestWaitSeconds\n    activeConversations\n    humanHandledNow\n    conversationsToday\n    resolvedToday\n    botResolvedToday\n    avgFirstResponseSeconds\n    avgResolutionSeconds\n    csatPercent\n    csatResponses\n    csatResponseRate\n    fcrPercent\n    aiResolutionRate\n    slaAtRisk\n    slaBreached\n    agentsOnline\n  }\n": types.LiveKpisCardFragmentDoc,
    "\n  query DashboardLiveKpis($tenantId: ID) {\n    liveKpis(tenantId: $tenantId) {\n      ...LiveKpisCard\n    }\n  }\n": types.DashboardLiveKpisDocument,
    "\n  subscription DashboardKpisUpdated($tenantId: ID) {\n    kpisUpdated(tenantId: $tenantId) {\n      ...LiveKpisCard\n    }\n  }\n": types.DashboardKpisUpdatedDocument,
    "\n  query DashboardOwnTenant {\n    viewer {\n      tenant {\n        id\n        name\n        timezone\n      }\n    }\n  }\n": types.DashboardOwnTenantDocument,
    "\n  query DashboardCharts($from: DateTimeISO!, $to: DateTimeISO!, $granularity: KpiGranularity!, $businessHoursOnly: Boolean!, $tenantId: ID) {\n    hourlyStats(from: $from, to: $to, tenantId: $tenantId) {\n      hour\n      conversationsOpened\n      resolutions\n      botResolutions\n      handoffs\n    }\n    firstResponse: kpiSeries(metric: FIRST_RESPONSE, from: $from, to: $to, granularity: $granularity, businessHoursOnly: $businessHoursOnly, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n        average\n      }\n    }\n    resolutions: kpiSeries(metric: RESOLUTION, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n      }\n    }\n    botResolutions: kpiSeries(metric: BOT_RESOLVED, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n      }\n    }\n    slaMet: kpiSeries(metric: SLA_MET, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n      }\n    }\n    slaMissed: kpiSeries(metric: SLA_MISSED, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n      }\n    }\n  }\n": types.DashboardChartsDocument,
    "\n  fragment PerformanceRowFields on PerformanceRow {\n    key\n    name\n    team\n    conversationsHandled\n    resolutions\n    firstResponses\n    replies\n    transfers\n    avgFirstResponseSeconds\n    avgResolutionSeconds\n    csatResponses\n    csatPercent\n    onlineSeconds\n    awaySeconds\n    busySeconds\n  }\n": types.PerformanceRowFieldsFragmentDoc,
    "\n  query DashboardOperators($from: DateTimeISO!, $to: DateTimeISO!, $businessHoursOnly: Boolean!, $tenantId: ID) {\n    operatorPerformance(from: $from, to: $to, businessHoursOnly: $businessHoursOnly, tenantId: $tenantId) {\n      ...PerformanceRowFields\n    }\n  }\n": types.DashboardOperatorsDocument,
    "\n  query DashboardTeams($from: DateTimeISO!, $to: DateTimeISO!, $businessHoursOnly: Boolean!, $tenantId: ID) {\n    teamMetrics(from: $from, to: $to, businessHoursOnly: $businessHoursOnly, tenantId: $tenantId) {\n      ...PerformanceRowFields\n    }\n  }\n": types.DashboardTeamsDocument,
    "\n  query DashboardCsatRatings($from: DateTimeISO!, $to: DateTimeISO!, $tenantId: ID) {\n    csatDistribution(from: $from, to: $to, tenantId: $tenantId)\n  }\n": types.DashboardCsatRatingsDocument,
    "\n  query DashboardDrillDown($filter: ReportingEventFilter!, $first: Int!, $after: String, $tenantId: ID) {\n    reportingEvents(filter: $filter, first: $first, after: $after, tenantId: $tenantId) {\n      edges {\n        node {\n          id\n          name\n          valueSeconds\n          valueBusinessSeconds\n          endedAt\n          channel\n          attributes\n          conversationId\n          conversation {\n            id\n            subject\n            status\n            contact {\n              id\n              name\n            }\n          }\n          agent {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DashboardDrillDownDocument,
    "\n  query DashboardExportReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      filename\n      contentType\n      rowCount\n      csv\n    }\n  }\n": types.DashboardExportReportDocument,
    "\n  query DashboardTenants($search: String) {\n    tenants(first: 100, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          slug\n          status\n          timezone\n        }\n      }\n    }\n  }\n": types.DashboardTenantsDocument,
    "\n  query DashboardTenant($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      slug\n      status\n      timezone\n    }\n  }\n": types.DashboardTenantDocument,
    "\n  query CoverageExamples($filter: KnowledgeExampleFilter, $first: Int, $after: String) {\n    knowledgeExamples(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          question\n          note\n          conversationId\n          createdAt\n          resolvedAt\n          createdBy {\n            id\n            displayName\n          }\n          document {\n            id\n            title\n          }\n          resolvedDocument {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.CoverageExamplesDocument,
    "\n  mutation CoverageDismissExample($input: ResolveKnowledgeExampleInput!) {\n    resolveKnowledgeExample(input: $input) {\n      example {\n        id\n        resolvedAt\n      }\n    }\n  }\n": types.CoverageDismissExampleDocument,
    "\n  query KnowledgeCoverage {\n    knowledgeCoverage {\n      ...CoverageFields\n    }\n  }\n": types.KnowledgeCoverageDocument,
    "\n  mutation RecalibrateKnowledge {\n    recalibrateKnowledge {\n      coverage {\n        ...CoverageFields\n      }\n    }\n  }\n": types.RecalibrateKnowledgeDocument,
    "\n  fragment CoverageFields on KnowledgeCoverage {\n    tenantId\n    status\n    mode\n    target\n    thresholdInForce\n    manualThreshold\n    calibratedAt\n    tookMs\n    labelledExamples\n    operatingPoint {\n      threshold\n      answerableHandedOff\n      unanswerableAnswered\n    }\n    curve {\n      threshold\n      answerableHandedOff\n      unanswerableAnswered\n    }\n    probeCounts {\n      answerable\n      unanswerable\n      labelled\n    }\n    probes {\n      question\n      kind\n      source\n      score\n      handedOff\n      documentTitle\n    }\n    changes {\n      previousCalibratedAt\n      thresholdBefore\n      thresholdAfter\n      probesBefore {\n        answerable\n        unanswerable\n        labelled\n      }\n      probesAfter {\n        answerable\n        unanswerable\n        labelled\n      }\n      documentsAdded {\n        id\n        title\n      }\n      documentsRemoved {\n        id\n        title\n      }\n      documentsChanged {\n        id\n        title\n      }\n    }\n  }\n": types.CoverageFieldsFragmentDoc,
    "\n  fragment KnowledgeDocumentRow on KnowledgeDocument {\n    id\n    title\n    kind\n    status\n    tags\n    indexingStatus\n    indexingProgress\n    indexingError\n    chunkCount\n    updatedAt\n  }\n": types.KnowledgeDocumentRowFragmentDoc,
    "\n  fragment KnowledgeEditorFields on KnowledgeDocument {\n    ...KnowledgeDocumentRow\n    body\n  }\n": types.KnowledgeEditorFieldsFragmentDoc,
    "\n  fragment KnowledgeIndexingFields on KnowledgeIndexingEvent {\n    documentId\n    status\n    progress\n    chunkCount\n    error\n  }\n": types.KnowledgeIndexingFieldsFragmentDoc,
    "\n  query KnowledgeDocuments($first: Int!, $filter: KnowledgeFilter, $tenantId: ID) {\n    knowledgeDocuments(first: $first, orderBy: TITLE_ASC, filter: $filter, tenantId: $tenantId) {\n      totalCount\n      edges {\n        node {\n          ...KnowledgeDocumentRow\n        }\n      }\n    }\n  }\n": types.KnowledgeDocumentsDocument,
    "\n  subscription KnowledgeIndexing {\n    knowledgeIndexing {\n      ...KnowledgeIndexingFields\n    }\n  }\n": types.KnowledgeIndexingDocument,
    "\n  query KnowledgeSearch($query: String!, $first: Int!) {\n    searchKnowledge(query: $query, first: $first) {\n      evidence\n      wouldHandOff\n      tookMs\n      hits {\n        chunkId\n        documentId\n        title\n        kind\n        score\n        similarity\n        denseRank\n        lexicalRank\n        headingPath\n        text\n      }\n    }\n  }\n": types.KnowledgeSearchDocument,
    "\n  query KnowledgeEditorDocument($id: ID!) {\n    knowledgeDocument(id: $id) {\n      ...KnowledgeEditorFields\n    }\n  }\n": types.KnowledgeEditorDocumentDocument,
    "\n  mutation CreateKnowledgeDocument($input: KnowledgeDocumentInput!) {\n    createKnowledgeDocument(input: $input) {\n      documentId\n      document {\n        ...KnowledgeEditorFields\n      }\n    }\n  }\n": types.CreateKnowledgeDocumentDocument,
    "\n  mutation UpdateKnowledgeDocument($input: UpdateKnowledgeDocumentInput!) {\n    updateKnowledgeDocument(input: $input) {\n      documentId\n      document {\n        ...KnowledgeEditorFields\n      }\n    }\n  }\n": types.UpdateKnowledgeDocumentDocument,
    "\n  mutation PublishKnowledgeDocument($input: KnowledgeDocumentIdInput!) {\n    publishKnowledgeDocument(input: $input) {\n      documentId\n      document {\n        ...KnowledgeEditorFields\n      }\n    }\n  }\n": types.PublishKnowledgeDocumentDocument,
    "\n  mutation UnpublishKnowledgeDocument($input: KnowledgeDocumentIdInput!) {\n    unpublishKnowledgeDocument(input: $input) {\n      documentId\n      document {\n        ...KnowledgeEditorFields\n      }\n    }\n  }\n": types.UnpublishKnowledgeDocumentDocument,
    "\n  mutation DeleteKnowledgeDocument($input: KnowledgeDocumentIdInput!) {\n    deleteKnowledgeDocument(input: $input) {\n      deletedId\n    }\n  }\n": types.DeleteKnowledgeDocumentDocument,
    "\n  subscription KnowledgeDocumentIndexing($documentId: ID) {\n    knowledgeIndexing(documentId: $documentId) {\n      ...KnowledgeIndexingFields\n    }\n  }\n": types.KnowledgeDocumentIndexingDocument,
    "\n  mutation ImportKnowledgeDocuments($input: ImportKnowledgeInput!) {\n    importKnowledgeDocuments(input: $input) {\n      count\n      documentIds\n    }\n  }\n": types.ImportKnowledgeDocumentsDocument,
    "\n  mutation ResolveKnowledgeExample($input: ResolveKnowledgeExampleInput!) {\n    resolveKnowledgeExample(input: $input) {\n      example {\n        id\n        resolvedAt\n      }\n    }\n  }\n": types.ResolveKnowledgeExampleDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    subjectKind\n    subjectId\n    readAt\n    createdAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query NotificationBell($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": types.NotificationBellDocument,
    "\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      markedIds\n      unreadCount\n    }\n  }\n": types.NotificationsMarkReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query OutboxMessages($first: Int!, $after: String, $filter: OutboxMessageFilter) {\n    outboxMessages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          to\n          from\n          subject\n          text\n          kind\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": types.OutboxMessagesDocument,
    "\n  query TenantChoices {\n    tenants(first: 100) {\n      edges {\n        node {\n          id\n          name\n          slug\n          status\n        }\n      }\n    }\n  }\n": types.TenantChoicesDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      user {\n        id\n        displayName\n        avatarUrl\n      }\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": types.ChangeMyPasswordDocument,
    "\n  query CalendarFeed {\n    viewer {\n      calendarFeed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      feed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n": types.RotateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed {\n      feed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      permissions\n      user {\n        id\n        displayName\n        avatarUrl\n        email\n        role\n        availability\n      }\n      tenant {\n        name\n        slug\n        timezone\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($input: LogoutInput!) {\n    logout(input: $input) {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  query SlaSettings {\n    businessCalendars {\n      id\n      queueId\n      name\n      timezone\n      openNow\n      weeklyHours {\n        weekday\n        ranges {\n          start\n          end\n        }\n      }\n      holidays {\n        date\n        name\n      }\n    }\n    slaPolicies {\n      id\n      name\n      position\n      enabled\n      fallback\n      conditions {\n        priorities\n        queueIds\n        vip\n        tagsAny\n      }\n      firstResponseMinutes\n      nextResponseMinutes\n      resolutionMinutes\n      businessHours\n      atRiskShare\n    }\n    queues(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SlaSettingsDocument,
    "\n  mutation SlaUpsertCalendar($input: UpsertBusinessCalendarInput!) {\n    upsertBusinessCalendar(input: $input) {\n      businessCalendar {\n        id\n      }\n    }\n  }\n": types.SlaUpsertCalendarDocument,
    "\n  mutation SlaImportHolidays($input: ImportHolidaysInput!) {\n    importHolidays(input: $input) {\n      imported\n      recurrenceIgnored\n    }\n  }\n": types.SlaImportHolidaysDocument,
    "\n  mutation SlaCreatePolicy($input: CreateSlaPolicyInput!) {\n    createSlaPolicy(input: $input) {\n      slaPolicy {\n        id\n      }\n    }\n  }\n": types.SlaCreatePolicyDocument,
    "\n  mutation SlaUpdatePolicy($input: UpdateSlaPolicyInput!) {\n    updateSlaPolicy(input: $input) {\n      slaPolicy {\n        id\n        enabled\n      }\n    }\n  }\n": types.SlaUpdatePolicyDocument,
    "\n  mutation SlaDeletePolicy($input: DeleteSlaPolicyInput!) {\n    deleteSlaPolicy(input: $input) {\n      deletedSlaPolicyId\n    }\n  }\n": types.SlaDeletePolicyDocument,
    "\n  mutation SlaReorderPolicies($input: ReorderSlaPoliciesInput!) {\n    reorderSlaPolicies(input: $input) {\n      slaPolicies {\n        id\n        position\n      }\n    }\n  }\n": types.SlaReorderPoliciesDocument,
    "\n  fragment TaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    tags\n    dueAt\n    completedAt\n    position\n    version\n    assigneeId\n    assignee {\n      id\n      displayName\n    }\n    creatorKind\n    createdBy {\n      id\n      displayName\n    }\n    ticketId\n    meetingId\n    conversationId\n    createdAt\n    updatedAt\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  query BoardTasks($filter: TaskFilter, $done: TaskFilter) {\n    open: tasks(filter: $filter, first: 100, orderBy: POSITION) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n    done: tasks(filter: $done, first: 30, orderBy: UPDATED_AT) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n  }\n": types.BoardTasksDocument,
    "\n  query TaskAssignees {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.TaskAssigneesDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n": types.CreateTaskDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      changed\n      task {\n        ...TaskFields\n      }\n    }\n  }\n": types.UpdateTaskDocument,
    "\n  subscription TaskUpdated {\n    taskUpdated {\n      ...TaskFields\n    }\n  }\n": types.TaskUpdatedDocument,
    "\n  query TeamProgress($from: String!, $to: String!) {\n    teamProgress(from: $from, to: $to) {\n      team\n      total\n      averageLeadTimeSeconds\n      days {\n        day\n        done\n      }\n    }\n  }\n": types.TeamProgressDocument,
    "\n  query TeamUsers($first: Int!, $tenantId: ID) {\n    users(first: $first, orderBy: DISPLAY_NAME_ASC, tenantId: $tenantId) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n          team\n          maxConcurrentChats\n          active\n          availability\n          lastLoginAt\n        }\n      }\n    }\n  }\n": types.TeamUsersDocument,
    "\n  query TeamPermissionMatrix {\n    permissionMatrix {\n      permissions\n      roles {\n        role\n        permissions\n      }\n    }\n  }\n": types.TeamPermissionMatrixDocument,
    "\n  mutation TeamCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        displayName\n        email\n      }\n      invitation {\n        token\n        expiresAt\n      }\n    }\n  }\n": types.TeamCreateUserDocument,
    "\n  mutation TeamUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        role\n        team\n        maxConcurrentChats\n      }\n    }\n  }\n": types.TeamUpdateUserDocument,
    "\n  mutation TeamDeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      user {\n        id\n        active\n      }\n    }\n  }\n": types.TeamDeactivateUserDocument,
    "\n  mutation TeamReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      user {\n        id\n        active\n      }\n    }\n  }\n": types.TeamReactivateUserDocument,
    "\n  query PlatformTenants($first: Int!) {\n    tenants(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          slug\n          status\n          timezone\n          createdAt\n          volume {\n            conversations\n            tickets\n            users\n            documents\n          }\n        }\n      }\n    }\n  }\n": types.PlatformTenantsDocument,
    "\n  mutation PlatformCreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        name\n        slug\n        status\n      }\n      invitation {\n        token\n        expiresAt\n      }\n    }\n  }\n": types.PlatformCreateTenantDocument,
    "\n  mutation PlatformSuspendTenant($input: TenantIdInput!) {\n    suspendTenant(input: $input) {\n      tenant {\n        id\n        status\n      }\n    }\n  }\n": types.PlatformSuspendTenantDocument,
    "\n  mutation PlatformReactivateTenant($input: TenantIdInput!) {\n    reactivateTenant(input: $input) {\n      tenant {\n        id\n        status\n      }\n    }\n  }\n": types.PlatformReactivateTenantDocument,
    "\n  fragment TicketRow on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    version\n    tags\n    channel\n    createdAt\n    updatedAt\n    assigneeId\n    queueId\n    contactId\n    conversationId\n    slaState\n    slaFirstResponseState\n    slaNextResponseState\n    slaResolutionState\n    firstResponseDueAt\n    nextResponseDueAt\n    resolutionDueAt\n    slaPausedAt\n    contact {\n      id\n      name\n      email\n    }\n    assignee {\n      id\n      displayName\n    }\n    queue {\n      id\n      name\n    }\n  }\n": types.TicketRowFragmentDoc,
    "\n  query TicketsList($filter: TicketFilter, $orderBy: TicketOrder!, $first: Int!, $after: String) {\n    tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TicketsListDocument,
    "\n  query TicketDetail($id: ID!) {\n    ticket(id: $id) {\n      ...TicketRow\n      description\n      category\n      intent\n      resolvedAt\n      closedAt\n      firstRespondedAt\n      escalationContext\n      events {\n        id\n        action\n        actorKind\n        actorId\n        actorName\n        before\n        after\n        comment\n        public\n        at\n        ticketVersion\n      }\n    }\n  }\n": types.TicketDetailDocument,
    "\n  query TicketPickers {\n    users(first: 100, orderBy: DISPLAY_NAME_ASC, filter: { active: true }) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n    queues(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TicketPickersDocument,
    "\n  subscription TicketUpdated {\n    ticketUpdated {\n      ...TicketRow\n    }\n  }\n": types.TicketUpdatedDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": types.CreateTicketDocument,
    "\n  mutation CreateTicketFromConversation($input: CreateTicketFromConversationInput!) {\n    createTicketFromConversation(input: $input) {\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": types.CreateTicketFromConversationDocument,
    "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": types.AssignTicketDocument,
    "\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": types.UpdateTicketDocument,
    "\n  mutation CommentOnTicket($input: CommentOnTicketInput!) {\n    commentOnTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": types.CommentOnTicketDocument,
    "\n  mutation ResolveTicket($input: TicketIdInput!) {\n    resolveTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": types.ResolveTicketDocument,
    "\n  mutation ReopenTicket($input: TicketIdInput!) {\n    reopenTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": types.ReopenTicketDocument,
    "\n  mutation CloseTicket($input: TicketIdInput!) {\n    closeTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": types.CloseTicketDocument,
    "\n  mutation EscalateTicket($input: EscalateTicketInput!) {\n    escalateTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": types.EscalateTicketDocument,
    "\n  query ConversationTickets($conversationId: ID!) {\n    tickets(filter: { conversationId: $conversationId }, first: 5) {\n      edges {\n        node {\n          id\n          number\n          status\n          subject\n        }\n      }\n    }\n  }\n": types.ConversationTicketsDocument,
    "\n  query TicketEscalationPreview($ticketId: ID!) {\n    ticketEscalationPreview(ticketId: $ticketId) {\n      ticketId\n      canEscalate\n      rules {\n        ruleId\n        name\n        effects\n      }\n    }\n  }\n": types.TicketEscalationPreviewDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    disabledReason\n    previousSecretExpiresAt\n    failingSince\n    createdAt\n  }\n": types.WebhookEndpointFieldsFragmentDoc,
    "\n  query WebhookEndpointsList($first: Int!) {\n    webhookEndpoints(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...WebhookEndpointFields\n        }\n      }\n    }\n  }\n": types.WebhookEndpointsListDocument,
    "\n  query WebhookDeliveriesList($endpointId: ID!, $first: Int!, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          messageId\n          eventType\n          payload\n          status\n          attempts\n          nextAttemptAt\n          lastResponseCode\n          lastError\n          deliveredAt\n          createdAt\n          attemptLog {\n            id\n            attempt\n            succeeded\n            responseCode\n            latencyMs\n            error\n            responseBody\n            manual\n            at\n          }\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesListDocument,
    "\n  mutation WebhooksCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      webhookEndpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": types.WebhooksCreateDocument,
    "\n  mutation WebhooksUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      webhookEndpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": types.WebhooksUpdateDocument,
    "\n  mutation WebhooksRotate($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      webhookEndpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": types.WebhooksRotateDocument,
    "\n  mutation WebhooksDelete($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedId\n    }\n  }\n": types.WebhooksDeleteDocument,
    "\n  mutation WebhooksSendTest($input: SendTestWebhookInput!) {\n    sendTestWebhook(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n": types.WebhooksSendTestDocument,
    "\n  mutation WebhooksRedeliver($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n": types.WebhooksRedeliverDocument,
    "\n  fragment WidgetSettingsFields on Tenant {\n    id\n    branding {\n      primaryColor\n      backgroundColor\n      position\n      welcomeMessage\n      awayMessage\n      logoUrl\n    }\n    ticketWhenNobodyAvailable\n    widgetOperationsSafelisted\n    csat {\n      enabled\n      question\n      lowLabel\n      highLabel\n    }\n    assistant {\n      name\n      persona\n      greeting\n      handoffThreshold\n      autoResolveThreshold\n      wordVariants {\n        fullForm\n        variants\n      }\n    }\n    identityVerification {\n      secret\n      required\n    }\n  }\n": types.WidgetSettingsFieldsFragmentDoc,
    "\n  query WidgetSettings {\n    viewer {\n      tenant {\n        id\n        name\n        widgetKey\n        ...WidgetSettingsFields\n      }\n    }\n  }\n": types.WidgetSettingsDocument,
    "\n  mutation WidgetSettingsUpdate($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant {\n        id\n        ...WidgetSettingsFields\n      }\n    }\n  }\n": types.WidgetSettingsUpdateDocument,
    "\n  mutation WidgetSettingsRotateSecret($input: RotateIdentitySecretInput!) {\n    rotateIdentitySecret(input: $input) {\n      tenant {\n        id\n        identityVerification {\n          secret\n          required\n        }\n      }\n    }\n  }\n": types.WidgetSettingsRotateSecretDocument,
    "\n  query WidgetConfig($widgetKey: String!) {\n    widgetConfig(widgetKey: $widgetKey) {\n      tenantName\n      assistantName\n      greeting\n      branding {\n        primaryColor\n        backgroundColor\n        position\n        welcomeMessage\n        logoUrl\n      }\n    }\n  }\n": types.WidgetConfigDocument,
    "\n  mutation StartWidgetSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": types.StartWidgetSessionDocument,
    "\n  query MyConversations {\n    myConversations {\n      id\n      status\n      agentName\n      lastSeq\n      csatRequest {\n        question\n        lowLabel\n        highLabel\n        alreadyRated\n      }\n      callback {\n        id\n        startsAt\n        status\n      }\n    }\n  }\n": types.MyConversationsDocument,
    "\n  mutation SubmitCsat($input: SubmitCsatInput!) {\n    submitCsat(input: $input) {\n      conversationId\n    }\n  }\n": types.SubmitCsatDocument,
    "\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      conversationId\n    }\n  }\n": types.StartConversationDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...WidgetMessage\n      }\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation SetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      ok\n    }\n  }\n": types.SetTypingDocument,
    "\n  fragment WidgetMessage on Message {\n    id\n    seq\n    author\n    authorName\n    body\n    clientMessageId\n    createdAt\n    offline\n    citations {\n      n\n      title\n      excerpt\n    }\n  }\n": types.WidgetMessageFragmentDoc,
    "\n  subscription MessageAdded($conversationId: ID!, $afterSeq: Int!) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      ...WidgetMessage\n    }\n  }\n": types.MessageAddedDocument,
    "\n  subscription AssistantDraft($conversationId: ID!) {\n    assistantDraft(conversationId: $conversationId) {\n      messageId\n      index\n      delta\n      state\n      offline\n      authorName\n    }\n  }\n": types.AssistantDraftDocument,
    "\n  subscription Typing($conversationId: ID!) {\n    typing(conversationId: $conversationId) {\n      who\n      name\n      typing\n    }\n  }\n": types.TypingDocument,
    "\n  subscription QueuePosition($conversationId: ID!) {\n    queuePosition(conversationId: $conversationId) {\n      waiting\n      position\n      estimatedWaitSeconds\n      nobodyAvailable\n      awayMessage\n    }\n  }\n": types.QueuePositionDocument,
    "\n  mutation LeaveEmailForReply($input: LeaveEmailForReplyInput!) {\n    leaveEmailForReply(input: $input) {\n      conversationId\n    }\n  }\n": types.LeaveEmailForReplyDocument,
    "\n  mutation RequestHumanAgent($input: RequestHumanInput!) {\n    requestHumanAgent(input: $input) {\n      conversationId\n    }\n  }\n": types.RequestHumanAgentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AiUsageGroupFields on AiUsageGroup {\n    key\n    calls\n    failedCalls\n    inputTokens\n    outputTokens\n    costUsd\n    latencyP50Ms\n    latencyP95Ms\n    conversations\n    handedOff\n    handOffRate\n  }\n"): (typeof documents)["\n  fragment AiUsageGroupFields on AiUsageGroup {\n    key\n    calls\n    failedCalls\n    inputTokens\n    outputTokens\n    costUsd\n    latencyP50Ms\n    latencyP95Ms\n    conversations\n    handedOff\n    handOffRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AiUsagePage($from: DateTimeISO!, $to: DateTimeISO!, $tenantId: ID) {\n    aiUsage(from: $from, to: $to, tenantId: $tenantId) {\n      from\n      to\n      totals {\n        calls\n        failedCalls\n        inputTokens\n        outputTokens\n        costUsd\n        latencyP50Ms\n        latencyP95Ms\n        conversations\n        handedOff\n        handOffRate\n      }\n      byPurpose {\n        ...AiUsageGroupFields\n      }\n      byModel {\n        ...AiUsageGroupFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AiUsagePage($from: DateTimeISO!, $to: DateTimeISO!, $tenantId: ID) {\n    aiUsage(from: $from, to: $to, tenantId: $tenantId) {\n      from\n      to\n      totals {\n        calls\n        failedCalls\n        inputTokens\n        outputTokens\n        costUsd\n        latencyP50Ms\n        latencyP95Ms\n        conversations\n        handedOff\n        handOffRate\n      }\n      byPurpose {\n        ...AiUsageGroupFields\n      }\n      byModel {\n        ...AiUsageGroupFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysList($first: Int!) {\n    apiKeys(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          lastUsedAt\n          revokedAt\n          pointsPerHour\n          budget {\n            limit\n            remaining\n            used\n            resetAt\n          }\n          createdBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeysList($first: Int!) {\n    apiKeys(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          lastUsedAt\n          revokedAt\n          pointsPerHour\n          budget {\n            limit\n            remaining\n            used\n            resetAt\n          }\n          createdBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysCreate($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeysCreate($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysRevoke($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeysRevoke($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysUpdate($input: UpdateApiKeyInput!) {\n    updateApiKey(input: $input) {\n      apiKey {\n        id\n        pointsPerHour\n        budget {\n          limit\n          remaining\n          used\n          resetAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeysUpdate($input: UpdateApiKeyInput!) {\n    updateApiKey(input: $input) {\n      apiKey {\n        id\n        pointsPerHour\n        budget {\n          limit\n          remaining\n          used\n          resetAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalFields on ApprovalRequest {\n    id\n    number\n    kind\n    summary\n    proposedAction\n    amount\n    currency\n    priority\n    urgency\n    status\n    version\n    conversationId\n    ticketId\n    requestedByKind\n    decisionReason\n    decidedAt\n    createdAt\n    requester {\n      id\n      displayName\n    }\n    approver {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ApprovalFields on ApprovalRequest {\n    id\n    number\n    kind\n    summary\n    proposedAction\n    amount\n    currency\n    priority\n    urgency\n    status\n    version\n    conversationId\n    ticketId\n    requestedByKind\n    decisionReason\n    decidedAt\n    createdAt\n    requester {\n      id\n      displayName\n    }\n    approver {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalsList($filter: ApprovalFilter, $first: Int!) {\n    approvalRequests(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ApprovalFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalsList($filter: ApprovalFilter, $first: Int!) {\n    approvalRequests(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ApprovalFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalDetail($id: ID!) {\n    approvalRequest(id: $id) {\n      ...ApprovalFields\n      escalatedTo {\n        id\n        displayName\n      }\n      conversation {\n        id\n        subject\n      }\n      history {\n        id\n        action\n        actorKind\n        actorName\n        fromUserName\n        toUserName\n        reason\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalDetail($id: ID!) {\n    approvalRequest(id: $id) {\n      ...ApprovalFields\n      escalatedTo {\n        id\n        displayName\n      }\n      conversation {\n        id\n        subject\n      }\n      history {\n        id\n        action\n        actorKind\n        actorName\n        fromUserName\n        toUserName\n        reason\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalDeciders {\n    users(filter: { roles: [MANAGER, TENANT_ADMIN], active: true }, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalDeciders {\n    users(filter: { roles: [MANAGER, TENANT_ADMIN], active: true }, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideApproval($input: DecideApprovalInput!) {\n    decideApproval(input: $input) {\n      approval {\n        ...ApprovalFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideApproval($input: DecideApprovalInput!) {\n    decideApproval(input: $input) {\n      approval {\n        ...ApprovalFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignApproval($input: ReassignApprovalInput!) {\n    reassignApproval(input: $input) {\n      approval {\n        ...ApprovalFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignApproval($input: ReassignApprovalInput!) {\n    reassignApproval(input: $input) {\n      approval {\n        ...ApprovalFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestApproval($input: RequestApprovalInput!) {\n    requestApproval(input: $input) {\n      approval {\n        ...ApprovalFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestApproval($input: RequestApprovalInput!) {\n    requestApproval(input: $input) {\n      approval {\n        ...ApprovalFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ApprovalUpdated {\n    approvalUpdated {\n      ...ApprovalFields\n    }\n  }\n"): (typeof documents)["\n  subscription ApprovalUpdated {\n    approvalUpdated {\n      ...ApprovalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogPage($first: Int!, $after: String, $filter: AuditLogFilter, $tenantId: ID) {\n    auditLogs(first: $first, after: $after, filter: $filter, tenantId: $tenantId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          tenantId\n          actorKind\n          actorId\n          actorName\n          action\n          resourceType\n          resourceId\n          before\n          after\n          ip\n          requestId\n          at\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogPage($first: Int!, $after: String, $filter: AuditLogFilter, $tenantId: ID) {\n    auditLogs(first: $first, after: $after, filter: $filter, tenantId: $tenantId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          tenantId\n          actorKind\n          actorId\n          actorName\n          action\n          resourceType\n          resourceId\n          before\n          after\n          ip\n          requestId\n          at\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogFacets($tenantId: ID) {\n    auditStats(tenantId: $tenantId) {\n      total\n      byAction {\n        key\n        count\n      }\n      byResourceType {\n        key\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogFacets($tenantId: ID) {\n    auditStats(tenantId: $tenantId) {\n      total\n      byAction {\n        key\n        count\n      }\n      byResourceType {\n        key\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerInfo {\n    serverInfo {\n      name\n      version\n      assistantMode\n    }\n  }\n"): (typeof documents)["\n  query ServerInfo {\n    serverInfo {\n      name\n      version\n      assistantMode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        displayName\n        role\n        tenant {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        displayName\n        role\n        tenant {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AutomationRuleFields on AutomationRule {\n    id\n    name\n    description\n    enabled\n    position\n    stopProcessing\n    trigger {\n      kind\n      events\n      after\n      minutes\n    }\n    conditions\n    actions\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AutomationRuleFields on AutomationRule {\n    id\n    name\n    description\n    enabled\n    position\n    stopProcessing\n    trigger {\n      kind\n      events\n      after\n      minutes\n    }\n    conditions\n    actions\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomationRulesList {\n    automationRules(first: 100) {\n      totalCount\n      edges {\n        node {\n          ...AutomationRuleFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AutomationRulesList {\n    automationRules(first: 100) {\n      totalCount\n      edges {\n        node {\n          ...AutomationRuleFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomationRuleOne($id: ID!) {\n    automationRule(id: $id) {\n      ...AutomationRuleFields\n    }\n  }\n"): (typeof documents)["\n  query AutomationRuleOne($id: ID!) {\n    automationRule(id: $id) {\n      ...AutomationRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomationEditorData {\n    automationRuleLanguage {\n      events\n      timeAnchors\n      maxTimeMinutes\n      fields {\n        name\n        type\n        label\n        values\n        min\n        max\n        integer\n        ops\n      }\n      actions {\n        type\n        label\n        params {\n          name\n          type\n          label\n          optional\n          min\n          max\n        }\n      }\n    }\n    queues(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    users(first: 100, orderBy: DISPLAY_NAME_ASC) {\n      edges {\n        node {\n          id\n          displayName\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AutomationEditorData {\n    automationRuleLanguage {\n      events\n      timeAnchors\n      maxTimeMinutes\n      fields {\n        name\n        type\n        label\n        values\n        min\n        max\n        integer\n        ops\n      }\n      actions {\n        type\n        label\n        params {\n          name\n          type\n          label\n          optional\n          min\n          max\n        }\n      }\n    }\n    queues(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    users(first: 100, orderBy: DISPLAY_NAME_ASC) {\n      edges {\n        node {\n          id\n          displayName\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomationValidate($input: AutomationRuleDraftInput!) {\n    validateAutomationRule(input: $input) {\n      valid\n      problems {\n        path\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query AutomationValidate($input: AutomationRuleDraftInput!) {\n    validateAutomationRule(input: $input) {\n      valid\n      problems {\n        path\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutomationCreate($input: CreateAutomationRuleInput!) {\n    createAutomationRule(input: $input) {\n      automationRule {\n        ...AutomationRuleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AutomationCreate($input: CreateAutomationRuleInput!) {\n    createAutomationRule(input: $input) {\n      automationRule {\n        ...AutomationRuleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutomationUpdate($input: UpdateAutomationRuleInput!) {\n    updateAutomationRule(input: $input) {\n      automationRule {\n        ...AutomationRuleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AutomationUpdate($input: UpdateAutomationRuleInput!) {\n    updateAutomationRule(input: $input) {\n      automationRule {\n        ...AutomationRuleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutomationDelete($input: DeleteAutomationRuleInput!) {\n    deleteAutomationRule(input: $input) {\n      deletedAutomationRuleId\n    }\n  }\n"): (typeof documents)["\n  mutation AutomationDelete($input: DeleteAutomationRuleInput!) {\n    deleteAutomationRule(input: $input) {\n      deletedAutomationRuleId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutomationReorder($input: ReorderAutomationRulesInput!) {\n    reorderAutomationRules(input: $input) {\n      automationRuleIds\n    }\n  }\n"): (typeof documents)["\n  mutation AutomationReorder($input: ReorderAutomationRulesInput!) {\n    reorderAutomationRules(input: $input) {\n      automationRuleIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomationSimulate($input: SimulateAutomationRuleInput!) {\n    simulateAutomationRule(input: $input) {\n      evaluated\n      matchedCount\n      matches {\n        subjectKind\n        ticketId\n        ticketNumber\n        conversationId\n        subject\n        effects\n      }\n    }\n  }\n"): (typeof documents)["\n  query AutomationSimulate($input: SimulateAutomationRuleInput!) {\n    simulateAutomationRule(input: $input) {\n      evaluated\n      matchedCount\n      matches {\n        subjectKind\n        ticketId\n        ticketNumber\n        conversationId\n        subject\n        effects\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFields on Meeting {\n    id\n    title\n    type\n    status\n    startsAt\n    endsAt\n    timezone\n    occurrenceStart\n    location\n    meetingUrl\n    organizerId\n    organizerName\n    conversationId\n    ticketId\n    notes\n    summary\n    reminderMinutes\n    recurrence\n    customerTimezone\n    version\n    attendees {\n      id\n      userId\n      contactId\n      name\n      email\n      response\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingFields on Meeting {\n    id\n    title\n    type\n    status\n    startsAt\n    endsAt\n    timezone\n    occurrenceStart\n    location\n    meetingUrl\n    organizerId\n    organizerName\n    conversationId\n    ticketId\n    notes\n    summary\n    reminderMinutes\n    recurrence\n    customerTimezone\n    version\n    attendees {\n      id\n      userId\n      contactId\n      name\n      email\n      response\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarMeetings($from: DateTimeISO!, $to: DateTimeISO!, $attendeeIds: [ID!]) {\n    meetings(from: $from, to: $to, attendeeIds: $attendeeIds) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  query CalendarMeetings($from: DateTimeISO!, $to: DateTimeISO!, $attendeeIds: [ID!]) {\n    meetings(from: $from, to: $to, attendeeIds: $attendeeIds) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkedCallbacks($from: DateTimeISO!, $to: DateTimeISO!, $conversationId: ID, $ticketId: ID) {\n    meetings(from: $from, to: $to, conversationId: $conversationId, ticketId: $ticketId, types: [CALLBACK], statuses: [SCHEDULED]) {\n      id\n      title\n      startsAt\n      endsAt\n      organizerName\n    }\n  }\n"): (typeof documents)["\n  query LinkedCallbacks($from: DateTimeISO!, $to: DateTimeISO!, $conversationId: ID, $ticketId: ID) {\n    meetings(from: $from, to: $to, conversationId: $conversationId, ticketId: $ticketId, types: [CALLBACK], statuses: [SCHEDULED]) {\n      id\n      title\n      startsAt\n      endsAt\n      organizerName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarMeeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  query CalendarMeeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarUsers {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          team\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarUsers {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          team\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarContacts($search: String!) {\n    contacts(first: 6, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarContacts($search: String!) {\n    contacts(first: 6, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreeSlots($userIds: [ID!]!, $from: DateTimeISO!, $to: DateTimeISO!, $durationMinutes: Int!) {\n    freeSlots(userIds: $userIds, from: $from, to: $to, durationMinutes: $durationMinutes) {\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  query FreeSlots($userIds: [ID!]!, $from: DateTimeISO!, $to: DateTimeISO!, $durationMinutes: Int!) {\n    freeSlots(userIds: $userIds, from: $from, to: $to, durationMinutes: $durationMinutes) {\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($input: MeetingIdInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($input: MeetingIdInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMeeting($input: CompleteMeetingInput!) {\n    completeMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteMeeting($input: CompleteMeetingInput!) {\n    completeMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SummarizeMeetingContext($input: SummarizeMeetingContextInput!) {\n    summarizeMeetingContext(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SummarizeMeetingContext($input: SummarizeMeetingContextInput!) {\n    summarizeMeetingContext(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleCallback($input: ScheduleCallbackInput!) {\n    scheduleCallback(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleCallback($input: ScheduleCallbackInput!) {\n    scheduleCallback(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingUpdated($mine: Boolean) {\n    meetingUpdated(mine: $mine) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingUpdated($mine: Boolean) {\n    meetingUpdated(mine: $mine) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMeeting($input: RespondToMeetingInput!) {\n    respondToMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToMeeting($input: RespondToMeetingInput!) {\n    respondToMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CannedResponsesList($first: Int!, $filter: CannedResponseFilter) {\n    cannedResponses(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          shortcut\n          title\n          body\n          shared\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CannedResponsesList($first: Int!, $filter: CannedResponseFilter) {\n    cannedResponses(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          shortcut\n          title\n          body\n          shared\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedResponsesCreate($input: CreateCannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      cannedResponse {\n        id\n        shortcut\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CannedResponsesCreate($input: CreateCannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      cannedResponse {\n        id\n        shortcut\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedResponsesUpdate($input: UpdateCannedResponseInput!) {\n    updateCannedResponse(input: $input) {\n      cannedResponse {\n        id\n        shortcut\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CannedResponsesUpdate($input: UpdateCannedResponseInput!) {\n    updateCannedResponse(input: $input) {\n      cannedResponse {\n        id\n        shortcut\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedResponsesDelete($input: DeleteCannedResponseInput!) {\n    deleteCannedResponse(input: $input) {\n      deletedCannedResponseId\n    }\n  }\n"): (typeof documents)["\n  mutation CannedResponsesDelete($input: DeleteCannedResponseInput!) {\n    deleteCannedResponse(input: $input) {\n      deletedCannedResponseId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleConversation on Conversation {\n    id\n    subject\n    status\n    handler\n    priority\n    channel\n    lastSeq\n    updatedAt\n    waitingSince\n    lastMessageAt\n    assignee {\n      id\n      displayName\n    }\n    contact {\n      id\n      name\n      email\n      vip\n      identified\n    }\n    csat {\n      rating\n      comment\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleConversation on Conversation {\n    id\n    subject\n    status\n    handler\n    priority\n    channel\n    lastSeq\n    updatedAt\n    waitingSince\n    lastMessageAt\n    assignee {\n      id\n      displayName\n    }\n    contact {\n      id\n      name\n      email\n      vip\n      identified\n    }\n    csat {\n      rating\n      comment\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleConversations($filter: ConversationFilter, $orderBy: ConversationOrder!, $first: Int!) {\n    conversations(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ConsoleConversation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleConversations($filter: ConversationFilter, $orderBy: ConversationOrder!, $first: Int!) {\n    conversations(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ConsoleConversation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleConversationUpdated {\n    conversationUpdated {\n      ...ConsoleConversation\n    }\n  }\n"): (typeof documents)["\n  subscription ConsoleConversationUpdated {\n    conversationUpdated {\n      ...ConsoleConversation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleMessage on Message {\n    id\n    seq\n    author\n    authorName\n    body\n    private\n    confidence\n    offline\n    createdAt\n    clientMessageId\n    citations {\n      n\n      title\n      excerpt\n      documentId\n      chunkId\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleMessage on Message {\n    id\n    seq\n    author\n    authorName\n    body\n    private\n    confidence\n    offline\n    createdAt\n    clientMessageId\n    citations {\n      n\n      title\n      excerpt\n      documentId\n      chunkId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMessages($conversationId: ID!, $afterSeq: Int!, $first: Int!) {\n    messages(conversationId: $conversationId, afterSeq: $afterSeq, first: $first) {\n      hasMore\n      messages {\n        ...ConsoleMessage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMessages($conversationId: ID!, $afterSeq: Int!, $first: Int!) {\n    messages(conversationId: $conversationId, afterSeq: $afterSeq, first: $first) {\n      hasMore\n      messages {\n        ...ConsoleMessage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleMessageAdded($conversationId: ID!, $afterSeq: Int!) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      ...ConsoleMessage\n    }\n  }\n"): (typeof documents)["\n  subscription ConsoleMessageAdded($conversationId: ID!, $afterSeq: Int!) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      ...ConsoleMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleAssistantDraft($conversationId: ID!) {\n    assistantDraft(conversationId: $conversationId) {\n      messageId\n      index\n      delta\n      state\n      authorName\n      offline\n    }\n  }\n"): (typeof documents)["\n  subscription ConsoleAssistantDraft($conversationId: ID!) {\n    assistantDraft(conversationId: $conversationId) {\n      messageId\n      index\n      delta\n      state\n      authorName\n      offline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleTyping($conversationId: ID!) {\n    typing(conversationId: $conversationId) {\n      conversationId\n      who\n      name\n      typing\n    }\n  }\n"): (typeof documents)["\n  subscription ConsoleTyping($conversationId: ID!) {\n    typing(conversationId: $conversationId) {\n      conversationId\n      who\n      name\n      typing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...ConsoleMessage\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...ConsoleMessage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTakeOver($input: ConversationIdInput!) {\n    takeOverConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleTakeOver($input: ConversationIdInput!) {\n    takeOverConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleHandBack($input: ConversationIdInput!) {\n    handBackConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleHandBack($input: ConversationIdInput!) {\n    handBackConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleResolve($input: ConversationIdInput!) {\n    resolveConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleResolve($input: ConversationIdInput!) {\n    resolveConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReopen($input: ConversationIdInput!) {\n    reopenConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReopen($input: ConversationIdInput!) {\n    reopenConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAssistantContext($conversationId: ID!) {\n    assistantContext(conversationId: $conversationId) {\n      reason\n      detail\n      summary\n      handedOffAt\n      classification {\n        category\n        intent\n        priority\n        sentiment\n        wantsHuman\n        summary\n        source\n      }\n      turns {\n        query\n        decision\n        confidence\n        reason\n        createdAt\n        sources {\n          title\n          score\n          documentId\n          chunkId\n          headingPath\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAssistantContext($conversationId: ID!) {\n    assistantContext(conversationId: $conversationId) {\n      reason\n      detail\n      summary\n      handedOffAt\n      classification {\n        category\n        intent\n        priority\n        sentiment\n        wantsHuman\n        summary\n        source\n      }\n      turns {\n        query\n        decision\n        confidence\n        reason\n        createdAt\n        sources {\n          title\n          score\n          documentId\n          chunkId\n          headingPath\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetAvailability($input: SetAvailabilityInput!) {\n    setAvailability(input: $input) {\n      presence {\n        userId\n        availability\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetAvailability($input: SetAvailabilityInput!) {\n    setAvailability(input: $input) {\n      presence {\n        userId\n        availability\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleHeartbeat {\n    heartbeat {\n      presence {\n        userId\n        availability\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleHeartbeat {\n    heartbeat {\n      presence {\n        userId\n        availability\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleConversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConsoleConversation\n    }\n  }\n"): (typeof documents)["\n  query ConsoleConversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConsoleConversation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCannedResponses($filter: CannedResponseFilter, $first: Int!) {\n    cannedResponses(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          shortcut\n          title\n          body\n          shared\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCannedResponses($filter: CannedResponseFilter, $first: Int!) {\n    cannedResponses(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          shortcut\n          title\n          body\n          shared\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRenderCannedResponse($conversationId: ID!, $shortcut: String!) {\n    renderCannedResponse(conversationId: $conversationId, shortcut: $shortcut)\n  }\n"): (typeof documents)["\n  query ConsoleRenderCannedResponse($conversationId: ID!, $shortcut: String!) {\n    renderCannedResponse(conversationId: $conversationId, shortcut: $shortcut)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTransferTargets {\n    presence(takesConversations: true) {\n      userId\n      displayName\n      availability\n    }\n    queues(first: 100) {\n      edges {\n        node {\n          id\n          name\n          waitingCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTransferTargets {\n    presence(takesConversations: true) {\n      userId\n      displayName\n      availability\n    }\n    queues(first: 100) {\n      edges {\n        node {\n          id\n          name\n          waitingCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTransfer($input: TransferConversationInput!) {\n    transferConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleTransfer($input: TransferConversationInput!) {\n    transferConversation(input: $input) {\n      conversation {\n        ...ConsoleConversation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePresence {\n    presence {\n      userId\n      displayName\n      availability\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query ConsolePresence {\n    presence {\n      userId\n      displayName\n      availability\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsolePresenceChanged {\n    presenceChanged {\n      userId\n      displayName\n      availability\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  subscription ConsolePresenceChanged {\n    presenceChanged {\n      userId\n      displayName\n      availability\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleContactConversations($filter: ConversationFilter, $first: Int!) {\n    conversations(filter: $filter, orderBy: CREATED_AT_DESC, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ConsoleConversation\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleContactConversations($filter: ConversationFilter, $first: Int!) {\n    conversations(filter: $filter, orderBy: CREATED_AT_DESC, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ConsoleConversation\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMarkAnswerNotInKnowledge($input: MarkAnswerNotInKnowledgeInput!) {\n    markAnswerNotInKnowledge(input: $input) {\n      example {\n        id\n        kind\n        question\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleMarkAnswerNotInKnowledge($input: MarkAnswerNotInKnowledgeInput!) {\n    markAnswerNotInKnowledge(input: $input) {\n      example {\n        id\n        kind\n        question\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMarkHandoffAnswerable($input: MarkHandoffAnswerableInput!) {\n    markHandoffAnswerable(input: $input) {\n      example {\n        id\n        kind\n        question\n        document {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleMarkHandoffAnswerable($input: MarkHandoffAnswerableInput!) {\n    markHandoffAnswerable(input: $input) {\n      example {\n        id\n        kind\n        question\n        document {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePublishedArticles($search: String) {\n    knowledgeDocuments(first: 8, filter: { status: PUBLISHED, search: $search }, orderBy: TITLE_ASC) {\n      edges {\n        node {\n          id\n          kind\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolePublishedArticles($search: String) {\n    knowledgeDocuments(first: 8, filter: { status: PUBLISHED, search: $search }, orderBy: TITLE_ASC) {\n      edges {\n        node {\n          id\n          kind\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveKpisCard on LiveKpis {\n    tenantId\n    computedAt\n    day\n    waitingCustomers\n    longestWaitSeconds\n    activeConversations\n    humanHandledNow\n    conversationsToday\n    resolvedToday\n    botResolvedToday\n    avgFirstResponseSeconds\n    avgResolutionSeconds\n    csatPercent\n    csatResponses\n    csatResponseRate\n    fcrPercent\n    aiResolutionRate\n    slaAtRisk\n    slaBreached\n    agentsOnline\n  }\n"): (typeof documents)["\n  fragment LiveKpisCard on LiveKpis {\n    tenantId\n    computedAt\n    day\n    waitingCustomers\n    longestWaitSeconds\n    activeConversations\n    humanHandledNow\n    conversationsToday\n    resolvedToday\n    botResolvedToday\n    avgFirstResponseSeconds\n    avgResolutionSeconds\n    csatPercent\n    csatResponses\n    csatResponseRate\n    fcrPercent\n    aiResolutionRate\n    slaAtRisk\n    slaBreached\n    agentsOnline\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardLiveKpis($tenantId: ID) {\n    liveKpis(tenantId: $tenantId) {\n      ...LiveKpisCard\n    }\n  }\n"): (typeof documents)["\n  query DashboardLiveKpis($tenantId: ID) {\n    liveKpis(tenantId: $tenantId) {\n      ...LiveKpisCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardKpisUpdated($tenantId: ID) {\n    kpisUpdated(tenantId: $tenantId) {\n      ...LiveKpisCard\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardKpisUpdated($tenantId: ID) {\n    kpisUpdated(tenantId: $tenantId) {\n      ...LiveKpisCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOwnTenant {\n    viewer {\n      tenant {\n        id\n        name\n        timezone\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardOwnTenant {\n    viewer {\n      tenant {\n        id\n        name\n        timezone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCharts($from: DateTimeISO!, $to: DateTimeISO!, $granularity: KpiGranularity!, $businessHoursOnly: Boolean!, $tenantId: ID) {\n    hourlyStats(from: $from, to: $to, tenantId: $tenantId) {\n      hour\n      conversationsOpened\n      resolutions\n      botResolutions\n      handoffs\n    }\n    firstResponse: kpiSeries(metric: FIRST_RESPONSE, from: $from, to: $to, granularity: $granularity, businessHoursOnly: $businessHoursOnly, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n        average\n      }\n    }\n    resolutions: kpiSeries(metric: RESOLUTION, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n      }\n    }\n    botResolutions: kpiSeries(metric: BOT_RESOLVED, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n      }\n    }\n    slaMet: kpiSeries(metric: SLA_MET, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n      }\n    }\n    slaMissed: kpiSeries(metric: SLA_MISSED, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardCharts($from: DateTimeISO!, $to: DateTimeISO!, $granularity: KpiGranularity!, $businessHoursOnly: Boolean!, $tenantId: ID) {\n    hourlyStats(from: $from, to: $to, tenantId: $tenantId) {\n      hour\n      conversationsOpened\n      resolutions\n      botResolutions\n      handoffs\n    }\n    firstResponse: kpiSeries(metric: FIRST_RESPONSE, from: $from, to: $to, granularity: $granularity, businessHoursOnly: $businessHoursOnly, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n        average\n      }\n    }\n    resolutions: kpiSeries(metric: RESOLUTION, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n      }\n    }\n    botResolutions: kpiSeries(metric: BOT_RESOLVED, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n      }\n    }\n    slaMet: kpiSeries(metric: SLA_MET, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n      }\n    }\n    slaMissed: kpiSeries(metric: SLA_MISSED, from: $from, to: $to, granularity: $granularity, tenantId: $tenantId) {\n      points {\n        bucket\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PerformanceRowFields on PerformanceRow {\n    key\n    name\n    team\n    conversationsHandled\n    resolutions\n    firstResponses\n    replies\n    transfers\n    avgFirstResponseSeconds\n    avgResolutionSeconds\n    csatResponses\n    csatPercent\n    onlineSeconds\n    awaySeconds\n    busySeconds\n  }\n"): (typeof documents)["\n  fragment PerformanceRowFields on PerformanceRow {\n    key\n    name\n    team\n    conversationsHandled\n    resolutions\n    firstResponses\n    replies\n    transfers\n    avgFirstResponseSeconds\n    avgResolutionSeconds\n    csatResponses\n    csatPercent\n    onlineSeconds\n    awaySeconds\n    busySeconds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOperators($from: DateTimeISO!, $to: DateTimeISO!, $businessHoursOnly: Boolean!, $tenantId: ID) {\n    operatorPerformance(from: $from, to: $to, businessHoursOnly: $businessHoursOnly, tenantId: $tenantId) {\n      ...PerformanceRowFields\n    }\n  }\n"): (typeof documents)["\n  query DashboardOperators($from: DateTimeISO!, $to: DateTimeISO!, $businessHoursOnly: Boolean!, $tenantId: ID) {\n    operatorPerformance(from: $from, to: $to, businessHoursOnly: $businessHoursOnly, tenantId: $tenantId) {\n      ...PerformanceRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTeams($from: DateTimeISO!, $to: DateTimeISO!, $businessHoursOnly: Boolean!, $tenantId: ID) {\n    teamMetrics(from: $from, to: $to, businessHoursOnly: $businessHoursOnly, tenantId: $tenantId) {\n      ...PerformanceRowFields\n    }\n  }\n"): (typeof documents)["\n  query DashboardTeams($from: DateTimeISO!, $to: DateTimeISO!, $businessHoursOnly: Boolean!, $tenantId: ID) {\n    teamMetrics(from: $from, to: $to, businessHoursOnly: $businessHoursOnly, tenantId: $tenantId) {\n      ...PerformanceRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCsatRatings($from: DateTimeISO!, $to: DateTimeISO!, $tenantId: ID) {\n    csatDistribution(from: $from, to: $to, tenantId: $tenantId)\n  }\n"): (typeof documents)["\n  query DashboardCsatRatings($from: DateTimeISO!, $to: DateTimeISO!, $tenantId: ID) {\n    csatDistribution(from: $from, to: $to, tenantId: $tenantId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDrillDown($filter: ReportingEventFilter!, $first: Int!, $after: String, $tenantId: ID) {\n    reportingEvents(filter: $filter, first: $first, after: $after, tenantId: $tenantId) {\n      edges {\n        node {\n          id\n          name\n          valueSeconds\n          valueBusinessSeconds\n          endedAt\n          channel\n          attributes\n          conversationId\n          conversation {\n            id\n            subject\n            status\n            contact {\n              id\n              name\n            }\n          }\n          agent {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardDrillDown($filter: ReportingEventFilter!, $first: Int!, $after: String, $tenantId: ID) {\n    reportingEvents(filter: $filter, first: $first, after: $after, tenantId: $tenantId) {\n      edges {\n        node {\n          id\n          name\n          valueSeconds\n          valueBusinessSeconds\n          endedAt\n          channel\n          attributes\n          conversationId\n          conversation {\n            id\n            subject\n            status\n            contact {\n              id\n              name\n            }\n          }\n          agent {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardExportReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      filename\n      contentType\n      rowCount\n      csv\n    }\n  }\n"): (typeof documents)["\n  query DashboardExportReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      filename\n      contentType\n      rowCount\n      csv\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTenants($search: String) {\n    tenants(first: 100, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          slug\n          status\n          timezone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardTenants($search: String) {\n    tenants(first: 100, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          slug\n          status\n          timezone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTenant($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      slug\n      status\n      timezone\n    }\n  }\n"): (typeof documents)["\n  query DashboardTenant($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      slug\n      status\n      timezone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageExamples($filter: KnowledgeExampleFilter, $first: Int, $after: String) {\n    knowledgeExamples(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          question\n          note\n          conversationId\n          createdAt\n          resolvedAt\n          createdBy {\n            id\n            displayName\n          }\n          document {\n            id\n            title\n          }\n          resolvedDocument {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageExamples($filter: KnowledgeExampleFilter, $first: Int, $after: String) {\n    knowledgeExamples(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          question\n          note\n          conversationId\n          createdAt\n          resolvedAt\n          createdBy {\n            id\n            displayName\n          }\n          document {\n            id\n            title\n          }\n          resolvedDocument {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoverageDismissExample($input: ResolveKnowledgeExampleInput!) {\n    resolveKnowledgeExample(input: $input) {\n      example {\n        id\n        resolvedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoverageDismissExample($input: ResolveKnowledgeExampleInput!) {\n    resolveKnowledgeExample(input: $input) {\n      example {\n        id\n        resolvedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeCoverage {\n    knowledgeCoverage {\n      ...CoverageFields\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeCoverage {\n    knowledgeCoverage {\n      ...CoverageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecalibrateKnowledge {\n    recalibrateKnowledge {\n      coverage {\n        ...CoverageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecalibrateKnowledge {\n    recalibrateKnowledge {\n      coverage {\n        ...CoverageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoverageFields on KnowledgeCoverage {\n    tenantId\n    status\n    mode\n    target\n    thresholdInForce\n    manualThreshold\n    calibratedAt\n    tookMs\n    labelledExamples\n    operatingPoint {\n      threshold\n      answerableHandedOff\n      unanswerableAnswered\n    }\n    curve {\n      threshold\n      answerableHandedOff\n      unanswerableAnswered\n    }\n    probeCounts {\n      answerable\n      unanswerable\n      labelled\n    }\n    probes {\n      question\n      kind\n      source\n      score\n      handedOff\n      documentTitle\n    }\n    changes {\n      previousCalibratedAt\n      thresholdBefore\n      thresholdAfter\n      probesBefore {\n        answerable\n        unanswerable\n        labelled\n      }\n      probesAfter {\n        answerable\n        unanswerable\n        labelled\n      }\n      documentsAdded {\n        id\n        title\n      }\n      documentsRemoved {\n        id\n        title\n      }\n      documentsChanged {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CoverageFields on KnowledgeCoverage {\n    tenantId\n    status\n    mode\n    target\n    thresholdInForce\n    manualThreshold\n    calibratedAt\n    tookMs\n    labelledExamples\n    operatingPoint {\n      threshold\n      answerableHandedOff\n      unanswerableAnswered\n    }\n    curve {\n      threshold\n      answerableHandedOff\n      unanswerableAnswered\n    }\n    probeCounts {\n      answerable\n      unanswerable\n      labelled\n    }\n    probes {\n      question\n      kind\n      source\n      score\n      handedOff\n      documentTitle\n    }\n    changes {\n      previousCalibratedAt\n      thresholdBefore\n      thresholdAfter\n      probesBefore {\n        answerable\n        unanswerable\n        labelled\n      }\n      probesAfter {\n        answerable\n        unanswerable\n        labelled\n      }\n      documentsAdded {\n        id\n        title\n      }\n      documentsRemoved {\n        id\n        title\n      }\n      documentsChanged {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeDocumentRow on KnowledgeDocument {\n    id\n    title\n    kind\n    status\n    tags\n    indexingStatus\n    indexingProgress\n    indexingError\n    chunkCount\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment KnowledgeDocumentRow on KnowledgeDocument {\n    id\n    title\n    kind\n    status\n    tags\n    indexingStatus\n    indexingProgress\n    indexingError\n    chunkCount\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeEditorFields on KnowledgeDocument {\n    ...KnowledgeDocumentRow\n    body\n  }\n"): (typeof documents)["\n  fragment KnowledgeEditorFields on KnowledgeDocument {\n    ...KnowledgeDocumentRow\n    body\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeIndexingFields on KnowledgeIndexingEvent {\n    documentId\n    status\n    progress\n    chunkCount\n    error\n  }\n"): (typeof documents)["\n  fragment KnowledgeIndexingFields on KnowledgeIndexingEvent {\n    documentId\n    status\n    progress\n    chunkCount\n    error\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeDocuments($first: Int!, $filter: KnowledgeFilter, $tenantId: ID) {\n    knowledgeDocuments(first: $first, orderBy: TITLE_ASC, filter: $filter, tenantId: $tenantId) {\n      totalCount\n      edges {\n        node {\n          ...KnowledgeDocumentRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeDocuments($first: Int!, $filter: KnowledgeFilter, $tenantId: ID) {\n    knowledgeDocuments(first: $first, orderBy: TITLE_ASC, filter: $filter, tenantId: $tenantId) {\n      totalCount\n      edges {\n        node {\n          ...KnowledgeDocumentRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KnowledgeIndexing {\n    knowledgeIndexing {\n      ...KnowledgeIndexingFields\n    }\n  }\n"): (typeof documents)["\n  subscription KnowledgeIndexing {\n    knowledgeIndexing {\n      ...KnowledgeIndexingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeSearch($query: String!, $first: Int!) {\n    searchKnowledge(query: $query, first: $first) {\n      evidence\n      wouldHandOff\n      tookMs\n      hits {\n        chunkId\n        documentId\n        title\n        kind\n        score\n        similarity\n        denseRank\n        lexicalRank\n        headingPath\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeSearch($query: String!, $first: Int!) {\n    searchKnowledge(query: $query, first: $first) {\n      evidence\n      wouldHandOff\n      tookMs\n      hits {\n        chunkId\n        documentId\n        title\n        kind\n        score\n        similarity\n        denseRank\n        lexicalRank\n        headingPath\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeEditorDocument($id: ID!) {\n    knowledgeDocument(id: $id) {\n      ...KnowledgeEditorFields\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeEditorDocument($id: ID!) {\n    knowledgeDocument(id: $id) {\n      ...KnowledgeEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKnowledgeDocument($input: KnowledgeDocumentInput!) {\n    createKnowledgeDocument(input: $input) {\n      documentId\n      document {\n        ...KnowledgeEditorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKnowledgeDocument($input: KnowledgeDocumentInput!) {\n    createKnowledgeDocument(input: $input) {\n      documentId\n      document {\n        ...KnowledgeEditorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateKnowledgeDocument($input: UpdateKnowledgeDocumentInput!) {\n    updateKnowledgeDocument(input: $input) {\n      documentId\n      document {\n        ...KnowledgeEditorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateKnowledgeDocument($input: UpdateKnowledgeDocumentInput!) {\n    updateKnowledgeDocument(input: $input) {\n      documentId\n      document {\n        ...KnowledgeEditorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishKnowledgeDocument($input: KnowledgeDocumentIdInput!) {\n    publishKnowledgeDocument(input: $input) {\n      documentId\n      document {\n        ...KnowledgeEditorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishKnowledgeDocument($input: KnowledgeDocumentIdInput!) {\n    publishKnowledgeDocument(input: $input) {\n      documentId\n      document {\n        ...KnowledgeEditorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishKnowledgeDocument($input: KnowledgeDocumentIdInput!) {\n    unpublishKnowledgeDocument(input: $input) {\n      documentId\n      document {\n        ...KnowledgeEditorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishKnowledgeDocument($input: KnowledgeDocumentIdInput!) {\n    unpublishKnowledgeDocument(input: $input) {\n      documentId\n      document {\n        ...KnowledgeEditorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteKnowledgeDocument($input: KnowledgeDocumentIdInput!) {\n    deleteKnowledgeDocument(input: $input) {\n      deletedId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteKnowledgeDocument($input: KnowledgeDocumentIdInput!) {\n    deleteKnowledgeDocument(input: $input) {\n      deletedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KnowledgeDocumentIndexing($documentId: ID) {\n    knowledgeIndexing(documentId: $documentId) {\n      ...KnowledgeIndexingFields\n    }\n  }\n"): (typeof documents)["\n  subscription KnowledgeDocumentIndexing($documentId: ID) {\n    knowledgeIndexing(documentId: $documentId) {\n      ...KnowledgeIndexingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportKnowledgeDocuments($input: ImportKnowledgeInput!) {\n    importKnowledgeDocuments(input: $input) {\n      count\n      documentIds\n    }\n  }\n"): (typeof documents)["\n  mutation ImportKnowledgeDocuments($input: ImportKnowledgeInput!) {\n    importKnowledgeDocuments(input: $input) {\n      count\n      documentIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveKnowledgeExample($input: ResolveKnowledgeExampleInput!) {\n    resolveKnowledgeExample(input: $input) {\n      example {\n        id\n        resolvedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveKnowledgeExample($input: ResolveKnowledgeExampleInput!) {\n    resolveKnowledgeExample(input: $input) {\n      example {\n        id\n        resolvedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    subjectKind\n    subjectId\n    readAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    subjectKind\n    subjectId\n    readAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationBell($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationBell($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      markedIds\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      markedIds\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxMessages($first: Int!, $after: String, $filter: OutboxMessageFilter) {\n    outboxMessages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          to\n          from\n          subject\n          text\n          kind\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutboxMessages($first: Int!, $after: String, $filter: OutboxMessageFilter) {\n    outboxMessages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          to\n          from\n          subject\n          text\n          kind\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantChoices {\n    tenants(first: 100) {\n      edges {\n        node {\n          id\n          name\n          slug\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantChoices {\n    tenants(first: 100) {\n      edges {\n        node {\n          id\n          name\n          slug\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      user {\n        id\n        displayName\n        avatarUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      user {\n        id\n        displayName\n        avatarUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed {\n    viewer {\n      calendarFeed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeed {\n    viewer {\n      calendarFeed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      feed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      feed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed {\n      feed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed {\n      feed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      kind\n      permissions\n      user {\n        id\n        displayName\n        avatarUrl\n        email\n        role\n        availability\n      }\n      tenant {\n        name\n        slug\n        timezone\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      kind\n      permissions\n      user {\n        id\n        displayName\n        avatarUrl\n        email\n        role\n        availability\n      }\n      tenant {\n        name\n        slug\n        timezone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($input: LogoutInput!) {\n    logout(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Logout($input: LogoutInput!) {\n    logout(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaSettings {\n    businessCalendars {\n      id\n      queueId\n      name\n      timezone\n      openNow\n      weeklyHours {\n        weekday\n        ranges {\n          start\n          end\n        }\n      }\n      holidays {\n        date\n        name\n      }\n    }\n    slaPolicies {\n      id\n      name\n      position\n      enabled\n      fallback\n      conditions {\n        priorities\n        queueIds\n        vip\n        tagsAny\n      }\n      firstResponseMinutes\n      nextResponseMinutes\n      resolutionMinutes\n      businessHours\n      atRiskShare\n    }\n    queues(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SlaSettings {\n    businessCalendars {\n      id\n      queueId\n      name\n      timezone\n      openNow\n      weeklyHours {\n        weekday\n        ranges {\n          start\n          end\n        }\n      }\n      holidays {\n        date\n        name\n      }\n    }\n    slaPolicies {\n      id\n      name\n      position\n      enabled\n      fallback\n      conditions {\n        priorities\n        queueIds\n        vip\n        tagsAny\n      }\n      firstResponseMinutes\n      nextResponseMinutes\n      resolutionMinutes\n      businessHours\n      atRiskShare\n    }\n    queues(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaUpsertCalendar($input: UpsertBusinessCalendarInput!) {\n    upsertBusinessCalendar(input: $input) {\n      businessCalendar {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SlaUpsertCalendar($input: UpsertBusinessCalendarInput!) {\n    upsertBusinessCalendar(input: $input) {\n      businessCalendar {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaImportHolidays($input: ImportHolidaysInput!) {\n    importHolidays(input: $input) {\n      imported\n      recurrenceIgnored\n    }\n  }\n"): (typeof documents)["\n  mutation SlaImportHolidays($input: ImportHolidaysInput!) {\n    importHolidays(input: $input) {\n      imported\n      recurrenceIgnored\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaCreatePolicy($input: CreateSlaPolicyInput!) {\n    createSlaPolicy(input: $input) {\n      slaPolicy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SlaCreatePolicy($input: CreateSlaPolicyInput!) {\n    createSlaPolicy(input: $input) {\n      slaPolicy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaUpdatePolicy($input: UpdateSlaPolicyInput!) {\n    updateSlaPolicy(input: $input) {\n      slaPolicy {\n        id\n        enabled\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SlaUpdatePolicy($input: UpdateSlaPolicyInput!) {\n    updateSlaPolicy(input: $input) {\n      slaPolicy {\n        id\n        enabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaDeletePolicy($input: DeleteSlaPolicyInput!) {\n    deleteSlaPolicy(input: $input) {\n      deletedSlaPolicyId\n    }\n  }\n"): (typeof documents)["\n  mutation SlaDeletePolicy($input: DeleteSlaPolicyInput!) {\n    deleteSlaPolicy(input: $input) {\n      deletedSlaPolicyId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaReorderPolicies($input: ReorderSlaPoliciesInput!) {\n    reorderSlaPolicies(input: $input) {\n      slaPolicies {\n        id\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SlaReorderPolicies($input: ReorderSlaPoliciesInput!) {\n    reorderSlaPolicies(input: $input) {\n      slaPolicies {\n        id\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    tags\n    dueAt\n    completedAt\n    position\n    version\n    assigneeId\n    assignee {\n      id\n      displayName\n    }\n    creatorKind\n    createdBy {\n      id\n      displayName\n    }\n    ticketId\n    meetingId\n    conversationId\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment TaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    tags\n    dueAt\n    completedAt\n    position\n    version\n    assigneeId\n    assignee {\n      id\n      displayName\n    }\n    creatorKind\n    createdBy {\n      id\n      displayName\n    }\n    ticketId\n    meetingId\n    conversationId\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardTasks($filter: TaskFilter, $done: TaskFilter) {\n    open: tasks(filter: $filter, first: 100, orderBy: POSITION) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n    done: tasks(filter: $done, first: 30, orderBy: UPDATED_AT) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardTasks($filter: TaskFilter, $done: TaskFilter) {\n    open: tasks(filter: $filter, first: 100, orderBy: POSITION) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n    done: tasks(filter: $done, first: 30, orderBy: UPDATED_AT) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskAssignees {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskAssignees {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      changed\n      task {\n        ...TaskFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      changed\n      task {\n        ...TaskFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskUpdated {\n    taskUpdated {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  subscription TaskUpdated {\n    taskUpdated {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamProgress($from: String!, $to: String!) {\n    teamProgress(from: $from, to: $to) {\n      team\n      total\n      averageLeadTimeSeconds\n      days {\n        day\n        done\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamProgress($from: String!, $to: String!) {\n    teamProgress(from: $from, to: $to) {\n      team\n      total\n      averageLeadTimeSeconds\n      days {\n        day\n        done\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamUsers($first: Int!, $tenantId: ID) {\n    users(first: $first, orderBy: DISPLAY_NAME_ASC, tenantId: $tenantId) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n          team\n          maxConcurrentChats\n          active\n          availability\n          lastLoginAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamUsers($first: Int!, $tenantId: ID) {\n    users(first: $first, orderBy: DISPLAY_NAME_ASC, tenantId: $tenantId) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n          team\n          maxConcurrentChats\n          active\n          availability\n          lastLoginAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPermissionMatrix {\n    permissionMatrix {\n      permissions\n      roles {\n        role\n        permissions\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamPermissionMatrix {\n    permissionMatrix {\n      permissions\n      roles {\n        role\n        permissions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        displayName\n        email\n      }\n      invitation {\n        token\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        displayName\n        email\n      }\n      invitation {\n        token\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        role\n        team\n        maxConcurrentChats\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        role\n        team\n        maxConcurrentChats\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamDeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      user {\n        id\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamDeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      user {\n        id\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      user {\n        id\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      user {\n        id\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformTenants($first: Int!) {\n    tenants(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          slug\n          status\n          timezone\n          createdAt\n          volume {\n            conversations\n            tickets\n            users\n            documents\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlatformTenants($first: Int!) {\n    tenants(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          slug\n          status\n          timezone\n          createdAt\n          volume {\n            conversations\n            tickets\n            users\n            documents\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlatformCreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        name\n        slug\n        status\n      }\n      invitation {\n        token\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlatformCreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        name\n        slug\n        status\n      }\n      invitation {\n        token\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlatformSuspendTenant($input: TenantIdInput!) {\n    suspendTenant(input: $input) {\n      tenant {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlatformSuspendTenant($input: TenantIdInput!) {\n    suspendTenant(input: $input) {\n      tenant {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlatformReactivateTenant($input: TenantIdInput!) {\n    reactivateTenant(input: $input) {\n      tenant {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlatformReactivateTenant($input: TenantIdInput!) {\n    reactivateTenant(input: $input) {\n      tenant {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketRow on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    version\n    tags\n    channel\n    createdAt\n    updatedAt\n    assigneeId\n    queueId\n    contactId\n    conversationId\n    slaState\n    slaFirstResponseState\n    slaNextResponseState\n    slaResolutionState\n    firstResponseDueAt\n    nextResponseDueAt\n    resolutionDueAt\n    slaPausedAt\n    contact {\n      id\n      name\n      email\n    }\n    assignee {\n      id\n      displayName\n    }\n    queue {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TicketRow on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    version\n    tags\n    channel\n    createdAt\n    updatedAt\n    assigneeId\n    queueId\n    contactId\n    conversationId\n    slaState\n    slaFirstResponseState\n    slaNextResponseState\n    slaResolutionState\n    firstResponseDueAt\n    nextResponseDueAt\n    resolutionDueAt\n    slaPausedAt\n    contact {\n      id\n      name\n      email\n    }\n    assignee {\n      id\n      displayName\n    }\n    queue {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketsList($filter: TicketFilter, $orderBy: TicketOrder!, $first: Int!, $after: String) {\n    tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketsList($filter: TicketFilter, $orderBy: TicketOrder!, $first: Int!, $after: String) {\n    tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketDetail($id: ID!) {\n    ticket(id: $id) {\n      ...TicketRow\n      description\n      category\n      intent\n      resolvedAt\n      closedAt\n      firstRespondedAt\n      escalationContext\n      events {\n        id\n        action\n        actorKind\n        actorId\n        actorName\n        before\n        after\n        comment\n        public\n        at\n        ticketVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketDetail($id: ID!) {\n    ticket(id: $id) {\n      ...TicketRow\n      description\n      category\n      intent\n      resolvedAt\n      closedAt\n      firstRespondedAt\n      escalationContext\n      events {\n        id\n        action\n        actorKind\n        actorId\n        actorName\n        before\n        after\n        comment\n        public\n        at\n        ticketVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketPickers {\n    users(first: 100, orderBy: DISPLAY_NAME_ASC, filter: { active: true }) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n    queues(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketPickers {\n    users(first: 100, orderBy: DISPLAY_NAME_ASC, filter: { active: true }) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n    queues(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketUpdated {\n    ticketUpdated {\n      ...TicketRow\n    }\n  }\n"): (typeof documents)["\n  subscription TicketUpdated {\n    ticketUpdated {\n      ...TicketRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicketFromConversation($input: CreateTicketFromConversationInput!) {\n    createTicketFromConversation(input: $input) {\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTicketFromConversation($input: CreateTicketFromConversationInput!) {\n    createTicketFromConversation(input: $input) {\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnTicket($input: CommentOnTicketInput!) {\n    commentOnTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnTicket($input: CommentOnTicketInput!) {\n    commentOnTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveTicket($input: TicketIdInput!) {\n    resolveTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveTicket($input: TicketIdInput!) {\n    resolveTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenTicket($input: TicketIdInput!) {\n    reopenTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenTicket($input: TicketIdInput!) {\n    reopenTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseTicket($input: TicketIdInput!) {\n    closeTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseTicket($input: TicketIdInput!) {\n    closeTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateTicket($input: EscalateTicketInput!) {\n    escalateTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateTicket($input: EscalateTicketInput!) {\n    escalateTicket(input: $input) {\n      ticketEventId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationTickets($conversationId: ID!) {\n    tickets(filter: { conversationId: $conversationId }, first: 5) {\n      edges {\n        node {\n          id\n          number\n          status\n          subject\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationTickets($conversationId: ID!) {\n    tickets(filter: { conversationId: $conversationId }, first: 5) {\n      edges {\n        node {\n          id\n          number\n          status\n          subject\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketEscalationPreview($ticketId: ID!) {\n    ticketEscalationPreview(ticketId: $ticketId) {\n      ticketId\n      canEscalate\n      rules {\n        ruleId\n        name\n        effects\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketEscalationPreview($ticketId: ID!) {\n    ticketEscalationPreview(ticketId: $ticketId) {\n      ticketId\n      canEscalate\n      rules {\n        ruleId\n        name\n        effects\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    disabledReason\n    previousSecretExpiresAt\n    failingSince\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    disabledReason\n    previousSecretExpiresAt\n    failingSince\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpointsList($first: Int!) {\n    webhookEndpoints(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...WebhookEndpointFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpointsList($first: Int!) {\n    webhookEndpoints(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...WebhookEndpointFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveriesList($endpointId: ID!, $first: Int!, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          messageId\n          eventType\n          payload\n          status\n          attempts\n          nextAttemptAt\n          lastResponseCode\n          lastError\n          deliveredAt\n          createdAt\n          attemptLog {\n            id\n            attempt\n            succeeded\n            responseCode\n            latencyMs\n            error\n            responseBody\n            manual\n            at\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveriesList($endpointId: ID!, $first: Int!, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          messageId\n          eventType\n          payload\n          status\n          attempts\n          nextAttemptAt\n          lastResponseCode\n          lastError\n          deliveredAt\n          createdAt\n          attemptLog {\n            id\n            attempt\n            succeeded\n            responseCode\n            latencyMs\n            error\n            responseBody\n            manual\n            at\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      webhookEndpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      webhookEndpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      webhookEndpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      webhookEndpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksRotate($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      webhookEndpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksRotate($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      webhookEndpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksDelete($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedId\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksDelete($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksSendTest($input: SendTestWebhookInput!) {\n    sendTestWebhook(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksSendTest($input: SendTestWebhookInput!) {\n    sendTestWebhook(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksRedeliver($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksRedeliver($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WidgetSettingsFields on Tenant {\n    id\n    branding {\n      primaryColor\n      backgroundColor\n      position\n      welcomeMessage\n      awayMessage\n      logoUrl\n    }\n    ticketWhenNobodyAvailable\n    widgetOperationsSafelisted\n    csat {\n      enabled\n      question\n      lowLabel\n      highLabel\n    }\n    assistant {\n      name\n      persona\n      greeting\n      handoffThreshold\n      autoResolveThreshold\n      wordVariants {\n        fullForm\n        variants\n      }\n    }\n    identityVerification {\n      secret\n      required\n    }\n  }\n"): (typeof documents)["\n  fragment WidgetSettingsFields on Tenant {\n    id\n    branding {\n      primaryColor\n      backgroundColor\n      position\n      welcomeMessage\n      awayMessage\n      logoUrl\n    }\n    ticketWhenNobodyAvailable\n    widgetOperationsSafelisted\n    csat {\n      enabled\n      question\n      lowLabel\n      highLabel\n    }\n    assistant {\n      name\n      persona\n      greeting\n      handoffThreshold\n      autoResolveThreshold\n      wordVariants {\n        fullForm\n        variants\n      }\n    }\n    identityVerification {\n      secret\n      required\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetSettings {\n    viewer {\n      tenant {\n        id\n        name\n        widgetKey\n        ...WidgetSettingsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WidgetSettings {\n    viewer {\n      tenant {\n        id\n        name\n        widgetKey\n        ...WidgetSettingsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetSettingsUpdate($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant {\n        id\n        ...WidgetSettingsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WidgetSettingsUpdate($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant {\n        id\n        ...WidgetSettingsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetSettingsRotateSecret($input: RotateIdentitySecretInput!) {\n    rotateIdentitySecret(input: $input) {\n      tenant {\n        id\n        identityVerification {\n          secret\n          required\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WidgetSettingsRotateSecret($input: RotateIdentitySecretInput!) {\n    rotateIdentitySecret(input: $input) {\n      tenant {\n        id\n        identityVerification {\n          secret\n          required\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetConfig($widgetKey: String!) {\n    widgetConfig(widgetKey: $widgetKey) {\n      tenantName\n      assistantName\n      greeting\n      branding {\n        primaryColor\n        backgroundColor\n        position\n        welcomeMessage\n        logoUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query WidgetConfig($widgetKey: String!) {\n    widgetConfig(widgetKey: $widgetKey) {\n      tenantName\n      assistantName\n      greeting\n      branding {\n        primaryColor\n        backgroundColor\n        position\n        welcomeMessage\n        logoUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartWidgetSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartWidgetSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConversations {\n    myConversations {\n      id\n      status\n      agentName\n      lastSeq\n      csatRequest {\n        question\n        lowLabel\n        highLabel\n        alreadyRated\n      }\n      callback {\n        id\n        startsAt\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyConversations {\n    myConversations {\n      id\n      status\n      agentName\n      lastSeq\n      csatRequest {\n        question\n        lowLabel\n        highLabel\n        alreadyRated\n      }\n      callback {\n        id\n        startsAt\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCsat($input: SubmitCsatInput!) {\n    submitCsat(input: $input) {\n      conversationId\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCsat($input: SubmitCsatInput!) {\n    submitCsat(input: $input) {\n      conversationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      conversationId\n    }\n  }\n"): (typeof documents)["\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      conversationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...WidgetMessage\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...WidgetMessage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation SetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WidgetMessage on Message {\n    id\n    seq\n    author\n    authorName\n    body\n    clientMessageId\n    createdAt\n    offline\n    citations {\n      n\n      title\n      excerpt\n    }\n  }\n"): (typeof documents)["\n  fragment WidgetMessage on Message {\n    id\n    seq\n    author\n    authorName\n    body\n    clientMessageId\n    createdAt\n    offline\n    citations {\n      n\n      title\n      excerpt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageAdded($conversationId: ID!, $afterSeq: Int!) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      ...WidgetMessage\n    }\n  }\n"): (typeof documents)["\n  subscription MessageAdded($conversationId: ID!, $afterSeq: Int!) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      ...WidgetMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AssistantDraft($conversationId: ID!) {\n    assistantDraft(conversationId: $conversationId) {\n      messageId\n      index\n      delta\n      state\n      offline\n      authorName\n    }\n  }\n"): (typeof documents)["\n  subscription AssistantDraft($conversationId: ID!) {\n    assistantDraft(conversationId: $conversationId) {\n      messageId\n      index\n      delta\n      state\n      offline\n      authorName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Typing($conversationId: ID!) {\n    typing(conversationId: $conversationId) {\n      who\n      name\n      typing\n    }\n  }\n"): (typeof documents)["\n  subscription Typing($conversationId: ID!) {\n    typing(conversationId: $conversationId) {\n      who\n      name\n      typing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueuePosition($conversationId: ID!) {\n    queuePosition(conversationId: $conversationId) {\n      waiting\n      position\n      estimatedWaitSeconds\n      nobodyAvailable\n      awayMessage\n    }\n  }\n"): (typeof documents)["\n  subscription QueuePosition($conversationId: ID!) {\n    queuePosition(conversationId: $conversationId) {\n      waiting\n      position\n      estimatedWaitSeconds\n      nobodyAvailable\n      awayMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveEmailForReply($input: LeaveEmailForReplyInput!) {\n    leaveEmailForReply(input: $input) {\n      conversationId\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveEmailForReply($input: LeaveEmailForReplyInput!) {\n    leaveEmailForReply(input: $input) {\n      conversationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestHumanAgent($input: RequestHumanInput!) {\n    requestHumanAgent(input: $input) {\n      conversationId\n    }\n  }\n"): (typeof documents)["\n  mutation RequestHumanAgent($input: RequestHumanInput!) {\n    requestHumanAgent(input: $input) {\n      conversationId\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;