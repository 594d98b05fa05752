/** The banner around an error alert: its Retry button sits beside the alert, not inside it. */
export function bannerOf(alert: HTMLElement): HTMLElement {
  const banner = alert.parentElement;
  if (!banner?.classList.contains('mlv-error-banner')) throw new Error('The alert is not the text of an error banner.');
  return banner;
}
