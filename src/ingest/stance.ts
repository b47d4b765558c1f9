import type { Qualifier } from '../config/lexicon.js';
import { PREPOSITIONS } from './actors.js';
import { ENGLISH_SUBJECT_PRONOUNS, isEnglishNoun, RELATIVE_PRONOUNS, REPORTING_VERBS, type Statement } from './attribution.js';
import { originalWords, type AnalyzedText } from './document.js';
import { hitsWithin, type Hit } from './lexicon-matcher.js';
import type { Stance } from './model.js';
import { TERMINAL } from './segment.js';

/** A statement's position on one issue, with what decided it. */
export interface StanceReading {
  issue: string;
  stance: Stance;
  qualifiers: Qualifier[];
  confidence: number;
  cue: string;
  negated: boolean;
  conditional: boolean;
}

/** How far (in tokens) an evaluative word or negator reaches. */
const POLARITY_WINDOW = 12;
/** From a withdrawal to a "before" that goes on describing it (انسحاب لقوات التحالف قبل استكمال …). */
const SUBJECT_PRECONDITION_REACH = 4;
const NEGATION_REACH = 6;
/** A negator bears on a cue only from close by (لن تنسحب، لا يتعلق بانسحاب), not from a neighbouring phrase. */
const CUE_NEGATION_REACH = 3;
const SUBJECT_NEGATION_REACH = 5;
const NARROW_NEGATION_REACH = 2;
const QUALIFIER_WINDOW = 7;
const NOT_BUT_REACH = 5;
const TOPIC_REACH = 5;
/** From a withdrawal word to what else is left: the one leaving may stand between (انسحاب نواب التيار من البرلمان). */
const ELSEWHERE_REACH = 4;
const ENDING_REACH = 8;
/** From a limit (جدول زمني، a schedule) to the presence it limits: "… schedule" for the coalition's presence. */
const LIMIT_REACH = 5;
const CONDITION_REACH = 4;
/** From a negated condition (إذا لم، unless) to the withdrawal it names. */
const NEGATED_CONDITION_REACH = 8;
/** From "as", "when" to the cue in the clause of time it opens. */
const SUBORDINATE_REACH = 6;
const INVERTER_REACH = 2;
/** How far before its cue a delay word may stand and still take the cue as its object (التفاف على موعد الانسحاب، الالتفاف على إرادة الشعب العراقي وحكومته في إخراج القوات). */
const DELAYED_CUE_REACH = 7;
/** From "before" to the withdrawal it makes a precondition (قبل إنهاء، before a full withdrawal). */
const PRECONDITION_REACH = 3;
/** From a negator to the "before" that makes what it refuses wait (لن تسلم سلاحها قبل). */
const WITHHELD_REACH = 5;
/** بل، وإنما، بقدر ما after a negated cue corrects it when no more than this many words stand between. */
const CORRECTION_REACH = 1;
/** Folded: بل، وإنما، إنما، بقدر (ما): "لا يعني انسحاباً بقدر ما هو إعادة انتشار". */
const CORRECTIONS: ReadonlySet<string> = new Set(['بل', 'وانما', 'انما', 'بقدر']);
const CORRECTION_CUE_REACH = 4;
/** From a negated plain verb to the delay word it denies (لم يطرأ عليه أي تعديل). */
const DENIAL_REACH = 4;
/** Words that weigh what follows them, so a negator before them negates them, not a delay word after them (لن نقبل بأي تأخير). */
const WEIGHING: ReadonlySet<Hit['tag']['kind']> = new Set(['polarity', 'predicate', 'cue', 'referent']);
/** Folded words that make the ending after them a point in time (بعد انتهاء، until the end of). */
const TEMPORAL_PREPOSITIONS: ReadonlySet<string> = new Set(['بعد', 'قبل', 'حتي', 'لحين', 'عند', 'after', 'before', 'until', 'following']);
/** From an evaluation to the "to" of the infinitive it judges ("a blunder to", "a strategic mistake to"). */
const INFINITIVE_JUDGE_REACH = 2;
/** Folded words of "during": what follows them is a span of time. */
const DURATION_PREPOSITIONS: ReadonlySet<string> = new Set(['خلال', 'طوال', 'اثناء', 'ابان', 'during', 'throughout']);
/** From "during" to the agreement whose stage it names (خلال المرحلة الثانية من الاتفاق). */
const SPAN_REACH = 4;
/** How many words after ما دام / as long as the presence it names may begin (ما دام هناك جندي، as long as there are troops). */
const DURATION_REACH = 4;
/** How many words after "better than" name the alternative compared with. */
const COMPARED_REACH = 4;
const ACTS_ON_REACH = 4;
/** From a negator to the exception that completes it (لن يكون … إلا، لا خيار أمام الحكومة سوى). */
const EXCEPTION_REACH = 5;
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
const POINTING_BACK = new Set(['that', 'this', 'it']);
/** أي، any: between a negator and a delay word (دون أي تأخير) it still lets the negator reach it. */
const ANY = new Set(['اي', 'any']);
/** من، ومن، الذين: "whoever", "those who" before a verb of wanting. */
const FREE_RELATIVES = new Set(['من', 'ومن', 'فمن', 'الذين', 'والذين']);
/** "those who", "anyone who": in English the relative is "who" after one of these. */
const OPPONENTS_EN: ReadonlySet<string> = new Set(['those', 'anyone', 'people']);
/** From a negated cue to its opposite joined by "or" (وليس بقاء الأجانب أو رحيلهم). */
const EITHER_REACH = 4;
/** From the soldiers to the verb of staying said of them (a single soldier should remain). */
const PREDICATE_REACH = 2;
/** How far a dismissal (مبالغ فيه، overblown) reaches the evaluation it turns around. */
const DISMISSAL_REACH = 8;
const DISMISSED_OBJECT_MARKERS: ReadonlySet<string> = new Set(['من', 'في', 'of', 'about']);
const ALTERNATIVES: ReadonlySet<string> = new Set(['او', 'ولا', 'or', 'nor']);
const TELLING_QUALIFIERS: ReadonlySet<Qualifier> = new Set(['immediate', 'full', 'gradual', 'rapid']);
const SECOND_PERSON = new Set(['انت', 'انتم', 'انتما', 'وانت', 'وانتم']);
/** Folded rivals named as the subject of a verb of wanting (منافسي يريد، my opponent wants): the speaker argues against them. */
const RIVALS: ReadonlySet<string> = new Set(['منافسي', 'منافستي', 'منافسنا', 'منافسه', 'منافسها', 'منافسيه', 'منافسينا', 'خصمي', 'خصومي', 'خصومنا', 'حزبك', 'rival', 'rivals', 'opponent', 'opponents']);
/** "keep up": a particle after a verb of staying makes it a verb of going on. */
const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(['up']);
const QUOTE_MARKS = /^["«“']$/;
/** على opening a clause before the party it binds states a duty: "على القوات الأمريكية مغادرة العراق". */
const OBLIGATIONS: ReadonlySet<string> = new Set(['علي', 'وعلي']);

interface Clause {
  first: number;
  last: number;
}

/** Splits a statement's tokens at contrast markers (لكن، بينما، على الرغم، but, while). */
function clausesOf(text: AnalyzedText, hits: readonly Hit[], first: number, last: number): Clause[] {
  // "not a favour to anyone but a necessity": "not … but" corrects within one clause; it does not start another.
  // ("I am not against the exit, but I am against pretending …": a "but" that a subject follows opens a clause of its own.)
  const opensSubject = (h: Hit) => ENGLISH_SUBJECT_PRONOUNS.has(text.tokens[h.first + 1]?.text ?? '');
  const corrects = (h: Hit) =>
    text.article.language === 'en' && text.tokens[h.first]!.text === 'but' && !opensSubject(h) && hits.some((n) => n.tag.kind === 'negator' && n.first < h.first && h.first - n.first <= NOT_BUT_REACH && n.first >= first);
  // "pulling out while ISIS is regenerating is a mistake": with no comma before it, "while" says when, not "whereas".
  const saysWhen = (h: Hit) => text.article.language === 'en' && text.tokens[h.first]!.text === 'while' && !/^[,;:]$/.test(text.tokens[h.first - 1]?.text ?? '');
  const cuts = hits
    .filter((h) => h.tag.kind === 'contrast' && h.first > first && h.first <= last && !corrects(h) && !saysWhen(h))
    .map((h) => h.first)
    .sort((a, b) => a - b);
  const clauses: Clause[] = [];
  let start = first;
  for (const cut of cuts) {
    if (cut > start) clauses.push({ first: start, last: cut - 1 });
    start = cut;
  }
  clauses.push({ first: start, last });
  return clauses;
}

interface Term {
  at: number;
  value: 1 | -1;
  /** A verb (يطالب، يحذر) bears on what follows it, not on what came before. */
  governs?: boolean;
  /** The statement's own verb (طالبت … الحكومة بـ"إنهاء …"): it reaches its first cue however long the clause in between. */
  attributing?: boolean;
  /** Announcing an end leans towards it only when nothing in the statement evaluates it (أعلن … إنهاء مهمة التحالف). */
  weak?: boolean;
  /**
   * A negated condition (ما لم تنسحب، unless they leave) carries its own negation: a negator before it belongs
   * to the main clause (لن تعد الزيارة ناجحة ما لم …), and it governs only the cue right after it.
   */
  condition?: boolean;
  /** A pretext (ذريعة لبقاء القوات) condemns what it is for, and so does one denied: "لا يصلح ذريعة", "لم تعد هناك ذريعة". */
  pretext?: boolean;
  /** Removing a pretext weighs for what is named before it and against what is named after it. */
  removal?: boolean;
}

function predicatePolarity(hit: Hit): 1 | -1 | 0 {
  if (hit.tag.kind !== 'predicate') return 0;
  if (hit.tag.predicate === 'demand' || hit.tag.predicate === 'commit' || hit.tag.predicate === 'position') return 1;
  if (hit.tag.predicate === 'fear') return -1;
  return 0;
}

/** How far back from a verb of wanting a "whoever" clause may open ("من يتحدث عن الفراغ يريد"). */
const RELATIVE_CLAUSE_REACH = 10;

/**
 * "من يتحدث عن الفراغ يريد بقاء الاحتلال": a clause opened by "whoever" and its own verb is the subject of the
 * verb of wanting after it; "من" as the preposition (from) is not followed by a verb, nor does it open the clause.
 */
function relativeClauseSubject(text: AnalyzedText, verb: number): boolean {
  for (let j = verb - 1; j >= 0 && verb - j <= RELATIVE_CLAUSE_REACH; j--) {
    const token = text.tokens[j]!;
    if (!token.isWord) return false;
    if (!FREE_RELATIVES.has(token.text)) continue;
    const before = text.tokens[j - 1];
    const opens = before === undefined || !before.isWord || /^(ان|لان)$/.test(before.text);
    return opens && /^[يت]/.test(text.tokens[j + 1]?.text ?? '');
  }
  return false;
}

/**
 * Whose demand a verb of wanting inside a statement states, as a factor on its polarity: the speaker's (1);
 * nobody's (0) after the forces as its subject ("الأمريكيين يريدون البقاء" reports what they want; other subjects
 * are left alone: "الإقليم يريد بقاءه" from a Kurdish MP is his too); the speaker's opponents' (-1) after "whoever"
 * ("من يطالب برحيل التحالف هو نفسه من يرسل المسيرات": demanders named to be argued against; not "كل من", all who)
 * or a rival.
 */
function demandOwner(text: AnalyzedText, hit: Hit): 1 | 0 | -1 {
  if (hit.tag.kind !== 'predicate' || hit.tag.predicate !== 'demand') return 1;
  // "attacks serve only those who want to keep foreign forces": what "those who" want, the speaker argues against.
  // ("Whoever wants the Americans out quickly should tell us …": so is what "whoever" wants.)
  // ("would hand Tehran exactly what it wants": what someone else wants is named, not asked for.)
  if (text.article.language === 'en' && (text.tokens[hit.first - 2]?.text === 'what' || text.tokens[hit.first - 1]?.text === 'what')) return 0;
  // ("My rival wants the Americans to stay", منافستي تريد أن يبقى الأميركيون: a rival's wish, named to be argued against.)
  if (RIVALS.has(text.tokens[hit.first - 1]?.text ?? '')) return -1;
  if (text.article.language === 'en') return (text.tokens[hit.first - 1]?.text === 'who' && OPPONENTS_EN.has(text.tokens[hit.first - 2]?.text ?? '')) || text.tokens[hit.first - 1]?.text === 'whoever' ? -1 : 1;
  const subject = hit.first - 1;
  const word = text.tokens[subject];
  if (word === undefined) return 1;
  if (FREE_RELATIVES.has(word.text)) return text.tokens[subject - 1]?.text === 'كل' ? 1 : -1;
  if (relativeClauseSubject(text, hit.first)) return -1;
  // "الأطراف التي تطالب بإخراج القوات": what a relative clause says someone wants describes them; it is nobody's demand here.
  if (RELATIVE_PRONOUNS.has(word.text)) return 0;
  // "يعني أنت تريد بقاء الاحتلال؟": what the speaker says "you" want is the listener's, if anyone's.
  if (SECOND_PERSON.has(word.text)) return 0;
  // ("الاحتلال لا يريد الرحيل": the occupier, as its opponents name the forces, is the forces too, and a negator may
  // stand between them and their verb.)
  const head = text.kindsAt[subject]!.has('negator') ? subject - 1 : subject;
  const headWord = text.tokens[head];
  const namesForces = head >= 0 && (text.kindsAt[head]!.has('topic') || text.kindsAt[head]!.has('pejorative'));
  const forcesWant = headWord !== undefined && headWord.isWord && /^[وف]?ال/.test(headWord.text) && namesForces && /^[يت]/.test(text.tokens[hit.first]!.text);
  return forcesWant ? 0 : 1;
}

/** A negator flips the first evaluative word or cue after it, within reach and without crossing a comma or "and". */
function isNegated(at: number, negators: readonly number[], targets: readonly number[], barriers: readonly number[]): boolean {
  return negators.some((n) => n < at && at - n <= NEGATION_REACH && !targets.some((t) => t > n && t < at) && !barriers.some((b) => b > n && b < at));
}

function negationBarriers(text: AnalyzedText, clause: Clause): number[] {
  const barriers: number[] = [];
  for (let i = clause.first; i <= clause.last; i++) {
    // "لن تنتظر عامين آخرين" وأن المطلوب …: وأن opens a second thing said, which the first one's negator does not reach.
    if (/^[,،؛;:]$|^and$|^but$|^وان$/.test(text.tokens[i]!.text)) barriers.push(i);
    // "وهذا القرار لم يُلغَ وما زال ملزماً": وما زال (and still) goes on with a second predicate; the لم before it negated the first.
    else if (/^و/.test(text.tokens[i]!.text) && text.kindsAt[i]!.has('falseNegation')) barriers.push(i);
  }
  return barriers;
}

/** Whether a longer hit among the others covers this one (التخويف inside التخويف من، بقاء inside بقاء القوات). */
function insideLonger(hit: Hit, others: readonly Hit[]): boolean {
  return others.some((o) => o !== hit && o.first <= hit.first && o.last >= hit.last && o.last - o.first > hit.last - hit.first);
}

/**
 * "الحديث عن فراغ أمني بعد رحيل التحالف تهويل", "fears of a vacuum were overblown": calling a claim overblown turns
 * around the evaluations it is said of, those before it; "التخويف من الانسحاب", "fearmongering about the exit":
 * one ending in a preposition turns around what follows and itself leans towards it.
 * (بلا مبالغة، not exaggerated: a negated dismissal affirms, and changes nothing.)
 */
function dismiss(text: AnalyzedText, terms: readonly Term[], cues: readonly Hit[], dismissals: readonly Hit[], negators: readonly number[], barriers: readonly number[]): Term[] {
  const longest = dismissals.filter((d) => !insideLonger(d, dismissals));
  // ("يريد تخويف التحالف", wants to frighten the coalition: after a verb the word is an act, not a verdict.)
  const actedOut = (d: Hit) => text.kindsAt[d.first - 1]?.has('predicate') === true;
  const standing = longest.filter((d) => !actedOut(d) && !negators.some((n) => n < d.first && d.first - n <= NARROW_NEGATION_REACH));
  const aimsForward = (d: Hit) => DISMISSED_OBJECT_MARKERS.has(text.tokens[d.last]!.text);
  // ("fearmongering about the withdrawal must stop": what is said of the whole after the cue is the speaker's own.)
  const reachesCueBefore = (d: Hit, t: Term) => cues.some((c) => c.first > d.last && c.first < t.at);
  const open = (from: number, to: number) => to - from <= DISMISSAL_REACH && !barriers.some((b) => b > from && b < to);
  const turned = (t: Term) =>
    !t.attributing &&
    standing.some((d) => (aimsForward(d) ? t.at > d.last && open(d.last, t.at) && !reachesCueBefore(d, t) : t.at < d.first && open(t.at, d.first)));
  const leanings: Term[] = standing.filter(aimsForward).map((d) => ({ at: d.first, value: 1, governs: true }));
  return [...terms.map((t) => (turned(t) ? { ...t, value: -t.value as 1 | -1 } : t)), ...leanings];
}

interface CueReading {
  value: -1 | 0 | 1;
  cue: Hit;
  negated: boolean;
  /** Turned around by a delay word (تأجيل، مراجعة، revisit): what is delayed is what the speaker holds back. */
  inverted: boolean;
}

/** How far apart two phrases stand, from the nearer ends: "the second phase" reaches as far as its last word. */
function wordsApart(a: Hit, b: Hit): number {
  return a.first > b.last ? a.first - b.last : b.first > a.last ? b.first - a.last : 0;
}

function readClause(text: AnalyzedText, clause: Clause, governing: Term | null, issue: string): CueReading[] {
  const inClause = hitsWithin(text.hits, clause.first, clause.last);
  const ofKind = byKind(inClause);
  // A topic may stand across a contrast word (a departure date while our troops …): nearness is what counts.
  const topics = hitsWithin(text.hits, clause.first - TOPIC_REACH, clause.last + TOPIC_REACH).filter((h) => h.tag.kind === 'topic' && h.tag.issue === issue);
  // An ambiguous cue (خروج، exit, remain) counts only next to what it is about (القوات، the troops).
  // خروجها، انسحابهم، their departure: a pronoun on the cue refers back to the forces already named.
  // خروج فوري، خروج كامل، an immediate exit: the pace or extent of a withdrawal tells what the exit is.
  const qualified = (cue: Hit) => ofKind('qualifier').some((q) => q.tag.kind === 'qualifier' && q.tag.issue === issue && TELLING_QUALIFIERS.has(q.tag.qualifier) && (q.first === cue.last + 1 || q.last === cue.first - 1));
  // "This reduction reflects …" may take its topic from the sentence before; "… they keep their promise." The coalition …:
  // never from the sentence after.
  const nearTopic = (cue: Hit) => pronounRefersBack(text, cue) || qualified(cue) || pointsBackToIssue(text, cue, issue) || topics.some((t) => t.first !== cue.first && wordsApart(t, cue) <= TOPIC_REACH && !(t.first > cue.first && endsSentenceBetween(text, cue.first, t.first)));
  // Whether "the agreement" stands for the issue is asked only of clauses that name one.
  // "the agreement", الجدول الزمني: in an article that names the withdrawal, a definite agreement or timetable is its own;
  // an indefinite one (اتفاق منفصل، a timeline) only when the article ties it to the withdrawal.
  const issueNamed = ofKind('referent').length > 0 ? issueNaming(text, issue) : null;
  // "استمرار وجود القوات خلال المرحلة الثانية من الاتفاق": a stage of the agreement after "during" is when, not what, is judged.
  const spanOfTime = (r: Hit) => {
    for (let i = r.first - 1; i >= Math.max(0, r.first - SPAN_REACH); i--) {
      if (DURATION_PREPOSITIONS.has(text.tokens[i]!.text)) return isPlainGap(text, i + 1, r.first - 1) && !hitsWithin(text.hits, i + 1, r.first - 1).some((h) => h.tag.kind === 'complementizer');
    }
    return false;
  };
  const standsForIssue = (r: Hit) => issueNamed !== null && !spanOfTime(r) && (issueNamed.linked || (issueNamed.named && isDefiniteReferent(text, r)));
  const referents = ofKind('referent').some(standsForIssue);
  // "remained committed to": an ambiguous cue opening a longer evaluation is part of it ("until they leave" ends with its cue).
  const insideEvaluation = (cue: Hit) => ofKind('polarity').some((p) => p.first <= cue.first && p.last > cue.last);
  // "من دون أن يتطرق إلى الجدول الزمني لوجود القوات", "but did not address the presence": nothing is said of them.
  const silences = ofKind('silence');
  const unaddressed = (cue: Hit) => silences.some((s) => s.last < cue.first);
  // ورفضت الخوض في مواعيد الانسحاب، "declined to say when troops would leave": what a speaker declines to go into is named, not judged.
  const declined = (cue: Hit) => ofKind('predicate').some((h) => h.tag.kind === 'predicate' && h.tag.predicate === 'decline' && h.last < cue.first);
  // "… after September 2026, when the coalition is due to end its mission": a clause of time after a comma dates what came before.
  const datingClause = (cue: Hit) => text.article.language === 'en' && isDatedByWhen(text, clause, cue);
  // "وجود أي جندي بعد انتهاء المرحلة الأولى احتلال", "after the end of phase one": an ending word that only needs its topic
  // close by dates a presence or withdrawal named before it after "after" or "before"; it is not itself judged.
  // ("جاهز لتحمل المسؤولية بعد انتهاء المهمة": with nothing named before it, the end is what the speaker looks to.)
  // ("أي قوة أجنبية تبقى بعد انتهاء المهلة": the end of a deadline only ever dates.)
  const namedBefore = (cue: Hit) => ofKind('cue').some((o) => o.tag.kind === 'cue' && o.tag.issue === issue && !o.tag.needsTopic && o.last < cue.first);
  const endsDeadline = (cue: Hit) => DEADLINES.has(text.tokens[cue.last + 1]?.text ?? '');
  const datesOnly = (cue: Hit) =>
    cue.tag.kind === 'cue' && cue.tag.needsTopic && TEMPORAL_PREPOSITIONS.has(text.tokens[cue.first - 1]?.text ?? '') && ofKind('ending').some((e) => e.first === cue.first) && (namedBefore(cue) || endsDeadline(cue));
  // "ولا يحق لمن انسحب من البرلمان", the Sadrists' withdrawal from the race: leaving something else, not the forces leaving.
  const leavesElsewhere = (cue: Hit) => orientationOf(cue) === 1 && ofKind('elsewhere').some((e) => e.tag.kind === 'elsewhere' && e.tag.issue === issue && e.first > cue.last && e.first - cue.last <= ELSEWHERE_REACH);
  const candidates = referents ? [...ofKind('cue'), ...ofKind('referent')].sort((a, b) => a.first - b.first || a.last - b.last) : ofKind('cue');
  const cues = candidates.filter(
    (h) =>
      ((h.tag.kind === 'cue' && h.tag.issue === issue && (!h.tag.needsTopic || (nearTopic(h) && !isAspectual(text, h) && !insideEvaluation(h) && !hasOtherSubject(text, h) && !isCircumstance(text, h.first)) || fearedDeparture(text, clause, h))) ||
        (h.tag.kind === 'referent' && h.tag.issue === issue && standsForIssue(h))) &&
      !unaddressed(h) &&
      !datingClause(h) &&
      !datesOnly(h) &&
      !leavesElsewhere(h) &&
      !mentionedAsWord(text, h),
  );
  // مبرر لبقاء | بقاء القوات: of two overlapping phrases of the same position, the one that starts first reads the words.
  const overlapsEarlier = (c: Hit) => cues.some((o) => o.first < c.first && o.last >= c.first && o.last < c.last && orientationOf(o) === orientationOf(c));
  const longest = cues.filter((c) => !insideLonger(c, cues) && !overlapsEarlier(c));
  const barriers = negationBarriers(text, clause);
  // إنهاء وجود القوات، an end to the foreign military presence: the presence is what the withdrawal word acts on, not a second position.
  const actsOn = (w: Hit, c: Hit) => w.last < c.first && c.first - w.last <= ACTS_ON_REACH && !barriers.some((b) => b > w.last && b < c.first);
  // أي تمديد لمهمة التحالف, an extension of the mission: the mission right after a word of staying is what it extends.
  // (So is one that shares its first word with the phrase of staying: تمديد مهمة | مهمة التحالف.)
  const extendsIt = (w: Hit, c: Hit) => c.first > w.first && c.first <= w.last + 1;
  // "not a single American soldier should remain": a verb of staying right after the soldiers it is said of states their staying once.
  // (Only the soldiers, not a timetable standing for the withdrawal: جدول زمني لتقليص وجودها.)
  const staysOf = (w: Hit, c: Hit) => w.tag.kind === 'cue' && orientationOf(w) === -1 && orientationOf(c) === -1 && c.tag.kind === 'cue' && c.tag.needsTopic === true;
  const predicatesIt = (w: Hit, c: Hit) => staysOf(w, c) && w.last < c.first && c.first - w.last <= PREDICATE_REACH && !barriers.some((b) => b > w.last && b < c.first);
  // "if the remaining forces left on schedule", القوات الباقية: a word of staying inside a longer name of the forces names
  // them. ("any remaining troops", a presence of its own, is listed as one.)
  const insideForcesName = (c: Hit) => c.tag.kind === 'cue' && c.tag.needsTopic && inClause.some((t) => t.tag.kind === 'topic' && t.last > t.first && t.first <= c.first && t.last >= c.last);
  const distinctCues = longest.filter(
    (c) =>
      !insideForcesName(c) &&
      !(orientationOf(c) === -1 && longest.some((w) => orientationOf(w) === 1 && actsOn(w, c))) &&
      !(orientationOf(c) === 1 && longest.some((w) => orientationOf(w) === -1 && extendsIt(w, c))) &&
      !longest.some((w) => predicatesIt(w, c)),
  );
  const distinctCuesBefore = (at: number) => distinctCues.some((c) => c.last < at);
  // A word inside a name of the forces (قوات الاحتلال، occupation forces) names them; it does not evaluate anything.
  // A withdrawal phrase is no name: "a premature exit" still judges the exit.
  // الاحتلال, the occupier: a word that is itself a name of the forces names them too.
  const naming = inClause.filter((h) => h.tag.kind === 'topic' || (h.tag.kind === 'cue' && h.tag.orientation === -1 && h.last > h.first));
  // مقبول and مقبولا both match مقبولا: one word weighs once.
  const evaluatedAt = new Set<number>();
  // A negator inside a longer phrase belongs to it: غير أن is a contrast, لم يعد an ending, لا بد a must.
  // (لا أحد يريد, nobody wants: a negation that stands for the subject still negates the verb.)
  // (ما دام, as long as: a condition that is also one of duration stays a condition.)
  const phrases = inClause.filter((h) => h.tag.kind !== 'negator' && h.tag.kind !== 'selfPronoun' && h.tag.kind !== 'duration' && h.last > h.first);
  const insidePhrase = (h: Hit) => phrases.some((p) => p !== h && p.first <= h.first && p.last >= h.last);
  // لا حل إلا برحيلهم، لا خيار سوى الانسحاب، nothing except withdrawal: a negation that an exception follows
  // asserts what comes after it; the exception governs the cue as a demand would, and the negator negates nothing.
  // (Folded, ألا and إلا are one word: after a negator it is the exception.)
  const allNegators = ofKind('negator').filter((h) => !insidePhrase(h)).map((h) => h.first);
  // (المقاومة لن تتوقف قبل خروج آخر جندي: a negated stop, an evaluation of its own, refuses to stop until the withdrawal.)
  const negatedStops = ofKind('polarity').filter((h) => h.tag.kind === 'polarity' && h.tag.value === 1 && ofKind('negator').some((n) => n.first >= h.first && n.last <= h.last));
  const refusals = [...allNegators, ...negatedStops.map((h) => h.first)];
  // (ولن تتوقف إلا بخروج آخر جندي: so may a negated stop.)
  const exceptions = ofKind('exceptive')
    .filter((h) => !insidePhrase(h) && refusals.some((n) => n < h.first && h.first - n <= EXCEPTION_REACH))
    .map((h) => h.first);
  // لا تأخير في الانسحاب، "should not delay the withdrawal": a negator right before a delay word is spent on cancelling it;
  // it does not also negate the cue, and the cancelled delay asks for the withdrawal to go ahead.
  const cancelledDelays = ofKind('inverter').filter((h) => !insidePhrase(h) && allNegators.some((n) => standsBefore(text, n, h)));
  const cancelsDelay = (n: number) => cancelledDelays.some((h) => standsBefore(text, n, h));
  const negators = allNegators.filter((n) => !exceptions.some((e) => e >= n && e - n <= EXCEPTION_REACH) && !cancelsDelay(n));
  const exceptionTerms: Term[] = exceptions.map((at) => ({ at, value: 1, governs: true }));
  // لا هدنة قبل خروج آخر جندي، لن تسلم سلاحها قبل جلاء القوات: what is refused until the withdrawal, named right after
  // "before", makes the withdrawal its condition, wanted as after "unless"; the negator is spent on the refusal.
  // (لن تغادر قبل أن تضمن: a cue before "before" is the one refused; "guarantees, not slogans" before a drawdown turns
  // down an alternative; لن يسقط في يد إيران قبل أن يغادر: a verb after "before" dates what is predicted.)
  const refusedAt = (n: number) => !/^[,،]$/.test(text.tokens[n - 1]?.text ?? '');
  const withheldUntil = ofKind('precondition')
    .filter((p) => refusals.some((n) => n < p.first && p.first - n <= WITHHELD_REACH && refusedAt(n) && !barriers.some((b) => b > n && b < p.first) && !distinctCues.some((c) => c.first > n && c.first < p.first)))
    .filter((p) => distinctCues.some((c) => c.tag.kind === 'cue' && c.first === afterQuoteMarks(text, p.last + 1)))
    .map((p) => p.first);
  const withheldTerms: Term[] = withheldUntil.map((at) => ({ at, value: 1, governs: true, condition: true }));
  // فإن لم يخرج آخر جندي، unless the Americans leave: the condition names what the speaker wants
  // (not when it qualifies a position stated before it: "troops stay unless asked to leave").
  const negatedConditions = ofKind('conditionalNegation');
  const conditionTerms: Term[] = negatedConditions
    .filter((h) => !distinctCuesBefore(h.first))
    .map((h) => ({ at: h.first, value: 1, governs: true, condition: true }));
  // ضد القواعد الأميركية إذا لم يُحدد موعد للانسحاب، "troops stay unless asked to leave": a negated condition after a
  // stated position names that position's other side; a cue inside it is no second reading.
  const restatingConditions = negatedConditions.filter((h) => distinctCuesBefore(h.first)).map((h) => h.last);
  // (إذا لم تخرج القوات after "any attempt to circumvent the agreement" asks the same thing again: it still counts.)
  const restatesPosition = (cue: Hit) =>
    restatingConditions.some((at) => at < cue.first && !barriers.some((b) => b > at && b < cue.first) && distinctCues.some((o) => o.last < at && orientationOf(o) !== orientationOf(cue)));
  const terms: Term[] = inClause.flatMap((h): Term[] => {
    if (h.tag.kind === 'polarity') {
      // يصب في مصلحة (serves the interest of, said of a rival) | يصب في مصلحة أمن المنطقة: the longer phrase weighs.
      // (قادرة على سد أي فراغ: a word inside a longer evaluation, wherever it starts, is that evaluation's.)
      if (evaluatedAt.has(h.first) || insideLonger(h, ofKind('polarity')) || insideLonger(h, ofKind('pretextRemoval')) || (negatedStops.includes(h) && withheldUntil.some((at) => at > h.last && at - h.first <= WITHHELD_REACH))) return [];
      evaluatedAt.add(h.first);
      const names = (n: Hit) => n.first <= h.first && n.last >= h.last && (n.last - n.first > h.last - h.first || n.tag.kind === 'topic');
      if (naming.some(names) || isConfronted(text, h) || justifiesSomethingElse(text, h)) return [];
      return [{ at: h.first, value: h.tag.value, pretext: h.first === h.last && PRETEXTS.has(text.tokens[h.first]!.text) }];
    }
    if (h.tag.kind === 'schedule') return [{ at: h.first, value: 1, weak: true }];
    if (h.tag.kind === 'pretextRemoval') return [{ at: h.first, value: 1, removal: true }];
    // طالباً عدم الكشف عن هويته (asking not to be named) asks nothing of the issue.
    // ("the coalition's air support" is a noun, not a verb of wanting.)
    const value = text.kindsAt[h.first]!.has('impersonal') || isEnglishNoun(text, h) ? 0 : ((predicatePolarity(h) * demandOwner(text, h)) as 1 | 0 | -1);
    if (value === 0) return [];
    // ولم يعلن البيت الأبيض أي موقف: a negator before the clause begins still negates its first verb.
    const negatedBefore = h.first === clause.first && isNegatedVerb(text, h);
    return [{ at: h.first, value: negatedBefore ? (-value as 1 | -1) : value, governs: true }];
  });
  const obligationTerms: Term[] = obligationsIn(text, clause).map((at) => ({ at, value: 1, governs: true }));
  const goAheadTerms: Term[] = cancelledDelays.map((h) => ({ at: h.first, value: 1 }));
  terms.push(...exceptionTerms, ...conditionTerms, ...withheldTerms, ...obligationTerms, ...goAheadTerms);
  terms.splice(0, terms.length, ...dismiss(text, terms, distinctCues, ofKind('dismissal'), allNegators, barriers));
  if (governing) terms.push(governing);
  // من دون إبطاء، دون أي تأخير، without delay: a delay word that is itself negated turns nothing around.
  // (لم يطرأ عليه أي تعديل, no change has been made to it: nor is one that a negated plain verb denies happened.)
  const deniedHappening = (h: Hit) =>
    allNegators.some((n) => n < h.first && h.first - n <= DENIAL_REACH && !barriers.some((b) => b > n && b < h.first) && !inClause.some((o) => o.first > n && o.first < h.first && WEIGHING.has(o.tag.kind)));
  // ("far too slow": a delay word inside a longer evaluation is that evaluation's.)
  const inverters = ofKind('inverter')
    .filter((h) => !insidePhrase(h) && !cancelledDelays.includes(h) && !deniedHappening(h) && !delaysSomethingElse(text, h))
    .map((h) => h.first);
  const preconditions = ofKind('precondition').filter((h) => !namesDeadline(text, h)).map((h) => h.last);
  // ("pull everyone out at once": a conditional word inside a longer phrase is that phrase's.)
  // (إذا لم، unless: a negated condition opens a clause of condition too.)
  const conditionals = [...new Set([...ofKind('conditional').filter((h) => !insidePhrase(h) && !isConcession(text, h)), ...negatedConditions].map((h) => h.first))];
  const auxiliaries = ofKind('auxiliary').map((h) => h.first);
  // ("describing the arrangement as a withdrawal": a bare "as" compares; "just as" tells the time.)
  const subordinators = ofKind('subordinator').filter((h) => text.tokens[h.first]!.text !== 'as' || text.tokens[h.first - 1]?.text === 'just').map((h) => h.first);
  // Where a clause of condition or time opens.
  const clauseOpeners = [...conditionals, ...subordinators];
  // (بعد انتهاء المهمة، after the mission ends: an ending that dates something else ends nothing it is said of.)
  const endings = ofKind('ending')
    .filter((h) => !ofKind('falseNegation').some((p) => p.first <= h.first && p.last >= h.last) && !TEMPORAL_PREPOSITIONS.has(text.tokens[h.first - 1]?.text ?? '') && !endsSomethingElse(text, h))
    .map((h) => h.first);
  const limits = ofKind('limit');
  // (A relocation word may stand past the clause's end: "ليس انسحاباً | بل إعادة انتشار".)
  const relocations = hitsWithin(text.hits, clause.first - RELOCATION_REACH, clause.last + RELOCATION_REACH).filter((h) => h.tag.kind === 'relocation').map((h) => h.first);
  const comparisons = ofKind('comparison');
  const durations = ofKind('duration');
  const pejoratives = ofKind('pejorative').filter((h) => h.tag.kind === 'pejorative' && h.tag.issue === issue);
  // ونحمّل، ويطالب، وتريد: a verb joined by و begins another clause of the same sentence.
  const joinedVerbs: number[] = [];
  if (text.article.language === 'ar') for (let i = clause.first; i <= clause.last; i++) if (/^و[يتنا]\S{2,}$/.test(text.tokens[i]!.text) && !text.kindsAt[i]!.has('topic')) joinedVerbs.push(i);
  const relatives: number[] = [];
  // "pull everyone out at once, which would be the worst outcome": "which" after a comma may take the whole clause
  // before it as its antecedent, and what it says of it weighs.
  const takesClause = (i: number) => text.tokens[i]!.text === 'which' && text.tokens[i - 1]?.text === ',';
  for (let i = clause.first; i <= clause.last; i++) if (RELATIVE_PRONOUNS.has(text.tokens[i]!.text) && !takesClause(i)) relatives.push(i);
  // "…"، وأضاف أن "رحيل القوات …": a new verb of saying starts what is said next; nothing before it weighs on that.
  const reporting = ofKind('predicate').filter((h) => h.tag.kind === 'predicate' && REPORTING_VERBS.has(h.tag.predicate)).map((h) => h.first);
  const reportedBetween = (from: number, to: number) => reporting.some((r) => r > from && r < to);
  const modifiesNoun = (i: number) => ANY.has(text.tokens[i]?.text ?? '') || ofKind('qualifier').some((q) => q.first <= i && q.last >= i);
  const predictions = ofKind('predicate').filter((h) => h.tag.kind === 'predicate' && h.tag.predicate === 'predict').map((h) => h.first);
  const futures = ofKind('future').map((h) => h.last);
  const questions = ofKind('question').map((h) => h.first);
  const targets = [...terms.map((t) => t.at), ...distinctCues.map((c) => c.first)];
  // "should not", "will not": in English the negator follows the modal it negates.
  // … unless that negator already bears on a cue right after it (must not remain).
  const negatesCue = (n: number) => distinctCues.some((c) => c.first > n && c.first - n <= CUE_NEGATION_REACH);
  const negatedAfter = (at: number) => text.article.language === 'en' && negators.includes(at + 1) && !negatesCue(at + 1);
  // "أي انسحاب من دون بديل سيترك ثغرة", "a withdrawal without a plan would leave a gap": a preposition negates its own noun only.
  const narrow = new Set(ofKind('negator').filter((h) => h.tag.kind === 'negator' && h.tag.narrow === true).map((h) => h.first));
  // ("not" opening the subject, not after a verb or a copula: "not a single foreign soldier will remain".)
  const notASingle = (n: number) => text.tokens[n]!.text === 'not' && text.tokens[n + 1]?.text === 'a' && text.tokens[n + 2]?.text === 'single' && !/^(is|was|are|were|be|been)$/.test(text.tokens[n - 1]?.text ?? '') && text.kindsAt[n - 1]?.has('auxiliary') !== true;
  const negatesSubject = (n: number) => text.tokens[n]!.text === 'no' || notASingle(n);
  // ("من دون أي تأخير", "without a timetable" reach past "any" and "a"; "الانسحاب من دون ضمانات خطأ" does not reach past its own noun to the verdict.)
  // ("عدم الخضوع للضغوط والإعلان عن جدول الانسحاب": عدم is a noun negating its own noun; a noun joined to it by و is its sibling.)
  // What is said inside the negated noun (الخضوع للضغوط) does not govern a cue after the sibling either.
  const siblingBetween = (n: number, at: number) => text.tokens[n]!.text === 'عدم' && text.tokens.slice(n + 2, at).some((t) => /^وال/.test(t.text));
  const insideClosedNegation = (at: number, cueAt: number) => negators.some((n) => n < at && siblingBetween(n, cueAt) && !siblingBetween(n, at));
  const reaching = (at: number) =>
    negators.filter((n) => (!narrow.has(n) || at - n === 1 || (at - n <= NARROW_NEGATION_REACH && (modifiesNoun(n + 1) || DETERMINERS.has(text.tokens[n + 1]?.text ?? '')))) && !siblingBetween(n, at));
  const negated = (at: number) => isNegated(at, reaching(at), targets, barriers) || negatedAfter(at);
  // "urged the administration not to negotiate the eviction": "not to" after a verb negates what it asks for.
  const negatedInfinitive = (t: Term, cue: Hit) =>
    text.article.language === 'en' && (t.governs === true || t.attributing === true) && negators.some((n) => n > t.at && n < cue.first && text.tokens[n + 1]?.text === 'to' && !targets.some((x) => x > t.at && x < n));
  // "rejected plans to keep 500 troops", نفت وجود خطة لإبقاء: a wish that the statement's own verb of refusing takes
  // as its object is refused.
  const rejectedByStatement = (t: Term) =>
    governing !== null &&
    governing.value === -1 &&
    !t.attributing &&
    t.value === 1 &&
    !negated(t.at) &&
    t.at > governing.at &&
    // (In Arabic the subject stands between: نفت وزارة الدفاع وجود خطة — count from where the clause opens.)
    t.at - Math.max(governing.at, clause.first - 1) <= REFUSED_OBJECT_REACH &&
    !barriers.some((b) => b > governing.at && b < t.at) &&
    !distinctCues.some((c) => c.first > governing.at && c.first < t.at);
  // "it would be a strategic blunder to complete the withdrawal": an evaluation right before "to" judges the act the
  // infinitive names; the act's own word only says which way it goes.
  const judgedInfinitive = (t: Term, candidates: readonly Term[]): Term => {
    if (text.article.language !== 'en' || text.tokens[t.at - 1]?.text !== 'to') return t;
    const judge = candidates.find((e) => e.at < t.at - 1 && t.at - 1 - e.at <= INFINITIVE_JUDGE_REACH && !e.governs && !e.attributing);
    return judge === undefined ? t : { ...judge, value: (judge.value * t.value) as 1 | -1 };
  };
  return distinctCues.map((cue) => {
    // "the coalition's presence has ended", "the mission is over": an ending turns presence into withdrawal and affirms it.
    // "the justifications for the existence of the coalition have ended": reach is counted from the cue's nearer end.
    // ("ينتهي بعلاقات ثنائية لا بوجود عسكري": a negator in between turns the cue down itself; the ending ends something else.)
    // ("a standing presence once the coalition mission ended": nor does an ending in a clause of time after the cue.)
    const dated = (at: number) => clauseOpeners.some((c) => c > cue.last && c < at);
    // ("مبررات بقاء التحالف انتهت، واستمرار وجوده بات عامل عدم استقرار": an ending before a comma closes its own clause.)
    const endsEarlierClause = (at: number) => at < cue.first && barriers.some((b) => b > at && b < cue.first);
    const ending = endings.find(
      (at) => Math.min(Math.abs(at - cue.first), Math.abs(at - cue.last)) <= ENDING_REACH && !negators.some((n) => n > at && n < cue.first && !narrow.has(n)) && !dated(at) && !endsEarlierClause(at),
    );
    // جدول زمني لوجود القوات، "a fixed schedule" for the coalition's presence: a presence given a limit is a withdrawal.
    const limited = limits.some((l) => l.last < cue.first && cue.first - l.last <= LIMIT_REACH && !barriers.some((b) => b > l.last && b < cue.first) && limitsWhatFollows(text, l, cue));
    const orientation = ending !== undefined || limited ? 1 : orientationOf(cue);
    // ("انتهاء مهمة التحالف ترك فجوة": an ending that is the cue's own first word weighs only when nothing else does.)
    const endingWithin = ending !== undefined && ending >= cue.first && ending <= cue.last;
    const cueTerms: Term[] = ending === undefined ? terms : [...terms, { at: ending, value: 1, weak: endingWithin }];
    // Before the cue only the nearest word governs it (نريد in "لا نريد مستشارين، نريد خروجا"); after it, evaluations add up.
    // An evaluation that already completes an earlier cue (وجود القوات مصدر توتر، وخروجها …) does not reach across the comma to the next one.
    // (… التفاف على الاتفاق ونحمّل الحكومة مسؤولية إخراجهم: nor across a verb joined by و.)
    const closedBetween = (from: number, to: number) => barriers.some((b) => b > from && b < to) || joinedVerbs.some((v) => v > from && v < to);
    const completesEarlierCue = (t: Term) => !t.governs && distinctCues.some((o) => o.last < t.at && t.at - o.first <= POLARITY_WINDOW) && closedBetween(t.at, cue.first);
    const inReach = (t: Term) =>
      (cue.first - t.at <= POLARITY_WINDOW || (t.attributing === true && !distinctCues.some((o) => o.first < cue.first))) &&
      !(t.condition === true && distinctCues.some((o) => o.first > t.at && o.first < cue.first));
    // "ISIS is still a threat, and we believe the coalition's presence …": an evaluation before a comma judges its own clause.
    const judgesOwnClause = (t: Term) => !t.governs && !t.attributing && barriers.some((b) => b > t.at && b < cue.first);
    // "officials warn the cut could leave a gap just as the coalition winds down": a cue in a clause of time after the verb is when, not what.
    const datesIt = (t: Term) => text.article.language === 'en' && subordinators.some((at) => at > t.at && at < cue.first && cue.first - at <= SUBORDINATE_REACH);
    // ('"no plans" to maintain a standing presence once the coalition mission ended': a word that has its own cue before a
    // clause of time or condition does not reach into that clause.)
    // (In Arabic a condition after the object may be what the word is weighed against: لن تمانع بقاء المستشارين إذا ضمنت خروجهم.)
    const weighsOwnCue = (t: Term) => text.article.language === 'en' && clauseOpeners.some((c) => c > t.at && c < cue.first && distinctCues.some((o) => o.first > t.at && o.last < c));
    // (A weak word, "في المواعيد المتفق عليها" naming the dates it is about, governs only when nothing stronger does.)
    // "حذرت من أي التفاف على موعد الانسحاب", warned against any circumvention of the withdrawal date: a delay word before
    // the cue, with the cue as its object, turns the cue round and leaves the weighing to the word before it; only
    // with none (الحديث عن علاقات ثنائية هو التفاف على مطلب الخروج) does its own censure weigh.
    const delaysTheCue = (at: number) => inverters.includes(at) && at < cue.first && cue.first - at <= DELAYED_CUE_REACH;
    // "is weighing whether to speed up the withdrawal", "asked whether the troops would leave": a word before a question
    // weighs the question, not the answer it leaves open.
    const asksAbout = (t: Term) => questions.some((q) => q > t.at && q < cue.first);
    const beforeTerms = cueTerms.filter(
      (t) => t.at < cue.first && inReach(t) && !asksAbout(t) && !completesEarlierCue(t) && !judgesOwnClause(t) && !datesIt(t) && !weighsOwnCue(t) && !reportedBetween(t.at, cue.first) && !insideClosedNegation(t.at, cue.first),
    );
    // (What stands between the delay word and the cue is its object: التفاف على مطلب الخروج.)
    const delayWords = beforeTerms.filter((t) => delaysTheCue(t.at));
    const undelayed = beforeTerms.filter((t) => !delayWords.some((d) => d.at <= t.at));
    const before = (undelayed.length > 0 ? undelayed : delayWords.length > 0 ? delayWords : beforeTerms)
      .sort((a, b) => Number(a.weak === true) - Number(b.weak === true) || b.at - a.at)
      .slice(0, 1)
      .map((t) => (rejectedByStatement(t) ? { ...t, value: -t.value as 1 | -1 } : t))
      .map((t) => judgedInfinitive(t, beforeTerms));
    // An evaluation after the cue belongs to it only if no other cue stands in between (بقاء … ضروري is about بقاء).
    // "… for the exit of foreign forces, and must not let …": a clause joined by "and" says something else,
    // unless it points back ("…, and that is not up for renegotiation").
    // ("would hand Iran a victory and put American lives at risk": an "and" with no comma and no new noun phrase
    // after it joins a second verb of the same subject, which does weigh.)
    const joinsVerb = (b: number) => text.tokens[b - 1]?.text !== ',' && !DETERMINERS.has(text.tokens[b + 1]?.text ?? '');
    // "لا يقبل التأجيل" (brooks no delay): a delay word right after an evaluation inverts that evaluation, not the cue.
    const invertsTerm = (t: Term) => inverters.some((at) => at > t.at && at - t.at <= INVERTER_REACH);
    // "…، ولن يقبل أن تُفتح مفاوضات": an Arabic clause joined by و after a comma says something else, unless it
    // turns a delay word back on the cue ("…، ولن نقبل بأي تأخير").
    // ("… and that is not up for renegotiation" points back; "… and that the threat has not disappeared" opens a clause of its own.)
    const pointsBack = (b: number) => POINTING_BACK.has(text.tokens[b + 1]?.text ?? '') && !(text.tokens[b + 1]!.text === 'that' && DETERMINERS.has(text.tokens[b + 2]?.text ?? ''));
    const coordinated = (at: number) =>
      text.article.language === 'en'
        ? barriers.some((b) => b > cue.last && b < at && text.tokens[b]!.text === 'and' && !pointsBack(b) && !joinsVerb(b))
        : barriers.some((b) => b > cue.last && b < at && opensJoinedVerbClause(text, b)) && !invertsTerm({ at, value: 1 });
    // إنهاء هذه المهمة التي باتت عامل عدم استقرار: a relative clause describes the noun, not its ending.
    // (الخروج الذي يعقبه فراغ خطر: right after a one-word withdrawal it describes the withdrawal itself.)
    const describesWithdrawal = cue.first === cue.last && cue.tag.kind === 'cue';
    const describesNoun = (at: number) => relatives.some((r) => r > cue.last && r < at && !(describesWithdrawal && r === cue.last + 1));
    // (The agreement named in between does not take the evaluation: "any agreement that keeps the Americans … is an agreement with the occupation".)
    const cueBetween = (at: number) => distinctCues.some((o) => o.first > cue.last && o.first < at && o.tag.kind === 'cue');
    // "officials favoring a quicker drawdown argue that the troops are exposed": what is argued after a new verb of saying is not about the cue.
    // "ما دام خطر الإرهاب قائماً", "as long as the danger lasts": what a condition after the cue says is the condition's, not the cue's.
    const conditionedBetween = (at: number) => conditionals.some((c) => c > cue.last && c < at);
    // "the presence of coalition forces in the region was … a necessity": in English the evaluation is reached from the verb after the subject.
    // "وجود أي جندي أجنبي في أي شبر من أرض العراق، ومنها أربيل، هو احتلال": in Arabic a pronoun after a long subject
    // opens its predicate, however far the subject's head stands.
    const opener =
      text.article.language === 'en'
        ? auxiliaries.find((a) => a > cue.last && a - cue.first <= POLARITY_WINDOW)
        : pronounCopulaAfter(text, cue, clause);
    // "المطلوب خروج فوري، لا جدول زمني مفتوح", "a withdrawal, not a timetable": what follows ", not" is the alternative turned down.
    // ("the end of the mission was a sign of recovery, not a security gap": after the verb that opens the predicate, the
    // evaluation denied is the predicate's second half.)
    const turnedDown = (at: number) =>
      barriers.some((b) => b > cue.last && b < at && /^[,،]$/.test(text.tokens[b]!.text) && /^(لا|not)$/.test(text.tokens[b + 1]?.text ?? '') && !(opener !== undefined && opener < b));
    const linkingVerb = opener !== undefined && LINKING_VERBS.has(text.tokens[opener]!.text) ? opener : undefined;
    // "بقاء مئتي مستشار أفضل من فراغ كامل", "better than a complete vacuum": what the cue is compared with is not the cue.
    const comparedWith = (at: number) => comparisons.some((c) => c.first > cue.last && c.last < at && at - c.last <= COMPARED_REACH && !barriers.some((b) => b > c.last && b < at));
    const copula = linkingVerb === undefined ? opener : undefined;
    // (أي انسحاب لقوات التحالف قبل استكمال جاهزية القطعات الأمنية وتأمين الحدود مع سوريا مغامرة: the verdict is
    // counted from the "before" that lengthens the subject.)
    const lengthenedBy = preconditions.find((at) => at > cue.last && at - cue.last <= SUBJECT_PRECONDITION_REACH);
    const origin = copula ?? afterParenthesis(text, cue, clause) ?? lengthenedBy ?? cue.first;
    const linkedPredicate = (at: number) => linkingVerb !== undefined && at > linkingVerb && at - linkingVerb <= LINKED_PREDICATE_WORDS;
    const after = cueTerms.filter(
      (t) =>
        t.at > cue.last &&
        (t.at - origin <= POLARITY_WINDOW || linkedPredicate(t.at)) &&
        !t.governs &&
        !cueBetween(t.at) &&
        !coordinated(t.at) &&
        !describesNoun(t.at) &&
        !reportedBetween(cue.last, t.at) &&
        !conditionedBetween(t.at) &&
        !turnedDown(t.at) &&
        !comparedWith(t.at) &&
        // "انسحاب المستشارين قبل جاهزية الطيران مغامرة": the readiness dates the withdrawal; it does not judge it.
        // (So does one in a clause of time: "إذا غادرت القوات قبل أن تكتمل جاهزية البيشمركة".)
        !datedAfter(text, cue, t.at) &&
        !isConceded(text, t.at),
    );
    // "a premature exit": an evaluation opening the withdrawal phrase judges it ("expel the occupier" only names whom).
    // (A timetable named as the agreement's does not judge itself: "الجدول الزمني لم يحسم بعد".)
    const inside = cue.tag.kind === 'referent' ? [] : cueTerms.filter((t) => t.at >= cue.first && t.at < cue.last && !t.governs);
    const weighed = [...before, ...inside, ...after];
    const near = weighed.some((t) => !t.weak) ? weighed.filter((t) => !t.weak) : weighed;
    // A cue carrying the preposition ل states a purpose (لإنهاء مهمة التحالف: in order to end the mission).
    // … unless a word right before it takes the ل as its complement (رفضها لبقاء القوات).
    const purpose = isPurpose(text, cue) && !before.some((t) => cue.first - t.at <= 2) ? 1 : 0;
    // رفض نزع السلاح قبل إنهاء الوجود العسكري: what is said before "before" is said the other way of the withdrawal.
    const precondition = preconditions.find((at) => at < cue.first && cue.first - at <= PRECONDITION_REACH);
    // (The statement's own verb, أعلنت أنها "لن تناقش السلاح قبل خروج آخر جندي", reports the whole condition; it is not part of it.)
    const beforePrecondition = (t: Term) => precondition !== undefined && t.at < precondition && t.attributing !== true;
    // "no foreign soldier will remain", "not a single soldier will remain": a negated subject negates its verb a few words on.
    // ("not a single" stands for "no" and takes its two words more.)
    const reachOf = (n: number) => (negatesSubject(n) ? SUBJECT_NEGATION_REACH + (notASingle(n) ? 2 : 0) : CUE_NEGATION_REACH);
    // "does not include a full withdrawal", "لا ينص على أي خروج": "any" or a word of extent before the cue
    // does not take it out of the negator's reach.
    const reaches = (n: number) => {
      let words = 1;
      for (let i = n + 1; i < cue.first && words <= reachOf(n); i++) if (!modifiesNoun(i)) words++;
      return words <= reachOf(n);
    };
    const cueNegated = negators.some((n) => n < cue.first && reaches(n) && !withheldUntil.some((at) => at > n && at < cue.first)) && negated(cue.first);
    const signed = (t: Term) => (t.removal === true && t.at < cue.first ? -t.value : t.value);
    // ("urged Washington not to withdraw": a "not to" that negates the cue itself turns it once, not the verb as well.)
    const termValue = (t: Term) => (!t.condition && !t.pretext && negated(t.at) !== (negatedInfinitive(t, cue) && !cueNegated) ? -signed(t) : signed(t)) * (invertsTerm(t) !== beforePrecondition(t) ? -1 : 1);
    const polarity = purpose + near.reduce((sum, t) => sum + termValue(t), 0);
    const separated = (at: number) => barriers.some((b) => (b > at && b < cue.first) || (b > cue.last && b < at));
    // (بقاء المستشارين التفاف على الاتفاق: a delay word weighed as the cue's evaluation does not also turn it around.)
    // (مراجعة موعد أيلول أو على الأقل إبقاء المستشارين: a delay word before "or" takes its own object; the alternative after
    // it is wanted — unless another delay word follows "or": أي تسويف أو التفاف على الاتفاق.)
    const offeredInstead = (at: number) => {
      for (let k = at + 1; k < cue.first; k++) if (ALTERNATIVES.has(text.tokens[k]!.text) && !ofKind('inverter').some((h) => h.first === k + 1)) return true;
      return false;
    };
    const invertsCue = (at: number) => Math.abs(at - cue.first) <= POLARITY_WINDOW && !separated(at) && !offeredInstead(at) && !near.some((t) => (at > t.at && at - t.at <= INVERTER_REACH) || (at === t.at && !delaysTheCue(at)));
    const inverted = inverters.some(invertsCue) ? -1 : 1;
    // "there will be no withdrawal", "not about a withdrawal": a negated cue with nothing else to weigh it rejects it.
    // بحاجة إلى دعم التحالف، a reason to stay: a cue that opens with an evaluation weighs by itself.
    const evaluatesItself = cue.tag.kind !== 'referent' && cue.last > cue.first && ofKind('polarity').some((h) => h.tag.kind === 'polarity' && h.first === cue.first && h.tag.value === 1);
    // "the troops will leave by September", "القوات ستنسحب في موعدها": a withdrawal announced as settled, with nothing
    // else to weigh it, is one the speaker stands behind — not when a negator, a condition or a question comes first in
    // the clause (لا أعتقد أنهم سيغادرون، إذا غادر الأميركيون فسيغادر معهم كثيرون، less whether the troops would leave).
    const openedBefore = (at: number) => at >= clause.first && at < cue.first;
    const announced = orientation === 1 && isAnnounced(text, cue, futures, barriers) && !negators.some(openedBefore) && !conditionals.some(openedBefore) && !questions.some(openedBefore);
    const weight = polarity === 0 && (cueNegated || evaluatesItself || announced) ? 1 : polarity;
    // مرجحاً أن «تبقى واشنطن ملتزمة …»، expecting that …: what the speaker predicts is no position of theirs.
    const predicted = predictions.some((at) => at < cue.first && !reportedBetween(at, cue.first));
    // ما جرى ليس انسحاباً بل إعادة تموضع: a negated cue that بل or وإنما corrects names what happened, not what is wanted
    // (لا يتعلق بانسحاب، بل بانتقال puts one position in place of another: both count).
    // "وليس بقاء الأجانب أو رحيلهم", "neither staying nor leaving": a negation over both ways takes neither;
    // "قرار بقاء القوات أو رحيلها بيد الحكومة", "whether troops stay or leave": the two ways named together are the question, not an answer.
    const alternativeTo = (first: Hit, second: Hit) => orientationOf(first) !== orientationOf(second) && second.first > first.last && second.first - first.last <= EITHER_REACH && ALTERNATIVES.has(text.tokens[second.first - 1]!.text);
    const eitherWay = distinctCues.some((o) => alternativeTo(cue, o) || alternativeTo(o, cue));
    const corrected = eitherWay || (cueNegated && CORRECTIONS.has(text.tokens[clause.last + 1]?.text ?? '') && clause.last - cue.last <= CORRECTION_REACH && !correctedByCue(text, clause.last + 1, issue));
    // "نقل القوات إلى أربيل ليس انسحاباً بل إعادة انتشار", "a redeployment, not a withdrawal": the move is denied the name to ask for the real one.
    // ("لا يعني انسحاباً بقدر ما هو إعادة انتشار", not so much a withdrawal as a redeployment, weighs what happened.)
    const weighedAgainst = (at: number) => text.tokens.slice(cue.last + 1, at).some((t) => t.text === 'بقدر');
    // ("the relocation to Erbil does not end the occupation": an ending denied to the move says the same.)
    const deniedWithdrawal = orientation === 1 && (cueNegated || (ending !== undefined && negated(ending)));
    // ("The occupier's withdrawal to Erbil is not a withdrawal": a move denied the very name it was given says the same.)
    const deniedItsOwnName = cueNegated && cue.tag.kind === 'cue' && !cue.tag.needsTopic && distinctCues.some((o) => o !== cue && o.phrase === cue.phrase && o.last < cue.first && cue.first - o.last <= RELOCATION_REACH);
    const renamedMove = deniedWithdrawal && (deniedItsOwnName || relocations.some((at) => Math.abs(at - cue.first) <= RELOCATION_REACH && !weighedAgainst(at)));
    // "لم ينته الاحتلال", "does not end the occupation": an end denied to what only its opponents call an occupation is still wanted.
    const occupationGoesOn = deniedWithdrawal && pejoratives.some((p) => Math.abs(p.first - cue.first) <= TOPIC_REACH || Math.abs(p.first - cue.last) <= TOPIC_REACH);
    // "إذا طلعوا الأمريكان منو يحمينا؟", "If they go, who will stop the drones?": a withdrawal supposed, then who will protect, is feared.
    const fearedIf = orientation === 1 && !cueNegated && fearedDeparture(text, clause, cue);
    // "السلاح باقٍ ما دام هناك جندي أمريكي واحد", "as long as a single American soldier remains": a presence named as
    // the term of what goes on (resistance, occupation) is one the speaker holds against.
    // ("stay as long as ISIS remains a threat": the staying must be the forces', named after the condition opens.)
    const presenceAfter = (d: Hit) => cue.tag.kind === 'cue' && (!cue.tag.needsTopic || ofKind('topic').some((t) => t.first > d.last && t.last < cue.first));
    const heldAgainstWhileItStays =
      orientation === -1 && !cueNegated && durations.some((d) => d.last < cue.first && cue.first - d.last <= DURATION_REACH && presenceAfter(d) && !inClause.some((h) => h.first > d.last && h.first < cue.first && WEIGHING.has(h.tag.kind)));
    const value = fearedIf ? -1 : renamedMove || occupationGoesOn || heldAgainstWhileItStays ? 1 : predicted || corrected || declined(cue) || restatesPosition(cue) ? 0 : (Math.sign(weight * orientation * inverted * (cueNegated ? -1 : 1)) as -1 | 0 | 1);
    return { value, cue, negated: cueNegated || near.some((t) => negated(t.at)), inverted: inverted === -1 || near.some(invertsTerm) };
  });
}

/** Words a future marker may stand before its verb: "will be fully withdrawn", "would soon return home". */
const FUTURE_REACH = 3;

/** The cue's verb is in the future: after will/would/سوف in the same clause, or with the Arabic prefix س (ستنسحب، سيغادرون). */
function isAnnounced(text: AnalyzedText, cue: Hit, futures: readonly number[], barriers: readonly number[]): boolean {
  if (text.article.language === 'ar' && /^[وف]?س[يتن]\S{3,}$/.test(text.tokens[cue.first]!.text)) return true;
  return futures.some((at) => at < cue.first && cue.first - at <= FUTURE_REACH && !barriers.some((b) => b > at && b < cue.first));
}

/**
 * Folded nouns of a due date: what is done "before the deadline" is timed by it, not withheld until it, and the
 * end of one (بعد انتهاء المهلة) is a date, not the withdrawal.
 */
const DEADLINES: ReadonlySet<string> = new Set(['موعد', 'الموعد', 'حلول', 'مهله', 'المهله', 'deadline', 'date']);

/** وضع خطة قبل موعد انتهاء المهمة، "prepare before the deadline for the withdrawal": "before" names when, not a condition. */
function namesDeadline(text: AnalyzedText, h: Hit): boolean {
  const next = text.tokens[h.last + 1]?.text === 'the' ? h.last + 2 : h.last + 1;
  return DEADLINES.has(text.tokens[next]?.text ?? '');
}

/**
 * Folded words that may stand between a negator and the word it negates: any, to, the modals (لا يجوز تأجيل، not to
 * delay) and verbs of allowing (عدم السماح بتسويف، not tolerate delays).
 */
const NEGATED_THROUGH: ReadonlySet<string> = new Set([...ANY, 'to', 'يجوز', 'ينبغي', 'يجب', 'يمكن', 'السماح', 'يسمح', 'تسمح', 'نسمح', 'allow', 'permit', 'tolerate']);

/** A negator right before a word, or one of NEGATED_THROUGH away (لا تأخير، دون أي تأخير، without any delay). */
function standsBefore(text: AnalyzedText, negator: number, h: Hit): boolean {
  return h.first - negator === 1 || (h.first - negator === 2 && NEGATED_THROUGH.has(text.tokens[negator + 1]!.text));
}

/** What a delay word may delay and still bear on the withdrawal: the cue itself, the forces, the agreement or its timetable. */
const DELAYED_ISSUE_KINDS = ['cue', 'topic', 'referent', 'schedule'] as const;

/** How many words after a delay word name what it delays (تجميد العمل بالجدول الزمني، revisiting the September agreement). */
const DELAYED_OBJECT_WORDS = 3;

/**
 * "إعادة جدولة الجلسة", "postpone the vote": a delay word whose object is another thing (the session, the vote) delays
 * that thing, not the withdrawal.
 */
function delaysSomethingElse(text: AnalyzedText, h: Hit): boolean {
  const english = text.article.language === 'en';
  const object = english && text.tokens[h.last + 1]?.text === 'the' ? h.last + 2 : h.last + 1;
  const token = text.tokens[object];
  if (token === undefined || !token.isWord || (!english && !/^ال/.test(token.text)) || (english && object === h.last + 1)) return false;
  return namesNoIssue(text, object);
}

/** Whether the few words from `object` on name nothing of the issue (no cue, forces, agreement or timetable). */
function namesNoIssue(text: AnalyzedText, object: number): boolean {
  for (let i = object; i < object + DELAYED_OBJECT_WORDS && text.tokens[i]?.isWord === true; i++) {
    if (DELAYED_ISSUE_KINDS.some((kind) => text.kindsAt[i]!.has(kind))) return false;
  }
  return true;
}

/** How many words a presence phrase taken as a pretext may have (الوجود العسكري الأجنبي ذريعة). */
const PRETEXT_WORDS = 6;

/** Folded words naming a pretext, never a good reason. */
const PRETEXTS: ReadonlySet<string> = new Set(['ذريعه', 'ذرائع', 'الذريعه', 'الذرائع', 'ذريعتها', 'ذريعته', 'pretext', 'pretexts']);

/** Folded words of justification, which name what they justify after ل or "for". */
const JUSTIFICATIONS: ReadonlySet<string> = new Set(['مبرر', 'مبررا', 'ذريعه', 'حجه', 'justification', 'excuse', 'pretext']);

/**
 * «إذا التزم الأميركيون بالانسحاب، فلن يبقى مبرر لأي سلاح», no justification left for any weapon: a justification of
 * something else weighs nothing on the withdrawal (لم يعد هناك مبرر لبقاء القوات، أي ذريعة لتأجيلها still do;
 * so does the presence right before it, taken as a pretext: تتخذ الوجود الأجنبي ذريعة لسلاحها).
 */
function justifiesSomethingElse(text: AnalyzedText, h: Hit): boolean {
  if (!JUSTIFICATIONS.has(text.tokens[h.last]!.text)) return false;
  const next = text.tokens[h.last + 1];
  const pretextBefore = hitsWithin(text.hits, h.first - PRETEXT_WORDS, h.first - 1).some((c) => c.tag.kind === 'cue' && !c.tag.needsTopic && c.last === h.first - 1);
  if (next === undefined || !next.isWord || pretextBefore) return false;
  const english = text.article.language === 'en';
  if (english ? next.text !== 'for' : !next.text.startsWith('ل')) return false;
  const object = english ? h.last + 2 : h.last + 1;
  return namesNoIssue(text, object) && !text.kindsAt.slice(object, object + DELAYED_OBJECT_WORDS).some((kinds) => kinds.has('inverter'));
}

/** Folded nouns that name a word (كلمة انسحاب، the word "withdrawal"): what follows is the word, not the act. */
const WORD_NOUNS: ReadonlySet<string> = new Set(['كلمه', 'مصطلح', 'عباره', 'لفظ', 'لفظه', 'word', 'term']);

/** حرصا على تجنب كلمة انسحاب، avoided the word "withdrawal": a cue quoted as a word takes no position. */
function mentionedAsWord(text: AnalyzedText, cue: Hit): boolean {
  let before = cue.first - 1;
  while (QUOTE_MARKS.test(text.tokens[before]?.text ?? '')) before--;
  return WORD_NOUNS.has(text.tokens[before]?.text ?? '');
}

/** From a verb of refusing to the wish it takes as object: "rejected reports that it plans", نفت وجود خطة. */
const REFUSED_OBJECT_REACH = 4;

const CONFRONTATION_REACH = 2;

/** استمرار دعم التحالف في مواجهة خطر داعش, to counter the threat: the danger is what is fought, not what is judged. */
function isConfronted(text: AnalyzedText, polarity: Hit): boolean {
  if (polarity.tag.kind !== 'polarity' || polarity.tag.value !== -1) return false;
  return text.kindsAt.slice(Math.max(0, polarity.first - CONFRONTATION_REACH), polarity.first).some((kinds) => kinds.has('confrontation')) || confrontsNamed(text, polarity);
}

/**
 * التحالف الدولي ضد "داعش": a word of confronting after the forces and before what they fight names the enemy; before
 * a cue or a verdict (ضد الانسحاب، ضد مصلحة العراق), or after anything else (لسنا ضد الاتفاق), it is one.
 */
function confrontsNamed(text: AnalyzedText, polarity: Hit): boolean {
  const before = text.kindsAt[polarity.first - 1];
  if (!text.kindsAt[polarity.first]!.has('confrontation') || !(before?.has('actor') || before?.has('topic'))) return false;
  const kinds = text.kindsAt[afterQuoteMarks(text, polarity.last + 1)];
  return kinds !== undefined && !kinds.has('cue') && !kinds.has('polarity');
}

/** The first token from `index` on that is not a quotation mark. */
function afterQuoteMarks(text: AnalyzedText, index: number): number {
  let next = index;
  while (QUOTE_MARKS.test(text.tokens[next]?.text ?? '')) next++;
  return next;
}

/** Folded words that suppose a departure (إذا، لو، بعدما، if, once), not a condition of staying (ما دام، as long as). */
const SUPPOSING: ReadonlySet<string> = new Set(['اذا', 'لو', 'بعدما', 'عندما', 'if', 'once', 'when', 'after']);
const SUPPOSITION_REACH = 3;

/** "إذا رحلوا", "if the Americans leave": the cue opens an if-clause. */
function supposedBy(text: AnalyzedText, clause: Clause, cue: Hit): boolean {
  for (let i = cue.first - 1; i >= Math.max(clause.first, cue.first - SUPPOSITION_REACH); i--) {
    if (SUPPOSING.has(text.tokens[i]!.text.replace(/^[وف]/, ''))) return true;
    if (/^[,،]$/.test(text.tokens[i]!.text)) return false;
  }
  return false;
}

/** The cue's sentence is a question of who will protect (… منو يحمينا؟, who will stop the drones?). */
function asksWhoProtects(text: AnalyzedText, cue: Hit): boolean {
  const sentence = text.sentences.find((s) => s.first <= cue.first && cue.first <= s.last);
  if (sentence === undefined) return false;
  const asked = (i: number) => /^[?؟]$/.test(text.tokens[i]?.text ?? '');
  if (!asked(sentence.last) && !asked(sentence.last - 1)) return false;
  return hitsWithin(text.hits, sentence.first, sentence.last).some((h) => h.tag.kind === 'protectionQuestion');
}

/** "If they go, who will stop the drones?": a departure supposed, then a question of who will protect; "they" need not be named. */
function fearedDeparture(text: AnalyzedText, clause: Clause, cue: Hit): boolean {
  return supposedBy(text, clause, cue) && asksWhoProtects(text, cue);
}

/** From ", when" to a cue in the clause of time it opens. */
const DATING_REACH = 10;
/** From a denied withdrawal to the word for the move it is said to be instead. */
const RELOCATION_REACH = 7;

/** Whether ", when" opens the clause the cue stands in, within reach and with no comma between. */
function isDatedByWhen(text: AnalyzedText, clause: Clause, cue: Hit): boolean {
  for (let i = cue.first - 1; i >= Math.max(clause.first + 1, cue.first - DATING_REACH); i--) {
    const word = text.tokens[i]!.text;
    if (word === 'when') return text.tokens[i - 1]!.text === ',';
    if (/^[,;:]$/.test(word)) return false;
  }
  return false;
}

/**
 * Where على opens a clause (after a quote, a comma or أن), no negator just before it, and a party follows it: "إن على المحتل أن يخرج", "وعلى
 * واشنطن احترام الموعد". (Not "على أن …", on condition that, nor an adverbial such as على الرغم or على صعيد.)
 */
function obligationsIn(text: AnalyzedText, clause: Clause): number[] {
  if (text.article.language !== 'ar') return [];
  const at: number[] = [];
  for (let i = clause.first; i < clause.last; i++) {
    if (!OBLIGATIONS.has(text.tokens[i]!.text)) continue;
    const previous = text.tokens[i - 1];
    const opens = i === clause.first || previous === undefined || !previous.isWord || text.kindsAt[i - 1]!.has('complementizer');
    const party = text.kindsAt[i + 1]!;
    // "لم تقل يوماً إن على الأمريكيين المغادرة": a duty someone is said never to have stated is nobody's demand.
    const denied = text.kindsAt.slice(Math.max(clause.first, i - DENIAL_REACH), i).some((kinds) => kinds.has('negator'));
    if (opens && !denied && (party.has('topic') || party.has('actor') || party.has('cue'))) at.push(i);
  }
  return at;
}

/**
 * "أي تمديد سيعني انتهاء التهدئة": an Arabic ending noun followed by a definite noun that names neither the forces nor
 * the issue ends that noun (the truce), not the presence before it.
 */
function endsSomethingElse(text: AnalyzedText, ending: Hit): boolean {
  const next = text.tokens[ending.last + 1];
  if (text.article.language !== 'ar' || next === undefined || !/^ال/.test(next.text)) return false;
  const kinds = text.kindsAt[ending.last + 1]!;
  return !kinds.has('topic') && !kinds.has('cue') && !kinds.has('referent') && !kinds.has('actor');
}

/** How far after a withdrawal or presence phrase a pronoun may still open its predicate. */
const COPULA_REACH = 24;
/** Folded pronouns that open the predicate of a nominal sentence (… هو احتلال، … هي مطلب). */
const COPULAR_PRONOUNS: ReadonlySet<string> = new Set(['هو', 'هي', 'هم']);
/**
 * Folded linking verbs that open it after a long subject (انسحاب التحالف في ظل استمرار نشاط الخلايا … سيكون خطأً، … يمثل
 * خرقاً): only the words right after the verb are its predicate; what follows may be a new clause.
 */
const LINKING_VERBS: ReadonlySet<string> = new Set(['سيكون', 'ستكون', 'سيشكل', 'ستشكل', 'يشكل', 'تشكل', 'يمثل', 'تمثل', 'سيمثل', 'ستمثل', 'يعد', 'تعد']);
const LINKED_PREDICATE_WORDS = 2;

function pronounCopulaAfter(text: AnalyzedText, cue: Hit, clause: Clause): number | undefined {
  for (let i = cue.last + 1; i <= Math.min(clause.last, cue.last + COPULA_REACH); i++) {
    const kinds = text.kindsAt[i]!;
    if (TERMINAL.has(text.tokens[i]!.text) || (kinds.has('cue') && !isCircumstance(text, i)) || kinds.has('predicate')) return undefined;
    if (COPULAR_PRONOUNS.has(text.tokens[i]!.text) || LINKING_VERBS.has(text.tokens[i]!.text)) return i;
  }
  return undefined;
}

/** A clause of time (قبل أن تكتمل، before the army is ready) opens this close before a word it holds. */
const TIME_CLAUSE_REACH = 3;
const COMPLEMENTIZERS_OF_TIME: ReadonlySet<string> = new Set(['ان', 'ما']);

function datedAfter(text: AnalyzedText, cue: Hit, at: number): boolean {
  if (TEMPORAL_PREPOSITIONS.has(text.tokens[at - 1]?.text ?? '')) return true;
  // (قبل استكمال جاهزية القوات: a word of readiness completing a dated word of completion is dated with it.)
  if (text.kindsAt[at - 1]?.has('polarity') === true && TEMPORAL_PREPOSITIONS.has(text.tokens[at - 2]?.text ?? '')) return true;
  for (let i = Math.max(cue.last + 1, at - TIME_CLAUSE_REACH); i < at - 1; i++) {
    if (TEMPORAL_PREPOSITIONS.has(text.tokens[i]!.text) && COMPLEMENTIZERS_OF_TIME.has(text.tokens[i + 1]?.text ?? '')) return true;
  }
  return false;
}

/** Words opening an aside between commas: سواء في بغداد أو أربيل، بما في ذلك، including, whether in Baghdad or Erbil. */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['سواء', 'بما', 'ومنها', 'منها', 'مع', 'وسط', 'including', 'whether', 'amid', 'with']);
const ASIDE_WORDS = 16;

