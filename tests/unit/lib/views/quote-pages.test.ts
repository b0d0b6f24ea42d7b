import { describe, expect, it } from 'vitest';
import { speakerPath, speakersOf } from '../../../../src/lib/views/quote-pages';

const said = (...labels: string[]) => labels.map((speakerLabel) => ({ speakerLabel }));

describe('speakersOf', () => {
  it('lists each speaker once, by name, with their number of quotations and an ASCII key', () => {
    expect(speakersOf(said('Sébastien Lecornu', 'a Russian diplomat', 'Sébastien Lecornu', 'Ольга Иванова'))).toEqual([
      { label: 'a Russian diplomat', key: 'a-russian-diplomat', count: 1 },
      { label: 'Sébastien Lecornu', key: 'sebastien-lecornu', count: 2 },
      { label: 'Ольга Иванова', key: 'olga-ivanova', count: 1 },
    ]);
  });

  it('numbers the keys of names that meet, or that keep no letter, the same way every time', () => {
    const speakers = speakersOf(said('José Martí', 'Jose Marti', '習近平', '“?”'));
    expect(speakers.map((s) => [s.label, s.key])).toEqual([
      ['“?”', 'speaker'],
      ['Jose Marti', 'jose-marti'],
      ['José Martí', 'jose-marti-2'],
      ['習近平', 'speaker-2'],
    ]);
    expect(speakersOf(said('習近平', 'José Martí', '“?”', 'Jose Marti'))).toEqual(speakers);
  });

  it('gives each speaker a list under /quotes/by/', () => {
    expect(speakerPath('a-russian-diplomat')).toBe('/quotes/by/a-russian-diplomat/');
  });
});
