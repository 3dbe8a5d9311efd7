/**
 * `npm run bench`: page weight of every built page, our pages against a TimelineJS page in headless Chromium, Lighthouse
 * scores, and build scaling against a bare Astro build. Prints markdown tables; writes .bench/results.{json,md}.
 * Options: `--quick` (1 run of each scaling size, no 1000-story build, the incremental edits at 10 stories; for trying the bench out, not for the README).
 */
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET, budgetProblems, type PageWeight } from '../../src/publish/page-budget.ts';
import { ROOT } from '../../tooling/build.ts';
import { launchChromium } from '../../tooling/chromium.ts';
import { builtFiles, pageFile, sitePages } from '../../tooling/pages.ts';
import { measurePage, measureSite } from '../../tooling/page-weight.ts';
import { serveStatic } from '../../tooling/static-server.ts';
import { median, runBuild, type BuildRun } from './run-build.ts';
import { bareMarkdownPages, PER_STORY, writeSyntheticContent } from './synthetic.ts';
import { benchEdits, editOneStatement } from './edits.ts';
import { distDifferences } from '../../tooling/dist-diff.ts';
import { buildTimelineJsPage } from './peer-timelinejs.ts';
import { measureLoad, SLOW_PHONE, type PageLoad } from './page-load.ts';
import { runLighthouse, CATEGORIES, type LighthouseResult } from './lighthouse.ts';

const QUICK = process.argv.includes('--quick');
const WORK = join(ROOT, '.bench');
const TMP = join(WORK, 'tmp');
const LOADS = 5;
const SIZES: [stories: number, runs: number][] = QUICK ? [[1, 1], [10, 1], [100, 1]] : [[1, 3], [10, 3], [100, 3], [1000, 1]];
const SITE_URL = 'http://127.0.0.1';
/** Stories the incremental edits are measured on. */
const EDIT_STORIES = QUICK ? 10 : 100;

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`);
const log = (...args: unknown[]) => console.error('[bench]', ...args);

function table(head: string[], rows: (string | number)[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** A page's kind: its path with every segment after the first generalised (`/people/*`), so one page of each kind can be picked. */
export function pageKind(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts.length === 0 ? '/' : `/${[parts[0], ...parts.slice(1).map(() => '*')].join('/')}/`;
}

/** Files of a built site that are images. */
function imagesIn(dist: string): string[] {
  return builtFiles(dist, (name) => /\.(png|jpe?g|webp|avif)$/i.test(name));
}

/** The size in bytes of each page's `<main>` in a built site: what the bare build's pages are made as long as. */
function mainSizes(dist: string): number[] {
  return builtFiles(dist, (name) => name.endsWith('.html')).map((file) => {
    const html = readFileSync(join(dist, file), 'utf8');
    const start = html.indexOf('<main');
    return start < 0 ? 0 : Buffer.byteLength(html.slice(start, html.indexOf('</main>', start)));
  });
}

