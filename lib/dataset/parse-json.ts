import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { PathSegment } from './problems';

/**
 * Deepest nesting of arrays and objects a data file may have. The parser (and every walk of the
 * tree after it) recurses once per level, so 200,000 nested "[" would overflow the stack; real
 * data is shallow (GeoJSON multipolygon coordinates sit at depth 8).
 */
export const MAX_JSON_DEPTH = 64;

/** Why a text is not acceptable JSON, located as well as the fault allows. */
export interface JsonFault {
  message: string;
  line: number;
  segments: PathSegment[];
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; fault: JsonFault };

/** Parses strict JSON (no comments, no trailing commas). Never throws, whatever the text. */
export function parseDataJson(text: string): JsonResult {
  const deep = tooDeep(text, MAX_JSON_DEPTH);
  if (deep) return { ok: false, fault: deep };
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  const error = errors[0];
  if (error) {
    const line = lineAt(text, error.offset);
    return {
      ok: false,
      fault: { message: `not valid JSON: ${printParseErrorCode(error.error)}`, line, segments: [] },
    };
  }
  return { ok: true, value };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

type Frame = { kind: 'array'; index: number } | { kind: 'object'; key: string; expectKey: boolean };

/**
 * One linear pass that finds where nesting first passes `limit`, with the JSON path of the
 * container that does, without building the tree. Malformed text is left to the parser.
 */
function tooDeep(text: string, limit: number): JsonFault | null {
  const stack: Frame[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 34 /* " */) {
      const start = i;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
        else if (d === 10) line++;
      }
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.expectKey) {
        top.key = keyOf(text.slice(start, i + 1));
        top.expectKey = false;
      }
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (stack.length >= limit) {
        const segments = stack.map((f) => (f.kind === 'array' ? f.index : f.key));
        return {
          message: `nested more than ${limit} levels deep; data files are never that deep`,
          line,
          segments,
        };
      }
      stack.push(
        c === 91 ? { kind: 'array', index: 0 } : { kind: 'object', key: '', expectKey: true },
      );
    } else if (c === 93 /* ] */ || c === 125 /* } */) stack.pop();
    else if (c === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'array') top.index++;
      else if (top) top.expectKey = true;
    }
  }
  return null;
}

function keyOf(token: string): string {
  try {
    const k: unknown = JSON.parse(token);
    return typeof k === 'string' ? k : token;
  } catch {
    return token.slice(1, -1);
  }
}
