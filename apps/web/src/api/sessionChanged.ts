type Listener = () => void;

const listeners = new Set<Listener>();

/** Subscribes to "the server says this session is over"; returns the unsubscribe. */
export function onSessionEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells the session holder that an API call was refused for want of a session. */
export function notifySessionEnded(): void {
  for (const listener of listeners) listener();
}
