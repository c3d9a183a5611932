/** Counts failed attempts per IP address in a fixed window. */
export interface IpThrottle {
  /** Whether the address may try now; checking counts nothing. */
  allows(ip: string, now?: number): boolean;
  /** Records a failed attempt from the address. */
  fail(ip: string, now?: number): void;
}

/**
 * An in-memory throttle: an address that failed `limit` times within `windowMs` is
 * refused until the window ends. Only failures count, so a whole office behind one NAT
 * address signing in correctly is never refused. Kept in one process on purpose; with
 * several API processes each enforces its own share.
 */
export function createIpThrottle(options: {
  limit: number;
  windowMs: number;
}): IpThrottle {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = 0;

  function current(ip: string, now: number) {
    const window = windows.get(ip);
    return window && now - window.start < options.windowMs ? window : undefined;
  }

  return {
    allows(ip, now = Date.now()) {
      return (current(ip, now)?.count ?? 0) < options.limit;
    },

    fail(ip, now = Date.now()) {
      // Sweeping old windows keeps the map from growing with every address ever seen.
      if (now - lastSweep > options.windowMs) {
        for (const [key, window] of windows) {
          if (now - window.start >= options.windowMs) windows.delete(key);
        }
        lastSweep = now;
      }

      const window = current(ip, now);
      if (window) window.count += 1;
      else windows.set(ip, { start: now, count: 1 });
    },
  };
}
