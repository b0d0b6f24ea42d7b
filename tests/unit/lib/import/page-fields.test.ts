import { describe, expect, it } from 'vitest';
import { parseByline } from '../../../../src/lib/import/authors';
import {
  closingNote,
  datelineAgency,
  namesInAuthorNote,
  openingByline,
  signedByline,
} from '../../../../src/lib/import/closing-notes';
import { printedHeadline } from '../../../../src/lib/import/headline';
import { copyrightHolders, siteNameByAgreement } from '../../../../src/lib/import/publication';

const witnesses = (w: { named?: string[]; others?: string[]; copyright?: string[]; handles?: string[] }) =>
  siteNameByAgreement({ named: [], others: [], copyright: [], handles: [], ...w });

describe('siteNameByAgreement', () => {
  it('keeps the most trusted name when nothing contradicts it', () => {
    expect(witnesses({ named: ['The Courier', 'The Courier'], handles: ['thecourier'] })).toBe('The Courier');
  });

  it('takes a longer name extending it when two witnesses confirm that one', () => {
    expect(witnesses({ named: ['Harbour', 'Harbour News'], copyright: ['Harbour'], handles: ['@HarbourNews'] })).toBe(
      'Harbour News',
    );
  });

  it('does not take a longer name only one witness gives', () => {
    expect(witnesses({ named: ['Harbour', 'Harbour Homepage'] })).toBe('Harbour');
  });

  it('prefers the name more witnesses agree on to a section name or a publisher company', () => {
    expect(witnesses({ named: ['World', 'Harbour Wire'], copyright: ['Harbour Wire'], handles: ['harbourwire'] })).toBe(
      'Harbour Wire',
    );
  });

  it('counts initials as confirming the name they abbreviate, never choosing them', () => {
    expect(
      witnesses({
        named: ['Nordblatt.de', 'Nordblatt.de'],
        others: ['NZ.de'],
        copyright: ['Nordblatt Zeitung', 'NZ'],
        handles: ['@NZ'],
      }),
    ).toBe('Nordblatt Zeitung');
  });

  it('takes the newspaper’s name in the copyright line for its web brand', () => {
    expect(witnesses({ named: ['Nordblatt.de'], copyright: ['Nordblatt Zeitung'] })).toBe('Nordblatt Zeitung');
  });

  it('spells a name as most witnesses do, the fuller on a tie', () => {
    expect(witnesses({ named: ['Harbour Post', 'The Harbour Post'] })).toBe('The Harbour Post');
  });

  it('gives nothing without a witness', () => {
    expect(witnesses({ handles: ['harbour'] })).toBeUndefined();
  });
});

describe('copyrightHolders', () => {
  it('reads the holder without years and company words', () => {
    expect(copyrightHolders('Copyright © 2015 Harbour Media Group Ltd')).toEqual(['Harbour']);
    expect(copyrightHolders('© 2017 The Island Times Company. All rights reserved')).toEqual(['The Island Times']);
  });

  it('splits holders joined by a slash', () => {
    expect(copyrightHolders('Copyright © Nordblatt Zeitung Digitale Medien GmbH / Nordblatt Zeitung GmbH')).toEqual([
      'Nordblatt Zeitung',
      'Nordblatt Zeitung',
    ]);
  });

  it('reads nothing from a line with no capitalised name', () => {
    expect(copyrightHolders('(c) && (a = c)')).toEqual([]);
  });
});

describe('printedHeadline', () => {
  it('prefers the printed heading to metadata that adds a tail to it', () => {
    expect(printedHeadline('A new app for public Wi-Fi (Tech Wire)', ['A new app for public Wi-Fi'])).toBe(
      'A new app for public Wi-Fi',
    );
  });

  it('keeps the metadata’s headline when the heading adds an overline before it', () => {
    expect(printedHeadline('Coaches take on the railway', ['Timetable: Coaches take on the railway'])).toBeUndefined();
  });

  it('takes a heading worded differently but about the same story', () => {
    expect(printedHeadline('Council says yes to bridge', ['Council says yes to the new bridge'])).toBe(
      'Council says yes to the new bridge',
    );
  });

  it('never takes a logo or section name in an <h1>', () => {
    expect(printedHeadline('Council says yes to bridge', ['The Courier', 'Local news'])).toBeUndefined();
  });
});

