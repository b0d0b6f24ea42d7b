/**
 * Attribution in Japanese and Chinese, written without spaces and read without parts of speech.
 * Japanese marks reported words with a quotative particle after the closing bracket (「…」と語った,
 * 「…」って) and names the speaker as the topic or subject, the phrase before は or が, in the same
 * sentence or, left unsaid, in the sentence before (the topic carries on). Chinese names the
 * speaker before a speech verb that introduces the quotation with a colon or comma (张三表示：“…”),
 * or after it (“…”张三说。), or with 据 (据张三介绍，…).
 */
import type { Attribution } from './attribution';
import type { FrameToken, ReadParagraph } from './frames';

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Chinese speech verbs, longest first so that "表示" wins over a one-character verb. */
const ZH_VERBS = [
  '接受采访时说',
  '表示',
  '指出',
  '认为',
  '介绍',
  '强调',
  '坦言',
  '透露',
  '回忆',
  '解释',
  '补充',
  '感叹',
  '说道',
  '写道',
  '问道',
  '提到',
  '谈到',
  '回答',
  '直言',
  '呼吁',
  '提醒',
  '分析',
  '承认',
  '评价',
  '感慨',
  '宣布',
  '声称',
  '告诉',
  '表态',
  '坦承',
  '笑称',
  '笑言',
  '称赞',
  '建议',
  '总结',
  '说',
  '称',
  '道',
  '讲',
  '问',
];

/** Japanese speech verbs by the stem news writing prints (語った, 話した, 述べた, 説明した ...). */
const JA_VERBS =
  /(語|話|述べ|説明|強調|指摘|明か|訴え|答え|振り返|批判|謝罪|主張|証言|発言|説|願|憤|嘆|喜|呼び掛け|呼びかけ|打ち明け|漏ら|明言|表明|コメント)/u;

/** Words between a Chinese speaker and the verb: where and to whom ("在接受采访时", "对记者"), adverbs. */
const ZH_CUT =
  /(在|对|向|跟|接受|也|还|则|曾|更|又|就|都|均|笑着|近日|日前|今天|昨天|当天|此前|随后|同时|一再|多次|再次)/u;

/** Punctuation that closes a clause. */
const CLAUSE_END = /^[。！？；，、,;:：!?.]$/u;

const isQuoteToken = (t: FrameToken | undefined) => t !== undefined && t.quote >= 0;

/** The token range covering characters [start, end) of the paragraph, or null when it holds none. */
function tokensOver(tokens: readonly FrameToken[], start: number, end: number): [number, number] | null {
  const from = tokens.findIndex((t) => t.start >= start && t.end <= end);
  if (from < 0) return null;
  let to = from;
  while (tokens[to + 1] && tokens[to + 1]!.end <= end) to++;
  return [from, to];
}

/** The start of the clause that ends before token `i`: after the last clause mark or quotation. */
function clauseStart(tokens: readonly FrameToken[], i: number, lo: number): number {
  let j = i;
  while (j > lo && !CLAUSE_END.test(tokens[j - 1]!.text) && !isQuoteToken(tokens[j - 1])) j--;
  return j;
}

const SENTENCE_END = /^[。！？!?]$/u;

/**
 * The sentence around tokens open..close, by its full stops outside quotation marks (the
 * segmenter gives an opening bracket to the sentence before it).
 */
function sentenceAround(tokens: readonly FrameToken[], open: number, close: number): [number, number] {
  let lo = open;
  while (lo > 0 && !(SENTENCE_END.test(tokens[lo - 1]!.text) && tokens[lo - 1]!.quote < 0)) lo--;
  let hi = close;
  while (hi + 1 < tokens.length && !(SENTENCE_END.test(tokens[hi]!.text) && tokens[hi]!.quote < 0)) hi++;
  return [lo, hi];
}

/**
 * A Japanese topic (は) or subject (が): the phrase before the last such particle among tokens
 * lo..hi, outside quotations, from the start of its clause; a relative clause before "という" is
 * cut off ("…に来たという同大の女子学生" -> "同大の女子学生"). The topic is asked for first: a
 * subject marked with が is as often that of a clause inside the sentence.
 */
