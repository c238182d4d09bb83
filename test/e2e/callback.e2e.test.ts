// Callbacks end to end, in Debian's Chromium, against the real API serving the built web app and
// the built widget: the customer (a browser in New York) writes from the widget; the agent (a
// browser in Berlin) opens the conversation in the console and schedules a callback at a time
// that clashes with a meeting already in the agent's calendar → the clash and free times are
// shown → the agent picks a free time → the customer's widget says "We'll call you on …" in New
// York time → the meeting is on the agent's calendar page, and its .ics download carries it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../helpers/db.js';
import { DEMO, gql, login } from '../helpers/graphql.js';
import { buildWidget } from './helpers/build-widget.js';
import { startHostPage, startWidgetFront, type Served, type WidgetFront } from './helpers/widget-host.js';
import { useBrowserSession } from './helpers/session.js';
import { addDays, dayKeyOf, formatWhen, toLocalInput, zonedInstant } from '../../web/src/calendar/zoned.js';
import { callbackText } from '../../web/widget/callback.js';

const W = 'switchboard-widget'; // Playwright's CSS locators pierce the open shadow root
const AGENT_TZ = 'Europe/Berlin';
const CUSTOMER_TZ = 'America/New_York';

const session = useBrowserSession();
const { signIn } = session;
let widgetKey: string;
let front: WidgetFront;
let host: Served;

beforeAll(async () => {
  const widgetJs = buildWidget();
  [{ widget_key: widgetKey }] = await sql<{ widget_key: string }>(session.db, `select widget_key from tenants where slug = 'northwind'`);
  // Business hours every day, 07:00–21:00 in Berlin: free times exist whatever day the test runs.
  await sql(
    session.db,
    `update business_calendars set timezone = $1, holidays = '[]',
            weekly_hours = (select jsonb_agg(jsonb_build_array(jsonb_build_object('start', '07:00', 'end', '21:00'))) from generate_series(1, 7))
      where tenant_id = (select id from tenants where slug = 'northwind') and queue_id is null`,
    [AGENT_TZ],
  );
  front = await startWidgetFront(session.server.url, widgetJs);
  host = await startHostPage({ widgetJsUrl: `${front.url}/widget.js`, widgetKey, apiUrl: front.url });
}, 180_000);

afterAll(async () => {
  await front?.close();
  await host?.close();
});

const open = (timezoneId: string, viewport = { width: 1400, height: 900 }) => session.open(viewport, { timezoneId, acceptDownloads: true });

