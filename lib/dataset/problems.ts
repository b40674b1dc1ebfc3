import { parseTree, findNodeAtLocation, type Node } from 'jsonc-parser';

/** One thing wrong with a dataset file, located as precisely as we can. */
export interface Problem {
  /** Path of the file relative to the dataset folder's parent, e.g. "ukraine/conflict.json". */
  file: string;
  /** JSON path, e.g. "$.control[3].measure.value"; "$" for the whole file. */
  path: string;
  /** 1-based line of the value in the file, when known. */
  line?: number;
  message: string;
}

export type PathSegment = string | number;

/** "$.control[3].measure" from ["control", 3, "measure"]. */
export function formatJsonPath(segments: readonly PathSegment[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/**
 * Finds the line of a JSON path in a file's text, walking up to the nearest existing parent
 * (a missing property is reported where its object starts).
 */
export function lineLocator(
  text: string,
): (segments: readonly PathSegment[]) => number | undefined {
  let tree: Node | undefined;
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return (segments) => {
    tree ??= parseTree(text);
    if (!tree) return undefined;
    for (let n = segments.length; n >= 0; n--) {
      const node = findNodeAtLocation(tree, segments.slice(0, n) as (string | number)[]);
      if (node) return lineOf(node.parent?.type === 'property' ? node.parent.offset : node.offset);
    }
    return undefined;
  };
}

/** "ukraine/conflict.json:12 $.people[2].party: unknown party \"nato2\"" */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''} ${p.path}: ${p.message}`;
}
