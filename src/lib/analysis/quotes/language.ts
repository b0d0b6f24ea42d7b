/**
 * The words that attribute a quotation, by language. English verbs are matched by lemma, so any
 * tense or auxiliary counts ("says", "has admitted", "had told"); other languages by their forms
 * (verbs.ts), as the NLP model reads English only.
 */

/** English speech verbs, as lemmas. */
export const SPEECH_LEMMAS = new Set([
  'say',
  'tell',
  'add',
  'state',
  'explain',
  'note',
  'write',
  'claim',
  'report',
  'recall',
  'promise',
  'admit',
  'insist',
  'warn',
  'argue',
  'ask',
  'reply',
  'respond',
  'describe',
  'predict',
  'suggest',
  'declare',
  'announce',
  'observe',
  'remark',
  'acknowledge',
  'concede',
  'stress',
  'emphasize',
  'emphasise',
  'confirm',
  'deny',
  'joke',
  'quip',
  'vow',
  'complain',
  'conclude',
  'continue',
  'lament',
  'boast',
  'muse',
  'sum',
  'tweet',
  'post',
  'testify',
  'urge',
  'caution',
  'mention',
  'agree',
  'counter',
  'reveal',
  'recount',
  'yell',
  'shout',
  'whisper',
  'scream',
  'exclaim',
  'assert',
  'maintain',
  'estimate',
  'pledge',
  'plead',
  'charge',
  'allege',
  'contend',
  'groan',
  'sigh',
  'laugh',
  'wonder',
  'thunder',
  'snap',
  'retort',
  'demand',
  'proclaim',
  'announce',
  'inform',
  'reiterate',
  'affirm',
  'point',
  'comment',
  'elaborate',
  'chime',
  'interject',
  'opine',
  'question',
  'advise',
  'quote',
  'recommend',
  'concur',
  'object',
  'protest',
  'sing',
  'call',
  'dub',
  'brand',
  'term',
  'label',
]);

/** Verbs that name a thing as much as they report speech: they attribute only a phrase they introduce. */
export const NAMING_LEMMAS = new Set(['call', 'dub', 'brand', 'term', 'label', 'describe']);

/**
 * "According to X" and its equivalents: the speaker follows. "For X" opening a sentence gives X's
 * view as well ("Para o economista Pedro Alves, «…»", "Per il ministro …").
 */
const ACCORDING: Record<string, RegExp> = {
  en: /\baccording to\s*$/iu,
  fr: /\b(?:selon|d’après|d'après|pour)\s*$/iu,
  de: /(?:\b(?:laut|nach Angaben von|zufolge)|^\s*für)\s*$/iu,
  es: /(?:\b(?:según|de acuerdo con)|^\s*para)\s*$/iu,
  pt: /(?:\b(?:segundo|de acordo com|conforme)|^\s*para)\s*$/iu,
  cs: /\b(?:podle|dle)\s*$/iu,
  ru: /(?:по словам|по мнению|как считает|по данным)\s*$/iu,
  it: /(?:\b(?:secondo)|^\s*per)\s*$/iu,
};

/** The language's main subtag: "en-GB" -> "en". */
export const baseLanguage = (language: string | undefined) => (language ?? 'en').toLowerCase().split('-')[0]!;

/** Whether `text` ends with the language's "according to". */
export function endsWithAccording(text: string, language: string): boolean {
  return (ACCORDING[language] ?? ACCORDING.en!).test(text);
}

/** Pronouns that stand for a person as the subject of speech. */
export const PERSON_PRONOUNS = new Set([
  'he',
  'she',
  'il',
  'elle',
  'er',
  'sie',
  'él',
  'ella',
  'ele',
  'ela',
  'on',
  'ona',
  'он',
  'она',
  'lui',
  'lei',
  '他',
  '她',
  '彼',
  '彼女',
]);

/**
 * Titles and honorifics printed before a name: part of how the article refers to the person, not of
 * their name ("Mr. Reeves", "Sen. John Smith", "CEO John Mackey").
 */
export const TITLES = new Set(
  (
    'mr mrs ms miss mx dr sir dame lord lady sen senator rep representative gov governor gen general col colonel ' +
    'lt lieutenant sgt sergeant capt captain adm admiral maj major cmdr commander prof professor president ' +
    'vice prime minister chancellor secretary judge justice ceo cfo coo cto chief chairman chairwoman chair ' +
    'director ambassador pope king queen prince princess rev reverend father sister brother mayor commissioner ' +
    'detective inspector superintendent constable deputy officer coach dean speaker premier attorney foreign ' +
    'defence defense finance interior health education former acting interim assistant associate ' +
    'executive senior first grand bishop archbishop cardinal rabbi imam sheikh emir sultan crown st saint ' +
    'm mme mlle herr frau sr sra dom dona pan paní pani господин госпожа президент премьер-министр министр ' +
    // Roles printed before a name in French, Spanish, Portuguese and Italian ("le député Éric Ciotti",
    // "o senador Lasier Martins", "il sindaco Giuseppe Sala").
    'président présidente ministre député députée sénateur sénatrice maire porte-parole juge ' +
    'presidente presidenta ministro ministra diputado diputada senador senadora alcalde alcaldesa ' +
    'gobernador gobernadora portavoz juez jueza deputado deputada governador governadora prefeito prefeita ' +
    'juiz juíza porta-voz sindaco deputato deputata senatore senatrice giudice premier ' +
    'ex-presidente ex-ministro'
  ).split(' '),
);
