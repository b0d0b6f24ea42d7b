/**
 * Who an attribution names: a registered person, a person the article names, a body, or an
 * unnamed source as written, with pronouns and role nouns ("she", "the ambassador") read as the
 * person the article tied them to. When the article does not say, the answer is null: a wrong
 * speaker is worse than none.
 */
import type { Mention } from '../mentions';
import { isTitle, pronounGender, type NameRun, type PersonFacts } from '../names';
import { phraseStartingAt, type Attribution } from './attribution';
import type { ReadParagraph } from './frames';
import { PERSON_PRONOUNS, SPEECH_LEMMAS } from './language';

/** Who a quotation is attributed to. */
export type Speaker =
  { kind: 'person'; id: string } | { kind: 'name'; name: string } | { kind: 'source'; description: string };

/** What resolving a speaker needs to know of the article. */
export interface SpeakerContext {
  reads: readonly ReadParagraph[];
  runs: readonly NameRun[];
  fullName: (name: string, titled?: boolean) => string;
  facts: PersonFacts;
  /** The narrative's subjects, from {@link subjectsOf}. */
  subjects: readonly Focus[];
  findMentions: (text: string) => Mention[];
  language: string;
}

/** A position in the article: paragraph, then token. */
type Position = [number, number];
const before = (a: Position, b: Position) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** A person's name as a speaker: registered when the registry knows the name. */
function namedSpeaker(name: string, ctx: Pick<SpeakerContext, 'fullName' | 'findMentions'>): Speaker {
  const full = ctx.fullName(name);
  const registered = ctx.findMentions(full)[0] ?? ctx.findMentions(name)[0];
  return registered ? { kind: 'person', id: registered.personId } : { kind: 'name', name: full };
}

/** A speaker resolved earlier in the article, where its attribution stood and the name it printed. */
export interface RecentSpeaker {
  at: Position;
  speaker: Speaker;
  name: string;
}

/** A person who became the subject of the narrative at a point of the article. */
interface Focus {
  at: Position;
  name: string;
  speaker: Speaker;
}

/**
 * The people the narrative is about, in order: each sentence's subject when it is a person's name
 * (the name before the sentence's first verb), and each quotation's named speaker. A pronoun
 * stands for the last of them whose gender fits; mentions in other roles ("more nervous than
 * Rose-Lynn Harlan") do not move the focus.
 */
export function subjectsOf(ctx: Omit<SpeakerContext, 'subjects'>): Focus[] {
  const found: Focus[] = [];
  ctx.reads.forEach((read, p) => {
    const runs = ctx.runs.filter((r) => r.paragraph === p);
    let sentence = -1;
    let seenVerb = false;
    read.tokens.forEach((t, i) => {
      if (t.sentence !== sentence) [sentence, seenVerb] = [t.sentence, false];
      if (t.quote >= 0) return;
      const run = runs.find((r) => r.from === i);
      const wasVerb = seenVerb;
      if (t.pos === 'VERB' || t.pos === 'AUX') seenVerb = true;
      if (!run) return;
      // The subject of a main clause: first in its sentence, or after a comma ("As it turned out,
      // Steenburgen had spent ..."), or the speaker of a speech verb ("..., Yearout said, ...");
      // not a name inside a comparison or an object ("more nervous than Rose-Lynn Harlan").
      const verb = verbAfter(read.tokens, run.to);
      const opensClause = !wasVerb || read.tokens[i - 1]?.text === ',';
      // "..., said Joseph Seneca": a name right after a speech verb spoke.
      const afterSpeech = SPEECH_LEMMAS.has(read.tokens[i - 1]?.lemma ?? '') && read.tokens[i - 1]!.pos === 'VERB';
      if (!(opensClause && (verb || !wasVerb)) && !SPEECH_LEMMAS.has(verb?.lemma ?? '') && !afterSpeech) return;
      const name = ctx.fullName(run.name, run.titled);
      if (ctx.facts.isPerson(name)) found.push({ at: [p, i], name, speaker: namedSpeaker(name, ctx) });
    });
  });
  return found;
}

