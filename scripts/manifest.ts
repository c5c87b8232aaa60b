/**
 * Generates each browser's manifest from the one source `manifest.json`.
 * Chrome ignores `background.scripts` but reports it as an error in developer mode; Firefox ignores
 * `service_worker` but web-ext lint warns about it. Dropping the other browser's key keeps both quiet.
 */
export type Target = 'chrome' | 'firefox';

type Manifest = Record<string, unknown> & {
  background: { service_worker?: string; scripts?: string[]; type?: string };
};

export function manifestFor(source: Manifest, target: Target, version?: string): Manifest {
  const out = structuredClone(source);
  if (version) out.version = version;
  if (target === 'chrome') {
    delete out.background.scripts;
    delete out.browser_specific_settings;
  } else {
    delete out.background.service_worker;
  }
  return out;
}
