/**
 * Speech verbs of the languages the NLP model does not read, in every form news writing prints
 * them: generated from their dictionary forms by each language's regular conjugation (present,
 * past, imperfect, participle for the compound tenses), with the irregular forms listed. A
 * generated list keeps tenses and persons from being forgotten one by one ("remarca" but not
 * "remarcó"), and the participle alone matches every compound tense ("a déclaré", "avait
 * déclaré", "a-t-il déclaré"), the auxiliary being skipped on the way to the subject.
 */

/** French verbs of the first group (-er), by infinitive. */
const FR_ER =
  'déclarer affirmer expliquer souligner ajouter estimer assurer indiquer préciser confier raconter observer noter ' +
  'ironiser annoncer plaider commenter résumer regretter trancher dénoncer juger insister avouer constater relever ' +
  'déplorer demander exclamer inquiéter féliciter réjouir désoler agacer glisser lâcher souffler tonner fustiger ' +
  'critiquer alerter clamer réclamer argumenter analyser détailler interpeller témoigner confirmer certifier ' +
  'marteler rappeler lancer prononcer répliquer rétorquer objecter renchérir enchaîner poursuivre conclure ' +
  'interroger questionner s’interroger raconter résumer tweeter écrire saluer admettre nuancer abonder ' +
  'reconnaître expliquer prévenir menacer promettre jurer protester rassurer mettre confesser avancer ' +
  'souligner pointer accuser défendre citer relativiser justifier développer enchérir rapporter';

/** French forms outside the regular pattern, or of other groups. */
const FR_IRREGULAR =
  'dit disent disait disaient dira dirait dît écrit écrivent écrivait écrivit répond répondent répondait répondit ' +
  'répondu reconnaît reconnait reconnaissent reconnaissait reconnut reconnu promet promettent promit promis admet ' +
  'admit admis poursuit poursuivent poursuivait poursuivit poursuivi conclut concluent concluait conclu prévient ' +
  'prévint prévenu soutient soutiennent soutenait soutint soutenu reprend reprennent reprenait reprit repris ' +
  'avertit avertissent avertissait averti réagit réagissent réagissait réagi défend défendent défendait défendit ' +
  'défendu martèle martèlent rappelle rappellent lança lançait annonça annonçait dénonça dénonçait prononça ' +
  'jugea jugeait interrogea interrogeait s’inquiète s’interroge sourit souriait rit riait convient convenu ' +
  'confie insiste ' +
  // Present participles, of the verbs whose participle is no adjective ("inquiétant", "rassurant" are).
  'déclarant affirmant expliquant soulignant ajoutant estimant assurant précisant indiquant jugeant ' +
  'rappelant annonçant dénonçant martelant regrettant disant écrivant répondant reconnaissant promettant admettant concluant prévenant ' +
  'soutenant reprenant avertissant réagissant';

