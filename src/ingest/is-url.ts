/**
 * Inputs that look like URLs are fetched (and refused there when their scheme is not http or https);
 * everything else is a path. Schemes written without `//` (`data:`, `javascript:`, `mailto:`) are URLs
 * too, so they are refused as such rather than looked for on disk.
 */
export function looksLikeUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) || /^(data|javascript|vbscript|mailto|blob|about|urn):/i.test(input);
}
