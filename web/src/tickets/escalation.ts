// Reads the escalation package a ticket made from a conversation carries (JSON from the API, see
// api/src/modules/tickets/escalation-context.ts) defensively: an older or partial package shows
// what it has. Pure: unit-tested.

export interface ContextView {
  conversationId: string | null;
  handoffReason: string | null;
  summary: string | null;
  classification: { label: string; value: string }[];
  /** The last few messages (the excerpt shown; the full transcript is in the console). */
  excerpt: { seq: number; who: string; body: string; internal: boolean }[];
  transcriptCount: number;
  attempts: { query: string; decision: string; confidence: number | null; reason: string | null }[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const obj = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export const EXCERPT_MESSAGES = 6;
const AUTHORS: Record<string, string> = { CUSTOMER: 'Customer', AI: 'Assistant', AGENT: 'Agent', SYSTEM: 'System' };

export function readEscalationContext(raw: unknown): ContextView | null {
  const c = obj(raw);
  if (!c) return null;
  const handoff = obj(c.handoff);
  const cls = obj(c.classification);
  const transcript = arr(c.transcript).map(obj).filter((m): m is Record<string, unknown> => !!m);
  const classification = cls
    ? Object.entries(cls)
        .filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))
        .map(([k, v]) => ({ label: k, value: typeof v === 'number' && v > 0 && v < 1 ? `${Math.round(v * 100)}%` : String(v) }))
    : [];
  return {
    conversationId: str(c.conversationId),
    handoffReason: str(handoff?.reason),
    summary: str(handoff?.summary),
    classification,
    excerpt: transcript.slice(-EXCERPT_MESSAGES).map((m) => ({
      seq: Number(m.seq ?? 0),
      who: str(m.authorName) ?? AUTHORS[String(m.author)] ?? 'Someone',
      body: String(m.body ?? ''),
      internal: !!m.private,
    })),
    transcriptCount: transcript.length,
    attempts: arr(c.retrievalAttempts)
      .map(obj)
      .filter((a): a is Record<string, unknown> => !!a)
      .map((a) => ({ query: String(a.query ?? ''), decision: String(a.decision ?? ''), confidence: typeof a.confidence === 'number' ? a.confidence : null, reason: str(a.reason) })),
  };
}
