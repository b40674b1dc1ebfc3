/** The paragraph of an article that holds a sentence, split around it for highlighting. */
export interface EvidenceInContext {
  before: string;
  sentence: string;
  after: string;
}

/**
 * Finds `sentence` in `body` and returns its paragraph (text between blank lines or line
 * breaks) split around it; null when the sentence is not in the text.
 */
export function evidenceInContext(body: string, sentence: string): EvidenceInContext | null {
  const at = body.indexOf(sentence);
  if (at < 0 || sentence === '') return null;
  const start = body.lastIndexOf('\n', at) + 1;
  const endBreak = body.indexOf('\n', at + sentence.length);
  const end = endBreak < 0 ? body.length : endBreak;
  return {
    before: body.slice(start, at),
    sentence,
    after: body.slice(at + sentence.length, end),
  };
}
