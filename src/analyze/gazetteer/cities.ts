import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// City names are CLDR's time-zone exemplar cities (package cldr-dates-full), one file per locale,
// read only when a locale is first needed. The country of each zone comes from the system tzdata
// table (public domain) when present.

export interface CityName {
  name: string;
  /** Time-zone id the city stands for, e.g. `Asia/Almaty`. */
  zone: string;
}

const require = createRequire(import.meta.url);
let cldrMain: string | null | undefined;

function cldrMainDir(): string | null {
  if (cldrMain !== undefined) return cldrMain;
  try {
    cldrMain = join(dirname(require.resolve('cldr-dates-full/package.json')), 'main');
  } catch {
    cldrMain = null;
  }
  return cldrMain;
}

type ZoneTree = { [key: string]: ZoneTree | string };

/** Exemplar city names of a locale; English also gets the names spelled in the zone ids. */
export function cityNames(locale: string): CityName[] {
  const dir = cldrMainDir();
  const out: CityName[] = [];
  if (!dir) return out;
  const file = join(dir, locale, 'timeZoneNames.json');
  if (!existsSync(file)) return out;
  let zones: ZoneTree;
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }> };
    const first = Object.values(json.main)[0];
    if (!first) return out;
    zones = first.dates.timeZoneNames.zone;
  } catch {
    return out;
  }
  const walk = (tree: ZoneTree, path: string[]) => {
    for (const [key, value] of Object.entries(tree)) {
      if (typeof value === 'string') {
        if (key === 'exemplarCity' && path[0] !== 'Etc') out.push({ name: value, zone: path.join('/') });
      } else walk(value, [...path, key]);
    }
  };
  walk(zones, []);
  if (locale === 'en') {
    for (const zone of Object.keys(zoneCountries())) {
      const city = zone.split('/').pop()!.replace(/_/g, ' ');
      out.push({ name: city, zone });
    }
  }
  return out;
}

let zoneTable: Record<string, string> | undefined;

/** Time-zone id -> ISO country code. */
export function zoneCountries(): Record<string, string> {
  if (zoneTable) return zoneTable;
  zoneTable = {};
  for (const file of ['/usr/share/zoneinfo/zone.tab', '/usr/share/zoneinfo/zone1970.tab']) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [codes, , zone] = line.split('\t');
      if (codes && zone && !zoneTable[zone]) zoneTable[zone] = codes.split(',')[0]!;
    }
  }
  return zoneTable;
}

/** Stable id of a zone's city: `loc:KZ-almaty`. */
export function cityId(zone: string): string {
  const country = zoneCountries()[zone];
  const slug = zone.split('/').pop()!.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return country ? `loc:${country}-${slug}` : `loc:${slug}`;
}
