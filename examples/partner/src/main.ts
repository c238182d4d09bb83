// The partner example, runnable:
//
//   SWITCHBOARD_URL=https://support.example.com SWITCHBOARD_API_KEY=sb_… \
//     node --import tsx examples/partner/src/main.ts tickets        # list open tickets
//     node --import tsx examples/partner/src/main.ts watch [seconds] # follow conversation changes
//   WEBHOOK_SECRET=whsec_… PORT=8787 \
//     node --import tsx examples/partner/src/main.ts webhooks       # receive and verify webhooks
import { createServer } from 'node:http';
import { PartnerClient } from './client.js';
import { ConversationUpdates } from './operations.js';
import { describeTicket, openTickets } from './tickets.js';
import { verifyWebhook, WebhookVerificationError } from './webhook.js';

function env(name: string): string {
  const v = process.env[name];
  if (!v) {
    console.error(`set ${name}`);
    process.exit(2);
  }
  return v;
}

const [command = 'tickets', arg] = process.argv.slice(2);

if (command === 'tickets' || command === 'watch') {
  const client = new PartnerClient({ url: env('SWITCHBOARD_URL'), apiKey: env('SWITCHBOARD_API_KEY') });
  if (command === 'tickets') {
    for await (const t of openTickets(client)) console.log(describeTicket(t));
  } else {
    const stop = client.subscribe(ConversationUpdates, {}, ({ conversationUpdated: c }) => {
      console.log(`${c.updatedAt} conversation ${c.id}: ${c.status}/${c.handler} ${c.assignee?.displayName ?? ''} ${c.queue?.name ?? ''}`);
    });
    await new Promise((r) => setTimeout(r, Number(arg ?? 60) * 1000));
    stop();
  }
  await client.close();
} else if (command === 'webhooks') {
  // Keep the old secret in WEBHOOK_SECRET_OLD while rotating: either one verifies.
  const secrets = [env('WEBHOOK_SECRET'), process.env.WEBHOOK_SECRET_OLD].filter((s): s is string => !!s);
  const seen = new Set<string>(); // webhook-id of handled deliveries (use a database in production)
  createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        const { id, payload } = verifyWebhook(secrets, req.headers, Buffer.concat(chunks));
        if (!seen.has(id)) {
          seen.add(id);
          console.log('webhook', id, JSON.stringify(payload));
        }
        res.writeHead(204).end(); // answer fast (within 5 s); do slow work afterwards
      } catch (e) {
        res.writeHead(e instanceof WebhookVerificationError ? 400 : 500).end();
      }
    });
  }).listen(Number(process.env.PORT ?? 8787), () => console.log(`listening on :${process.env.PORT ?? 8787}`));
} else {
  console.error('usage: main.ts tickets | watch [seconds] | webhooks');
  process.exit(2);
}
