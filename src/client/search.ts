/** The search page's script (runs in the browser): loads Pagefind on demand and lists matches as links. */

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options: (o: { baseUrl: string }) => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

/** Results shown at most. */
const MAX_RESULTS = 20;

/** Wires the search form: searches `?q=` on load and on submit, without reloading the page. */
export function runSearchPage(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('form[data-pagefind]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = doc.querySelector<HTMLElement>('.search-status');
  const list = doc.querySelector<HTMLOListElement>('.search-results');
  if (!form || !input || !status || !list) return;
  doc.querySelector<HTMLElement>('.search-nojs')?.setAttribute('hidden', '');
  let engine: Promise<Pagefind> | undefined;
  const load = () =>
    (engine ??= import(/* @vite-ignore */ form.dataset.pagefind!).then(async (pf: Pagefind) => {
      await pf.options({ baseUrl: form.dataset.base ?? '/' });
      return pf;
    }));

  async function search(query: string) {
    list!.replaceChildren();
    status!.hidden = false;
    if (!query.trim()) {
      status!.textContent = 'Type a word or a name to search.';
      return;
    }
    status!.textContent = 'Searching…';
    try {
      const found = await (await load()).search(query);
      const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      for (const d of data) {
        const li = doc.createElement('li');
        const a = doc.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        const excerpt = doc.createElement('p');
        // Pagefind escapes page text in excerpts and adds only <mark> around matches.
        excerpt.innerHTML = d.excerpt;
        li.append(a, excerpt);
        list!.append(li);
      }
      const n = found.results.length;
      status!.textContent = n === 0 ? `Nothing found for “${query}”.` : `${n} ${n === 1 ? 'page' : 'pages'} found for “${query}”${n > MAX_RESULTS ? `; the first ${MAX_RESULTS} are shown` : ''}.`;
    } catch {
      status!.textContent = 'Search could not load. Every statement is on the quotes index.';
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(doc.location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void search(input.value);
  });
  const initial = new URL(doc.location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}
