/**
 * A value built on first use. For Intl formatters above all: building one loads locale data, and
 * a module that builds them at load time makes every screen importing it pay (tens of
 * milliseconds on a mid-range phone), whether or not it formats anything.
 */
export function lazy<T>(build: () => T): () => T {
  let value: { readonly built: T } | undefined;
  return () => {
    value ??= { built: build() };
    return value.built;
  };
}
