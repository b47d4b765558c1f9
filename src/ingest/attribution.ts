import type { PredicateKind } from '../config/lexicon.js';
import { authorTokens, isCapitalized, PERSON_TYPES, PREPOSITIONS, selectLongest } from './actors.js';
import { originalWords, type ActorsFound, type AnalyzedText, type Mention } from './document.js';
import type { ActorRef } from './model.js';
import { hitsWithin, type Hit, type TagKind } from './lexicon-matcher.js';
import type { Sentence } from './segment.js';

/** Who said what: speakers, the predicate that attributes it, and the tokens of what was said. */
export interface Statement {
  speakers: string[];
  sentence: Sentence;
  predicate: Hit | null;
  predicateKind: PredicateKind;
  /** How the speaker was found, for --explain. */
  via: 'verb-subject' | 'subject-verb' | 'source' | 'continuation' | 'heading' | 'interview' | 'byline';
  contentFirst: number;
  contentLast: number;
}

const VSO_WINDOW = 7;
const SVO_WINDOW = 8;
const ADDRESSEE_WINDOW = 6;
const CONTINUATION_SENTENCES = 2;
/** Verbs that report what someone said; a new one starts a new statement. */
export const REPORTING_VERBS: ReadonlySet<PredicateKind> = new Set<PredicateKind>(['speech', 'continuation']);

interface Context {
  text: AnalyzedText;
  mentions: Mention[];
  kindsAt: ReadonlyArray<ReadonlySet<TagKind>>;
  titleEnds: Set<number>;
  /** Where a military rank (الفريق أول ركن، اللواء) ends. */
  rankEnds: Set<number>;
  /** 1 for a token inside an actor's mention. */
  inMention: Uint8Array;
  actors: ActorsFound['actors'];
  gazetteer: ReadonlyMap<string, ActorRef>;
}

/** Sources only relay: what they report of another party is that party's position, not theirs. */
const RELAYING_TYPES = new Set(['source', 'diplomatic-source']);

function actorById(ctx: Context, id: string): ActorRef | undefined {
  return ctx.actors.get(id) ?? ctx.gazetteer.get(id);
}

/** The actors an actor is part of, transitively: Fuad Hussein → the foreign ministry → the government. */
function sidesOf(ctx: Context, id: string): Set<string> {
  const sides = new Set<string>([id]);
  const pending = [id];
  while (pending.length > 0) {
    for (const parent of actorById(ctx, pending.pop()!)?.partOf ?? []) {
      if (!sides.has(parent)) {
        sides.add(parent);
        pending.push(parent);
      }
    }
  }
  return sides;
}

/**
 * Whether a position reported inside a statement stays only with its own subject: always when
 * sources relay it; otherwise unless the speaker speaks for that side (a minister on his government).
 */
function onlyTheirs(ctx: Context, speakers: readonly string[], reported: readonly string[]): boolean {
  if (speakers.every((id) => RELAYING_TYPES.has(actorById(ctx, id)?.type ?? ''))) return true;
  // "العراقيون يريدون … خروج جميع القوات": a speaker invoking what the people want speaks for it too.
  if (reported.every((id) => actorById(ctx, id)?.type === 'public')) return false;
  return !speakers.some((speaker) => reported.some((other) => sidesOf(ctx, speaker).has(other) || sidesOf(ctx, other).has(speaker)));
}

/** Tokens that end the subject search: a complementizer, a quotation mark, a colon, a sentence end. */
function isBarrier(ctx: Context, index: number): boolean {
  const token = ctx.text.tokens[index]!;
  return ctx.kindsAt[index]!.has('complementizer') || /^[:"“”«»؛;]$/.test(token.text);
}

/** "X and Y", "X and the Y": the index of the "and" that joins a mention starting at `first` to the one before. */
function englishConjunctionBefore(ctx: Context, first: number): number | null {
  const tokens = ctx.text.tokens;
  if (tokens[first - 1]?.text === 'and') return first - 1;
  return tokens[first - 1]?.text === 'the' && tokens[first - 2]?.text === 'and' ? first - 2 : null;
}

/** تحالف الفتح وحركة عصائب أهل الحق: an organisation word joined by و before a name opens the next conjunct. */
function joinedOrganisationWordBefore(ctx: Context, first: number): boolean {
  return ctx.text.tokens[first - 1]?.text.startsWith('و') === true && ctx.kindsAt[first - 1]?.has('organisation') === true;
}

/** Where the conjunct joined to a mention starting at `first` opens: at the mention, or at the organisation word before it. */
function conjunctStart(ctx: Context, first: number): number {
  // (الكتل الكردية وبعض الكتل السنية: so does a word of quantity joined by و.)
  return joinedOrganisationWordBefore(ctx, first) || JOINED_QUANTIFIERS.has(ctx.text.tokens[first - 1]?.text ?? '') ? first - 1 : first;
}

/** Folded words of quantity joined by و that may open a conjunct: وبعض، ومعظم. */
const JOINED_QUANTIFIERS: ReadonlySet<string> = new Set(['وبعض', 'ومعظم', 'واغلب', 'وجميع', 'وكل']);

/**
 * وواشنطن، ووزارة الخارجية: a conjunct opens with و — unless the name itself begins with it (دعا السوداني واشنطن إلى …
 * names whom he called on, not a second speaker).
 */
function opensWithWaw(ctx: Context, mention: Mention): boolean {
  const start = conjunctStart(ctx, mention.first);
  const word = ctx.text.tokens[start]!.text;
  return word.startsWith('و') && !(start === mention.first && mention.phrase.split(' ')[0] === word);
}

function coordinatedAfter(ctx: Context, mention: Mention): Mention[] {
  const group = [mention];
  let last = mention;
  for (;;) {
    const next = ctx.mentions.find((m) => conjunctStart(ctx, m.first) === last.last + 1 || englishConjunctionBefore(ctx, m.first) === last.last + 1);
    const joined = next && (opensWithWaw(ctx, next) || englishConjunctionBefore(ctx, next.first) !== null);
    if (!next || !joined) return group;
    group.push(next);
    last = next;
  }
}

function coordinatedBefore(ctx: Context, mention: Mention): Mention[] {
  const group = [mention];
  let first = mention;
  for (;;) {
    const opening = conjunctStart(ctx, first.first);
    const and = englishConjunctionBefore(ctx, first.first);
    if (!opensWithWaw(ctx, first) && and === null) return group;
    const end = and !== null ? beforeGloss(ctx, and - 1) : opening - 1;
    const previous = ctx.mentions.find((m) => m.last === end);
    if (!previous) return group;
    group.unshift(previous);
    first = previous;
  }
}

/** لواشنطن: a mention written with the preposition ل; لويد أوستن begins with the letter as its own. */
function carriesLam(ctx: Context, mention: Mention, notBefore: RegExp): boolean {
  if (!notBefore.test(ctx.text.tokens[mention.first]!.text)) return false;
  const written = originalWords(ctx.text, mention.first, mention.first);
  const actor = actorById(ctx, mention.actorId);
  return !(actor !== undefined && [actor.name, actor.nameAr ?? '', ...actor.aliases].some((name) => name.startsWith(written)));
}

/** A mention right after a title noun or a ل prefix is a possessor or addressee (مستشار السوداني، للبنتاغون), not the speaker. */
function isPossessorOrAddressee(ctx: Context, mention: Mention): boolean {
  // (الأمين العام لحركة "النجباء" أكرم الكعبي: a name in quotation marks is read from before them.)
  const quoted = OPENING_MARKS.test(ctx.text.tokens[mention.first - 1]?.text ?? '');
  if (quoted) return /^ل(?!ا)/.test(ctx.text.tokens[mention.first - 2]?.text ?? '') || isPossessorOrAddressee(ctx, { ...mention, first: mention.first - 1 });
  const previous = ctx.text.tokens[mention.first - 1]?.text ?? '';
  // المتحدث باسم البنتاغون سابرينا سينغ، the head of Central Command: the body named is whom the person speaks for.
  // الأمين العام لحركة عصائب أهل الحق: a name right after an organisation word is that organisation's.
  const afterOrganisationWord = ctx.kindsAt[mention.first - 1]?.has('organisation') === true;
  // عدد من شيوخ العشائر، بعض القادة: after a word of quantity, من names the speakers themselves.
  if (isPartitive(ctx, mention)) return false;
  // (الشيخ الخزعلي قال: a courtesy title is the person's own; so is a rank before a person, الفريق أول ركن عبد الأمير يار الله.)
  const ranked = ctx.rankEnds.has(mention.first - 1) && PERSON_TYPES.has(actorById(ctx, mention.actorId)?.type ?? '');
  const honoured = ctx.kindsAt[mention.first - 1]?.has('honorific') === true || ranked;
  return (ctx.titleEnds.has(mention.first - 1) && !honoured && !inApposition(ctx, mention)) || carriesLam(ctx, mention, /^ل(?!ا)/) || previous === 'باسم' || previous === 'of' || SUBJECTLESS_AFTER.has(previous) || afterOrganisationWord || LEADER_WORDS.has(previous);
}

/**
 * مستشار الأمن القومي قاسم الأعرجي: a person after a title made definite by its own complement stands in apposition
 * to it (the title is his); after a bare title noun (مستشار السوداني) he is whose the office is.
 */
function inApposition(ctx: Context, mention: Mention): boolean {
  const titleEnd = ctx.text.tokens[mention.first - 1]?.text ?? '';
  return ctx.text.article.language === 'ar' && /^[وبلف]?ال/.test(titleEnd) && ctx.kindsAt[mention.first - 2]?.has('title') === true && PERSON_TYPES.has(actorById(ctx, mention.actorId)?.type ?? '');
}

function isPartitive(ctx: Context, mention: Mention): boolean {
  return ctx.text.tokens[mention.first - 1]?.text === 'من' && QUANTITIES.has(ctx.text.tokens[mention.first - 2]?.text ?? '');
}

/**
 * وأوضح خلال ندوة في بغداد أن: a place or body after a preposition is where something was said, never who said it.
 * (Not after عن: ونقلت «الشرق الأوسط» عن مسؤول names the source who spoke.)
 */
function isPrepositionObject(ctx: Context, mention: Mention): boolean {
  const previous = ctx.text.tokens[mention.first - 1]?.text ?? '';
  return SUBJECTLESS_AFTER.has(previous) && previous !== 'عن' && !isPartitive(ctx, mention);
}

/** السفير الإيراني لدى بغداد محمد …: a name right after a preposition completes a phrase; a subject never follows one. */
const QUANTITIES = new Set(['عدد', 'بعض', 'مجموعه', 'احد', 'عشرات', 'مييات', 'كثير']);
const FREE_RELATIVES_EN: ReadonlySet<string> = new Set(['what', 'whatever']);
const ENGLISH_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'with', 'by', 'of', 'for']);
const SUBJECTLESS_AFTER = new Set([...PREPOSITIONS, 'in', 'at', 'from', 'to', 'with']);
/** ائتلاف دولة القانون بزعامة نوري المالكي: the leader named after these qualifies the body. */
const LEADER_WORDS = new Set(['بزعامه', 'بقياده', 'برياسه']);

/** أستاذ … في جامعة بغداد إياد العنبر: a place inside a title's phrase yields to the person the title introduces. */
function personFollows(ctx: Context, mention: Mention, sentence: Sentence): boolean {
  return mention.via === 'gazetteer' && ctx.mentions.some((m) => m.via === 'title' && m.first <= mention.first && m.last > mention.last && m.last <= sentence.last);
}

