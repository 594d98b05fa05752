'use client';
import { createFetchDataSource, MigrationLogView } from 'migration-log-view';
import { DATA_NOW } from '../../lib/reference';

// As the README has it: the data source holds functions, so it and the view live in a client component.
const source = createFetchDataSource({ baseUrl: '/api' });

export function Migrations() {
  return <MigrationLogView dataSource={source} locale="en-US" timeZone="UTC" now={DATA_NOW} />;
}
