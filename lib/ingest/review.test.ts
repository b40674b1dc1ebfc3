import { describe, expect, it } from 'vitest';
import { ingestText } from './draft';
import { applyReview } from './review';
import { ukraineConflict } from './test-helpers';

const r = ingestText(
  'Title Of The Test Article\n\nJanuary 21, 2025\n\n“We are open to all talks now,” Putin said on Monday. Russia controls Crimea, officials said.',
  { conflict: ukraineConflict() },
);

describe('applyReview(draft, reviews, edits)', () => {
  it('removes rejected facts, marks accepted ones, applies edited words and dates', () => {
    const st = r.draft.statements[0];
    const cf = r.draft.control[0];
    expect(st && cf).toBeTruthy();
    const out = applyReview(
      r.draft,
      { [st!.id]: 'accepted', [cf!.id]: 'rejected' },
      { [st!.id]: { text: 'We are open to talks', date: '2025-01' } },
    );
    expect(out.control).toEqual([]);
    expect(out.statements[0]).toMatchObject({
      review: 'accepted',
      text: 'We are open to talks',
      date: { value: '2025-01', basis: 'relative' },
    });
  });
  it('ignores an impossible edited date and keeps the drafted one', () => {
    const st = r.draft.statements[0]!;
    expect(
      applyReview(r.draft, {}, { [st.id]: { date: '2025-02-30' } }).statements[0]?.date,
    ).toEqual(st.date);
  });
});
