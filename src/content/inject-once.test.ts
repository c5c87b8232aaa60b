import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { onMessage } from '../messaging/index.ts';
import type { BackgroundProtocol } from '../messaging/protocol.ts';
import { injectOnce } from './inject-once.ts';

const KEY = '__nutgrafInjectOnceTest';
const g = globalThis as Record<string, unknown>;
const get = (): { name: string } | undefined => g[KEY] as { name: string } | undefined;

let injections = 0;
let registers = true;
beforeEach(() => {
  fakeBrowser.reset();
  delete g[KEY];
  injections = 0;
  registers = true;
  // The background: "injecting" the file runs it, which registers its entry (or not, for a broken file).
  onMessage<BackgroundProtocol>({
    loadReader: () => {
      injections++;
      if (registers) g[KEY] = { name: 'reader' };
    },
  });
});
afterEach(() => void delete g[KEY]);

describe('injectOnce', () => {
  test('asks the background once, then answers from the registered entry', async () => {
    const load = injectOnce('loadReader', 'reader.js', get);
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toEqual({ name: 'reader' });
    expect(b).toBe(a);
    expect(await load()).toBe(a);
    expect(injections).toBe(1);
  });

  test('a script that did not register is a clear error, and a later call tries again', async () => {
    const load = injectOnce('loadReader', 'reader.js', get);
    registers = false;
    await expect(load()).rejects.toThrow('reader.js did not register its entry');
    registers = true;
    expect(await load()).toEqual({ name: 'reader' });
    expect(injections).toBe(2);
  });
});
