// The composer's canned-response picker: when a draft is a `/` command, and which responses match.
import { describe, expect, it } from 'vitest';
import { cannedQuery, matchCanned, type Canned } from '../../web/src/console/canned.js';

const list: Canned[] = [
  { id: '1', shortcut: 'refund', body: 'Your refund is on its way.', shared: true },
  { id: '2', shortcut: 'thanks', body: 'Thanks, {{contact.name}}!', shared: true },
  { id: '3', shortcut: 'thanks', body: 'Cheers from me personally.', shared: false },
  { id: '4', shortcut: 'hours', body: 'We are open 9–5; a refund takes 3 days.', shared: true },
  { id: '5', shortcut: 'bye', body: 'Goodbye!', shared: true },
];

describe('canned responses in the composer', () => {
  it('only a leading "/" with a shortcut-like word opens the picker', () => {
    expect(cannedQuery('/')).toBe('');
    expect(cannedQuery('/Ref')).toBe('ref');
    expect(cannedQuery('/thanks-wait_2')).toBe('thanks-wait_2');
    expect(cannedQuery('hello /ref')).toBeNull();
    expect(cannedQuery('/ref and more')).toBeNull();
    expect(cannedQuery('')).toBeNull();
  });

  it('prefix matches first, then shortcut or body containing the text; personal wins over shared', () => {
    expect(matchCanned(list, '').map((c) => c.id)).toEqual(['5', '4', '1', '3']);
    expect(matchCanned(list, 'th').map((c) => c.id)).toEqual(['3']);
    expect(matchCanned(list, 'refund').map((c) => c.id)).toEqual(['1', '4']);
    expect(matchCanned(list, 'zzz')).toEqual([]);
    expect(matchCanned(list, '', 2)).toHaveLength(2);
  });
});
