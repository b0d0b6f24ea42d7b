import { sha256Hex } from '../fixity/captures';
import { instantDate } from '../archive/permalinks';
import { surt } from './url-canonical';

/**
 * A URL as a Link header can carry it: parsed and re-serialised, so quotes, spaces and angle
 * brackets are percent-encoded and cannot end the <...> early.
 */
export function linkTarget(href: string): string {
  try {
    return new URL(href).href.replace(/[<>"\s,;]/g, (c) => encodeURIComponent(c));
  } catch {
    return encodeURI(href).replace(/[<>",;]/g, (c) => encodeURIComponent(c));
  }
}

/** A snapshot as Memento (RFC 7089) lists it. */
export interface Memento {
  /** Absolute URL of the snapshot's permanent address. */
  url: string;
  /** Its datetime: the capture time if known, otherwise the day it was added (ISO). */
  datetime: string;
}

/** An ISO day or instant as an HTTP date, the form Memento uses: "Wed, 25 Nov 2026 00:00:00 GMT". */
export function httpDate(iso: string): string {
  return instantDate(iso).toUTCString();
}

/**
 * Where the TimeMap of an original URL is published: `/timemap/<key>.link`, the key being the
 * first 20 hex digits of the SHA-256 of the URL's SURT form, so every spelling of one URL shares
 * one TimeMap. The lookup data (`/lookup/urls.json`) gives each original URL's TimeMap.
 */
export function timemapPath(originalUrl: string): string {
  const key = surt(originalUrl) ?? originalUrl;
  return `/timemap/${sha256Hex(key).slice(0, 20)}.link`;
}

const byDate = (a: Memento, b: Memento) => instantDate(a.datetime).getTime() - instantDate(b.datetime).getTime();

/** `rel` for each memento: the first and last of the list are marked as such (RFC 7089 §2.2.1). */
export function mementoRel(i: number, count: number): string {
  return ['first', 'last']
    .filter((_, k) => (k === 0 ? i === 0 : i === count - 1))
    .concat('memento')
    .join(' ');
}

/**
 * A TimeMap in application/link-format (RFC 7089 §5): the original resource, the TimeMap itself
 * with the span it covers, and every memento in date order.
 */
export function timemap(originalUrl: string, selfUrl: string, mementos: readonly Memento[]): string {
  const sorted = [...mementos].sort(byDate);
  const lines = [
    `<${linkTarget(originalUrl)}>; rel="original"`,
    `<${selfUrl}>; rel="self"; type="application/link-format"; from="${httpDate(sorted[0]!.datetime)}"; until="${httpDate(sorted.at(-1)!.datetime)}"`,
    ...sorted.map((m, i) => `<${m.url}>; rel="${mementoRel(i, sorted.length)}"; datetime="${httpDate(m.datetime)}"`),
  ];
  return `${lines.join(',\n')}\n`;
}
