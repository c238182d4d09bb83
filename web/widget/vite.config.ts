// The embeddable chat widget: one IIFE file, web/dist/widget.js, next to the web app.
//   vite build --config web/widget/vite.config.ts   (after the app build, which empties web/dist)
// Budget: 60 KB gzipped (test/web/widget-bundle.test.ts fails above it).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Library mode does not replace process.env.NODE_ENV; dependencies branch on it.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist', import.meta.url)),
    emptyOutDir: false,
    target: 'es2020',
    sourcemap: false,
    lib: {
      entry: fileURLToPath(new URL('./main.ts', import.meta.url)),
      name: 'SwitchboardWidget',
      formats: ['iife'],
      fileName: () => 'widget.js',
    },
  },
});
