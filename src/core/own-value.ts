/**
 * `record[key]` for lookup tables keyed by untrusted strings (words, file extensions, language
 * codes): a key such as `constructor` or `__proto__` must not reach Object.prototype.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
