/**
 * Everything heavy the ingest page needs only once a person asks for an extraction: the
 * extractor (chrono-node, the rules), the HTML reader (Readability) and the validator (zod and
 * the cross-file checks). The page loads this module on the first "Extract facts", so the
 * page itself stays light.
 */
export { ingestText } from '@/lib/ingest/draft';
export { extractHtml, looksLikeHtml } from '@/lib/ingest/html';
export { toPerson, validateDraft } from '@/lib/ingest/validate-draft';
