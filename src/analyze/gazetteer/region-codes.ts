// Region codes that name a current country or territory in CLDR. Deprecated codes (SU, YU, ...) and
// groupings (EU, UN, EZ, QO, 001 ...) are left out: EU and UN are organisations, handled there.
const NOT_TERRITORIES = new Set([
  'AN', 'BU', 'CS', 'DD', 'DY', 'FX', 'HV', 'NH', 'RH', 'SU', 'TP', 'UK', 'VD', 'YD', 'YU', 'ZR', 'XA', 'XB', 'ZZ',
  'QO', 'EU', 'EZ', 'UN', 'AQ', 'CP', 'CQ', 'DG', 'TA', 'AC', 'IC', 'EA',
]);

let codes: string[] | undefined;

/** ISO 3166-1 alpha-2 codes of countries and territories that CLDR names. */
export function territoryCodes(): string[] {
  if (codes) return codes;
  const en = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const out: string[] = [];
  for (let a = 65; a < 91; a++) {
    for (let b = 65; b < 91; b++) {
      const code = String.fromCharCode(a, b);
      const name = en.of(code);
      if (name && name !== code && !NOT_TERRITORIES.has(code)) out.push(code);
    }
  }
  out.push('AQ', 'DG', 'TA', 'AC', 'IC', 'EA');
  codes = out;
  return out;
}
