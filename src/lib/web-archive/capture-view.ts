/**
 * A view of an HTML or WARC capture as a page: the publisher's markup with everything that could
 * act or load removed (scripts, styles, frames, forms, images, event handlers, every URL but
 * http(s) links), so a reader sees how the page was laid out in text without anything of it
 * running on the archive's origin. The capture file itself stays byte for byte, as plain text.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize, defaultSchema } from 'hast-util-sanitize';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { decodeHtml } from '../import/url-charset';
import { readWarc } from '../import/warc';
import { capturePath } from '../fixity/captures';

/** Only text and its structure: GitHub's allow-list without images, and links only to http(s). */
const SCHEMA = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !['img', 'picture', 'source', 'video', 'audio'].includes(t)),
  protocols: { href: ['http', 'https'] },
  clobberPrefix: 'capture-',
};

/** The policy of the view page: nothing loads, nothing runs, nothing is sent anywhere. */
const POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'";

/** The HTML a capture holds: the file itself, or the last response of a WARC, decoded by its charset. */
export async function capturedHtml(bytes: Uint8Array, format: string): Promise<string> {
  if (format !== 'warc') return new TextDecoder().decode(bytes);
  const response = (await readWarc(bytes)).findLast((r) => r.type === 'response');
  if (!response) throw new Error('the WARC capture holds no response');
  const contentType = response.http?.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? null;
  return decodeHtml(response.payload, contentType).text;
}

export interface CaptureViewInput {
  html: string;
  /** The capture file under content/ ("captures/<name>"). */
  file: string;
  /** The article's address at its publisher, and the snapshot page to return to. */
  sourceUrl: string;
  snapshotPath: string;
  headline: string;
  language: string;
}

/** The view page: a notice saying what it is and where the exact bytes are, then the page's sanitized body. */
export function captureViewPage(input: CaptureViewInput): string {
  const tree = fromHtml(input.html);
  const body = (select('body', tree) ?? tree) as Element | Root;
  const clean = sanitize({ type: 'root', children: body.children }, SCHEMA);
  // A link in the capture leaves the archive only when the reader follows it, telling no one where from.
  const links = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'a') child.properties = { ...child.properties, rel: ['noreferrer', 'nofollow'] };
      links(child);
    }
  };
  links(clean as Root);
  const page = h('html', { lang: input.language }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { httpEquiv: 'Content-Security-Policy', content: POLICY }),
      h('meta', { name: 'robots', content: 'noindex' }),
      h('meta', { name: 'referrer', content: 'no-referrer' }),
      h('title', `Capture of “${input.headline}” (scripts and images removed)`),
    ]),
    h('body', [
      h('header', { role: 'banner' }, [
        h('p', [
          'The page ',
          h('a', { href: input.sourceUrl, rel: ['noreferrer', 'nofollow'] }, input.sourceUrl),
          ' as the archive captured it, with its scripts, styles, frames, forms and images removed: nothing in it can run or load. The capture file, byte for byte: ',
          h('a', { href: `/${capturePath(input.file)}` }, `/${capturePath(input.file)}`),
          '. The article as archived: ',
          h('a', { href: input.snapshotPath }, input.headline),
          '.',
        ]),
        h('hr'),
      ]),
      h('main', (clean as Root).children as Element[]),
    ]),
  ]);
  return `<!doctype html>\n${toHtml({ type: 'root', children: [page] })}\n`;
}