/** The regular forms of a French -er verb: present, simple past, imperfect, future, participle. */
function frenchForms(infinitive: string): string[] {
  const verb = infinitive.replace(/^s[’']/u, '');
  if (!verb.endsWith('er')) return [];
  const stem = verb.slice(0, -2);
  const soft = /[cg]$/u.test(stem) ? (stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : `${stem}e`) : stem;
  return [
    ...['e', 'ent', 'ait', 'aient', 'era', 'erait', 'é', 'ée', 'és', 'ées'].map((e) => stem + e),
    ...['a', 'èrent'].map((e) => soft + e),
  ];
}

/** German weak verbs, by infinitive (inseparable prefixes and -ieren take no ge- in the participle). */
const DE_WEAK =
  'sagen erklären betonen meinen fügen warnen kritisieren fordern erzählen berichten räumen bestätigen behaupten ' +
  'antworten ergänzen teilen zitieren bekräftigen erläutern kündigen klagen beklagen mahnen kommentieren ' +
  'resümieren urteilen erinnern schildern versichern beteuern bilanzieren twittern posten jubeln schwärmen ' +
  'scherzen seufzen fragen entgegnen argumentieren analysieren appellieren loben glauben hoffen ' +
  'verteidigen ankündigen mutmaßen vermuten lachen ärgern freuen wundern unterstreichen präzisieren ' +
  'schimpfen protestieren';

const DE_IRREGULAR =
  'schrieb schrieben schreibt geschrieben sprach sprachen spricht gesprochen rief riefen ruft gerufen ' +
  'versprach versprachen verspricht versprochen hieß heißt verriet verrät verraten gestand gesteht gestanden ' +
  'bekannte bekennt wies weist hingewiesen empfahl empfiehlt empfohlen findet unterstrich ' +
  'unterstreicht unterstrichen nannte nennt genannt bat bittet gebeten ' +
  'sagte sagt gesagt';

const INSEPARABLE = /^(be|er|ver|ent|zer|ge|emp|miss|unter|über|wider)/u;

/** The forms of a German weak verb: present, past, participle (stems in -t/-d take an -e-). */
function germanForms(infinitive: string): string[] {
  const stem = infinitive.replace(/e?n$/u, '');
  const e = /[td]$/u.test(stem) || /[^aeiouäöülr][mn]$/u.test(stem) ? 'e' : '';
  const participle = stem.endsWith('ier') || INSEPARABLE.test(infinitive) ? `${stem}${e}t` : `ge${stem}${e}t`;
  return [`${stem}${e}t`, `${stem}${e}te`, `${stem}${e}ten`, `${stem}en`, participle];
}

/** Spanish verbs by infinitive; stem changes and irregular forms are listed apart. */
const ES_REGULAR =
  'afirmar declarar explicar señalar asegurar añadir subrayar indicar insistir escribir apuntar destacar ' +
  'manifestar agregar recordar defender reconocer comentar anunciar prometer remarcar precisar criticar ' +
  'denunciar lamentar reclamar aclarar admitir apostillar valorar opinar considerar contar relatar expresar ' +
  'sentenciar zanjar responder preguntar alertar avisar argumentar reiterar confesar exclamar resumir ' +
  'proclamar plantear detallar puntualizar agradecer advertir sostener concluir pedir matizar ironizar ' +
  'reivindicar celebrar recalcar enfatizar incidir esgrimir justificar confirmar asumir replicar espetar ' +
  'bromear avanzar insinuar desvelar revelar tuitear publicar lanzar contestar prevenir';

const ES_IRREGULAR =
  'dijo dijeron dice dicen decía decían dicho sostuvo sostuvieron sostiene sostienen advirtió advirtieron ' +
  'advierte advierten manifiesta manifiestan recuerda recuerdan defiende defienden reconoce reconocen cuenta ' +
  'cuentan confiesa confiesan concluyó concluye concluyen pidió pidieron pide piden escrito previno previene ' +
  'insiste diciendo exigió exige exigen exigieron exigía';

/** The regular forms of a Spanish verb: present, preterite, imperfect, participle. */
function spanishForms(infinitive: string): string[] {
  const stem = infinitive.slice(0, -2);
  const ending = infinitive.slice(-2);
  // "explicar" -> "expliqué", but the third person keeps the c; only what news prints is needed.
  // The gerund too: "respondió diciendo", "afirmando que".
  if (ending === 'ar') return ['a', 'an', 'ó', 'aron', 'aba', 'aban', 'ado', 'ará', 'ando'].map((e) => stem + e);
  if (ending === 'er') return ['e', 'en', 'ió', 'ieron', 'ía', 'ían', 'ido', 'erá', 'iendo'].map((e) => stem + e);
  return ['e', 'en', 'ió', 'ieron', 'ía', 'ían', 'ido', 'irá', 'iendo'].map((e) => stem + e);
}

const PT_REGULAR =
  'afirmar declarar explicar ressaltar destacar completar acrescentar contar lembrar garantir escrever ' +
  'comentar avaliar falar admitir reconhecer prometer questionar brincar defender argumentar observar ' +
  'pontuar salientar sublinhar frisar relatar criticar alertar avisar responder perguntar concluir revelar ' +
  'informar assegurar insistir apontar considerar indicar anunciar sustentar enfatizar reforçar desabafar ' +
  'confessar analisar opinar ponderar reiterar citar declarar recordar negar confirmar rebater disparar ' +
  'celebrar lamentar criticar defender alegar justificar classificar esclarecer adiantar detalhar ' +
  'acrescentar publicar escrever advertir reclamar denunciar';

const PT_IRREGULAR =
  'disse disseram diz dizem dizia diziam dito escrito contou contaram conta contam concluiu concluíram ' +
  'conclui concluem dizendo';

/** The regular forms of a Portuguese verb: present, preterite, imperfect, participle. */
function portugueseForms(infinitive: string): string[] {
  const stem = infinitive.slice(0, -2);
  const ending = infinitive.slice(-2);
  if (ending === 'ar') return ['a', 'am', 'ou', 'aram', 'ava', 'avam', 'ado', 'ando'].map((e) => stem + e);
  if (ending === 'er') return ['e', 'em', 'eu', 'eram', 'ia', 'iam', 'ido', 'endo'].map((e) => stem + e);
  return ['e', 'em', 'iu', 'iram', 'ia', 'iam', 'ido', 'indo'].map((e) => stem + e);
}

const IT_REGULAR =
  'dichiarare affermare spiegare sottolineare ricordare osservare commentare precisare annunciare raccontare ' +
  'denunciare assicurare evidenziare rimarcare puntualizzare attaccare replicare incalzare avvisare ' +
  'confermare rivelare confessare lamentare esclamare ironizzare ribadire garantire avvertire chiarire ' +
  'insistere sostenere aggiungere rispondere chiedere ammettere concludere scrivere twittare ' +
  'accusare criticare elencare argomentare ammonire tuonare sbottare motivare dettagliare segnalare';

const IT_IRREGULAR =
  'dice dicono disse dissero diceva dicevano detto aggiunge aggiungono aggiunse aggiunto scrive scrivono ' +
  'scrisse scritto risponde rispondono rispose risposto chiede chiedono chiese chiesto ammette ammise ' +
  'ammesso conclude concluse concluso sostiene sostengono sostenne sostenuto ribadisce ribadiscono ' +
  'garantisce chiarisce insiste insistito dicendo';

/** The regular forms of an Italian verb: present, simple past, imperfect, participle. */
function italianForms(infinitive: string): string[] {
  const stem = infinitive.slice(0, -3);
  const ending = infinitive.slice(-3);
  if (ending === 'are') return ['a', 'ano', 'ò', 'arono', 'ava', 'avano', 'ato', 'ando'].map((e) => stem + e);
  if (ending === 'ere') return ['e', 'ono', 'eva', 'evano', 'uto', 'endo'].map((e) => stem + e);
  return ['e', 'ono', 'ì', 'irono', 'iva', 'ivano', 'ito', 'endo'].map((e) => stem + e);
}

/** Czech past stems (the past tense adds -l, -la, -li, -ly, -lo) and present third persons. */
const CS_PAST =
  'řek řekl|uved|prohlási|doda|vysvětli|napsa|míni|tvrdi|poznamena|zdůrazni|upozorni|konstatova|dopln|' +
  'doplni|varova|sděli|prozradi|pochvalova|hodnoti|oceni|přizna|popsa|potvrdi|odpověd|odpověděl|zepta|' +
  'pokračova|uzavře|svěři|pochváli|kritizova|vzkáza|oznámi|přirovna|přirovnáva|líči|vyprávě|komentova|' +
  'říka|psa|dodáva|vysvětlova|upozorňova|zdůrazňova|podotk|připomně|připomína|usmá|prohlašova|svěřova|' +
  'přiznáva|vzpomína|glosova|informova|reagova|zmíni|uzna|posteskl|nadch|rozplýva|smá|pravi|odvětil|' +
  'ujisti|slíbi|vyzva|dodával|míni|soudi|myslel|věři|hlási|apelova|zhodnoti|bilancova|shrnu|ohradi|' +
  'namíta|oponova|zdůvodni|vysvětli';

const CS_PRESENT =
  'říká říkají tvrdí míní uvádí dodává dodávají vysvětluje upozorňuje zdůrazňuje poznamenává připomíná ' +
  'přiznává hodnotí oceňuje líčí vypráví komentuje konstatuje prohlašuje soudí myslí věří píše píšou ' +
  'přirovnává vzpomíná pochvaluje svěřuje sděluje varuje doplňuje pokračuje odpovídá ptá glosuje ' +
  'kroutí hlásí upozorní zdůrazní dodá řekne uvede napíše';

function czechForms(stem: string): string[] {
  // "řek" and "řekl" are both stems: "řekl" (masculine), "řekla"; listed stems end before the l.
  if (stem.endsWith('l')) return [stem, `${stem}a`, `${stem}i`, `${stem}y`, `${stem}o`];
  return ['l', 'la', 'li', 'ly', 'lo'].map((e) => stem + e);
}

/** Russian past stems (the past adds -л, -ла, -ли, and -лся, -лась, -лись when reflexive) and present forms. */
const RU_PAST =
  'сказа заяви отмети добави подчеркну поясни рассказа сообщи написа говори призна ответи спроси пошути ' +
  'объясни указа предупреди уточни продолжи констатирова замети повтори уверя убежда резюмирова напомни ' +
  'признава пообеща возрази согласи посетова пожалова воскликну начал закончи попроси поинтересова ' +
  'оцени подыто рассуди высказа подели призва потребова отреза парирова ' +
  'усмехну улыбну засмея вспомни пояснил утвержда настаива добавля отмеча заявля подчеркива ' +
  'поясня рассказыва сообща объясня предупрежда уточня замеча напомина призна заверил завери';

const RU_PRESENT =
  'говорит говорят считает считают уверен уверена уверены отмечает отмечают заявляет заявляют ' +
  'подчеркивает подчёркивает поясняет рассказывает сообщает сообщают пишет пишут признает признаёт ' +
  'добавляет уточняет объясняет замечает уверяет напоминает предупреждает полагает убежден убеждена ' +
  'убеждён констатирует резюмирует утверждает настаивает произнес произнёс произнесла спрашивает ' +
  'отвечает продолжает вспоминает делится жалуется соглашается возражает';

function russianForms(stem: string): string[] {
  if (/[^\p{Script=Cyrillic}]/u.test(stem)) return [];
  if (stem.endsWith('л')) return [stem, `${stem}а`, `${stem}и`, `${stem}ся`, `${stem}ась`, `${stem}ись`];
  return ['л', 'ла', 'ли', 'лся', 'лась', 'лись'].map((e) => stem + e);
}

const words = (list: string) => list.split(/[\s|]+/u).filter(Boolean);

/** Forms of several words, matched as a phrase. */
const PHRASES: Record<string, readonly string[]> = {
  cs: ['nechal se slyšet', 'nechala se slyšet', 'přidává se', 'přidal se', 'přidala se'],
  de: ['fügte hinzu', 'fügt hinzu', 'gab an', 'gibt an', 'heißt es'],
};

function build(language: string): string[] {
  switch (language) {
    case 'fr':
      return [...words(FR_ER).flatMap(frenchForms), ...words(FR_IRREGULAR)];
    case 'de':
      return [...words(DE_WEAK).flatMap(germanForms), ...words(DE_IRREGULAR)];
    case 'es':
      return [...words(ES_REGULAR).flatMap(spanishForms), ...words(ES_IRREGULAR)];
    case 'pt':
      return [...words(PT_REGULAR).flatMap(portugueseForms), ...words(PT_IRREGULAR)];
    case 'it':
      return [...words(IT_REGULAR).flatMap(italianForms), ...words(IT_IRREGULAR)];
    case 'cs':
      return [...words(CS_PAST).flatMap(czechForms), ...words(CS_PRESENT)];
    case 'ru':
      return [...words(RU_PAST).flatMap(russianForms), ...words(RU_PRESENT)];
    default:
      return [];
  }
}

/** The speech-verb forms of a language: single words, and phrases by their first word. */
export interface VerbIndex {
  single: ReadonlySet<string>;
  phrases: ReadonlyMap<string, readonly string[][]>;
}

const cache = new Map<string, VerbIndex>();

/** The index of a language's speech-verb forms, built once per process. */
export function speechVerbs(language: string): VerbIndex {
  let index = cache.get(language);
  if (!index) {
    const phrases = new Map<string, string[][]>();
    for (const phrase of PHRASES[language] ?? []) {
      const parts = phrase.split(' ');
      phrases.set(parts[0]!, [...(phrases.get(parts[0]!) ?? []), parts]);
    }
    index = { single: new Set(build(language).map((f) => f.toLowerCase())), phrases };
    cache.set(language, index);
  }
  return index;
}

/**
 * Adverbs of reporting, which stand between a subject and its speech verb ("Dupont a ensuite
 * déclaré") and between the verb and a subject after it ("sagt auch Stenger", "dijo también
 * García").
 */
const ADVERBS: Record<string, ReadonlySet<string>> = {
  fr: new Set(
    words(
      'encore aussi déjà alors ensuite ainsi également d’ailleurs pourtant enfin toutefois même cependant donc bien plutôt',
    ),
  ),
  de: new Set(words('auch noch schon dann nun jetzt')),
  es: new Set(words('también ya además luego entonces incluso')),
  pt: new Set(words('também já ainda então depois')),
  it: new Set(words('anche già poi inoltre ancora')),
  cs: new Set(words('také už pak ještě dále rovněž navíc tehdy prý')),
  ru: new Set(words('уже также еще ещё тоже потом затем тогда же')),
};

/**
 * Words that stand between a subject and its speech verb without being either: auxiliaries of the
 * compound tenses, clitic and reflexive pronouns, negation and the adverbs of reporting ("Dupont a
 * ensuite déclaré", "Müller hat gesagt", "García ha señalado", "Novák se nechal slyšet").
 */
const BETWEEN: Record<string, ReadonlySet<string>> = {
  fr: new Set(
    words(
      "a ont avait avaient aurait auraient aura est sont était s’est s'est se s’ s' lui leur nous vous ne n’ pas y en l’a l'a",
    ),
  ),
  de: new Set(words('hat haben hatte hatten habe hätte hätten ist war wird würde')),
  es: new Set(words('ha han había habían habría haya se le les lo la no')),
  pt: new Set(words('tem têm tinha tinham havia terá teria se lhe lhes não ao')),
  it: new Set(words('ha hanno aveva avevano avrebbe è sono era si gli le ci non')),
  cs: new Set(words('se si mu jí jim mi to')),
  ru: new Set(words('и не ему ей им мне нам')),
};

/** Whether a word is an adverb of reporting in `language`, which may stand between a speech verb and its subject. */
export const adverbOfReporting = (language: string, word: string) =>
  ADVERBS[language]?.has(word.toLowerCase()) ?? false;

/** Whether a word can stand between a subject and its speech verb in `language`. */
export const between = (language: string, word: string) =>
  (BETWEEN[language]?.has(word.toLowerCase()) ?? false) || adverbOfReporting(language, word);
