import { StatusBadge } from 'migration-log-view';

// A server component rendering a component of the package: it must come as a client reference.
export default function BadgePage() {
  return (
    <main>
      <h1>Last run</h1>
      <StatusBadge status="Completed" />
    </main>
  );
}
