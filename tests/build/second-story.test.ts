import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_IMAGES_SITE, ROOT, SITES, outDir, siteCorpus } from '../support/sites.ts';
import { foldText, page, sitePages } from '../support/html.ts';

const dist = outDir(SITES.fixture);
const fixture = siteCorpus(SITES.fixture);
const real = siteCorpus(SITES.root);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('a second story, from content files alone', () => {
  it('builds its own pages with its own words and anchors', () => {
    const pages = sitePages(dist);
    expect(pages).toContain('/stories/harbour-wall/');
    expect(pages).toContain('/people/bo-sample/');
    const $ = page(dist, '/stories/harbour-wall/');
    for (const s of fixture.statements) expect(foldText($(`#q-${s.id}`).clone().find('.st-pin').remove().end().text()), s.id).toBe(foldText(s.data.words));
    expect(page(dist, '/')('h1').text()).toBe('Council votes on the harbour wall');
  });

  it('lands a former id on the same words', () => {
    const $ = page(dist, '/stories/harbour-wall/');
    expect($('#q-mayor-spring').find('#q-mayor-start-in-spring').length).toBe(1);
    expect(page(dist, '/people/ana-example/')('#q-mayor-spring #q-mayor-start-in-spring').length).toBe(1);
  });

  it('carries nothing of the first story', () => {
    const html = sitePages(dist).map((p) => page(dist, p).html()).join('\n');
    for (const p of real.people) expect(html).not.toContain(p.data.name);
    for (const o of real.outlets) expect(html).not.toContain(o.data.name);
  });
});

describe('the engine in src/', () => {
  it('names none of the story\'s people, outlets, places, themes or ids', () => {
    const names = [
      ...real.people.flatMap((p) => [p.id, p.data.name, p.data.nativeName?.text]),
      ...real.outlets.flatMap((o) => [o.id, o.data.name]),
      ...real.statements.map((s) => s.id),
      ...real.events.flatMap((e) => [e.id, e.data.place]),
      // Theme ids are common words ("history"); their labels are what would leak.
      ...real.site!.data.themes.map((t) => t.label),
      real.site!.data.name,
      ...real.articles.map((a) => a.id),
    ].filter((x): x is string => Boolean(x) && x!.length > 3);
    const found: string[] = [];
    for (const file of filesUnder(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const name of names) if (text.includes(name)) found.push(`${file.slice(ROOT.length + 1)}: ${name}`);
    }
    expect(names.length).toBeGreaterThan(50);
    expect(found).toEqual([]);
  });
});

describe('a build with SHARE_IMAGES=off (as the scaling benchmark builds)', () => {
  const noImages = outDir(NO_IMAGES_SITE);

  it('draws no share image and announces none, while the default build does', () => {
    expect(existsSync(join(noImages, 'share'))).toBe(false);
    for (const path of sitePages(noImages).filter((p) => p.endsWith('/'))) {
      const $ = page(noImages, path);
      expect($('meta[property="og:image"], meta[name="twitter:image"]').length, path).toBe(0);
      if ($('meta[http-equiv="refresh"]').length > 0) continue; // a former id's page only sends the reader on
      expect($('meta[name="twitter:card"]').attr('content'), path).toBe('summary');
      expect($('meta[property="og:title"]').length, path).toBe(1);
    }
    expect(page(dist, '/')('meta[property="og:image"]').length).toBe(1);
    expect(existsSync(join(dist, 'share'))).toBe(true);
  });
});
