import { Readability } from '@mozilla/readability';
import { capHtmlDepth } from './html-depth';

/** What an HTML page yields: its main text as paragraphs, and the metadata it declares. */
export interface HtmlArticle {
  /** Header lines (title, byline, date) then the body paragraphs, separated by blank lines. */
  text: string;
  title: string | null;
  author: string | null;
  publisher: string | null;
  /** YYYY-MM-DD, from the page's metadata. */
  published: string | null;
  url: string | null;
}

/** Turns an HTML string into a Document; DOMParser in a browser, linkedom on a server. */
export type ParseHtml = (html: string) => Document;

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td';

function meta(doc: Document, ...names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

const dayOf = (iso: string | null) =>
  iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null;

/**
 * The main text of a news page, found with Mozilla's Readability (the Firefox reader view), and
 * its metadata (Open Graph / article tags). The DOM comes from the `parse` function, so the
 * same code runs in the browser and in Node.
 */
export function extractHtml(page: string, parse: ParseHtml): HtmlArticle {
  const html = capHtmlDepth(page);
  const doc = parse(html);
  const title =
    meta(doc, 'og:title', 'twitter:title') ??
    doc.querySelector('title')?.textContent?.trim() ??
    null;
  const author = meta(doc, 'author', 'article:author', 'byl');
  const publisher = meta(doc, 'og:site_name', 'application-name');
  const published =
    dayOf(meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date')) ??
    dayOf(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
  const url =
    meta(doc, 'og:url') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;

  let paragraphs: string[] = [];
  let byline: string | null = null;
  try {
    const reader = new Readability<Node>(doc, { serializer: (n) => n, charThreshold: 200 });
    const art = reader.parse();
    byline = art?.byline?.trim() || null;
    const root = art?.content;
    if (root && 'querySelectorAll' in root) {
      paragraphs = [...(root as Element).querySelectorAll(BLOCKS)]
        .filter((el) => !el.querySelector(BLOCKS))
        .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter(Boolean);
    }
  } catch {
    paragraphs = [];
  }
  if (!paragraphs.length) {
    const fresh = parse(html);
    paragraphs = [...fresh.querySelectorAll('p')]
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
  }
  const header = [title, byline ?? (author ? `By ${author}` : null), published].filter(
    (x): x is string => !!x,
  );
  const finalAuthor = author ?? (byline ? byline.replace(/^by\s+/i, '') : null);
  return {
    text: [...header, ...paragraphs].join('\n\n') + '\n',
    title,
    author: finalAuthor,
    publisher,
    published,
    url,
  };
}

/** True when a text looks like an HTML document rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text) ||
    /<\/p>\s*<p[\s>]/i.test(text.slice(0, 20000))
  );
}
