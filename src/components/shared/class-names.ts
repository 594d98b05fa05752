/** Joins class names, skipping empty ones. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}

/** The root class list of a component: its own class, the styling hook unless unstyled, the host's. */
export function rootClass(own: string, unstyled: boolean | undefined, extra?: string): string {
  return cx(own, !unstyled && 'mlv-styled', extra);
}
