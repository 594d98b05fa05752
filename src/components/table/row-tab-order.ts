/** What Tab reaches by itself inside a cell: links, form controls and anything with a tabindex. */
export const TABBABLE = 'a[href],button,input,select,textarea,summary,[tabindex]';

/**
 * Takes the controls of every row but the tab stop out of the Tab order, and gives the tab stop's
 * back. Otherwise Tab walks every rendered row's badge and buttons, and each one it reaches scrolls
 * more rows into the DOM: leaving a list of 100,000 took 200,000 presses. Only the DOM sees every
 * control (a host's columns and row actions render their own), so the attribute is set there.
 */
export function syncRowTabOrder(body: HTMLElement | null): void {
  for (const control of body?.querySelectorAll<HTMLElement>(`tr[data-index] :is(${TABBABLE})`) ?? []) {
    const saved = control.dataset.mlvTabindex;
    if (control.closest<HTMLElement>('tr[data-index]')?.tabIndex === 0) {
      if (saved === undefined) continue;
      if (saved) control.setAttribute('tabindex', saved);
      else control.removeAttribute('tabindex');
      delete control.dataset.mlvTabindex;
    } else if (saved === undefined && control.tabIndex >= 0) {
      control.dataset.mlvTabindex = control.getAttribute('tabindex') ?? '';
      control.tabIndex = -1;
    }
  }
}
