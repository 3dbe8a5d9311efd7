import { engine } from '../../src/integrations/engine.ts';
import { ROOT } from './sites.ts';

/** Runs the engine's `astro:config:setup` hook as `astro <command>` would at the project root; returns what it warned. */
export function runConfigSetup(command: 'build' | 'dev' = 'build'): string[] {
  const warned: string[] = [];
  const setup = engine().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({ config: { root: new URL(`file://${ROOT}/`), base: '/' }, command, logger: { info: () => {}, warn: (m: string) => warned.push(m) }, updateConfig: () => {} });
  return warned;
}