/** The verb that follows the name ending at token `to`, after an aside set off by commas ("Buckley, who ..., worried"). */
function verbAfter(tokens: ReadParagraph['tokens'], to: number) {
  let j = to + 1;
  if (tokens[j]?.text === ',') {
    while (tokens[j + 1] && tokens[j + 1]!.text !== ',' && tokens[j + 1]!.quote < 0 && j - to < 16) j++;
    j += 2;
  }
  while (tokens[j] && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX')) j++;
  return tokens[j]?.pos === 'VERB' ? tokens[j] : undefined;
}

function antecedent(
  pronoun: string,
  at: Position,
  ctx: SpeakerContext,
  recent: readonly RecentSpeaker[],
): Speaker | null {
  const gender = pronounGender(pronoun);
  // Without parts of speech the narrative's subjects are not known: only a speaker named in this
  // paragraph or the one before can be meant.
  const known = ctx.language === 'en' ? ctx.subjects : [];
  const window = ctx.language === 'en' ? 3 : 1;
  const fits = [...known, ...recent.filter((r) => r.speaker.kind !== 'source')]
    .filter((c) => before(c.at, at) && at[0] - c.at[0] <= window)
    .filter((c) => {
      const g = ctx.facts.gender(c.name);
      return !gender || !g || g === gender;
    })
    .sort((a, b) => (before(a.at, b.at) ? 1 : before(b.at, a.at) ? -1 : 0));
  // Someone whose gender the article does not show stands for "he" or "she" only on clear evidence
  // that the name is a person's: registered, quoted by name, or more than one sign in the text.
  const quoted = new Set(recent.map((r) => r.name));
  const top = fits.find(
    (c) =>
      !gender ||
      ctx.facts.gender(c.name) === gender ||
      c.speaker.kind === 'person' ||
      quoted.has(c.name) ||
      ctx.facts.isClearlyPerson(c.name),
  );
  return top?.speaker ?? null;
}

/**
 * The person the article tied a role to before position `at`: "Jane Doe, the ambassador",
 * "Ambassador Jane Doe", "the ambassador, Jane Doe". Null when none was.
 */
function roleHolder(role: string, at: Position, ctx: SpeakerContext): Speaker | null {
  let best: { at: Position; name: string } | null = null;
  for (const run of ctx.runs) {
    const start: Position = [run.paragraph, run.from];
    if (!before(start, at) || !ctx.facts.isPerson(ctx.fullName(run.name, run.titled))) continue;
    const tokens = ctx.reads[run.paragraph]!.tokens;
    const near = [
      ...tokens.slice(run.to + 1, run.to + 9).filter((_, k, all) => !all.slice(0, k).some((t) => t.pos === 'VERB')),
      ...tokens.slice(Math.max(0, run.from - 3), run.from),
    ];
    if (near.some((t) => t.lemma === role || t.text.toLowerCase() === role) && (!best || before(best.at, start))) {
      best = { at: start, name: run.name };
    }
  }
  return best ? namedSpeaker(ctx.fullName(best.name), ctx) : null;
}

/**
 * An unnamed source the narrative introduced before `at` with the same noun ("a Russian diplomat
 * in Sofia told reporters ..." before "The diplomat added"), as the article worded it.
 */
function introducedSource(noun: string, at: Position, ctx: SpeakerContext): string | null {
  for (let p = at[0]; p >= 0 && at[0] - p <= 4; p--) {
    const { tokens, text } = ctx.reads[p]!;
    const last = p === at[0] ? at[1] - 1 : tokens.length - 1;
    for (let i = last; i >= 0; i--) {
      if (tokens[i]!.quote >= 0 || tokens[i]!.lemma !== noun || tokens[i]!.pos !== 'NOUN') continue;
      const det = tokens.slice(Math.max(0, i - 4), i).findLastIndex((t) => INDEFINITE.test(t.text));
      if (det < 0) continue;
      const phrase = phraseStartingAt(tokens, Math.max(0, i - 4) + det, tokens.length - 1);
      if (phrase) return text.slice(tokens[phrase[0]]!.start, tokens[phrase[1]]!.end);
    }
  }
  return null;
}

const source = (description: string) => ({
  speaker: { kind: 'source', description } as Speaker,
  basis: 'source' as const,
});

const INDEFINITE = /^(a|an|one|two|three|four|several|some|many|other|another|few|most|both)$/i;

/**
 * The name an attribution's phrase is about: its last name, which is its head ("Pentagon
 * spokesman Mark Wright", "Mr Bartlett's granddaughter Lauren Penrose").
 */
export function headName(attribution: Attribution, ctx: Pick<SpeakerContext, 'runs'>): NameRun | undefined {
  return ctx.runs.findLast(
    (r) => r.paragraph === attribution.paragraph && r.from >= attribution.from && r.to <= attribution.to,
  );
}

/**
 * How a speaker was found: a name (or a registered person's name) in the attribution, a pronoun
 * read as the person it stands for, a role noun read as the person the article tied it to, an
 * unnamed source as written, or the speaker of the quotation the words continue.
 */
export type Basis = 'name' | 'pronoun' | 'role' | 'source' | 'continued';

/** Resolves the phrase of an attribution to a speaker, or null when it names no one it can tell. */
export function resolveSpeaker(
  attribution: Attribution,
  ctx: SpeakerContext,
  recent: readonly RecentSpeaker[],
): { speaker: Speaker; basis: Basis } | null {
  const found = speakerOf(attribution, ctx, recent);
  return found && found.speaker ? (found as { speaker: Speaker; basis: Basis }) : null;
}

function speakerOf(
  attribution: Attribution,
  ctx: SpeakerContext,
  recent: readonly RecentSpeaker[],
): { speaker: Speaker | null; basis: Basis } | null {
  const read = ctx.reads[attribution.paragraph]!;
  const tokens = read.tokens.slice(attribution.from, attribution.to + 1);
  const text = read.text.slice(tokens[0]!.start, tokens.at(-1)!.end);
  const at: Position = [attribution.paragraph, attribution.from];

  // A registered person's name anywhere in the phrase, unless it only qualifies someone else ("a
  // source close to Putin"); a name the runs below cannot see, such as one across an editor's
  // brackets ("[U.S. President Barack] Obama"), is found here.
  const registered = ctx.findMentions(text);
  const possessive = (t: { text: string }) => /['’]s$/u.test(t.text);
  const qualified =
    tokens.some((t, k) => t.pos === 'ADP' || (possessive(t) && k < tokens.length - 1)) ||
    INDEFINITE.test(tokens[0]!.text);
  if (registered.length > 0 && !qualified) {
    return { speaker: { kind: 'person', id: registered.at(-1)!.personId }, basis: 'name' };
  }

  if (tokens.length === 1 && PERSON_PRONOUNS.has(tokens[0]!.text.toLowerCase().replace(/^t-/, ''))) {
    return { speaker: antecedent(tokens[0]!.text, at, ctx, recent), basis: 'pronoun' };
  }

  const run = headName(attribution, ctx);
  const head = tokens.filter((t) => t.pos === 'NOUN' && !(isTitle(t.text) && /^\p{Lu}/u.test(t.text))).at(0);
  const determiner = tokens[0]!.text;
  // Without parts of speech, one capitalised word is a name only when the article gave it in full
  // ("Heskey" after "Emile Heskey"): a German noun or an opening word is not a speaker.
  const lone = run && run.name.split(' ').length === 1 && !run.titled && ctx.fullName(run.name) === run.name;
  if (run && ctx.language !== 'en' && lone) return null;
  if (run) {
    // A person's relation or a body's spokesperson is not that person: "Assad's brother".
    const afterName = read.tokens[run.to + 1];
    const owner = possessive(read.tokens[run.to]!) || (afterName !== undefined && /^['’]s$/u.test(afterName.text));
    if (owner && head) return source(text);
    if (head && INDEFINITE.test(determiner)) return source(text);
    // "the Pentagon", "the Kremlin": a body, named as printed.
    if (
      /^the$/i.test(determiner) &&
      !run.titled &&
      run.name.split(' ').length === 1 &&
      ctx.fullName(run.name) === run.name
    )
      return { speaker: { kind: 'name', name: run.name }, basis: 'name' };
    return { speaker: namedSpeaker(ctx.fullName(run.name, run.titled), ctx), basis: 'name' };
  }
  if (ctx.language !== 'en' || !head) return null;
  const plural = head.lemma !== head.text.toLowerCase() && /s$/i.test(head.text);
  if (INDEFINITE.test(determiner) || plural) return source(text);
  // "The source insisted": the unnamed source of that kind the article quoted before.
  const earlier = recent.findLast(
    (r) => r.speaker.kind === 'source' && before(r.at, at) && r.name.toLowerCase().includes(head.lemma),
  );
  if (earlier) return { speaker: earlier.speaker, basis: 'source' };
  const introduced = introducedSource(head.lemma, at, ctx);
  if (introduced && /^(the|this|that)$/i.test(determiner)) return source(introduced);
  // "the ambassador", "his spokeswoman": the person the article introduced in that role, or the role as written.
  const holder = roleHolder(head.lemma, at, ctx);
  return holder ? { speaker: holder, basis: 'role' } : source(text);
}
