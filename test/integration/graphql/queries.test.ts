import { jest } from '@jest/globals';
import { saveBatch } from '../../../src/store/write.js';
import { pmSupports, sampleBatch } from '../../helpers/batch.js';
import { TestGraph } from '../../helpers/graph.js';
import { query, testServer } from '../../helpers/graphql.js';

// The first queries on a freshly started server compile slowly (jest.config.js's testTimeout
// inside `projects` is not applied).
jest.setTimeout(60_000);

const graph = TestGraph.open();
const yoga = testServer(graph.store);

beforeAll(async () => {
  await graph.wipe();
  await saveBatch(graph.store, sampleBatch());
});
afterAll(() => graph.close());

describe('who stands where on withdrawal', () => {
  test('whoSupports lists the supporting actor with its quote and the articles carrying it', async () => {
    const result = await query(
      yoga,
      `{
        whoSupports(issue: "withdrawal") {
          actor { id name nameAr nameEn aliases type }
          issue { id name }
          stance claimCount corroboration outlets first last
          claims {
            id stance quote qualifiers confidence start end corroboration
            article { id title outlet publishedAt language }
            articles { id outlet }
          }
        }
      }`,
    );

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      whoSupports: [
        {
          actor: { id: 'iraq-pm', name: 'رئيس الوزراء العراقي', nameAr: 'رئيس الوزراء العراقي', nameEn: 'Iraqi Prime Minister', aliases: ['السوداني', 'PM'], type: 'person' },
          issue: { id: 'withdrawal', name: 'Withdrawal of US/coalition forces from Iraq' },
          stance: 'SUPPORTS',
          claimCount: 1,
          corroboration: 2,
          outlets: ['السومرية نيوز', 'وكالة الأنباء العراقية'],
          first: '2024-01-10',
          last: '2024-01-11',
          claims: [
            {
              id: 'claim-pm-1',
              stance: 'SUPPORTS',
              quote: pmSupports.quote,
              qualifiers: ['gradual'],
              confidence: 0.9,
              start: pmSupports.start,
              end: pmSupports.end,
              corroboration: 2,
              article: { id: 'wire-a', title: 'رئيس الوزراء: إنهاء مهمة التحالف', outlet: 'وكالة الأنباء العراقية', publishedAt: '2024-01-10', language: 'ar' },
              articles: [
                { id: 'wire-a', outlet: 'وكالة الأنباء العراقية' },
                { id: 'wire-b', outlet: 'السومرية نيوز' },
              ],
            },
          ],
        },
      ],
    });
  });

  test('corroboration and outlets come out right when asked for without the claims, also through a fragment', async () => {
    const direct = await query(yoga, `{ whoSupports(issue: "withdrawal") { claimCount corroboration outlets } }`);
    const viaFragment = await query(yoga, `{ whoSupports(issue: "withdrawal") { ...reach } } fragment reach on Position { claimCount corroboration outlets }`);

    expect(direct.data).toEqual({ whoSupports: [{ claimCount: 1, corroboration: 2, outlets: ['السومرية نيوز', 'وكالة الأنباء العراقية'] }] });
    expect(viaFragment.data).toEqual(direct.data);
  });

  test("each occurrence's offsets point at the quote in that article's text", async () => {
    const result = await query(yoga, `{ whoSupports(issue: "withdrawal") { claims { quote occurrences { start end article { id text } } } } }`);
    const claims = (result.data?.whoSupports as { claims: { quote: string; occurrences: { start: number; end: number; article: { text: string } }[] }[] }[])[0]?.claims ?? [];

    expect(claims).toHaveLength(1);
    for (const c of claims) {
      expect(c.occurrences).toHaveLength(2);
      for (const o of c.occurrences) expect(o.article.text.slice(o.start, o.end)).toBe(c.quote);
    }
  });

  test('positions filters by stance, and whoOpposes is positions(stance: OPPOSES)', async () => {
    const opposes = await query(yoga, `{ positions(issue: "withdrawal", stance: OPPOSES) { actor { id } stance claims { quote actor { id } issue { id } } } }`);
    const whoOpposes = await query(yoga, `{ positions: whoOpposes(issue: "withdrawal") { actor { id } stance claims { quote actor { id } issue { id } } } }`);
    const all = await query(yoga, `{ positions(issue: "withdrawal") { actor { id } stance } }`);

    expect(opposes.data).toEqual({
      positions: [
        {
          actor: { id: 'iraq-defence-ministry' },
          stance: 'OPPOSES',
          claims: [{ quote: 'إن بقاء القوات الأجنبية ضرورة في المرحلة الحالية', actor: { id: 'iraq-defence-ministry' }, issue: { id: 'withdrawal' } }],
        },
      ],
    });
    expect(whoOpposes.data).toEqual(opposes.data);
    expect(all.data).toEqual({
      positions: [
        { actor: { id: 'iraq-pm' }, stance: 'SUPPORTS' },
        { actor: { id: 'iraq-defence-ministry' }, stance: 'OPPOSES' },
      ],
    });
  });

  test('actor(id) shows its positions and the actors it belongs to; unknown ids give null', async () => {
    const result = await query(
      yoga,
      `query ($id: ID!) {
        actor(id: $id) { name partOf { id name } positions { issue { id } stance claims { id } } }
        nobody: actor(id: "no-such-actor") { id }
      }`,
      { id: 'iraq-pm' },
    );

    expect(result.data).toEqual({
      actor: {
        name: 'رئيس الوزراء العراقي',
        partOf: [{ id: 'iraq-government', name: 'الحكومة العراقية' }],
        positions: [{ issue: { id: 'withdrawal' }, stance: 'SUPPORTS', claims: [{ id: 'claim-pm-1' }] }],
      },
      nobody: null,
    });
  });

  test('actors and issues list what is in the graph; an actor without claims has no positions', async () => {
    const result = await query(yoga, `{ issues { id nameAr } actors { id positions { stance } } issue(id: "withdrawal") { name } unknown: issue(id: "ceasefire") { name } }`);

    expect(result.data).toEqual({
      issues: [{ id: 'withdrawal', nameAr: 'انسحاب القوات الأمريكية' }],
      actors: [
        { id: 'iraq-government', positions: [] },
        { id: 'iraq-pm', positions: [{ stance: 'SUPPORTS' }] },
        { id: 'iraq-defence-ministry', positions: [{ stance: 'OPPOSES' }] },
      ],
      issue: { name: 'Withdrawal of US/coalition forces from Iraq' },
      unknown: null,
    });
  });

  test('an unknown issue gives empty lists, not an error', async () => {
    const result = await query(yoga, `{ positions(issue: "ceasefire") { stance } whoSupports(issue: "ceasefire") { stance } }`);
    expect(result).toEqual({ status: 200, data: { positions: [], whoSupports: [] } });
  });
});
