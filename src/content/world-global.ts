/**
 * What our scripts in a page's content-script world hand each other (detect.js's detector, the entries of
 * pipeline.js, facts.js and reader.js): properties of that world's own global object, which the page cannot see.
 */
const world = globalThis as Record<string, unknown>;

export function readWorldGlobal<T>(key: string): T | undefined {
  return world[key] as T | undefined;
}

export function writeWorldGlobal(key: string, value: unknown): void {
  world[key] = value;
}

/**
 * Sets `key` to `make()` unless it is set already: a script injected twice (two quick requests) keeps its first
 * entry, which holds the live state (card, hidden blocks, open reader).
 */
export function registerOnce(key: string, make: () => unknown): void {
  world[key] ??= make();
}