function topicIn(read: ReadParagraph, lo: number, hi: number, particle: 'は' | 'が'): [number, number] | null {
  const { tokens, text } = read;
  for (let i = hi; i >= lo; i--) {
    const t = tokens[i]!;
    if (t.quote >= 0 || t.text !== particle) continue;
    // "を巡っては", "には", "では": は after a particle marks an adverbial, not who acts.
    const previous = tokens[i - 1]?.text ?? '';
    if (t.text === 'は' && (/[てで]$/u.test(previous) || /^(に|と|から|まで|へ|より)$/u.test(previous))) continue;
    const from = clauseStart(tokens, i, lo);
    if (from >= i) continue;
    const phrase = text.slice(tokens[from]!.start, tokens[i - 1]!.end);
    const cut = phrase.lastIndexOf('という');
    const start = tokens[from]!.start + (cut >= 0 ? cut + 3 : 0);
    return tokensOver(tokens, start, tokens[i - 1]!.end);
  }
  return null;
}

/** Whether the Japanese quotation closing at token `close` is reported speech: a quotative particle follows. */
function quotative(read: ReadParagraph, close: number): boolean {
  const after = read.text.slice(read.tokens[close]!.end);
  return /^(?:など)?(?:と|って)(?![「『])/u.test(after);
}

function japanese(read: ReadParagraph, open: number, close: number): [number, number] | null {
  const { tokens } = read;
  if (!quotative(read, close)) return null;
  const [lo, hi] = sentenceAround(tokens, open, close);
  const found = topicIn(read, lo, open - 1, 'は') ?? topicIn(read, lo, open - 1, 'が');
  if (found) return found;
  // 「…」として卒業生らが: the subject after the quotation's clause.
  let k = close + 1;
  while (k <= hi && /^(と|とし|として|して|し|て|って|など)$/u.test(tokens[k]!.text)) k++;
  for (let i = k; i <= hi && !isQuoteToken(tokens[i]); i++) {
    if (CLAUSE_END.test(tokens[i]!.text)) break;
    if ((tokens[i]!.text === 'が' || tokens[i]!.text === 'は') && i > k) return [k, i - 1];
  }
  // Left unsaid, the subject is the one the sentence before ends on, topic or subject.
  if (lo === 0) return null;
  const topic = topicIn(read, 0, lo - 1, 'は');
  const subject = topicIn(read, 0, lo - 1, 'が');
  return topic && subject ? (topic[0] > subject[0] ? topic : subject) : (topic ?? subject);
}

/** A Chinese speaker before a speech verb in the clause tokens from..to, cut before where and to whom. */
function chineseSpeaker(read: ReadParagraph, from: number, to: number): [number, number] | null {
  const { tokens, text } = read;
  if (from > to) return null;
  const clause = text.slice(tokens[from]!.start, tokens[to]!.end);
  // "在他看来" (in his view), "用他的话说" (in his words), "正如他所说" (as he said).
  const view = /^(?:在(.+?)看来|用(.+?)的话(?:来)?说|正如(.+?)所(?:说|言|指出))$/u.exec(clause);
  if (view) {
    const who = view.slice(1).find(Boolean)!;
    const start = tokens[from]!.start + clause.indexOf(who);
    return tokensOver(tokens, start, start + who.length);
  }
  // The verb that ends the clause (张三笑着说), else a verb of two characters inside it (张三告诉记者):
  // one character alone inside a clause is as often part of another word (问题, 知道).
  const ending = clause.replace(/[了着道]$/u, '');
  const last = ZH_VERBS.find((v) => ending.endsWith(v) && ending.length > v.length);
  const inside = ZH_VERBS.filter((v) => v.length > 1)
    .map((v) => clause.indexOf(v))
    .filter((at) => at > 0);
  const at = last ? ending.length - last.length : inside.length > 0 ? Math.min(...inside) : -1;
  if (at <= 0) return null;
  let speaker = clause.slice(0, at);
  // "据张三介绍" (according to), "有专家指出" (an expert points out): the speaker follows the first word.
  const according = /^[据有]/u.test(speaker) && speaker.length > 1;
  if (according) speaker = speaker.slice(1);
  const cut = speaker.search(ZH_CUT);
  if (cut === 0) return null;
  if (cut > 0) speaker = speaker.slice(0, cut);
  if (speaker.length === 0 || speaker.length > 24 || /[“”「」]/u.test(speaker)) return null;
  const start = tokens[from]!.start + (according ? 1 : 0);
  return tokensOver(tokens, start, start + speaker.length);
}

