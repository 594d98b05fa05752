/**
 * Cached Intl.DateTimeFormat: building one costs far more than using one. A locale or time zone the
 * runtime rejects falls back to the runtime default instead of throwing.
 */

const cache = new Map<string, Intl.DateTimeFormat>();

function tryDateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions) {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    return undefined;
  }
}

export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    // Drop only what the runtime rejects: a bad locale must not also lose the time zone, nor the reverse.
    const zoneless = { ...options, timeZone: undefined };
    format =
      tryDateTimeFormat(locale, options) ??
      tryDateTimeFormat(undefined, options) ??
      tryDateTimeFormat(locale, zoneless) ??
      new Intl.DateTimeFormat(undefined, zoneless);
    cache.set(key, format);
  }
  return format;
}