function subjectAfter(ctx: Context, predicate: Pick<Hit, 'last'>, sentence: Sentence, baseWindow: number): Mention[] | null {
  let candidate: Mention | undefined;
  // طالب خطيب الجمعة في جامع الإمام علي بمنطقة الجمهورية الشيخ جاسم المنصوري: a title naming nobody yet, right
  // after the verb, introduces the person named after its place.
  const next = predicate.last + 1;
  const untitledOffice = ctx.kindsAt[next]?.has('title') === true && !ctx.mentions.some((m) => m.first === next);
  const window = untitledOffice ? baseWindow + ADDRESSEE_WINDOW : baseWindow;
  // A possessor found within reach (منسق … في مجلس الأمن القومي جون كيربي) lets the search go on to the person after it.
  // (An outlet passed over takes none of the window: نقلت «الميادين» عن مصدر.)
  let passed = 0;
  const limit = () => Math.min(sentence.last, candidate ? Math.max(predicate.last + window, candidate.last + ADDRESSEE_WINDOW) : predicate.last + window + passed);
  for (let i = predicate.last + 1; i <= limit(); i++) {
    const past = pastOutlet(ctx, i);
    passed += past - i;
    i = intoQuotedName(ctx, past);
    // (An outlet or a quoted name may run to the end of the text.)
    if (i > sentence.last) break;
    // بحسب ما قاله النائب، وفق ما أفاد به مصدر: a verb after ما ("what he said") is part of the source phrase.
    const relativeVerb = ctx.text.tokens[i - 1]?.text === 'ما';
    // (لحركة "النجباء" في العراق أكرم الكعبي: the mark closing a quoted possessor's name ends nothing.)
    if (candidate !== undefined && i === candidate.last + 1 && CLOSING_MARKS.test(ctx.text.tokens[i]!.text)) continue;
    // رداً على سؤال عما إذا كانت الولايات المتحدة …: whoever a question is about is not who answers it.
    if (isBarrier(ctx, i) || ctx.kindsAt[i]!.has('question') || (ctx.kindsAt[i]!.has('predicate') && i > predicate.last + 1 && !candidate && !relativeVerb)) break;
    const mention = ctx.mentions.find((m) => m.first === i);
    if (!mention) continue;
    if (!candidate) {
      candidate = mention;
      if (!isPossessorOrAddressee(ctx, mention) && !personFollows(ctx, mention, sentence)) break;
    } else if (mention.first - candidate.last <= ADDRESSEE_WINDOW && !carriesLam(ctx, mention, /^ل(?!ا$)/)) {
      // (قيادي في فصيل عراقي مسلح موالٍ لإيران: a body after ل is whom the one before belongs to, never the person.)
      // وزارة الدفاع الأميركية (البنتاغون) الميجر جنرال بات رايدر: the same body again, glossed, is still the possessor.
      const gloss = mention.actorId === candidate.actorId;
      candidate = mention;
      if (!gloss) break;
    }
  }
  if (candidate === undefined || isPrepositionObject(ctx, candidate)) return null;
  const subject = titledPerson(ctx, candidate) ?? candidate;
  // "… and said the Pentagon should finish leaving": a name followed by its own verb opens what was said.
  if (ctx.text.article.language === 'en' && ENGLISH_FINITE_VERBS.has(ctx.text.tokens[subject.last + 1]?.text ?? '')) return null;
  return withIncludedMembers(ctx, coordinatedAfter(ctx, subject));
}

const ENGLISH_FINITE_VERBS: ReadonlySet<string> = new Set(['should', 'would', 'will', 'must', 'could', 'can', 'may', 'might', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'does', 'did', 'do', 'wants', 'needs', 'plans', 'intends']);

/** نقل خطيب الكوفة عن زعيم التيار الصدري مقتدى الصدر تأكيده أن: the one whose words are passed on, named after عن. */
function relayedSpeaker(ctx: Context, relay: Mention[], sentence: Sentence): Mention[] | null {
  const from = relay[relay.length - 1]!.last + 1;
  if (ctx.text.tokens[from]?.text !== 'عن') return null;
  return subjectAfter(ctx, { last: from }, sentence, VSO_WINDOW);
}

const CLOSE_TO = /^(ال)?(مقرب|مقربه|مقربون|مقربين|قريب|قريبه)$|^close$/;
/** How far after the principal (or the verb) "he" may open what the sources report. */
const PRINCIPAL_PRONOUN_REACH = 4;

/**
 * مصادر مقربة من الحلبوسي أنه «لا يعارض …», "sources close to Halbousi said he does not oppose …": what "he" holds
 * is the position of the one the sources are close to.
 */
function principalOfCloseSources(ctx: Context, speakers: Mention[], predicate: Hit, sentence: Sentence): Mention[] | null {
  if (speakers.length !== 1) return null;
  const tokens = ctx.text.tokens;
  const source = speakers[0]!;
  let at = source.last + 1;
  const closeInName = CLOSE_TO.test(tokens[source.last]!.text);
  if (!closeInName && CLOSE_TO.test(tokens[at]?.text ?? '')) at++;
  if ((!closeInName && at === source.last + 1) || !/^(من|to)$/.test(tokens[at]?.text ?? '')) return null;
  // (رئيس حزب تقدم محمد الحلبوسي: the person right after his body is the one meant.)
  const named = ctx.mentions.find((m) => m.first > at && m.first - at <= VSO_WINDOW && m.last <= sentence.last);
  if (named === undefined) return null;
  for (let i = at + 1; i < named.first; i++) if (isBarrier(ctx, i) || ctx.kindsAt[i]!.has('predicate')) return null;
  const head = ctx.mentions.find((m) => m.first === named.last + 1 && PERSON_TYPES.has(actorById(ctx, m.actorId)?.type ?? ''));
  const principal = head ?? named;
  const from = Math.max(principal.last, predicate.last) + 1;
  for (let i = from; i <= Math.min(sentence.last, from + PRINCIPAL_PRONOUN_REACH); i++) {
    if (/^(انه|انها|he|she)$/.test(tokens[i]!.text)) return [principal];
    if (ctx.kindsAt[i]!.has('complementizer') || ctx.kindsAt[i]!.has('predicate') || ctx.mentions.some((m) => m.first === i)) return null;
  }
  return null;
}

const STATEMENT_WORDS = /^(بيان|بيانا|statement|readout)$/;

/** بحسب بيان للخارجية، according to a statement from the ministry: the source is a document of the body named. */
function isStatementOf(ctx: Context, predicate: Hit, body: Mention): boolean {
  return namesStatementBetween(ctx, predicate.last + 1, body.first + 1);
}

/** Whether a word for a statement (بيان، readout) stands in [from, to). */
function namesStatementBetween(ctx: Context, from: number, to: number): boolean {
  return ctx.text.tokens.slice(from, to).some((t) => STATEMENT_WORDS.test(t.text));
}

/**
 * وذكر بيان للخارجية أن حسين شدد على …: a body's statement whose report opens on a person speaking is how his words are
 * known; the position is his, not the body's.
 */
function relaysPerson(ctx: Context, statement: Statement, speakers: readonly Mention[]): boolean {
  const predicate = statement.predicate;
  if (predicate === null || !namesStatementBetween(ctx, predicate.last + 1, statement.contentFirst)) return false;
  return untitled(ctx, speakers[0]!.first) - statement.contentFirst <= 1 && speakers.every((m) => PERSON_TYPES.has(actorById(ctx, m.actorId)?.type ?? ''));
}

