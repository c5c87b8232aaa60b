/** The settings backup file: a versioned JSON envelope and its strict reader (bad files change nothing). */
import type { Settings } from './types.ts';
import { SETTINGS_VERSION, migrate, settingsMigrations } from './items.ts';
import { validateSettingsPatch } from './settings-schema.ts';

export const SETTINGS_FORMAT = 'nutgraf-settings';
const MAX_CHARS = 1024 * 1024;

export function settingsToJson(settings: Settings, now = new Date()): string {
  return JSON.stringify({ format: SETTINGS_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings }, null, 2);
}

/** Parse a settings file; throws a clear Error on anything but a valid Nutgraf settings export. */
export function parseSettingsFile(text: string): Partial<Settings> {
  if (text.length > MAX_CHARS) throw new Error('The file is too large to be a settings export.');
  let data: { format?: unknown; version?: unknown; settings?: unknown };
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('The file is not valid JSON: it may be truncated or not a Nutgraf settings export.');
  }
  if (!data || typeof data !== 'object' || data.format !== SETTINGS_FORMAT) {
    throw new Error('This is not a Nutgraf settings export (the "format" field is missing or different).');
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new Error('The export has no valid version number.');
  if (version > SETTINGS_VERSION) throw new Error('The export was made by a newer Nutgraf; update the extension to import it.');
  return validateSettingsPatch(migrate(data.settings, version, SETTINGS_VERSION, settingsMigrations));
}
