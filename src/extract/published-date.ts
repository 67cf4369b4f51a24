// Publication dates as ISO strings, when they can be told.

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * ISO 8601 for a date as pages and feeds write it: ISO forms are kept (with their offset),
 * RFC 2822 and other forms `Date` reads unambiguously are converted; anything else is undefined.
 */
export function toIsoDate(raw: string): string | undefined {
  const s = raw.trim();
  if (!s || s.length > 64) return undefined;
  const iso = s.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/);
  if (iso) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    // CMS placeholders ("0001-01-01") are not dates
    if (+y < MIN_YEAR || +y > MAX_YEAR || +mo < 1 || +mo > 12 || +d < 1 || +d > 31) return undefined;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const z = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${z}`;
  }
  if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(s)) return undefined; // day/month order unknown
  if (!/[a-z]{3}/i.test(s) && !/^\d{4}\/\d{1,2}\/\d{1,2}/.test(s)) return undefined;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  const date = new Date(t);
  const y = date.getUTCFullYear();
  return y >= MIN_YEAR && y <= MAX_YEAR ? date.toISOString().replace('.000Z', 'Z') : undefined;
}
