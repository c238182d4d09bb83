// Widget settings: the form model, its validation (the API's own rules, checked before sending)
// and the embed snippet.
import { parseWordVariants } from './word-variants.js';

export interface WidgetSettingsForm {
  primaryColor: string;
  backgroundColor: string;
  position: string;
  welcomeMessage: string;
  awayMessage: string;
  /** Hand-offs nobody can take now become tickets answered by e-mail. */
  ticketWhenNobodyAvailable: boolean;
  logoUrl: string;
  assistantName: string;
  persona: string;
  greeting: string;
  handoffThreshold: string;
  autoResolveThreshold: string;
  /** The tenant's own word variants, one group a line: "fullform: variant, variant" (word-variants.ts). */
  wordVariants: string;
  /** The satisfaction survey after a resolution. */
  csatEnabled: boolean;
  csatQuestion: string;
  csatLowLabel: string;
  csatHighLabel: string;
}

export type WidgetSettingsErrors = Partial<Record<keyof WidgetSettingsForm, string>>;

const HEX = /^#[0-9a-fA-F]{6}$/;

function threshold(text: string): number | null {
  if (!/^\s*(0(\.\d+)?|1(\.0+)?|\.\d+)\s*$/.test(text)) return null;
  return Number(text);
}

export function validateWidgetSettings(f: WidgetSettingsForm): WidgetSettingsErrors {
  const e: WidgetSettingsErrors = {};
  if (!HEX.test(f.primaryColor)) e.primaryColor = 'A colour as #rrggbb.';
  if (!HEX.test(f.backgroundColor)) e.backgroundColor = 'A colour as #rrggbb.';
  if (f.position !== 'left' && f.position !== 'right') e.position = 'Left or right.';
  if (f.welcomeMessage.length > 500) e.welcomeMessage = 'At most 500 characters.';
  if (!f.awayMessage.trim()) e.awayMessage = 'Say what a customer sees when nobody is available.';
  else if (f.awayMessage.length > 500) e.awayMessage = 'At most 500 characters.';
  if (f.logoUrl.trim()) {
    try {
      if (new URL(f.logoUrl.trim()).protocol !== 'https:') e.logoUrl = 'An https:// address.';
    } catch {
      e.logoUrl = 'An https:// address.';
    }
  }
  if (!f.assistantName.trim()) e.assistantName = 'Name the assistant.';
  else if (f.assistantName.length > 60) e.assistantName = 'At most 60 characters.';
  if (f.persona.length > 2000) e.persona = 'At most 2,000 characters.';
  if (f.greeting.length > 500) e.greeting = 'At most 500 characters.';
  const h = threshold(f.handoffThreshold);
  const a = threshold(f.autoResolveThreshold);
  if (h === null) e.handoffThreshold = 'A number from 0 to 1.';
  if (a === null) e.autoResolveThreshold = 'A number from 0 to 1.';
  else if (h !== null && a < h) e.autoResolveThreshold = 'Not below the hand-off threshold.';
  const variants = parseWordVariants(f.wordVariants).error;
  if (variants) e.wordVariants = variants;
  if (!f.csatQuestion.trim()) e.csatQuestion = 'Ask a question.';
  else if (f.csatQuestion.trim().length > 200) e.csatQuestion = 'At most 200 characters.';
  for (const key of ['csatLowLabel', 'csatHighLabel'] as const) {
    if (!f[key].trim()) e[key] = 'Name this end of the scale.';
    else if (f[key].trim().length > 40) e[key] = 'At most 40 characters.';
  }
  return e;
}

/** The `updateTenant` input for a valid form. */
export function toUpdateTenantInput(f: WidgetSettingsForm) {
  return {
    branding: {
      primaryColor: f.primaryColor,
      backgroundColor: f.backgroundColor,
      position: f.position,
      welcomeMessage: f.welcomeMessage,
      awayMessage: f.awayMessage,
      logoUrl: f.logoUrl.trim(), // empty string removes the logo
    },
    assistant: {
      name: f.assistantName.trim(),
      persona: f.persona,
      greeting: f.greeting,
      handoffThreshold: Number(f.handoffThreshold),
      autoResolveThreshold: Number(f.autoResolveThreshold),
      wordVariants: parseWordVariants(f.wordVariants).groups,
    },
    ticketWhenNobodyAvailable: f.ticketWhenNobodyAvailable,
    csat: { enabled: f.csatEnabled, question: f.csatQuestion.trim(), lowLabel: f.csatLowLabel.trim(), highLabel: f.csatHighLabel.trim() },
  };
}

/**
 * The `updateTenant` input of the "require verified identity" switch: that field alone, so
 * flipping the switch never saves half-edited branding or assistant fields with it.
 */
export function toIdentityVerificationInput(required: boolean) {
  return { requireIdentityVerification: required };
}

/** The `updateTenant` input of the "widget's own operations only" switch: that field alone. */
export function toSafelistInput(on: boolean) {
  return { widgetOperationsSafelisted: on };
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The one tag a tenant puts on its site. */
export function embedSnippet(origin: string, widgetKey: string): string {
  return `<script src="${escapeAttr(origin)}/widget.js" data-widget-key="${escapeAttr(widgetKey)}" async></script>`;
}

/** Black or white text, whichever reads better on `hex`. */
export function contrastText(hex: string): string {
  if (!HEX.test(hex)) return '#ffffff';
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const lum = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return lum > 0.179 ? '#111111' : '#ffffff';
}
