const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2024-12-11" -> "11 December 2024", the same on every machine whatever its time zone. */
export function formatDay(isoDay: string): string {
  return DAY.format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`));
}

/**
 * Names and the words between them, so each name can be marked up on its own:
 * ["A", "B", "C"] -> A, ", ", B, " and ", C.
 */
export function nameParts(
  names: readonly string[],
): ({ name: string; text?: never } | { text: string; name?: never })[] {
  return names.flatMap((name, i) => {
    const separator = i === 0 ? [] : [{ text: i === names.length - 1 ? ' and ' : ', ' }];
    return [...separator, { name }];
  });
}

/** Names joined as a byline reads: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return nameParts(names)
    .map((part) => part.name ?? part.text)
    .join('');
}

/** The byline as printed under the headline, or null when the original had none. */
export function byline(authors: readonly { name: string }[]): string | null {
  return authors.length ? `By ${joinNames(authors.map((a) => a.name))}` : null;
}

/** The headline without its kicker: "Exclusive: Russia ..." with kicker "Exclusive" -> "Russia ...". */
export function headlineWithoutKicker(headline: string, kicker?: string): string {
  return kicker && headline.startsWith(`${kicker}:`) ? headline.slice(kicker.length + 1).trimStart() : headline;
}
