/**
 * The rules the content check applies to what `scanArchive` (scan.ts) reads from disk, as pure
 * functions of what was read: each returns messages that name the file, the field and the fix.
 */
import type { ArticleData } from '../../schemas/article';
import type { Person } from '../../schemas/person';
import { assertUniquePaths, publicationKey } from './permalinks';
import { formatProblems } from './validation';

/** What the disk says about the files an article entry points to. */
export interface EntryFiles {
  /** The capture file: missing, present with another SHA-256 than recorded, or intact. */
  capture: 'missing' | 'changed' | 'intact';
  /** The lead photo's image file, when the entry names one. */
  image?: 'missing' | 'present';
}

/**
 * The problems of one valid article entry, given what its files are like; `publishable` is false
 * when the entry cannot have an address (no publication key, or a missing image to render).
 *
 * @example
 * entryProblems('content/articles/a.md', data, { capture: 'changed' });
 * // { problems: ['content/articles/a.md: capture.sha256: ... captures are never edited'], publishable: true }
 */
export function entryProblems(
  shown: string,
  data: ArticleData,
  files: EntryFiles,
): { problems: string[]; publishable: boolean } {
  const problems: string[] = [];
  const file = data.capture.file;
  if (files.capture === 'missing') {
    problems.push(formatProblems(shown, [`capture.file: ${file} does not exist under content/`]));
  } else if (files.capture === 'changed') {
    problems.push(
      formatProblems(shown, [
        `capture.sha256: content/${file} no longer matches its recorded SHA-256; captures are never edited`,
      ]),
    );
  }
  if (publicationKey(data.publication.name) === '') {
    problems.push(
      formatProblems(shown, [
        `publication.name: "${data.publication.name}" has no letter or digit to make the address from`,
      ]),
    );
    return { problems, publishable: false };
  }
  if (files.image === 'missing') {
    problems.push(
      formatProblems(shown, [
        `photo.image: ${data.photo?.image} does not exist (paths are relative to the article file)`,
      ]),
    );
    return { problems, publishable: false };
  }
  return { problems, publishable: true };
}

/** The message for two entries that would publish the same address, `earlier` being the first read. */
export function clashProblem(path: string, earlier: string, shown: string): string {
  try {
    assertUniquePaths([
      { file: earlier, path },
      { file: shown, path },
    ]);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${earlier} and ${shown} do not share ${path}`);
}

/**
 * Names that point to two people in the registry: a name that could be two people names neither,
 * as mentions would go to one of them at random.
 */
export function aliasProblems(
  people: readonly { shown: string; person: Pick<Person, 'name' | 'aliases'> | undefined }[],
): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const { shown, person } of people) {
    for (const alias of person ? [person.name, ...person.aliases] : []) {
      const key = alias.toLowerCase();
      const other = owner.get(key);
      if (other && other !== shown)
        problems.push(`${shown}: aliases: "${alias}" is also a name of ${other}; a name must point to one person`);
      else owner.set(key, shown);
    }
  }
  return problems;
}

/** Editors' attributions that name a speaker the people registry does not hold. */
export function attributionProblems(
  snapshots: readonly { source: string; data: Pick<ArticleData, 'attributions'> }[],
  personIds: ReadonlySet<string>,
): string[] {
  return snapshots.flatMap((snapshot) =>
    snapshot.data.attributions.flatMap((a, i) =>
      a.speaker && !personIds.has(a.speaker)
        ? [
            formatProblems(snapshot.source, [
              `attributions[${i}].speaker: no person "${a.speaker}" under content/people/`,
            ]),
          ]
        : [],
    ),
  );
}
