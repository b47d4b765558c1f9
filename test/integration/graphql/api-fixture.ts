import type { GraphBatch } from '../../../src/ingest/model.js';
import { actor, article, batch, claim, withdrawal } from '../../helpers/batch.js';

/**
 * A small graph whose aggregates are known by hand (see the comments): two issues, four actors
 * with claims, one without, dated across January–March 2024, in three outlets.
 */

export const budget = { id: 'budget', name: 'Federal budget', nameAr: 'الموازنة الاتحادية' };

export const pm = actor('pm', { name: 'PM', nameAr: 'رئيس الوزراء', type: 'person', partOf: ['government'] });
export const government = actor('government', { name: 'Government', nameAr: 'الحكومة العراقية', type: 'government' });
export const defence = actor('defence', { name: 'Defence', nameAr: 'وزارة الدفاع', type: 'ministry', partOf: ['government'] });
export const kataib = actor('kataib', { name: 'Kataib', nameAr: 'كتائب حزب الله', type: 'faction' });
// Written with hamza below; searches with bare or madda alef must find it.
export const analyst = actor('analyst', { name: 'Analyst One', nameAr: 'إياد المحلل', aliases: ['إياد'], type: 'analyst' });

const q = {
  pm: 'إن الحكومة ماضية في إنهاء مهمة التحالف الدولي',
  defence: 'إن بقاء القوات الأجنبية ضرورة في المرحلة الحالية',
  kataib1: 'يجب خروج القوات الأمريكية فورا',
  kataib2: 'لا بقاء لأي قوة أجنبية على أرض العراق',
  analyst1: 'الانسحاب في مصلحة العراق',
  analyst2: 'الانسحاب المتسرع خطر على الأمن',
  pmBudget: 'الموازنة ستقر هذا الشهر',
  defenceBudget: 'ندعم إقرار الموازنة',
  kataibBudget: 'نرفض هذه الموازنة',
};

const wireA = article('wire-a', `قال رئيس الوزراء: "${q.pm}".`, { outlet: 'وكالة الأنباء العراقية', publishedAt: '2024-01-10' });
const wireB = article('wire-b', `نقلت الصحيفة قوله "${q.pm}".`, { outlet: 'السومرية نيوز', publishedAt: '2024-01-11' });
const kataibJan = article('kataib-jan', `قال المتحدث: "${q.kataib1}".`, { outlet: 'شفق نيوز', publishedAt: '2024-01-20' });
const analystJan = article('analyst-jan', `قال المحلل: "${q.analyst1}".`, { outlet: 'السومرية نيوز', publishedAt: '2024-01-25' });
const defenceFeb = article('defence-feb', `وقالت الوزارة: "${q.defence}".`, { outlet: 'السومرية نيوز', publishedAt: '2024-02-01' });
const kataibFeb = article('kataib-feb', `وأضاف: "${q.kataib2}".`, { outlet: 'شفق نيوز', publishedAt: '2024-02-15T09:30:00Z' });
const analystFeb = article('analyst-feb', `ثم قال: "${q.analyst2}".`, { outlet: 'وكالة الأنباء العراقية', publishedAt: '2024-02-20' });
const budgetMar = article('budget-mar', `"${q.pmBudget}" و"${q.defenceBudget}" و"${q.kataibBudget}".`, { outlet: 'وكالة الأنباء العراقية', publishedAt: '2024-03-01' });

const onBudget = { issueId: budget.id };

/**
 * withdrawal: PM supports (1 claim, two outlets, confidence 0.9), Defence opposes (1), Kataib
 * supports (2, confidence 0.6), Analyst One supports in January and opposes in February (MIXED).
 * budget (March): PM and Defence support, Kataib opposes.
 */
export function apiBatch(): GraphBatch {
  return batch({
    issues: [withdrawal, budget],
    articles: [wireA, wireB, kataibJan, analystJan, defenceFeb, kataibFeb, analystFeb, budgetMar],
    actors: [government, pm, defence, kataib, analyst],
    claims: [
      claim('c-pm', pm, 'supports', q.pm, [wireA, wireB], { confidence: 0.9 }),
      claim('c-defence', defence, 'opposes', q.defence, [defenceFeb]),
      claim('c-kataib-1', kataib, 'supports', q.kataib1, [kataibJan], { confidence: 0.6 }),
      claim('c-kataib-2', kataib, 'supports', q.kataib2, [kataibFeb], { confidence: 0.6 }),
      claim('c-analyst-1', analyst, 'supports', q.analyst1, [analystJan]),
      claim('c-analyst-2', analyst, 'opposes', q.analyst2, [analystFeb]),
      claim('c-pm-budget', pm, 'supports', q.pmBudget, [budgetMar], onBudget),
      claim('c-defence-budget', defence, 'supports', q.defenceBudget, [budgetMar], onBudget),
      claim('c-kataib-budget', kataib, 'opposes', q.kataibBudget, [budgetMar], onBudget),
    ],
  });
}
