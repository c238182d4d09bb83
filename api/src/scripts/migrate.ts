// `npm run db:migrate`: apply pending migrations to DATABASE_URL (or the embedded database).
import 'reflect-metadata';
import { loadConfig, ConfigError } from '../config.js';
import { provisionDatabase } from '../boot/database.js';
import { initOrm, migrate } from '../boot/orm.js';

try {
  const config = loadConfig();
  const db = await provisionDatabase(config, () => undefined);
  const orm = await initOrm(db.url, 2);
  const applied = await migrate(orm);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
  await orm.close(true);
  await db.embedded?.stop();
} catch (e) {
  console.error(`switchboard: ${e instanceof ConfigError ? e.message : (e as Error).message}`);
  process.exit(1);
}
