import { randomBytes } from 'node:crypto';

/** The public key a tenant's chat widget is embedded with (`wk_` + 24 random characters). */
export const newWidgetKey = () => 'wk_' + randomBytes(18).toString('base64url');
