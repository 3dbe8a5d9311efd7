import { describe, expect, it } from 'vitest';
import { eventLd, ldGraph, newsArticleLd, quotationLd, serializeJsonLd, speakerLd, type LdContext } from '../../src/publish/structured-data.ts';
import { SITES, siteCatalog } from '../support/sites.ts';

const abs = (path: string) => new URL(path.replace(/^\//, ''), 'https://example.org/news/').href;
const real: LdContext = { catalog: siteCatalog(SITES.root), abs };
const fixture: LdContext = { catalog: siteCatalog(SITES.fixture), abs };

describe('JSON-LD', () => {
  it('escapes what could end a script element, and parses back to the same value', () => {
    const value = { text: 'a </script><script>alert(1)</script> & b \u2028 <!--' };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('makes a Quotation of each direct or partial statement: words, creator, source article, date said', () => {
    const quotations = real.catalog.statements.filter((s) => s.quotation);
    expect(quotations.length).toBeGreaterThan(10);
    for (const s of quotations) {
      const q = quotationLd(real, s);
      expect(q['@type']).toBe('Quotation');
      expect(q.text).toBe(s.data.words);
      expect((q.creator as { name: string }).name).toBe(s.speaker.name);
      expect(q.isBasedOn).toEqual({ '@id': `https://example.org/news/stories/${s.article.id}/#article` });
      expect(q.dateCreated).toBe(s.event?.data.start.date);
    }
    const lee = real.catalog.statements.find((s) => s.data.kind === 'direct' && s.event?.data.start.precision === 'day')!;
    expect(quotationLd(real, lee).dateCreated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('never makes a Quotation of a paraphrase or a publisher\'s judgment', () => {
    const reported = real.catalog.statements.filter((s) => !s.quotation);
    expect(reported.map((s) => s.data.kind)).toEqual(expect.arrayContaining(['paraphrase', 'editorial']));
    for (const s of reported) expect(() => quotationLd(real, s)).toThrow(/not a quotation/);
  });

  it('gives the NewsArticle its publisher only when the source states it, and a publication date only when the source states it exactly', () => {
    for (const ctx of [real, fixture]) {
      for (const a of ctx.catalog.articles.values()) {
        const name = ctx.catalog.outlets.get(a.data.publisher)!.data.name;
        const ld = newsArticleLd(ctx, a);
        if (a.data.publisherKnown === 'stated') {
          expect((ld.publisher as { name: string }).name, a.id).toBe(name);
          expect(ld, a.id).not.toHaveProperty('creditText');
        } else {
          // An inferred publisher is not stated as fact: no publisher node, and a credit that says it is inferred.
          expect(ld, a.id).not.toHaveProperty('publisher');
          expect(ld.creditText, a.id).toContain(name);
          expect(ld.creditText, a.id).toMatch(/inferred/);
        }
      }
    }
    const [article] = real.catalog.articles.values();
    const ld = newsArticleLd(real, article);
    expect(ld['@type']).toBe('NewsArticle');
    expect(article.data.published.bound).toBe('not-before');
    expect(ld).not.toHaveProperty('datePublished');
    expect((ld.about as { '@type': string })['@type']).toBe('Event');

    const [synthetic] = fixture.catalog.articles.values();
    const fld = newsArticleLd(fixture, synthetic);
    expect(fld.datePublished).toBe(synthetic.data.published.date);
    expect(fld.correction).toHaveLength(synthetic.data.corrections.length);
  });

  it('describes people and events with what the content says', () => {
    const analyst = real.catalog.statements.find((s) => s.speaker.type === 'person' && s.speaker.data.kind === 'analyst')!.speaker;
    const person = speakerLd(real, analyst);
    expect(person).toMatchObject({ '@type': 'Person', name: analyst.name, url: `https://example.org/news/people/${analyst.id}/` });
    if (analyst.type === 'person') expect(person.jobTitle).toBe(analyst.data.role);
    const lead = real.catalog.events.get(real.catalog.site.leadEvent)!;
    expect(eventLd(real, lead)).toMatchObject({ '@type': 'Event', startDate: lead.data.start.date, endDate: lead.data.end?.date });
    expect(ldGraph([person])['@context']).toBe('https://schema.org');
  });
});
