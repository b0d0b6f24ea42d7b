import { describe, expect, it } from 'vitest';
import { mentionFinder } from '../../../../../src/lib/analysis/mentions';
import { extractQuotes } from '../../../../../src/lib/analysis/quotes/extract';
import { registry } from '../../../../helpers/quote-paragraphs';

const findMentions = mentionFinder(registry());
const extract = (...texts: string[]) =>
  extractQuotes(
    texts.map((text, i) => ({ id: `p-${i + 1}`, text })),
    { findMentions },
  ).map((q) => [
    q.text,
    q.speaker && ('id' in q.speaker ? q.speaker.id : 'name' in q.speaker ? q.speaker.name : q.speaker.description),
  ]);

describe('extractQuotes, pattern by pattern', () => {
  it('"...," X said', () => {
    expect(extract('"We will hold the line here," Gabuev said.')).toEqual([
      ['We will hold the line here', 'alexander-gabuev'],
    ]);
  });

  it('"...," said X, with a description after the name', () => {
    expect(extract('"The risks are high for everyone," said Ivan Petrov, the mayor.')).toEqual([
      ['The risks are high for everyone', 'Ivan Petrov'],
    ]);
  });

  it('X told <outlet>, with a description between the name and the verb', () => {
    expect(
      extract(
        '"This may be the worst defeat yet," Ruslan Suleymanov, a research fellow at an institute in Baku, told The Moscow Times.',
      ),
    ).toEqual([['This may be the worst defeat yet', 'ruslan-suleymanov']]);
  });

  it('lamented, boasted (with a hedge), admitted, insisted, added', () => {
    expect(extract('"Our troops were not there at all," he lamented.')).toEqual([
      ['Our troops were not there at all', null],
    ]);
    expect(extract('"I am not like the others," Assad reportedly boasted at the meeting.')).toEqual([
      ['I am not like the others', 'bashar-al-assad'],
    ]);
    expect(extract('Bondarev admitted that the ministry "had no plan at all."')).toEqual([
      ['had no plan at all.', 'boris-bondarev'],
    ]);
    expect(extract('Putin insisted: "Nothing has changed for us."')).toEqual([
      ['Nothing has changed for us.', 'vladimir-putin'],
    ]);
  });

  it('according to X', () => {
    expect(extract('According to Gabuev, "the logistics will get much harder."')).toEqual([
      ['the logistics will get much harder.', 'alexander-gabuev'],
    ]);
  });

  it('a quotation split by its attribution keeps one speaker for both halves', () => {
    expect(
      extract('"A lot can happen in Syria," a Russian diplomat said. "The events there may be just the beginning."'),
    ).toEqual([
      ['A lot can happen in Syria', 'a Russian diplomat'],
      ['The events there may be just the beginning.', 'a Russian diplomat'],
    ]);
  });

  it('a partial quotation inside a sentence', () => {
    expect(
      extract(
        'Russia told the players that it "will use significant military effort," a Russian diplomat told reporters.',
      ),
    ).toEqual([['will use significant military effort', 'a Russian diplomat']]);
  });

  it('a quotation over several paragraphs: an opening mark on each, a closing mark at the end', () => {
    expect(
      extract('“My father worked here before me.', '“My son was going to work here after me,” Ivanov said.'),
    ).toEqual([['My father worked here before me. My son was going to work here after me', 'Ivanov']]);
  });

  it('pronouns and "the source" carried back to the speaker they stand for', () => {
    expect(
      extract(
        '"It was possible to save the city," Piotrovsky said.',
        '"But that did not happen at all," he lamented.',
        'The deal was "a very important trump card, which we lack," a source close to the ministry told reporters.',
        'The source insisted that the defeat was "primarily a defeat for Iran."',
      ),
    ).toEqual([
      ['It was possible to save the city', 'mikhail-piotrovsky'],
      ['But that did not happen at all', 'mikhail-piotrovsky'],
      ['a very important trump card, which we lack', 'a source close to the ministry'],
      ['primarily a defeat for Iran.', 'a source close to the ministry'],
    ]);
  });

  it('keeps unnamed sources as written and never merges them', () => {
    expect(
      extract(
        '"Funds will be redirected to Ukraine now," said another Russian official.',
        '"The base matters less than before," said a Russian government official.',
      ),
    ).toEqual([
      ['Funds will be redirected to Ukraine now', 'another Russian official'],
      ['The base matters less than before', 'a Russian government official'],
    ]);
  });

  it('never merges an unnamed source into a person it names', () => {
    expect(extract('"We know what was promised to us," a source close to Putin told reporters.')).toEqual([
      ['We know what was promised to us', 'a source close to Putin'],
    ]);
    expect(extract('"The family had no warning at all," a spokesman for Assad said.')).toEqual([
      ['The family had no warning at all', 'a spokesman for Assad'],
    ]);
    expect(extract('"He will never come back here," Assad\'s brother said.')).toEqual([
      ['He will never come back here', "Assad's brother"],
    ]);
  });

  it('keeps a short quotation that is an utterance with a speaker', () => {
    expect(extract('"We will win," Putin said. "We will stay."')).toEqual([
      ['We will win', 'vladimir-putin'],
      ['We will stay.', 'vladimir-putin'],
    ]);
  });

  it('is not fooled by scare quotes, single terms or reported speech', () => {
    expect(extract('The insurgents are no longer referred to as "terrorists."')).toEqual([]);
    expect(extract('Economists called it a "zombie company" kept alive by "cheap credit."')).toEqual([]);
    expect(extract('Two Russian diplomats admitted that the bases could not be kept.')).toEqual([]);
  });
});