/** The kinds of the files a build rendered, with how many of each, most first. */
function renderedKinds(run: BuildRun): string {
  const counts = new Map<string, number>();
  for (const { file } of run.rendered) {
    const kind = pageKind(`/${file.replace(/(^|\/)index\.html$/, '$1')}`);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
}

/**
 * The heaviest page of each kind in a large build, by its HTML's raw bytes, weighed against the budget (weighing all of a
 * 1000-story build's pages at brotli quality 11 would take many minutes; within a kind the largest file is the one that
 * compresses largest, give or take).
 */
function heaviestAtScale(dist: string): PageWeight[] {
  const largest = new Map<string, { path: string; bytes: number }>();
  for (const path of sitePages(dist)) {
    const bytes = statSync(pageFile(dist, path)).size;
    const kind = pageKind(path);
    if ((largest.get(kind)?.bytes ?? -1) < bytes) largest.set(kind, { path, bytes });
  }
  return [...largest.values()].map(({ path }) => measurePage(dist, path, '/', SITE_URL)).sort((a, b) => b.critical.br - a.critical.br);
}

async function pageWeights(dist: string) {
  const weights = measureSite(dist, '/', SITE_URL);
  const byKind = new Map<string, PageWeight[]>();
  for (const w of weights) byKind.set(pageKind(w.path), [...(byKind.get(pageKind(w.path)) ?? []), w]);
  const heaviest = [...byKind.entries()].map(([kind, list]) => ({ kind, count: list.length, w: list.reduce((a, b) => (b.critical.br > a.critical.br ? b : a)) }));
  return { weights, heaviest, problems: weights.flatMap(budgetProblems) };
}

async function main() {
  const started = performance.now();
  mkdirSync(TMP, { recursive: true });
  const machine = { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString().slice(0, 10) };
  log(`machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}`);

  // 1. Page weight of the real site, built as a reader would get it.
  log('building the site…');
  const siteDist = join(TMP, 'site');
  const siteBuild = await runBuild({ outDir: siteDist, cacheDir: join(TMP, 'site-cache'), env: { SITE_URL } });
  const weight = await pageWeights(siteDist);
  const images = imagesIn(siteDist);

  // 2. Against TimelineJS, in the same browser and on the same emulated phone network.
  log('TimelineJS peer…');
  const peerDir = join(TMP, 'peer');
  buildTimelineJsPage(join(ROOT, 'content'), peerDir, ROOT);
  const server = await serveStatic({ '/__peer/': peerDir, '/': siteDist }, { brotli: true });
  const browser = await launchChromium();
  const chromiumVersion = browser.version();
  const ours: PageLoad[] = [];
  const theirs: PageLoad[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      ours.push(await measureLoad(browser, server, `${server.origin}/timeline/`));
      theirs.push(await measureLoad(browser, server, `${server.origin}/__peer/`));
    }
  } finally {
    await browser.close();
  }
  const peer = {
    ours: { lcpMs: median(ours.map((l) => l.lcpMs)), bytes: median(ours.map((l) => l.bytes)), requests: median(ours.map((l) => l.requests)), blocked: ours[0].blocked },
    theirs: { lcpMs: median(theirs.map((l) => l.lcpMs)), bytes: median(theirs.map((l) => l.bytes)), requests: median(theirs.map((l) => l.requests)), blocked: theirs[0].blocked },
  };

  // 3. Lighthouse, one page of each kind.
  log('Lighthouse…');
  const kindPages = [...new Map(sitePages(siteDist).map((p) => [pageKind(p), p] as const)).entries()].map(([kind, path]) => ({ kind, path }));
  let lighthouse: LighthouseResult[];
  try {
    lighthouse = await runLighthouse(kindPages.map((k) => `${server.origin}${k.path}`));
  } finally {
    await server.close();
  }

  // 4. Build scaling: our engine against a bare Astro + MDX build of the same article bodies.
  const scaling: ScalingRow[] = [];
  let scaleWeight: { stories: number; heaviest: PageWeight[] } | undefined;
  for (const [stories, runs] of SIZES) {
    const contentDir = join(TMP, `content-${stories}`);
    writeSyntheticContent(contentDir, stories);
    const bareSrc = join(TMP, `bare-${stories}`);
    const row: ScalingRow = { stories, ours: [], bare: [] };
    // Share images are measured apart (step 5), as the issue asks: here the build draws none.
    const ours = { outDir: join(TMP, 'out'), cacheDir: join(TMP, 'cache'), env: { CONTENT_DIR: contentDir, SHARE_IMAGES: 'off' } };
    for (let i = 0; i < runs; i++) {
      log(`scaling: ${stories} stories, run ${i + 1} of ${runs}`);
      row.ours.push(await runBuild(ours));
      if (i === 0) {
        // The bare build makes as many pages as ours just did, each with a body as long as our page's <main>.
        rmSync(bareSrc, { recursive: true, force: true });
        mkdirSync(join(bareSrc, 'pages'), { recursive: true });
        for (const [name, text] of bareMarkdownPages(mainSizes(ours.outDir))) writeFileSync(join(bareSrc, 'pages', name), text);
        if (stories === SIZES[SIZES.length - 1][0]) scaleWeight = { stories, heaviest: heaviestAtScale(ours.outDir) };
      }
      row.bare.push(await runBuild({ outDir: join(TMP, 'bare-out'), cacheDir: join(TMP, 'bare-cache'), config: 'scripts/bench/bare.config.mjs', env: { BARE_SRC: bareSrc } }));
    }
    if (stories === SIZES[SIZES.length - 1][0]) {
      // The largest size again, incrementally: with nothing changed, then after one statement is edited.
      log(`scaling: ${stories} stories, rebuilds with nothing changed and after one edit`);
      row.unchanged = await runBuild({ ...ours, warm: true });
      editOneStatement(contentDir);
      row.oneEdit = await runBuild({ ...ours, warm: true });
    }
    scaling.push(row);
  }

  // 5. Incremental builds: after each kind of edit, what was rendered again, how long it took, and whether dist/ is the
  // same as a cold build's of the same content.
  const incremental: EditRow[] = [];
  {
    const contentDir = join(TMP, 'content-edits');
    writeSyntheticContent(contentDir, EDIT_STORIES);
    const warm = { outDir: join(TMP, 'edits-out'), cacheDir: join(TMP, 'edits-cache'), env: { CONTENT_DIR: contentDir, SHARE_IMAGES: 'off' } };
    const cold = { outDir: join(TMP, 'edits-cold'), cacheDir: join(TMP, 'edits-cold-cache'), env: warm.env };
    log(`incremental: ${EDIT_STORIES} stories, cold build`);
    const first = await runBuild(warm);
    for (const edit of benchEdits(EDIT_STORIES)) {
      log(`incremental: after ${edit.name}`);
      edit.apply(contentDir);
      const run = await runBuild({ ...warm, warm: true });
      const reference = await runBuild(cold);
      incremental.push({ edit: edit.name, cold: reference.seconds, coldFirst: first.seconds, run: summary(run), kinds: renderedKinds(run), differences: distDifferences(warm.outDir, cold.outDir) });
    }
  }

  // 6. Share images: a cold build of 100 stories, then a warm rebuild after editing one statement (same cache folder).
  let shareImages: { measured: false; reason: string } | { measured: true; cold: BuildRun; warm: BuildRun; images: number };
  if (images.length === 0) {
    shareImages = { measured: false, reason: 'not measured: no share images in this build' };
  } else {
    log('share images: cold build of 100 stories, then a warm rebuild after one edit…');
    const contentDir = join(TMP, 'content-images');
    writeSyntheticContent(contentDir, 100);
    // A fresh image cache, so the first build is cold; the rebuild reuses it, as a second build on the same machine would.
    const opts = { outDir: join(TMP, 'images-out'), cacheDir: join(TMP, 'images-cache'), env: { CONTENT_DIR: contentDir, SHARE_IMAGE_CACHE: join(TMP, 'share-image-cache') } };
    rmSync(opts.env.SHARE_IMAGE_CACHE, { recursive: true, force: true });
    const cold = await runBuild(opts);
    editOneStatement(contentDir);
    const warm = await runBuild({ ...opts, warm: true });
    shareImages = { measured: true, cold, warm, images: imagesIn(opts.outDir).length };
  }

  const results: Results = {
    machine: { ...machine, chromium: chromiumVersion },
    siteBuild: summary(siteBuild),
    weight,
    peer,
    lighthouse: lighthouse.map((r, i) => ({ ...r, kind: kindPages[i].kind })),
    scaling: scaling.map((row) => ({ ...row, ours: row.ours.map(summary), bare: row.bare.map(summary), unchanged: row.unchanged && summary(row.unchanged), oneEdit: row.oneEdit && summary(row.oneEdit) })),
    profile: profileOf(scaling[scaling.length - 1]),
    scaleWeight: scaleWeight!,
    incremental,
    shareImages: shareImages.measured ? { ...shareImages, cold: summary(shareImages.cold), warm: summary(shareImages.warm) } : shareImages,
    seconds: (performance.now() - started) / 1000,
  };
  const md = report(results);
  writeFileSync(join(WORK, 'results.json'), JSON.stringify(results, null, 2));
  writeFileSync(join(WORK, 'results.md'), md);
  console.log(md);
  // A full run rewrites the results section of the bench's README (a quick run is a trial, not a result).
  if (!QUICK) writeResultsSection(join(ROOT, 'scripts/bench/README.md'), md);
  log(`done in ${results.seconds.toFixed(0)} s; results in .bench/results.md and .bench/results.json${QUICK ? '' : ' and scripts/bench/README.md'}`);
  if (weight.problems.length > 0) process.exitCode = 1;
}

