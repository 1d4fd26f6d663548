import { vi } from 'vitest';

// Storage for unit tests: the store reads saved preferences when its module is built, and the
// pain chart keeps itself in sessionStorage, so tests give them a fake of their own.

/** A Storage over a map; `data` lets the test look inside. */
export function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    clear: () => data.clear(),
    key: () => null,
    length: 0,
    data,
  };
}

/** Forgets the loaded modules, so the next import builds a new store, with nothing saved. */
export function freshStoreModules(): void {
  vi.resetModules();
  vi.stubGlobal('localStorage', fakeStorage());
}
