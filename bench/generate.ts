import { sha256Hex as sha256 } from '../src/lib/fixity/captures';

/**
 * A deterministic synthetic archive for the benchmark: articles of realistic length and
 * structure (headings, quotations with speakers, registered people's names, photo credits),
 * valid against the real schema, over a large vocabulary whose word frequencies follow Zipf's
 * law as real English news does. The same seed gives the same archive, byte for byte.
 */

/** mulberry32: a small, fast, seedable generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The commonest words of English news, most frequent first; the rest of the vocabulary is made up. */
const COMMON =
  'the of to and a in that is for on it with as was said he by at from his be an have has are but not this they were had which been its will who would their more after one than about also new up over there out two first year when can into all other last could people we some government what i like our only time so years if no just told state many most she three before them because officials minister president city week may while country since part any military against during through between police war made power back according being under where even should then how news public officials world national support now well both reported those political told former security country including foreign party house among local percent million month'.split(
    ' ',
  );

const SYLLABLES =
  'ka to ri ne sa mo lu vi de pa ro ta ni ga be zo mi ku se la do fe hi ju ko ma no pu re si te vo wa ya'.split(' ');

/** A vocabulary of `size` words: the common words first, then made-up words of news-like length. */
export function vocabulary(size: number, rnd: () => number): string[] {
  const words = new Set(COMMON);
  while (words.size < size) {
    const syllables = 1 + Math.floor(rnd() * 4);
    let word = '';
    for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    if (rnd() < 0.3) word += ['s', 'ed', 'ing', 'er', 'ion', 'al', 'ly'][Math.floor(rnd() * 7)];
    words.add(word);
  }
  return [...words];
}

/** Picks words by Zipf's law (rank r has weight 1/r), through a precomputed cumulative table. */
export function zipf(words: readonly string[], rnd: () => number): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 1; r <= words.length; r++) {
    total += 1 / r;
    cumulative.push(total);
  }
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

export interface GeneratedFile {
  path: string;
  content: string;
}

/**
 * Registered people and their rank among everyone the archive names (1 = named most often): a
 * desk covering Russia names Putin in most articles and an analyst such as Gabuev in a few per
 * cent, as real news does. Every name in every article would make each name's index entry cover
 * the whole archive, and search far slower than it is on real news.
 */
const REGISTERED: [name: string, rank: number][] = [
  ['Vladimir Putin', 1],
  ['Bashar al-Assad', 8],
  ['Alexander Gabuev', 60],
  ['Boris Bondarev', 150],
  ['Ruslan Suleymanov', 400],
];
/** How many different people the archive names, and the share of sentences that name one. */
const NAMED_PEOPLE = 5_000;
const NAMING_SENTENCES = 0.15;

const capitalised = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;

/** Everyone the archive names, most named first: made-up names with the registered people at their ranks. */
export function peoplePool(rnd: () => number): string[] {
  const names = new Set<string>();
  const part = () => {
    let word = '';
    for (let i = 0, n = 2 + Math.floor(rnd() * 2); i < n; i++) word += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    return capitalised(word);
  };
  while (names.size < NAMED_PEOPLE - REGISTERED.length) names.add(`${part()} ${part()}`);
  const pool = [...names];
  for (const [name, rank] of REGISTERED) pool.splice(rank - 1, 0, name);
  return pool;
}
const SOURCES = ['a Russian diplomat', 'a senior official', 'a source close to the ministry', 'another official'];
const PUBLICATIONS = ['The Moscow Times', 'The Daily Ledger', 'Novaya Gazeta Europe', 'The Harbour Post'];
const AUTHORS = ['Pyotr Kozlov', 'Anna Petrova', 'James Whitfield', 'Maria Lopez', 'Chen Wei', 'Olga Ivanova'];

const pick = <T>(items: readonly T[], rnd: () => number) => items[Math.floor(rnd() * items.length)]!;

/**
 * `n` articles as the archive keeps them: `content/captures/bench-<i>.txt` and
 * `content/articles/bench-<i>.md`, with dates spread over 2015-2024.
 */
export function generateArchive(n: number, seed = 1): GeneratedFile[] {
  const rnd = random(seed);
  const word = zipf(vocabulary(60_000, rnd), rnd);
  const person = zipf(peoplePool(rnd), rnd);
  const sentence = (min: number, max: number) => {
    const length = min + Math.floor(rnd() * (max - min));
    const words = Array.from({ length }, word);
    if (rnd() < NAMING_SENTENCES) words.splice(Math.floor(rnd() * length), 0, ...person().split(' '));
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const files: GeneratedFile[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rnd() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const headlineWords = Array.from({ length: 8 + Math.floor(rnd() * 6) }, word);
    const headline = headlineWords.map(capitalised).join(' ');
    const paragraphs: string[] = [];
    const count = 14 + Math.floor(rnd() * 20);
    for (let p = 0; p < count; p++) {
      if (p > 0 && p % 7 === 0) paragraphs.push(`## ${sentence(3, 6).replace(/\.$/, '')}`);
      const roll = rnd();
      if (roll < 0.2) paragraphs.push(`"${sentence(8, 25)}" ${person().split(' ').at(-1)} said.`);
      else if (roll < 0.3) paragraphs.push(`"${sentence(8, 20).replace(/\.$/, ',')}" said ${pick(SOURCES, rnd)}.`);
      else paragraphs.push(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => sentence(10, 28)).join(' '));
    }
    const body = paragraphs.join('\n\n');
    const author = pick(AUTHORS, rnd);
    const publication = pick(PUBLICATIONS, rnd);
    const capturePath = `captures/bench-${String(i).padStart(6, '0')}.txt`;
    const capture = `${headline}\n\nBy ${author}\n\n${day}\n\n${body}\n`;
    files.push({ path: `content/${capturePath}`, content: capture });
    files.push({
      path: `content/articles/bench-${String(i).padStart(6, '0')}.md`,
      content: `---
headline: ${JSON.stringify(headline)}
storySlug: story-${i}
authors:
  - name: ${author}
publication:
  name: ${publication}
  url: https://news.example/
published: "${day}"
sourceUrl: https://news.example/${day.replaceAll('-', '/')}/story-${i}
photo:
  caption: ${JSON.stringify(sentence(6, 12))}
  credit: Example Agency
archived: "2026-11-25"
language: en
summary: ${JSON.stringify(sentence(12, 24))}
capture:
  file: ${capturePath}
  sha256: ${sha256(capture)}
  format: text
---

${body}
`,
    });
  }
  return files;
}
