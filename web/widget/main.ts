// Entry of web/dist/widget.js, the one script a tenant embeds:
//   <script src="https://<switchboard>/widget.js" data-widget-key="wk_…" async></script>
// Optional attributes: data-api-url (default: the script's own origin), data-name, data-email.
import { Widget } from './widget.js';

function findScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.dataset.widgetKey) return current;
  return document.querySelector<HTMLScriptElement>('script[data-widget-key]');
}

function boot(script: HTMLScriptElement | null): void {
  const widgetKey = script?.dataset.widgetKey;
  if (!script || !widgetKey) {
    console.warn('[switchboard] widget.js needs a data-widget-key attribute on its <script> tag');
    return;
  }
  const apiUrl = script.dataset.apiUrl || new URL(script.src, window.location.href).origin;
  const widget = new Widget({ widgetKey, apiUrl, name: script.dataset.name, email: script.dataset.email });
  widget.start().catch((e: unknown) => {
    // A wrong key or an unreachable API must not break the tenant's page: warn and stay hidden.
    console.warn('[switchboard] the chat widget could not start:', e instanceof Error ? e.message : e);
  });
}

// document.currentScript exists only while this script runs, so find it now; the DOM may
// still be loading (the tag can sit in <head>), so mount once <body> exists.
const script = findScript();
const start = () => boot(script);
if (document.body) start();
else document.addEventListener('DOMContentLoaded', start, { once: true });
