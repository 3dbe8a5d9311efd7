import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceTextPath } from '../../src/content/collections.ts';
import { compareIsoDates } from '../../src/content/dates.ts';
import { sourceParagraphs } from '../../src/content/text.ts';
import { SITES, outDir, personPageOf, shownCorpus, siteCatalog, siteCorpus, timelinePaths } from '../support/sites.ts';
import { leadEventSections } from '../../src/model/lead-event.ts';
import { foldText, page, sitePages } from '../support/html.ts';

// The real story alone, and the real story among the newsroom's fixture stories: every expectation comes from the content.
describe.each([SITES.root, SITES.newsroom])('the built site ($name)', (site) => {
  const dist = outDir(site);
  // What the site shows: a withdrawn story's notices are tested in newsroom.test.ts.
  const corpus = shownCorpus(site);
  const outletIds = new Set(corpus.outlets.map((o) => o.id));
  const speakerPage = (id: string) => (outletIds.has(id) ? `/outlets/${id}/` : `/people/${id}/`);
  const publisherOf = (articleId: string) => {
    const a = corpus.articles.find((x) => x.id === articleId)!;
    return corpus.outlets.find((o) => o.id === a.data.publisher)!.data.name;
  };
  const pages = sitePages(dist);

  it('has the pages of the design, for every person, outlet and article', () => {
    for (const path of ['/', '/people/', '/timeline/', '/quotes/']) expect(pages).toContain(path);
    for (const p of corpus.people) expect(pages).toContain(`/people/${p.id}/`);
    for (const o of corpus.outlets) expect(pages).toContain(`/outlets/${o.id}/`);
    for (const a of corpus.articles) expect(pages).toContain(`/stories/${a.id}/`);
  });

  it('shows every statement verbatim on its story page, on the element with its anchor', () => {
    for (const s of corpus.statements) {
      const $ = page(dist, `/stories/${s.data.article}/`);
      const el = $(`#q-${s.id}`);
      expect(el.length, s.id).toBe(1);
      const text = foldText(el.clone().find('.st-pin').remove().end().text());
      expect(text, s.id).toBe(foldText(s.data.words));
      expect(el.hasClass(`st--${s.data.kind}`), s.id).toBe(true);
      expect($(`a[href="#q-${s.id}"]`).length, `permalink of ${s.id}`).toBeGreaterThan(0);
    }
  });

  it('anchors every paragraph of the article, and reproduces its text whole', () => {
    for (const a of corpus.articles) {
      const $ = page(dist, `/stories/${a.id}/`);
      const blocks = $('.block[id^="p-"]');
      const source = sourceParagraphs(readFileSync(sourceTextPath(join(corpus.root, a.file)), 'utf8'));
      expect(blocks.length, a.id).toBe(source.length);
      blocks.each((i, el) => expect($(el).attr('id')).toBe(`p-${i + 1}`));
      const bodyText = foldText(blocks.map((_, el) => $(el).children('p').not('.label').clone().find('.st-pin').remove().end().text()).get().join(' '));
      for (const s of corpus.statements.filter((x) => x.data.article === a.id)) expect(bodyText).toContain(foldText(s.data.words));
    }
  });

  it('shows each statement on its speaker\'s page, anchored once, with its words and a link to the story', () => {
    for (const s of corpus.statements) {
      // A person's statements are anchored on their page, or on one of its numbered pages once they outgrow it.
      const path = outletIds.has(s.data.speaker) ? speakerPage(s.data.speaker) : personPageOf(site, s.id);
      const $ = page(dist, path);
      if (path.startsWith('/people/')) {
        const card = $(`#q-${s.id}`);
        expect(card.length, `${s.id} on ${path}`).toBe(1);
        expect(foldText(card.find('blockquote, .reported').text()), s.id).toContain(foldText(s.data.words));
        expect(card.find(`a[href="/stories/${s.data.article}/#q-${s.id}"]`).length, s.id).toBe(1);
      } else {
        expect(foldText($('main').text())).toContain(foldText(s.data.words));
      }
    }
  });

  it('never shows a paraphrase as a quotation', () => {
    for (const path of pages) {
      const $ = page(dist, path);
      $('blockquote').each((_, el) => {
        // A quotation interrupted by narration shows each of its parts in a span of its own.
        const parts = $(el).find('.part');
        const texts = parts.length > 0 ? parts.map((_, p) => foldText($(p).text())).get() : [foldText($(el).text()).replace(/^"|"$/g, '').replace(/^\u201C|\u201D$/g, '')];
        for (const words of texts) {
          const s = corpus.statements.find((x) => foldText(x.data.words) === words);
          expect(s?.data.kind, `${path}: ${words.slice(0, 40)}`).toMatch(/^(direct|partial)$/);
        }
      });
    }
  });

  it('gives the expert\'s view on each analyst\'s page, labelled as the site\'s analysis, citing statements on the page', () => {
    for (const v of corpus.views) {
      const $ = page(dist, `/people/${v.data.person}/`);
      const view = $('.view');
      expect(view.text()).toMatch(/Analysis by this site/);
      const cites = view.find('a.cite');
      expect(cites.length).toBeGreaterThan(2);
      // Each lands on its statement: on this page, or on the numbered page that anchors it.
      cites.each((_, a) => {
        const href = $(a).attr('href')!;
        const [path, id] = href.startsWith('#') ? [`/people/${v.data.person}/`, href.slice(1)] : href.split('#');
        expect(page(dist, path)(`#${id}`).hasClass('card'), href).toBe(true);
      });
    }
  });

  it('lists the timeline as ordered <time datetime> entries, in date order, each anchored, over its pages', () => {
    const timeline = timelinePaths(site).map((path) => page(dist, path));
    const items = timeline.flatMap(($) => $('ol.timeline > li').map((_, li) => $(li).attr('id')).get());
    expect(items.sort()).toEqual(corpus.events.map((e) => `e-${e.id}`).sort());
    // Each group (the whole timeline on a site of one story, one story's events on a site of several) is in date order.
    for (const $ of timeline) {
      $('ol.timeline').each((_, ol) => {
        const dates = $(ol).children('li').map((_, li) => $(li).find('time').first().attr('datetime')).get();
        expect([...dates].sort()).toEqual(dates);
      });
    }
    const holding = (id: string) => timeline.find(($) => $(`#e-${id}`).is('li:not(.forward)'));
    for (const e of corpus.events) expect(holding(e.id), e.id).toBeDefined();
    for (const s of corpus.statements.filter((x) => x.data.event)) {
      expect(holding(s.data.event!)!(`#e-${s.data.event} a[href="/stories/${s.data.article}/#q-${s.id}"]`).length, s.id).toBe(1);
    }
    expect(timeline.some(($) => /Added context/.test($('li.context').text()))).toBe(true);
  });

  it('gives each story its own timeline of the events it reports, linked from the story, and its quotes by speaker', () => {
    for (const a of corpus.articles) {
      const story = page(dist, `/stories/${a.id}/`);
      expect(story(`main a[href="/stories/${a.id}/timeline/"]`).length, a.id).toBe(1);
      expect(story(`main a[href="/stories/${a.id}/quotes/"]`).length, a.id).toBe(1);
      const $ = page(dist, `/stories/${a.id}/timeline/`);
      const own = corpus.events.filter((e) => e.data.origin === 'article' && e.data.article === a.id);
      expect($('ol.timeline > li').map((_, li) => $(li).attr('id')).get().sort()).toEqual(own.map((e) => `e-${e.id}`).sort());
      const quotes = page(dist, `/stories/${a.id}/quotes/`);
      const said = corpus.statements.filter((s) => s.data.article === a.id);
      expect(quotes('main article.card').length, a.id).toBe(said.length);
      for (const s of said) expect(quotes(`main a[href="/stories/${a.id}/#q-${s.id}"]`).length, s.id).toBeGreaterThan(0);
    }
  });

  it('names the story of every statement card when the site has more than one: on the card, or once over a run of cards', () => {
    for (const path of ['/quotes/', ...corpus.people.map((p) => `/people/${p.id}/`), ...corpus.statements.filter((s) => !outletIds.has(s.data.speaker)).map((s) => personPageOf(site, s.id))]) {
      const $ = page(dist, path);
      $('main article.card').each((_, card) => {
        const link = $(card).find('a[href^="/stories/"][href*="#q-"]').first().attr('href')!;
        const a = corpus.articles.find((x) => link.startsWith(`/stories/${x.id}/`))!;
        // A list by speaker names the story once, in a heading over the cards from it (folded ones included).
        const list = $(card).closest('ul.cards');
        const run = (list.parent().is('details') ? list.parent() : list).prevAll('.group-story').first();
        const named = `${$(card).find('.card-story').text()} ${run.text()}`;
        if (corpus.articles.length > 1) expect(named, `${path} ${link}`).toContain(a.data.headline);
        else expect(named.trim(), `${path} ${link}`).toBe('');
      });
    }
  });

  it('groups a person\'s statements by story, newest first, under each story\'s headline, when they speak in several', () => {
    for (const p of corpus.people) {
      const said = corpus.statements.filter((s) => s.data.speaker === p.id);
      const stories = [...new Set(said.map((s) => s.data.article))];
      // Every page of the person's statements: their own page, and those it links to.
      const own = page(dist, `/people/${p.id}/`);
      const numbered = own('.person-pages a').map((_, a) => own(a).attr('href')).get();
      for (const path of [`/people/${p.id}/`, ...numbered]) {
        const $ = page(dist, path);
        const shown = [...new Set($('main article.card a[href^="/stories/"][href*="#q-"]').map((_, a) => $(a).attr('href')!.split('/')[2]).get())];
        if (stories.length < 2) {
          expect($('.by-story').length, p.id).toBe(0);
          continue;
        }
        const expected = corpus.articles.filter((a) => shown.includes(a.id)).sort((a, b) => compareIsoDates(b.data.published.date, a.data.published.date));
        expect($('.by-story h3').map((_, h) => $(h).text()).get(), path).toEqual(expected.map((a) => a.data.headline));
      }
    }
  });

  it('puts each id once on every page', () => {
    for (const path of pages) {
      const $ = page(dist, path);
      const ids = $('[id]').map((_, el) => $(el).attr('id')).get();
      expect(ids.length - new Set(ids).size, `${path} has duplicate ids`).toBe(0);
    }
  });

  it('marks native-script names with their language', () => {
    for (const p of corpus.people.filter((x) => x.data.nativeName)) {
      const $ = page(dist, `/people/${p.id}/`);
      expect($(`h1 [lang="${p.data.nativeName!.lang}"]`).text()).toBe(p.data.nativeName!.text);
    }
  });

  it('says in every footer that the text is reproduced for analysis, crediting a publisher', () => {
    const publishers = corpus.outlets.filter((o) => corpus.articles.some((a) => a.data.publisher === o.id)).map((o) => o.data.name);
    for (const path of pages) {
      const footer = page(dist, path)('footer').text();
      expect(footer, path).toMatch(/reproduced for analysis/);
      expect(publishers.some((name) => footer.includes(name)), path).toBe(true);
    }
  });

  it('credits, in the footer of a story and of its statements\' pages, that story\'s publisher and no other', () => {
    const others = (articleId: string) => [...new Set(corpus.articles.map((a) => publisherOf(a.id)))].filter((name) => name !== publisherOf(articleId));
    for (const a of corpus.articles) {
      const footer = page(dist, `/stories/${a.id}/`)('footer').text();
      expect(footer, a.id).toContain(publisherOf(a.id));
      for (const name of others(a.id)) expect(footer, `${a.id} credits ${name}`).not.toContain(name);
    }
    for (const s of corpus.statements) {
      const footer = page(dist, `/quotes/${s.id}/`)('footer').text();
      expect(footer, s.id).toContain(publisherOf(s.data.article));
      for (const name of others(s.data.article)) expect(footer, `${s.id} credits ${name}`).not.toContain(name);
    }
  });

  it('lists every story on /stories/, newest first, each with its publisher, date and statement count', () => {
    const $ = page(dist, '/stories/');
    const items = $('main ol.story-list > li');
    const byDate = [...corpus.articles].sort((a, b) => compareIsoDates(b.data.published.date, a.data.published.date));
    // The first page of the index: the newest, as many as a page holds (tests/build/newsroom.test.ts walks the others).
    expect(items.length).toBe(Math.min(corpus.articles.length, corpus.site!.data.pageSize.stories));
    items.each((i, li) => {
      const a = byDate[i];
      const dates = items.map((_, x) => $(x).find('time').attr('datetime')).get();
      expect(dates[i]).toBe(a.data.published.date);
      expect($(li).find(`a[href="/stories/${a.id}/"]`).text()).toBe(a.data.headline);
      expect($(li).text()).toContain(publisherOf(a.id));
      const count = corpus.statements.filter((s) => s.data.article === a.id).length;
      expect($(li).text()).toContain(`${count} statement`);
    });
  });

  it('links every story from the home page when there is more than one, and names Stories in the navigation', () => {
    const $ = page(dist, '/');
    expect($('nav.site-nav a[href="/stories/"]').text()).toBe('Stories');
    // The newest stories, as many as a page of /stories/ holds; the list goes on there.
    const newest = [...corpus.articles].sort((a, b) => compareIsoDates(b.data.published.date, a.data.published.date)).slice(0, corpus.site!.data.pageSize.stories);
    if (corpus.articles.length > 1) for (const a of newest) expect($(`main a[href="/stories/${a.id}/"]`).length, a.id).toBeGreaterThan(0);
    else expect($('#stories-title').length).toBe(0);
    if (corpus.articles.length > newest.length) expect($('main a[rel="next"]').attr('href')).toBe('/stories/page/2/');
  });

  it('pairs the principals\' words by occasion on the summit page, each quotation verbatim and linking to its anchor', () => {
    const $ = page(dist, '/');
    const { sides, occasions } = leadEventSections(siteCatalog(SITES.root));
    const rows = $('.words .occasion');
    expect(rows.length).toBe(occasions.length);
    rows.each((i, row) => {
      const cells = $(row).find('.pair-cell');
      expect(cells.length).toBe(sides.length);
      cells.each((j, cell) => {
        const said = occasions[i].cells[j].statements;
        const quotes = $(cell).find('blockquote');
        expect(quotes.length).toBe(said.length);
        said.forEach((s, k) => {
          expect(quotes.eq(k).text()).toBe(`“${s.data.words}”`);
          expect($(cell).find(`a[href="/stories/${s.article.id}/#q-${s.id}"]`).length).toBe(1);
        });
        // An empty cell says so in words, never an empty box.
        if (said.length === 0) expect($(cell).find('.pair-none').text()).toContain(occasions[i].cells[j].speaker.name);
      });
    });
    expect($('h2').map((_, h) => $(h).text()).get()).toEqual(expect.arrayContaining(['How others framed it', 'What was agreed or done', 'The experts', 'Timeline']));
    // The principals' words come before others' framing.
    expect($('#words-title').index('h2')).toBeLessThan($('#framing-title').index('h2'));
  });

  it('loads scripts only as same-site module files (none inline), and makes no request outside the site', () => {
    // Pages work without JavaScript (tests/browser proves it); the one enhancement script is a file a CSP can allow.
    for (const path of pages) {
      const $ = page(dist, path);
      expect($('script:not([src]):not([type="application/ld+json"])').length, `inline script on ${path}`).toBe(0);
      $('script[src]').each((_, el) => expect($(el).attr('type'), path).toBe('module'));
      $('link[href], img[src], script[src]').each((_, el) => {
        const ref = $(el).attr('href') ?? $(el).attr('src')!;
        if ($(el).attr('rel') === 'canonical') return;
        expect(ref, path).toMatch(/^\/(?!\/)/);
      });
    }
  });
});

