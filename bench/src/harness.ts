/**
 * Measuring helpers shared by the benchmark pages. Times are `performance.now()` milliseconds.
 *
 * "Painted" is taken the way the browser defines a frame: after a DOM change is seen (a
 * MutationObserver), the next requestAnimationFrame callback runs at the start of the frame that
 * will show it, and a message posted from that callback runs right after that frame's style,
 * layout and paint. `frame` is the classic double requestAnimationFrame, one frame later still: an
 * upper bound, reported beside it.
 */
export interface PaintTimes {
  paint: number;
  frame: number;
}

function afterPaint(): Promise<PaintTimes> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      let paint = 0;
      channel.port1.onmessage = () => {
        paint = performance.now();
      };
      channel.port2.postMessage(null);
      requestAnimationFrame(() => {
        // The second frame's callback; the message above has run by now.
        const frame = performance.now();
        setTimeout(() => resolve({ paint, frame }), 0);
      });
    });
  });
}

/** Resolves once `ready()` holds for the DOM under `root`, and the change is painted. */
export function whenPainted(root: Node, ready: () => boolean): Promise<PaintTimes> {
  return new Promise((resolve) => {
    if (ready()) {
      void afterPaint().then(resolve);
      return;
    }
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      void afterPaint().then(resolve);
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** Waits a random part of a frame, so updates start at random points of the frame like real ones. */
export function jitter(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 16.7));
}

/**
 * Loads the ICU data for dates and numbers in en-US, as any page that has shown a date has. Both
 * pages call it before timing, so neither pays a one-time engine cost the other has already paid
 * (the baseline creates its formatters at import, the library on first use).
 */
export function warmIntl(): void {
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(0);
  new Intl.NumberFormat('en-US').format(1234.5);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Scrolls `element` one step per animation frame and returns the time between consecutive frames
 * (16.7 ms when every frame kept up). With `step` (px) it moves that far each frame from the top;
 * without, it goes from top to bottom in `frames` equal steps.
 */
export function scrollFrames(element: HTMLElement, frames: number, step?: number): Promise<number[]> {
  const max = element.scrollHeight - element.clientHeight;
  const stamps: number[] = [];
  return new Promise((resolve) => {
    let index = 0;
    const tick = (time: number) => {
      stamps.push(time);
      if (index === frames) {
        resolve(stamps.slice(1).map((t, i) => t - (stamps[i] as number)));
        return;
      }
      index += 1;
      element.scrollTop = Math.min(max, Math.round(step === undefined ? (max * index) / frames : step * index));
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Back to the top, and wait until that is painted and settled. */
export async function scrollToTop(element: HTMLElement): Promise<void> {
  element.scrollTop = 0;
  await sleep(400);
}

export interface BenchApi {
  /** Builds the data (not timed). */
  setup(count: number): Promise<Record<string, number>>;
  /** Unmounts the view (to time a second mount in diagnostics). */
  unmount(): void;
  /** Mount → first rows painted. */
  mount(): Promise<PaintTimes>;
  /** One visible row's progress changes → painted. */
  update(): Promise<PaintTimes>;
  /** Frame times while scrolling: top to bottom in `frames` steps, or `step` px per frame from the top. */
  scroll(frames: number, step?: number): Promise<number[]>;
  /**
   * Open the details dialog → first issues painted, then close it (library only): of the migration
   * with 50,000 issues, of one with 5, or of a third one (the page's first open).
   */
  details?(kind: 'huge' | 'small' | 'first'): Promise<PaintTimes>;
  /** In the open details dialog of a migration with 5,000 parameters: "Show all" → all painted (library only). */
  showAll?(): Promise<PaintTimes>;
  /** In the open details dialog of a migration with 10,000 object types: "Show all" → all painted (library only). */
  showAllObjects?(): Promise<PaintTimes>;
  /** Opens the details dialog and leaves it open (for looking at it). */
  open?(kind: 'huge' | 'small' | 'first'): void;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}
