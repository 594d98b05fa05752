/** The subscribers of a source, told about changes once per batch, never from inside a call. */
export interface Notifier {
  subscribe(onChange: () => void): () => void;
  /** Schedules one notification; calls until the next microtask share it. */
  notify(): void;
  readonly size: number;
  clear(): void;
}

/** A subscriber's bug must not starve the others, nor vanish: report it the way a browser would. */
function reportLater(error: unknown): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
  if (typeof report === 'function') report(error);
  else
    setTimeout(() => {
      throw error;
    }, 0);
}

export function createNotifier(onSizeChange: () => void): Notifier {
  const subscribers = new Set<() => void>();
  let queued = false;
  return {
    subscribe(onChange) {
      subscribers.add(onChange);
      onSizeChange();
      return () => {
        subscribers.delete(onChange);
        onSizeChange();
      };
    },
    notify() {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        for (const onChange of [...subscribers]) {
          try {
            onChange();
          } catch (error) {
            reportLater(error);
          }
        }
      });
    },
    get size() {
      return subscribers.size;
    },
    clear() {
      subscribers.clear();
      onSizeChange();
    },
  };
}
