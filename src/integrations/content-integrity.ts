import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../content/collections.ts';
import { checkContent, formatIssues } from '../integrity/index.ts';
import { anchorLedgerIssues } from '../integrity/anchor-ledger.ts';

/** Runs the content integrity check before Astro reads any content, so a misquote or broken reference never builds. */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const { issues, corpus } = checkContent(contentDir(root), root);
        if (issues.length === 0) issues.push(...anchorLedgerIssues(corpus));
        if (issues.length > 0) {
          // A user error: Astro prints the report and the hint; no stack trace, which would point into the engine, not the content.
          const error = new AstroError(formatIssues(issues), 'Fix the content files named above, then build again (`npm run check:content` checks the content alone).');
          error.name = 'ContentIntegrityError';
          error.stack = '';
          throw error;
        }
        logger.info(`content checked: ${corpus.statements.length} statements in ${corpus.articles.length} article(s), all verbatim and marked`);
      },
    },
  };
}
