import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The console (index.html, at `/`) and the query workbench (workbench.html, at `/workbench`): built
 * into dist/admin and served by the API server on the same origin.
 */
export default defineConfig({
  root: 'admin',
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../dist/admin',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: { input: { index: resolve(__dirname, 'admin/index.html'), workbench: resolve(__dirname, 'admin/workbench.html') } },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/documents': 'http://localhost:4000', '/intake': 'http://localhost:4000' },
  },
});
