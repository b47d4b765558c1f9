import { beforeAll, describe, expect, it } from '@jest/globals';
import { extractFromText, loadTestExtractor, stancesOf } from '../../helpers/invariants.js';

let tools: ReturnType<typeof loadTestExtractor>;
beforeAll(() => {
  tools = loadTestExtractor();
});

const claimsOf = (text: string) => extractFromText(text, tools).claims;

describe('English: who "which says" stands for', () => {
  it.each([
    ['a name hyphened to a participle (Iran-aligned) describes the group; it does not speak', 'Kataib Hezbollah, the powerful Iran-aligned armed group, which says all foreign forces must leave.', ['kataib-hezbollah supports']],
    ['"rejected by X, the …, which says" is X\'s statement, not that of the name after the verb', 'That distinction is rejected by Kataib Hezbollah, the powerful armed group, which says NATO advisers must leave.', ['kataib-hezbollah supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});
