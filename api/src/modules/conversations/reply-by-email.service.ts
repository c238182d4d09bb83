// "Nobody available": the customer leaves an e-mail address so the team can answer later. It is
// stored on their contact (a ticket reply goes there) and said in the conversation, so the agent
// who picks it up sees where the answer will go.
import type { Context } from '../../context.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { Contact } from '../contacts/contact.entity.js';
import { EMAIL } from '../contacts/contact-email.js';
import { Author } from './message.entity.js';
import { withLockedConversation } from './locked-conversation.js';

export async function leaveEmailForReply(ctx: Context, input: { conversationId: string; email: string }): Promise<string> {
  const v = ctx.viewer;
  if (v.kind !== 'widget' || !isUuid(input.conversationId)) throw notFound('Conversation');
  const email = input.email.trim().toLowerCase();
  if (email.length > 320 || !EMAIL.test(email)) throw badInput('email is not a valid e-mail address', 'email');
  return withLockedConversation(ctx.services, v.tenantId, input.conversationId, async (lc) => {
    // Only the caller's own conversation; another's answers exactly like an unknown id.
    if (lc.conversation.contact.id !== v.contactId) throw notFound('Conversation');
    const contact = await lc.em.findOneOrFail(Contact, { id: v.contactId });
    const changed = contact.email !== email;
    contact.email = email;
    if (changed || !lc.conversation.replyByEmail) {
      lc.conversation.replyByEmail = true;
      await lc.append({ author: Author.SYSTEM, body: `The customer asked for an answer by e-mail at ${email}.` });
    }
    return lc.conversation.id;
  });
}