/**
 * "إنهاء أي وجود عسكري أجنبي على أرض العراق، سواء في بغداد أو أربيل، التزام وطني": an aside between commas after the
 * subject holds its predicate apart; what follows the aside is reached from where it ends.
 */
function afterParenthesis(text: AnalyzedText, cue: Hit, clause: Clause): number | undefined {
  for (let i = cue.last + 1; i <= Math.min(clause.last, cue.last + COPULA_REACH); i++) {
    if (TERMINAL.has(text.tokens[i]!.text) || text.kindsAt[i]!.has('predicate')) return undefined;
    if (!/^[,،]$/.test(text.tokens[i]!.text) || !ASIDE_OPENERS.has(text.tokens[i + 1]?.text ?? '')) continue;
    for (let j = i + 2; j <= Math.min(clause.last, i + ASIDE_WORDS); j++) if (/^[,،]$/.test(text.tokens[j]!.text)) return j;
    return undefined;
  }
  return undefined;
}

function endsSentenceBetween(text: AnalyzedText, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (TERMINAL.has(text.tokens[i]!.text)) return true;
  return false;
}

/**
 * Whether the presence cue completes the limit: جدول زمني لوجود القوات (ل right after it), "a schedule for the
 * presence" (for in between); not a limit that describes something else (موعد نهائي وغير قابل للتمديد).
 */
