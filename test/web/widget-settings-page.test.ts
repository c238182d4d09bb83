// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The widget settings page's "require verified identity" switch against a scripted API: it
// saves that field alone with updateTenant, shows what the server answered (not a guess), and
// cannot be turned on without a secret.
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import WidgetSettingsPage from '../../web/src/widget-settings/WidgetSettingsPage.vue';
import { toIdentityVerificationInput } from '../../web/src/widget-settings/widget-settings.js';
import { scriptedClient, type Script } from './helpers/scripted-client.js';

const mounted: VueWrapper[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  document.body.innerHTML = '';
});

function tenant(identity: { secret: string | null; required: boolean }) {
  return {
    __typename: 'Tenant',
    id: 't-1',
    name: 'Northwind',
    widgetKey: 'wk_test',
    branding: { __typename: 'TenantBranding', primaryColor: '#1d4ed8', backgroundColor: '#ffffff', position: 'right', welcomeMessage: 'Hi', awayMessage: 'Away', logoUrl: null },
    assistant: { __typename: 'TenantAssistant', name: 'Trail', persona: '', greeting: 'Hello', handoffThreshold: 0.5, autoResolveThreshold: 0.8, wordVariants: [{ __typename: 'WordVariantGroup', fullForm: 'northwind', variants: ['nw'] }] },
    csat: { __typename: 'TenantCsatSettings', enabled: true, question: 'How did we do?', lowLabel: 'Bad', highLabel: 'Great' },
    identityVerification: { __typename: 'IdentityVerification', ...identity },
  };
}

async function mountPage(script: Script) {
  const api = scriptedClient(script);
  const w = mount(WidgetSettingsPage, { global: { plugins: [[urql, api.client]] }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  return { w, ops: api.ops };
}
const theSwitch = (w: VueWrapper) => w.get('[data-testid="identity-required"]');

describe('require verified identity', () => {
  it('builds an updateTenant input with that field alone', () => {
    expect(toIdentityVerificationInput(true)).toEqual({ requireIdentityVerification: true });
  });

  it('is a labelled switch that saves with updateTenant and shows the saved state', async () => {
    let required = false;
    const { w, ops } = await mountPage({
      WidgetSettings: () => ({ viewer: { __typename: 'Viewer', tenant: tenant({ secret: 'sec_123', required }) } }),
      WidgetSettingsUpdate: (v) => {
        required = v.input.requireIdentityVerification;
        return { updateTenant: { __typename: 'UpdateTenantPayload', tenant: tenant({ secret: 'sec_123', required }) } };
      },
    });
    const sw = theSwitch(w);
    expect(sw.attributes()).toMatchObject({ role: 'switch', 'aria-checked': 'false', 'aria-describedby': 'identity-required-help' });
    expect(sw.text()).toContain('Require verified identity');
    expect(w.get('#identity-required-help').text()).toContain('only with a valid identityHash');
    expect(w.find('[data-testid="identity-secret"]').exists()).toBe(true); // beside the secret

    await sw.trigger('click');
    await flushPromises();
    expect(ops.filter((o) => o.name === 'WidgetSettingsUpdate').map((o) => o.variables)).toEqual([{ input: { requireIdentityVerification: true } }]);
    expect(theSwitch(w).attributes('aria-checked')).toBe('true');

    await theSwitch(w).trigger('click');
    await flushPromises();
    expect(ops.filter((o) => o.name === 'WidgetSettingsUpdate').at(-1)?.variables).toEqual({ input: { requireIdentityVerification: false } });
    expect(theSwitch(w).attributes('aria-checked')).toBe('false');
  });

  it('stays off and says why when the API refuses', async () => {
    const { w } = await mountPage({
      WidgetSettings: () => ({ viewer: { __typename: 'Viewer', tenant: tenant({ secret: 'sec_123', required: false }) } }),
      WidgetSettingsUpdate: () => ({
        errors: [{ message: 'Create an identity secret first (rotateIdentitySecret)', extensions: { code: 'BAD_USER_INPUT', field: 'requireIdentityVerification' } }],
      }),
    });
    await theSwitch(w).trigger('click');
    await flushPromises();
    expect(theSwitch(w).attributes('aria-checked')).toBe('false');
    expect(w.get('[data-testid="identity-required-error"]').text()).toBe('Create an identity secret first (rotateIdentitySecret)');
  });

  it('cannot be turned on without a secret', async () => {
    const { w, ops } = await mountPage({ WidgetSettings: () => ({ viewer: { __typename: 'Viewer', tenant: tenant({ secret: null, required: false }) } }) });
    expect(theSwitch(w).attributes('disabled')).toBeDefined();
    expect(w.get('#identity-required-help').text()).toContain('Create a secret first.');
    await theSwitch(w).trigger('click');
    await flushPromises();
    expect(ops.some((o) => o.name === 'WidgetSettingsUpdate')).toBe(false);
  });
});

describe('word variants', () => {
  it('edits one group a line and saves them as groups with the other settings', async () => {
    const { w, ops } = await mountPage({
      WidgetSettings: () => ({ viewer: { __typename: 'Viewer', tenant: tenant({ secret: null, required: false }) } }),
      WidgetSettingsUpdate: () => ({ updateTenant: { __typename: 'UpdateTenantPayload', tenant: tenant({ secret: null, required: false }) } }),
    });
    const box = w.get('textarea[data-testid="word-variants"]');
    expect((box.element as HTMLTextAreaElement).value).toBe('northwind: nw');

    await box.setValue('northwind nw');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(w.text()).toContain('Line 1: write "full form: variant, variant".');
    expect(ops.some((o) => o.name === 'WidgetSettingsUpdate')).toBe(false);

    await box.setValue('northwind: nw, N-W\nProduct code: sku');
    await w.get('form').trigger('submit');
    await flushPromises();
    const sent = ops.filter((o) => o.name === 'WidgetSettingsUpdate').map((o) => (o.variables as any).input.assistant.wordVariants);
    expect(sent).toEqual([[{ fullForm: 'northwind', variants: ['nw', 'n-w'] }, { fullForm: 'product code', variants: ['sku'] }]]);
  });
});
