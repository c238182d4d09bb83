// `npm run db:seed`: create the demo tenants if this database never had them.
import 'reflect-metadata';
import { loadConfig, ConfigError } from '../config.js';
import { provisionDatabase } from '../boot/database.js';
import { initOrm, migrate } from '../boot/orm.js';
import { seedDemo } from '../boot/seed/seed.js';

try {
  const config = loadConfig();
  const db = await provisionDatabase(config, () => undefined);
  const orm = await initOrm(db.url, 2);
  await migrate(orm);
  const result = await seedDemo(orm);
  console.log(result.seeded ? `demo data created (${result.logins.length} users)` : 'demo data already present');
  await orm.close(true);
  await db.embedded?.stop();
} catch (e) {
  console.error(`switchboard: ${e instanceof ConfigError ? e.message : (e as Error).message}`);
  process.exit(1);
}
