/**
 * What on a saved news page is furniture rather than article text, judged mostly by structure:
 * the element, its role, aria-hidden, its class or id, where its links lead, and whether its text
 * is a sentence at all. Phrases are the last resort, kept to a few calls to action in the
 * languages the archive holds.
 */
import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { parseDay } from './dates';
import { squash } from '../text/strings';

/** Elements whose content is code, media, controls or navigation, never article text. */
const DROPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'img',
  'picture',
  'video',
  'audio',
  'svg',
  'canvas',
  'object',
  'embed',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'aside',
  'dialog',
  'menu',
  // A caption belongs to its photo; the lead photo's is kept in the frontmatter, the others are not text.
  'figcaption',
]);

/** ARIA landmark and widget roles that mark a region as the page's, not the article's. */
const PAGE_ROLES = new Set([
  'banner',
  'complementary',
  'contentinfo',
  'navigation',
  'search',
  'dialog',
  'alertdialog',
  'toolbar',
  'menu',
  'menubar',
  'form',
]);

/**
 * Words in a class or id that name furniture: captions and credits, share and social widgets,
 * newsletter and subscription boxes, advertising. Matched as whole parts of a name
 * ("image-caption", "shareTools", "ad-slot"), so "header" or "loaded" never match "ad".
 */
const CLUTTER_NAME_PARTS = new Set([
  'caption',
  'captions',
  'credit',
  'credits',
  'attribution',
  'share',
  'sharing',
  'social',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'paywall',
  'promo',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'sponsored',
  // Boxes around the article rather than in it: related and recommended stories, galleries,
  // the author's biography and profile, tags, breadcrumbs, comments.
  'related',
  'recommended',
  'outbrain',
  'taboola',
  'gallery',
  'slideshow',
  'pullquote',
  'bio',
  'biography',
  'tags',
  'breadcrumb',
  'breadcrumbs',
  'comments',
  // Boxes set beside the text ("Infobox", "factbox") and media players with their controls and notes.
  'infobox',
  'factbox',
  'player',
  // The kicker or overline set above a headline ("article-kicker", "Dachzeile"), and readers' forums.
  'kicker',
  'overline',
  'eyebrow',
  'dachzeile',
  'topline',
  'supertitle',
  'surtitle',
  'antetitulo',
  'occhiello',
  'forum',
  'community',
]);

/** Names of boxes about the author ("authorprofile", "author-bio", "AuthorInfo"): one word in some pages. */
const AUTHOR_BOX_NAME = /^author(?:s|box|bio|info|profile|card|details)?$/u;

/**
 * A box named as furniture is short; an element this long named "social" or "caption" is more
 * likely a wrapper round the article itself, and is kept (Readability uses a similar bound).
 */
const MAX_FURNITURE_CHARS = 500;
/** Boxes set beside the text hold a few items of their own, up to this long. */
const MAX_SIDE_BOX_CHARS = 1500;
const SIDE_BOX_NAME_PARTS = new Set(['infobox', 'factbox']);
/** A newsletter or promotion box holds a call to action and a line or two, never an article. */
const MAX_BOX_WORDS = 60;

/** Addresses that only share the page on another site or by e-mail. */
const SHARE_LINK =
  /^(?:mailto:\?|https?:\/\/(?:[\w-]+\.)*(?:twitter\.com\/(?:intent|share)|x\.com\/intent|facebook\.com\/(?:sharer|dialog\/share)|linkedin\.com\/(?:sharearticle|shareArticle|sharing)|reddit\.com\/submit|pinterest\.\w+\/pin\/create|wa\.me\/|api\.whatsapp\.com\/send|t\.me\/share|telegram\.me\/share|vk\.com\/share|bsky\.app\/intent))/i;

/**
 * How the lines a page adds around an article begin: advertising labels, "continue reading" and
 * "read more" links, sign-up and subscription calls, share prompts. In English, French, German,
 * Spanish, Italian, Portuguese and Russian; a line counts only when it is not a sentence.
 */