/** A build as the results keep it: counts of what it rendered and reused, not the lists. */
type RunSummary = Omit<BuildRun, 'rendered' | 'reused'> & { rendered: number; reused: number };

function summary(run: BuildRun): RunSummary {
  return { ...run, rendered: run.rendered.length, reused: run.reused.length };
}

/** One size of the scaling runs; at the largest, the incremental rebuilds too. */
interface ScalingRow {
  stories: number;
  ours: BuildRun[];
  bare: BuildRun[];
  unchanged?: BuildRun;
  oneEdit?: BuildRun;
}

/** One edit of the incremental benchmark. */
interface EditRow {
  edit: string;
  /** Seconds of a cold build of the same content, and of the first (cold) build before any edit. */
  cold: number;
  coldFirst: number;
  run: RunSummary;
  /** Kinds of the files rendered again, with counts. */
  kinds: string;
  /** Differences between the incremental build's dist/ and the cold build's (none is right). */
  differences: string[];
}

/** Where a cold build of the largest size spent its time and memory, phase by phase (from the engine's log and Astro's per-file times). */
function profileOf(row: ScalingRow): { phase: string; seconds: number; peakMiB: number | null }[] {
  const run = row.ours[0];
  const at = (name: string) => run.phases.find((p) => p.name === name);
  const sum = (keep: (file: string) => boolean) => run.rendered.filter((r) => keep(r.file)).reduce((t, r) => t + r.ms, 0);
  const images = sum((f) => f.startsWith('share/'));
  const pages = sum((f) => f.endsWith('.html'));
  const files = sum((f) => !f.startsWith('share/') && !f.endsWith('.html'));
  const bundleAndRender = at('bundle and render');
  const phase = (label: string, name: string) => ({ phase: label, seconds: (at(name)?.ms ?? 0) / 1000, peakMiB: at(name)?.peakMiB ?? null });
  return [
    phase('content check (read, check, ledger)', 'content check'),
    phase('content layer (sync, store)', 'content layer'),
    { phase: 'model and bundle (catalog, page data, Vite)', seconds: ((bundleAndRender?.ms ?? 0) - images - pages - files) / 1000, peakMiB: null },
    { phase: 'render pages (HTML)', seconds: pages / 1000, peakMiB: null },
    { phase: 'render other files (exports, citations, feed)', seconds: files / 1000, peakMiB: null },
    { phase: 'share images', seconds: images / 1000, peakMiB: null },
    { ...phase('(bundle, model and render, in all)', 'bundle and render') },
    phase('sitemap', 'sitemap'),
    phase('search index (Pagefind)', 'search index'),
    phase('output check', 'output check'),
    { phase: 'whole build (wall clock; peak of the process tree)', seconds: run.seconds, peakMiB: Math.round(run.peakBytes / 2 ** 20) },
  ];
}

