// The widget's stylesheet, scoped by its Shadow DOM: host-page rules cannot reach in, these
// cannot leak out. Tenant colours arrive as custom properties set on the root element.
export const WIDGET_CSS = `
:host { all: initial; }
.root {
  --sb-primary: #2563eb; --sb-on-primary: #fff; --sb-bg: #fff; --sb-text: #1f2937; --sb-muted: #6b7280;
  position: fixed; bottom: 20px; right: 20px; z-index: 2147483647;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--sb-text);
  display: flex; flex-direction: column; align-items: flex-end; gap: 12px;
}
.root.left { right: auto; left: 20px; align-items: flex-start; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
button { font: inherit; cursor: pointer; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 3px solid var(--sb-primary); outline-offset: 2px; }
.launcher {
  position: relative; width: 56px; height: 56px; border-radius: 50%; border: 0;
  background: var(--sb-primary); color: var(--sb-on-primary); box-shadow: 0 4px 14px rgba(0,0,0,.25);
  display: grid; place-items: center;
}
.launcher svg { width: 26px; height: 26px; fill: currentColor; }
.badge {
  position: absolute; top: -4px; right: -4px; min-width: 20px; height: 20px; padding: 0 6px; border-radius: 10px;
  background: #dc2626; color: #fff; font-size: 12px; line-height: 20px; text-align: center;
}
.panel {
  width: 370px; height: min(600px, calc(100vh - 110px)); background: var(--sb-bg); border-radius: 14px;
  box-shadow: 0 10px 40px rgba(0,0,0,.25); display: flex; flex-direction: column; overflow: hidden;
}
.header { display: flex; align-items: center; gap: 10px; padding: 12px 14px; background: var(--sb-primary); color: var(--sb-on-primary); }
.header img { width: 32px; height: 32px; border-radius: 6px; object-fit: contain; background: #fff; }
.titles { flex: 1; min-width: 0; }
.title { margin: 0; font-size: 16px; font-weight: 600; }
.subtitle { margin: 0; font-size: 12px; opacity: .9; }
.close { border: 0; background: transparent; color: inherit; width: 32px; height: 32px; border-radius: 6px; font-size: 22px; line-height: 1; }
.away { margin: 0 12px 8px; padding: 10px 12px; border-radius: 10px; background: #eef2ff; color: #1e1b4b; font-size: 13px; }
.away-text { margin: 0 0 8px; }
.away-form label { display: block; font-size: 12px; margin-bottom: 4px; }
.away-row { display: flex; gap: 6px; }
.away-row input { flex: 1; min-width: 0; padding: 6px 8px; border: 1px solid #c7d2fe; border-radius: 6px; font: inherit; }
.away-error { margin: 4px 0 0; color: #b91c1c; font-size: 12px; }
.ended { margin: 0 12px 10px; display: flex; flex-direction: column; gap: 8px; }
.csat { padding: 10px 12px; border-radius: 10px; background: #f3f4f6; display: flex; flex-direction: column; gap: 6px; }
.csat-q, .csat-thanks { margin: 0; font-weight: 600; }
.csat-scale { display: flex; gap: 6px; }
.csat-n { flex: 1; height: 36px; border: 1px solid #d1d5db; border-radius: 8px; background: #fff; color: #1f2937; font-weight: 600; }
.csat-n[aria-pressed="true"] { background: var(--sb-primary); color: var(--sb-on-primary); border-color: var(--sb-primary); }
.csat-labels { display: flex; justify-content: space-between; font-size: 11px; color: var(--sb-muted); }
.csat textarea { resize: none; padding: 6px 8px; border: 1px solid #d1d5db; border-radius: 6px; font: inherit; }
.ended .send { height: 36px; }
.callback { margin: 0; padding: 6px 14px; font-size: 13px; background: #e0f2fe; color: #0c4a6e; }
.notice { margin: 0; padding: 6px 14px; font-size: 12px; background: #fef3c7; color: #78350f; }
.log { flex: 1; overflow-y: auto; margin: 0; padding: 14px; list-style: none; display: flex; flex-direction: column; gap: 8px; }
.bubble { max-width: 85%; padding: 8px 12px; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f4f6; align-self: flex-start; }
.bubble.customer { align-self: flex-end; background: var(--sb-primary); color: var(--sb-on-primary); }
.bubble.system { align-self: center; background: transparent; color: var(--sb-muted); font-size: 12px; text-align: center; }
.bubble[data-state="pending"] { opacity: .7; }
.bubble[data-state="failed"] { outline: 2px solid #dc2626; }
.bubble[data-state="streaming"] .text::after { content: "▍"; animation: blink 1s steps(2) infinite; }
@keyframes blink { 50% { opacity: 0; } }
.author { display: block; font-size: 11px; font-weight: 600; color: var(--sb-muted); margin-bottom: 2px; }
.offline, .note { display: block; font-size: 11px; color: var(--sb-muted); margin-top: 4px; font-style: italic; }
.sources { display: flex; flex-wrap: wrap; gap: 4px; margin: 6px 0 0; padding: 0; list-style: none; }
.chip { font-size: 11px; padding: 2px 8px; border-radius: 10px; border: 1px solid var(--sb-primary); color: var(--sb-text); background: var(--sb-bg); }
.retry { margin-top: 4px; border: 0; background: transparent; color: inherit; text-decoration: underline; font-size: 12px; }
.human { align-self: flex-start; margin: 0 12px 6px; border: 1px solid var(--sb-primary); border-radius: 14px; padding: 3px 12px; background: var(--sb-bg); color: var(--sb-text); font-size: 12px; }
.human:disabled { opacity: .6; cursor: default; }
.status { margin: 0; padding: 4px 14px; min-height: 22px; font-size: 12px; color: var(--sb-muted); }
.composer { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #e5e7eb; }
.composer textarea {
  flex: 1; resize: none; height: 40px; max-height: 120px; padding: 9px 10px; border: 1px solid #d1d5db; border-radius: 8px;
  font: inherit; color: var(--sb-text); background: #fff;
}
.send { border: 0; border-radius: 8px; padding: 0 14px; background: var(--sb-primary); color: var(--sb-on-primary); font-weight: 600; }
.send:disabled { opacity: .5; cursor: default; }
@media (max-width: 480px) {
  .root.open { inset: 0; }
  .root.open .launcher { display: none; }
  .root.open .panel { width: 100vw; height: 100vh; height: 100dvh; border-radius: 0; }
}
@media (prefers-reduced-motion: reduce) { .bubble[data-state="streaming"] .text::after { animation: none; } }
`;
