import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import type { MigrationLogDataSource } from '../../src/core/types.js';
import { useMigrationLogs } from '../../src/hooks/useMigrationLogs.js';
import { useNow } from '../../src/hooks/useNow.js';
import { fakeSource, page, record, testClient } from './helpers.js';

function Probe({ dataSource }: { dataSource: MigrationLogDataSource }) {
  const logs = useMigrationLogs({ dataSource });
  const now = useNow(1000, true, 0);
  return <output>{`${logs.status} ${logs.rows.length} ${now}`}</output>;
}

describe('environments', () => {
  it('loads in StrictMode, where effects run twice', async () => {
    const client = testClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <StrictMode>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </StrictMode>
    );
    const { source } = fakeSource(async () => page(record('m1')));
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source }), { wrapper });
    await waitFor(() => expect(result.current.rows.map((r) => r.id)).toEqual(['m1']));
  });

  it('renders to a string as loading, without requesting anything', () => {
    const { source, list } = fakeSource(async () => page(record('m1')));
    expect(renderToString(<Probe dataSource={source} />)).toContain('loading 0 0');
    expect(list).not.toHaveBeenCalled();
  });
});
