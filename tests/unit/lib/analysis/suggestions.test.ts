/**
 * The names proposed for the registry (suggestions.ts, names.ts, lexicon.ts), one rule at a time,
 * on made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { isGivenName } from '../../../../src/lib/analysis/given-names';
import { latinSpellings, placeNames, sameStem } from '../../../../src/lib/analysis/lexicon';
import { tokenize } from '../../../../src/lib/analysis/nlp';
import { suggestPeople } from '../../../../src/lib/analysis/suggestions';

const proposed = (language: string, ...texts: string[]) =>
  suggestPeople(
    texts.map((text, i) => ({ id: `p-${i + 1}`, text })),
    { language, findMentions: () => [] },
  ).map((s) => s.name);

describe('names proposed for the registry', () => {
  it('takes the name after a title that a nationality or a place opens', () => {
    expect(proposed('en', 'Ruritanian President Halvard Brenner said the border would stay open.')).toEqual([
      'Halvard Brenner',
    ]);
    expect(proposed('ru', 'Вчера министр иностранных дел России Сергей Колотов прилетел в Стамбул.')).toEqual([
      'Сергей Колотов',
    ]);
  });

  it('takes a German role noun compounded before a name as a title, not as part of the name', () => {
    expect(
      proposed(
        'de',
        'Gestern sprach Bundesgesundheitsministerin Karla Weber in Bonn. Sie lobte den Plan, sagt Vertriebs-Manager Jonas Albers.',
      ),
    ).toEqual(['Karla Weber', 'Jonas Albers']);
    // "von" after such a noun says what the role is of: no name "von Acme".
    expect(proposed('de', 'Das sagt der Landes-Chef von Acme in einem Gespräch.')).toEqual([]);
  });

  it('keeps particles inside a name, but not "y el" between two places', () => {
    expect(proposed('en', 'The study was led by Anna van der Broek, a physicist, who said it was early.')).toEqual([
      'Anna van der Broek',
    ]);
    expect(proposed('es', 'Los barcos cruzan entre el Mediterráneo y el Atlántico cada semana.')).toEqual([]);
  });

  it('leaves out places, bodies, months and days', () => {
    expect(proposed('en', 'Malaysia, Singapore and South Korea would search on Tuesday, officials said.')).toEqual([]);
    expect(proposed('es', 'El Partido Popular y el Consejo de Europa hablaron con Francia y Alemania.')).toEqual([]);
    expect(proposed('en', 'Debris from the Airbus A320-200 and the USS Harwick was found near Sumatra.')).toEqual([]);
    expect(proposed('en', 'He died on June 27 at St Vincent’s private hospital.')).toEqual([]);
  });

  it('reads a capitalised common word that opens a sentence as a word, not a given name', () => {
    expect(
      proposed(
        'en',
        '"It will drift east," said Lenora Oduya, a geologist at the institute.',
        'Geologist Oduya said debris would reach the coast within weeks.',
      ),
    ).toEqual(['Lenora Oduya']);
  });

  it('proposes one word only after a title that is not a body’s ("General Electric")', () => {
    expect(proposed('en', 'President Varnaby met executives of General Electric in the capital.')).toEqual(['Varnaby']);
  });

  it('reads a given name the model tags as a verb as a name ("Josh")', () => {
    const tokens = tokenize('White House press secretary Josh Pellham told reporters.');
    expect(tokens.find((t) => t.text === 'Josh')!.pos).toBe('PROPN');
    expect(proposed('en', 'White House press secretary Josh Pellham told reporters the talks would go on.')).toEqual([
      'Josh Pellham',
    ]);
  });

  it('finds a name in an editor’s brackets inside a quotation', () => {
    expect(proposed('en', '“My husband [actor Tomas Varnell] and I were frightened,” she said.')).toEqual([
      'Tomas Varnell',
    ]);
  });

  it('gives a declined name in its nominative', () => {
    expect(
      proposed(
        'cs',
        'Tým manažera Davida Morela prohání giganty.',
        'Morel zůstává konzervativní, říká Vladimír Kolář.',
      ),
    ).toEqual(['David Morel', 'Vladimír Kolář']);
    expect(proposed('ru', 'А мне уже рассказывали про Владимира Мединского.')).toEqual(['Владимир Мединский']);
  });

  it('reads two capitalised Cyrillic words as a name, three only with a patronymic', () => {
    expect(proposed('ru', 'Здесь был и Роман Абрамов.')).toEqual(['Роман Абрамов']);
    expect(proposed('ru', 'Сегодня у Большого Кремлевского Дворца было тихо.')).toEqual([]);
  });

  it('finds Japanese names before an honorific, and foreign ones joined by a middle dot', () => {
    expect(
      proposed(
        'ja',
        '元理事長の山田花子容疑者（78）を逮捕した。建設会社社長も同席した。ドナルド・ブラウン氏は語った。',
      ),
    ).toEqual(['山田花子', 'ドナルド・ブラウン']);
  });
});

describe('the lexicons', () => {
  it('knows places, nationalities, months and days in the article’s language and English', () => {
    const cs = placeNames('cs').names;
    for (const name of ['francie', 'ledna', 'pondeli', 'south korea', 'indonesian', 'kuala lumpur']) {
      expect(cs.has(name), name).toBe(true);
    }
  });

  it('reads given names without accents and in Cyrillic', () => {
    expect(isGivenName('Vladimír')).toBe(true);
    expect(isGivenName('Сергей')).toBe(true);
    expect(latinSpellings('Юрий')).toContain('yuri');
    expect(sameStem('Мединского', 'Мединский')).toBe(true);
    expect(sameStem('Moyes', 'Moyese')).toBe(true);
    expect(sameStem('Moyes', 'Morel')).toBe(false);
  });
});
