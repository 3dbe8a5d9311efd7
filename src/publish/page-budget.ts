/** The page-weight budget every published page holds: one TCP initial window for HTML and blocking CSS, small deferred scripts, nothing from elsewhere. */

/** Bytes of one kind of resource: as stored, and brotli-compressed (quality 11, as a static host precompresses). */
export interface Bytes {
  raw: number;
  br: number;
}

/** What one page costs on its first view (measured from a build by tooling/page-weight.ts). */
export interface PageWeight {
  /** Site path, without the base (`/people/x/`). */
  path: string;
  /** The HTML document itself (inline styles and scripts included). */
  html: Bytes;
  /** Stylesheets the browser must fetch before it renders (external, not `media="print"`). */
  blockingCss: Bytes;
  /** HTML plus blocking CSS: what must arrive before the first paint. */
  critical: Bytes;
  /** JavaScript: external files and inline scripts (JSON-LD and other data blocks are not JavaScript). */
  js: Bytes;
  /** Script files or inline scripts that block parsing (classic scripts without `defer` or `async`). */
  blockingScripts: string[];
  /** Web fonts the page's stylesheets reference. */
  fonts: Bytes;
  /** Images the page loads eagerly (`<img>` without `loading="lazy"`, CSS backgrounds). */
  images: Bytes;
  /** Requests to draw the first view: the HTML, blocking CSS, blocking scripts, fonts, eager images (not deferred scripts, not the icon). */
  requests: number;
  /** Resource URLs that leave the site (another origin). */
  external: string[];
}

/** The limits. */
export const BUDGET = {
  /** HTML + render-blocking CSS, brotli: 14 KiB, about ten TCP segments, the initial congestion window. */
  criticalBr: 14 * 1024,
  /** Any enhancement script, brotli, on every page but the search page. */
  scriptBr: 2 * 1024,
  /** Pages whose script may be larger (search loads its index on demand). */
  scriptExempt: ['/search/'],
} as const;

/** The budgets a page breaks, as sentences (empty when it holds them all). */
export function budgetProblems(w: PageWeight): string[] {
  const problems: string[] = [];
  if (w.critical.br > BUDGET.criticalBr) {
    problems.push(`${w.path}: HTML + blocking CSS is ${w.critical.br} bytes brotli, over the ${BUDGET.criticalBr}-byte budget (HTML ${w.html.br}, CSS ${w.blockingCss.br})`);
  }
  if (w.blockingScripts.length > 0) problems.push(`${w.path}: scripts block rendering: ${w.blockingScripts.join(', ')}`);
  if (w.js.br > BUDGET.scriptBr && !(BUDGET.scriptExempt as readonly string[]).includes(w.path)) {
    problems.push(`${w.path}: ${w.js.br} bytes of JavaScript (brotli), over the ${BUDGET.scriptBr}-byte budget for an enhancement script`);
  }
  if (w.external.length > 0) problems.push(`${w.path}: requests leave the site: ${w.external.join(', ')}`);
  return problems;
}