const CALL_TO_ACTION = new RegExp(
  `^(?:${[
    'advertisement|sponsored|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|реклама',
    'advertentie|annons|annonse|reklama|reklam',
    'continue reading|read more|read also|see also|(?:à |a )?lire aussi|lire la suite|weiterlesen|lesen sie auch|mehr zum thema',
    'leer más|lee también|seguir leyendo|leggi anche|continua a leggere|leia mais|leia também|читайте также|читать далее',
    'lees (?:ook|meer|verder)|läs (?:också|mer|även)|les (?:også|mer)|læs (?:også|mere)|czytaj (?:więcej|też|także|również)',
    'čtěte (?:také|též|více)|přečtěte si (?:také|též)|devamını oku|lue (?:myös|lisää)',
    'sign up|subscribe|newsletter|abonnez-vous|inscrivez-vous|abonnieren|suscríbete|iscriviti|assine|подпишитесь',
    'abonneer|prenumerera|subskrybuj|zapisz się|abone ol',
    'share (?:this|on|via)|partager|teilen|compartir|condividi|compartilhe|поделиться|udostępnij|sdílet|paylaş',
  ].join('|')})(?=$|[\\s:.,!»›>→…|-])`,
  'iu',
);

/**
 * A photo credit closing a short text after its sentence or a dash: "... bridge. (Photo: Council)",
 * "... Modell. Foto: dpa", "... lundi — Crédit : AFP"; not "he described the image: a boy".
 */
