/**
 * Counts event listeners added to and removed from `window` and `document`, so a test can prove a
 * component leaves none behind. Listeners are told apart by target, type, capture and identity,
 * as the DOM itself does.
 */
export function listenerLedger(targets: Record<string, EventTarget>) {
  const live = new Map<string, string>();
  const ids = new WeakMap<object, number>();
  let nextId = 1;
  const idOf = (listener: object) => {
    let id = ids.get(listener);
    if (id === undefined) {
      id = nextId++;
      ids.set(listener, id);
    }
    return id;
  };
  const capture = (options: boolean | EventListenerOptions | undefined) =>
    typeof options === 'boolean' ? options : Boolean(options?.capture);
  const restores: (() => void)[] = [];

  for (const [name, target] of Object.entries(targets)) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const hadOwn = Object.hasOwn(target, 'addEventListener');
    const keyOf = (type: string, listener: unknown, options: boolean | EventListenerOptions | undefined) =>
      `${name}|${type}|${capture(options)}|${idOf(listener as object)}`;
    target.addEventListener = function (this: EventTarget, type, listener, options) {
      if (listener) live.set(keyOf(type, listener, options), `${name} ${type}`);
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (this: EventTarget, type, listener, options) {
      if (listener) live.delete(keyOf(type, listener, options));
      return remove.call(this, type, listener, options);
    };
    restores.push(() => {
      if (hadOwn) {
        target.addEventListener = add;
        target.removeEventListener = remove;
      } else {
        // Back to the prototype's methods, as before.
        Reflect.deleteProperty(target, 'addEventListener');
        Reflect.deleteProperty(target, 'removeEventListener');
      }
    });
  }

  return {
    /** "target type" of every listener still attached, e.g. `window focus`. */
    live: () => [...live.values()].sort(),
    restore: () => {
      for (const restore of restores) restore();
    },
  };
}
