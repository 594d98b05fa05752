/**
 * The Retry button of the error banner matched by `banner` inside `root`, once the error has settled:
 * a 500 is retried once (about a second) before the banner offers Retry, busy until then.
 */
export const settledRetry = (root: ParentNode, banner: string): Promise<HTMLElement> =>
  vi.waitFor(
    () => {
      const button = root.querySelector<HTMLElement>(`${banner} button`);
      if (!button || button.getAttribute('aria-busy')) throw new Error('no settled error yet');
      return button;
    },
    { timeout: 4000 },
  );