function limitsWhatFollows(text: AnalyzedText, limit: Hit, cue: Hit): boolean {
  if (text.article.language === 'ar') return cue.first === limit.last + 1 && /^ل/.test(text.tokens[cue.first]!.text);
  for (let i = limit.last + 1; i < cue.first; i++) if (LIMIT_PREPOSITIONS.has(text.tokens[i]!.text)) return true;
  return false;
}

const LIMIT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'on']);

/** "…، ولن يقبل": after a comma, a verb or negator joined by و opens a clause of its own. */
function opensJoinedVerbClause(text: AnalyzedText, barrier: number): boolean {
  const next = text.tokens[barrier + 1];
  // (…، فخطر الإرهاب لم ينته: a clause joined by ف gives a reason of its own.)
  if (!/^[,،]$/.test(text.tokens[barrier]!.text) || next === undefined) return false;
  const kinds = text.kindsAt[barrier + 1]!;
  // ("لا نريد عودة أي قوات أجنبية، نريد طائرات عراقية": a first-person verb right after the comma opens a clause with no و.)
  if (/^[نا]/.test(next.text) && !next.text.startsWith('ال') && (kinds.has('predicate') || kinds.has('polarity'))) return true;
  if (!/^[وف]/.test(next.text)) return false;
  // …، ونحن نؤيد: a pronoun joined by و opens a clause with its own subject.
  return kinds.has('negator') || kinds.has('predicate') || kinds.has('polarity') || JOINED_PRONOUNS.has(next.text);
}

