// Types of scripts/build-api.mjs for the TypeScript that imports it (test global setup, bench).
export declare const API_BUNDLE: string;
/** Build dist/api/main.mjs unless it is up to date; resolves with whether it built. */
export declare function ensureApiBuild(options?: { quiet?: boolean }): Promise<boolean>;