function chinese(read: ReadParagraph, open: number, close: number): [number, number] | null {
  const { tokens } = read;
  // 张三表示：“…” or 张三说，“…”: the clause before the mark that introduces the quotation.
  const mark = tokens[open - 1];
  if (mark && /^[：:，,]$/u.test(mark.text) && open - 2 >= 0 && !isQuoteToken(tokens[open - 2])) {
    const found = chineseSpeaker(read, clauseStart(tokens, open - 1, 0), open - 2);
    if (found) return found;
  }
  // “…”张三说。: the clause after it.
  let k = close + 1;
  if (tokens[k] && /^[，,]$/u.test(tokens[k]!.text)) k++;
  let end = k;
  while (tokens[end + 1] && !CLAUSE_END.test(tokens[end + 1]!.text) && !isQuoteToken(tokens[end + 1])) end++;
  if (tokens[k] && !isQuoteToken(tokens[k]) && !CLAUSE_END.test(tokens[k]!.text)) {
    const found = chineseSpeaker(read, k, end);
    if (found) return found;
  }
  return null;
}

/** The attribution of a quotation in a Japanese or Chinese article, in its sentence or the one before. */
export function cjkAttribution(
  read: ReadParagraph,
  paragraph: number,
  open: number,
  close: number,
  language: string,
): Attribution | null {
  const phrase = language === 'ja' ? japanese(read, open, close) : chinese(read, open, close);
  return phrase ? { paragraph, from: phrase[0], to: phrase[1], inverted: phrase[0] > close } : null;
}

/**
 * For a paragraph that is only a quotation, the speaker the next paragraph opens with (a Japanese
 * report leads with the words, then says who spoke: 「…」 / 元理事の男性は…語った。): the topic of its
 * first sentence when that sentence holds a speech verb and no quotation of its own.
 */
export function cjkLeadSpeaker(next: ReadParagraph, paragraph: number): Attribution | null {
  const { tokens, text } = next;
  if (tokens.length === 0) return null;
  const [lo, hi] = sentenceAround(tokens, 0, 0);
  const sentence = text.slice(tokens[lo]!.start, tokens[hi]!.end);
  if (tokens.slice(lo, hi + 1).some((t) => t.quote >= 0) || !JA_VERBS.test(sentence)) return null;
  const topic = topicIn(next, lo, hi, 'は') ?? topicIn(next, lo, hi, 'が');
  return topic ? { paragraph, from: topic[0], to: topic[1], inverted: false } : null;
}

/**
 * A term in quotation marks rather than speech: set inside a clause, with a character of the text
 * right before the opening mark and right after the closing one (实施“双减”政策, 新校舎「弥生記念教育棟」の).
 */
export function isEmbeddedTerm(text: string, start: number, end: number): boolean {
  const before = text[start - 2] ?? '';
  const after = text[end + 1] ?? '';
  return UNSPACED.test(before) && UNSPACED.test(after) && !/[说称道示出为：:]/u.test(before);
}

/**
 * The speaker a Japanese or Chinese phrase names, kept as written: without capitals or a model
 * that knows names, a name (张三) cannot be told from a role (专家) or a description, so the phrase
 * is given as the article words it, never turned into a person it may not be.
 */
export const cjkSpeaker = (text: string) => ({ kind: 'source' as const, description: text });

/** The gender a Chinese or Japanese speaker's form of address shows: 付小姐 (Miss Fu), 王先生 (Mr Wang). */
export function cjkGender(name: string): 'm' | 'f' | undefined {
  if (/(?:小姐|女士|太太|夫人|さん夫人)$/u.test(name)) return 'f';
  if (/先生$/u.test(name)) return 'm';
  return undefined;
}
