/**
 * The attribution rules one by one, on made-up sentences: speech verbs in every tense of the
 * languages read without parts of speech, role phrases, colons, Japanese and Chinese attribution,
 * and the places where the extractor must abstain.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../../src/lib/analysis/nlp';
import { extractQuotes } from '../../../../../src/lib/analysis/quotes/extract';
import { speechVerbs } from '../../../../../src/lib/analysis/quotes/verbs';

const run = (language: string, ...texts: string[]) =>
  extractQuotes(
    texts.map((text, i) => ({ id: `p-${i + 1}`, text })),
    { findMentions: () => [], language },
  ).map((q) => [
    q.text,
    q.speaker &&
      (q.speaker.kind === 'name' ? q.speaker.name : q.speaker.kind === 'source' ? q.speaker.description : q.speaker.id),
  ]);

describe('speech verbs of languages read without parts of speech', () => {
  it('are generated in every tense and person news writing uses', () => {
    const has = (language: string, ...forms: string[]) =>
      forms.forEach((f) => expect(speechVerbs(language).single.has(f), `${language} ${f}`).toBe(true));
    has('es', 'remarca', 'remarcó', 'remarcado', 'dijo', 'advirtió', 'reclamaron');
    has('fr', 'explique', 'expliqua', 'expliqué', 'dit', 'répondu', 'martèle');
    has('de', 'erklärte', 'erklärt', 'gesagt', 'kritisierte', 'betonten', 'antwortete');
    has('pt', 'afirmou', 'afirmaram', 'disse', 'ressaltou');
    has('it', 'spiegato', 'aggiunto', 'sottolinea', 'detto');
    has('cs', 'řekla', 'zdůraznil', 'zdůrazňuje', 'poznamenala');
    has('ru', 'сказала', 'признался', 'заявили', 'считает');
  });

  it('keeps words that wink splits at letters outside Latin-1 whole', () => {
    expect(tokenize('Antonín Dvořák řekl, že přijde.').map((t) => t.text)).toEqual([
      'Antonín',
      'Dvořák',
      'řekl',
      ',',
      'že',
      'přijde',
      '.',
    ]);
  });
});

describe('attribution in languages read without parts of speech', () => {
  it('finds the subject across auxiliaries, glued pronouns and roles', () => {
    expect(run('fr', 'Pour l’historienne Claire Morel, « la mémoire se transmet mal ».')).toEqual([
      ['la mémoire se transmet mal', 'Claire Morel'],
    ]);
    expect(run('it', '«Non ci sono altre strade», ha detto il sindaco Paolo Conti.')).toEqual([
      ['Non ci sono altre strade', 'Paolo Conti'],
    ]);
    expect(
      run(
        'fr',
        '« Le chantier durera un an », a déclaré Louis Berger.',
        '« Nous reconstruirons le pont », a-t-il assuré.',
      ),
    ).toEqual([
      ['Le chantier durera un an', 'Louis Berger'],
      ['Nous reconstruirons le pont', 'Louis Berger'],
    ]);
  });

  it('reads a definite role phrase as the one person the paragraph names, and abstains when several are', () => {
    expect(
      run(
        'es',
        'La alcaldesa de la ciudad, Marta Ibáñez, presentó el plan el lunes. “Queremos un centro abierto a todos”, dijo la regidora.',
      ),
    ).toEqual([['Queremos un centro abierto a todos', 'Marta Ibáñez']]);
    expect(
      run(
        'es',
        'Marta Ibáñez se reunió con Pedro Lozano el lunes. “Queremos un centro abierto a todos”, dijo la regidora.',
      ),
    ).toEqual([['Queremos un centro abierto a todos', null]]);
    expect(run('es', '“El plazo se ha cumplido”, señaló un portavoz del ministerio.')).toEqual([
      ['El plazo se ha cumplido', 'un portavoz del ministerio'],
    ]);
  });

  it('keeps a surname as printed where a declined full name would be a wrong form', () => {
    expect(
      run(
        'cs',
        'Trenér chválil výkon Tomáše Kroupy v obraně.',
        '„Hráli jsme dobře od první minuty,“ zdůrazňuje Kroupa.',
      ),
    ).toEqual([['Hráli jsme dobře od první minuty', 'Kroupa']]);
  });
});

describe('attribution in English', () => {
  it('gives a verb that opens a quotation with a colon to that quotation only', () => {
    expect(
      run(
        'en',
        '"It is a different craft," Lee said. "You step outside yourself and listen." Park agreed: "It is another job entirely."',
      ),
    ).toEqual([
      ['It is a different craft', 'Lee'],
      ['You step outside yourself and listen.', 'Lee'],
      ['It is another job entirely.', 'Park'],
    ]);
  });

  it('does not take the subject of the reported clause for the speaker', () => {
    expect(
      run(
        'en',
        'In a memo, Tom Reed, then her adviser, said the governor believed the plan would bring "fewer jobs and far higher prices."',
      ),
    ).toEqual([['fewer jobs and far higher prices.', 'Tom Reed']]);
  });

  it('does not make the object of "called" the narrative’s subject', () => {
    expect(
      run(
        'en',
        'Ann Cole called Beth Rowe’s design "remarkable," and then turned to her own work. "I was lost for a year before it," she said.',
      ),
    ).toEqual([['I was lost for a year before it', 'Ann Cole']]);
  });

  it('abstains for two speakers at once', () => {
    expect(run('en', 'Nora Hale walked on stage. "There is no road back," she and Lena Voss sing together.')).toEqual([
      ['There is no road back', null],
    ]);
  });

  it('reads a role the article tied to no one as the one person it names, or abstains', () => {
    expect(
      run(
        'en',
        'Ruth Vale tried to delay the new exams, files show.',
        'The then prime minister said the system would reward "lenient" markers and lower every standard.',
      ),
    ).toEqual([['lenient', 'Ruth Vale']]);
  });

  it('does not take a company after a name for another speaker', () => {
    expect(
      run(
        'en',
        '"Sales are still slow," said Dan Pike, president of Taylor Marine Corp. in Miami. "We have too many boats in stock."',
      ),
    ).toEqual([
      ['Sales are still slow', 'Dan Pike'],
      ['We have too many boats in stock.', 'Dan Pike'],
    ]);
  });
});

describe('attribution in Japanese and Chinese', () => {
  it('reads the topic before a quotative particle, carried into the next sentence', () => {
    expect(run('ja', '市の担当者は「来月から工事を始める」と話した。「住民への説明も続ける」と語った。')).toEqual([
      ['来月から工事を始める', '市の担当者'],
      ['住民への説明も続ける', '市の担当者'],
    ]);
  });

  it('reads a leading quotation by the paragraph after it, and not a は after a particle', () => {
    expect(run('ja', '「やっと終わった」', '近所の女性は14日、静かに語った。')).toEqual([
      ['やっと終わった', '近所の女性'],
    ]);
    expect(run('ja', '計画を巡っては、「説明が足りない」として住民らが反対している。')).toEqual([
      ['説明が足りない', '住民ら'],
    ]);
  });

  it('reads a Chinese speaker before or after the verb, and a pronoun as the last speaker', () => {
    expect(
      run(
        'zh',
        '市教育局副局长王明表示：“今年将新建三所学校。”',
        '“我们会继续努力，让更多孩子受益。”他说。',
        '据李华介绍，“项目预计明年完工。”',
      ),
    ).toEqual([
      ['今年将新建三所学校。', '市教育局副局长王明'],
      ['我们会继续努力，让更多孩子受益。', '市教育局副局长王明'],
      ['项目预计明年完工。', '李华'],
    ]);
  });

  it('does not count a term in quotation marks inside a clause as a quotation', () => {
    expect(run('zh', '各地推进“城市更新行动计划与老旧小区改造”工作取得进展。')).toEqual([]);
  });
});

describe('rules added on the enlarged development half', () => {
  it('reads a German role noun compounded before a name as a title, not as part of the name', () => {
    expect(
      run(
        'de',
        'Landwirtschaftsministerin Erika Brandt stellte den Plan vor.',
        'Vom "besten Plan seit zwanzig Jahren" sprach Landwirtschaftsministerin Brandt am Montag.',
      ),
    ).toEqual([['besten Plan seit zwanzig Jahren', 'Erika Brandt']]);
    expect(run('de', '"Das wird teuer", sagt Vertriebs-Manager Jonas Albers.')).toEqual([
      ['Das wird teuer', 'Jonas Albers'],
    ]);
  });

  it('finds a subject after a speech verb past an adverb of reporting, and not past an article', () => {
    expect(run('de', 'Jonas Albers leitet die Firma. "Wir wachsen weiter", sagt auch Albers.')).toEqual([
      ['Wir wachsen weiter', 'Jonas Albers'],
    ]);
    expect(run('fr', 'Marie Lenoir a parlé. « Nous avançons », a dit aussi Lenoir.')).toEqual([
      ['Nous avançons', 'Marie Lenoir'],
    ]);
    // "la" after the verb opens a role phrase, as before: the one person the paragraph names.
    expect(run('es', 'Ana Ruiz habló ayer. El plan "sigue siendo clave", dice la jefa del equipo.')).toEqual([
      ['sigue siendo clave', 'Ana Ruiz'],
    ]);
  });

  it('continues a speaker past the names that describe them in their own attribution', () => {
    expect(
      run(
        'en',
        '"We will open two more shops," said Dana Whitlow, the chief executive of Brightmoor Stores. "The demand is there."',
      ),
    ).toEqual([
      ['We will open two more shops', 'Dana Whitlow'],
      ['The demand is there.', 'Dana Whitlow'],
    ]);
    // Someone named in a sentence of their own still stops the continuation.
    expect(
      run(
        'en',
        '"We will open two more shops," said Dana Whitlow. Her rival Colm Brady runs the shop next door. "The demand is there."',
      ),
    ).toEqual([
      ['We will open two more shops', 'Dana Whitlow'],
      ['The demand is there.', null],
    ]);
  });

  it('does not take the title of a work after a genre noun for speech, even in an attributed sentence', () => {
    expect(
      run('en', 'Critic Lena Ford said the prize should have gone to the comedy "Sandcastles." She was not alone.'),
    ).toEqual([]);
  });
});

describe('rules for run-on quotations, role phrases, pronouns and documents', () => {
  it('continues the speaker of reported speech into a paragraph that is only a quotation', () => {
    expect(
      run(
        'en',
        'Governor Helen Marsh visited the flooded valley on Monday.',
        'The governor also admitted that the levees had been neglected for years. However, she defended the budget.',
        '"We could have done more. But the money went where it was needed most."',
      ),
    ).toEqual([['We could have done more. But the money went where it was needed most.', 'Helen Marsh']]);
    // Someone else named after the reported speech stops it.
    expect(
      run(
        'en',
        'Governor Helen Marsh visited the flooded valley on Monday.',
        'The governor admitted that the levees had been neglected, and engineer Tomas Reyes Vidal inspected them.',
        '"We could have done more. But the money went where it was needed most."',
      ),
    ).toEqual([['We could have done more. But the money went where it was needed most.', null]]);
    // A quotation that does not fill its paragraph is not run on.
    expect(
      run(
        'en',
        'Governor Helen Marsh admitted that the levees had been neglected.',
        'Residents were angry. "We could have done more," a banner read.',
      ).map(([, speaker]) => speaker),
    ).not.toContain('Helen Marsh');
  });

  it('ties a role phrase after a speech verb to the one person named with that role, else abstains', () => {
    expect(
      run(
        'es',
        'Ha ocurrido en Francia y en Alemania. El presidente checo, el conservador Pavel Horák, anunció el lunes el cierre. “Tenemos que proteger la frontera”, dijo el jefe de Estado checo.',
      ),
    ).toEqual([['Tenemos que proteger la frontera', 'Pavel Horák']]);
    expect(
      run(
        'es',
        'El presidente checo, Pavel Horák, se reunió con el presidente eslovaco, Pedro Lozano. “Tenemos que proteger la frontera”, dijo el jefe de Estado checo.',
      ),
    ).toEqual([['Tenemos que proteger la frontera', 'Pavel Horák']]);
    expect(
      run(
        'es',
        'El presidente checo, Pavel Horák, se reunió con el presidente checo saliente, Pedro Lozano. “Tenemos que proteger la frontera”, dijo el jefe de Estado checo.',
      ),
    ).toEqual([['Tenemos que proteger la frontera', null]]);
    expect(
      run(
        'fr',
        'La ministre belge, Anne Dutilleul, a rencontré Marc Fontaine à Paris. « Le texte sera voté », a déclaré la ministre belge.',
      ),
    ).toEqual([['Le texte sera voté', 'Anne Dutilleul']]);
  });

  it('reads a German pronoun as the one person the paragraph named speaking before it', () => {
    expect(
      run(
        'de',
        'Die Preise seien zu hoch, sagt Verbands-Chef Jonas Albers. Das sei aus "Kundensicht völlig falsch", warnt er.',
      ),
    ).toEqual([['Kundensicht völlig falsch', 'Jonas Albers']]);
    // Two people named: the pronoun could mean either.
    expect(
      run(
        'de',
        'Die Preise seien zu hoch, sagt Verbands-Chef Jonas Albers, und Karl Brenner sagt das auch. Das sei "ganz falsch und teuer für alle", warnt er.',
      ),
    ).toEqual([['ganz falsch und teuer für alle', null]]);
  });

  it('abstains for a document that names no one who issued it, and keeps one that does', () => {
    expect(
      run(
        'en',
        'The board met on Tuesday. Growth was "moderate but uneven across regions," according to the statement after its meeting.',
      ),
    ).toEqual([['moderate but uneven across regions', null]]);
    expect(run('en', '"The review is complete," the report said.')).toEqual([['The review is complete', null]]);
    expect(run('en', '"The review is complete," a statement said.')).toEqual([['The review is complete', null]]);
    expect(run('en', '"The review is complete," a statement from the regulator said.')).toEqual([
      ['The review is complete', 'a statement from the regulator'],
    ]);
    expect(run('es', '“La revisión ha terminado”, dijo el comunicado.')).toEqual([['La revisión ha terminado', null]]);
    expect(run('es', '“La revisión ha terminado”, dijo el comunicado del ministerio.')).toEqual([
      ['La revisión ha terminado', 'el comunicado del ministerio'],
    ]);
  });
});

describe('rules for languages read without parts of speech, general to news writing', () => {
  it('reads a pronoun as the one person the sentences before name as their subject', () => {
    expect(
      run(
        'fr',
        "Le ministre de l'Économie, Bruno Le Maire, a présenté son plan mardi.",
        '« Nous ne laisserons personne au bord du chemin », a-t-il déclaré devant les députés.',
      ),
    ).toEqual([['Nous ne laisserons personne au bord du chemin', 'Bruno Le Maire']]);
    // A sentence that opens with the pronoun refers back: the name in it is an object.
    expect(
      run('fr', 'Il a rencontré Olaf Scholz à Berlin. « Nous avons beaucoup parlé du budget », a-t-il dit.'),
    ).toEqual([['Nous avons beaucoup parlé du budget', null]]);
  });

  it('reads a verb printed without its subject as the person last named, in languages that leave it unsaid', () => {
    expect(
      run('es', 'El presidente del Gobierno, Pedro Sánchez, compareció ayer. “No vamos a dar marcha atrás”, afirmó.'),
    ).toEqual([['No vamos a dar marcha atrás', 'Pedro Sánchez']]);
    // A sentence whose subject is a role names its object, not its speaker.
    expect(
      run('pt', 'O parlamentar cobra que Rodrigo Pacheco paute o pedido. "O senado não pode ficar parado", critica.'),
    ).toEqual([['O senado não pode ficar parado', null]]);
  });

  it('finds the name after a role and a comma, or past a preposition, and the Portuguese "para"', () => {
    expect(run('es', '«Es una decisión histórica», ha asegurado el alcalde, José Luis Martínez-Almeida.')).toEqual([
      ['Es una decisión histórica', 'José Luis Martínez-Almeida'],
    ]);
    expect(run('pt', 'Para o economista Pedro Alves, "a inflação vai cair".')).toEqual([
      ['a inflação vai cair', 'Pedro Alves'],
    ]);
    expect(run('it', '«Siamo pronti a tutto», afferma il sindaco di Milano Giuseppe Sala.')).toEqual([
      ['Siamo pronti a tutto', 'Giuseppe Sala'],
    ]);
  });

  it('keeps names with particles whole and German articles out of them', () => {
    expect(
      run('es', "Juan Martínez d'Aubuisson vive en San Salvador. “No pienso pedir asilo”, dijo Juan Martínez."),
    ).toEqual([['No pienso pedir asilo', "Juan Martínez d'Aubuisson"]]);
    expect(run('de', '"Wir sind sehr zufrieden", sagte Firmenchef Hans Meier der Deutschen Presse-Agentur.')).toEqual([
      ['Wir sind sehr zufrieden', 'Hans Meier'],
    ]);
    expect(run('de', '„Wir müssen jetzt handeln“, erklärte die Grünen-Vorsitzende Ricarda Lang.')).toEqual([
      ['Wir müssen jetzt handeln', 'Ricarda Lang'],
    ]);
  });

  it('does not take an object after a verb that introduces the quotation for its speaker', () => {
    expect(
      run('fr', 'En juillet, le Kremlin a reconnu une situation démographique «catastrophique pour la nation».'),
    ).toEqual([['catastrophique pour la nation', null]]);
  });

  it('does not give a Chinese pronoun to a speaker of the other gender', () => {
    expect(
      run('zh', '付小姐表示：“突然间就涨价了，扣款比原来高了不少。”', '他说：“据我了解，好几家企业都涨价了。”'),
    ).toEqual([
      ['突然间就涨价了，扣款比原来高了不少。', '付小姐'],
      ['据我了解，好几家企业都涨价了。', null],
    ]);
  });
});

describe('English noun phrases that name no one', () => {
  it('does not take a name that qualifies a noun for the speaker', () => {
    expect(run('en', "The Swedish brochure says 'If Sweden is attacked, we will never surrender.'")).toEqual([
      ['If Sweden is attacked, we will never surrender.', null],
    ]);
  });
});
