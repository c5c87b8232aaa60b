/**
 * `npm run test:e2e` runs this first: the e2e suite drives the system's Chromium and Firefox ESR (it never
 * downloads a browser), so say exactly what to install when one is missing.
 */
import { accessSync, constants } from 'node:fs';
import { CHROMIUM_PATH, FIREFOX_PATH } from './lib/launch.ts';

const browsers = [
  { name: 'Chromium', path: CHROMIUM_PATH, pkg: 'chromium' },
  { name: 'Firefox ESR', path: FIREFOX_PATH, pkg: 'firefox-esr' },
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const missing = browsers.filter((b) => !executable(b.path));
if (missing.length) {
  for (const b of missing) console.error(`Missing ${b.name}: ${b.path} not found or not executable.`);
  console.error('\nThe e2e tests need both browsers. On Debian/Ubuntu install them with:\n');
  console.error('  sudo apt-get install -y chromium firefox-esr\n');
  console.error('(or point NUTGRAF_CHROMIUM / NUTGRAF_FIREFOX at existing executables)');
  process.exit(1);
}
console.log(`Browsers found: ${browsers.map((b) => b.path).join(', ')}`);
