import { describe, expect, it } from 'vitest';
import {
  confirmedSiteName,
  publicationHumanName,
  quotedName,
  siteNameByAgreement,
} from '../../../../src/lib/import/publication';

const witnesses = (w: { named?: string[]; others?: string[]; copyright?: string[]; handles?: string[] }) => ({
  named: [],
  others: [],
  copyright: [],
  handles: [],
  ...w,
});

describe('siteNameByAgreement: the address is no name', () => {
  it('keeps the name the metadata gives over the address the title, logo and host spell', () => {
    expect(
      siteNameByAgreement(
        witnesses({
          named: ['Rzeczpospolita', 'Rzeczpospolita', 'rp.pl'],
          others: ['RP.pl'],
          handles: ['rp'],
        }),
      ),
    ).toBe('Rzeczpospolita');
    expect(
      siteNameByAgreement(
        witnesses({
          named: ['Corriere della Sera', 'Corriere della Sera', 'Corriere.it'],
          handles: ['@corriere', 'corriere'],
        }),
      ),
    ).toBe('Corriere della Sera');
  });

  it('still takes the newspaper’s name over its web address', () => {
    expect(siteNameByAgreement(witnesses({ named: ['Nordblatt.de'], copyright: ['Nordblatt Zeitung'] }))).toBe(
      'Nordblatt Zeitung',
    );
  });
});

describe('siteNameByAgreement: a badge repeated on every teaser is one witness', () => {
  it('does not let "Plus Artikel" on ten teasers outvote the site’s name', () => {
    expect(
      siteNameByAgreement(
        witnesses({
          named: ['nieuwsblad.be', 'Het Nieuwsblad', 'Het Nieuwsblad'],
          others: ['Het Nieuwsblad', ...Array<string>(10).fill('Plus Artikel')],
          handles: ['@nieuwsblad_be', 'nieuwsblad'],
        }),
      ),
    ).toBe('Het Nieuwsblad');
  });
});

describe('quotedName: a title quoting the publication’s name', () => {
  it('reads the name in quotation marks', () => {
    expect(quotedName('Газета «Коммерсантъ»')).toBe('Коммерсантъ');
    expect(quotedName('Newspaper "The Courier"')).toBe('The Courier');
    expect(quotedName('The Courier')).toBeUndefined();
  });

  it('gives the quoted name when another witness names the site so', () => {
    expect(siteNameByAgreement(witnesses({ named: ['Газета «Коммерсантъ»', 'Коммерсантъ'] }))).toBe('Коммерсантъ');
  });
});

describe('confirmedSiteName: a page whose metadata and title name no site', () => {
  it('takes the logo’s name when the Twitter handle spells it, accents and dotless i aside', () => {
    expect(
      confirmedSiteName(
        witnesses({ others: ['Anadolu Ajansı'], handles: ['https://twitter.com/anadoluajansi', 'aacom'] }),
      ),
    ).toBe('Anadolu Ajansı');
  });

  it('takes no name no handle confirms', () => {
    expect(confirmedSiteName(witnesses({ others: ['Plus Artikel'], handles: ['example'] }))).toBeUndefined();
  });
});

describe('publicationHumanName without the short form in brackets', () => {
  it('drops "(VOA News)" after the name', () => {
    expect(publicationHumanName('Voice of America (VOA News)', '')).toBe('Voice of America');
  });
});
