// Browsers prescan 1024 bytes; real pages often put the meta tag after long scripts.
const PRESCAN_BYTES = 8192;

/** The charset a document declares for itself: XML declaration, `<meta charset>` or `<meta http-equiv>`. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1];
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = meta[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct && !/\bcontent\s*=/i.test(tag)) return direct[1];
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(tag) ?? /\bcontent\s*=\s*([^\s>]+)()/i.exec(tag);
      const value = content ? (content[2] || content[1]) : '';
      const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(value);
      if (charset) return charset[1];
    }
    if (direct) return direct[1];
  }
  return undefined;
}

/** The charset parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const match = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match?.[1];
}