/** Folded و + independent pronoun. */
const JOINED_PRONOUNS: ReadonlySet<string> = new Set(['ونحن', 'وانا', 'وهو', 'وهي', 'وهم', 'وانتم']);

/** Whether the words right after a correcting بل are themselves a cue of the issue. */
function correctedByCue(text: AnalyzedText, correction: number, issue: string): boolean {
  return hitsWithin(text.hits, correction + 1, correction + CORRECTION_CUE_REACH).some((h) => h.tag.kind === 'cue' && h.tag.issue === issue && h.first <= correction + 2);
}

const NO_HITS: readonly Hit[] = [];

/** A clause's hits by kind, grouped once, so that each rule reads only the kind it needs. */
function byKind(hits: readonly Hit[]): (kind: Hit['tag']['kind']) => readonly Hit[] {
  const groups = new Map<Hit['tag']['kind'], Hit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.tag.kind);
    if (group) group.push(hit);
    else groups.set(hit.tag.kind, [hit]);
  }
  return (kind) => groups.get(kind) ?? NO_HITS;
}

/** How close an agreement word must stand to a withdrawal cue for the article to tie the two (اتفاق … لإنهاء مهمة التحالف). */
const REFERENT_LINK = 10;

interface IssueNaming {
  /** The article names the withdrawal itself somewhere (a cue that needs no topic). */
  named: boolean;
  /** … and an agreement word stands close to such a cue. */
  linked: boolean;
}

