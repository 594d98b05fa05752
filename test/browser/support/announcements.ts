const LIVE = '[aria-live],[role="status"],[role="alert"],[role="log"]';

/**
 * What the live regions in `root` say from now on: the text of each region whose content changes
 * while it is live (its `aria-live`, else its role's, is not "off" when the change lands), read as a
 * screen reader gets it. Call `stop()` when done.
 */
export function recordAnnouncements(root: Node) {
  const said: string[] = [];
  const observer = new MutationObserver((mutations) => {
    for (const { target } of mutations) {
      const region = (target instanceof Element ? target : target.parentElement)?.closest(LIVE);
      if (!region || region.getAttribute('aria-live') === 'off') continue;
      const text = region.textContent?.trim();
      if (text && said.at(-1) !== text) said.push(text);
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  return { said, stop: () => observer.disconnect() };
}
