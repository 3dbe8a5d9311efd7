import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { overlayContent } from './newsroom.ts';
import { catalogOfCorpus, type Catalog } from '../../src/model/catalog.ts';
import { checkContent, type Corpus } from '../../src/integrity/index.ts';
import { ROOT } from '../../tooling/build.ts';
import { personPagePath, personPlacement, timelinePlacement } from '../../src/model/anchoring.ts';

export { ROOT };

/** Where the test builds go (ignored by git). */
export const BUILDS = join(ROOT, '.test-builds');

/** One site the tests build: which content, under which base. */
export interface SiteBuild {
  name: string;
  /** Content folder relative to the root. */
  contentDir: string;
  /** SITE_BASE for the build. */
  base: string;
  /** SITE_URL for the build. */
  siteUrl: string;
  /** A folder of stories laid over a copy of the real content (tests/support/newsroom.ts); `contentDir` is then that copy. */
  overlay?: string;
}

/** The builds every build-output and browser test reads: the real story at the root and under /news/, a second, synthetic story, and the real story among the newsroom's fixture stories. */
export const SITES = {
  root: { name: 'root', contentDir: 'content', base: '/', siteUrl: 'https://example.org' },
  sub: { name: 'sub', contentDir: 'content', base: '/news/', siteUrl: 'https://example.github.io' },
  fixture: { name: 'fixture', contentDir: 'tests/fixtures/second-story', base: '/', siteUrl: 'http://localhost:4321' },
  /** The real story with the newsroom's fixture stories beside it: a site of several stories. */
  newsroom: { name: 'newsroom', contentDir: '.test-builds/newsroom-content', overlay: 'tests/fixtures/newsroom', base: '/', siteUrl: 'https://example.org' },
} satisfies Record<string, SiteBuild>;

/** Writes the content folder of a site built from an overlay (a no-op for the others); the build setup and siteCorpus call it. */
export function prepareContent(site: SiteBuild): void {
  if (site.overlay) overlayContent(ROOT, join(ROOT, site.overlay), join(ROOT, site.contentDir));
}

/** The output folder of a build. */
export function outDir(site: SiteBuild): string {
  return join(BUILDS, site.name);
}

/** The second story built with `SHARE_IMAGES=off` (how the scaling benchmark builds): built apart from SITES. */
export const NO_IMAGES_SITE: SiteBuild = { name: 'no-images', contentDir: 'tests/fixtures/second-story', base: '/', siteUrl: 'http://localhost:4321' };

/** The real content with every must-build case applied (tests/fixtures/must-build): built apart from SITES, so other tests do not read it. */
export const CASES_SITE: SiteBuild = { name: 'must-build', contentDir: '.test-builds/must-build-content/content', base: '/', siteUrl: 'https://example.org' };

const corpora = new Map<string, Corpus>();

/** The content of a test site as the integrity check reads it (read once per test file). */
export function siteCorpus(site: SiteBuild): Corpus {
  if (site.overlay && !existsSync(join(ROOT, site.contentDir))) prepareContent(site);
  if (!corpora.has(site.contentDir)) corpora.set(site.contentDir, checkContent(join(ROOT, site.contentDir), ROOT).corpus);
  return corpora.get(site.contentDir)!;
}

/** The catalog (statements numbered, speakers resolved) of a test site's content, as its pages show it. */
export function siteCatalog(site: SiteBuild): Catalog {
  if (!catalogs.has(site.contentDir)) catalogs.set(site.contentDir, catalogOfCorpus(siteCorpus(site)));
  return catalogs.get(site.contentDir)!;
}

const catalogs = new Map<string, Catalog>();

/**
 * The content a site shows: its corpus without withdrawn stories, their statements, and the events only they reported
 * (a withdrawn story's pages are notices, tested on their own).
 */
export function shownCorpus(site: SiteBuild): Corpus {
  const corpus = siteCorpus(site);
  const withdrawn = new Set(corpus.articles.filter((a) => a.data.withdrawn).map((a) => a.id));
  if (withdrawn.size === 0) return corpus;
  const statements = corpus.statements.filter((s) => !withdrawn.has(s.data.article));
  const atEvents = new Set(statements.map((s) => s.data.event));
  return {
    ...corpus,
    articles: corpus.articles.filter((a) => !withdrawn.has(a.id)),
    statements,
    events: corpus.events.filter((e) => !(e.data.origin === 'article' && withdrawn.has(e.data.article) && !atEvents.has(e.id))),
  };
}

/** Where a person's statement is anchored among their pages (their own page while everything fits on it). */
export function personPageOf(site: SiteBuild, statementId: string): string {
  const catalog = siteCatalog(site);
  const s = catalog.statementById.get(statementId);
  if (!s) throw new Error(`no shown statement ${statementId}`);
  const placement = personPlacement(catalog, s.speaker.id);
  const page = placement.pages.find((p) => p.items.some((x) => x.id === statementId))!;
  return personPagePath(s.speaker.id, placement, page.current);
}

/** Every page of the site timeline: `/timeline/`, then `/timeline/page/<n>/`. */
export function timelinePaths(site: SiteBuild): string[] {
  return timelinePlacement(siteCatalog(site)).map((p) => (p.current === 1 ? '/timeline/' : `/timeline/page/${p.current}/`));
}
