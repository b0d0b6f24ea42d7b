import { describe, expect, it } from 'vitest';
import { mentionFinder } from '../../../../src/lib/analysis/mentions';
import type { Person } from '../../../../src/schemas/person';
import { registry } from '../../../helpers/quote-paragraphs';

const find = mentionFinder(registry());
const ids = (text: string) => find(text).map((m) => [m.personId, m.text]);

describe('finding registered people in a text', () => {
  it('finds names, aliases, full forms and the Cyrillic spelling', () => {
    expect(ids('Tell Vladimir Vladimirovich Putin that Putin and Путин... Владимир Путин agreed.')).toEqual([
      ['vladimir-putin', 'Vladimir Vladimirovich Putin'],
      ['vladimir-putin', 'Putin'],
      ['vladimir-putin', 'Владимир Путин'],
    ]);
    expect(ids('By Пётр Козлов')).toEqual([['pyotr-kozlov', 'Пётр Козлов']]);
  });

  it('finds possessives', () => {
    expect(ids("Assad's escape and Putin’s defeat")).toEqual([
      ['bashar-al-assad', 'Assad'],
      ['vladimir-putin', 'Putin'],
    ]);
  });

  it('finds a name split by an editor’s bracketed insertion', () => {
    expect(ids('unlike [U.S. President Barack] Obama, that')).toEqual([
      ['barack-obama', '[U.S. President Barack] Obama'],
    ]);
    expect(ids('I am not [ousted pro-Russian Ukrainian President Viktor] Yanukovych')).toEqual([
      ['viktor-yanukovych', '[ousted pro-Russian Ukrainian President Viktor] Yanukovych'],
    ]);
  });

  it('does not find a name inside another word or a hyphenated compound', () => {
    expect(ids('the anti-Assad rebels, Putinism, Obamacare and the Putin-era elite')).toEqual([]);
    expect(ids('Assadville')).toEqual([]);
  });

  it('finds compounds only for people whose entry says so', () => {
    const compounds: Person[] = [{ id: 'x', name: 'Assad', aliases: [], description: 'd', compounds: true }];
    expect(mentionFinder(compounds)('the anti-Assad rebels').map((m) => m.text)).toEqual(['Assad']);
  });

  it('prefers the longest name over the aliases it contains', () => {
    expect(ids('Bashar al-Assad fled')).toEqual([['bashar-al-assad', 'Bashar al-Assad']]);
  });
});