const CREDIT_CLOSE =
  /(?:[.!?…]\s*\(?|\(|\s[|/–—-])\s*(?:photo|foto|image|picture|credit|crédit|bild|фото)s?\s*(?::|by)\s*[^.()]{1,60}\)?$/iu;

/** Photo agencies and picture libraries, as credits name them. */
const PHOTO_AGENCY =
  'getty images|getty|afp|reuters|ap photo|ap|epa|epa-efe|efe|dpa|picture[- ]alliance|shutterstock|alamy|pa media|pa wire|pa|imago|imago images|keystone|anp|belga|ansa|xinhua|anadolu|tass|ria novosti|sipa|abaca|bloomberg|nurphoto|sopa images|zuma press|istock|istockphoto';

/**
 * A line that is only a credit: "© Thomson Reuters 2020", "© Bild: REUTERS / Jane Roe", a
 * photographer and agency joined by slashes ("JANE ROE/AFP/Getty Images", "Jane Roe/Reuters
 * files"), or a wire story's closing credits ("Additional reporting by ...; Editing by ...").
 */
const CREDIT_LINES = [
  /^(?:©|\(c\)|copyright\b)/iu,
  /^\p{Lu}[\p{L}.' -]*(?:\s?\/\s?\p{L}[\p{L}.' -]*)+$/u,
  /^\(?(?:additional |with )?(?:reporting|editing|writing|compiled|translated|research) by\b/iu,
  // "Photo: Jane Roe", "Foto: dpa", "Bild: Reuters" on a line of its own.
  /^\(?(?:photo|foto|image|picture|credit|crédit|bild|фото)s?\s*(?::|by)\s*\S/iu,
  // "Author: Jane Roe (jr)" under a gallery or a box, on a line of its own.
  /^(?:author|autor|auteur|autore|autorin)s?\s*:\s*\p{Lu}[^.!?]{0,60}$/iu,
  // "With files from The Associated Press and Mohamed El Saife", as Canadian newsrooms credit.
  /^with files from\b/iu,
  // A photo agency's name alone, as a picture's credit: "Getty Images", "AFP via Getty Images".
  new RegExp(`^(?:${PHOTO_AGENCY})(?:\\s*(?:/|via|,)\\s*(?:${PHOTO_AGENCY}))*$`, 'iu'),
  // "Bron: BELGA", "Quelle: Golem", "Źródło: rp.pl": where the story came from, on a line of its own.
  /^(?:source|quelle|bron|fuente|fonte|fonti|kilde|källa|źródło|zdroj|lähde|kaynak|forrás|источник)\s*:\s*\S[^!?]{0,40}$/iu,
  // "Jane Roe contributed to this report.", "John Doe contributed reporting from Paris."
  /^[\p{Lu}][^.!?]{0,80}\bcontributed (?:to (?:this|the) (?:report|story|article)|reporting)\b[^.!?]{0,60}$/u,
];

/**
 * The note closing a wire story about where its reporters worked and who helped: "Peoples
 * reported from New York and Thomson-DeVeaux from Washington. Associated Press writers Will
 * Weissert in Johnstown and Bill Barrow in Atlanta contributed to this report." Every sentence
 * says who reported from where or who contributed, and one says the latter.
 */
export function isReportingNote(text: string): boolean {
  const sentences = squash(text)
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .filter(Boolean);
  const contributed = /\bcontributed (?:to (?:this|the) (?:report|story|article)|reporting)\b/u;
  return (
    words(text) <= 80 &&
    sentences.some((sentence) => contributed.test(sentence)) &&
    sentences.every((sentence) => contributed.test(sentence) || /\breported from\b/u.test(sentence))
  );
}

/**
 * The heading a gallery or video leaves when its pictures are gone: "Gallery: Xbox One X | 14
 * Photos", "Bildergalerie: …", "Video: …", "12 Photos".
 */
const MEDIA_LABEL =
  /^(?:(?:photo |image )?gallery|slideshow|photos|video|galerie|bildergalerie|fotogalerie|fotostrecke|galería|galleria|fotogaleria|фотогалерея)\s*:|\|\s*\d+\s+(?:photos|images|pictures|bilder|fotos|photos|immagini)$/iu;

/**
 * A broadcast or update line that is no text: a name, a date in digits or words and a time of day,
 * and no sentence ("Rendez-vous, 03.01.2024, 12:30 Uhr", "Updated 11:00 AM, March 3, 2015").
 */
function isDateTimeLine(text: string): boolean {
  const hasDay = /(?:^|\D)\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}(?:\D|$)/u.test(text) || parseDay(text) !== undefined;
  return words(text) <= 12 && !isSentence(text) && hasDay && /(?:^|\D)\d{1,2}[:.h]\d{2}(?:\D|$)/u.test(text);
}

/**
 * Names of a standfirst: the summary or teaser set between headline and text ("fig-standfirst",
 * "summary-art", "article-lead", "article__perex", "chapo").
 */
const STANDFIRST_NAME_PARTS = new Set([
  'standfirst',
  'summary',
  'dek',
  'deck',
  'lead',
  'lede',
  'preamble',
  'perex',
  'chapo',
  'chapeau',
  'sapo',
  'teaser',
  'subtitle',
  'subheadline',
  'subhead',
  'subheader',
  'excerpt',
  'abstract',
]);
/** A standfirst is a sentence or three. */
const MAX_STANDFIRST_WORDS = 100;

/**
 * Whether class names, an id or schema.org's itemprop="description" name a standfirst (see
 * STANDFIRST_NAME_PARTS): "fig-standfirst", "detailSummary", "article-lead", "article__perex".
 */
export function namedStandfirst(names: readonly string[], itemprop?: string): boolean {
  if (itemprop?.split(/\s+/).includes('description')) return true;
  return names.some((name) =>
    name
      .replace(/([a-z])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .split(/[-_\s]+/)
      .some((part) => STANDFIRST_NAME_PARTS.has(part)),
  );
}

/** Whether a text is as short as a standfirst: a sentence or three, and some text. */
export const standfirstLength = (text: string) => text.trim() !== '' && words(text) <= MAX_STANDFIRST_WORDS;

/**
 * Whether an element is named as the article's standfirst and is as short as one. Only the text's
 * opening is one: the caller asks before any paragraph is kept.
 */
export function isStandfirst(element: Element): boolean {
  const { className, id, itemProp } = element.properties;
  const names = [...(Array.isArray(className) ? className.map(String) : []), ...(typeof id === 'string' ? [id] : [])];
  const itemprop = Array.isArray(itemProp) ? itemProp.join(' ') : typeof itemProp === 'string' ? itemProp : undefined;
  return BLOCKS.has(element.tagName) && namedStandfirst(names, itemprop) && standfirstLength(squash(toText(element)));
}
const MAX_CREDIT_WORDS = 30;

/**
 * The labels Chinese news pages print before their furniture: the responsible editor
 * ("[责任编辑:…]"), the original headline ("原标题：…"), a caption ("图注：…"), the image's or the
 * story's source, the producer ("出品︱…"). A short line that opens with one is no article text.
 */
const LABEL_LINE = /^[[【(（]?\s*(?:责任编辑|编辑|原标题|图注|图片来源|图片|来源|出品|校对|摄影|图)\s*[:：︱｜|]/u;
const MAX_LABEL_CHARS = 80;

/**
 * How a list of links to other articles is announced: "A lire aussi :", "Lesen Sie auch",
 * "Mehr zum Thema", "Related", "Read more". The label stands alone, a few words and perhaps a
 * colon, and what follows it is links, not text.
 */
const READING_LIST_LABEL = new RegExp(
  `^(?:${[
    'related(?: (?:articles?|stories|coverage|content|links))?|read (?:more|also|next)|see also|more on this(?: story| topic)?',
    '(?:à |a )?lire aussi|à lire|sur le même sujet|lesen sie auch|mehr zum thema|das könnte sie auch interessieren',
    'lee también|leer más|noticias relacionadas|leia também|veja também|notícias relacionadas|leggi anche|vedi anche',
    'читайте также|по теме|相关阅读|延伸阅读|相关新闻|相关文章',
    'lees ook|lees meer|meer over dit onderwerp|läs också|läs mer|les også|les mer|læs også|czytaj (?:więcej|też|także)',
    'čtěte také|související články|[iİ]lgili (?:haberler|konular)|benzer haberler',
  ].join('|')})\\s*[:：]?$`,
  'iu',
);

/** Whether an element is only the label of a reading list (see READING_LIST_LABEL). */
export function isReadingListLabel(element: Element): boolean {
  return BLOCKS.has(element.tagName) && READING_LIST_LABEL.test(squash(toText(element)));
}

/** Whether an element holds a photo, video or other media. */
function holdsMedia(element: Element): boolean {
  const walk = (node: ElementContent): boolean =>
    node.type === 'element' && (MEDIA.has(node.tagName) || node.children.some(walk));
  return walk(element);
}
const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'svg', 'canvas', 'object', 'embed', 'iframe']);

/** Whether an element holds a link: an item of a reading list after its label. */
export function holdsLink(element: Element): boolean {
  const walk = (node: ElementContent): boolean =>
    node.type === 'element' && (node.tagName === 'a' || node.children.some(walk));
  return walk(element);
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'div', 'section', 'blockquote', 'figure']);
const BOXES = new Set(['div', 'section', 'aside', 'figure', 'ul', 'ol']);

// Words as the language writes them: Chinese and Japanese put no spaces between them.
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
const words = (text: string) =>
  [...segmenter.segment(text)].filter((s) => s.isWordLike && /\p{L}/u.test(s.segment)).length;

/** Whether a line reads as a sentence: words ending in a full stop, question or exclamation mark. */
function isSentence(text: string): boolean {
  return words(text) >= 3 && /[.!?…。！？]["'”’»)\]]*$/u.test(text);
}

/**
 * "Advertisement", "Continue reading the main story", "Read more: Town plans a park", "Sign up
 * now!": a call to action, not text. A sentence that merely begins so ("Advertisement revenue
 * fell last year.") is text.
 */
function isCallToAction(text: string): boolean {
  const line = squash(text);
  const exclaimed = line.endsWith('!') && words(line) <= 8;
  // A block that only begins with one ("SIGN UP FOR OUR NEWSLETTER" above the story) is not one.
  return words(line) <= MAX_BOX_WORDS && CALL_TO_ACTION.test(line) && (!isSentence(line) || exclaimed);
}

/**
 * Words saying a class names the element's state rather than what it is: "no-caption",
 * "has-caption", "with-share" mark a photo item or an article that has (or lacks) one.
 */
const STATE_PREFIXES = new Set(['no', 'has', 'with', 'without', 'hide', 'show']);

/** The furniture words an element's class names and id carry, as whole parts of each name. */
function furnitureNameParts(element: Element): string[] {
  const { className, id } = element.properties;
  const names = [...(Array.isArray(className) ? className.map(String) : []), ...(typeof id === 'string' ? [id] : [])];
  return names.flatMap((name) => {
    const parts = name
      .replace(/([a-z])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .split(/[-_\s]+/);
    return parts.filter(
      (part, i) =>
        (CLUTTER_NAME_PARTS.has(part) || AUTHOR_BOX_NAME.test(part)) && !STATE_PREFIXES.has(parts[i - 1] ?? ''),
    );
  });
}

function isHidden(element: Element): boolean {
  const { hidden, ariaHidden, style, className } = element.properties;
  return (
    hidden === true ||
    String(ariaHidden) === 'true' ||
    (typeof style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) ||
    hiddenByClass(Array.isArray(className) ? className.map(String) : [])
  );
}

/**
 * Whether class names hide an element: "hidden", "is-hidden", "d-none", a block's "--hidden"
 * modifier ("speech speech--hidden"), as style sheets hide a closed player or dialog, unless
 * another class shows it again at some screen size ("hidden md:block"); and the classes that
 * leave text to screen readers only ("sr-only", "visually-hidden", "h-offscreen").
 */
export function hiddenByClass(classes: readonly string[]): boolean {
  // Text only screen readers get ("Inhalt", "Passer la publicité") is no more printed than hidden text.
  if (classes.some((name) => SCREEN_READER_ONLY.test(name))) return true;
  if (classes.some((name) => name.includes(':'))) return false;
  return classes.some((name) => /^(?:hidden|is-hidden|d-none)$|(?:--|__)hidden$/u.test(name));
}
const SCREEN_READER_ONLY =
  /^(?:sr-only|visually-?hidden|screen-reader-(?:text|only)|a11y-hidden|h-offscreen|offscreen|element-invisible)$/iu;

/** The first child element that holds text: a box's heading or opening line. */
function firstLine(element: Element): string {
  for (const child of element.children) {
    if (child.type === 'text' && child.value.trim()) return child.value;
    if (child.type === 'element') return toText(child);
  }
  return '';
}

/**
 * "Lire : [Que sont les IMSI-catchers ?]", "Revivez [le direct]", "[Town plans a park]": a
 * paragraph (or heading) that is a link to another page, after at most one word or a short label
 * with a colon, promotes that page; a paragraph of text that links a few of its words does not.
 */
function isLinkLine(paragraph: Element): boolean {
  let label = '';
  let trailing = '';
  let links = 0;
  const walk = (node: ElementContent) => {
    if (node.type === 'text') {
      if (links === 0) label += node.value;
      else trailing += node.value;
    } else if (node.type === 'element' && node.tagName === 'a') {
      links += 1;
    } else if (node.type === 'element') node.children.forEach(walk);
  };
  paragraph.children.forEach(walk);
  const isLabel = words(label) <= 1 || (words(label) <= 4 && label.trim().endsWith(':'));
  return links > 0 && isLabel && !/\p{L}/u.test(trailing);
}

/** Names of a box that asks the reader to sign up or subscribe. */
const SIGNUP_NAME_PARTS = new Set(['newsletter', 'subscribe', 'subscription', 'signup', 'paywall']);
/** A sign-up box with its plans and prices is longer than a call to action, never an article. */
const MAX_SIGNUP_BOX_WORDS = 150;

/**
 * A box both named as a sign-up box ("newsletter-wrapper") and opening with a call to sign up or
 * subscribe ("Sign up for ...", "Abonnez-vous ...") is one, plans and prices included, even when
 * longer than other furniture. Either alone is not enough: an article may mention a newsletter.
 */
function isSignupBox(element: Element, text: string): boolean {
  return (
    BOXES.has(element.tagName) &&
    words(text) <= MAX_SIGNUP_BOX_WORDS &&
    furnitureNameParts(element).some((part) => SIGNUP_NAME_PARTS.has(part)) &&
    CALL_TO_ACTION.test(squash(firstLine(element)))
  );
}

/** Inline elements a caption is set in beside its photo. */
const CAPTION_STYLES = new Set(['em', 'i', 'small', 'span', 'cite']);
/** A caption is a line or two. */
const MAX_CAPTION_WORDS = 40;

/**
 * A photo followed by a short line set apart in italics or small type, and nothing else
 * (<div><img><br><em>Scientists at work.</em></div>): a photo and its caption without <figure>.
 * A paragraph that opens with an image but goes on in plain text is text.
 */
function isPhotoWithCaption(element: Element, text: string): boolean {
  if (element.tagName !== 'p' && element.tagName !== 'div') return false;
  const parts = element.children.filter(
    (child) =>
      !(child.type === 'text' && child.value.trim() === '') && !(child.type === 'element' && child.tagName === 'br'),
  );
  const [first, ...rest] = parts;
  return (
    first?.type === 'element' &&
    holdsMedia(first) &&
    !/\p{L}/u.test(toText(first)) &&
    rest.length > 0 &&
    rest.every((child) => child.type === 'element' && CAPTION_STYLES.has(child.tagName)) &&
    words(text) <= MAX_CAPTION_WORDS
  );
}

/**
 * Why an element of a saved page is not article text, or undefined when it may be. Called on each
 * element from the outside in, so a box is judged whole before its parts.
 */
export function clutterKind(element: Element): string | undefined {
  const { tagName } = element;
  if (DROPPED_TAGS.has(tagName)) return tagName;
  if (isHidden(element)) return 'hidden';
  const role = element.properties['role'];
  if (typeof role === 'string' && PAGE_ROLES.has(role)) return `role ${role}`;
  const href = element.properties['href'];
  if (tagName === 'a' && typeof href === 'string' && SHARE_LINK.test(href.trim())) return 'share link';
  const text = squash(toText(element));
  const named = furnitureNameParts(element);
  const limit = named.some((part) => SIDE_BOX_NAME_PARTS.has(part)) ? MAX_SIDE_BOX_CHARS : MAX_FURNITURE_CHARS;
  if (text.length < limit && named.length > 0) return 'named furniture';
  if (isSignupBox(element, text)) return 'sign-up box';
  if (!BLOCKS.has(tagName)) return undefined;
  if (isPhotoWithCaption(element, text)) return 'photo caption';
  if (isCallToAction(text)) return 'call to action';
  if (BOXES.has(tagName) && words(text) <= MAX_BOX_WORDS && isCallToAction(firstLine(element))) return 'promotion box';
  if (tagName === 'p' && words(text) <= 40 && CREDIT_CLOSE.test(text)) return 'caption';
  // A figure is its photo and the caption under it, even when the caption is a plain <p>.
  if (tagName === 'figure' && words(text) <= MAX_BOX_WORDS && holdsMedia(element)) return 'figure';
  if (
    words(text) <= MAX_CREDIT_WORDS &&
    CREDIT_LINES.some((credit) => credit.test(text.replace(/\.$/, ''))) &&
    !/[.!?]$/.test(text.replace(/\)$/, '').replace(/(?<=\bcontributed\b.*)\.$/u, ''))
  )
    return 'credit';
  if (tagName === 'p' && isLinkLine(element)) return 'link line';
  if (tagName === 'p' && isReportingNote(text)) return 'reporting note';
  if (/^h[1-6]$/.test(tagName) && MEDIA_LABEL.test(text)) return 'media label';
  if (tagName === 'p' && isDateTimeLine(text)) return 'date line';
  if (text.length <= MAX_LABEL_CHARS && LABEL_LINE.test(text)) return 'label line';
  return undefined;
}

/**
 * A heading that is wholly a link to another page of the same site ("## [Detenida una madre…]")
 * is a teaser for another story; a heading linking elsewhere (a product in a gift guide) heads
 * the text under it. `base` is the page's own address; relative links are the site's.
 */
export function isStoryTeaserHeading(element: Element, base: string | undefined): boolean {
  if (!/^h[2-6]$/.test(element.tagName) || !isLinkLine(element)) return false;
  const hrefs: string[] = [];
  const walk = (node: ElementContent) => {
    if (node.type !== 'element') return;
    if (node.tagName === 'a' && typeof node.properties['href'] === 'string') hrefs.push(node.properties['href']);
    node.children.forEach(walk);
  };
  element.children.forEach(walk);
  const host = (href: string) =>
    base && URL.canParse(href, base) ? new URL(href, base).hostname.replace(/^www\./, '') : undefined;
  const own = base && URL.canParse(base) ? new URL(base).hostname.replace(/^www\./, '') : undefined;
  return (
    hrefs.length > 0 && hrefs.every((href) => !/^https?:/i.test(href) || (own !== undefined && host(href) === own))
  );
}