const issueNamings = new WeakMap<AnalyzedText, Map<string, IssueNaming>>();

/** Folded demonstratives before a noun: هذا الانسحاب، this drawdown. */
const DEMONSTRATIVE_DETERMINERS: ReadonlySet<string> = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'this', 'that']);

/**
 * "هذا التخفيض يعكس النجاح", "this drawdown reflects our success": a withdrawal word after a demonstrative points back
 * to a withdrawal the article has named, whose forces it need not name again.
 */
function pointsBackToIssue(text: AnalyzedText, cue: Hit, issue: string): boolean {
  return DEMONSTRATIVE_DETERMINERS.has(text.tokens[cue.first - 1]?.text ?? '') && issueNaming(text, issue).named;
}

/** Does the article name the issue, and does "the agreement" stand close to it? Once per article and issue. */
function issueNaming(text: AnalyzedText, issue: string): IssueNaming {
  let namings = issueNamings.get(text);
  if (namings === undefined) issueNamings.set(text, (namings = new Map()));
  let naming = namings.get(issue);
  if (naming === undefined) {
    const withdrawals = text.hits.filter((h) => h.tag.kind === 'cue' && h.tag.issue === issue && h.tag.orientation === 1 && !h.tag.needsTopic);
    const referents = text.hits.filter((h) => h.tag.kind === 'referent' && h.tag.issue === issue);
    naming = { named: withdrawals.length > 0, linked: referents.some((r) => withdrawals.some((w) => Math.abs(w.first - r.first) <= REFERENT_LINK)) };
    namings.set(issue, naming);
  }
  return naming;
}

