import { describe, expect, it } from 'vitest';
import { articleSchema, datePointSchema, eventSchema, idSchema, personSchema, statementSchema } from '../../src/schemas/index.ts';

const statement = { article: 'a', speaker: 'b', kind: 'direct', words: 'Hello', via: null, event: null };

describe('schemas', () => {
  it('accepts a minimal statement and fills defaults', () => {
    const parsed = statementSchema.parse(statement);
    expect(parsed.themes).toEqual([]);
    expect(parsed.aliases).toEqual([]);
  });

  it('rejects unknown kinds, empty words, missing via and unknown fields', () => {
    expect(statementSchema.safeParse({ ...statement, kind: 'quote' }).success).toBe(false);
    expect(statementSchema.safeParse({ ...statement, words: '   ' }).success).toBe(false);
    const { via: _via, ...noVia } = statement;
    expect(statementSchema.safeParse(noVia).success).toBe(false);
    const extra = statementSchema.safeParse({ ...statement, speeker: 'x' });
    expect(extra.success).toBe(false);
    expect(JSON.stringify(extra.error?.issues)).toContain('speeker');
  });

  it('accepts slugs only as ids', () => {
    expect(idSchema.safeParse('lee-jae-myung').success).toBe(true);
    for (const bad of ['Lee', 'lee_jae', 'lee--jae', '-lee', 'lee jae', '']) expect(idSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('keeps dates as strings and their precision consistent', () => {
    expect(datePointSchema.safeParse({ date: '2026-01-13', precision: 'day' }).success).toBe(true);
    expect(datePointSchema.safeParse({ date: '2026-01', precision: 'month' }).success).toBe(true);
    expect(datePointSchema.safeParse({ date: '2026-01-13', precision: 'approximate' }).success).toBe(true);
    const mismatch = datePointSchema.safeParse({ date: '2026-01', precision: 'day' });
    expect(mismatch.success).toBe(false);
    expect(mismatch.error?.issues[0].path).toEqual(['precision']);
    expect(datePointSchema.safeParse({ date: new Date('2026-01-13'), precision: 'day' }).success).toBe(false);
    expect(datePointSchema.safeParse({ date: '2026-02-30', precision: 'day' }).success).toBe(false);
  });

  it('requires sources for added-context events and the article\'s words for reported ones', () => {
    const base = { title: 't', start: { date: '1965-06-22', precision: 'day' } };
    expect(eventSchema.safeParse({ ...base, origin: 'context' }).success).toBe(false);
    expect(eventSchema.safeParse({ ...base, origin: 'context', sources: [{ title: 's', publisher: 'p' }] }).success).toBe(true);
    expect(eventSchema.safeParse({ ...base, origin: 'article', article: 'a', datedBy: [] }).success).toBe(false);
    expect(eventSchema.safeParse({ ...base, origin: 'article', article: 'a', datedBy: ['on Monday'] }).success).toBe(true);
  });

  it('requires native names to carry a language', () => {
    expect(personSchema.safeParse({ name: 'x', kind: 'leader', nativeName: { text: '이재명' } }).success).toBe(false);
    expect(personSchema.safeParse({ name: 'x', kind: 'leader', nativeName: { text: '이재명', lang: 'ko' } }).success).toBe(true);
  });

  it('requires an article to say whose headline it is and how its date is known', () => {
    const article = {
      headline: 'h', headlineBy: 'site', publisher: 'p', publisherKnown: 'stated', event: 'e', description: 'd',
      published: { date: '2026-01-13', precision: 'day', bound: 'not-before', basis: 'b' },
      source: { file: 'f.txt', url: null },
    };
    expect(articleSchema.safeParse(article).success).toBe(true);
    expect(articleSchema.safeParse({ ...article, headlineBy: undefined }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, published: { ...article.published, bound: undefined } }).success).toBe(false);
  });
});
