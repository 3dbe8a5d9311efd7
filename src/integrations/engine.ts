/**
 * The engine: the one integration `astro.config.mjs` calls. It checks the content once, before Astro reads any of it,
 * shares that read with the content layer's loaders, and composes everything else the site needs: MDX behind the
 * content allowlist, the sitemap, the search index, the host files and the Content-Security-Policy.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { contentDir } from '../content/collections.ts';
import { formatIssues } from '../content/issue.ts';
import { shareCorpus } from '../content/loader.ts';
import { checkContent, loadCorpus } from '../integrity/index.ts';
import { anchorLedgerIssues } from '../integrity/anchor-ledger.ts';
import { outputIssues, PAGE_READING_VERSION, type PageMemo } from '../integrity/output.ts';
import type { Corpus } from '../content/read.ts';
import { CSP_DIRECTIVES } from '../publish/hosting.ts';
import { noticePaths, redirectPaths, sitemapFilter, sitemapLastmod } from '../publish/sitemap.ts';
import { hostFiles } from './host-files.ts';
import { remarkArticleBlocks } from './remark-article-blocks.ts';
import { remarkContentAllowlist } from './remark-content-allowlist.ts';
import { searchIndex } from './search-index.ts';
import { buildPhases, logPhase, timedBuildDone } from './build-phases.ts';
import { engineCacheFolder } from './build-cache.ts';
import { siteUrlWarning } from '../urls/deploy.ts';

/** The output check's reading of each page, by the page's digest, from the build before (none when the cache is empty or unreadable). */
function readPageMemo(file: string): PageMemo {
  try {
    const { version, rows } = JSON.parse(readFileSync(file, 'utf8')) as { version: number; rows: [string, [string, number][], [string, string][]][] };
    if (version !== PAGE_READING_VERSION) return new Map();
    return new Map(rows.map(([digest, counts, words]) => [digest, { counts: new Map(counts), words: new Map(words) }]));
  } catch {
    return new Map();
  }
}

function writePageMemo(file: string, memo: PageMemo): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ version: PAGE_READING_VERSION, rows: [...memo].map(([digest, ids]) => [digest, [...ids.counts], [...ids.words]]) }));
}

/**
 * After the build: the pages say what the content says (src/integrity/output.ts); a difference fails the build. A page
 * whose bytes the check read in the build before is not parsed again (its reading is kept in the cache folder).
 */
function outputCheck(corpus: () => Corpus | undefined): AstroIntegration {
  let memoFile: string | undefined;
  return {
    name: 'output-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        memoFile = join(engineCacheFolder(config.cacheDir, 'output-check'), 'pages.json');
      },
      'astro:build:done': ({ dir, logger }) => {
        const read = corpus();
        if (!read) return;
        const memo = memoFile ? readPageMemo(memoFile) : undefined;
        const issues = outputIssues(fileURLToPath(dir), read, memo);
        if (memoFile && memo) writePageMemo(memoFile, memo);
        if (issues.length > 0) {
          const error = new AstroError(formatIssues(issues).replace('; nothing was built', ' in the built site'), 'The content check passed but the built pages differ from it: this is a bug of the engine.');
          error.name = 'OutputCheckError';
          error.stack = '';
          throw error;
        }
        logger.info(`output checked: every statement's anchor once around its words, every ledger anchor present`);
      },
    },
  };
}

/** The engine integration: content check, MDX, sitemap, search, host files and CSP, in one call. */
export function engine(): AstroIntegration {
  return {
    name: 'quote-anchored-news',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        const started = performance.now();
        const root = fileURLToPath(config.root);
        // A published site with localhost in every citation is wrong in a way nobody sees until a link is shared.
        const noSiteUrl = command === 'build' ? siteUrlWarning(process.env) : undefined;
        if (noSiteUrl) logger.warn(noSiteUrl);
        let redirects: string[] = [];
        let lastmod: ReturnType<typeof sitemapLastmod> = (item) => item;
        let checked: Corpus | undefined;
        if (command !== 'preview') {
          // Test-only: UNSAFE_SKIP_CONTENT_CHECK=1 reads the content without checking it, so that tests can prove the
          // build's own guards (the remark allowlist inside MDX) stop hostile content alone. Never set it to publish.
          const skip = process.env.UNSAFE_SKIP_CONTENT_CHECK === '1';
          const { issues, corpus } = skip ? { issues: [], corpus: loadCorpus(contentDir(root), root).corpus } : checkContent(contentDir(root), root);
          if (skip) logger.warn('UNSAFE_SKIP_CONTENT_CHECK=1: the content check was skipped (for tests of the build\'s own guards only)');
          else if (issues.length === 0) issues.push(...anchorLedgerIssues(corpus));
          if (issues.length > 0) {
            // A user error: Astro prints the report and the hint; no stack trace, which would point into the engine, not the content.
            const error = new AstroError(formatIssues(issues), 'Fix the content files named above, then build again (`npm run check:content` checks the content alone).');
            error.name = 'ContentIntegrityError';
            error.stack = '';
            throw error;
          }
          shareCorpus(corpus);
          checked = corpus;
          redirects = [...redirectPaths(corpus), ...noticePaths(corpus)];
          lastmod = sitemapLastmod(config.base, corpus);
          if (!skip) logger.info(`content checked: ${corpus.statements.length} statements in ${corpus.articles.length} article(s), all verbatim and marked`);
          logPhase(logger, 'content check', performance.now() - started);
        }
        updateConfig({
          markdown: {
            // No code blocks in articles or views, and Shiki's inline styles would break the CSP.
            syntaxHighlight: false,
          },
          // A Content-Security-Policy <meta> on every page (works on any static host): scripts and styles only from the site
          // itself or, when Astro inlines them, by hash; no plugins, no <base> hijack, no form posts elsewhere.
          security: { csp: { algorithm: 'SHA-256', directives: [...CSP_DIRECTIVES] } },
          integrations: [
            mdx({
              // The allowlist runs first, so nothing outside it reaches the MDX compiler. Bodies are parsed as plain MDX,
              // exactly as the content check parses them (no GFM: its autolinks would turn an article's words into links).
              // Quotes are kept exactly as published, so no SmartyPants.
              processor: unified({ remarkPlugins: [remarkContentAllowlist, remarkArticleBlocks], gfm: false, smartypants: false }),
            }),
            buildPhases(),
            timedBuildDone('sitemap', sitemap({ filter: sitemapFilter(config.base, redirects), serialize: (item) => lastmod(item) })),
            timedBuildDone('search index', searchIndex()),
            hostFiles(),
            timedBuildDone('output check', outputCheck(() => checked)),
          ],
        });
      },
    },
  };
}