/** Everything one bench run measured. */
interface Results {
  machine: { cores: number; cpu: string; memoryGiB: number; node: string; date: string; chromium: string };
  siteBuild: RunSummary;
  weight: Awaited<ReturnType<typeof pageWeights>>;
  peer: Record<'ours' | 'theirs', Omit<PageLoad, 'blocked'> & { blocked: string[] }>;
  lighthouse: (LighthouseResult & { kind: string })[];
  scaling: { stories: number; ours: RunSummary[]; bare: RunSummary[]; unchanged?: RunSummary; oneEdit?: RunSummary }[];
  profile: ReturnType<typeof profileOf>;
  /** The heaviest page of each kind at the largest size. */
  scaleWeight: { stories: number; heaviest: PageWeight[] };
  incremental: EditRow[];
  shareImages: { measured: false; reason: string } | { measured: true; cold: RunSummary; warm: RunSummary; images: number };
  seconds: number;
}

/** Replaces everything from the `## Results` heading to the end of a README with this run's results. */
function writeResultsSection(readme: string, md: string): void {
  const text = existsSync(readme) ? readFileSync(readme, 'utf8') : '# Benchmark\n';
  const at = text.indexOf('\n## Results');
  const head = at < 0 ? `${text.trimEnd()}\n` : text.slice(0, at + 1);
  writeFileSync(readme, `${head}## Results\n\n${md.trimEnd()}\n`);
}

