/**
 * At most this many regions are named under a slide's map (a date step may name many); the
 * rest are on the map itself. Its own module, so the presentation's client code stays small.
 */
export const CAPTION_MAX = 6;

/** On a projected slide, fewer (in short words, in type large enough for the back row). */
export const SLIDE_CAPTION_MAX = 4;
