import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import type { WordVariantGroup } from './word-variants.js';

/** Kept here (not in tenant.defaults.ts) so the entity needs no import of its own defaults. */
export const defaultCsat = (): TenantCsatSettings => ({
  enabled: true,
  question: 'How would you rate this conversation?',
  lowLabel: 'Very dissatisfied',
  highLabel: 'Very satisfied',
});

export enum TenantStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}

export interface TenantBranding {
  primaryColor: string;
  backgroundColor: string;
  logoUrl: string | null;
  position: 'left' | 'right';
  welcomeMessage: string;
  /** What the widget says when nobody can answer now (outside business hours, no agent online). */
  awayMessage: string;
}

export enum HandoffMode {
  AUTO = 'AUTO',
  MANUAL = 'MANUAL',
}

export const DEFAULT_COVERAGE_TARGET = 0.9;

export interface TenantAssistantSettings {
  name: string;
  persona: string;
  greeting: string;
  /** The manual hand-off threshold: in force in MANUAL mode, and in AUTO mode until a calibration exists. */
  handoffThreshold: number;
  autoResolveThreshold: number;
  /**
   * AUTO (default): the threshold the tenant's calibration computed from its own knowledge
   * (knowledge_calibrations); MANUAL: `handoffThreshold`. Missing on rows older than issue 16 = AUTO.
   */
  handoffMode?: HandoffMode;
  /** Share of unanswerable questions the calibrated threshold must hand off (0.5–0.99, default 0.9). */
  coverageTarget?: number;
  /** Claude model for answers; unset: the deployment's ANTHROPIC_MODEL. */
  model?: string | null;
  /** The tenant's own word variants ("nw" → "northwind"), on top of the shipped ones (knowledge/synonyms.ts). Unset: none. */
  wordVariants?: WordVariantGroup[];
}

/** The satisfaction survey the widget shows after a conversation is resolved. */
export interface TenantCsatSettings {
  enabled: boolean;
  /** The question above the 1–5 scale. */
  question: string;
  /** Words under 1 and under 5. */
  lowLabel: string;
  highLabel: string;
}

export interface BusinessHours {
  /** ISO weekday 1 (Monday) … 7 (Sunday) -> [open, close] in the tenant's timezone, "HH:MM". */
  days: Record<string, [string, string] | null>;
}

/** A company using Switchboard. Not tenant-scoped itself: it *is* the scope. */
@Entity({ tableName: 'tenants' })
export class Tenant {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', unique: true })
  slug!: string;

  @Property({ type: 'string' })
  name!: string;

  @Enum({ items: () => TenantStatus })
  status: TenantStatus = TenantStatus.ACTIVE;

  @Property({ type: 'string' })
  timezone: string = 'UTC';

  @Property({ type: 'json' })
  businessHours: BusinessHours = { days: {} };

  @Property({ type: 'json' })
  branding!: TenantBranding;

  @Property({ type: 'json' })
  assistant!: TenantAssistantSettings;

  /** CSAT survey after a resolution (on by default; the column has the defaults). */
  @Property({ type: 'json' })
  csat: TenantCsatSettings = defaultCsat();

  /** Public key the widget `<script>` tag carries; identifies the tenant, grants nothing alone. */
  @Property({ type: 'string', unique: true })
  widgetKey!: string;

  /** HMAC key for widget identity verification, AES-GCM encrypted (auth/secrets.ts). */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  identitySecretEncrypted: string | null = null;

  /** When true, a widget contact is identified only with a valid HMAC of its external id. */
  @Property({ type: 'boolean' })
  requireIdentityVerification: boolean = false;

  /** A hand-off nobody can take now (closed, or no agent online) becomes a ticket answered by e-mail. */
  @Property({ type: 'boolean' })
  ticketWhenNobodyAvailable: boolean = true;

  /** Widget sessions may run only the widget's own operations (api/src/persisted/operations.json). */
  @Property({ type: 'boolean' })
  widgetOperationsSafelisted: boolean = false;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
