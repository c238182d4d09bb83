// Approvals: proposed actions (refunds, cancellations, exceptions) that a manager approves,
// rejects or escalates; the outcome is noted in the linked conversation.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { ApprovalResolver } from './approval.resolver.js';
import { ApprovalEvent, ApprovalRequest } from './approval.entity.js';
import { approvalsListeners } from './approvals.listeners.js';

export const approvalsModule = defineModule({
  name: 'approvals',
  resolvers: [ApprovalResolver],
  entities: [ApprovalRequest, ApprovalEvent],
  listeners: approvalsListeners,
  access: {
    Query: { approvalRequests: access.can('tickets.view'), approvalRequest: access.can('tickets.view') },
    Mutation: {
      // Staff propose from a conversation; a ticket link additionally needs tickets.update (service).
      requestApproval: access.can('conversations.reply'),
      decideApproval: access.can('approvals.decide'),
      // Also needs tickets.assign (service): managers.
      reassignApproval: access.can('approvals.decide'),
    },
    Subscription: { approvalUpdated: access.can('tickets.view') },
    // Reads need tickets.view; the linked conversation (customer, messages) needs its own right.
    ApprovalRequest: { conversation: access.can('conversations.view') },
  },
});
