/**
 * A story that travels: encoded into a link (in the URL's fragment, so it never reaches a
 * server or its logs) or read from a story file someone opens. Both come from outside, so both
 * are read with the story schema, with a size limit before and after decompression, and every
 * failure said in words.
 */
import { story as storySchema, type Story } from '../schema';

/** The fragment key: /<conflict>/present/draft#story=… */
export const STORY_FRAGMENT = 'story';
/** Longest link offered: past this, a file is the safer way (some mail and chat apps cut URLs). */
export const STORY_LINK_MAX = 8000;
/** Largest story accepted, as JSON text (a 200-step story with notes is well under this). */
export const STORY_JSON_MAX = 256 * 1024;

export type StoryRead = { ok: true; story: Story } | { ok: false; error: string };

const toBase64Url = (bytes: Uint8Array): string => {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string): Uint8Array | null => {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
};

async function pipe(bytes: Uint8Array, stream: GenerateTransformStream, limit: number) {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
type GenerateTransformStream = CompressionStream | DecompressionStream;

/** The fragment ("story=…") that carries `story`: its JSON, deflated, in base64url. */
export async function storyFragment(story: Story): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(story));
  const packed = await pipe(json, new CompressionStream('deflate-raw'), Infinity);
  return `${STORY_FRAGMENT}=${toBase64Url(packed!)}`;
}

/** Checks parsed JSON against the story schema; the first problems, with where they are. */
export function checkStory(value: unknown): StoryRead {
  const parsed = storySchema.safeParse(value);
  if (parsed.success) return { ok: true, story: parsed.data };
  const problems = parsed.error.issues.slice(0, 3).map((i) => {
    const where = i.path.length
      ? i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')
      : '(the whole file)';
    return `${where.replace(/^\./, '')}: ${i.message}`;
  });
  return { ok: false, error: `It is not a Faultline story: ${problems.join('; ')}.` };
}

/** A story file's text (from a file picker or a drop), checked. `name` is said in errors. */
export function readStoryText(text: string, name: string): StoryRead {
  if (text.length > STORY_JSON_MAX)
    return { ok: false, error: `${name} is too large for a story (over 256 KB).` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const where = e instanceof SyntaxError ? ` (${e.message})` : '';
    return { ok: false, error: `${name} is not valid JSON${where}.` };
  }
  const checked = checkStory(value);
  return checked.ok ? checked : { ok: false, error: `${name}: ${checked.error}` };
}

/**
 * The story in a URL fragment ("#story=…", other keys ignored), or null when there is none.
 */
export async function readStoryFragment(hash: string): Promise<StoryRead | null> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const packed = params.get(STORY_FRAGMENT);
  if (packed === null) return null;
  const broken: StoryRead = {
    ok: false,
    error:
      'The story in this link is damaged or cut short: ask for the link again, or for the story file.',
  };
  const tooLarge: StoryRead = {
    ok: false,
    error: 'The story in this link is too large (over 256 KB): ask for the story file instead.',
  };
  if (packed.length > STORY_LINK_MAX * 4) return tooLarge;
  const bytes = fromBase64Url(packed);
  if (!bytes) return broken;
  let json: Uint8Array | null;
  try {
    json = await pipe(bytes, new DecompressionStream('deflate-raw'), STORY_JSON_MAX);
  } catch {
    return broken;
  }
  if (!json) return tooLarge;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return broken;
  }
  return checkStory(value);
}
