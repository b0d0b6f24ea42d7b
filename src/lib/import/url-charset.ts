/**
 * The character encoding of a fetched HTML page, found in the order of the HTML standard's
 * encoding sniffing algorithm (https://html.spec.whatwg.org/multipage/parsing.html#encoding-sniffing-algorithm)
 * without its guessing step: a byte order mark, then the charset of the Content-Type header, then a
 * <meta charset> or <meta http-equiv="Content-Type"> in the first 1024 bytes, then UTF-8.
 */

/** Where the encoding was read from. */
type CharsetSource = 'bom' | 'header' | 'meta' | 'default';

export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the encoding used, such as "utf-8" or "windows-1251". */
  encoding: string;
  source: CharsetSource;
}

/** The standard's name for a label, or undefined for a label TextDecoder does not know (which the standard ignores). */
function encodingOf(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function fromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The charset parameter of a Content-Type value, quoted or not. */
function fromContentType(contentType: string | null): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  return encodingOf(match?.[1] ?? match?.[2]);
}

/**
 * The standard's prescan, simplified to one pattern: the first charset= inside a <meta> tag, which
 * covers both <meta charset="…"> and the charset in an http-equiv's content. The bytes are read as
 * Latin-1 because every encoding a page may declare this way is ASCII-compatible there.
 */
function fromMeta(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024))
    .toString('latin1')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const match = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(head);
  const encoding = encodingOf(match?.[1]);
  // The standard reads a declared UTF-16 as UTF-8 here: a page that could be prescanned as ASCII is not UTF-16.
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  return encoding;
}

/** Decodes an HTML body by its declared encoding (see the file's comment); bytes that do not decode become U+FFFD. */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): DecodedHtml {
  const found: [string | undefined, CharsetSource][] = [
    [fromBom(bytes), 'bom'],
    [fromContentType(contentType), 'header'],
    [fromMeta(bytes), 'meta'],
  ];
  for (const [encoding, source] of found) {
    if (encoding) return { text: new TextDecoder(encoding).decode(bytes), encoding, source };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'default' };
}
