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

describe('members named with their group', () => {
  it.each([
    ['", including X," after a group: both speak', 'Iran-aligned armed groups, including Kataib Hezbollah, have demanded the departure of all U.S. troops.', ['iran-aligned-armed-groups supports', 'kataib-hezbollah supports']],
    ['"such as X" between group and verb: both speak', 'Armed factions such as Kataib Hezbollah continue to insist on a complete exit of US forces.', ['armed-factions supports', 'kataib-hezbollah supports']],
    ['"among them X and Y": all three speak', 'Several factions, among them Kataib Hezbollah and Harakat al-Nujaba, have demanded the departure of all U.S. troops.', ['several-factions supports', 'kataib-hezbollah supports', 'nujaba supports']],
    ['Arabic, verb first: "فصائل مسلحة، من بينها X وY،"', 'وقالت فصائل مسلحة، من بينها كتائب حزب الله وحركة النجباء، إن على القوات الأمريكية الانسحاب.', ['fsayl-mslhh supports', 'kataib-hezbollah supports', 'nujaba supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('English: a name after "said" that has its own verb', () => {
  it.each([
    ['"and said the Pentagon should …" is the senator\'s, not the Pentagon\'s', 'Sen. Elizabeth Warren, D-Mass., asked about the cost of the mission and said the Pentagon should "finish leaving Iraq and stop pretending a few hundred advisers change the balance there."', ['elizabeth-warren supports']],
    ['a speaker after "said" with nothing of its own still speaks', '"All foreign forces must leave Iraq," said Kataib Hezbollah in a statement.', ['kataib-hezbollah supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('"وفق ما اتفق عليه" is a schedule, not a source', () => {
  it('"مع إنهاء المهمة وفق ما اتفقت عليه الحكومة": the MP speaks, not the government she names', () => {
    const claims = claimsOf('وقالت النائبة سناء يوسف إنها "مع إنهاء المهمة وفق ما اتفقت عليه الحكومة".');
    expect(claims.map((c) => c.actor.name)).toEqual(['سناء يوسف']);
  });
  it('"وفق مصادر حكومية" still names its source', () => {
    const claims = claimsOf('وستنسحب القوات الأمريكية من قاعدة عين الأسد خلال أسابيع، وفق مصادر حكومية.');
    expect(claims.map((c) => c.actor.name)).toEqual(['مصادر حكومية']);
  });
});