describe('a callback in a browser', () => {
  it('clash → free times → picked → the widget shows it in the customer’s time → on the calendar and in the .ics', { timeout: 180_000 }, async () => {
    // The customer writes from the widget, in New York.
    const customerTab = await open(CUSTOMER_TZ, { width: 1200, height: 800 });
    const customer = customerTab.page;
    await customer.goto(host.url);
    await customer.locator(`${W} .launcher`).click();
    await customer.locator(`${W} textarea#sb-input`).fill('Please call me about my order');
    await customer.keyboard.press('Enter');
    await customer.locator(`${W} .bubble.customer[data-state="sent"]`).waitFor({ timeout: 15_000 });
    const conversationId: string = await customer.evaluate((k) => JSON.parse(localStorage.getItem(`switchboard-widget:${k}`) ?? '{}').conversationId, widgetKey);
    expect(conversationId).toBeTruthy();

    // The agent takes it, and already has a meeting tomorrow 14:00–15:00 (Berlin).
    const token = await login(session.server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug);
    const took = await gql(session.server.graphqlUrl, `mutation($i: ConversationIdInput!) { takeOverConversation(input: $i) { conversationId } }`, { i: { conversationId } }, { token });
    expect(took.errors).toBeUndefined();
    const day = addDays(dayKeyOf(new Date(), AGENT_TZ), 1);
    const busyFrom = zonedInstant(day, 14 * 60, AGENT_TZ);
    const busy = await gql(
      session.server.graphqlUrl,
      `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id } } }`,
      { i: { title: 'Quarterly review', type: 'REVIEW', startsAt: busyFrom.toISOString(), endsAt: new Date(busyFrom.getTime() + 3_600_000).toISOString(), timezone: AGENT_TZ } },
      { token },
    );
    expect(busy.errors).toBeUndefined();

    // In the console (Berlin): schedule a callback at 14:30 tomorrow → the clash and free times.
    const agentTab = await open(AGENT_TZ);
    const agent = agentTab.page;
    await signIn(agent, DEMO.northwind.agent, `/console?c=${conversationId}`);
    await agent.getByTestId('schedule-callback-open').click();
    const dialog = agent.getByRole('dialog', { name: 'Schedule callback' });
    await dialog.locator('#callback-when').fill(toLocalInput(new Date(busyFrom.getTime() + 30 * 60_000), AGENT_TZ));
    await dialog.getByLabel('Customer’s timezone').selectOption(CUSTOMER_TZ);
    await dialog.getByRole('button', { name: 'Schedule callback' }).click();
    await dialog.getByTestId('callback-conflict').filter({ hasText: 'Quarterly review' }).waitFor({ timeout: 15_000 });
    const slot = dialog.getByTestId('free-slot').first();
    await slot.waitFor({ timeout: 15_000 });
    await agentTab.screenshot('callback-conflict');
    const slotStart = new Date((await slot.getAttribute('data-starts-at'))!);
    // A free time does not overlap the review.
    expect(slotStart.getTime() + 30 * 60_000 <= busyFrom.getTime() || slotStart.getTime() >= busyFrom.getTime() + 3_600_000).toBe(true);
    await slot.click();
    await dialog.getByRole('button', { name: 'Schedule callback' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    // The sidebar lists it, in the agent's time.
    await agent.getByTestId('linked-callbacks').getByText(formatWhen(slotStart, AGENT_TZ)).waitFor({ timeout: 15_000 });

    const [meeting] = await sql<{ id: string; uid: string; starts_at: Date }>(session.db, `select id, uid, starts_at from meetings where conversation_id = $1 and type = 'CALLBACK'`, [conversationId]);
    expect(meeting.starts_at.getTime()).toBe(slotStart.getTime());

    // The customer's widget: the callback in New York time.
    const expected = callbackText({ startsAt: slotStart.toISOString(), status: 'SCHEDULED' }, CUSTOMER_TZ)!;
    const nyClock = new Intl.DateTimeFormat('en-GB', { timeZone: CUSTOMER_TZ, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(slotStart);
    expect(expected).toContain(nyClock);
    await customer.locator(`${W} .callback`).filter({ hasText: expected.replace(/^We'll call you on /, '') }).waitFor({ timeout: 15_000 });
    expect(await customer.locator(`${W} .callback`).textContent()).toBe(expected);
    await customerTab.screenshot('callback-widget');

    // The agent's calendar, that day's week: the callback is there; its .ics carries it.
    await agent.goto(`${session.server.url}/calendar?v=week&d=${dayKeyOf(slotStart, AGENT_TZ)}`);
    const onCalendar = agent.locator(`[data-testid="calendar-meeting"][data-meeting-id="${meeting.id}"]`);
    await onCalendar.waitFor({ timeout: 15_000 });
    await agent.locator(`[data-testid="calendar-meeting"]`).filter({ hasText: 'Quarterly review' }).waitFor();
    await onCalendar.click();
    const meetingDialog = agent.getByTestId('meeting-dialog');
    await meetingDialog.waitFor();
    await agentTab.screenshot('callback-calendar');
    const [download] = await Promise.all([agent.waitForEvent('download', { timeout: 15_000 }), meetingDialog.getByTestId('meeting-ics').click()]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics.replace(/\r?\n[ \t]/g, '')).toContain(`UID:${meeting.uid}`);

    expect(agentTab.errors).toEqual([]);
    expect(customerTab.errors).toEqual([]);
  });
});
