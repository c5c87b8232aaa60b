/**
 * User settings: storage.sync when the browser has it (they follow the user), falling back to local.
 * Writes go through the background (single writer) and are serialised; reads may happen anywhere.
 */
import type { Settings } from './types.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, defineItem, settingsMigrations } from './items.ts';
import { coerceSettings, validateSettingsPatch } from './settings-schema.ts';
import { createSerialQueue } from './serial-queue.ts';

export const settingsItem = defineItem<Settings>({
  key: 'settings',
  area: 'sync',
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
  coerce: coerceSettings,
});

const queue = createSerialQueue();

export function getSettings(): Promise<Settings> {
  return settingsItem.getValue();
}

/** Validate and apply a partial update (`reader` may itself be partial); returns the full new settings. */
export function updateSettings(patch: Partial<Settings> | Record<string, unknown>): Promise<Settings> {
  return queue(async () => {
    const current = await settingsItem.getValue();
    const next: Settings = { ...current, ...validateSettingsPatch(patch, current) };
    await settingsItem.setValue(next);
    return next;
  });
}

/** Call `cb` with the new settings whenever they change (from any context). */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch(cb);
}
