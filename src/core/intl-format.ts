/**
 * Cached Intl formatters: building one costs far more than using one. A locale or time zone the
 * runtime rejects falls back to the runtime default instead of throwing.
 */

type IntlFormat = Intl.DateTimeFormat | Intl.NumberFormat;
type FormatConstructor<O, F> = new (locale: string | undefined, options: O) => F;

const cache = new Map<string, IntlFormat>();

function tryFormat<O, F>(Format: FormatConstructor<O, F>, locale: string | undefined, options: O) {
  try {
    return new Format(locale, options);
  } catch {
    return undefined;
  }
}

/** A cached `new Format(locale, options)`, the runtime's default locale or time zone for one it rejects. */
export function intlFormat<O, F extends IntlFormat>(
  Format: FormatConstructor<O, F>,
  locale: string | undefined,
  options: O,
): F {
  const key = `${Format.name}|${locale ?? ''}|${JSON.stringify(options)}`;
  let format = cache.get(key) as F | undefined;
  if (!format) {
    // Drop only what the runtime rejects: a bad locale must not also lose the time zone, nor the reverse.
    const zoneless = { ...options, timeZone: undefined };
    format =
      tryFormat(Format, locale, options) ??
      tryFormat(Format, undefined, options) ??
      tryFormat(Format, locale, zoneless) ??
      new Format(undefined, zoneless);
    cache.set(key, format);
  }
  return format;
}
