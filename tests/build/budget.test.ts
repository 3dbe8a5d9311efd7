import { describe, expect, it } from 'vitest';
import { BUDGET, budgetProblems } from '../../src/publish/page-budget.ts';
import { measureSite } from '../../tooling/page-weight.ts';
import { SITES, outDir } from '../support/sites.ts';

// A size budget, not a timing: every page a reader can open arrives in one TCP initial window and asks nothing of another site.
describe.each(Object.values(SITES))('page weight of the $name build', (site) => {
  const weights = measureSite(outDir(site), site.base, site.siteUrl);

  it('has pages to measure', () => {
    expect(weights.length).toBeGreaterThan(5);
  });

  it(`keeps HTML + blocking CSS of every page within ${BUDGET.criticalBr} bytes brotli, scripts small and deferred, every request on the site`, () => {
    expect(weights.flatMap(budgetProblems)).toEqual([]);
  });

  it('draws the first view of every page from a single request (styles inline, no font or image to wait for)', () => {
    expect(weights.filter((w) => w.requests !== 1).map((w) => `${w.path}: ${w.requests} requests`)).toEqual([]);
  });
});
