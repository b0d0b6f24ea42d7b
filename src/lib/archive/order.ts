/** What ordering needs of an entry: its id and its two days. */
export interface Dated {
  id: string;
  data: { published: string; archived: string };
}

/** Newest first by publication day; ties broken by the day added, then by id, so the order is stable. */
export function byNewest(a: Dated, b: Dated): number {
  return (
    b.data.published.localeCompare(a.data.published) ||
    b.data.archived.localeCompare(a.data.archived) ||
    a.id.localeCompare(b.id)
  );
}
