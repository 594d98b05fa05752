/**
 * Records the text each `role="status"` region had when it was inserted. The observer runs in the
 * insertion's microtask, before any timer, so a test that a region arrived empty cannot race the
 * region's own delay on a slow machine. Call `stop()` when done.
 */
export function watchStatusRegions() {
  const atInsert = new Map<Element, string>();
  const observer = new MutationObserver((records) => {
    for (const node of records.flatMap((record) => [...record.addedNodes])) {
      if (!(node instanceof Element)) continue;
      for (const region of [node, ...node.querySelectorAll('[role="status"]')]) {
        if (region.getAttribute('role') === 'status' && !atInsert.has(region)) {
          atInsert.set(region, region.textContent ?? '');
        }
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return {
    /** The region's text when it was inserted; undefined if it was not inserted while watching. */
    textAtInsert: (region: Element) => atInsert.get(region),
    stop: () => observer.disconnect(),
  };
}
