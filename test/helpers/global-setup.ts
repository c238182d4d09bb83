// Once per test run: a PostgreSQL (TEST_DATABASE_URL / DATABASE_URL, else an embedded one), and
// one migrated + seeded template database that every test file clones (see db.ts).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../api/src/boot/embedded.js';
import { initOrm, migrate } from '../../api/src/boot/orm.js';
import { seedDemo } from '../../api/src/boot/seed/seed.js';
import { DEMO_PASSWORD } from '../../api/src/boot/seed/demo-tenants.js';
import { installJobSchema } from '../../api/src/jobs/jobs.js';
import { startChroma } from '../../api/src/modules/knowledge/chroma-server.js';
import { prepareTemplate } from './prepare-template.js';
import { ensureApiBuild } from '../../scripts/build-api.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
    runId: string;
    runDir: string;
    chromaUrl: string;
  }
}

const withDb = (url: string, db: string) => {
  const u = new URL(url);
  u.pathname = '/' + db;
  return u.toString();
};

export default async function setup(project: TestProject) {
  const runId = randomBytes(4).toString('hex');
  // The process tests (runMain) start what `npm start` starts: the API bundle, rebuilt if stale.
  const bundling = ensureApiBuild({ quiet: true }).then(
    () => null,
    (e: unknown) => e,
  );
  const runDir = mkdtempSync(path.join(os.tmpdir(), `sb-test-${runId}-`));
  let embedded: EmbeddedPostgres | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({ dir: path.join(runDir, 'pg'), password: randomBytes(12).toString('hex') });
    adminUrl = embedded.adminUrl;
  }
  const mode = embedded ? 'embedded PostgreSQL' : `PostgreSQL at ${new URL(adminUrl).host}`;
  console.log(`[test] database: ${mode}; template sb_tpl_${runId}`);

  const templateDb = `sb_tpl_${runId}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${templateDb}`);
  const orm = await initOrm(withDb(adminUrl, templateDb), 2);
  await migrate(orm);
  await seedDemo(orm, DEMO_PASSWORD);
  await orm.close(true);
  await installJobSchema(withDb(adminUrl, templateDb));
  // One Chroma for the whole run; each test file's server uses its own namespace (its db name).
  const [chroma] = await Promise.all([startChroma({ dir: path.join(runDir, 'chroma') }), prepareTemplate(withDb(adminUrl, templateDb))]);
  project.provide('chromaUrl', chroma.url);
  const bundleFailed = await bundling;
  if (bundleFailed) throw bundleFailed;

  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', templateDb);
  project.provide('runId', runId);
  project.provide('runDir', runDir);

  return async () => {
    const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`sb_%${runId}%`]);
    for (const { datname } of rows) await admin.query(`drop database if exists "${datname}" with (force)`);
    await admin.end();
    await chroma.stop();
    await embedded?.stop();
    rmSync(runDir, { recursive: true, force: true });
  };
}
