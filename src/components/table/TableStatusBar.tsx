import type { MigrationLogMessages } from '../../core/messages.js';
import { useNow } from '../../hooks/useNow.js';
import { LiveStatus } from '../shared/LiveStatus.js';
import type { TableNoticeState } from './TableNotices.js';

interface TableStatusBarProps {
  state: Pick<TableNoticeState, 'isLoading' | 'isRefreshing' | 'isPlaceholderData' | 'lastUpdatedAt'>;
  messages: MigrationLogMessages;
  /** Fixed clock for stories and tests; ticking real time otherwise. */
  now: number | undefined;
}

/** "Refreshing…" and "Updated N seconds ago". Its own component, so its ticking re-renders only itself. */
export function TableStatusBar({ state, messages, now }: TableStatusBarProps) {
  const { isLoading, isRefreshing, lastUpdatedAt } = state;
  // Ticks each second once something was loaded.
  const current = useNow(1000, lastUpdatedAt !== null, now);
  const seconds = lastUpdatedAt === null ? null : Math.max(0, Math.round((current - lastUpdatedAt) / 1000));
  // Polls refresh quietly: announcing each would repeat "Refreshing…" every few seconds. Other rows
  // the user asked for (the rows shown are placeholders) are announced.
  const activity = isLoading ? messages.loading : isRefreshing && state.isPlaceholderData ? messages.refreshing : '';
  return (
    <div className="mlv-status-bar">
      {/* Shown at once, server-rendered too; said by the LiveStatus, as a region mounted with its text
          ("Loading migrations…" on a client-side mount) may not be announced. */}
      <span className="mlv-status-bar__activity" aria-hidden="true" data-refreshing={isRefreshing ? '' : undefined}>
        {activity}
      </span>
      {/* Only state changes are announced; the ticking age is not. */}
      <LiveStatus text={activity} />
      {seconds !== null && <span className="mlv-status-bar__updated">{messages.updatedAgo(seconds)}</span>}
    </div>
  );
}
