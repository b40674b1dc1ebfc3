import { parseHTML } from 'linkedom';
import { extractHtml, type HtmlArticle } from './html';

/** HTML → main text on the server, with linkedom standing in for the browser's DOM. */
export function extractHtmlNode(html: string): HtmlArticle {
  return extractHtml(html, (h) => parseHTML(h).document as unknown as Document);
}
