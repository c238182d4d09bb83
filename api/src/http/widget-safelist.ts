// Tenants may let widget sessions run only the operations the widget was built with (tenant
// setting `widgetOperationsSafelisted`; the safelist is api/src/persisted/operations.json, written
// at build time from web/widget). The document is named by its persisted-query hash, or hashed
// from its text (POST, graphql-ws subscribe): anything else is refused before it runs.
import { GraphQLError } from 'graphql';
import type { AuthState } from '../auth/auth-state.js';
import type { Viewer } from '../auth/viewer.js';
import { ErrorCode, requestError } from '../errors.js';
import { sha256Hex, widgetSafelist } from '../persisted/index.js';

export interface WidgetSafelist {
  /** PERSISTED_QUERY_NOT_ALLOWED for a widget viewer whose tenant is safelisted and whose document is not the widget's; else undefined. */
  check(viewer: Viewer, hash: string | undefined, text: string | undefined): Promise<GraphQLError | undefined>;
}

export const notAllowed = () =>
  requestError(ErrorCode.PERSISTED_QUERY_NOT_ALLOWED, "This widget accepts only the widget's own operations (the tenant's setting widgetOperationsSafelisted)");

export function widgetSafelistCheck(auth: AuthState, safelist: ReadonlySet<string> = widgetSafelist): WidgetSafelist {
  return {
    async check(viewer, hash, text) {
      if (viewer.kind !== 'widget') return undefined;
      if (!(await auth.widgetOperationsSafelisted(viewer.tenantId))) return undefined;
      const h = hash ?? (text !== undefined ? sha256Hex(text) : undefined);
      return h && safelist.has(h) ? undefined : notAllowed();
    },
  };
}
