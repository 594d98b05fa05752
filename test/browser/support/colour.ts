type Rgba = [number, number, number, number];

/** Channels (0–255) and alpha of a computed `rgb()` / `rgba()` colour. */
function rgba(colour: string): Rgba {
  const match = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(colour);
  if (!match) throw new Error(`Expected an rgb() colour, got "${colour}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
}

/** sRGB channels of a computed, opaque `rgb()` / `rgba()` colour. */
export function channels(colour: string): [number, number, number] {
  const [r, g, b, alpha] = rgba(colour);
  if (alpha !== 1) throw new Error(`Expected an opaque rgb() colour, got "${colour}"`);
  return [r, g, b];
}

/** Relative luminance (WCAG 2.x) of sRGB channels. */
function luminance(rgb: [number, number, number]): number {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG 2.x contrast ratio of two computed colours, as the browser resolved them. A translucent
 * `fg` is measured as painted: blended over `bg`, which must be opaque.
 */
export function contrast(fg: string, bg: string): number {
  const back = channels(bg);
  const [r, g, b, alpha] = rgba(fg);
  const front = [r, g, b].map((channel, i) => channel * alpha + (back[i] as number) * (1 - alpha)) as [
    number,
    number,
    number,
  ];
  const [hi, lo] = [luminance(front), luminance(back)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
