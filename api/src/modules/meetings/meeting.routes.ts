// GET /calendar/meetings/:id.ics (staff bearer token or API key with meetings.view, same tenant)
// and GET /calendar/feed/:token.ics (the per-user secret feed).
import type { Express, Request, Response } from 'express';
import type { AppServices } from '../../services.js';
import { authenticate } from '../../auth/authenticate.js';
import { isUuid } from '../../graphql/ids.js';
import { COLUMNS, type MeetingRow } from './meeting.reads.js';
import { feedIcs, meetingIcs } from './meeting-ics.js';
import { feedOwner } from './calendar-feed.js';

const FEED_LIMIT = 2000;

function send(res: Response, body: string, filename: string) {
  res.set({ 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'private, no-store' }).send(body);
}

export function meetingRoutes(app: Express, services: AppServices): void {
  app.get('/calendar/meetings/:file', async (req: Request, res: Response) => {
    const m = /^([0-9a-fA-F-]{36})\.ics$/.exec(String(req.params.file));
    let viewer;
    try {
      viewer = await authenticate(services, req.get('authorization'));
    } catch {
      return void res.status(401).type('text').send('invalid credentials');
    }
    if (viewer.kind !== 'user' && viewer.kind !== 'apiKey') return void res.status(401).type('text').send('sign in (Authorization: Bearer <token>)');
    if (!viewer.tenantId || !viewer.permissions.has('meetings.view')) return void res.status(403).type('text').send('meetings.view is required');
    if (!m || !isUuid(m[1])) return void res.status(404).type('text').send('meeting not found');
    try {
      const [row] = await services.readPool.scopedQuery<MeetingRow & Record<string, unknown>>(
        { kind: 'tenant', tenantId: viewer.tenantId },
        `select ${COLUMNS} from meetings m join users o on o.id = m.organizer_id where m.tenant_id = $1 and m.id = $2`,
        [m[1]],
      );
      if (!row) return void res.status(404).type('text').send('meeting not found');
      send(res, meetingIcs(row, services.config.PUBLIC_URL), `meeting-${row.id}.ics`);
    } catch (e) {
      services.log.error({ err: e }, 'meetings: .ics failed');
      res.status(500).type('text').send('internal error');
    }
  });

  app.get('/calendar/feed/:file', async (req: Request, res: Response) => {
    const m = /^([A-Za-z0-9_-]+)\.ics$/.exec(String(req.params.file));
    try {
      const owner = m ? await feedOwner(services, m[1]) : null;
      if (!owner) return void res.status(404).type('text').send('calendar feed not found');
      const rows = await services.readPool.scopedQuery<MeetingRow & Record<string, unknown>>(
        { kind: 'tenant', tenantId: owner.tenantId },
        `select ${COLUMNS} from meetings m join users o on o.id = m.organizer_id
          where m.tenant_id = $1 and m.id in (select a.meeting_id from meeting_attendees a where a.tenant_id = $1 and a.user_id = $2)
          order by m.starts_at desc limit ${FEED_LIMIT}`,
        [owner.userId],
      );
      send(res, feedIcs(rows, `${owner.name} — Switchboard`, services.config.PUBLIC_URL), 'switchboard.ics');
    } catch (e) {
      services.log.error({ err: e }, 'meetings: feed failed');
      res.status(500).type('text').send('internal error');
    }
  });
}
