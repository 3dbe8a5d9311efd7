/** The edits the incremental-build benchmark makes to synthetic stories, one of each kind an editor makes (issue 16). */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticFiles } from './synthetic.ts';

function replaceIn(contentDir: string, file: string, find: string, replace: string): void {
  const path = join(contentDir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(find)) throw new Error(`${file} does not hold ${JSON.stringify(find)}: scripts/bench/synthetic.ts changed`);
  writeFileSync(path, text.replace(find, replace));
}

/** Edits one statement's words consistently in its YAML, the article's marks and the source text (a correction an editor might make). */
export function editOneStatement(contentDir: string): void {
  const id = 's0001-q01';
  const words = /^words: "(.*)"$/m.exec(readFileSync(join(contentDir, 'statements', `${id}.yaml`), 'utf8'))![1];
  const edited = `${words} again`;
  for (const file of [`statements/${id}.yaml`, 'articles/s0001.mdx', 'articles/s0001.source.txt']) replaceIn(contentDir, file, words, edited);
}

/** One edit of each kind, applied in this order to content of `stories` synthetic stories (synthetic sources are not pinned). */
export function benchEdits(stories: number): { name: string; apply: (contentDir: string) => void }[] {
  return [
    { name: 'nothing', apply: () => {} },
    { name: 'a statement’s words', apply: editOneStatement },
    { name: 'a person’s name', apply: (dir) => replaceIn(dir, 'people/s0001-p1.yaml', 'name: "Person 1-1"', 'name: "Person 1-1 Jr."') },
    { name: 'an event’s title', apply: (dir) => replaceIn(dir, 'events/s0001-e2.yaml', 'title: "Meeting 2 of story 1"', 'title: "Second meeting of story 1"') },
    { name: 'a theme’s label', apply: (dir) => replaceIn(dir, 'site.yaml', 'label: "Money"', 'label: "Money and budgets"') },
    { name: 'the site’s name', apply: (dir) => replaceIn(dir, 'site.yaml', 'name: "Synthetic Story Watch"', 'name: "Synthetic Story Review"') },
    {
      name: 'a story added',
      apply: (dir) => {
        for (const [path, text] of syntheticFiles(stories + 1)) {
          if (existsSync(join(dir, path))) continue;
          mkdirSync(join(dir, path, '..'), { recursive: true });
          writeFileSync(join(dir, path), text);
        }
      },
    },
    {
      // Its analyst's view cites its statements, which a view may not do once they are withdrawn: the editor drops the citations.
      name: 'a story withdrawn',
      apply: (dir) => {
        replaceIn(dir, 'articles/s0002.mdx', '\n---\n', '\nwithdrawn: { date: "2031-01-01", reason: "Withdrawn for the benchmark." }\n---\n');
        const view = join(dir, 'views', 's0002-p3.mdx');
        writeFileSync(view, readFileSync(view, 'utf8').replace(/ <Cite[^\n]*\./, '.'));
      },
    },
  ];
}
