/**
 * What pages print after an article's last paragraph about who wrote it: a byline signed at the
 * foot ("Par Jane Roe", "Von Jane Roe", "作者︱春春") and a note set wholly in italics or bold (an
 * editor's note, the author's biography). Neither is article text; both can name the authors
 * when the page names them nowhere else.
 */
import { isBylineLine, parseByline } from './authors';

/** A block as a reader sees it: no emphasis marks, character references or surrounding spaces. */
const plainBlock = (block: string) =>
  block
    .replace(/&#x[0-9a-f]+;|&#\d+;/giu, ' ')
    .replace(/[*_\\]/g, '')
    .replace(/\s+/gu, ' ')
    .trim();

/** "作者︱春春", "记者：张三 李四", "文/王五": a Chinese byline, by its label; not a translator's "编译". */
const CJK_BYLINE =
  /^(?:作者|记者|撰文|文)\s*[：:︱｜|/]\s*(\p{Script=Han}[\p{Script=Han}·]{1,7}(?:[ 、，,]\p{Script=Han}[\p{Script=Han}·]{1,7})*)$/u;

/** How many blocks from the end a signed byline may stand: after it come credits and notes. */
const SIGN_OFF_REACH = 3;

/**
 * A byline signed at the foot of the article, among its last blocks: the names and the body
 * without that line. A name must be a full name or an agency in capitals ("Par AFP"), so a last
 * line such as "By Sunday" is no byline.
 */
export function signedByline(markdown: string): { names: string[]; body: string } | undefined {
  const blocks = markdown.trim().split(/\n{2,}/);
  for (let i = blocks.length - 1; i >= Math.max(1, blocks.length - SIGN_OFF_REACH); i -= 1) {
    const line = plainBlock(blocks[i]!);
    const cjk = CJK_BYLINE.exec(line)?.[1];
    const names = cjk
      ? cjk.split(/[ 、，,]/u)
      : line.split(/\s+/).length <= 8 && isBylineLine(line)
        ? parseByline(line).names
        : [];
    if (names.length > 0 && (cjk || names.every((n) => /\s/.test(n) || /^\p{Lu}{2,}$/u.test(n)))) {
      return { names, body: [...blocks.slice(0, i), ...blocks.slice(i + 1)].join('\n\n') + '\n' };
    }
  }
  return undefined;
}

/** How many paragraphs from the start a byline may stand: a standfirst can come before it. */
const OPENING_REACH = 2;

/**
 * A byline set as one of the article's first paragraphs ("_Von Jane Roe_", "**By John Doe**"),
 * perhaps after a standfirst: the names and the body without that line. Like a signed byline,
 * each name must be a full name or an agency in capitals, so an opening line such as "By Sunday"
 * stays text.
 */
export function openingByline(markdown: string): { names: string[]; body: string } | undefined {
  const blocks = markdown.trim().split(/\n{2,}/);
  const paragraphs = blocks.flatMap((block, i) => (/^(?:#|>|-|\d+\.)/.test(block) ? [] : [i]));
  for (const index of paragraphs.slice(0, OPENING_REACH)) {
    if (index === blocks.length - 1) break;
    const line = plainBlock(blocks[index]!);
    if (line.split(/\s+/).length > 8 || !isBylineLine(line)) continue;
    const { names } = parseByline(line);
    if (!names.every((n) => /\s/.test(n) || /^\p{Lu}{2,}$/u.test(n))) continue;
    return { names, body: [...blocks.slice(0, index), ...blocks.slice(index + 1)].join('\n\n') + '\n' };
  }
  return undefined;
}

/** Paragraphs of text an article must have before its last block can be a note about it. */
const MIN_PARAGRAPHS_BEFORE_NOTE = 3;
const MAX_NOTE_WORDS = 80;

/**
 * How a newsroom's correction or update opens, in the languages the archive holds: part of the
 * article's record, which a fact-checker needs, however it is set.
 */
const CORRECTION =
  /^(?:correction|clarification|update|updated|editor['’]?s note|rectificatif|précision|correctif|korrektur|berichtigung|anmerkung der redaktion|corrección|aclaración|fe de erratas|correção|errata|oprava|исправление|поправка)\b/iu;

/**
 * The closing note: a last block set wholly in italics or bold ("_This article first appeared
 * in ..._", "**_Jane Roe is a political scientist._**") after at least three paragraphs. Returns
 * its text and the body without it.
 */
export function closingNote(markdown: string): { note: string; body: string } | undefined {
  const blocks = markdown.trim().split(/\n{2,}/);
  const last = blocks.at(-1) ?? '';
  // Link targets are no emphasis: "[here](https://example.com/a_b)" must not break the italics.
  const marked = last.replace(/\]\([^)]*\)/gu, ']()');
  const marks = /^([*_]+)([\s\S]+?)([*_]+)$/u.exec(marked);
  if (!marks || blocks.length <= MIN_PARAGRAPHS_BEFORE_NOTE || /^[#>-]/.test(last)) return undefined;
  const [, open, inner, close] = marks;
  // "_a_ text _b_" is emphasis inside a paragraph, not a paragraph set in italics; "_**Label:**
  // text._" is set in italics whole, a bold label inside.
  const whole = [...open!].reverse().join('') === close && !inner!.includes(open!);
  if (!whole && !/^_[^_]+_$/u.test(marked)) return undefined;
  const note = plainBlock(last);
  if (note.split(/\s+/).length > MAX_NOTE_WORDS || CORRECTION.test(note)) return undefined;
  return { note, body: blocks.slice(0, -1).join('\n\n') + '\n' };
}

/** How many notes in italics or bold may close an article, one after the other. */
const MAX_CLOSING_NOTES = 3;

/**
 * The closing notes, last first: an article may end with more than one line in italics ("_Tech
 * Enabled: CNET chronicles …_", then "_Technically Literate: …_"), each taken off as closingNote
 * takes one. Undefined when the last block is no note.
 */
export function closingNotes(markdown: string): { notes: string[]; body: string } | undefined {
  const notes: string[] = [];
  let body = markdown;
  for (let found = closingNote(body); found && notes.length < MAX_CLOSING_NOTES; found = closingNote(body)) {
    notes.push(found.note);
    body = found.body;
  }
  return notes.length > 0 ? { notes, body } : undefined;
}

/**
 * The people a note about the authors introduces: "Jane Roe es politóloga. John Doe es abogado."
 * -> ["Jane Roe", "John Doe"]: a full name opening a sentence, then "is", "es", "est", "ist", ...
 */
export function namesInAuthorNote(note: string): string[] {
  const pattern =
    /(?:^|[.;]\s+)(\p{Lu}[\p{L}'’-]+(?:\s+(?:de |da |del |van |von )?\p{Lu}[\p{L}'’-]+){1,3}),?\s+(?:is|was|es|fue|est|ist|war|è|é|foi|je)\s/gu;
  return [...note.matchAll(pattern)].map((m) => m[1]!);
}

/**
 * The wire agency a dateline credits when the page prints no byline: "Frankfurt/Main (dpa) - ...",
 * "PARIS (AFP) — ...". Only an agency's short name in capitals (AFP, AP, ANSA) or lower case (dpa,
 * epd) counts, so "Berlin (Germany) - ..." gives nothing.
 */
export function datelineAgency(markdown: string): string | undefined {
  const first = markdown
    .trim()
    .split(/\n{2,}/)
    .find((block) => !/^(?:#|>|-|\d+\.)/.test(block));
  const match = /^\p{Lu}[\p{L}/. -]{1,40}?\s*\((\p{Lu}{2,8}|\p{Ll}{2,4})\)\s*[-–—:]/u.exec(plainBlock(first ?? ''));
  return match?.[1];
}

/** "Source:" in the languages the archive holds, as a credit line labels a wire story. */
const SOURCE_LABEL =
  /^(?:source|sources|quelle|bron|fuente|fonte|fonti|kilde|källa|źródło|zdroj|lähde|kaynak|forrás|источник)\s*:\s*/iu;
/** A wire agency's short name as credits print it: in capitals (BELGA, AFP, ANP) or lower case (dpa, epd). */
const AGENCY = /^(?:\p{Lu}{2,8}|\p{Ll}{2,4})$/u;

/**
 * The agencies a source line credits when the page prints no byline: "Bron: BELGA" -> ["BELGA"],
 * "Quelle: dpa/AFP" -> ["dpa", "AFP"]. Only agencies' short names count, so a source line naming
 * another site ("Quelle: Golem", "Źródło: rp.pl") credits no one.
 */
export function sourceCreditAgencies(line: string): string[] {
  const text = line.replace(/\s+/gu, ' ').trim();
  if (!SOURCE_LABEL.test(text) || text.length > 60) return [];
  const names = text
    .replace(SOURCE_LABEL, '')
    .split(/\s*[/,&]\s*|\s+(?:and|und|en|et|og|och|y|e|i)\s+/iu)
    .map((name) => name.trim());
  return names.length > 0 && names.every((name) => AGENCY.test(name)) ? names : [];
}
