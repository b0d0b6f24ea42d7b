/** Shows only the chosen speaker's quotations (`/quotes/?speaker=...`); without JavaScript all are listed. */
export function filterQuotes(): void {
  const select = document.querySelector<HTMLSelectElement>('#speaker');
  const items = [...document.querySelectorAll<HTMLElement>('.all-quotes > li')];
  const status = document.querySelector<HTMLElement>('.quote-count');
  if (!select) return;
  const apply = (speaker: string) => {
    let shown = 0;
    for (const item of items) {
      item.hidden = speaker !== '' && item.dataset.speaker !== speaker;
      if (!item.hidden) shown++;
    }
    if (status)
      status.textContent = speaker
        ? `${shown} of ${items.length} quotations, by ${speaker}.`
        : `${items.length} quotations.`;
  };
  const speaker = new URLSearchParams(location.search).get('speaker') ?? '';
  select.value = speaker;
  apply(select.value);
  select.addEventListener('change', () => {
    const url = new URL(location.href);
    if (select.value) url.searchParams.set('speaker', select.value);
    else url.searchParams.delete('speaker');
    history.replaceState(null, '', url);
    apply(select.value);
  });
}
