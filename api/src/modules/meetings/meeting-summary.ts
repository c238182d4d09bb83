// The meeting's summary from its linked conversation or ticket, through the assistant's provider:
// Claude when configured, else an extractive summary that says it was made offline.
import type { AppServices } from '../../services.js';
import { contentWords } from '../assistant/providers/offline.js';

interface Line {
  who: string;
  text: string;
}

async function transcript(services: AppServices, tenantId: string, conversationId: string | null, ticketId: string | null): Promise<{ subject: string | null; lines: Line[] }> {
  const [row] = await services.readPool.scopedQuery<{ subject: string | null; lines: Line[] | null }>(
    { kind: 'tenant', tenantId },
    `select coalesce(t.subject, c.subject) as subject,
            (select json_agg(json_build_object('who', x.who, 'text', x.text) order by x.at)
               from (select mm.author as who, mm.body as text, mm.created_at as at from messages mm
                      where mm.conversation_id = coalesce($2::uuid, t.conversation_id) and mm.tenant_id = $1 and not mm.private and mm.author <> 'SYSTEM'
                      order by mm.seq desc limit 60) x) as lines
       from (select 1) one
       left join tickets t on t.tenant_id = $1 and t.id = $3
       left join conversations c on c.tenant_id = $1 and c.id = coalesce($2::uuid, t.conversation_id)`,
    [conversationId, ticketId],
  );
  const lines = row?.lines ?? [];
  if (ticketId) {
    const [t] = await services.readPool.scopedQuery<{ description: string | null }>({ kind: 'tenant', tenantId }, `select description from tickets where tenant_id = $1 and id = $2`, [ticketId]);
    if (t?.description) lines.unshift({ who: 'TICKET', text: t.description });
  }
  return { subject: row?.subject ?? null, lines };
}

/** Extractive: the opening request, then the sentences sharing the most content words with the whole. */
export function extractiveSummary(subject: string | null, lines: Line[], max = 4): string {
  const sentences = lines.flatMap((l, i) => l.text.split(/(?<=[.!?])\s+/).map((s) => ({ s: s.trim(), who: l.who, i }))).filter((x) => x.s.length > 12);
  if (!sentences.length) return 'Offline summary (no AI provider configured): there is nothing to summarize yet.';
  const freq = new Map<string, number>();
  for (const x of sentences) for (const w of new Set(contentWords(x.s))) freq.set(w, (freq.get(w) ?? 0) + 1);
  const scored = sentences.map((x, k) => ({ ...x, k, score: contentWords(x.s).reduce((a, w) => a + (freq.get(w) ?? 0), 0) / Math.sqrt(1 + contentWords(x.s).length) }));
  const first = scored.find((x) => x.who === 'CUSTOMER' || x.who === 'TICKET') ?? scored[0];
  const rest = scored.filter((x) => x !== first).sort((a, b) => b.score - a.score).slice(0, max - 1);
  const picked = [first, ...rest].sort((a, b) => a.k - b.k);
  const who = (w: string) => (w === 'CUSTOMER' ? 'Customer' : w === 'AGENT' ? 'Agent' : w === 'AI' ? 'Assistant' : 'Ticket');
  return `Offline summary (no AI provider configured)${subject ? ` — ${subject}` : ''}:\n${picked.map((x) => `• ${who(x.who)}: ${x.s}`).join('\n')}`;
}

export async function summarizeContext(services: AppServices, tenantId: string, conversationId: string | null, ticketId: string | null): Promise<string> {
  const { subject, lines } = await transcript(services, tenantId, conversationId, ticketId);
  const anthropic = services.ai.anthropic;
  if (anthropic && lines.length) {
    try {
      const r = await anthropic.answer({
        model: services.config.ANTHROPIC_CLASSIFY_MODEL,
        system: 'You summarize a customer-service case for the notes of a meeting about it: who wants what, what was tried, what is open. At most 6 short bullet points. Use only the sources.',
        turns: [],
        query: `Summarize this case${subject ? ` (“${subject}”)` : ''} for the meeting.`,
        sources: lines.map((l, i) => ({ n: i + 1, title: l.who, headingPath: [], text: l.text })),
        onDelta: () => undefined,
      });
      if (r.text.trim()) return r.text.trim().slice(0, 4000);
    } catch (e) {
      services.log.warn({ err: e }, 'meetings: online summary failed, summarizing offline');
    }
  }
  return extractiveSummary(subject, lines);
}
