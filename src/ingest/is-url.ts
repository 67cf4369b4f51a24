/** Inputs that look like URLs (scheme://) are fetched; everything else is a path. */
export function looksLikeUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}
