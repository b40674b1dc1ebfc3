/**
 * /embed/resize.js: the tiny script a page that embeds Faultline includes once. It listens for
 * the embeds' height messages (see README, "Embedding") and sets the height of the iframe that
 * sent each one. Any number of embeds per page; other messages are ignored.
 */
import { isEmbedHeightMessage } from '@/lib/embed/options';

addEventListener('message', (e: MessageEvent) => {
  if (!isEmbedHeightMessage(e.data)) return;
  for (const f of document.querySelectorAll('iframe')) {
    if (f.contentWindow !== e.source) continue;
    // Only the app the iframe shows may size it.
    try {
      if (new URL(f.src, location.href).origin !== e.origin) return;
    } catch {
      return;
    }
    f.style.height = `${e.data.height}px`;
    return;
  }
});
