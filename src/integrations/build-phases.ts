/**
 * The build's phases in its log, one line each (`phase <name>: <ms> ms, peak <MiB> MiB`), for the benchmark's profile of
 * where a build spends its time and memory. Peak is the process's resident high-water mark when the phase ends.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

type Hooks = AstroIntegration['hooks'];

/** The log line of a phase that took `ms`. */
export function logPhase(logger: AstroIntegrationLogger, name: string, ms: number): void {
  logger.info(`phase ${name}: ${ms.toFixed(0)} ms, peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

/** The integration with its `astro:build:done` hook timed as the phase `name`. */
export function timedBuildDone(name: string, integration: AstroIntegration): AstroIntegration {
  const done = integration.hooks['astro:build:done'];
  if (!done) return integration;
  const hooks: Hooks = {
    ...integration.hooks,
    'astro:build:done': async (options) => {
      const started = performance.now();
      await done(options);
      logPhase(options.logger, name, performance.now() - started);
    },
  };
  return { ...integration, hooks };
}

/** Times what Astro does between the hooks: syncing the content layer, then bundling and rendering the pages. */
export function buildPhases(): AstroIntegration {
  let mark = 0;
  return {
    name: 'build-phases',
    hooks: {
      'astro:config:done': () => {
        mark = performance.now();
      },
      'astro:build:start': ({ logger }) => {
        logPhase(logger, 'content layer', performance.now() - mark);
        mark = performance.now();
      },
      'astro:build:generated': ({ logger }) => {
        logPhase(logger, 'bundle and render', performance.now() - mark);
      },
    },
  };
}