/** 'said the group "will not accept …"': a name after the verb that a quotation or a verb follows is what was said, not who said it. */
function opensWhatWasSaid(ctx: Context, mention: Mention): boolean {
  const next = mention.last + 1;
  return /^["“]$/.test(ctx.text.tokens[next]?.text ?? '') || ctx.kindsAt[next]?.has('auxiliary') === true || ctx.kindsAt[next]?.has('predicate') === true;
}

/** شبكة رووداو الكردية: the words an unquoted outlet's name may take before the source it quotes. */
const UNQUOTED_OUTLET_WORDS = 4;

/** ونقلت «الشرق الأوسط» عن مسؤول: an outlet's name is passed over, not taken for the speaker nor, in quotation marks, for a quotation that ends the search. */
function pastOutlet(ctx: Context, index: number): number {
  const tokens = ctx.text.tokens;
  // (نقلت شبكة رووداو الكردية عن رئيس الإقليم: so is an outlet named with its kind and origin before عن.)
  const source = tokens.slice(index, index + UNQUOTED_OUTLET_WORDS + 1).findIndex((t) => t.text === 'عن');
  if (source > 0 && ctx.kindsAt.slice(index, index + source).some((k) => k.has('outlet')) && !ctx.mentions.some((m) => m.first >= index && m.first < index + source)) return index + source;
  if (!/^["“«]$/.test(tokens[index]?.text ?? '') || !ctx.kindsAt[index + 1]?.has('outlet')) return index;
  let close = index + 1;
  while (close < tokens.length && ctx.kindsAt[close]!.has('outlet')) close++;
  return /^["”»]$/.test(tokens[close]?.text ?? '') ? close + 1 : index;
}

/** اعتبرت "تنسيقية المقاومة العراقية" أن: a subject's name in quotation marks is read from inside them. */
function intoQuotedName(ctx: Context, index: number): number {
  const tokens = ctx.text.tokens;
  if (!OPENING_MARKS.test(tokens[index]?.text ?? '')) return index;
  const named = ctx.mentions.find((m) => m.first === index + 1);
  return named !== undefined && CLOSING_MARKS.test(tokens[named.last + 1]?.text ?? '') ? index + 1 : index;
}

/** "said KRG spokesperson Peshawa Hawramy": an organisation right before a title names whom the person speaks for. */
function titledPerson(ctx: Context, candidate: Mention): Mention | undefined {
  // (A person named after a title and a name joined to him by و are two speakers: النائبان X وY.)
  const next = ctx.mentions.find((m) => m.via === 'title' && m.first === candidate.last + 1);
  return next !== undefined && candidate.via === 'title' && ctx.text.tokens[next.first]!.text.startsWith('و') ? undefined : next;
}

const VERB_ADVERBS: ReadonlySet<string> = new Set(['also', 'later', 'then', 'repeatedly', 'again']);

/** "have privately told", "has also warned": the first token of the verb's group, past its auxiliaries and English adverbs. */
function verbGroupStart(ctx: Context, verb: number, floor: number): number {
  const english = ctx.text.article.language === 'en';
  const isAdverb = (i: number) => english && (VERB_ADVERBS.has(ctx.text.tokens[i]!.text) || /^[a-z]{3,}ly$/.test(originalWords(ctx.text, i, i)));
  while (verb > floor && (ctx.kindsAt[verb - 1]!.has('auxiliary') || isAdverb(verb - 1))) verb--;
  return verb;
}

const APPOSITION_WINDOW = 14;
const RELATIVE_CLAUSE_WINDOW = 30;
/** Folded relative pronouns: a relative clause describes the noun before it. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whose', 'which', 'الذي', 'التي', 'الذين']);

/** ", which says", ", who said": an English relative pronoun right after a comma, before the verb. */
function isRelativeAfterApposition(ctx: Context, predicate: Hit): boolean {
  const tokens = ctx.text.tokens;
  const verb = verbGroupStart(ctx, predicate.first, 0);
  return ctx.text.article.language === 'en' && /^(which|who)$/.test(tokens[verb - 1]?.text ?? '') && tokens[verb - 2]?.text === ',';
}

/** "X, the ruling alliance of Shiite parties, said": the subject stands before the apposition. */
function beforeApposition(ctx: Context, predicate: Hit, floor: number): number {
  const tokens = ctx.text.tokens;
  let verb = verbGroupStart(ctx, predicate.first, floor);
  // "Kataib Hezbollah, the powerful Iran-aligned armed group, which says": which after the apposition stands for its subject.
  if (isRelativeAfterApposition(ctx, predicate)) verb--;
  if (!isComma(ctx, verb - 1)) return predicate.first;
  for (let i = verb - 2; i >= Math.max(floor, verb - RELATIVE_CLAUSE_WINDOW); i--) {
    if (!isComma(ctx, i)) continue;
    // "Lloyd Austin, who spoke by phone with … ahead of the announcement, said": a relative clause may run longer than an apposition.
    // ("Kataib Hezbollah, the most powerful of the militias that attacked U.S. forces in 2023, denied", "Hawraa Sattar, a 24-year-old
    // pharmacist whose videos have drawn two million views, told": so may a noun phrase in English.)
    // ("A spokesman for the Joint Operations Command, speaking on condition of anonymity because he was not authorized
    // to brief foreign media, said": so may a participle's clause.)
    const relative = RELATIVE_PRONOUNS.has(tokens[i + 1]?.text ?? '') || (ctx.text.article.language === 'en' && /^(the|a|an|one|\w+ing)$/.test(tokens[i + 1]?.text ?? ''));
    if (verb - i > APPOSITION_WINDOW && !relative) return predicate.first;
    // الأمين العام لحركة عصائب أهل الحق، قيس الخزعلي، قد قال: the person between the commas is the subject, not an apposition.
    // ("A spokesman for Kataib Sayyid al-Shuhada, Kadhim al-Fartousi, said": so is a titled person whose title runs across the comma.)
    const between = ctx.mentions.find((m) => m.first <= i + 1 && m.last === verb - 2);
    if (between && PERSON_TYPES.has(actorById(ctx, between.actorId)?.type ?? '')) return predicate.first;
    return ctx.mentions.some((m) => m.last === beforeGloss(ctx, i - 1) || m.last === beforePlace(ctx, i - 1)) ? i : predicate.first;
  }
  return predicate.first;
}

const PLACE_PHRASE_REACH = 7;
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'on', 'near', 'from', 'في']);

/**
 * "An Army officer at the base, who asked not to be named, said", هيئة علماء المسلمين في العراق، التي …، فرأت: where the
 * speaker is stands between him and the comma.
 */
function beforePlace(ctx: Context, index: number): number {
  for (let k = index; k > index - PLACE_PHRASE_REACH && k > 0; k--) {
    if (PLACE_PREPOSITIONS.has(ctx.text.tokens[k]!.text)) return k - 1;
    // ("in the semi-autonomous Kurdistan region": a hyphen inside a word does not end the place.)
    if (!ctx.text.tokens[k]!.isWord && ctx.text.tokens[k]!.text !== '-') return index;
  }
  return index;
}

const GLOSS_REACH = 8;

const PARTY_STATE_REACH = 8;

/** "Rep. Ellen Marsh, R-S.C., a member of …", "Rep. Daniel Kovach, R-Ohio,": the party and state after a US lawmaker's name, set off by commas. */
function beforePartyState(ctx: Context, index: number): number {
  const tokens = ctx.text.tokens;
  if (ctx.text.article.language !== 'en') return index;
  for (let comma = index - 1; comma >= Math.max(0, index - PARTY_STATE_REACH); comma--) {
    if (tokens[comma]!.text !== ',') continue;
    const gloss = ctx.text.view.text.slice(tokens[comma + 1]!.start, tokens[index]!.end);
    return /^[rdi]-[a-z.]+$/.test(gloss) ? comma - 1 : index;
  }
  return index;
}

/** "Sen. Jack Reed (R.I.), the top Democrat …": a bracketed gloss may stand between a name and its apposition. */
function beforeGloss(ctx: Context, index: number): number {
  const tokens = ctx.text.tokens;
  if (tokens[index]?.text !== ')') return beforePartyState(ctx, index);
  for (let open = index - 1; open >= Math.max(0, index - GLOSS_REACH); open--) if (tokens[open]!.text === '(') return open - 1;
  return index;
}

function subjectBefore(ctx: Context, predicate: Hit, sentence: Sentence, floor: number): Mention[] | null {
  let from = beforeApposition(ctx, predicate, Math.max(sentence.first, floor));
  // ("rejected by Kataib Hezbollah, the powerful armed group, which says": the noun "which" stands for is the subject,
  // whatever governs it.)
  const antecedent = from !== predicate.first && isRelativeAfterApposition(ctx, predicate) ? ctx.mentions.find((m) => m.last === from - 1) : undefined;
  if (antecedent !== undefined) return [antecedent];
  // أن الإدارة الأميركية "تدرس …": the subject stands outside the quotation that opens with its verb.
  // (بـ"تنسيقية المقاومة العراقية" قال: a name inside the marks ends a quotation rather than opening one.)
  // (أن واشنطن «لا تريد …»: so does one whose negator opens the quotation.)
  // (English '"does not rule out"' stays with the one who said it: there the speaker is reporting his own side.)
  const opening = from !== predicate.first ? -1 : ctx.text.article.language === 'ar' ? verbPhraseStart(ctx, from, sentence.first) - 1 : from - 1;
  if (/^["“«]$/.test(ctx.text.tokens[opening]?.text ?? '') && ctx.mentions.some((m) => m.last === opening - 1 && !OPENING_MARKS.test(ctx.text.tokens[m.first - 1]?.text ?? ''))) from = opening;
  // "Rep. Joe Wilson (R-S.C.) have both warned": a bracketed gloss may stand between the subject and its verb.
  if (from === predicate.first) {
    const verb = verbGroupStart(ctx, from, sentence.first);
    const beforeBrackets = beforeGloss(ctx, verb - 1);
    if (beforeBrackets !== verb - 1) from = beforeBrackets + 1;
  }
  for (let i = from - 1; i >= Math.max(sentence.first, floor, from - SVO_WINDOW); i--) {
    const quoted = nameQuotedUpTo(ctx, i);
    // قيادياً في إحدى الفصائل المنضوية في ما يعرف بـ"تنسيقية المقاومة" قال: a body quoted after a preposition is whose he is.
    if (quoted && isPossessorOrAddressee(ctx, quoted)) {
      i = quoted.first;
      continue;
    }
    if (quoted) return coordinatedBefore(ctx, quoted);
    // "… but oppose …": a verb right after a contrast shares the subject of the clause before it.
    // "…, and we want …": a pronoun right before the verb is its subject; a name further back is not.
    // (أما الحكومة فإنها ترى: a pronoun after ف takes up the topic named before it.)
    const resumptive = ctx.text.tokens[i]!.text.startsWith('فان');
    if (resumptive && i === from - 1) continue;
    if (isBarrier(ctx, i) || ctx.kindsAt[i]!.has('predicate') || ctx.kindsAt[i]!.has('contrast') || (i === from - 1 && ctx.kindsAt[i]!.has('selfPronoun'))) return null;
    if (opensAndClause(ctx, i, from) || opensClauseOfItsOwn(ctx, i)) return null;
    // "would hand Tehran exactly what it wants": a verb inside "what …" has its subject there, not before it.
    if (ctx.text.article.language === 'en' && FREE_RELATIVES_EN.has(ctx.text.tokens[i]!.text)) return null;
    const mention = ctx.mentions.find((m) => m.last === i);
    // أبو علي العسكري، المسؤول الأمني لكتائب حزب الله، … وكتب: the body a person speaks for is not the subject.
    if (mention && speaksThroughSpokesman(ctx, mention)) return [mention];
    if (mention && (isEnglishComplement(ctx, mention) || (ctx.text.article.language === 'ar' && isPossessorOrAddressee(ctx, mention)))) {
      i = mention.first;
      continue;
    }
    if (mention) return withIncludedMembers(ctx, coordinatedBefore(ctx, namedBeforeApposition(ctx, mention) ?? mention));
  }
  return null;
}

/**
 * "Iran-aligned armed groups, including Kataib Hezbollah, have demanded", فصائل مسلحة، بينها كتائب حزب الله، طالبت: the
 * members named speak with their group; "armed factions such as Kataib Hezbollah insist": and the group with its member.
 */
function withIncludedMembers(ctx: Context, speakers: Mention[]): Mention[] {
  // (Most speakers have no inclusion word beside them: the token's kinds say so before any search of the hits.)
  const inclusion = (at: number, touches: (h: Hit) => boolean) => (ctx.kindsAt[at]?.has('inclusion') ? ctx.text.hits.find((h) => h.tag.kind === 'inclusion' && touches(h)) : undefined);
  const last = speakers[speakers.length - 1]!;
  const opening = isComma(ctx, last.last + 1) ? last.last + 2 : last.last + 1;
  const after = inclusion(opening, (h) => h.first === opening);
  const member = after && ctx.mentions.find((m) => m.first === after.last + 1);
  if (member) return [...speakers, ...coordinatedAfter(ctx, member)];
  const first = speakers[0]!;
  const before = inclusion(first.first - 1, (h) => h.last === first.first - 1);
  const groupEnd = before && (isComma(ctx, before.first - 1) ? before.first - 2 : before.first - 1);
  const group = groupEnd === undefined ? undefined : ctx.mentions.find((m) => m.last === groupEnd);
  return group ? [group, ...speakers] : speakers;
}

function isComma(ctx: Context, index: number): boolean {
  return /^[,،]$/.test(ctx.text.tokens[index]?.text ?? '');
}

/** لا تريد، لن تقبل: where a verb's phrase begins, with the negators and auxiliaries before it. */
function verbPhraseStart(ctx: Context, verb: number, floor: number): number {
  let first = verb;
  while (first > floor && (ctx.kindsAt[first - 1]!.has('negator') || ctx.kindsAt[first - 1]!.has('auxiliary'))) first--;
  return first;
}

/**
 * "… ترحيباً في الأوساط الرسمية، فيما عدّ مختصون أن": فيما (while) opens a clause with a subject of its own, so a
 * name before it is not the subject of the verb after it (إذ and حيث go on with the same subject).
 */
function opensClauseOfItsOwn(ctx: Context, index: number): boolean {
  return ctx.text.tokens[index]!.text === 'فيما' && ctx.kindsAt[index]!.has('subordinator');
}

/** قيادياً في «الإطار التنسيقي» قال: a mention whose body's name is quoted ends at the closing mark. */
function nameQuotedUpTo(ctx: Context, close: number): Mention | undefined {
  if (!/^["»”]$/.test(ctx.text.tokens[close]!.text)) return undefined;
  const tokens = ctx.text.tokens;
  return ctx.mentions.find((m) => m.last === close - 1 && tokens.slice(m.first, m.last).some((t) => /^["«“]$/.test(t.text)));
}

/**
 * "Rebaz Hamalaw, a senior official in the KDP, which …, said", "Hussein al-Mousawi, a spokesman for Harakat
 * al-Nujaba, one of …, said": the group or office heads an apposition to the person before it.
 */
function namedBeforeApposition(ctx: Context, mention: Mention): Mention | null {
  const tokens = ctx.text.tokens;
  if (ctx.text.article.language !== 'en' || (mention.via !== 'group' && mention.via !== 'title')) return null;
  let at = mention.first - 1;
  while (at > 0 && !/^(a|an|the|,)$/.test(tokens[at]!.text) && mention.first - at <= 3) at--;
  if (!/^(a|an|the)$/.test(tokens[at]?.text ?? '') || tokens[at - 1]?.text !== ',') return null;
  const person = ctx.mentions.find((m) => m.last === at - 2);
  return person !== undefined && PERSON_TYPES.has(actorById(ctx, person.actorId)?.type ?? '') ? person : null;
}

/**
 * "الحكومة لم تعد تملك أي عذر، والشعب يريد …": after a comma, a noun joined by و is the subject of what follows it;
 * "… اتفقت عليه بغداد وواشنطن، ولن تبقى في أي مكان لا ترغب …": a clause opened by و and a negator ends the search too.
 */
function opensAndClause(ctx: Context, comma: number, verb: number): boolean {
  const tokens = ctx.text.tokens;
  if (ctx.text.article.language !== 'ar' || !isComma(ctx, comma)) return false;
  const next = comma + 1;
  if (!/^و/.test(tokens[next]?.text ?? '') || ctx.mentions.some((m) => m.first === next) || next === verb) return false;
  if (/^وال/.test(tokens[next]!.text)) return !ctx.kindsAt[next]!.has('predicate');
  // (A verb of saying there, ، وأكد, already ends the search as a predicate.)
  return ctx.kindsAt[next]!.has('negator') && next + 1 !== verb;
}

/** "Iraqi armed groups aligned with Iran", "a senior official in the Coordination Framework": a name after a preposition completes the subject before it. */
function isEnglishComplement(ctx: Context, mention: Mention): boolean {
  return ctx.text.article.language === 'en' && ENGLISH_PREPOSITIONS.has(ctx.text.tokens[prepositionBefore(ctx, mention)]?.text ?? '');
}

function prepositionBefore(ctx: Context, mention: Mention): number {
  return ctx.text.tokens[mention.first - 1]?.text === 'the' ? mention.first - 2 : mention.first - 1;
}

/** "a spokesman for the group said": an unnamed spokesman's body speaks (the title ends with its preposition). */
function speaksThroughSpokesman(ctx: Context, mention: Mention): boolean {
  return isEnglishComplement(ctx, mention) && ctx.kindsAt[prepositionBefore(ctx, mention)]!.has('title');
}

function isJoinedByAnd(ctx: Context, predicate: Hit): boolean {
  // (… بين بغداد وواشنطن ولا يسعى لتعطيله: so is one whose negator carries the و.)
  return ctx.text.tokens[predicate.first]!.text.startsWith(`و${predicate.phrase}`) || JOINED_NEGATORS.has(ctx.text.tokens[predicate.first - 1]?.text ?? '');
}

/** "… and has called for", "… and also warned": "and" before the verb, past its auxiliaries and adverbs, with no subject between. */
function followsAnd(ctx: Context, predicate: Hit): boolean {
  return ctx.text.tokens[verbGroupStart(ctx, predicate.first, 0) - 1]?.text === 'and';
}

/** Folded negators joined by و. */
const JOINED_NEGATORS: ReadonlySet<string> = new Set(['ولا', 'ولم', 'ولن']);

/** A verb with no subject of its own continues the last speaker only when nothing else could be its subject (وأضاف أن، وأكد: "…"). */
function continuesSpeaker(ctx: Context, predicate: Hit, kind: PredicateKind): boolean {
  if (kind === 'continuation') return true;
  if (kind === 'source') return false;
  const next = predicate.last + 1;
  const previous = predicate.first - 1;
  // "…," he said / he told Al-Monitor: an English pronoun subject stands before the verb.
  const pronounBefore = ctx.text.article.language === 'en' && previous >= 0 && ctx.kindsAt[previous]!.has('selfPronoun');
  return pronounBefore || (next < ctx.text.tokens.length && (isBarrier(ctx, next) || ctx.kindsAt[next]!.has('selfPronoun')));
}

const MAX_BODY_WORDS = 4;
const MAX_TITLE_WORDS = 6;

const MAX_SCENE_WORDS = 4;
const SCENE_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'speaking', 'since', 'earlier', 'later']);

/**
 * "On Capitol Hill, Sen. Tom Cotton warned against an early pullout": a few words before the comma set the scene,
 * and the verb has its own words after it, so what was said follows the verb.
 */
function setsTheScene(ctx: Context, sentence: Sentence, comma: number, predicate: Hit): boolean {
  const wordsIn = (first: number, last: number) => ctx.text.tokens.slice(first, last + 1).filter((t) => t.isWord).length;
  // ("In a statement last week, Nujaba said": a phrase opened by a preposition may run longer.)
  const reach = SCENE_OPENERS.has(ctx.text.tokens[sentence.first]!.text) ? 2 * MAX_SCENE_WORDS : MAX_SCENE_WORDS;
  return wordsIn(sentence.first, comma - 1) <= reach && wordsIn(predicate.last + 1, sentence.last) >= MAX_SCENE_WORDS;
}

/** "Iraq wants a timeline, the ministry said on Thursday": the speaker comes after a comma, what was said before it. */
function attributedAtEnd(ctx: Context, speakers: readonly Mention[], predicate: Hit, via: Statement['via'], sentence: Sentence): boolean {
  if (ctx.text.article.language !== 'en' || via !== 'subject-verb') return false;
  // "Iraq's ambassador in Washington, Nizar al-Khairallah, said …": a name set off by commas follows its title.
  if (isComma(ctx, speakers[speakers.length - 1]!.last + 1)) return false;
  const pastArticle = (at: number) => Math.max(sentence.first, withArticle(ctx.text, at + 1) - 1);
  let before = pastArticle(speakers[0]!.first - 1);
  // "…, State Department spokesman Matthew Miller said": the speaker's title and organisation may stand before him.
  while (before > sentence.first && ctx.kindsAt[before]!.has('title')) before--;
  const organisation = ctx.mentions.find((m) => m.last === before);
  if (organisation) before = pastArticle(organisation.first - 1);
  // … or a body the gazetteer lacks, in capitals (Kurdistan Region Prime Minister …).
  else for (let words = 0; words < MAX_BODY_WORDS && before > sentence.first && isCapitalized(ctx.text, before) && ctx.text.tokens[before]!.isWord; words++) before--;
  // '"…before it is too late," Kurdistan Region Prime Minister Masrour Barzani told VOA': or after a closing quotation.
  if (closesQuoteAt(ctx, before)) return before > sentence.first + 2;
  if (before > sentence.first + 2 && isComma(ctx, before)) return !setsTheScene(ctx, sentence, before, predicate);
  // '"…combat troops," government spokesman Bassem al-Awadi told Reuters': any words of a title after the quotation.
  for (let i = before; i > sentence.first && speakers[0]!.first - i <= MAX_TITLE_WORDS; i--) {
    if (closesQuoteAt(ctx, i)) return true;
    if (!ctx.text.tokens[i]!.isWord || ctx.kindsAt[i]!.has('predicate')) return false;
  }
  return false;
}

/** "…, the Pentagon said Tuesday.": the article before a name is the speaker's, not part of what he said. */
function withArticle(text: AnalyzedText, first: number): number {
  return text.tokens[first - 1]?.text === 'the' ? first - 1 : first;
}

/** '"…," Iraqi Foreign Minister Fuad Hussein told reporters': a quotation that opens the sentence and closes before the speaker is what he said. */
function quotedBeforeSpeaker(ctx: Context, speakers: readonly Mention[], predicate: Hit, sentence: Sentence): boolean {
  // '… still being attacked," said Sen. Roger Wicker': a quotation that began sentences ago closes right before the attribution.
  const beforeAttribution = Math.min(predicate.first, speakers[0]!.first) - 1;
  if (beforeAttribution > sentence.first && quotationClosesAt(ctx, beforeAttribution, sentence)) return true;
  if (!opensWithQuote(ctx, sentence)) return false;
  for (let i = sentence.first + 1; i < speakers[0]!.first; i++) if (/^["”»]$/.test(ctx.text.tokens[i]!.text)) return true;
  return false;
}

/**
 * '"…". يقول الشيخ X، أحد وجهاء …': a sentence that opens with a verb of saying and its speaker right after
 * a closed quotation, and says nothing of its own (no أن, no colon, no quotation), names that quotation's speaker.
 */
function namesQuotationBefore(ctx: Context, predicate: Hit, contentFirst: number, sentenceIndex: number): boolean {
  const sentence = ctx.text.sentences[sentenceIndex]!;
  const before = ctx.text.sentences[sentenceIndex - 1];
  if (predicate.first !== sentence.first || before === undefined) return false;
  if (!closesQuoteAt(ctx, before.last) && !/^["”»]$/.test(ctx.text.tokens[before.last - 1]?.text ?? '')) return false;
  for (let i = contentFirst; i <= sentence.last; i++) if (isBarrier(ctx, i)) return false;
  return true;
}

/** A predicate between quotation marks, said by whoever is quoted. */
function isQuoted(ctx: Context, predicate: Hit): boolean {
  const start = ctx.text.tokens[predicate.first]!.start;
  const end = ctx.text.tokens[predicate.last]!.end;
  return ctx.text.quotations.some((q) => q.start < start && q.end > end);
}

/**
 * قال إن "أهالي الأنبار لا يريدون …"، مبيناً أن …: a position reported inside a quotation, its holder and verb both
 * quoted, ends where the quotation closes; what follows is the quoting speaker's again.
 */
function lastWithinQuotation(ctx: Context, predicate: Hit, speaker: Mention, sentence: Sentence): number {
  const tokens = ctx.text.tokens;
  const from = tokens[Math.min(predicate.first, speaker.first)]!.start;
  const quotation = ctx.text.quotations.find((q) => q.start < from && q.end > tokens[predicate.last]!.end);
  if (quotation === undefined) return sentence.last;
  let last = predicate.last;
  while (last < sentence.last && tokens[last + 1]!.end < quotation.end) last++;
  return last;
}

/** 'قائلاً: "يفاوضون نهاراً. لا مكان للمحتل …"': a sentence inside a quotation opened in the sentence before. */
function insideQuotationFromBefore(ctx: Context, sentence: Sentence): boolean {
  return ctx.text.quotations.some((q) => q.start < sentence.start && q.end > sentence.start);
}

/** A line's speaker and where what they say begins. */
interface Heading {
  mention: Mention;
  contentFirst: number;
}

const HEADING_FRAME_WORDS = 8;
/** (سنتكوم), (@Muath_Anbar), (قناتها على تلغرام): what a heading may put in brackets after its speaker. */
const HEADING_BRACKET_WORDS = 6;
/** في بيان، لـ"البيان"، عبر منصة إكس، in a statement, to reporters: how a heading's speaker spoke, before the colon. */
const FRAME_OPENERS = /^(في|عبر|على|خلال|امام|ل\S*|in|on|to|via|at)$/;

/** The colon ending a heading after its speaker: right after the name, after a bracketed abbreviation, or after a short frame. */
function headingColon(ctx: Context, mention: Mention, sentence: Sentence): { colon: number; framed: boolean } | null {
  const tokens = ctx.text.tokens;
  let i = mention.last + 1;
  // القيادة المركزية الأمريكية (سنتكوم) في بيان:
  if (tokens[i]?.text === '(') {
    const close = tokens.findIndex((t, k) => k > i && k <= sentence.last && t.text === ')');
    if (close === -1 || close - i > HEADING_BRACKET_WORDS) return null;
    i = close + 1;
  }
  // "هادي العامري - 3:02 م:", a post's author and time ending the line: the post is the next line.
  if (isTimestampTail(ctx, i, sentence)) return { colon: sentence.last, framed: true };
  const framed = i <= sentence.last && FRAME_OPENERS.test(tokens[i]!.text);
  for (let k = i; k <= sentence.last && k - mention.last <= HEADING_FRAME_WORDS; k++) {
    if (/^[:：]$/.test(tokens[k]!.text)) return k === i || framed ? { colon: k, framed: k > i } : null;
    // What a verb or another speaker opens is a sentence, not a heading.
    if (ctx.kindsAt[k]!.has('predicate') || (k > i && !framed)) return null;
  }
  return null;
}

/** "- 2:15 م:", "— 9:18 pm:": a dash, a time and the colon that ends the line. */
function isTimestampTail(ctx: Context, from: number, sentence: Sentence): boolean {
  const tokens = ctx.text.tokens;
  if (!/^[-–—]$/.test(tokens[from]?.text ?? '') || tokens[sentence.last]!.text !== ':') return false;
  const tail = tokens.slice(from + 1, sentence.last).map((t) => t.text);
  return tail.some((t) => /^\d{1,2}$/.test(t)) && tail.every((t) => /^(\d{1,2}|:|ص|م|am|pm|gmt)$/.test(t));
}

/**
 * '- كتلة صادقون: "لا مكان لقوات أجنبية"', 'Kataib Hezbollah: "…"', "علي الموسوي: لا، أبداً." (a transcript's turn),
 * "المتحدث باسم الحكومة باسم العوادي في مؤتمر صحفي: …" (a live blog's entry): an actor heading a line with a colon says what follows.
 */
function headingSpeaker(ctx: Context, sentence: Sentence): Heading | null {
  const tokens = ctx.text.tokens;
  const bulleted = /^[-–—•*]$/.test(tokens[sentence.first]!.text);
  const first = bulleted ? sentence.first + 1 : sentence.first;
  const mention = headingMention(ctx, first, sentence);
  if (mention === undefined) return null;
  const heading = headingColon(ctx, mention, sentence);
  if (heading === null) return null;
  // A heading that ends its line speaks on the next one.
  if (heading.colon === sentence.last) return { mention, contentFirst: sentence.last + 1 };
  // Without a bullet, a frame or a person's name, only a quotation may follow the colon; "بغداد: «الشرق الأوسط»" is a
  // dateline naming the outlet.
  const after = heading.colon + 1;
  const quoted = /^["“«]$/.test(tokens[after]!.text) && !ctx.kindsAt[after + 1]?.has('outlet');
  const person = mention.via === 'title' || PERSON_TYPES.has(actorById(ctx, mention.actorId)?.type ?? '');
  return bulleted || quoted || heading.framed || person ? { mention, contentFirst: after } : null;
}

const HEADING_NAME_WORDS = 14;
const HEADING_BODY_WORDS = 4;

/**
 * The actor a line opens with: its first mention, or the person after the titles and bodies that introduce him
 * ("المتحدث باسم الخارجية الإيرانية إسماعيل بقائي: …"): the last mention before the colon that only titles and
 * mentions precede.
 */
function headingMention(ctx: Context, first: number, sentence: Sentence): Mention | undefined {
  const covered = (i: number) => ctx.inMention[i] === 1 || ctx.kindsAt[i]!.has('title');
  // (الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول: a body no list names may stand between the titles.)
  let unnamed = 0;
  const named = (i: number) => covered(i) || (ctx.text.tokens[i]!.isWord && !ctx.kindsAt[i]!.has('predicate') && ++unnamed <= HEADING_BODY_WORDS);
  let heading: Mention | undefined;
  for (let i = first; i <= sentence.last && i - first <= HEADING_NAME_WORDS && named(i); i++) {
    const mention = ctx.mentions.find((m) => m.first === i);
    if (mention !== undefined && headingColon(ctx, mention, sentence) !== null) heading = mention;
  }
  return heading ?? ctx.mentions.find((m) => m.first === first);
}

const BLOCK_SENTENCES = 40;
const BLOCK_LEAD_PARAGRAPHS = 2;
const OPENING_MARKS = /^["“«]$/;
const CLOSING_MARKS = /^["”»]$/;

/**
 * A statement quoted in full over several lines ("أصدرت تنسيقية المقاومة … بيانا" then a quotation opening a line
 * and closing lines later): its sentences are the body's that the paragraph introducing it opens with. Returns the
 * speaker of each sentence inside such a block.
 */
function quotedBlocks(ctx: Context): Map<number, string> {
  const sentences = ctx.text.sentences;
  const speakers = new Map<number, string>();
  for (let s = 0; s < sentences.length; s++) {
    const opening = sentences[s]!;
    if (!opensBlock(ctx, opening)) continue;
    const last = sentences.findIndex((c, k) => k >= s && k - s < BLOCK_SENTENCES && closesBlock(ctx, c));
    const speaker = last === -1 ? null : leadSubject(ctx, s);
    if (speaker === null || last === s) continue;
    for (let k = s; k <= last; k++) speakers.set(k, speaker);
    s = last;
  }
  return speakers;
}

/** A line that opens with a quotation mark no quotation on that line closes. */
function opensBlock(ctx: Context, sentence: Sentence): boolean {
  const opener = ctx.text.tokens[sentence.first]!;
  if (!OPENING_MARKS.test(opener.text)) return false;
  const text = ctx.text.view.text;
  const atLineStart = /^\s*$/.test(text.slice(text.lastIndexOf('\n', sentence.start - 1) + 1, sentence.start));
  return atLineStart && !ctx.text.quotations.some((q) => q.start === opener.start);
}

/** A sentence at the end of its line that ends with a closing mark no quotation on its line opened. */
function closesBlock(ctx: Context, sentence: Sentence): boolean {
  const tokens = ctx.text.tokens;
  let last = sentence.last;
  while (last > sentence.first && /^[.!?؟]$/.test(tokens[last]!.text)) last--;
  const mark = CLOSING_MARKS.test(tokens[sentence.last]!.text) ? sentence.last : CLOSING_MARKS.test(tokens[last]!.text) ? last : -1;
  return mark !== -1 && !ctx.text.quotations.some((q) => q.end === tokens[mark]!.end);
}

/** The actor that the paragraphs before a block open with (the body that issued the statement). */
function leadSubject(ctx: Context, block: number): string | null {
  let paragraphs = 0;
  for (let k = block - 1; k >= 0 && paragraphs < BLOCK_LEAD_PARAGRAPHS; k--) {
    const sentence = ctx.text.sentences[k]!;
    const previous = ctx.text.sentences[k - 1];
    const opensParagraph = previous === undefined || !sameParagraph(ctx, previous, sentence);
    if (!opensParagraph) continue;
    paragraphs++;
    const subject = ctx.mentions.find((m) => m.first >= sentence.first && m.last <= sentence.last);
    if (subject !== undefined) return subject.actorId;
  }
  return null;
}

/** Whether a sentence goes on the paragraph of an earlier one (no line break between them). */
function sameParagraph(ctx: Context, earlier: Sentence, sentence: Sentence): boolean {
  return !ctx.text.view.text.slice(earlier.end, sentence.start).includes('\n');
}

/** "س:" / "ج:", "Q:" / "A:" opening a sentence: a question put in an interview, or the answer to it. */
function interviewLabel(ctx: Context, sentence: Sentence): 'question' | 'answer' | null {
  if (!/^[:：]$/.test(ctx.text.tokens[sentence.first + 1]?.text ?? '')) return null;
  const kinds = ctx.kindsAt[sentence.first]!;
  return kinds.has('interviewQuestion') ? 'question' : kinds.has('interviewAnswer') ? 'answer' : null;
}

/** يفضلون، يرون، يريدون: an Arabic verb of wanting, believing or fearing in the third person plural, or after "some" (هناك من يرى). */
function isTheirs(ctx: Context, predicate: Hit): boolean {
  const kind = predicate.tag.kind === 'predicate' ? predicate.tag.predicate : null;
  const others = /^[وف]?ي\S+ون$/.test(ctx.text.tokens[predicate.first]!.text) || /^[وف]?من$/.test(ctx.text.tokens[predicate.first - 1]?.text ?? '');
  return (kind === 'demand' || kind === 'belief' || kind === 'fear') && others;
}

/**
 * The person the lead introduces before an interview's first question: the one it names most often (وجاءت تصريحات
 * الشمري في حوار …، عشية زيارة السوداني: the interviewee is taken up again, others are named in passing), else the last.
 */
function intervieweeBefore(ctx: Context, firstQuestion: Sentence): Mention | null {
  // (اللواء الركن حامد الزهيري: an officer named by rank is a titled person whatever type his rank gives him.)
  const people = ctx.mentions.filter((m) => m.last < firstQuestion.first && (m.via === 'title' || PERSON_TYPES.has(actorById(ctx, m.actorId)?.type ?? '')));
  const times = (m: Mention) => people.filter((p) => p.actorId === m.actorId).length;
  return people.reduce<Mention | null>((best, m) => (best === null || times(m) >= times(best) ? m : best), null);
}

const OPENING_REACH = 3;

/** "ج :" before the first word of an answer. */
const ANSWER_LABEL_TOKENS = 2;


/** Where the title right before a mention begins (the mention's own start when no title precedes it). */
function untitled(ctx: Context, first: number): number {
  let start = first;
  while (start > 0 && ctx.kindsAt[start - 1]!.has('title')) start--;
  return start;
}

/** "Kataib Hezbollah, …, denied involvement but said": an English verb after but/and with no subject of its own shares the sentence's. */
function openingSubjectOfJoinedVerb(ctx: Context, predicate: Hit, sentence: Sentence): Mention[] | null {
  if (!/^(but|and)$/.test(ctx.text.tokens[predicate.first - 1]?.text ?? '')) return null;
  const opening = ctx.mentions.find((m) => m.first >= sentence.first && m.first <= sentence.last);
  // ("A Kurdistan Regional Government official, …": a body naming the official's employer is not the subject.)
  const standsAlone = opening !== undefined && isComma(ctx, opening.last + 1);
  return standsAlone && untitled(ctx, opening.first) - sentence.first < OPENING_REACH ? [opening] : null;
}

/**
 * وكان السوداني قد استقبل الجنرال كوريلا، وأكد خلال اللقاء أن: a verb joined by و after a comma, with no subject of its
 * own, goes on with the subject that opens the sentence; the name nearer the verb was the first verb's object.
 * ("السوداني أبلغنا … أنه سيحمل هذا الملف معه، وقال بالحرف": so does one too far from a subject opening the sentence.)
 */
function joinedAfterObject(ctx: Context, predicate: Hit, sentence: Sentence, before: Mention[] | null): Mention[] | null {
  if (!isJoinedByAnd(ctx, predicate) || !isComma(ctx, predicate.first - 1)) return before;
  // (وفي بغداد، استقبل …: a sentence opening on a preposition names a place, not a subject.)
  if (OPENING_PREPOSITIONS.has(ctx.text.tokens[sentence.first]!.text.replace(/^و/, ''))) return before;
  // (رئيس مجلس الوزراء محمد شياع السوداني: the subject may be the person after the body his title names.)
  const named = ctx.mentions.find((m) => m.first >= sentence.first && m.last < predicate.first);
  if (named === undefined) return before;
  if (before === null) return untitled(ctx, named.first) - sentence.first < OPENING_REACH ? [named] : null;
  const opening = subjectAfter(ctx, { last: sentence.first }, sentence, VSO_WINDOW);
  if (untitled(ctx, named.first) !== sentence.first + 1 || opening === null || opening[opening.length - 1]!.last >= before[0]!.first) return before;
  return opening;
}

/** Folded prepositions that may open an Arabic sentence before its verb (with و taken off). */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set([...PREPOSITIONS, 'خلال', 'بعد', 'قبل', 'عند']);

/** How far before the subject "as for" (أما) may stand: a title of a few words between. */
const TOPIC_REACH = 6;

/**
 * أما رئيس الإقليم فأكد، خلال استقباله القنصل الأميركي، أن: after "as for X", the verb with ف is X's; whoever is
 * named after it is its object or its occasion.
 */
function topicalised(ctx: Context, predicate: Hit, before: Mention[] | null, after: Mention[] | null): boolean {
  if (before === null) return false;
  // أما X فقد شدد خلال لقائه Y: the ف may open the auxiliary before the verb — but then a subject right after the verb
  // is its own (أما طهران، فقد رحّب المتحدث باسم الخارجية الإيرانية).
  const onVerb = ctx.text.tokens[predicate.first]!.text.startsWith('ف');
  const onAuxiliary = ctx.text.tokens.slice(before[before.length - 1]!.last + 1, predicate.first).some((t) => t.text.startsWith('ف')) && (after === null || after[0]!.first > predicate.last + 1);
  if (!onVerb && !onAuxiliary) return false;
  const subject = before[0]!.first;
  return ctx.text.tokens.slice(Math.max(0, subject - TOPIC_REACH), subject).some((t) => t.text === 'اما');
}

/** The issuer may stand after its verb and a description of its own (أصدرت المقاومة الإسلامية كتائب حزب الله). */
const ISSUER_REACH = 5;

/**
 * أصدرت كتائب حزب الله بياناً …، أكدت فيه أن: a verb of saying "in it" (a statement, a speech) is the issuer's, who opens
 * the sentence, even when another body is named nearer the verb (… بشأن إنهاء مهمة التحالف الدولي، أكدت فيه); otherwise
 * the speaker found nearer stands.
 */
function issuerOfDocument(ctx: Context, predicate: Hit, sentence: Sentence, nearer: Mention[] | null): Mention[] | null {
  if (!/^(فيه|فيها)$/.test(ctx.text.tokens[predicate.last + 1]?.text ?? '')) return nearer;
  const opening = ctx.mentions.find((m) => m.first >= sentence.first && m.first < predicate.first);
  if (opening === undefined || untitled(ctx, opening.first) - sentence.first >= ISSUER_REACH) return nearer;
  // (بين من يرى فيها انتهاكاً: "in it" must point back to a document the subject issued.)
  const documentAt = ctx.text.tokens.findIndex((t, i) => i > opening.last && i < predicate.first && DOCUMENT_WORDS.test(t.text));
  if (documentAt === -1) return nearer;
  // A body named after the document is what it is about (بياناً بشأن إنهاء مهمة التحالف); one named before it is the
  // issuer's own description (قرأ ممثل الاتحاد … الطالب مرتضى ناصر، كلمة), so the nearer speaker stands.
  return nearer === null || nearer[0]!.first > documentAt ? [opening] : nearer;
}

/** Folded nouns of what a body issues or gives: a statement, a speech, a letter, a post, a press conference. */
const DOCUMENT_WORDS = /^(بيان|بيانا|كلمه|رساله|خطاب|خطابا|تدوينه|تغريده|موتمر|موتمرا|منشورا)$/;

/** "Sen. Lindsey Graham was blunter.": a person named at the start of a sentence that says nothing itself. */
function personOpening(ctx: Context, sentence: Sentence | undefined): Mention | null {
  if (sentence === undefined || hasQuoteMark(ctx, sentence)) return null;
  // "In a cafe on Inner Street, Saad Abdul-Wahid, a retired colonel, stirred his tea": the subject may follow an opening phrase.
  // ('A former US diplomat who served in Baghdad was more pessimistic. "…," he said': one unnamed diplomat or officer is a person too.)
  return subjectOpening(ctx, sentence, true, singleUnnamed);
}

/** "a former US diplomat", "a senior officer": one unnamed person the article found by title, not a body from the gazetteer.
 * ("Another resident, Shilan Hassan, …": not when the sentence names a person.) */
function singleUnnamed(ctx: Context, mention: Mention, sentence: Sentence): boolean {
  const namesPerson = ctx.mentions.some((m) => m.first >= sentence.first && m.last <= sentence.last && PERSON_TYPES.has(actorById(ctx, m.actorId)?.type ?? ''));
  return ctx.text.article.language === 'en' && !ctx.gazetteer.has(mention.actorId) && !ctx.text.tokens[mention.last]!.text.endsWith('s') && !namesPerson;
}

/** The person a sentence opens with (after a title), whatever the sentence goes on to quote. */
function subjectOpening(ctx: Context, sentence: Sentence, afterOpeningPhrase = false, alsoPerson: (ctx: Context, m: Mention, sentence: Sentence) => boolean = () => false): Mention | null {
  const first = ctx.mentions.find((m) => m.first >= sentence.first && m.first <= sentence.last);
  // "Asaib Ahl al-Haq leader Qais al-Khazali has taken a harder line, telling …": the person titled right after his body.
  const titledAfter = first && ctx.mentions.find((m) => m.first > first.last && untitled(ctx, m.first) === first.last + 1);
  const opening = titledAfter && PERSON_TYPES.has(actorById(ctx, titledAfter.actorId)?.type ?? '') ? { ...titledAfter, first: first!.first } : first;
  // (وبحث وزير الخارجية فؤاد حسين …، مؤكداً: the person's title is part of the subject, however long it is.)
  const subject = opening !== undefined && (untitled(ctx, opening.first) - sentence.first < OPENING_REACH || (afterOpeningPhrase && ctx.text.tokens[opening.first - 1]?.text === ','));
  return subject && (PERSON_TYPES.has(actorById(ctx, opening.actorId)?.type ?? '') || alsoPerson(ctx, opening, sentence)) ? opening : null;
}

/** 'X, a teacher, counted his change. "We do not need them here. They should leave," he said': the sentence before the quotation began. */
function sentenceBeforeQuotation(ctx: Context, sentenceIndex: number): Sentence | undefined {
  let k = sentenceIndex - 1;
  while (k > 0 && sentenceIndex - k <= QUOTED_LEAD_SENTENCES && opensWithQuote(ctx, ctx.text.sentences[k]!)) k--;
  return ctx.text.sentences[k];
}

/** '…on Iraqi soil," he told Al-Monitor': a pronoun subject right after a closing quotation. */
function pronounAfterQuote(ctx: Context, predicate: Hit): number | null {
  // The pronoun stands before the verb, or opens the predicate itself ("he said").
  const pronoun = ctx.kindsAt[predicate.first]!.has('selfPronoun') ? predicate.first : predicate.first - 1;
  return pronoun > 0 && ctx.kindsAt[pronoun]!.has('selfPronoun') && closesQuoteAt(ctx, pronoun - 1) ? pronoun : null;
}

function closesQuoteAt(ctx: Context, index: number): boolean {
  const tokens = ctx.text.tokens;
  return /^["”»]$/.test(tokens[index]?.text ?? '') && /^[,،.!?]$/.test(tokens[index - 1]?.text ?? '');
}

/**
 * '"عامان هدية. على الأمريكيين الرحيل فوراً"، قال X': the Arabic order, a closing mark and then the comma, ends a
 * quotation the sentence opened inside; one that opened later in it ("كتب X أن "…"، مضيفاً") is that sentence's own content.
 */
function closesQuoteThenComma(ctx: Context, index: number, sentence: Sentence): boolean {
  const tokens = ctx.text.tokens;
  if (!isComma(ctx, index) || !/^["”»]$/.test(tokens[index - 1]?.text ?? '')) return false;
  const end = tokens[index - 1]!.end;
  return ctx.text.quotations.some((q) => q.end === end && q.start < sentence.start);
}

/** Whether a quotation closes at `index`, in either order of its mark and comma. */
function quotationClosesAt(ctx: Context, index: number, sentence: Sentence): boolean {
  return closesQuoteAt(ctx, index) || closesQuoteThenComma(ctx, index, sentence);
}

function opensWithQuote(ctx: Context, sentence: Sentence): boolean {
  return /^["“«„]$/.test(ctx.text.tokens[sentence.first]!.text);
}

/** رفض الجنرال بات رايدر التعليق: a refusal whose object is a comment is a declined comment. */
function declinesComment(ctx: Context, kind: PredicateKind, contentFirst: number): boolean {
  return kind === 'fear' && contentFirst < ctx.text.tokens.length && ctx.kindsAt[contentFirst]!.has('declineObject');
}

/**
 * يُعتبر (is considered): for belief verbs (forms I and VIII, whose active prefix takes a fatha) a
 * damma on the prefix marks the passive, which names no speaker. Other forms (يُؤكد) take it when active.
 */
function isPassive(text: AnalyzedText, predicate: Hit): boolean {
  if (text.article.language !== 'ar' || predicateKind(predicate) !== 'belief') return false;
  const token = text.tokens[predicate.first]!;
  const start = text.view.starts[token.start]!;
  const end = text.view.ends[token.end - 1]!;
  return /^[وف]?[يت]\u064F/.test(text.article.text.slice(start, end));
}

/** ويُذكر أن البرلمان صوّت …: the outlet's background, whoever spoke last. */
function isImpersonal(text: AnalyzedText, predicate: Hit): boolean {
  return text.kindsAt[predicate.first]!.has('impersonal');
}

/** From a question word to the verb it asks about (ما إذا كانت الحكومة قد تطلب). */
const QUESTION_REACH = 8;

/** "رداً على سؤال عما إذا كانت الحكومة ستطلب …، قال": a verb inside a question put to someone is asked, not said. */
function isAsked(text: AnalyzedText, predicate: Hit): boolean {
  for (let i = predicate.first - 1; i >= 0 && predicate.first - i <= QUESTION_REACH; i--) {
    if (text.kindsAt[i]!.has('question')) return true;
    if (/^[,،:;؛.?؟"«»“”]$/.test(text.tokens[i]!.text)) return false;
  }
  return false;
}

/**
 * "X dismissed the Pentagon statement as …": a word of saying after a name and its article, all right after another
 * verb, is what that verb acts on, not a statement of the name's.
 */
function isObjectOfVerb(ctx: Context, predicate: Hit): boolean {
  if (ctx.text.article.language !== 'en') return false;
  const owner = ctx.mentions.find((m) => m.last === predicate.first - 1);
  if (owner === undefined || !DETERMINERS_AND_POSSESSIVES.has(ctx.text.tokens[owner.first - 1]?.text ?? '')) return false;
  return ctx.kindsAt[owner.first - 2]?.has('predicate') ?? false;
}

/** Verbs of wanting that English also uses as nouns (support, demand, fear). */
const NOUN_LIKE_KINDS: ReadonlySet<PredicateKind> = new Set<PredicateKind>(['demand', 'fear']);
const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our']);
const DETERMINERS_AND_POSSESSIVES: ReadonlySet<string> = new Set(['the', 'a', 'an', ...POSSESSIVES]);

const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'without', 'of', 'for']);
export const ENGLISH_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);
/** How far back a preposition makes a word of wanting its noun (with American air support). */
const NOUN_PREPOSITION_REACH = 3;

/**
 * "the coalition's air support", "their demands", "with American air support": after a determiner,
 * a possessive or a preposition with nothing but words between, a word of wanting is a noun
 * ("for Washington to support" stays a verb, and so does a verb in the past or after a subject pronoun).
 */
export function isEnglishNoun(text: AnalyzedText, predicate: Hit): boolean {
  if (text.article.language !== 'en' || !NOUN_LIKE_KINDS.has(predicateKind(predicate))) return false;
  const before = (k: number) => text.tokens[predicate.first - k]?.text ?? '';
  // ("the framework backed": a determiner two words back opens the subject, not the noun.)
  const possessive = (word: string) => POSSESSIVES.has(word) || /['’]s$/.test(word);
  if (DETERMINERS_AND_POSSESSIVES.has(before(1)) || possessive(before(1)) || possessive(before(2))) return true;
  // ("have welcomed", "has for months pressed for": a verb in the past is no noun.)
  const word = text.tokens[predicate.first]!.text;
  if (word.endsWith('ed')) return false;
  // ("for once I hope they stay": a subject pronoun right before it makes it a verb.)
  if (ENGLISH_SUBJECT_PRONOUNS.has(before(1))) return false;
  for (let k = 1; k <= NOUN_PREPOSITION_REACH && before(1) !== 'to'; k++) {
    const token = text.tokens[predicate.first - k];
    if (token === undefined || !token.isWord) return false;
    if (NOUN_PREPOSITIONS.has(token.text)) return true;
  }
  return false;
}

function predicateKind(hit: Hit): PredicateKind {
  return hit.tag.kind === 'predicate' ? hit.tag.predicate : 'speech';
}

/** قال إنه …: the verb's subject is the speaker already known, not a name further on. */
function hasSelfPronounAfter(ctx: Context, predicate: Hit): boolean {
  const next = predicate.last + 1;
  return next < ctx.text.tokens.length && ctx.kindsAt[next]!.has('selfPronoun');
}

/** يقول، ويرى: a verb for "he" alone does not go on with two speakers named together. */
function saysHeAlone(ctx: Context, predicate: Hit): boolean {
  return ctx.text.article.language === 'ar' && /^[وف]?ي\S+$/.test(ctx.text.tokens[predicate.first]!.text) && !/(ون|ان)$/.test(ctx.text.tokens[predicate.first]!.text);
}

/** "وفق ما اتفقت عليه الحكومة", as the government agreed: a source word inside a phrase of schedule names no source. */
function insideSchedule(text: AnalyzedText, predicate: Hit): boolean {
  return predicate.tag.kind === 'predicate' && predicate.tag.predicate === 'source' && text.kindsAt[predicate.first]!.has('schedule');
}

/** Folded words that carry the verb's subject as a pronoun: لكنه، ولكنها، وهو، فهي. */
const PRONOUN_CARRIERS: ReadonlySet<string> = new Set(['لكنه', 'لكنها', 'لكنهم', 'ولكنه', 'ولكنها', 'وهو', 'وهي', 'فهو', 'فهي', 'وهم']);

/** A verb inside reported content takes its subject before it; after it stands its object (تريد إنهاء مهمة التحالف). */
function mayTakeSubjectAfter(ctx: Context, predicate: Hit, kind: PredicateKind, sentence: Sentence): boolean {
  // '"…," warned Michael Ferris': right after a quotation any reporting verb may come before its subject.
  if (ctx.text.article.language === 'en') return kind === 'speech' || kind === 'commit' || kind === 'decline' || closesQuoteAt(ctx, predicate.first - 1);
  // لكنه دعا إلى ألا يتحول إنهاء مهمة التحالف …: a pronoun before the verb is its subject; what follows is not.
  const before = ctx.text.tokens[verbPhraseStart(ctx, predicate.first, sentence.first) - 1]?.text ?? '';
  return !PRONOUN_CARRIERS.has(before) && opensClause(ctx, predicate, sentence);
}

/**
 * A verb that opens a clause (وأكد؛ after a comma, a dash or a colon; after بينما، لكن، حيث، قد)
 * may have its subject after it; inside a clause (قرار … يطالب الحكومة) what follows is its object.
 */
function opensClause(ctx: Context, predicate: Hit, sentence: Sentence): boolean {
  // ولم يطالب، وقد قال: a negator or an auxiliary before the verb belongs to it.
  const first = verbPhraseStart(ctx, predicate.first, 0);
  if (first <= sentence.first || /^[وف]/.test(ctx.text.tokens[first]!.text)) return true;
  const previous = first - 1;
  const kinds = ctx.kindsAt[previous]!;
  return /^[,،\-–—:(./]$/.test(ctx.text.tokens[previous]!.text) || kinds.has('contrast') || kinds.has('subordinator') || kinds.has('demonstrative') || closesDateline(ctx, previous);
}

/** "بغداد (الفرات نيوز) أكد": an outlet in brackets ends a dateline, and the verb after it opens the report. */
function closesDateline(ctx: Context, at: number): boolean {
  return ctx.text.tokens[at]!.text === ')' && at > 0 && ctx.kindsAt[at - 1]!.has('outlet');
}

/**
 * Finds statements: each speech, belief, demand or fear predicate with its speaker (verb–subject
 * or subject–verb order, a بحسب/according-to source, or the last speaker continuing) and the
 * tokens it governs. A position reported inside another's statement with its own subject
 * (قالت المصادر إن الإدارة الأميركية لا تريد …) becomes that subject's statement.
 */
export interface AttributionLexicon {
  /** Folded participles that share the subject of the verb before them (مضيفا، محذرا). */
  sharedSubject: ReadonlySet<string>;
  /** Folded verbs that pass on another's words (نقل): the one named after عن is the speaker. */
  relays: ReadonlySet<string>;
  /** Every known actor by id, for whom an actor is part of (a minister's government). */
  gazetteer: ReadonlyMap<string, ActorRef>;
}

/**
 * "Mark Halvorsen, a Republican on the House Armed Services Committee who opposed the drawdown, said": "who" after a
 * body describes the person the apposition is about; what that clause says is no statement of the body's.
 */
function describesPersonInApposition(ctx: Context, predicate: Hit): boolean {
  if (ctx.text.article.language !== 'en' || ctx.text.tokens[predicate.first - 1]?.text !== 'who') return false;
  const antecedent = ctx.mentions.find((m) => m.last === predicate.first - 2);
  return antecedent !== undefined && !PERSON_TYPES.has(actorById(ctx, antecedent.actorId)?.type ?? '');
}

export function attributeStatements(text: AnalyzedText, found: ActorsFound, lexicon: AttributionLexicon): Statement[] {
  const titleHits = text.hits.filter((h) => h.tag.kind === 'title');
  const inMention = new Uint8Array(text.tokens.length);
  for (const m of found.mentions) inMention.fill(1, m.first, m.last + 1);
  const rankEnds = new Set(titleHits.filter((h) => h.tag.kind === 'title' && h.tag.type === 'military').map((h) => h.last));
  const ctx: Context = { text, mentions: found.mentions, kindsAt: text.kindsAt, titleEnds: new Set(titleHits.map((h) => h.last)), rankEnds, inMention, actors: found.actors, gazetteer: lexicon.gazetteer };
  const predicates = selectLongest(text.hits.filter((h) => h.tag.kind === 'predicate'))
    .filter((p) => !isPassive(text, p) && !inMention[p.first] && !inCompoundWord(text, p) && !isImpersonal(text, p) && !isAsked(text, p) && !isEnglishNoun(text, p) && !isObjectOfVerb(ctx, p) && !describesPersonInApposition(ctx, p) && !insideSchedule(text, p));
  const statements: Statement[] = [];
  let lastSpeakers: { speakers: string[]; sentenceIndex: number } | null = null;
  // Sentences already spoken for, so that a quotation is not given to two speakers.
  const attributed = new Uint8Array(text.sentences.length);
  const interview = { interviewee: null as Mention | null, answering: false };
  let turn: { heading: Heading; sentence: Sentence; nextLine: boolean } | null = null;
  const blocks = quotedBlocks(ctx);
  const author = authorOf(ctx);
  text.sentences.forEach((sentence, sentenceIndex) => {
    const label = interviewLabel(ctx, sentence);
    if (label === 'question') {
      interview.interviewee ??= intervieweeBefore(ctx, sentence);
      interview.answering = false;
    } else if (label === 'answer') interview.answering = interview.interviewee !== null;
    const inSentence = predicates.filter((p) => p.first >= sentence.first && p.last <= sentence.last);
    const sentenceStatements: Statement[] = [];
    const previousQuoted = sentenceIndex > 0 && hasQuoteMark(ctx, text.sentences[sentenceIndex - 1]!);
    const quoteGoesOn = (previousQuoted && opensWithQuote(ctx, sentence) && !namedAfterItCloses(ctx, sentence)) || insideQuotationFromBefore(ctx, sentence);
    // ('"If the Iraqis want to redefine the relationship, we're open to that.': a verb inside the quotation is quoted too.)
    if (inSentence.every((p) => isQuoted(ctx, p)) && lastSpeakers?.sentenceIndex === sentenceIndex - 1 && quoteGoesOn) {
      // A quotation running on into the next sentence is still the last speaker's.
      statements.push({ speakers: lastSpeakers.speakers, sentence, predicate: null, predicateKind: 'continuation', via: 'continuation', contentFirst: sentence.first, contentLast: sentence.last });
      attributed[sentenceIndex] = 1;
      lastSpeakers = { speakers: lastSpeakers.speakers, sentenceIndex };
      return;
    }
    const ownHeading = headingSpeaker(ctx, sentence);
    // A transcript's turn or a live blog's entry runs to the end of its paragraph (a heading ending its line, to the end of the next line).
    const opensNextLine = ownHeading !== null && ownHeading.contentFirst > sentence.last;
    if (ownHeading !== null) turn = { heading: ownHeading, sentence, nextLine: opensNextLine };
    else if (turn !== null && !turn.nextLine && !sameParagraph(ctx, turn.sentence, sentence)) turn = null;
    else if (turn !== null) turn = { ...turn, sentence, nextLine: false };
    const heading = turn?.heading.mention ?? null;
    if (ownHeading !== null && !opensNextLine) {
      sentenceStatements.push({ speakers: [ownHeading.mention.actorId], sentence, predicate: null, predicateKind: 'speech', via: 'heading', contentFirst: ownHeading.contentFirst, contentLast: sentence.last });
    }
    for (const predicate of inSentence) {
      const isFirst = predicate === inSentence[0];
      const shared = lexicon.sharedSubject.has(predicate.phrase);
      // مضيفا، محذرا: a participle goes on with the speaker of the verb before it.
      if (shared && !isFirst) {
        // ('"…," Pike said, warning that …': after an attribution that closed the quotation opening the sentence, the participle says more.)
        const previous = sentenceStatements[sentenceStatements.length - 1];
        const quotedFirst = previous !== undefined && previous.contentFirst === sentence.first && previous.predicate !== null && previous.contentLast < previous.predicate.first;
        if (quotedFirst && previous.contentLast < predicate.first) {
          sentenceStatements.push({ speakers: previous.speakers, sentence, predicate, predicateKind: predicateKind(predicate), via: 'continuation', contentFirst: predicate.last + 1, contentLast: sentence.last });
        }
        continue;
      }
      const kind = shared ? 'continuation' : predicateKind(predicate);
      const previousEnd = sentenceStatements[sentenceStatements.length - 1]?.contentFirst ?? sentence.first;
      let speakers: Mention[] | null = null;
      let via: Statement['via'] = 'verb-subject';
      let contentFirst = predicate.last + 1;
      // وأضاف الخبير الأمني X أن …: a verb of going on that names its subject introduces that speaker, not the last one.
      const named = kind === 'continuation' && !shared && text.article.language === 'ar' && !hasSelfPronounAfter(ctx, predicate) ? subjectAfter(ctx, predicate, sentence, VSO_WINDOW) : null;
      if (named !== null) {
        speakers = named;
        contentFirst = named[named.length - 1]!.last + 1;
      } else if (kind === 'position') {
        // Only a position the speaker weighs (تدعم قرار الحكومة، نرفض مطالبة) is read as its owner's; one merely
        // mentioned (رغبة بغداد … مطروحة على الطاولة) may be the speaker's framing.
        speakers = isEvaluated(ctx, predicate) ? possessorOf(ctx, predicate) : null;
        if (speakers === null) continue;
        contentFirst = speakers[speakers.length - 1]!.last + 1;
        via = 'verb-subject';
      } else if (kind === 'source') {
        speakers = subjectAfter(ctx, predicate, sentence, 4);
        // "انتهت وفق الالتزامات المتبادلة، والولايات المتحدة ستواصل": a source is named before any comma.
        if (speakers !== null && ctx.text.tokens.slice(predicate.last + 1, speakers[0]!.first).some((t) => /^[,،]$/.test(t.text))) speakers = null;
        // أكد الوزير …، بحسب بيان للخارجية: a body's statement reporting the speaker already named is how his words are known.
        if (speakers !== null && sentenceStatements.length > 0 && isStatementOf(ctx, predicate, speakers[0]!)) continue;
        via = 'source';
        contentFirst = sentence.first;
      } else if (kind !== 'continuation') {
        const english = text.article.language === 'en';
        const following = hasSelfPronounAfter(ctx, predicate) || !mayTakeSubjectAfter(ctx, predicate, kind, sentence) ? null : subjectAfter(ctx, predicate, sentence, english ? 2 : VSO_WINDOW);
        const after = english && following !== null && opensWhatWasSaid(ctx, following[following.length - 1]!) ? null : following;
        const before = subjectBefore(ctx, predicate, sentence, isFirst ? sentence.first : previousEnd);
        // انتقد X تصريحات المسؤول، وقال: a verb joined by و with no subject after it shares the subject of the verb before;
        // a name before it is that verb's object.
        // "Sudani has said the mission is over and has called for …": so is an English verb right after "and".
        const sharesSubject = sentenceStatements.length > 0 && (english ? followsAnd(ctx, predicate) : isJoinedByAnd(ctx, predicate));
        speakers = english
          ? sharesSubject
            ? null
            : (before ?? after ?? (sentenceStatements.length === 0 ? openingSubjectOfJoinedVerb(ctx, predicate, sentence) : null))
          : topicalised(ctx, predicate, before, after)
            ? before
            : (after ?? (sharesSubject ? null : issuerOfDocument(ctx, predicate, sentence, joinedAfterObject(ctx, predicate, sentence, before))));
        via = speakers === before ? 'subject-verb' : 'verb-subject';
        if (speakers && speakers === after) {
          const relayed = lexicon.relays.has(predicate.phrase) ? relayedSpeaker(ctx, speakers, sentence) : null;
          if (relayed !== null) speakers = relayed;
          contentFirst = speakers[speakers.length - 1]!.last + 1;
        }
      }
      if (!speakers || speakers.length === 0) {
        // "- ائتلاف النصر: يرى أن …": a verb with no subject of its own under a heading is the heading's.
        if (heading !== null) continue;
        // A quotation running over sentences before '," he told …' counts its sentences back to that speaker.
        const pronoun = pronounAfterQuote(ctx, predicate);
        const quotedBefore = pronoun !== null;
        // 'Sen. Lindsey Graham was blunter. "…," he said', 'X went further. In a speech, he said …':
        // "he" is the person the sentence before was about.
        // ("… drew the opposite lesson. He warned that …": so is "he" before any verb of saying.)
        // ("السوداني كان ذكياً. قال في مقابلاته إن …": so is an Arabic verb of saying opening the sentence after one about him.)
        // (Not وقال, which in a report goes on with a subject nobody listed: وقال ثلاثة سياسيين.)
        const opensWithVerb = text.article.language === 'ar' && kind === 'speech' && predicate.first - sentence.first <= ANSWER_LABEL_TOKENS && !/^[وف]/.test(text.tokens[predicate.first]!.text);
        const heSaid = quotedBefore || opensWithVerb || (text.article.language === 'en' && (kind === 'continuation' || THIRD_PERSON.has(text.tokens[predicate.first - 1]?.text.toLowerCase() ?? '')));
        // "Rep. Nathan Kessel (D-Mich.), …, took the opposite view, saying …": a participle's subject opens its own sentence.
        // ("وتحدث النائب X بلهجة أقل حدة، قائلا إن …": so does an Arabic one after a verb that reports nothing itself.)
        const opener = shared ? subjectOpening(ctx, sentence) : null;
        const introduced = opener ?? (heSaid && lastSpeakers?.sentenceIndex !== sentenceIndex - 1 ? personOpening(ctx, sentenceBeforeQuotation(ctx, sentenceIndex)) : null);
        const recent = lastSpeakers !== null && sentenceIndex - lastSpeakers.sentenceIndex <= CONTINUATION_SENTENCES + QUOTED_LEAD_SENTENCES * Number(quotedBefore);
        // (قال في مقابلاته إن …: a verb that goes on with the person just introduced may take a phrase before what he said.)
        // ('"We want the coalition to leave," he said': verbs inside the quotation before it are what he said.)
        const firstOutsideQuotation = inSentence.every((p) => p.first >= predicate.first || isQuoted(ctx, p));
        if (!firstOutsideQuotation || (!recent && introduced === null) || !(continuesSpeaker(ctx, predicate, kind) || (opensWithVerb && introduced !== null))) continue;
        const continued = introduced !== null ? [introduced.actorId] : lastSpeakers?.speakers;
        if (continued === undefined || (continued.length > 1 && saysHeAlone(ctx, predicate))) continue;
        sentenceStatements.push({
          speakers: continued,
          sentence,
          predicate,
          predicateKind: kind,
          via: 'continuation',
          // '"Iraq no longer needs …, and we want …"': a quotation going on with the last speaker is said from its start.
          contentFirst: opensWithQuote(ctx, sentence) || quotedBefore ? sentence.first : contentFirst,
          contentLast: pronoun !== null ? pronoun - 1 : sentence.last,
        });
        continue;
      }
      speakers = principalOfCloseSources(ctx, speakers, predicate, sentence) ?? speakers;
      const ids = [...new Set(speakers.map((m) => m.actorId))];
      // "‘…,’ said X." — nothing follows the speaker, so what was said comes before the verb.
      // '"… and I hope …," Kaine said.': verbs inside the quotation do not make the attribution after it a second verb.
      // ('"…before it is too late," Kurdistan Region Prime Minister Masrour Barzani told VOA': his title may stand between.)
      const afterQuotation = sentenceStatements.length === 0 && (quotationClosesAt(ctx, Math.min(predicate.first, speakers[0]!.first) - 1, sentence) || attributedAtEnd(ctx, speakers, predicate, via, sentence));
      const quoteFirst = (isFirst || afterQuotation) && (contentFirst >= sentence.last || attributedAtEnd(ctx, speakers, predicate, via, sentence) || quotedBeforeSpeaker(ctx, speakers, predicate, sentence) || (kind === 'speech' && namesQuotationBefore(ctx, predicate, contentFirst, sentenceIndex)));
      const contentLast = quoteFirst ? withArticle(text, Math.min(predicate.first, speakers[0]!.first)) - 1 : sentence.last;
      if (quoteFirst) contentFirst = sentence.first;
      const previous = sentenceStatements[sentenceStatements.length - 1];
      if (previous && ids.every((id) => previous.speakers.includes(id))) continue;
      if (previous && relaysPerson(ctx, previous, speakers)) sentenceStatements.pop();
      // A minister saying "Baghdad wants a timeline" states his own position too; sources only relay it.
      // تدعم قرار الحكومة بـ…: the speaker backs another's decision; both hold the position.
      if (previous && kind !== 'position' && (opensClause(ctx, predicate, sentence) || onlyTheirs(ctx, previous.speakers, ids))) previous.contentLast = Math.min(previous.contentLast, Math.max(previous.contentFirst, Math.min(speakers[0]!.first, predicate.first) - 1));
      const quotedLast = lastWithinQuotation(ctx, predicate, speakers[0]!, sentence);
      sentenceStatements.push({ speakers: ids, sentence, predicate, predicateKind: declinesComment(ctx, kind, contentFirst) ? 'decline' : kind, via, contentFirst, contentLast: Math.min(contentLast, quotedLast) });
    }
    // "ج: …" and the sentences after it, until the next "س:", are the interviewee's answer.
    // (الإخوة في أربيل يفضلون بقاء المستشارين: a verb of "they" reports others' position, not the interviewee's.)
    // The sentences after a heading's own, in its paragraph (or on the line a heading opened), are the heading's too.
    if (sentenceStatements.length === 0 && heading !== null && ownHeading === null && !inSentence.some((p) => isTheirs(ctx, p))) {
      sentenceStatements.push({ speakers: [heading.actorId], sentence, predicate: null, predicateKind: 'speech', via: 'heading', contentFirst: sentence.first, contentLast: sentence.last });
    }
    const block = blocks.get(sentenceIndex);
    if (sentenceStatements.length === 0 && block !== undefined && !inSentence.some((p) => isTheirs(ctx, p))) {
      sentenceStatements.push({ speakers: [block], sentence, predicate: null, predicateKind: 'speech', via: 'continuation', contentFirst: sentence.first, contentLast: sentence.last });
    }
    if (sentenceStatements.length === 0 && interview.answering && interview.interviewee !== null && !inSentence.some((p) => isTheirs(ctx, p))) {
      const contentFirst = label === 'answer' ? sentence.first + 2 : sentence.first;
      if (contentFirst <= sentence.last) statements.push({ speakers: [interview.interviewee.actorId], sentence, predicate: null, predicateKind: 'speech', via: 'interview', contentFirst, contentLast: sentence.last });
    }
    // "أعتقد أن هذا الجدول منصف", "In my view, …": the writer of a signed column speaks in the first person.
    if (sentenceStatements.length === 0 && author !== null && !interview.answering && inFirstPerson(ctx, sentence)) {
      statements.push({ speakers: [author], sentence, predicate: null, predicateKind: 'speech', via: 'byline', contentFirst: sentence.first, contentLast: sentence.last });
    }
    if (sentenceStatements.length > 0) {
      statements.push(...quotationBefore(ctx, sentenceIndex, sentenceStatements[0]!, attributed));
      statements.push(...sentenceStatements);
      for (let i = sentenceIndex; i >= 0 && !attributed[i]; i--) attributed[i] = 1;
      // '"This is what the Iraqi people want," said X. "…"': the quotation goes on with X, not with whom a verb inside it names.
      const speaking = sentenceStatements.find((s) => s.predicate === null || !isQuoted(ctx, s.predicate)) ?? sentenceStatements[0]!;
      lastSpeakers = { speakers: speaking.speakers, sentenceIndex };
    }
  });
  return statements;
}

/** The actor the byline names, if the article is signed. */
function authorOf(ctx: Context): string | null {
  const span = authorTokens(ctx.text);
  if (span === null) return null;
  return ctx.mentions.find((m) => m.first >= span.first && m.last <= span.last)?.actorId ?? null;
}

/** A first-person word outside any quotation: the writer's own voice, not someone quoted. */
function inFirstPerson(ctx: Context, sentence: Sentence): boolean {
  const quoted = (h: Hit) => ctx.text.quotations.some((q) => q.start <= ctx.text.tokens[h.first]!.start && q.end >= ctx.text.tokens[h.last]!.end);
  return hitsWithin(ctx.text.hits, sentence.first, sentence.last).some((h) => h.tag.kind === 'firstPerson' && !quoted(h));
}

/** قرار الحكومة والبرلمان، Baghdad's demand: the actor a position noun belongs to (after it in Arabic, before it with 's in English). */
function possessorOf(ctx: Context, noun: Hit): Mention[] | null {
  if (ctx.text.article.language === 'en') {
    const owner = ctx.mentions.find((m) => m.last === noun.first - 1 || (m.last === noun.first - 2 && /^['’]s$/.test(ctx.text.tokens[noun.first - 1]!.text)));
    return owner ? [owner] : null;
  }
  const owner = ctx.mentions.find((m) => m.first === noun.last + 1);
  return owner ? coordinatedAfter(ctx, owner) : null;
}

/** A position noun right after a verb or an evaluation (تدعم قرار، نرفض مطالبة). */
function isEvaluated(ctx: Context, noun: Hit): boolean {
  const before = ctx.kindsAt[noun.first - 1];
  return before !== undefined && (before.has('predicate') || before.has('polarity'));
}

/** Iran-backed, US-led, counter-terrorism: a verb form glued by a hyphen to another word is part of a compound, not a predicate. */
function inCompoundWord(text: AnalyzedText, predicate: Hit): boolean {
  const before = text.tokens[predicate.first - 1];
  const after = text.tokens[predicate.last + 1];
  const gluedBefore = before?.text === '-' && before.end === text.tokens[predicate.first]!.start;
  return gluedBefore || (after?.text === '-' && after.start === text.tokens[predicate.last]!.end);
}

const QUOTED_LEAD_SENTENCES = 4;
const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * '"… nothing more. Every soldier must leave," X said' and "… هذا ما قالته X": a quotation that
 * runs over sentences before its speaker is named belongs to that speaker, from the sentence that
 * opens it to the one that closes it right before the attribution.
 */
function quotationBefore(ctx: Context, sentenceIndex: number, named: Statement, attributed: Uint8Array): Statement[] {
  const quotesFirst = named.contentLast < (named.predicate?.first ?? named.sentence.first) || ctx.kindsAt[named.sentence.first]!.has('demonstrative') || sourcedAfterQuotation(ctx, named);
  if (!quotesFirst || sentenceIndex === 0) return [];
  const closing = ctx.text.sentences[sentenceIndex - 1]!;
  // A quotation in the paragraph before is another speaker's, or its own paragraph's.
  if (!sameParagraph(ctx, closing, named.sentence)) return [];
  // The quotation closes at the end of the sentence before, or runs on into the attribution's sentence.
  const quotation = ctx.text.quotations.find((q) => q.start < closing.end && q.end >= ctx.text.tokens[Math.max(closing.first, closing.last - 1)]!.end);
  if (!quotation) return [];
  const lead: Statement[] = [];
  for (let i = sentenceIndex - 1; i >= Math.max(0, sentenceIndex - QUOTED_LEAD_SENTENCES) && !attributed[i]; i--) {
    const sentence = ctx.text.sentences[i]!;
    lead.unshift({ speakers: named.speakers, sentence, predicate: null, predicateKind: 'continuation', via: 'continuation', contentFirst: sentence.first, contentLast: sentence.last });
    if (sentence.start <= quotation.start) return lead;
  }
  return [];
}

/** '"…"، بحسب ما قاله النائب X': a source named right after a quotation closes is that quotation's speaker. */
function sourcedAfterQuotation(ctx: Context, named: Statement): boolean {
  if (named.via !== 'source' || named.predicate === null) return false;
  const tokens = ctx.text.tokens;
  const before = isComma(ctx, named.predicate.first - 1) ? named.predicate.first - 2 : named.predicate.first - 1;
  return /^["”»]$/.test(tokens[before]?.text ?? '');
}

const NAMED_AFTER_REACH = 6;

/** '"The timetable is a step. Every soldier must leave," X said': a quotation whose speaker is named where it closes is not the last speaker's. */
function namedAfterItCloses(ctx: Context, sentence: Sentence): boolean {
  const quotation = ctx.text.quotations.find((q) => q.start === sentence.start);
  if (!quotation || quotation.end <= sentence.end) return false;
  const closing = ctx.text.tokenAt[quotation.end - 1]!;
  const closingSentence = ctx.text.sentences.find((s) => s.first <= closing && s.last >= closing);
  if (!closingSentence) return false;
  // '…soil," Akram al-Kaabi, the leader of …, said': a comma closing the quotation announces its attribution.
  const announced = isComma(ctx, closing - 1);
  const reach = announced ? closingSentence.last : Math.min(closingSentence.last, closing + NAMED_AFTER_REACH);
  return hitsWithin(ctx.text.hits, closing + 1, reach).some((h) => h.tag.kind === 'predicate' && REPORTING_VERBS.has(h.tag.predicate));
}

function hasQuoteMark(ctx: Context, sentence: Sentence): boolean {
  for (let i = sentence.first; i <= sentence.last; i++) if (/^["“”«»]$/.test(ctx.text.tokens[i]!.text)) return true;
  return false;
}
