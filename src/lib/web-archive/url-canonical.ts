/**
 * Query parameters that track a click rather than name the content: dropped when a URL is
 * canonicalised, as web archives do. Everything else in the query is kept (sorted), because
 * parameters such as `?id=123` or `?page=2` identify different content.
 */
const TRACKING_PARAMS = [
  /^utm_/,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ocid|cmpid|ito|smid)$/,
  /^(jsessionid|phpsessid|sid|sessionid|aspsessionid)$/,
];

const isTracking = (name: string) => TRACKING_PARAMS.some((re) => re.test(name.toLowerCase()));

/** Percent-escapes of characters that never need one (letters, digits, - . _ ~) written plainly. */
function decodeUnreserved(path: string): string {
  return path.replace(/%([0-9a-f]{2})/gi, (escape, hex: string) => {
    const c = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(c) ? c : escape.toUpperCase();
  });
}

/**
 * A URL in SURT form (Sort-friendly URI Reordering Transform), the key web archives file captures
 * under, so that the forms a reader may paste all find the same article:
 * `https://www.TheMoscowTimes.com/2024/12/11/x-a87297/?utm_source=tw#top` ->
 * `com,themoscowtimes)/2024/12/11/x-a87297`.
 *
 * As in the Internet Archive's canonicaliser: the scheme, a leading `www.` (or `www2.`...), the
 * default port, the fragment, a trailing slash, session ids and tracking parameters are dropped;
 * the host is reversed; the rest is lowercased; remaining query parameters are sorted. A URL
 * without a scheme is read as http. Returns null for anything that is not an http(s) URL.
 */
export function surt(input: string): string | null {
  let text = input.trim();
  if (!text) return null;
  // A scheme is a name followed by "://"; "example.com:8080/a" has a port, not a scheme. Other
  // schemes (javascript:, mailto:, data:) are not web addresses.
  if (/^[a-z][a-z0-9+.-]*:(?!\/\/)(?!\d)/i.test(text) && !/^[\w.-]+\.[a-z]{2,}:\d/i.test(text)) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `http://${text.replace(/^\/+/, '')}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname
    .toLowerCase()
    .replace(/^www\d*\./, '')
    .replace(/\.$/, '');
  if (!host.includes('.') && host !== 'localhost') return null;
  const reversed = host.split('.').reverse().join(',');
  const port = url.port ? `:${url.port}` : '';
  const path = decodeUnreserved(url.pathname)
    .replace(/\/{2,}/g, '/')
    .replace(/(.)\/$/, '$1')
    .toLowerCase();
  const params = [...url.searchParams.entries()]
    .filter(([name]) => !isTracking(name))
    .map(([name, value]) => [name.toLowerCase(), value.toLowerCase()] as const)
    .sort(([a, av], [b, bv]) => a.localeCompare(b) || av.localeCompare(bv));
  const query = params.length ? `?${new URLSearchParams(params.map(([n, v]) => [n, v])).toString()}` : '';
  return `${reversed}${port})${path === '/' ? '/' : path}${query}`;
}