/** الاتفاق، بالجدول الزمني، the agreement (not اتفاق، a timeline); قرار الإخراج is made definite by its complement. */
function isDefiniteReferent(text: AnalyzedText, referent: Hit): boolean {
  if (text.article.language === 'en') return text.tokens[referent.first - 1]?.text === 'the';
  return /^[وفبل]?ال/.test(text.tokens[referent.first]!.text) || /^ال/.test(text.tokens[referent.last]!.text);
}

/**
 * Endorsing the agreement or its timetable supports what it ends, and wanting it revised or delayed
 * (مراجعة الجدول الزمني، revisit the timeline) opposes; rejecting or merely naming it says nothing about
 * the issue, nor does a statement whose own verb is negative (لم يعلن البيت الأبيض أي موقف من الاتفاق),
 * unless what it rejects is a revision (rejected any talk of revisiting the agreement keeps to it).
 */
function isEndorsedOrCue(reading: CueReading, governing: Term | null): boolean {
  if (reading.cue.tag.kind !== 'referent') return true;
  return (reading.value === 1 || (reading.value === -1 && reading.inverted)) && (governing?.value !== -1 || reading.inverted);
}

/**
 * "keep attacking", "remain fighting", "keep up the attacks": a verb before a gerund or a particle says how something goes on, not that troops stay;
 * "remains on track", "remains necessary": before an evaluation it is a copula; a quoted schedule too (remained "on track"),
 * which an ending keeps as its own ("will end as scheduled").
 */
