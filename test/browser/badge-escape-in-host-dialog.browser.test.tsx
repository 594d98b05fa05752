import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { userEvent } from 'vitest/browser';
import { StatusBadge } from '../../src/components/status-badge/StatusBadge.js';

// A host's own Radix Dialog around a badge. Radix closes on an Escape keydown it hears on the
// document in the capture phase, before the badge hears it: Escape meant for the shown tooltip
// (WCAG 1.4.13) closed the tooltip and the host's dialog with it. The host's dialog knows nothing of
// our data-handles-escape mark, so the badge must keep the key from it on its own.
function HostDialog() {
  const [open, setOpen] = useState(true);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Portal>
        <Dialog.Content aria-describedby={undefined}>
          <Dialog.Title>Billing run</Dialog.Title>
          <button type="button">Refresh</button>
          <StatusBadge status="error" />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

async function withHostDialog(check: (badge: HTMLElement, tooltip: HTMLElement) => Promise<void>) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  try {
    root.render(<HostDialog />);
    const badge = await vi.waitFor(() => {
      const found = document.querySelector<HTMLElement>('[role="dialog"] .mlv-status-badge');
      if (!found) throw new Error('no dialog yet');
      return found;
    });
    await check(badge, badge.querySelector('[role="tooltip"]') as HTMLElement);
  } finally {
    root.unmount();
    container.remove();
  }
}

const dialog = () => document.querySelector('[role="dialog"]');
const refreshOf = () => document.querySelector<HTMLElement>('[role="dialog"] button') as HTMLElement;

/** Escape hides the tooltip and leaves the dialog open, with focus on `focused`; the next closes it. */
async function escapeHidesTooltipThenClosesDialog(tooltip: HTMLElement, focused: Element) {
  await userEvent.keyboard('{Escape}');
  // Give a wrong close its chance to happen.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(dialog()).not.toBeNull();
  expect(tooltip.hasAttribute('data-dismissed')).toBe(true);
  expect(document.activeElement).toBe(focused);
  await userEvent.keyboard('{Escape}');
  await vi.waitFor(() => expect(dialog()).toBeNull());
}

it('Escape on the focused badge closes its tooltip, not the host dialog; the next Escape closes that', async () => {
  await withHostDialog(async (badge, tooltip) => {
    badge.focus();
    await escapeHidesTooltipThenClosesDialog(tooltip, badge);
  });
});

it('Escape while the badge is hovered and focus is elsewhere closes its tooltip, not the host dialog', async () => {
  await withHostDialog(async (badge, tooltip) => {
    const refresh = refreshOf();
    refresh.focus();
    await userEvent.hover(badge);
    await escapeHidesTooltipThenClosesDialog(tooltip, refresh);
  });
});

// Clicked, then left by the pointer: the tooltip is not shown (it shows on hover and on keyboard
// focus only), so the first Escape is the host dialog's, not a hidden tooltip's.
it('Escape after the badge was clicked and the pointer left closes the host dialog at once', async () => {
  await withHostDialog(async (badge) => {
    await userEvent.click(badge);
    expect(document.activeElement).toBe(badge);
    // Off the badge, onto the dialog's button (Radix's modal leaves no pointer events outside it).
    await userEvent.hover(refreshOf());
    expect(badge.matches(':focus-visible')).toBe(false);
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(dialog()).toBeNull());
  });
});

// A key pressed on a clicked badge makes its focus visible in Chromium, and the tooltip with it:
// from then on Escape is the tooltip's again.
it('after a click, a key that shows the focused badge’s tooltip gives Escape back to the tooltip', async () => {
  await withHostDialog(async (badge, tooltip) => {
    await userEvent.click(badge);
    await userEvent.hover(refreshOf());
    await userEvent.keyboard('{Shift}');
    expect(badge.matches(':focus-visible')).toBe(true);
    await escapeHidesTooltipThenClosesDialog(tooltip, badge);
  });
});

// Chromium makes a clicked badge's focus visible at any key, Escape too: that Escape must not be
// what reveals the tooltip it was not meant for.
it('with no dialog around, Escape on a clicked badge leaves its tooltip hidden', async () => {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  try {
    root.render(
      <p>
        <button type="button">Elsewhere</button> <StatusBadge status="error" />
      </p>,
    );
    const badge = await vi.waitFor(() => container.querySelector<HTMLElement>('.mlv-status-badge') ?? Promise.reject());
    const tooltip = badge.querySelector('[role="tooltip"]') as HTMLElement;
    await userEvent.click(badge);
    await userEvent.hover(container.querySelector('button') as HTMLElement);
    await userEvent.keyboard('{Escape}');
    expect(badge.matches(':focus-visible')).toBe(true);
    await vi.waitFor(() => expect(tooltip.hasAttribute('data-dismissed')).toBe(true));
  } finally {
    root.unmount();
    container.remove();
  }
});
