/** setTimeout's and setInterval's largest delay: above it they overflow and fire at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;
