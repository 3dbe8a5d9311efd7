/**
 * The search page's script (runs in the browser): loads Pagefind, offers the filters its index holds (their values read
 * from the index, so they grow with the site), and lists matches as links that say which story each is from.
 */

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface PagefindResult {
  data: () => Promise<PagefindData>;
}
type Filters = Record<string, string>;
interface Pagefind {
  options: (o: { baseUrl: string }) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o: { filters: Filters }) => Promise<{ results: PagefindResult[] }>;
}

/** Results shown at once, and added by each "More results". */
const PAGE_SIZE = 20;

/** Wires the search form: fills the filters from the index, searches `?q=` and the chosen filters on load, on submit and on each change of a filter, without reloading the page. */
export function runSearchPage(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('form[data-pagefind]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = doc.querySelector<HTMLElement>('.search-status');
  const list = doc.querySelector<HTMLOListElement>('.search-results');
  const more = doc.querySelector<HTMLButtonElement>('.search-more');
  const fieldset = form?.querySelector<HTMLFieldSetElement>('.search-filters');
  if (!form || !input || !status || !list || !more || !fieldset) return;
  const selects = [...fieldset.querySelectorAll('select')];
  doc.querySelector<HTMLElement>('.search-nojs')?.setAttribute('hidden', '');
  const pagefind = import(/* @vite-ignore */ form.dataset.pagefind!).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: form.dataset.base ?? '/' });
    return pf;
  });

  let found: PagefindResult[] = [];
  let summary = '';
  // Each search gets a number, so that a slower earlier one never writes over a later one's results.
  let latest = 0;

  const chosen = (): Filters => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));

  /** Adds the next results to the list; returns the first link added, for the focus. */
  async function showMore(run: number): Promise<HTMLAnchorElement | undefined> {
    const from = list!.children.length;
    const data = await Promise.all(found.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    if (run !== latest) return;
    const links = data.map((d) => {
      const li = doc.createElement('li');
      const a = doc.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      li.append(a);
      // Where the result is from: a statement's kind and its story's headline; a story is titled by its headline.
      const [story] = d.filters.story ?? [];
      if (story) {
        const where = doc.createElement('p');
        where.className = 'search-where';
        const [kind] = d.filters.kind ?? [];
        where.textContent = kind ? `${kind}, from the story “${story}”` : 'The story, word for word';
        li.append(where);
      }
      const excerpt = doc.createElement('p');
      // Pagefind escapes page text in excerpts and adds only <mark> around matches.
      excerpt.innerHTML = d.excerpt;
      li.append(excerpt);
      list!.append(li);
      return a;
    });
    const shown = list!.children.length;
    more!.hidden = shown >= found.length;
    status!.textContent = `${summary}${shown < found.length ? `; the first ${shown} are shown` : ''}.`;
    return links[0];
  }

  async function search() {
    const run = ++latest;
    const query = input!.value.trim();
    const filters = chosen();
    const url = new URL(doc.location.href);
    for (const [name, value] of [['q', query], ...selects.map((s) => [s.name, s.value])]) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
    list!.replaceChildren();
    more!.hidden = true;
    status!.hidden = false;
    if (!query && selects.every((s) => !s.value)) {
      status!.textContent = 'Type a word or a name to search, or choose a filter.';
      return;
    }
    status!.textContent = 'Searching…';
    try {
      const result = await (await pagefind).search(query || null, { filters });
      if (run !== latest) return;
      found = result.results;
      const n = found.length;
      const by = selects.filter((s) => s.value).map((s) => `${s.labels[0]?.textContent}: ${s.value}`);
      summary = `${n === 0 ? 'Nothing' : `${n} ${n === 1 ? 'page' : 'pages'}`} found${query ? ` for “${query}”` : ''}${by.length ? ` (${by.join('; ')})` : ''}`;
      await showMore(run);
    } catch {
      status!.textContent = 'Search could not load. Every statement is on the quotes index.';
    }
  }

  // The filters and their values come from the index; a filter with no value in it is not offered.
  async function offerFilters() {
    const values = await (await pagefind).filters();
    for (const select of selects) {
      const options = Object.keys(values[select.name] ?? {}).sort((a, b) => a.localeCompare(b));
      select.append(...options.map((v) => new Option(v, v)));
      select.parentElement!.hidden = options.length === 0;
    }
    fieldset!.disabled = false;
    fieldset!.hidden = selects.every((s) => s.parentElement!.hidden);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  for (const select of selects) select.addEventListener('change', () => void search());
  more.addEventListener('click', () => void showMore(latest).then((first) => first?.focus()));

  const params = new URL(doc.location.href).searchParams;
  input.value = params.get('q') ?? '';
  void offerFilters()
    .catch(() => undefined)
    .then(() => {
      // A filter in the address is kept only when the index offers it.
      for (const select of selects) select.value = [...select.options].some((o) => o.value && o.value === params.get(select.name)) ? params.get(select.name)! : '';
      if (input.value || selects.some((s) => s.value)) void search();
    });
}
