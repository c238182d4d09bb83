// Preloaded (`node --import`, after tsx) into the API processes of the `load` section only: lets
// webhook deliveries reach the bench's receiver on 127.0.0.1 although the API runs in production
// mode, where every delivery address must be public. It is the one check the `webhooks` section
// also bypasses (in process, through the same `deliveryHooks`); the endpoint row is written by the
// bench directly, since creating it through the API would refuse a loopback URL in production too.
// The module is imported by its file URL under the API's working directory: the same module
// instance main.ts loads (tsx resolves its `.js` specifiers to these `.ts` files).
import 'reflect-metadata';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const file = path.join(process.cwd(), 'api/src/modules/webhooks/webhook-delivery.ts');
const { deliveryHooks } = (await import(pathToFileURL(file).href)) as typeof import('../../../api/src/modules/webhooks/webhook-delivery.js');
deliveryHooks.production = false;
