import { describe, expect, it } from 'vitest';
import { anchors, joinBase, paths, withFragment } from '../../src/urls/paths.ts';
import { siteBase, siteUrl } from '../../src/urls/deploy.ts';

describe('URLs', () => {
  it('joins any base form with a path, one slash between', () => {
    expect(joinBase('/', '/people/x/')).toBe('/people/x/');
    expect(joinBase('/news/', '/people/x/')).toBe('/news/people/x/');
    expect(joinBase('/news', '/people/x/')).toBe('/news/people/x/');
    expect(joinBase('/news/', '/')).toBe('/news/');
    expect(joinBase('', 'timeline/')).toBe('/timeline/');
  });

  it('builds every page path with a trailing slash', () => {
    for (const path of [paths.home(), paths.story('a'), paths.people(), paths.person('b'), paths.outlet('c'), paths.timeline(), paths.quotes(), paths.quotes(2), paths.quote('x'), paths.themes(), paths.theme('t'), paths.search()]) {
      expect(path.endsWith('/'), path).toBe(true);
    }
    expect(paths.quotes(1)).toBe('/quotes/');
    expect(paths.quotes(3)).toBe('/quotes/page/3/');
    // A statement id made of digits gets its own page, distinct from every index page.
    expect(paths.quote('3')).toBe('/quotes/3/');
    expect(paths.quote('3')).not.toBe(paths.quotes(3));
  });

  it('names anchors by what they point at', () => {
    expect(withFragment(paths.story('s'), anchors.statement('lee-hand-in-hand'))).toBe('/stories/s/#q-lee-hand-in-hand');
    expect(anchors.paragraph(12)).toBe('p-12');
    expect(anchors.event('nara')).toBe('e-nara');
  });

  it('normalises SITE_BASE and SITE_URL, and refuses nonsense', () => {
    expect(siteBase({})).toBe('/');
    expect(siteBase({ SITE_BASE: 'news' })).toBe('/news/');
    expect(siteBase({ SITE_BASE: '/news' })).toBe('/news/');
    expect(siteBase({ SITE_BASE: '/a/b/' })).toBe('/a/b/');
    expect(() => siteBase({ SITE_BASE: '/news?x=1' })).toThrow(/SITE_BASE/);
    expect(siteUrl({})).toBe('http://localhost:4321');
    expect(siteUrl({ SITE_URL: 'https://example.org/ignored/path' })).toBe('https://example.org');
    expect(() => siteUrl({ SITE_URL: 'ftp://example.org' })).toThrow(/SITE_URL/);
  });
});
