import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/** Where the build records what it read, for `scripts/build.js` to tell whether dist/admin is up to date. */
const CONSOLE_INPUTS_FILE = resolve(__dirname, 'dist/.build/console-inputs.json');

/**
 * Records the project's own files the bundle was made of (the console's, and the shared/ code it
 * imports, such as the permission conditions), so that a change to any of them, and only to them,
 * makes the console out of date.
 */
function recordInputs(): Plugin {
  let inputs: string[] = [];
  return {
    name: 'record-inputs',
    apply: 'build',
    generateBundle() {
      inputs = [...this.getModuleIds()]
        .map((id) => id.split('?', 1)[0])
        .filter((id) => isAbsolute(id) && !id.includes('/node_modules/'))
        .map((id) => relative(__dirname, id))
        .filter((path) => !path.startsWith('..'))
        .sort();
    },
    writeBundle() {
      mkdirSync(dirname(CONSOLE_INPUTS_FILE), { recursive: true });
      writeFileSync(CONSOLE_INPUTS_FILE, JSON.stringify([...new Set(inputs)], null, 1) + '\n');
    },
  };
}

/** Assets that shrink when compressed: scripts, styles, the editor's icon font. Images are compressed already. */
const COMPRESSIBLE_ASSET = /^assets\/.*\.(js|css|ttf|svg|json)$/;

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside each compressible asset, at the highest
 * settings, for the server to send as they are (server/http/console.ts): done once here, it costs
 * no CPU per request, and brotli's best quality, too slow for a request, is about a fifth smaller
 * than gzip. A copy that would not be smaller is not written.
 */
function precompressAssets(): Plugin {
  const compressions = [
    { suffix: '.br', compress: promisify(brotliCompress), options: { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY } } },
    { suffix: '.gz', compress: promisify(gzip), options: { level: zlib.Z_BEST_COMPRESSION } },
  ];
  return {
    name: 'precompress-assets',
    apply: 'build',
    async writeBundle(output, bundle) {
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE_ASSET.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(output.dir!, name);
          const content = await readFile(path);
          for (const { suffix, compress, options } of compressions) {
            const packed = await compress(content, options);
            if (packed.length < content.length) await writeFile(path + suffix, packed);
          }
        }),
      );
    },
  };
}

/**
 * Packages written for React Server Components mark modules "use client" (and the React compiler's
 * runtime "use no memo"); a browser bundle has no server components, so the directive means nothing
 * here, yet the bundler warns once per module: about 600 warnings, 6,000 lines, in every build.
 */
const HARMLESS_DIRECTIVE = /directive "use (client|no memo)"/;

/**
 * The console (index.html, at `/`) and the query workbench (workbench.html, at `/workbench`): built
 * into dist/admin and served by the API server on the same origin.
 */
export default defineConfig({
  root: 'admin',
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [recordInputs(), precompressAssets()],
  build: {
    outDir: '../dist/admin',
    emptyOutDir: true,
    // The console is served from the same machine, not over a mobile network: its largest chunk
    // (the workbench's editor, about 2.8 MB) is expected.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: { index: resolve(__dirname, 'admin/index.html'), workbench: resolve(__dirname, 'admin/workbench.html') },
      onLog(level, log, handler) {
        const fromPackage = (log.id ?? log.message).includes('node_modules/');
        if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && fromPackage && HARMLESS_DIRECTIVE.test(log.message)) return;
        handler(level, log);
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/documents': 'http://localhost:4000', '/intake': 'http://localhost:4000' },
  },
});
