import * as Dialog from '@radix-ui/react-dialog';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { userEvent } from 'vitest/browser';
import { MigrationLogTable } from '../../src/components/table/MigrationLogTable.js';
import { generateMigrationLogs } from '../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../src/data-sources/in-memory/create-in-memory-data-source.js';

// Admin apps open the migration log in a dialog of their own. Escape pressed in the open column
// menu is the menu's (it closes, focus back on its toggle), as it is with no dialog around: it
// must not also close the host's dialog, and the view with it. Radix closes on an Escape it hears
// on the document while capturing, before the menu's own handler; a native modal <dialog> closes
// on an Escape whose default is not prevented.
const NOW = Date.UTC(2026, 10, 28, 12);
const dataSource = createInMemoryDataSource(generateMigrationLogs({ count: 5, seed: 1, now: NOW }), { now: () => NOW });
const table = <MigrationLogTable dataSource={dataSource} now={NOW} timeZone="UTC" locale="en-US" />;

function RadixHost() {
  const [open, setOpen] = useState(true);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Portal>
        <Dialog.Content aria-describedby={undefined}>
          <Dialog.Title>Migrations</Dialog.Title>
          {table}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function NativeHost({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => ref.current?.showModal(), []);
  return (
    <dialog ref={ref} aria-label="Migrations">
      {children}
    </dialog>
  );
}

const openDialog = () => document.querySelector('[role="dialog"][data-state="open"], dialog[open]');

async function escapeInOpenMenu(host: ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  try {
    root.render(host);
    const menu = await vi.waitFor(() => {
      const found = document.querySelector<HTMLDetailsElement>('details.mlv-column-menu');
      if (!found || !document.querySelector('tbody tr[data-row-key]')) throw new Error('no rows yet');
      return found;
    });
    const toggle = menu.querySelector('summary') as HTMLElement;
    await userEvent.click(toggle);
    expect(menu.open).toBe(true);
    await userEvent.keyboard('{Tab}');
    expect(menu.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    // Give a wrong close its chance to happen.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openDialog()).not.toBeNull();
    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(toggle);
    // The next Escape is the host dialog's.
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(openDialog()).toBeNull());
  } finally {
    root.unmount();
    container.remove();
  }
}

it("Escape in the column menu closes the menu, not a host's Radix dialog around the table", async () => {
  await escapeInOpenMenu(<RadixHost />);
});

it("Escape in the column menu closes the menu, not a host's native modal <dialog> around the table", async () => {
  await escapeInOpenMenu(<NativeHost>{table}</NativeHost>);
});