/** The results as markdown: the same tables go to the terminal, to .bench/results.md and to the results section of scripts/bench/README.md. */
function report(r: Results): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(`Measured ${m.date} on ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, Chromium ${m.chromium}${QUICK ? ' (quick run)' : ''}.`);
  const all = r.weight.weights;
  const maxCritical = Math.max(...all.map((w) => w.critical.br));
  out.push(
    '',
    `**Page weight** (${all.length} pages; brotli quality 11; budget: HTML + blocking CSS ≤ ${kib(BUDGET.criticalBr)}, scripts ≤ ${kib(BUDGET.scriptBr)} and deferred, nothing from another site). Heaviest page of each kind:`,
    '',
    table(
      ['page kind', 'pages', 'heaviest', 'HTML raw', 'HTML br', 'blocking CSS br', 'HTML + CSS br', 'JS br', 'fonts', 'images', 'requests', 'external'],
      r.weight.heaviest.map(({ kind, count, w }) => [kind, count, w.path, kib(w.html.raw), kib(w.html.br), kib(w.blockingCss.br), kib(w.critical.br), kib(w.js.br), kib(w.fonts.br), kib(w.images.br), w.requests, w.external.length]),
    ),
    '',
    r.weight.problems.length === 0
      ? `Every page within budget; the heaviest is ${kib(maxCritical)} (${((maxCritical / BUDGET.criticalBr) * 100).toFixed(0)} % of the budget).`
      : `**Over budget:**\n${r.weight.problems.map((p) => `- ${p}`).join('\n')}`,
  );
  const p = r.peer;
  out.push(
    '',
    `**Against TimelineJS** (the same events and statements; median of ${LOADS} cold loads at 375 px, ${SLOW_PHONE.latencyMs} ms latency, 1.6 Mbit/s, CPU ${SLOW_PHONE.cpuSlowdown}× slower; brotli as served; its requests to other sites blocked):`,
    '',
    table(
      ['', 'our /timeline/', 'TimelineJS page', 'ours / theirs'],
      [
        ['bytes transferred', kib(p.ours.bytes), kib(p.theirs.bytes), ratio(p.ours.bytes, p.theirs.bytes)],
        ['requests', p.ours.requests, p.theirs.requests, ratio(p.ours.requests, p.theirs.requests)],
        ['largest contentful paint', `${p.ours.lcpMs.toFixed(0)} ms`, `${p.theirs.lcpMs.toFixed(0)} ms`, ratio(p.ours.lcpMs, p.theirs.lcpMs)],
        ['requests to other sites (blocked)', p.ours.blocked.length, p.theirs.blocked.length, ''],
      ],
    ),
  );
  out.push(
    '',
    '**Lighthouse 12.2.3** (mobile, simulated throttling), one page of each kind:',
    '',
    table(
      ['page kind', 'page', ...CATEGORIES],
      r.lighthouse.map((l) => [l.kind, new URL(l.url).pathname, ...CATEGORIES.map((c) => l.scores[c])]),
    ),
  );
  const failing = [...new Set(r.lighthouse.flatMap((l) => l.failing))];
  if (failing.length > 0) out.push('', `Audits not passed on some page: ${failing.join('; ')}.`);
  const stat = (runs: RunSummary[]) => ({ seconds: median(runs.map((b) => b.seconds)), pages: runs[0].pages, peak: Math.max(...runs.map((b) => b.peakBytes)) });
  const base = r.scaling.find((s) => s.stories === 10) ?? r.scaling[0];
  const perPage10 = stat(base.ours).seconds / stat(base.ours).pages;
  out.push(
    '',
    `**Build scaling** (cold builds of synthetic stories: ${PER_STORY.statements} statements, ${PER_STORY.people} people, ${PER_STORY.events} events each; median of the runs; the bare build is Astro building as many plain Markdown pages as ours made, each body as long as our page's \`<main>\`, in the same run):`,
    '',
    table(
      ['stories', 'runs', 'pages', 'seconds', 's/story', 'pages/s', 'ms/page (vs 10 stories)', 'peak memory', 'bare: pages', 'bare: seconds', 'bare: pages/s', 'bare: peak memory', 'pages/s, ours / bare', 'peak, ours / bare'],
      r.scaling.map((s) => {
        const o = stat(s.ours);
        const b = stat(s.bare);
        const perPage = o.seconds / o.pages;
        const gib = (n: number) => `${(n / 2 ** 30).toFixed(2)} GiB`;
        return [s.stories, s.ours.length, o.pages, o.seconds.toFixed(1), (o.seconds / s.stories).toFixed(3), (o.pages / o.seconds).toFixed(0), `${(perPage * 1000).toFixed(1)} (${ratio(perPage, perPage10)})`, gib(o.peak), b.pages, b.seconds.toFixed(1), (b.pages / b.seconds).toFixed(0), gib(b.peak), ratio(o.pages / o.seconds, b.pages / b.seconds), ratio(o.peak, b.peak)];
      }),
    ),
  );
  const sw = r.scaleWeight;
  const over = sw.heaviest.flatMap(budgetProblems);
  out.push(
    '',
    `**Page weight at ${sw.stories} stories** (the largest HTML file of each kind, weighed as above; brotli quality 11):`,
    '',
    table(
      ['page kind', 'page', 'HTML raw', 'HTML + CSS br', 'of budget'],
      sw.heaviest.map((w) => [pageKind(w.path), w.path, kib(w.html.raw), kib(w.critical.br), `${((w.critical.br / BUDGET.criticalBr) * 100).toFixed(0)} %`]),
    ),
    '',
    over.length === 0 ? `Every kind's largest page within budget at ${sw.stories} stories.` : `**Over budget at ${sw.stories} stories:**\n${over.map((p) => `- ${p}`).join('\n')}`,
  );
  const largest = r.scaling[r.scaling.length - 1];
  if (largest.unchanged && largest.oneEdit) {
    const cold = stat(largest.ours).seconds;
    const line = (label: string, run: RunSummary) => `${label} ${run.seconds.toFixed(1)} s (${ratio(run.seconds, cold)} of cold; ${run.rendered} files rendered, ${run.reused} reused)`;
    out.push('', `**Rebuilds at ${largest.stories} stories** (incremental, after the cold build above): ${line('with nothing changed', largest.unchanged)}; ${line('after one statement edit', largest.oneEdit)}.`);
  }
  out.push(
    '',
    `**Where a cold build of ${largest.stories} stories spends its time and memory** (the engine's phases from its log; render times are Astro's per-file times; peak is the build process's high-water mark when the phase ends):`,
    '',
    table(['phase', 'seconds', 'peak memory so far'], r.profile.map((p) => [p.phase, p.seconds.toFixed(1), p.peakMiB === null ? '' : `${(p.peakMiB / 1024).toFixed(2)} GiB`])),
  );
  const edits = r.incremental;
  if (edits.length > 0) {
    out.push(
      '',
      `**Incremental builds** (${EDIT_STORIES} stories, each edit applied after the one before; a cold build of the same content after each, to compare; cold before any edit: ${edits[0].coldFirst.toFixed(1)} s):`,
      '',
      table(
        ['edit', 'seconds', 'of cold', 'files rendered', 'files reused', 'rendered, by kind', 'dist/ same as cold'],
        edits.map((e) => [e.edit, e.run.seconds.toFixed(1), ratio(e.run.seconds, e.cold), e.run.rendered, e.run.reused, e.kinds, e.differences.length === 0 ? 'yes' : `**no**: ${e.differences.slice(0, 3).join('; ')}${e.differences.length > 3 ? ` (${e.differences.length} in all)` : ''}`]),
      ),
    );
  }
  const si = r.shareImages;
  out.push(
    '',
    si.measured
      ? `**Share images** (100 stories, ${si.images} images): cold ${si.cold.seconds.toFixed(1)} s; warm rebuild after editing one statement ${si.warm.seconds.toFixed(1)} s (${ratio(si.warm.seconds, si.cold.seconds)} of cold).`
      : `**Share images**: ${si.reason}.`,
  );
  return out.join('\n') + '\n';
}

if (!existsSync(join(ROOT, 'node_modules/@knight-lab/timelinejs')) || !statSync(join(ROOT, 'node_modules/lighthouse')).isDirectory()) {
  throw new Error('run npm ci first: the bench needs @knight-lab/timelinejs and lighthouse from devDependencies');
}
await main();