function isAspectual(text: AnalyzedText, cue: Hit): boolean {
  if (cue.first !== cue.last) return false;
  const next = cue.last + 1;
  if (namesRemainder(text, cue)) return true;
  if (text.article.language === 'ar') return isCopularRemain(text, cue);
  const word = text.tokens[next]?.text ?? '';
  const quoted = QUOTE_MARKS.test(word) ? next + 1 : next;
  return /ing$/.test(word) || PHRASAL_PARTICLES.has(word) || text.kindsAt[next]?.has('polarity') === true || (orientationOf(cue) === -1 && text.kindsAt[quoted]?.has('schedule') === true);
}

/**
 * "والشركات ستبقى ما دامت تربح", "ستبقى صفقات التسليح قائمة": an ambiguous verb with a noun that names neither the
 * forces nor an actor as its subject, before it or after it, says what that noun does (the companies stay), not the troops.
 */
function hasOtherSubject(text: AnalyzedText, cue: Hit): boolean {
  if (text.article.language !== 'ar' || !/^[وف]?س?[يت]/.test(text.tokens[cue.first]!.text)) return false;
  return definiteNounBefore(text, cue) || nounPhraseAfter(text, cue);
}

/** "الحكومة تبقى ملتزمة": a definite noun right before the verb is its subject (subject first). */
function definiteNounBefore(text: AnalyzedText, cue: Hit): boolean {
  const before = cue.first - 1;
  const word = text.tokens[before];
  if (word === undefined || !word.isWord || !/^[وف]?ال/.test(word.text)) return false;
  // (A word the lexicon knows — ألا، القوات، الولايات المتحدة — is no such noun.)
  return text.kindsAt[before]!.size === 0;
}

/** A noun with its definite complement right after the verb is its subject (verb first). */
function nounPhraseAfter(text: AnalyzedText, cue: Hit): boolean {
  const noun = text.tokens[cue.last + 1];
  const complement = text.tokens[cue.last + 2];
  if (noun === undefined || complement === undefined || !noun.isWord || /^[وف]?ال/.test(noun.text) || !/^ال/.test(complement.text)) return false;
  if (PREPOSITIONS.has(noun.text) || TEMPORAL_PREPOSITIONS.has(noun.text)) return false;
  return text.kindsAt[cue.last + 1]!.size === 0 && !text.kindsAt[cue.last + 2]!.has('topic');
}

/** Folded adverbs of time after يبقى: "ستبقى طويلاً", "تبقى مؤقتاً" still say that troops stay. */
const DURATION_ADVERBS: ReadonlySet<string> = new Set(['طويلا', 'موقتا', 'قليلا', 'دايما', 'ابدا']);

/**
 * "الاحتلال سيبقى احتلالاً", "لا يجوز أن يبقى مرهوناً بوجود قوات": يبقى before an indefinite accusative word is
 * a copula (remains X), not troops staying.
 */
function isCopularRemain(text: AnalyzedText, cue: Hit): boolean {
  const verb = text.tokens[cue.first]!.text;
  const next = text.tokens[cue.last + 1];
  if (!/^[وف]?س?[يت]بق/.test(verb) || next === undefined || !next.isWord) return false;
  return /ا$/.test(next.text) && !next.text.startsWith('ال') && !DURATION_ADVERBS.has(next.text) && !text.kindsAt[cue.last + 1]!.has('topic');
}

/**
 * "انسحاب التحالف في ظل استمرار نشاط خلايا داعش سيكون خطأً", amid continued attacks: an ambiguous word after "in the
 * shadow of" or "amid" tells the circumstances, not the forces' staying.
 */
function isCircumstance(text: AnalyzedText, at: number): boolean {
  const before = text.tokens[at - 1]?.text ?? '';
  return before === 'وسط' || before === 'amid' || (before === 'ظل' && /^و?في$/.test(text.tokens[at - 2]?.text ?? ''));
}

/** Folded ما, وما, مما, فيما, what: "what" before a verb makes a relative clause. */
const REMAINDER_RELATIVES: ReadonlySet<string> = new Set(['ما', 'وما', 'مما', 'فيما', 'what']);

/**
 * "جاهزة لتسلم ما تبقى", "وما تبقى تفاصيل فنية", "what remains of its mission": a verb of staying after the relative ما
 * or "what" names the remainder, not forces that stay.
 */
function namesRemainder(text: AnalyzedText, cue: Hit): boolean {
  return /^([يت]بق|remain)/.test(text.tokens[cue.first]!.text) && REMAINDER_RELATIVES.has(text.tokens[cue.first - 1]?.text ?? '');
}

/** Words that may stand between the own forces and what they are capable of (باتت، اليوم، are now fully). */
const CAPABILITY_GAP = 3;
const HYPOTHETICAL_REACH = 2;
/** "…capable on the ground but still lacked": a capability right after a contrast word goes on with the same subject. */
const ELLIPSIS_GAP = 1;

/**
 * "القوات العراقية باتت قادرة على حماية البلاد", "Iraqi forces are not ready": the own forces said to be capable or
 * not, as the subject right before the words, state the speaker's position whatever verb reports it (warning that
 * they are unable still argues for the foreign forces). A negator between them turns it around. A capability only
 * supposed ("أن تكون قواتنا جاهزة", "until Iraqi forces are ready") or someone else's claim ("they tell us the Iraqi
 * army is ready") states none. "فلا القوات العراقية قادرة على الرد ولا بغداد راغبة" negates with لا right before the
 * subject (neither … nor).
 */
function selfRelianceIn(text: AnalyzedText, statement: Statement, within: readonly Hit[], issue: string): CueReading[] {
  const forces = within.filter((h) => h.tag.kind === 'ownForces' && h.tag.issue === issue);
  if (forces.length === 0) return [];
  const around = hitsWithin(text.hits, statement.contentFirst - HYPOTHETICAL_REACH, statement.contentLast);
  const supposed = (subject: Hit) => around.some((h) => h.tag.kind === 'hypothetical' && h.tag.issue === issue && h.last < subject.first && subject.first - h.last <= HYPOTHETICAL_REACH);
  const readings: CueReading[] = [];
  let previous: Hit | undefined;
  for (const capability of within) {
    if (capability.tag.kind !== 'capability' || capability.tag.issue !== issue) continue;
    const subject =
      forces.find((f) => f.last < capability.first && capability.first - f.last - 1 <= CAPABILITY_GAP && isPlainGap(text, f.last + 1, capability.first - 1)) ??
      (previous !== undefined && continuesAfterContrast(text, previous, capability) ? previous : undefined);
    if (subject === undefined || supposed(subject)) continue;
    const negated = within.some((h) => h.tag.kind === 'negator' && ((h.first > subject.last && h.last < capability.first) || h.last === subject.first - 1));
    readings.push({ value: negated ? (-capability.tag.value as 1 | -1) : capability.tag.value, cue: capability, negated, inverted: false });
    previous = subject;
  }
  return readings;
}

/** "capable on the ground but still lacked": a contrast word, and at most one more word, just before the capability. */
function continuesAfterContrast(text: AnalyzedText, subject: Hit, capability: Hit): boolean {
  const contrast = hitsWithin(text.hits, subject.last + 1, capability.first - 1).find((h) => h.tag.kind === 'contrast' && capability.first - h.last - 1 <= ELLIPSIS_GAP);
  return contrast !== undefined && isPlainGap(text, contrast.last + 1, capability.first - 1);
}

const OPENING_QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '«', '“']);

/** Words between a subject and its predicate that end no clause: no punctuation, no verb of saying, no cue. */
function isPlainGap(text: AnalyzedText, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const kinds = text.kindsAt[i]!;
    // (The forces were "ready and able": a quotation mark opening the words quoted is no break.)
    const quoteMark = OPENING_QUOTE_MARKS.has(text.tokens[i]!.text);
    if ((!text.tokens[i]!.isWord && !quoteMark) || kinds.has('predicate') || kinds.has('cue') || kinds.has('contrast')) return false;
  }
  return true;
}

/** Folded words opening a concession: مهما (كانت الذرائع), whatever (the pretext). */
const CONCESSIVES: ReadonlySet<string> = new Set(['مهما', 'whatever']);
const CONCESSION_REACH = 2;

/** "لن تسمح بأي تمديد مهما كانت الذرائع": an evaluation inside a concession judges nothing the speaker says. */
function isConceded(text: AnalyzedText, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - CONCESSION_REACH); k--) if (CONCESSIVES.has(text.tokens[k]!.text)) return true;
  return false;
}

function orientationOf(cue: Hit): 1 | -1 {
  return cue.tag.kind === 'cue' ? cue.tag.orientation : 1;
}