// The lead page of any event, whoever the lead is: the real summit, and the synthetic story whose lead has one leader.
describe.each([SITES.root, SITES.newsroom, SITES.fixture])('the lead page of the $name build', (site) => {
  const dist = outDir(site);
  const corpus = siteCorpus(site);

  it('gives each leader who speaks one column, and no section without content under its heading', () => {
    const $ = page(dist, '/');
    const lead = corpus.site!.data.leadArticle;
    const isLeader = (id: string) => corpus.people.find((p) => p.id === id)?.data.kind === 'leader';
    const quoted = (kind: string) => kind === 'direct' || kind === 'partial';
    const leaders = new Set(corpus.statements.filter((s) => s.data.article === lead && isLeader(s.data.speaker) && quoted(s.data.kind)).map((s) => s.data.speaker));
    const occasions = leadEventSections(siteCatalog(site)).occasions;
    expect($('.words .occasion').length).toBe(occasions.length);
    $('.words .occasion').each((_, row) => expect($(row).find('.pair-cell').length).toBe(leaders.size));
    $('main section').each((_, section) => {
      const heading = $(section).children('h2, h3').first();
      const rest = $(section).children().not(heading);
      expect(rest.text().trim().length, `section "${heading.text()}" of /`).toBeGreaterThan(0);
    });
    const analysts = corpus.people.filter((p) => p.data.kind === 'analyst' && corpus.statements.some((s) => s.data.article === lead && s.data.speaker === p.id));
    expect($('#experts-title').length).toBe(analysts.length > 0 ? 1 : 0);
  });
});
