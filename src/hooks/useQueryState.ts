import { useCallback, useMemo, useRef, useState } from 'react';
import { resolveQuery } from '../core/query.js';
import type { MigrationLogQuery } from '../core/types.js';
import { applyQueryUpdate, isSameQuery, type MigrationLogQueryUpdate } from './query-patch.js';
import { useCallbackRef } from './use-callback-ref.js';
import { useLatest } from './useLatest.js';

export interface QueryStateOptions {
  query?: Partial<MigrationLogQuery> | undefined;
  defaultQuery?: Partial<MigrationLogQuery> | undefined;
  onQueryChange?: ((query: MigrationLogQuery) => void) | undefined;
}

/** Controlled (`query` + `onQueryChange`) or uncontrolled (`defaultQuery`) list query state. */
export function useQueryState({ query, defaultQuery, onQueryChange }: QueryStateOptions) {
  const [internal, setInternal] = useState<MigrationLogQuery>(() => resolveQuery(defaultQuery));
  const isControlled = query !== undefined;
  // Hosts often pass a fresh object every render; keep one identity per distinct value so the
  // returned query can be a memo dependency.
  const controlledJson = isControlled ? JSON.stringify(resolveQuery(query)) : null;
  const current = useMemo<MigrationLogQuery>(
    () => (controlledJson === null ? internal : (JSON.parse(controlledJson) as MigrationLogQuery)),
    [controlledJson, internal],
  );
  const latest = useLatest(current);
  const onChange = useCallbackRef(onQueryChange);
  // Several updates in one event must build on each other, before React re-renders.
  const pending = useRef<MigrationLogQuery | null>(null);

  const setQuery = useCallback(
    (update: MigrationLogQueryUpdate) => {
      const previous = pending.current ?? latest.current;
      const next = applyQueryUpdate(previous, update);
      if (isSameQuery(previous, next)) return;
      pending.current = next;
      queueMicrotask(() => {
        pending.current = null;
      });
      if (!isControlled) setInternal(next);
      onChange(next);
    },
    [isControlled, latest, onChange],
  );

  return [current, setQuery] as const;
}
