import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** Finds the line of a field in YAML text, so a report can point at `file:line`. */
export type FieldLocator = (path: readonly PropertyKey[]) => number | undefined;

/**
 * Builds a locator for YAML text that parsed (js-yaml reads the data; this only maps field paths to lines).
 * A field that is absent is located at its nearest parent that is written in the file; the root has no line. The text is
 * parsed the first time a line is asked for (most files are never reported on).
 */
export function yamlFieldLocator(text: string, firstLine = 1): FieldLocator {
  let locate: FieldLocator | undefined;
  return (path) => (locate ??= parsedLocator(text, firstLine))(path);
}

function parsedLocator(text: string, firstLine: number): FieldLocator {
  const lineCounter = new LineCounter();
  let root: Node | null = null;
  try {
    root = parseDocument(text, { lineCounter, uniqueKeys: false }).contents as Node | null;
  } catch {
    return () => undefined;
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + firstLine - 1);
  return (path) => {
    let node: unknown = root;
    let line: number | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        line = lineAt((pair.key as Node).range?.[0]);
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (!item) break;
        line = lineAt(item.range?.[0]);
        node = item;
      } else break;
    }
    return line;
  };
}
