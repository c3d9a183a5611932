/** Counts attempts per IP address in a fixed window. */
export interface IpThrottle {
  /** Records an attempt; false when the address is over its limit for this window. */
  hit(ip: string, now?: number): boolean;
}

/**
 * An in-memory throttle: at most `limit` attempts per address per `windowMs`. Kept in
 * one process on purpose; with several API processes each enforces its own share.
 */
export function createIpThrottle(options: {
  limit: number;
  windowMs: number;
}): IpThrottle {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = 0;

  return {
    hit(ip, now = Date.now()) {
      // Sweeping old windows keeps the map from growing with every address ever seen.
      if (now - lastSweep > options.windowMs) {
        for (const [key, window] of windows) {
          if (now - window.start >= options.windowMs) windows.delete(key);
        }
        lastSweep = now;
      }

      const window = windows.get(ip);
      if (!window || now - window.start >= options.windowMs) {
        windows.set(ip, { start: now, count: 1 });
        return true;
      }
      window.count += 1;
      return window.count <= options.limit;
    },
  };
}
