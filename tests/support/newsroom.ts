/**
 * The newsroom: the real content with the fixture stories of tests/fixtures/newsroom/ laid over a copy of it, so the
 * build and browser suites publish several stories at once. The fixture's `anchor-ledger.txt` lists the fixture
 * stories' anchors only; it is appended to the real ledger, so the real content's anchors stay guarded too. Its
 * `site.yaml` holds only the fields it changes, laid over the real site file's.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** Writes `<target>` as a copy of `<root>/content` with the overlay's files added (new files) and its ledger appended. */
export function overlayContent(root: string, overlay: string, target: string): void {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(root, 'content'), target, { recursive: true });
  const ledger = join(overlay, 'anchor-ledger.txt');
  const site = join(overlay, 'site.yaml');
  cpSync(overlay, target, { recursive: true, filter: (src) => src !== ledger && src !== site });
  if (existsSync(site)) {
    const base = parse(readFileSync(join(target, 'site.yaml'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(target, 'site.yaml'), stringify({ ...base, ...(parse(readFileSync(site, 'utf8')) as Record<string, unknown>) }));
  }
  if (existsSync(ledger)) {
    const base = readFileSync(join(target, 'anchor-ledger.txt'), 'utf8');
    writeFileSync(join(target, 'anchor-ledger.txt'), `${base.trimEnd()}\n${readFileSync(ledger, 'utf8').trimStart()}`);
  }
}
