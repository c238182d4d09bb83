// The two demo tenants and their staff. Fictional companies; see data/README.md.
import { Availability } from '../../modules/users/user.entity.js';
import { Role } from '../../permissions/roles.js';
import { DEFAULT_COVERAGE_TARGET, HandoffMode, type TenantAssistantSettings, type TenantBranding, type BusinessHours } from '../../modules/tenants/tenant.entity.js';

/** Documented in the README: every demo account signs in with this password. */
export const DEMO_PASSWORD = 'switchboard-demo';

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  team?: string;
  availability?: Availability;
  maxConcurrentChats?: number;
}

export interface DemoContact {
  name: string;
  email: string;
  externalId?: string;
  vip?: boolean;
  attributes?: Record<string, unknown>;
}

export interface DemoConversation {
  /** Index into the tenant's contacts. */
  contact: number;
  subject: string;
  status: 'BOT' | 'WAITING' | 'OPEN' | 'RESOLVED';
  /** E-mail of the agent who has it (OPEN/RESOLVED). */
  assignee?: string;
  /** [author, body]; AGENT messages are by the assignee. */
  messages: ['CUSTOMER' | 'AI' | 'AGENT' | 'SYSTEM', string][];
}

export interface DemoTenant {
  slug: string;
  name: string;
  timezone: string;
  branding: TenantBranding;
  assistant: TenantAssistantSettings;
  businessHours: BusinessHours;
  users: DemoUser[];
  contacts: DemoContact[];
  conversations: DemoConversation[];
}

const weekdays = (open: string, close: string, saturday: [string, string] | null = null): BusinessHours => ({
  days: { '1': [open, close], '2': [open, close], '3': [open, close], '4': [open, close], '5': [open, close], '6': saturday, '7': null },
});

export const PLATFORM_ADMIN: DemoUser = { email: 'platform@switchboard.demo', displayName: 'Pat Platform', role: Role.PLATFORM_ADMIN };

