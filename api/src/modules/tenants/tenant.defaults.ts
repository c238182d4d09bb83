// What a new tenant starts with; admins change it in the widget settings.
import { DEFAULT_COVERAGE_TARGET, HandoffMode, type BusinessHours, type TenantAssistantSettings, type TenantBranding } from './tenant.entity.js';

export const DEFAULT_AWAY_MESSAGE = 'We are away right now. Leave your e-mail address and we will answer you by e-mail as soon as we are back.';

export const defaultBranding = (name: string): TenantBranding => ({
  primaryColor: '#3b5bdb',
  backgroundColor: '#ffffff',
  logoUrl: null,
  position: 'right',
  welcomeMessage: `Hi! How can ${name} help you today?`,
  awayMessage: DEFAULT_AWAY_MESSAGE,
});

export const defaultAssistant = (): TenantAssistantSettings => ({
  name: 'Assistant',
  persona: 'Helpful, concise and honest. Answers only from the knowledge base and says when it does not know.',
  greeting: 'Hello! Ask me anything about our products and services.',
  handoffThreshold: 0.7,
  autoResolveThreshold: 0.85,
  handoffMode: HandoffMode.AUTO,
  coverageTarget: DEFAULT_COVERAGE_TARGET,
});

export const defaultBusinessHours = (): BusinessHours => ({
  days: { '1': ['09:00', '17:00'], '2': ['09:00', '17:00'], '3': ['09:00', '17:00'], '4': ['09:00', '17:00'], '5': ['09:00', '17:00'], '6': null, '7': null },
});

export const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;
