import { StatusBadge } from 'migration-log-view';
import { Migrations } from './migrations';

export default function MigrationsPage() {
  return (
    <main>
      <h1>Migrations</h1>
      <p>
        Last run: <StatusBadge status="Completed" />
      </p>
      <Migrations />
    </main>
  );
}
