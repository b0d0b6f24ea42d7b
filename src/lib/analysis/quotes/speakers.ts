/**
 * Who an attribution names: a registered person, a person the article names, a body, or an
 * unnamed source as written, with pronouns and role nouns ("she", "the ambassador") read as the
 * person the article tied them to. When the article does not say, the answer is null: a wrong
 * speaker is worse than none.
 */
import type { Mention } from '../mentions';
import { declinesNames, isTitle, pronounGender, type NameRun, type PersonFacts } from '../names';
import { INVERTED, phraseStartingAt, type Attribution } from './attribution';
import { cjkGender, cjkSpeaker } from './cjk';
import type { ReadParagraph } from './frames';
import { PERSON_PRONOUNS, SPEECH_LEMMAS } from './language';
import { speechVerbs } from './verbs';

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
      // Not after a verb whose object a name is: "Steenburgen called Buckley's performance".
      const afterSpeech =
        INVERTED.has(read.tokens[i - 1]?.lemma ?? '') &&
        read.tokens[i - 1]!.pos === 'VERB' &&
        !/^['’]s$/u.test(read.tokens[run.to + 1]?.text ?? '') &&
        !/['’]s$/u.test(read.tokens[run.to]!.text);
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

/**
 * Definite articles by language, which open a role phrase as a sentence's subject ("El experto",
 * "O senador"); not German, where a role is capitalised as every noun is and "Das sei" opens no role.
 */
const DEFINITE: Record<string, RegExp> = {
  fr: /^(le|la|les|l’|l')$/iu,
  es: /^(el|la|los|las)$/iu,
  pt: /^(o|a|os|as)$/iu,
  it: /^(il|lo|la|i|gli|le|l’|l')$/iu,
};

/** Whether the sentence whose first word is token `first` opens with a definite article and a lower-case word: a role as subject. */
function opensWithRole(tokens: readonly { text: string }[], first: number, language: string): boolean {
  const article = DEFINITE[language];
  const next = tokens[first + 1]?.text ?? '';
  return article !== undefined && article.test(tokens[first]?.text ?? '') && /^\p{Ll}/u.test(next);
}

/**
 * Whether a name at token `from` of a sentence opening at `first` stands where a subject stands:
 * opening the sentence after titles and articles ("Le ministre Jean Dupont"), after a comma (an
 * apposition, or after an opening phrase) or a conjunction, or after a speech verb ("sagt
 * Flixbus-Manager Stenger");
 * not as an object ("Il a rencontré Olaf Scholz").
 */
function subjectLike(
  tokens: readonly { text: string; quote: number }[],
  first: number,
  from: number,
  language: string,
) {
  const verbs = speechVerbs(language).single;
  let k = from - 1;
  while (k >= first && (isTitle(tokens[k]!.text) || tokens[k]!.text === '-' || /^\p{Lu}/u.test(tokens[k]!.text))) k--;
  if (k < first) return true;
  const word = tokens[k]!.text;
  // After "und", "et", "y": the subject of a second clause ("..., und Karl Brenner sagt das auch").
  const joins = /^(und|et|y|e|ed|i|и|a|mais|pero|mas|ma|aber)$/u.test(word);
  return word === ',' || joins || (DEFINITE[language]?.test(word) ?? false) || verbs.has(word.toLowerCase());
}

/**
 * In a language read without parts of speech, the person a pronoun (or a verb printed without its
 * subject, "afirmó", "a-t-elle ajouté") stands for: walking back sentence by sentence over its
 * paragraph and the one before, the first sentence that names a person of the pronoun's gender
 * outside quotation marks, or holds the attribution of a quotation, decides: its one such person,
 * or no one when it names several. A sentence that opens with a pronoun of that gender refers back
 * itself, so the names in it are objects ("Il a rencontré Olaf Scholz") and it is passed over.
 */
function lastNamedPerson(
  gender: 'm' | 'f' | undefined,
  at: Position,
  ctx: SpeakerContext,
  recent: readonly RecentSpeaker[],
): Speaker | null {
  const fits = (name: string) => {
    const g = ctx.facts.gender(name);
    return !gender || !g || g === gender;
  };
  for (let p = at[0]; p >= 0 && at[0] - p <= 1; p--) {
    const { tokens } = ctx.reads[p]!;
    const end = p === at[0] ? at[1] : tokens.length;
    const last = tokens[end - 1]?.sentence ?? -1;
    for (let s = last; s >= 0; s--) {
      const inSentence = (i: number) => i < end && tokens[i]?.sentence === s;
      const speakers = recent.filter(
        (r) => r.at[0] === p && inSentence(r.at[1]) && r.speaker.kind !== 'source' && fits(r.name),
      );
      if (speakers.length > 0) return speakers.at(-1)!.speaker;
      const first = tokens.findIndex((t, i) => inSentence(i) && t.quote < 0 && /\p{L}/u.test(t.text));
      const opener = tokens[first]?.text.toLowerCase() ?? '';
      if (PERSON_PRONOUNS.has(opener) && (!gender || pronounGender(opener) === gender)) continue;
      const names: string[] = [];
      let apposition: string | undefined;
      for (const run of ctx.runs) {
        if (run.paragraph !== p || !inSentence(run.from) || tokens[run.from]!.quote >= 0) continue;
        const name = ctx.fullName(run.name, run.titled);
        if (!ctx.facts.isClearlyPerson(name) || !fits(name) || names.includes(name)) continue;
        if (!subjectLike(tokens, first, run.from, ctx.language)) continue;
        names.push(name);
        // "El director de Centros Penales, Osiris Luna, respondió", "O senador Lasier Martins acha".
        const role = run.from > first + 1 && tokens.slice(first + 1, run.from).every((t) => isTitle(t.text));
        if ((tokens[run.from - 1]?.text === ',' || role) && run.from - first < 12) apposition ??= name;
      }
      // A sentence whose subject is a role ("El experto también dijo ...", "O senador pondera que
      // Pacheco ..."): the names in it are not its subject; a name the role opens with, or sets
      // off after it, is.
      if (opensWithRole(tokens, first, ctx.language)) {
        return apposition && names[0] === apposition ? namedSpeaker(apposition, ctx) : null;
      }
      if (names.length === 1) return namedSpeaker(names[0]!, ctx);
      if (names.length > 1) return null;
    }
  }
  return null;
}

function antecedent(
  pronoun: string,
  at: Position,
  ctx: SpeakerContext,
  recent: readonly RecentSpeaker[],
): Speaker | null {
  const gender = pronounGender(pronoun);
  // In Japanese and Chinese a speaker described rather than named is still the person a pronoun
  // means; in other languages read without parts of speech, see lastNamedPerson.
  const cjk = ctx.language === 'ja' || ctx.language === 'zh';
  if (ctx.language !== 'en' && !cjk) return lastNamedPerson(gender, at, ctx, recent);
  const known = ctx.language === 'en' ? ctx.subjects : [];
  const window = ctx.language === 'en' ? 3 : 1;
  const fits = [...known, ...recent.filter((r) => r.speaker.kind !== 'source' || cjk)]
    .filter((c) => before(c.at, at) && at[0] - c.at[0] <= window)
    .filter((c) => {
      const g = ctx.facts.gender(c.name) ?? (cjk ? cjkGender(c.name) : undefined);
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
  return top ? top.speaker : null;
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

/**
 * Whether two printings of a surname are the same name: the same word, or in a language that
 * declines names the same stem with another ending ("Kroupa", "Kroupy", "Kroupou").
 */
function sameSurname(a: string, b: string, language: string): boolean {
  if (a === b) return true;
  if (!declinesNames(language)) return false;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 3 && common >= Math.max(a.length, b.length) - 2;
}

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
  if (attribution.unsaid)
    return { speaker: lastNamedPerson(attribution.unsaid.gender, at, ctx, recent), basis: 'pronoun' };

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

  // "she and Rose-Lynn sing": two speakers at once, whose words no one person's.
  if (
    tokens.some((t) => /^(and|und|et|y|e|i|и|a)$/u.test(t.text)) &&
    tokens.some((t) => PERSON_PRONOUNS.has(t.text.toLowerCase()))
  )
    return null;
  // "il", "t-elle", or glued to an auxiliary: "a-t-il".
  const pronoun = tokens[0]!.text.toLowerCase().replace(/^.*-(?:t-)?/u, '');
  if (tokens.length === 1 && PERSON_PRONOUNS.has(pronoun)) {
    return { speaker: antecedent(pronoun, at, ctx, recent), basis: 'pronoun' };
  }

  // Japanese and Chinese, without capitals to find names by: the phrase as it is.
  if (ctx.language === 'ja' || ctx.language === 'zh') {
    return { speaker: cjkSpeaker(text), basis: 'source' };
  }
  const run = headName(attribution, ctx);
  const head = tokens.filter((t) => t.pos === 'NOUN' && !(isTitle(t.text) && /^\p{Lu}/u.test(t.text))).at(0);
  const determiner = tokens[0]!.text;
  // Without parts of speech, one capitalised word is a name only when the article gave it in full
  // ("Heskey" after "Emile Heskey"): a German noun or an opening word is not a speaker.
  const lone =
    run &&
    run.name.split(' ').length === 1 &&
    !run.titled &&
    (ctx.language === 'en'
      ? ctx.fullName(run.name) === run.name
      : !ctx.runs.some((r) => r.name.includes(' ') && sameSurname(r.name.split(' ').at(-1)!, run.name, ctx.language)));
  // A lone capitalised word inside a role phrase is part of the role: "el jefe de Gobierno".
  if (run && ctx.language !== 'en' && lone) return foreignRole(tokens, text, at, ctx, recent);
  // "The Swedish brochure", "the Kremlin spokesman": a name that only qualifies the noun after it.
  const modifier =
    ctx.language === 'en' && run && tokens.slice(run.to + 1 - attribution.from).some((t) => t.pos === 'NOUN');
  if (run && !modifier) {
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
  if (ctx.language !== 'en') return foreignRole(tokens, text, at, ctx, recent);
  if (!head) return null;
  const plural = head.lemma !== head.text.toLowerCase() && /s$/i.test(head.text);
  // A document speaks for whoever issued it: "a statement from the ministry", not "a statement".
  const document = DOCUMENTS.has(head.lemma);
  const issued = (phrase: string) => /\b(?:from|by|of)\s/i.test(phrase);
  if (INDEFINITE.test(determiner) || plural) return document && !issued(text) ? null : source(text);
  // "The source insisted": the unnamed source of that kind the article quoted before.
  const earlier = recent.findLast(
    (r) => r.speaker.kind === 'source' && before(r.at, at) && r.name.toLowerCase().includes(head.lemma),
  );
  if (earlier) return { speaker: earlier.speaker, basis: 'source' };
  const introduced = introducedSource(head.lemma, at, ctx);
  if (introduced && /^(the|this|that)$/i.test(determiner))
    return document && !issued(introduced) ? null : source(introduced);
  // "the statement said", "according to the report": a document that names no one who issued it
  // speaks for someone the phrase does not say; its issuer, when named, is printed in the phrase.
  if (document) return issued(text) ? source(text) : null;
  // "the ambassador", "his spokeswoman": the person the article introduced in that role, or the role as written.
  const holder = roleHolder(head.lemma, at, ctx);
  if (holder) return { speaker: holder, basis: 'role' };
  // "the then prime minister said" where the article tied the role to no one: the one person the
  // narrative is about here, or no one when several are named; a role nobody could hold is a source.
  if (/^(the|his|her|their)$/i.test(determiner) && isPersonRole(head)) {
    const sole = soleNamedPerson(at, ctx, recent);
    if (sole !== undefined) return sole ? { speaker: sole, basis: 'role' } : null;
  }
  return source(text);
}

/** Nouns of documents and publications: what speaks for whoever issued it. */
const DOCUMENTS = new Set(
  (
    'statement report document letter memo memorandum note release communique communiqué filing briefing ' +
    'transcript minute email post tweet study survey paper analysis review assessment draft summary notice ' +
    'complaint indictment affidavit ruling order lawsuit petition guidance announcement brochure pamphlet ' +
    'leaflet booklet handbook manual website'
  ).split(' '),
);

/** Nouns of people's roles: titles, and words that name what a person is or does. */
const ROLE_NOUNS = new Set(
  (
    'official spokesman spokeswoman spokesperson leader head boss founder owner lawyer prosecutor economist ' +
    'analyst researcher scientist doctor actor actress singer writer author filmmaker producer songwriter ' +
    'musician artist player striker star candidate lawmaker legislator politician activist expert adviser ' +
    'advisor aide diplomat envoy negotiator manager executive chairman chairwoman premier minister president ' +
    'secretary governor mayor senator congressman congresswoman ambassador general commander officer chief ' +
    'coach captain judge teacher'
  ).split(' '),
);

/** Whether a noun names a person's role ("the minister", "the economist"), not a thing or a document. */
const isPersonRole = (t: { text: string; lemma: string }) =>
  isTitle(t.text) || ROLE_NOUNS.has(t.lemma) || /(?:man|woman|person|ist|ian)$/i.test(t.lemma);

/**
 * Whether a name the article prints is a person's, for reading a role phrase: the evidence of
 * names.ts, or a surname the article also prints alone (people are called by their surname, bodies
 * and places are not called by their last word).
 */
function namesPerson(name: string, ctx: SpeakerContext): boolean {
  if (ctx.facts.isPerson(name)) return true;
  const words = name.split(' ');
  const last = words.at(-1)!;
  if (words.length > 1) return !/^[\p{Lu}\s]+$/u.test(name) && ctx.runs.some((r) => r.name === last);
  return ctx.runs.some((r) => r.name.includes(' ') && sameSurname(r.name.split(' ').at(-1)!, last, ctx.language));
}

/**
 * Who a role phrase the article did not tie to a name can mean: the one person named before `at`
 * in its paragraph, or, when it names none, in the paragraph before; when neither names anyone,
 * the person quoted last, a few paragraphs back at most. Null when several are named (the phrase
 * is ambiguous), undefined when no one can be meant.
 */
function soleNamedPerson(
  at: Position,
  ctx: SpeakerContext,
  recent: readonly RecentSpeaker[],
): Speaker | null | undefined {
  for (const p of [at[0], at[0] - 1]) {
    const names = new Set<string>();
    for (const run of ctx.runs) {
      if (run.paragraph !== p || (p === at[0] && run.from >= at[1])) continue;
      if (ctx.reads[p]!.tokens[run.from]!.quote >= 0) continue;
      const name = ctx.fullName(run.name, run.titled);
      if (namesPerson(name, ctx)) names.add(name);
    }
    if (names.size === 1) return namedSpeaker([...names][0]!, ctx);
    if (names.size > 1) return null;
  }
  const last = recent.findLast((r) => before(r.at, at) && at[0] - r.at[0] <= 6 && r.speaker.kind !== 'source');
  return last?.speaker;
}

/** Nouns of bodies and documents in the languages read without parts of speech: what speaks for no one person. */
const BODY_NOUNS = new Set(
  (
    'comunicado communiqué nota note informe rapport relatório rapporto bericht documento document carta lettre ' +
    'lettera brief texto texte testo diario journal jornal giornale periódico zeitung blatt agencia agence agência ' +
    'agenzia agentur gobierno gouvernement governo regierung ministerio ministère ministério ministero ' +
    'ministerium comisión commission comissão commissione kommission partido parti partito partei empresa ' +
    'entreprise azienda unternehmen konzern compañía société companhia società club clube verein policía police ' +
    'polícia polizia polizei tribunal gericht corte cour ejecutivo exécutif executivo esecutivo sindicato ' +
    'syndicat sindacato gewerkschaft organización organisation organização organizzazione estudio étude estudo ' +
    'studio studie encuesta sondage pesquisa sondaggio umfrage declaración déclaration declaração dichiarazione ' +
    'erklärung mitteilung server web portal sitio site deník list web noviny redakce vláda ministerstvo ' +
    'úřad policie soud firma společnost klub правительство министерство ведомство агентство газета издание ' +
    'компания суд полиция пресс-служба'
  ).split(' '),
);

/** Of those, the documents: they speak for whoever issued them. */
const FOREIGN_DOCUMENTS = new Set(
  (
    'comunicado communiqué nota note informe rapport relatório rapporto bericht documento document carta lettre ' +
    'lettera brief texto texte testo estudio étude estudo studio studie encuesta sondage pesquisa sondaggio ' +
    'umfrage declaración déclaration declaração dichiarazione erklärung mitteilung'
  ).split(' '),
);

const INDEFINITE_ARTICLE = /^(un|une|ein|eine|einer|una|uno|um|uma|un’)$/iu;

/**
 * A role phrase in a language read without parts of speech ("dijo el jefe de Gobierno", "tvrdí
 * mladá anglická superstar"): an unnamed source when indefinite, else the one person the paragraph
 * (or the one before) names, else no one.
 */
function foreignRole(
  tokens: readonly { text: string }[],
  text: string,
  at: Position,
  ctx: SpeakerContext,
  recent: readonly RecentSpeaker[],
): { speaker: Speaker | null; basis: Basis } | null {
  if (INDEFINITE_ARTICLE.test(tokens[0]!.text)) return source(text);
  if (!/^\p{Ll}/u.test(tokens[0]!.text) && !/^(la|el|le|il|lo|der|die|das|o)$/iu.test(tokens[0]!.text)) return null;
  // "sagte die Regierung", "dijo el comunicado del ministerio": a body, or a document with who issued
  // it, speaks as the article words it; a document alone ("dijo el comunicado") names no one.
  const body = tokens.slice(0, 3).findIndex((t) => BODY_NOUNS.has(t.text.toLowerCase()));
  if (body >= 0) {
    const issuer = tokens
      .slice(body + 1)
      .some(
        (t) =>
          /^\p{Lu}/u.test(t.text) ||
          (BODY_NOUNS.has(t.text.toLowerCase()) && !FOREIGN_DOCUMENTS.has(t.text.toLowerCase())),
      );
    return FOREIGN_DOCUMENTS.has(tokens[body]!.text.toLowerCase()) && !issuer ? null : source(text);
  }
  const sole = soleNamedPerson(at, ctx, recent) ?? roleTiedPerson(tokens, at, ctx);
  return sole ? { speaker: sole, basis: 'role' } : null;
}

/** Prepositions and conjunctions of four letters or more, which tie no role to a name. */
const FUNCTION_WORDS = new Set(
  (
    'para sobre como desde entre hasta contra pour dans avec sans chez selon depuis entre mais pelo pela pelos ' +
    'pelas sobre como mas della dello delle degli nella nello sulla sullo dalla dallo über nach gegen unter ' +
    'eines einer einem seit sowie oder aber'
  ).split(' '),
);

/** Whether two words are one, or forms of one ("ministro", "ministra"): a common stem of five letters. */
const sameWord = (a: string, b: string) => {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 5 && common >= Math.max(a.length, b.length) - 2;
};

/**
 * The lower-case words that give a name its role: before it, back to another capitalised word
 * ("el presidente checo, el conservador Jan Kos"), and in an apposition after it (", la ministra de
 * Cultura"), within its sentence.
 */
function roleWordsNear(tokens: ReadParagraph['tokens'], from: number, to: number): string[] {
  const words: string[] = [];
  const { sentence } = tokens[from]!;
  const usable = (k: number) =>
    tokens[k] !== undefined &&
    tokens[k]!.sentence === sentence &&
    tokens[k]!.quote < 0 &&
    !/^\p{Lu}/u.test(tokens[k]!.text);
  for (let k = from - 1; k >= from - 8 && usable(k); k--) words.push(tokens[k]!.text.toLowerCase());
  if (tokens[to + 1]?.text === ',')
    for (let k = to + 2; k <= to + 8 && usable(k) && tokens[k]!.text !== ','; k++)
      words.push(tokens[k]!.text.toLowerCase());
  return words;
}

/**
 * Of the several people a paragraph (or the one before) names, the one it names with the role a
 * role phrase gives ("el primer ministro polaco, Jan Kos, ... dijo el jefe de Gobierno polaco"):
 * a word of four letters or more shared by the role phrase and the words next to the name in its
 * sentence. Null when none or several are.
 */
function roleTiedPerson(role: readonly { text: string }[], at: Position, ctx: SpeakerContext): Speaker | null {
  const roleWords = role
    .map((t) => t.text.toLowerCase())
    .filter((w) => w.length >= 4 && /^\p{L}+$/u.test(w) && !FUNCTION_WORDS.has(w));
  for (const p of [at[0], at[0] - 1]) {
    const tokens = ctx.reads[p]?.tokens;
    if (!tokens) continue;
    const tied = new Set<string>();
    let named = false;
    for (const run of ctx.runs) {
      if (run.paragraph !== p || (p === at[0] && run.from >= at[1]) || tokens[run.from]!.quote >= 0) continue;
      const name = ctx.fullName(run.name, run.titled);
      if (!namesPerson(name, ctx)) continue;
      named = true;
      const near = roleWordsNear(tokens, run.from, run.to);
      if (near.some((w) => roleWords.some((r) => sameWord(w, r)))) tied.add(name);
    }
    if (tied.size === 1) return namedSpeaker([...tied][0]!, ctx);
    if (named) return null;
  }
  return null;
}
