// Conversations: messages between a customer and the assistant or staff, and their lifecycle.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { ConversationPayloadResolver, ConversationResolver } from './conversation.resolver.js';
import { Conversation } from './conversation.entity.js';
import { Message } from './message.entity.js';

export const conversationsModule = defineModule({
  name: 'conversations',
  resolvers: [ConversationResolver, ConversationPayloadResolver],
  entities: [Conversation, Message],
  access: {
    Query: {
      conversation: access.can('conversations.view'),
      conversations: access.can('conversations.view'),
      messages: access.canOrWidget('conversations.view'),
      myConversations: access.widget,
    },
    Mutation: {
      closeConversation: access.canOrWidget('conversations.reply'),
      handBackConversation: access.can('conversations.reply'),
      leaveEmailForReply: access.widget,
      markConversationRead: access.canOrWidget('conversations.view'),
      reopenConversation: access.can('conversations.reply'),
      resolveConversation: access.can('conversations.reply'),
      sendMessage: access.canOrWidget('conversations.reply'),
      setTyping: access.canOrWidget('conversations.reply'),
      startConversation: access.widget,
      takeOverConversation: access.userCan('conversations.reply'),
    },
    Subscription: {
      conversationUpdated: access.can('conversations.view'),
      messageAdded: access.canOrWidget('conversations.view'),
      typing: access.canOrWidget('conversations.view'),
    },
  },
});
