/**
 * `npm run package` (after the build): one zip per browser in artifacts/ —
 * nutgraf-firefox-<version>.zip (web-ext build, what addons.mozilla.org takes) and
 * nutgraf-chrome-<version>.zip (dist/chrome zipped with the manifest at the root, what the Chrome Web Store takes).
 * web-ext's zipper is used for both, so no system `zip` is needed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const artifacts = join(root, 'artifacts');
const webExt = join(root, 'node_modules/.bin/web-ext');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

mkdirSync(artifacts, { recursive: true });
for (const target of ['chrome', 'firefox'] as const) {
  const sourceDir = join(root, 'dist', target);
  if (!existsSync(join(sourceDir, 'manifest.json'))) {
    console.error(`${sourceDir} is not built: run \`npm run build\` first.`);
    process.exit(1);
  }
  const filename = `nutgraf-${target}-${version}.zip`;
  execFileSync(
    webExt,
    ['build', '--source-dir', sourceDir, '--artifacts-dir', artifacts, '--filename', filename, '--overwrite-dest', '--no-config-discovery'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const size = statSync(join(artifacts, filename)).size;
  console.log(`${join('artifacts', filename)}  ${(size / 1024).toFixed(1)} KiB`);
}
