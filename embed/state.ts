/** The embed's linked state: the "as of" day and what is selected (a plain object, no store). */
export interface EmbedState {
  date: string;
  item: string | null;
  region: string | null;
}
