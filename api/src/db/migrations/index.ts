// Migrations are listed explicitly (no file-system discovery): the order is the list order.
import { Migration20261122000100_foundation } from './Migration20261122000100_foundation.js';

export const migrationsList = [{ name: 'Migration20261122000100_foundation', class: Migration20261122000100_foundation }];
