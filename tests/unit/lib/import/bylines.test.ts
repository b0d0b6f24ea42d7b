import { describe, expect, it } from 'vitest';
import {
  bylineBeforeDate,
  isDeskCredit,
  nameAsWritten,
  nameWithoutAffiliation,
  parseByline,
  splitJoinedNames,
} from '../../../../src/lib/import/authors';
import { closingNotes, sourceCreditAgencies } from '../../../../src/lib/import/closing-notes';
import { printedDay } from '../../../../src/lib/import/dates';
import { nameOf } from '../../../../src/lib/import/json-ld';

describe('splitJoinedNames: metadata giving a whole byline as one name', () => {
  it('names each credit of "X et Y" and "X and Y"', () => {
    expect(splitJoinedNames('Le Figaro et AFP')).toEqual(['Le Figaro', 'AFP']);
    expect(splitJoinedNames('Jane Roe and John Doe')).toEqual(['Jane Roe', 'John Doe']);
    expect(splitJoinedNames('Monika Bolliger und Anna Trechsel')).toEqual(['Monika Bolliger', 'Anna Trechsel']);
  });

  it('leaves a single name, or one with a lower-case "and" inside, whole', () => {
    expect(splitJoinedNames('María R. Sahuquillo')).toEqual(['María R. Sahuquillo']);
    expect(splitJoinedNames('Institute for Peace and conflict studies')).toEqual([
      'Institute for Peace and conflict studies',
    ]);
  });
});

describe('nameAsWritten: a name in one case, written as a reader writes it', () => {
  it('writes names set in capitals or in lower case with capital initials', () => {
    expect(nameAsWritten('STEVE PEOPLES')).toBe('Steve Peoples');
    expect(nameAsWritten('AMELIA THOMSON-DEVEAUX')).toBe('Amelia Thomson-Deveaux');
    expect(nameAsWritten('viktor hedlund')).toBe('Viktor Hedlund');
    expect(nameAsWritten("CONOR O'BRIEN")).toBe("Conor O'Brien");
  });

  it('leaves an agency in capitals and a name in mixed case alone', () => {
    expect(nameAsWritten('BELGA')).toBe('BELGA');
    expect(nameAsWritten('AFP')).toBe('AFP');
    expect(nameAsWritten('Amelia Thomson-DeVeaux')).toBe('Amelia Thomson-DeVeaux');
    expect(nameAsWritten('Андрей Колесников')).toBe('Андрей Колесников');
  });
});

describe('nameWithoutAffiliation: an author named with their post', () => {
  it('keeps the person before the comma', () => {
    expect(
      nameWithoutAffiliation(
        'Povilas Aleksandravičius, Mykolo Romerio universiteto Žmogaus ir visuomenės studijų fakulteto profesorius, Lrt.lt',
      ),
    ).toBe('Povilas Aleksandravičius');
  });

  it('leaves a family name given first, or a place after a comma, as it is', () => {
    expect(nameWithoutAffiliation('Roe, Jane')).toBe('Roe, Jane');
    expect(nameWithoutAffiliation('Jane Roe, Berlin')).toBe('Jane Roe, Berlin');
  });
});

describe('parseByline with a place and a date after the name', () => {
  it('keeps only the person of "Von Seb Dumitru, Lille 05.08.2024, 20:59 Uhr"', () => {
    expect(parseByline('Von Seb Dumitru, Lille 05.08.2024, 20:59 Uhr').names).toEqual(['Seb Dumitru']);
  });
});

describe('bylineBeforeDate: "Name | date" under a headline', () => {
  const isDay = (text: string) => printedDay(text) !== undefined;

  it('reads the name before the bar and the date', () => {
    expect(
      bylineBeforeDate(
        'İstanbul’da yer aldığını bildirdi. Sehernur Karsu | 05.04.2025 - Güncelleme : 05.04.2025 Ankara',
        isDay,
      ),
    ).toEqual(['Sehernur Karsu']);
  });

  it('reads no name when no date follows the bar, or the name sits inside a sentence', () => {
    expect(bylineBeforeDate('Sehernur Karsu | Ekonomi', isDay)).toEqual([]);
    expect(bylineBeforeDate('the minister met Jane Roe | 05.04.2025', isDay)).toEqual([]);
  });
});

describe('isDeskCredit for unnamed agencies and newsrooms', () => {
  it.each(['(Agenturen)', 'agences', 'Redaktion', 'TMZ Staff'])('"%s" names no author', (credit) => {
    expect(isDeskCredit(credit)).toBe(true);
  });

  it('a person is no desk credit', () => {
    expect(isDeskCredit('Anna Redakteur')).toBe(false);
  });
});

describe('sourceCreditAgencies: "Bron: BELGA"', () => {
  it('credits the agencies a source line names', () => {
    expect(sourceCreditAgencies('Bron: BELGA')).toEqual(['BELGA']);
    expect(sourceCreditAgencies('Quelle: dpa/AFP')).toEqual(['dpa', 'AFP']);
  });

  it('credits no one for a source line naming a site, or for a sentence', () => {
    expect(sourceCreditAgencies('Quelle: Golem')).toEqual([]);
    expect(sourceCreditAgencies('Źródło: rp.pl')).toEqual([]);
    expect(sourceCreditAgencies('Source: the ministry said on Monday that the bridge will open in May')).toEqual([]);
  });
});

describe('closingNotes: several notes in italics after the text', () => {
  const text = ['One.', 'Two.', 'Three.', 'Four.'].map((s) => `The council met again on a day. ${s}`).join('\n\n');

  it('takes off each note, a bold label and a link inside one included', () => {
    const notes = closingNotes(
      `${text}\n\n_**Tech Enabled:** CNET chronicles tech's role. Check it out [here](https://example.com/tech_enabled)._\n\n_**Technically Literate:** Original short fiction. [Here](https://example.com/lit)._\n`,
    );
    expect(notes?.notes).toHaveLength(2);
    expect(notes?.body.trim().split('\n\n')).toHaveLength(4);
  });

  it('leaves a last paragraph with emphasis inside it', () => {
    expect(closingNotes(`${text}\n\n_One_ word and _another_ in a sentence.\n`)).toBeUndefined();
  });
});

describe('printedDay', () => {
  it('reads a written day first, then a day in digits with dots, day first', () => {
    expect(printedDay('Publicerad 23 okt 2025 kl 10.23')).toBe('2025-10-23');
    expect(printedDay('14 мая 2025')).toBe('2025-05-14');
    expect(printedDay('5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)')).toBe('2025-01-05');
    expect(printedDay('Sehernur Karsu | 05.04.2025 - Güncelleme : 05.04.2025')).toBe('2025-04-05');
    expect(printedDay('Ankara')).toBeUndefined();
  });
});

describe('nameOf a JSON-LD Person given by parts', () => {
  it('writes given and family name', () => {
    expect(nameOf({ '@type': 'Person', givenName: 'Birgit', familyName: 'Baumann' }, [])).toBe('Birgit Baumann');
  });
});
