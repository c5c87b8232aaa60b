import { build, defineConfig, type Plugin } from 'vite';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { manifestFor, type Target } from './scripts/manifest.ts';

/**
 * One config, run once per browser (`vite build --mode chrome|firefox`).
 * - Extension pages (popup, options, library, reader) are ordinary ES-module pages.
 * - The content script must be a classic script, so it and the lazily injected pipeline are built as IIFEs.
 * - The background is one ES module (Chrome: module service worker; Firefox: module event page).
 */
const root = resolve(import.meta.dirname);
const jsx = { jsx: { runtime: 'automatic' as const, importSource: 'preact' } };
/** What every extra build run from the plugin shares: no config file, quiet, Preact's JSX, production Preact. */
const standalone = {
  configFile: false as const,
  logLevel: 'warn' as const,
  oxc: jsx,
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** Classic-script bundles: each is one self-contained file, no chunks. */
const scripts: { entry: string; file: string; format: 'iife' | 'es'; eager?: boolean }[] = [
  // Detection runs on every page: compiled with its file, not function by function (src/content/detector.ts).
  { entry: 'src/content/detect.ts', file: 'detect.js', format: 'iife', eager: true },
  { entry: 'src/content/index.ts', file: 'content.js', format: 'iife' },
  { entry: 'src/pipeline/index.ts', file: 'pipeline.js', format: 'iife' },
  // The fact extraction, injected beside pipeline.js as a script of its own (src/pipeline/facts-entry.ts says why).
  { entry: 'src/pipeline/facts-script.ts', file: 'facts.js', format: 'iife' },
  // The reader overlay, injected the first time the user opens it (src/content/reader/entry.ts says why).
  { entry: 'src/content/reader/reader-script.ts', file: 'reader.js', format: 'iife' },
  { entry: 'src/background/index.ts', file: 'background.js', format: 'es' },
];

function extensionAssets(target: Target, outDir: string): Plugin {
  return {
    name: 'nutgraf-extension-assets',
    apply: 'build',
    async closeBundle() {
      for (const s of scripts) {
        await build({
          ...standalone,
          root,
          // The scripts of the page's content-script world run on the browser's own API (native-browser.ts says why).
          resolve: s.format === 'iife' ? { alias: { 'webextension-polyfill': resolve(root, 'src/platform/native-browser.ts') } } : {},
          build: {
            outDir,
            emptyOutDir: false,
            target: 'es2022',
            minify: true,
            lib: { entry: resolve(root, s.entry), formats: [s.format], name: 'nutgraf', fileName: () => s.file },
            rolldownOptions: { output: { codeSplitting: false } },
          },
        });
        // V8's explicit compile hint: it must be the file's first line (the minifier would drop a banner comment).
        if (s.eager) writeFileSync(resolve(outDir, s.file), `//# allFunctionsCalledOnLoad\n${readFileSync(resolve(outDir, s.file), 'utf8')}`);
      }
      // The popup on its own: its first chunk then holds everything the first paint needs (Preact, the
      // storage read, the saved list) instead of importing chunks shared with the other pages, which the
      // browser could only fetch after parsing the first one; the card's code is a lazy chunk of its own.
      await build({
        ...standalone,
        root: resolve(root, 'src'),
        base: './',
        publicDir: false,
        // Its first paint has a budget (≤ 150 ms): no polyfill set-up before it (native-browser.ts).
        resolve: { alias: { 'webextension-polyfill': resolve(root, 'src/platform/native-browser.ts') } },
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          modulePreload: false,
          rolldownOptions: { input: { popup: resolve(root, 'src/popup/index.html') } },
        },
      });
      const source = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
      const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
      writeFileSync(resolve(outDir, 'manifest.json'), JSON.stringify(manifestFor(source, target, pkg.version), null, 2));
      cpSync(resolve(root, 'icons'), resolve(outDir, 'icons'), { recursive: true, filter: (f) => !f.endsWith('.svg') });
      cpSync(resolve(root, 'src/_locales'), resolve(outDir, '_locales'), { recursive: true });
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const outDir = resolve(root, 'dist', target);
  return {
    root: resolve(root, 'src'),
    base: './',
    publicDir: false,
    oxc: jsx,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: {
        input: {
          options: resolve(root, 'src/options/index.html'),
          library: resolve(root, 'src/library/index.html'),
          reader: resolve(root, 'src/reader/index.html'),
        },
      },
    },
    plugins: [extensionAssets(target, outDir)],
  };
});
