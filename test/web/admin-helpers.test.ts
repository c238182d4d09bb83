// Pure helpers of the admin pages: team (roles, capacity, invitation link, scope groups) and
// widget settings (validation mirroring the API's rules, the updateTenant input, the snippet).
import { describe, expect, it } from 'vitest';
import { invitationLink, parseCapacity, roleLabel, ROLE_OPTIONS } from '../../web/src/team/team.js';
import { groupPermissions } from '../../web/src/permissions.js';
import { contrastText, embedSnippet, toUpdateTenantInput, validateWidgetSettings, type WidgetSettingsForm } from '../../web/src/widget-settings/widget-settings.js';
import { formatWordVariants, parseWordVariants } from '../../web/src/widget-settings/word-variants.js';

describe('team helpers', () => {
  it('offers tenant roles only, and names every role', () => {
    expect(ROLE_OPTIONS.map((o) => o.value)).toEqual(['TENANT_ADMIN', 'MANAGER', 'AGENT', 'VIEWER']);
    expect(roleLabel('PLATFORM_ADMIN')).toBe('Platform admin');
    expect(roleLabel('AGENT')).toBe('Agent');
    expect(roleLabel('SOMETHING_NEW')).toBe('Something new');
  });

  it('parses a capacity in the API range 0–100', () => {
    expect(parseCapacity('3')).toBe(3);
    expect(parseCapacity(' 0 ')).toBe(0);
    expect(parseCapacity('100')).toBe(100);
    for (const bad of ['', '-1', '101', '2.5', 'abc', '1e2']) expect(parseCapacity(bad), bad).toBeNull();
  });

  it('builds the invitation link with the token encoded', () => {
    expect(invitationLink('https://sb.example', 'a+b/c=')).toBe('https://sb.example/accept?token=a%2Bb%2Fc%3D');
  });

  it('groups permission codes by area, keeping their order', () => {
    expect(groupPermissions(['kb.view', 'users.view', 'kb.create'])).toEqual([
      { area: 'kb', codes: ['kb.view', 'kb.create'] },
      { area: 'users', codes: ['users.view'] },
    ]);
  });
});

const valid: WidgetSettingsForm = {
  primaryColor: '#1d4ed8',
  backgroundColor: '#ffffff',
  position: 'right',
  welcomeMessage: 'Hi!',
  awayMessage: 'Away.',
  ticketWhenNobodyAvailable: true,
  logoUrl: '',
  assistantName: 'Trail',
  persona: 'Friendly.',
  greeting: 'Hello',
  handoffThreshold: '0.45',
  autoResolveThreshold: '0.8',
  wordVariants: 'Product Code: SKU, item no\n\nnorthwind: nw',
  csatEnabled: true,
  csatQuestion: 'How did we do?',
  csatLowLabel: 'Bad',
  csatHighLabel: 'Great',
};

describe('widget settings', () => {
  it('accepts a valid form and builds the updateTenant input', () => {
    expect(validateWidgetSettings(valid)).toEqual({});
    expect(toUpdateTenantInput({ ...valid, logoUrl: ' https://cdn.example/logo.png ' })).toEqual({
      branding: { primaryColor: '#1d4ed8', backgroundColor: '#ffffff', position: 'right', welcomeMessage: 'Hi!', awayMessage: 'Away.', logoUrl: 'https://cdn.example/logo.png' },
      assistant: { name: 'Trail', persona: 'Friendly.', greeting: 'Hello', handoffThreshold: 0.45, autoResolveThreshold: 0.8, wordVariants: [{ fullForm: 'product code', variants: ['sku', 'item no'] }, { fullForm: 'northwind', variants: ['nw'] }] },
      ticketWhenNobodyAvailable: true,
      csat: { enabled: true, question: 'How did we do?', lowLabel: 'Bad', highLabel: 'Great' },
    });
    // An empty logo URL is sent as '' (removes the logo).
    expect(toUpdateTenantInput(valid).branding.logoUrl).toBe('');
  });

  it('refuses what the API would refuse', () => {
    const errors = validateWidgetSettings({
      ...valid,
      primaryColor: 'red',
      backgroundColor: '#fff',
      position: 'top',
      welcomeMessage: 'x'.repeat(501),
      awayMessage: ' ',
      logoUrl: 'javascript:alert(1)',
      assistantName: ' ',
      persona: 'x'.repeat(2001),
      greeting: 'x'.repeat(501),
      handoffThreshold: '1.5',
      autoResolveThreshold: 'abc',
      csatQuestion: ' ',
      csatLowLabel: 'x'.repeat(41),
      csatHighLabel: '',
      wordVariants: 'northwind nw',
    });
    expect(Object.keys(errors).sort()).toEqual(
      ['assistantName', 'autoResolveThreshold', 'awayMessage', 'backgroundColor', 'csatHighLabel', 'csatLowLabel', 'csatQuestion', 'greeting', 'handoffThreshold', 'logoUrl', 'persona', 'position', 'primaryColor', 'welcomeMessage', 'wordVariants'].sort(),
    );
    expect(validateWidgetSettings({ ...valid, logoUrl: 'http://insecure.example/logo.png' }).logoUrl).toBe('An https:// address.');
    expect(validateWidgetSettings({ ...valid, handoffThreshold: '0.6', autoResolveThreshold: '0.5' }).autoResolveThreshold).toBe('Not below the hand-off threshold.');
    expect(validateWidgetSettings({ ...valid, handoffThreshold: '0', autoResolveThreshold: '1' })).toEqual({});
  });

  it('reads word variants one group a line, as the API checks them', () => {
    const groups = [{ fullForm: 'product code', variants: ['sku', 'item no'] }];
    expect(formatWordVariants(groups)).toBe('product code: sku, item no');
    expect(parseWordVariants(formatWordVariants(groups))).toEqual({ groups, error: null });
    expect(parseWordVariants('').groups).toEqual([]);
    expect(parseWordVariants('northwind nw').error).toBe('Line 1: write "full form: variant, variant".');
    expect(parseWordVariants('northwind: nw\nnw: n').error).toBe('"nw" is a full form; it cannot also be a variant.');
    expect(parseWordVariants('northwind: nw\nharbor: NW').error).toBe('"nw" is listed twice.');
    expect(parseWordVariants('northwind:').error).toBe('Line 1: give at least one variant.');
    expect(parseWordVariants(`northwind: ${'x'.repeat(61)}`).error).toBe('Line 1: each word at most 60 characters.');
  });

  it('writes the embed snippet, escaping attribute values', () => {
    expect(embedSnippet('http://127.0.0.1:4000', 'wk_abc')).toBe('<script src="http://127.0.0.1:4000/widget.js" data-widget-key="wk_abc" async></script>');
    expect(embedSnippet('https://x.example', 'a"b<c')).toBe('<script src="https://x.example/widget.js" data-widget-key="a&quot;b&lt;c" async></script>');
  });

  it('picks readable text on a colour', () => {
    expect(contrastText('#ffffff')).toBe('#111111');
    expect(contrastText('#000000')).toBe('#ffffff');
    expect(contrastText('#1d4ed8')).toBe('#ffffff');
    expect(contrastText('nope')).toBe('#ffffff');
  });
});
