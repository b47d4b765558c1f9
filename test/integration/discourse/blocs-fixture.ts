import type { GraphArticle, GraphBatch, GraphClaim, Stance } from '../../../src/ingest/model.js';
import { actor, article, batch, claim, withdrawal } from '../../helpers/batch.js';

/**
 * A graph whose discourse analysis is known by construction:
 *  - bloc S (pm, kataib, sadr) supports withdrawal in January and in March, opposes the
 *    security agreement in February; bloc O (defence, kdp, embassy) takes the other side each time;
 *  - the switcher supports withdrawal in January and opposes it in March;
 *  - "Partisan TV" quotes only bloc S, "Daily" only bloc O (and the switcher's March turn),
 *    "Wire" everyone but the embassy; sadr's claims are unsure (confidence 0.5).
 */

export const agreement = { id: 'security-agreement', name: 'A bilateral US–Iraq security agreement', nameAr: null };

export const S = ['pm', 'kataib', 'sadr'] as const;
export const O = ['defence', 'kdp', 'embassy'] as const;
const people = [...S, ...O, 'switcher'].map((id) => actor(id, { name: `Name of ${id}` }));
const person = (id: string) => people.find((p) => p.id === id)!;

const outletsOf = (id: string): string[] => {
  if (id === 'embassy') return ['Daily'];
  return (S as readonly string[]).includes(id) ? ['Partisan TV', 'Wire'] : ['Daily', 'Wire'];
};

const articles: GraphArticle[] = [];
const claims: GraphClaim[] = [];

function say(who: string, issueId: string, stance: Stance, date: string, outlets: string[] = outletsOf(who)): void {
  const quote = `${who} ${stance} ${issueId} on ${date}`;
  const carried = outlets.map((outlet) => article(`${who}-${issueId}-${date}-${outlet}`.replace(/\W+/g, '-'), `Report. "${quote}", it said.`, { outlet, publishedAt: date, url: `https://news.test/${who}/${date}` }));
  articles.push(...carried);
  claims.push(claim(`c-${who}-${issueId}-${date}`, person(who), stance, quote, carried, { issueId, confidence: who === 'sadr' ? 0.5 : 0.85 }));
}

for (const date of ['2024-01-10', '2024-03-10']) {
  for (const who of S) say(who, 'withdrawal', 'supports', date);
  for (const who of O) say(who, 'withdrawal', 'opposes', date);
}
for (const who of S) say(who, 'security-agreement', 'opposes', '2024-02-10');
for (const who of O) say(who, 'security-agreement', 'supports', '2024-02-10');
say('switcher', 'withdrawal', 'supports', '2024-01-12', ['Wire']);
say('switcher', 'withdrawal', 'opposes', '2024-03-12', ['Daily']);

export function blocsBatch(): GraphBatch {
  return batch({ issues: [withdrawal, agreement], articles, actors: people, claims });
}