export const DEMO_TENANTS: DemoTenant[] = [
  {
    slug: 'northwind',
    name: 'Northwind Outfitters',
    timezone: 'Europe/Berlin',
    branding: { primaryColor: '#2f6f4f', backgroundColor: '#f6f3ea', logoUrl: null, position: 'right', welcomeMessage: 'Hi! Questions about an order, returns or gear? Ask away.', awayMessage: 'Our team is out on the trail right now. Leave your e-mail and we will write back as soon as we are in (Mon–Fri 8–20, Sat 10–16).' },
    assistant: {
      name: 'Trail',
      persona: 'Friendly, outdoorsy and concise. Uses plain words, never promises what the policies do not say.',
      greeting: 'Hi, I am Trail, the Northwind assistant. How can I help with your order or gear today?',
      handoffThreshold: 0.7,
      autoResolveThreshold: 0.85,
      handoffMode: HandoffMode.AUTO,
      coverageTarget: DEFAULT_COVERAGE_TARGET,
    },
    businessHours: weekdays('08:00', '20:00', ['10:00', '16:00']),
    users: [
      { email: 'admin@northwind.demo', displayName: 'Nora Admin', role: Role.TENANT_ADMIN },
      { email: 'manager@northwind.demo', displayName: 'Milo Manager', role: Role.MANAGER, team: 'Support' },
      { email: 'agent@northwind.demo', displayName: 'Ada Agent', role: Role.AGENT, team: 'Support', availability: Availability.ONLINE, maxConcurrentChats: 3 },
      { email: 'agent2@northwind.demo', displayName: 'Ben Agent', role: Role.AGENT, team: 'Returns', availability: Availability.ONLINE, maxConcurrentChats: 2 },
      { email: 'agent3@northwind.demo', displayName: 'Cleo Agent', role: Role.AGENT, team: 'Returns', availability: Availability.AWAY, maxConcurrentChats: 2 },
      { email: 'viewer@northwind.demo', displayName: 'Vic Viewer', role: Role.VIEWER },
    ],
    contacts: [
      { name: 'Lena Fischer', email: 'lena.fischer@example.com', externalId: 'nw-cust-1001', vip: true, attributes: { plan: 'Trail Points Summit', country: 'DE' } },
      { name: 'Marco Rossi', email: 'marco.rossi@example.com', externalId: 'nw-cust-1002', attributes: { country: 'IT' } },
      { name: 'Priya Shah', email: 'priya.shah@example.com', externalId: 'nw-cust-1003', attributes: { country: 'US' } },
      { name: 'Tom Baker', email: 'tom.baker@example.com', attributes: { country: 'US' } },
      { name: 'Sofia Lindqvist', email: 'sofia.l@example.com', externalId: 'nw-cust-1005', attributes: { country: 'SE' } },
    ],
    conversations: [
      { contact: 0, subject: 'Return window for a jacket', status: 'BOT', messages: [['CUSTOMER', 'How long do I have to return a jacket I bought online?'], ['AI', 'You can return items within 30 days of delivery, unworn and with tags attached. Start the return from your account under Orders.']] },
      { contact: 1, subject: 'Parcel not arrived', status: 'WAITING', messages: [['CUSTOMER', 'My parcel was due three days ago and tracking has not moved.'], ['AI', 'I am sorry about the delay. I am handing you to a colleague who can check with the carrier.'], ['SYSTEM', 'Waiting for an agent']] },
      { contact: 2, subject: 'Wrong size delivered', status: 'OPEN', assignee: 'agent@northwind.demo', messages: [['CUSTOMER', 'I ordered boots in 42 and got 44.'], ['SYSTEM', 'Ada Agent joined the conversation'], ['AGENT', 'Sorry about that! I will send the right size today and a free return label for the other pair.']] },
      { contact: 3, subject: 'Gift card balance', status: 'RESOLVED', assignee: 'agent2@northwind.demo', messages: [['CUSTOMER', 'How do I check my gift card balance?'], ['AGENT', 'Enter the card number on the Gift cards page; the balance shows right away.'], ['CUSTOMER', 'Found it, thanks!']] },
    ],
  },
  {
    slug: 'harbor-bank',
    name: 'Harbor Bank',
    timezone: 'America/New_York',
    branding: { primaryColor: '#123c69', backgroundColor: '#ffffff', logoUrl: null, position: 'left', welcomeMessage: 'Welcome to Harbor Bank support. Never share your PIN or full card number here.', awayMessage: 'Our advisers are available Mon–Fri 9–17. Leave your e-mail and we will reply by e-mail on the next business day.' },
    assistant: {
      name: 'Harbor Assistant',
      persona: 'Calm, precise and formal. Never asks for PINs, passwords or full card numbers; directs fraud cases to a human at once.',
      greeting: 'Hello, I am the Harbor Bank assistant. How may I help you today?',
      handoffThreshold: 0.75,
      autoResolveThreshold: 0.9,
      handoffMode: HandoffMode.AUTO,
      coverageTarget: DEFAULT_COVERAGE_TARGET,
    },
    businessHours: weekdays('09:00', '17:00'),
    users: [
      { email: 'admin@harbor.demo', displayName: 'Hana Admin', role: Role.TENANT_ADMIN },
      { email: 'manager@harbor.demo', displayName: 'Hugo Manager', role: Role.MANAGER, team: 'Retail' },
      { email: 'agent@harbor.demo', displayName: 'Iris Agent', role: Role.AGENT, team: 'Cards', availability: Availability.ONLINE, maxConcurrentChats: 2 },
      { email: 'agent2@harbor.demo', displayName: 'Jon Agent', role: Role.AGENT, team: 'Fraud', availability: Availability.BUSY, maxConcurrentChats: 1 },
      { email: 'viewer@harbor.demo', displayName: 'Kit Viewer', role: Role.VIEWER },
    ],
    contacts: [
      { name: 'James Carter', email: 'j.carter@example.com', externalId: 'hb-7781', vip: true, attributes: { segment: 'Private banking' } },
      { name: 'Aisha Bello', email: 'aisha.bello@example.com', externalId: 'hb-7782', attributes: { segment: 'Retail' } },
      { name: 'Chen Wei', email: 'chen.wei@example.com', externalId: 'hb-7783', attributes: { segment: 'Small business' } },
      { name: 'Olivia Brown', email: 'olivia.brown@example.com', attributes: { segment: 'Retail' } },
    ],
    conversations: [
      { contact: 1, subject: 'Card declined abroad', status: 'WAITING', messages: [['CUSTOMER', 'My debit card was declined in a shop in Lisbon.'], ['AI', 'For your security I am connecting you with a card specialist.'], ['SYSTEM', 'Waiting for an agent']] },
      { contact: 2, subject: 'Wire transfer cut-off', status: 'OPEN', assignee: 'agent@harbor.demo', messages: [['CUSTOMER', 'What is the cut-off time for same-day wires?'], ['SYSTEM', 'Iris Agent joined the conversation'], ['AGENT', 'Same-day domestic wires must be submitted by 4 pm Eastern on business days.']] },
    ],
  },
];
