/**
 * Arabic-Indic (٠-٩), Persian (۰-۹) and full-width digits replaced by ASCII, one UTF-16 unit for one,
 * so offsets into the result are offsets into the original. Arabic decimal/thousands marks likewise.
 */
export function asciiDigits(text: string): string {
  if (!/[\u0660-\u0669\u066b\u066c\u06f0-\u06f9\uff10-\uff19]/.test(text)) return text;
  return text.replace(/[\u0660-\u0669\u066b\u066c\u06f0-\u06f9\uff10-\uff19]/g, (c) => {
    const cp = c.charCodeAt(0);
    if (cp === 0x066b) return '.';
    if (cp === 0x066c) return ',';
    if (cp >= 0x0660 && cp <= 0x0669) return String(cp - 0x0660);
    if (cp >= 0x06f0 && cp <= 0x06f9) return String(cp - 0x06f0);
    return String(cp - 0xff10);
  });
}
