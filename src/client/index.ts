/** Stage 6, the browser: the only scripts the site ships (copy-link and cite controls; the search page). Components import each file directly. */
export { runSearchPage } from './search.ts';