describe('parseByline', () => {
  it('leaves out the place after a full name', () => {
    expect(parseByline('Von Anna Muster, Berlin').names).toEqual(['Anna Muster']);
  });

  it('keeps a second full name after a comma', () => {
    expect(parseByline('By Jane Roe, John Doe').names).toEqual(['Jane Roe', 'John Doe']);
  });

  it('reads a byline given with a label', () => {
    expect(parseByline('Author: Jane Roe').names).toEqual(['Jane Roe']);
    expect(parseByline('Autorin: Anna Muster').names).toEqual(['Anna Muster']);
  });
});

const TEXT = 'The council voted on Tuesday to build a new bridge.';

describe('signedByline', () => {
  it('reads a byline signed at the foot and leaves it out of the text', () => {
    expect(signedByline(`${TEXT}\n\nIt opens in 2027.\n\nPar **Jeanne Roux**\n`)).toEqual({
      names: ['Jeanne Roux'],
      body: `${TEXT}\n\nIt opens in 2027.\n`,
    });
  });

  it('reads a Chinese byline by its label', () => {
    expect(signedByline(`${TEXT}\n\n**作者︱王小明**\n`)?.names).toEqual(['王小明']);
  });

  it('does not read a last line that only begins like a byline', () => {
    expect(signedByline(`${TEXT}\n\nBy Sunday\n`)).toBeUndefined();
    expect(signedByline(`${TEXT}\n\n编译/王小明\n`)).toBeUndefined();
  });
});

describe('openingByline', () => {
  it('reads a byline set as the first paragraph, or after a standfirst, and leaves it out', () => {
    expect(openingByline(`_Von Anna Muster_\n\n${TEXT}\n`)).toEqual({ names: ['Anna Muster'], body: `${TEXT}\n` });
    expect(openingByline(`${TEXT}\n\n**By Jane Roe**\n\n${TEXT}\n`)?.names).toEqual(['Jane Roe']);
  });

  it('keeps an opening line that only begins like a byline, and a byline further down', () => {
    expect(openingByline(`By Sunday\n\n${TEXT}\n`)).toBeUndefined();
    expect(openingByline(`By the river, the council voted.\n\n${TEXT}\n`)).toBeUndefined();
    expect(openingByline(`${TEXT}\n\n${TEXT}\n\nBy Jane Roe\n\n${TEXT}\n`)).toBeUndefined();
  });
});

describe('closingNote', () => {
  const body = `${TEXT}\n\n${TEXT}\n\n${TEXT}\n\n`;

  it('finds a last paragraph set wholly in italics after the text', () => {
    expect(closingNote(`${body}_Jane Roe is a political scientist._\n`)).toEqual({
      note: 'Jane Roe is a political scientist.',
      body: `${TEXT}\n\n${TEXT}\n\n${TEXT}\n`,
    });
  });

  it('leaves a paragraph with only some words in italics', () => {
    expect(closingNote(`${body}_The Courier_ reported it first, _then_ the radio.\n`)).toBeUndefined();
  });

  it('leaves a short article alone', () => {
    expect(closingNote(`${TEXT}\n\n_Jane Roe is a political scientist._\n`)).toBeUndefined();
  });

  it.each([
    '_Correction: An earlier version of this article misstated the date of the vote._',
    '**Update, 5 March: The council has since approved the bridge.**',
    "_Editor's note: This article has been updated to include the mayor's response._",
    '_Rectificatif : une version précédente de cet article donnait une date erronée._',
  ])('keeps a correction or update however it is set: %s', (note) => {
    expect(closingNote(`${body}${note}\n`)).toBeUndefined();
  });
});

describe('namesInAuthorNote', () => {
  it('reads each person a note introduces', () => {
    expect(namesInAuthorNote('Ana Ruiz es politóloga. Luis Gómez es abogado.')).toEqual(['Ana Ruiz', 'Luis Gómez']);
    expect(namesInAuthorNote('The bridge is the town’s first since 1968.')).toEqual([]);
  });
});

describe('datelineAgency', () => {
  it('reads the agency a dateline credits', () => {
    expect(datelineAgency('Frankfurt/Main (dpa) - Die Brücke wird gebaut.\n')).toBe('dpa');
    expect(datelineAgency('PARIS (AFP) — The bridge will be built.\n')).toBe('AFP');
  });

  it('reads no agency from a place in brackets or a later paragraph', () => {
    expect(datelineAgency('Berlin (Germany) - The bridge will be built.\n')).toBeUndefined();
    expect(datelineAgency(`${TEXT}\n\nPARIS (AFP) — More.\n`)).toBeUndefined();
  });
});

describe('parseByline and roles', () => {
  it('leaves out a role in brackets after a name', () => {
    expect(parseByline('by Jane Roe (reporting) and John Doe (photography)').names).toEqual(['Jane Roe', 'John Doe']);
  });
});
