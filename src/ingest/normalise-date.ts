/** A date string (RFC 822, ISO 8601, ...) as an ISO timestamp, or undefined when it is not a date. */
export function normaliseDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const raw = String(value).trim();
  if (!raw) return undefined;
  // A bare date stays a date: turning it into midnight UTC would invent a time and maybe a day.
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return Number.isNaN(Date.parse(raw)) ? undefined : raw;
  const time = typeof value === 'number' ? (value < 1e12 ? value * 1000 : value) : Date.parse(raw);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString();
}
