// Prompts live in versioned Markdown files next to this one (`<name>.v<N>.md`); the version in
// use is named here, so changing a prompt is a reviewed diff and an AI call can be traced to it.
// `{{name}}` placeholders are filled by `render`; a missing value is an error, never a blank.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'prompts');

export const PROMPTS = {
  answer: 'answer.v1',
  classify: 'classify.v1',
  handoffMessages: 'handoff-messages.v2',
  offlineAnswer: 'offline-answer.v2',
  clarify: 'clarify.v1',
  notHelpful: 'not-helpful.v1',
} as const;
export type PromptName = keyof typeof PROMPTS;

const cache = new Map<string, string>();

export function promptText(name: PromptName): string {
  const file = PROMPTS[name];
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(path.join(DIR, `${file}.md`), 'utf8').trim();
    cache.set(file, text);
  }
  return text;
}

export function placeholders(name: PromptName): string[] {
  return [...new Set([...promptText(name).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))];
}

export function render(name: PromptName, values: Record<string, string | number>): string {
  return promptText(name).replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined || v === null) throw new Error(`prompt ${PROMPTS[name]}: no value for {{${key}}}`);
    return String(v);
  });
}

/** `## REASON` sections of a Markdown prompt file, as a map. */
export function sections(name: PromptName): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of promptText(name).split(/^## /m).slice(1)) {
    const nl = part.indexOf('\n');
    out[part.slice(0, nl).trim()] = part.slice(nl + 1).trim();
  }
  return out;
}
