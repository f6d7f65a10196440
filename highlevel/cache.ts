// Zapier's cache (`z.cache`), scoped to the connection, for what the connector keeps between runs:
// sub-account tokens and pipeline stage names. It is an optimisation only: where no cache is
// available (local `zapier-platform invoke` runs) a read misses and a write is dropped, and the
// caller fetches again. Keys name the connection's sub-account, never a token.
import type { ZObject } from 'zapier-platform-core';

/** Zapier scopes an entry to the connection (its authentication), not only to the app. */
const CONNECTION_SCOPE = ['auth'];

// Core 19 accepts a scope on get/set/delete; its type declarations do not list it yet.
type ScopedCache = {
  get: (key: string, scope?: string[]) => Promise<unknown>;
  set: (key: string, value: unknown, ttl?: number, scope?: string[]) => Promise<unknown>;
  delete: (key: string, scope?: string[]) => Promise<unknown>;
};

export const connectionCache = (z: ZObject) => {
  const cache = z.cache as unknown as ScopedCache;
  return {
    get: async (key: string): Promise<unknown> => cache.get(key, CONNECTION_SCOPE).catch(() => null),
    set: async (key: string, value: unknown, ttlSeconds: number): Promise<void> => {
      await cache.set(key, value, ttlSeconds, CONNECTION_SCOPE).catch(() => undefined);
    },
    delete: async (key: string): Promise<void> => {
      await cache.delete(key, CONNECTION_SCOPE).catch(() => undefined);
    },
  };
};
