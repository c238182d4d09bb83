// Vite config of the web app (dashboard and agent console).
//   npm run build                                     -> web/dist (served by the API in production)
//   node_modules/.bin/vite --config web/vite.config.ts -> dev server; /graphql proxied to the API on :4000
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.SWITCHBOARD_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root,
  base: '/',
  plugins: [vue()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      // GraphQL over HTTP and graphql-ws share the path; `ws: true` upgrades too.
      '/graphql': { target: apiTarget, ws: true, changeOrigin: false },
      // A meeting's .ics (GET /calendar/meetings/:id.ics) and the calendar feeds.
      '/calendar': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    proxy: {
      '/graphql': { target: apiTarget, ws: true, changeOrigin: false },
      // A meeting's .ics (GET /calendar/meetings/:id.ics) and the calendar feeds.
      '/calendar': { target: apiTarget, changeOrigin: false },
    },
  },
});
