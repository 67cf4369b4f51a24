/**
 * An argument that reads as a file path (`/x`, `./x`, `dir/x`, `x.txt`) rather than a stored
 * article id (hex, no dots or slashes): when no such file exists it is an input that failed (exit
 * 1, as ingest reports a missing file), not an unknown id.
 */
export function looksLikePath(argument: string): boolean {
  return /[\\/]/.test(argument) || /\.[A-Za-z0-9]{1,8}$/.test(argument);
}
