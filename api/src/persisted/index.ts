// The operations the clients are built with (operations.json, written by `npm run persisted`
// from web/widget and web/src; CI fails when it is stale).
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Manifest {
  /** sha256 (hex) of the document text → the text, for every widget operation. */
  widget: Record<string, string>;
  /** Every operation name of the web app and the widget. */
  operationNames: string[];
}

// A path, not a URL object: browser-like test environments replace the global URL class.
const manifest = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'operations.json'), 'utf8')) as Manifest;

/** Hashes of the widget's own documents: what a safelisted tenant's widget sessions may run. */
export const widgetSafelist: ReadonlySet<string> = new Set(Object.keys(manifest.widget));

/** Operation names the clients use (kept as metric labels whatever the cap). */
export const knownOperationNames: ReadonlySet<string> = new Set(manifest.operationNames);

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');
