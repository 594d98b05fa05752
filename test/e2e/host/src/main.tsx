import { createFetchDataSource, MigrationLogView } from 'migration-log-view';
import 'migration-log-view/styles.css';
import { StrictMode, version } from 'react';
import { createRoot } from 'react-dom/client';

// What a user's admin app does: the packed library, its stylesheet, a REST source, one component.
// `?theme=dark` and `?now=<epoch ms>` exist for the e2e suite and the README screenshot.
const params = new URLSearchParams(window.location.search);
if (params.get('theme') === 'dark') document.documentElement.dataset.theme = 'dark';
const fixedNow = Number(params.get('now'));
// Lets the tests check that each host really runs the React it claims to.
document.documentElement.dataset.reactVersion = version;

const dataSource = createFetchDataSource({ baseUrl: '/api' });
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <MigrationLogView
      dataSource={dataSource}
      locale="en-US"
      timeZone="UTC"
      now={Number.isFinite(fixedNow) && fixedNow > 0 ? fixedNow : undefined}
    />
  </StrictMode>,
);