describe('extractQuotes on the phenomena of real news writing', () => {
  const run = (language: string, ...texts: string[]) =>
    extractQuotes(
      texts.map((text, i) => ({ id: `p-${i + 1}`, text })),
      { findMentions: () => [], language },
    ).map((q) => [
      q.text,
      q.speaker &&
        (q.speaker.kind === 'name'
          ? q.speaker.name
          : q.speaker.kind === 'source'
            ? q.speaker.description
            : q.speaker.id),
    ]);

  it('reads single quotation marks as the primary mark, and never an apostrophe', () => {
    expect(run('en', "'We don't know what Assad's men will do in the '90s style,' said Alan Grey.")).toEqual([
      ["We don't know what Assad's men will do in the '90s style", 'Alan Grey'],
    ]);
  });

  it('keeps a quotation inside a quotation as part of the outer one', () => {
    expect(run('en', '"He told me \'never again\' and left the room," said Mary Holt.')).toEqual([
      ["He told me 'never again' and left the room", 'Mary Holt'],
    ]);
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    expect(run('en', '"The U.N. has no plan for the region," said Robert M. Danin, a former U.S. official.')).toEqual([
      ['The U.N. has no plan for the region', 'Robert M. Danin'],
    ]);
  });

  it('takes the name without its title', () => {
    expect(run('en', '"Growth will return by the spring," said Mr. Reeves.', 'Rachel Reeves spoke in London.')).toEqual(
      [['Growth will return by the spring', 'Rachel Reeves']],
    );
    expect(run('en', 'CEO John Mackey said the chain "will keep every store open this year."')).toEqual([
      ['will keep every store open this year.', 'John Mackey'],
    ]);
  });

  it('knows a speech verb in any tense, with its auxiliaries', () => {
    expect(run('en', 'Laura Stone has admitted that the company "made serious mistakes last year."')).toEqual([
      ['made serious mistakes last year.', 'Laura Stone'],
    ]);
    expect(run('en', '"Where is the money going?" asked Pete Lund.')).toEqual([
      ['Where is the money going?', 'Pete Lund'],
    ]);
  });

  it('reads a pronoun in a longer clause as the person the narrative is about', () => {
    expect(
      run(
        'en',
        'Anna Berg has run the clinic since 2010.',
        '"We will need twice the staff," she said in an interview.',
      ),
    ).toEqual([['We will need twice the staff', 'Anna Berg']]);
  });

  it('reads a role noun as the person the article tied it to, and keeps an unnamed source unnamed', () => {
    expect(
      run(
        'en',
        'Ivan Sokol, the ambassador, met the minister on Monday.',
        '"Nothing was agreed at the meeting," the ambassador told reporters.',
        '"Talks will go on," a senior official said.',
      ),
    ).toEqual([
      ['Nothing was agreed at the meeting', 'Ivan Sokol'],
      ['Talks will go on', 'a senior official'],
    ]);
  });

  it('leaves the speaker unidentified rather than guess', () => {
    expect(run('en', 'The sign outside read "Closed for the season, see you in April."')).toEqual([
      ['Closed for the season, see you in April.', null],
    ]);
  });

  it('finds quotations in French guillemets, German and Czech marks, and Japanese brackets', () => {
    expect(run('fr', '« Nous ne céderons pas sur les retraites », a déclaré Élisabeth Borne.')).toEqual([
      ['Nous ne céderons pas sur les retraites', 'Élisabeth Borne'],
    ]);
    expect(run('de', '„Wir werden das Gesetz ändern müssen“, sagte Olaf Scholz.')).toEqual([
      ['Wir werden das Gesetz ändern müssen', 'Olaf Scholz'],
    ]);
    expect(run('cs', '„Tým hrál výborně celý zápas,“ uvedl trenér Jan Novák.')).toEqual([
      ['Tým hrál výborně celý zápas', 'Jan Novák'],
    ]);
    // Without a model of Japanese names, the topic is kept as the article words it.
    expect(run('ja', '首相は「経済の回復を最優先に取り組む」と述べた。')).toEqual([
      ['経済の回復を最優先に取り組む', '首相'],
    ]);
  });
});
