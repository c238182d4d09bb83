// `@Display Name` matching: whole names, case-insensitive, longest first, not e-mail addresses.
import { expect, it } from 'vitest';
import { mentionedUserIds } from '../../../api/src/modules/notifications/mentions.js';

const staff = [{ id: 'ann', displayName: 'Ann' }, { id: 'anna', displayName: 'Anna Berg' }, { id: 'ben', displayName: 'Ben Agent' }];

it('finds whole names with spaces, case-insensitively, once each', () => {
  expect(mentionedUserIds('@anna berg and @Ben Agent, also @ANNA BERG again', staff).sort()).toEqual(['anna', 'ben']);
  expect(mentionedUserIds('ping @Ann.', staff)).toEqual(['ann']);
});

it('ignores partial names, e-mail addresses and notes without @', () => {
  expect(mentionedUserIds('@Annabel and @Ben Agents', staff)).toEqual([]);
  expect(mentionedUserIds('write to ann@Ann', staff)).toEqual([]);
  expect(mentionedUserIds('no mention of Ann here', staff)).toEqual([]);
});
