import { useEffect, useState } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';

interface TableStatusBarProps {
  isLoading: boolean;
  isRefreshing: boolean;
  /** Say "Refreshing…" (a change the user asked for), not only show the activity dot. */
  announceRefresh: boolean;
  lastUpdatedAt: number | null;
  messages: MigrationLogMessages;
  /** Fixed clock for stories and tests; ticking real time otherwise. */
  now: number | undefined;
}

/** "Refreshing…" and "Updated N seconds ago". Its own component, so its ticking re-renders only itself. */
export function TableStatusBar({
  isLoading,
  isRefreshing,
  announceRefresh,
  lastUpdatedAt,
  messages,
  now,
}: TableStatusBarProps) {
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    if (now !== undefined || lastUpdatedAt === null) return;
    const timer = setInterval(() => setTick(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [now, lastUpdatedAt]);

  const current = now ?? tick;
  const seconds = lastUpdatedAt === null ? null : Math.max(0, Math.round((current - lastUpdatedAt) / 1000));
  return (
    <div className="mlv-status-bar">
      {/* Only state changes are announced; the ticking age is not. */}
      <span className="mlv-status-bar__activity" role="status" data-refreshing={isRefreshing ? '' : undefined}>
        {isLoading ? messages.loading : isRefreshing && announceRefresh ? messages.refreshing : ''}
      </span>
      {seconds !== null && <span className="mlv-status-bar__updated">{messages.updatedAgo(seconds)}</span>}
    </div>
  );
}