/** A pronoun on or before the cue that refers back to the forces already named. */
function pronounRefersBack(text: AnalyzedText, cue: Hit): boolean {
  // ("their departure", "their stay": English puts the pronoun before.)
  if (text.article.language === 'en') return /^(their|its)$/i.test(text.tokens[cue.first - 1]?.text ?? '') || pronounActsOnCue(text, cue);
  // "آن الأوان أن يخرجوا": a present-tense plural verb carries "they" in its ending, as "they leave" does.
  if (cue.first === cue.last && /^[وف]?س?[يت]\S{2,}(وا|ون)$/.test(text.tokens[cue.first]!.text)) return true;
  // What the token adds after the cue's last word: بقاءه، خروجها، انسحابهم.
  const token = text.tokens[cue.last]!.text;
  const lastWord = cue.phrase.slice(cue.phrase.lastIndexOf(' ') + 1);
  const at = token.lastIndexOf(lastWord);
  return at >= 0 && /^(ه|ها|هم|هما)$/.test(token.slice(at + lastWord.length));
}

/** What may stand between "they" and its verb: a modal, a negation (they will not leave, they should stay). */
const PRONOUN_VERB_GAP: ReadonlySet<string> = new Set(['will', 'would', 'should', 'must', 'can', 'could', 'may', 'might', 'not', 'never', 'to']);

/** "let them go", "we want them to leave", "voted for them to leave": a wish whose object is the forces. ("asks them to leave" is another's demand.) */
const WISHING_THEM: ReadonlySet<string> = new Set(['let', 'want', 'wants', 'wanted', 'prefer', 'for']);

/**
 * "If they leave, who fills the space?", "I want them to go", "let them go": like "their departure", a pronoun as the
 * verb's subject refers back to the forces already named. ("the space they leave" is a relative clause about the space.)
 */
function pronounActsOnCue(text: AnalyzedText, cue: Hit): boolean {
  const word = (k: number) => (text.tokens[k]?.text ?? '').toLowerCase();
  let i = cue.first - 1;
  while (i > cue.first - 3 && PRONOUN_VERB_GAP.has(word(i))) i--;
  if (word(i) === 'they') return !DETERMINERS.has(word(i - 2));
  return word(i) === 'them' && WISHING_THEM.has(word(i - 1));
}

function isPurpose(text: AnalyzedText, cue: Hit): boolean {
  return text.article.language === 'ar' && /^(و|ف)?ل/.test(text.tokens[cue.first]!.text) && !cue.phrase.startsWith('ل') && !followsNounInTaMarbuta(text, cue.first - 1) && !completesCueBefore(text, cue);
}

/** أي تمديد لوجود القوات: after a cue word the ل completes that word (an extension of the presence); it states no purpose. */
function completesCueBefore(text: AnalyzedText, cue: Hit): boolean {
  return text.kindsAt[cue.first - 1]?.has('cue') === true;
}

/**
 * أي محاولة لتمديد الوجود، خطة لسحب القوات: after an indefinite noun in ة the ل completes that noun (no verb ends
 * in ة); after a definite one (… والولايات المتحدة لإنهاء المهمة) a phrase has ended and the ل states a purpose.
 */
function followsNounInTaMarbuta(text: AnalyzedText, index: number): boolean {
  const token = text.tokens[index];
  if (token === undefined || !token.isWord || /^([وفبل])?ال/.test(token.text)) return false;
  return originalWords(text, index, index).endsWith('ة');
}

function combine(values: readonly (-1 | 0 | 1)[]): Stance {
  const positive = values.includes(1);
  const negative = values.includes(-1);
  if (positive && negative) return 'mixed';
  if (positive) return 'supports';
  if (negative) return 'opposes';
  return 'neutral';
}

/** Prepositions that open a concession after ولو (ولو على مراحل، ولو عبر اتفاق، ولو في إطار …). */
const CONCESSION_PREPOSITIONS: ReadonlySet<string> = new Set(['علي', 'عبر', 'في', 'ضمن', 'بعد']);

/** بقيت، باتت، بدا: past verbs that begin with ب as if with the preposition. */
const VERBS_LIKE_PREPOSITION = /^(بقي|بقو|بات|بدا|بدت|بلغ)/;

/**
 * "بقاء المستشارين، ولو بأعداد قليلة، رسالة ردع", ولو بصيغة استشارية: ولو before a phrase, not a verb, concedes ("even if
 * only in small numbers"); it sets no condition on the position.
 */
function isConcession(text: AnalyzedText, hit: Hit): boolean {
  if (text.article.language !== 'ar' || hit.first !== hit.last || text.tokens[hit.first]!.text !== 'ولو') return false;
  const next = text.tokens[hit.first + 1]?.text ?? '';
  return CONCESSION_PREPOSITIONS.has(next) || (/^[بل]\S{3,}/.test(next) && !VERBS_LIKE_PREPOSITION.test(next));
}

function qualifiersNear(text: AnalyzedText, within: readonly Hit[], cues: readonly Hit[], issue: string): Qualifier[] {
  const found = new Set<Qualifier>();
  for (const hit of within) {
    if (hit.tag.kind !== 'qualifier' || hit.tag.issue !== issue) continue;
    if (cues.some((c) => Math.abs(hit.first - c.last) <= QUALIFIER_WINDOW || Math.abs(c.first - hit.last) <= QUALIFIER_WINDOW)) found.add(hit.tag.qualifier);
  }
  // "accepts withdrawal if …" conditions the position; "if they withdraw, chaos follows" argues from a consequence.
  for (const hit of within) {
    // (خروجاً فورياً وغير مشروط: a condition negated right before it is none.)
    if (hit.tag.kind !== 'conditional' || isConcession(text, hit) || within.some((n) => n.tag.kind === 'negator' && n.last === hit.first - 1)) continue;
    // (ولا نقبل أن يُربط هذا الملف بأي ملف آخر: a tie refused by the verb before أن is no condition.)
    if (hit.phrase.startsWith('ان ') && within.some((n) => n.tag.kind === 'negator' && n.last === hit.first - 2)) continue;
    // (إذا لم يتم تحديد جدول زمني واضح للانسحاب: a negated condition names what it wants a few words further on.)
    const negatedCondition = within.some((n) => n.tag.kind === 'conditionalNegation' && n.first === hit.first);
    const reach = negatedCondition ? NEGATED_CONDITION_REACH : CONDITION_REACH;
    // (أي انسحاب يجب أن يسبقه تطبيق كامل للاتفاق: the agreement named in the condition is the condition, not the withdrawal.)
    const conditionIsTheWithdrawal = cues.some((c) => c.tag.kind !== 'referent' && c.first > hit.last && c.first - hit.last <= reach);
    // (A condition after a further verb of saying, مشدداً على أن "… ما دام …", conditions what is said there.)
    const saidSince = (c: Hit) => within.some((p) => p.tag.kind === 'predicate' && p.first > c.last && p.first < hit.first);
    if (!conditionIsTheWithdrawal && cues.some((c) => c.last < hit.first && !saidSince(c))) found.add('conditional');
  }
  return [...found].sort();
}

function confidenceOf(statement: Statement, stance: Stance, governed: boolean, conditional: boolean): number {
  let confidence = 0.55;
  if (statement.via === 'verb-subject' || statement.via === 'subject-verb' || statement.via === 'source' || statement.via === 'heading') confidence += 0.15;
  if (governed) confidence += 0.1;
  if (stance === 'mixed' || stance === 'neutral') confidence -= 0.1;
  if (conditional) confidence -= 0.1;
  return Math.round(Math.min(0.95, Math.max(0.3, confidence)) * 100) / 100;
}

/** لا تريد، لم يعلن: a negator right before a verb. */
function isNegatedVerb(text: AnalyzedText, verb: Hit): boolean {
  return hitsWithin(text.hits, verb.first - 3, verb.first - 1).some((h) => h.tag.kind === 'negator' && verb.first - h.last <= 2);
}

/** Folded contrast phrases that set another matter beside the first (whereas), rather than qualify it. */
const WHEREAS: ReadonlySet<string> = new Set(['while', 'whereas', 'بينما', 'في حين']);

/**
 * "لا يعارضون خروج القوات من حيث المبدأ، لكنهم يخشون أن تعود خلايا داعش": a last clause after a contrast that names no
 * cue of its own but fears or warns, or follows an endorsement in principle, is a reservation about the withdrawal just endorsed.
 */
function reservedAfter(text: AnalyzedText, clauses: readonly Clause[], readings: readonly CueReading[]): boolean {
  const last = clauses[clauses.length - 1]!;
  // (", while warning factions against attacking U.S. bases": whereas sets another matter beside it, not a reservation.)
  // (A cue named there without weight, "ضمانات … بعد انتهاء مهمة التحالف", dates the reservation; it takes no position of its own.)
  if (clauses.length < 2 || readings.some((r) => r.value !== 0 && r.cue.first >= last.first)) return false;
  const within = hitsWithin(text.hits, last.first, last.last);
  if (within.some((h) => h.tag.kind === 'contrast' && h.first === last.first && WHEREAS.has(h.phrase))) return false;
  // "الانسحاب قرار صحيح من حيث المبدأ، لكن توقيته جاء مبكراً": what is granted in principle is then qualified.
  const granted = hitsWithin(text.hits, clauses[0]!.first, last.first - 1);
  if (granted.some((h) => h.tag.kind === 'principle')) return true;
  // "لا نعترض على انتهاء المهمة، لكننا نريد التزاماً مكتوباً": not objecting, then a "but", concedes as much.
  // ("لا يعني فراغاً، بل انتقالاً": not this but rather that corrects; it concedes nothing.)
  const corrects = CORRECTIONS.has(text.tokens[last.first]?.text ?? '');
  if (!corrects && granted.some((h) => h.tag.kind === 'polarity' && h.tag.value === -1 && isNegatedVerb(text, h))) return true;
  // "We respect the agreement, but …": keeping to an agreement that others made, then a "but", is a concession too.
  if (readings.every((r) => r.cue.tag.kind === 'referent')) return true;
  // "نحن ندعم إنهاء المهمة، لكن الإقليم يحتاج إلى ضمانات": asking for guarantees after the "but" holds the endorsement back.
  if (within.some((h) => h.tag.kind === 'safeguard')) return true;
  // "مع إنهاء أي وجود عسكري أجنبي على المدى البعيد، لكن التوقيت الآن خاطئ": a verdict against something after "but"
  // (not after بل or غير أن, which correct or tell what happened next).
  const butOpens = within.some((h) => h.tag.kind === 'contrast' && h.first === last.first && /^(و?لكن|but$)/.test(h.phrase));
  if (butOpens && within.some((h) => h.tag.kind === 'polarity' && h.tag.value === -1 && !isNegatedVerb(text, h))) return true;
  // "…، لكنهم يخشون أن تعود خلايا داعش": so is a fear, after any contrast.
  return within.some((h) => h.tag.kind === 'predicate' && h.tag.predicate === 'fear' && !isNegatedVerb(text, h));
}

/** The attributing verb's own polarity (يطالب +1, يخشى −1), flipped when a negator stands right before it (لا تريد). */
function governingTerm(text: AnalyzedText, statement: Statement): Term | null {
  const predicate = statement.predicate;
  if (predicate === null) return null;
  const value = predicatePolarity(predicate);
  if (value === 0) return null;
  const negated = isNegatedVerb(text, predicate);
  const weak = predicate.tag.kind === 'predicate' && predicate.tag.predicate === 'commit';
  return { at: predicate.first, value: negated ? (-value as 1 | -1) : value, attributing: true, weak };
}

/**
 * Reads a statement's stance on an issue: each cue (withdrawal +1, presence −1) times the polarity
 * of the words around it (the governing predicate, evaluations such as كارثة or مطلب), each
 * flipped by a negator; clauses that disagree make it mixed. Predictions are neutral.
 */
export function readStance(text: AnalyzedText, statement: Statement, issue: string): StanceReading | null {
  const governing = governingTerm(text, statement);
  const within = hitsWithin(text.hits, statement.contentFirst, statement.contentLast);
  const clauses = clausesOf(text, within, statement.contentFirst, statement.contentLast);
  const readings = [...clauses.flatMap((clause, i) => readClause(text, clause, i === 0 ? governing : null, issue)), ...selfRelianceIn(text, statement, within, issue)].filter((r) =>
    isEndorsedOrCue(r, governing),
  );
  if (readings.length === 0) return null;
  const clauseStances = clauses.map((clause) => combine(readings.filter((r) => r.cue.first >= clause.first && r.cue.last <= clause.last).map((r) => r.value)));
  const polar = clauseStances.filter((s) => s !== 'neutral');
  const read: Stance = statement.predicateKind === 'predict' || statement.predicateKind === 'decline' ? 'neutral' : polar.includes('mixed') ? 'mixed' : combine(polar.map((s) => (s === 'supports' ? 1 : -1)));
  const stance: Stance = read === 'supports' && reservedAfter(text, clauses, readings) ? 'mixed' : read;
  const cues = readings.map((r) => r.cue);
  const qualifiers = qualifiersNear(text, within, cues, issue);
  const conditional = qualifiers.includes('conditional');
  return {
    issue,
    // A withdrawal accepted only on a condition is mixed; a presence wanted while a danger lasts (as long as ISIS
    // is active, ما دام خطر الإرهاب قائماً) is still opposed to withdrawal, with the condition kept as a qualifier.
    stance: conditional && stance === 'supports' ? 'mixed' : stance,
    qualifiers,
    confidence: confidenceOf(statement, stance, governing !== null || readings.some((r) => r.value !== 0), conditional),
    cue: readings.find((r) => r.value !== 0)?.cue.phrase ?? readings[0]!.cue.phrase,
    negated: readings.some((r) => r.negated),
    conditional,
  };
}
