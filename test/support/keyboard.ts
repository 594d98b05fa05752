import type { UserEvent } from '@testing-library/user-event';

/** Presses Tab until `target` has focus, proving it is reachable by keyboard alone. */
export async function tabTo(user: UserEvent, target: HTMLElement, maxPresses = 300): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (document.activeElement === target) return;
    await user.tab();
  }
  if (document.activeElement !== target) {
    throw new Error(`Not reachable by Tab: ${target.outerHTML.slice(0, 120)}`);
  }
}
