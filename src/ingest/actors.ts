import type { ActorEntry, Lexicon } from '../config/lexicon.js';
import { originalWords, type ActorsFound, type AnalyzedText, type Mention } from './document.js';
import type { CompiledLexicon, Hit, Tag, TagKind } from './lexicon-matcher.js';
import type { ActorRef, ActorType } from './model.js';
import { foldText, writtenWithTanween } from './normalize.js';
import type { Token } from './tokens.js';

const MAX_NAME_TOKENS = 3;

const foldedSets = new WeakMap<readonly string[], Set<string>>();

/** A lexicon word list folded once, not at every look-up. */
function foldedSet(words: readonly string[]): Set<string> {
  let set = foldedSets.get(words);
  if (set === undefined) foldedSets.set(words, (set = new Set(words.map(foldText))));
  return set;
}
const MAX_GROUP_MODIFIERS = 3;
/** Folded أحد، إحدى (one of). */
const PARTITIVES: ReadonlySet<string> = new Set(['احد', 'احدي']);
const MAX_ENGLISH_GROUP_MODIFIERS = 3;

export function toActorRef(entry: ActorEntry): ActorRef {
  return {
    id: entry.id,
    name: entry.nameEn ?? entry.nameAr ?? entry.id,
    nameAr: entry.nameAr,
    nameEn: entry.nameEn,
    aliases: entry.aliases,
    type: entry.type,
    partOf: entry.partOf,
  };
}

const TRANSLITERATION: Record<string, string> = {
  'ا': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's',
  'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': 'a', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm',
  'ن': 'n', 'ه': 'h', 'و': 'w', 'ي': 'y', 'ء': '',
};

/** A readable, deterministic id for an actor found in text: the same name gives the same id in every article. */
export function discoveredActorId(name: string): string {
  const latin = [...foldText(name)].map((ch) => TRANSLITERATION[ch] ?? ch).join('');
  return latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'actor';
}

/** Leftmost-longest selection: overlapping hits keep the one that starts first, then the longest. */
export function selectLongest(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.first - b.first || b.last - a.last);
  const chosen: Hit[] = [];
  let coveredUntil = -1;
  for (const hit of sorted) {
    if (hit.first <= coveredUntil) continue;
    chosen.push(hit);
    coveredUntil = hit.last;
  }
  return chosen;
}

interface Scan {
  text: AnalyzedText;
  compiled: CompiledLexicon;
  /** Token index → kinds of lexicon hits covering it. */
  kindsAt: ReadonlyArray<ReadonlySet<TagKind>>;
  mentioned: Uint8Array;
  /** First token → the mention starting there. */
  mentionAt: Map<number, Mention>;
}

export function isCapitalized(text: AnalyzedText, index: number): boolean {
  const offset = text.view.starts[text.tokens[index]!.start]!;
  const ch = text.article.text[offset] ?? '';
  return ch !== ch.toLowerCase();
}

/** على is a stopword, the name علي folds to the same letters but is not: stopwords are told apart as written. */
export function writtenAsStopword(text: AnalyzedText, stopwordsAsWritten: ReadonlySet<string>, index: number): boolean {
  const written = originalWords(text, index, index).toLowerCase();
  return stopwordsAsWritten.has(written) || (text.article.language === 'ar' && /^[وف]/.test(written) && stopwordsAsWritten.has(written.slice(1)));
}

function isWrittenStopword(scan: Scan, index: number): boolean {
  return scan.kindsAt[index]!.has('stopword') && writtenAsStopword(scan.text, scan.compiled.stopwordsAsWritten, index);
}

/** A word that can be part of a person's name: not a function word, verb, question word (عما إذا), punctuation or a named outlet. */
function isNameWord(scan: Scan, index: number, position: number): boolean {
  const token = scan.text.tokens[index];
  if (token === undefined || !token.isWord || /[\d\u0660-\u0669]/.test(token.text)) return false;
  const kinds = scan.kindsAt[index]!;
  for (const blocked of ['predicate', 'negator', 'complementizer', 'selfPronoun', 'contrast', 'outlet', 'title', 'group', 'declineObject', 'cue', 'question'] as const) {
    if (kinds.has(blocked)) return false;
  }
  if (kinds.has('polarity') && !(position > 0 && opensClauseAfter(scan, index))) return false;
  if (isWrittenStopword(scan, index)) return false;
  if (scan.text.article.language === 'en') return isCapitalized(scan.text, index);
  // بـ"مراجعة": a preposition written apart with a tatweel is one letter, never a name; nor is لـTRT, to whom he spoke.
  if (token.text.length < 2 || /[a-z]/i.test(token.text)) return false;
  // حيدر كاظم للقناة: ل before the article (للقناة، للصحفيين) says to whom, never a name.
  if (position > 0 && token.text.startsWith('لل')) return false;
  // آدم فريدمان يخالفها الرأي: a present-tense verb carrying an object pronoun is what the person does next, not a third name.
  if (position > 1 && /^[يت]\S{2,}(ها|هم|هما)$/.test(token.text)) return false;
  // آمر أحد ألوية الحشد: "one of" opens a partitive, never a name.
  if (position === 0 && PARTITIVES.has(token.text)) return false;
  // رأياً مختلفاً: a word written with tanween is a common noun or adjective, not a name.
  if (writtenWithTanweenAt(scan, index)) return false;
  return position > 0 || !token.text.startsWith('ال') || writtenWithMadda(scan, index) || writtenWithHamzaBelow(scan, index);
}

/** إليزابيث، إلياس: ال folds from إل too, but the article is never written with a hamza. */
function writtenWithHamzaBelow(scan: Scan, index: number): boolean {
  return originalWords(scan.text, index, index).startsWith('إ');
}

/** دلشاد قادر أن: a word that is also an evaluation (قادر، capable) ends a name when what he said opens right after it. */
function opensClauseAfter(scan: Scan, index: number): boolean {
  const next = scan.text.tokens[index + 1];
  return scan.text.article.language === 'ar' && next !== undefined && (/^[,،]$/.test(next.text) || scan.kindsAt[index + 1]!.has('complementizer'));
}

/** آلان حسين: آل folds to ال, but a name written with madda has no article. */
function writtenWithMadda(scan: Scan, index: number): boolean {
  return originalWords(scan.text, index, index).startsWith('آ');
}

function isDefiniteModifier(scan: Scan, index: number): boolean {
  const token = scan.text.tokens[index];
  if (token === undefined || !token.isWord) return false;
  const kinds = scan.kindsAt[index]!;
  if (kinds.has('predicate') || kinds.has('complementizer') || kinds.has('actor') || kinds.has('outlet')) return false;
  return /^(ال|وال)/.test(token.text) && !writtenWithMadda(scan, index) && !writtenWithHamzaBelow(scan, index);
}

const ORGANISATION_WINDOW = 5;

function isNameStop(scan: Scan, index: number): boolean {
  const token = scan.text.tokens[index];
  const stops = scan.compiled.lexicon.discovery.nameStops[scan.text.article.language];
  return token !== undefined && foldedSet(stops).has(token.text);
}

/**
 * النائب عن تحالف الفتح محمد البلداوي: after a preposition the organisation comes first and the
 * name is the last two name words before the clause goes on.
 */
/** رئيس مجلس النواب بالوكالة محسن المندلاوي: a بـ qualifier (acting, by proxy) stands between a title and the name. */
function isQualifier(scan: Scan, index: number): boolean {
  return scan.text.article.language === 'ar' && /^بال/.test(scan.text.tokens[index]?.text ?? '');
}

/** The token after a domain that starts at `at` (للشؤون الخارجية), or `at` itself when none does. */
function skipDomain(scan: Scan, at: number): number {
  if (scan.text.article.language !== 'ar' || !/^لل/.test(scan.text.tokens[at]?.text ?? '') || scan.mentioned[at]) return at;
  return afterDefiniteModifiers(scan, at + 1);
}

/** The token after the definite adjectives that start at `index` (السابق، الأميركي), or `index` itself. */
function afterDefiniteModifiers(scan: Scan, index: number): number {
  let i = index;
  while (isDefiniteModifier(scan, i) && !scan.mentioned[i]) i++;
  return i;
}

function afterQualifier(scan: Scan, index: number): number {
  return isQualifier(scan, index) && !scan.mentioned[index] ? index + 1 : index;
}

const ORGANISATION_NAME_ENDS: readonly TagKind[] = ['predicate', 'complementizer', 'outlet', 'cue', 'referent', 'polarity', 'negator'];

/**
 * القيادي في الاتحاد نوزاد حمه سعيد: a third name word stands between the body's last word, which has the article,
 * and the two the name is otherwise taken to be.
 */
function withGivenName(scan: Scan, first: number, afterPreposition: number): number {
  const before = first - 1;
  const bodyEnd = scan.text.tokens[before - 1]?.text ?? '';
  // (مركز الرافدين للحوار كريم المعموري: a word after ل and the article still describes the body.)
  // (… الشؤون الأمنية والاستراتيجية نزار الحسون: a definite word joined by و is one more adjective of the body.)
  const word = scan.text.tokens[before]?.text ?? '';
  const given = before > afterPreposition && !scan.mentioned[before] && isNameWord(scan, before, 0) && !word.startsWith('لل') && !word.startsWith('وال') && /^(وال|ال)/.test(bodyEnd);
  return scan.text.article.language === 'ar' && given ? before : first;
}

/**
 * في البصرة، في محافظة نينوى، بمحافظة نينوى after a body: the token after the province or town where a member serves it,
 * else `at`.
 */
function afterPost(scan: Scan, at: number): number {
  const word = scan.text.tokens[at]?.text ?? '';
  const places = foldedSet(scan.compiled.lexicon.discovery.places[scan.text.article.language]);
  const placeFrom = (i: number) => placeNameEnd(scan, places.has(scan.text.tokens[i]?.text ?? '') ? i + 1 : i);
  const place = word === 'في' ? placeFrom(at + 1) : word.startsWith('ب') && places.has(word.slice(1)) ? placeNameEnd(scan, at + 1) : null;
  return place === null ? at : place + 1;
}

function nameAfterOrganisation(scan: Scan, afterPreposition: number): { first: number; last: number } | null {
  const tokens = scan.text.tokens;
  // عضو المكتب السياسي لحركة «عصائب أهل الحق» سعد الحسناوي: a body's name in quotation marks, after its kind or
  // alone, ends where the person's name begins.
  const quoted = scan.kindsAt[afterPreposition]?.has('organisation') === true ? afterPreposition + 1 : afterPreposition;
  const afterQuote = afterQuotedName(scan, quoted);
  if (afterQuote !== quoted) return plainName(scan, afterHonorific(scan, afterQuote));
  // السفير الإيراني لدى بغداد محمد كاظم آل صادق: a named place or body ends where the person's name begins.
  const named = scan.mentionAt.get(afterPreposition);
  if (named !== undefined) {
    // (… في الحشد الشعبي الحاج علي الحسيناوي: a courtesy title may stand before the name;
    // القيادي في عصائب أهل الحق في البصرة حسن الساعدي: so may the province where he serves it.)
    const next = afterHonorific(scan, afterPost(scan, afterQualifier(scan, named.last + 1)));
    // عضو لجنة العلاقات الخارجية في البرلمان عن الحزب الديمقراطي الكردستاني ماجد شنكالي: bodies may follow one another.
    if (isNameStop(scan, next) && scan.mentionAt.has(next + 1)) return nameAfterOrganisation(scan, next + 1);
    const name = plainName(scan, next);
    if (name !== null) return name;
  }
  let end = afterPreposition;
  // The first word a name may start at: after a place that completes the body's name.
  let bodyEnd = afterPreposition;
  while (end < tokens.length && end - afterPreposition < ORGANISATION_WINDOW + 2 && tokens[end]!.isWord) {
    // عضو مجلس محافظة كركوك عن الكتلة العربية، مازن الحمداني: a place and its name complete the body, and the
    // person may belong to a second body after it.
    // (النائب عن محافظة نينوى شاكر محمود الوكاع: so does one right after the preposition.)
    if (isPlaceNoun(scan, end) && !scan.mentioned[end]) {
      end += 2;
      if (isNameStop(scan, end)) return nameAfterOrganisation(scan, end + 1);
      bodyEnd = end;
      continue;
    }
    const kinds = scan.kindsAt[end]!;
    // النائب عن حراك الجيل الجديد في مجلس النواب العراقي سروة محمد: a listed body after في may stand between.
    if (end > afterPreposition && isNameStop(scan, end) && scan.mentionAt.has(end + 1)) return nameAfterOrganisation(scan, end + 1);
    // مرشح ائتلاف الإعمار والتنمية عن البصرة علي المنصوري: the province a candidate stands for, then his name.
    const constituency = end > afterPreposition + 1 && tokens[end]!.text === 'عن' && /^ال/.test(tokens[end + 1]?.text ?? '') && !scan.mentioned[end + 1] ? plainName(scan, end + 2) : null;
    if (constituency !== null) return constituency;
    // رحب … سعد الزيدي بالاتفاق: what is welcomed or said (a cue, the agreement, an evaluation) ends the name.
    // … رعد التميمي لـRT: a letter written apart and a Latin word (to whom he spoke) end the name.
    // (… في جامعة الكويت د. مشاري الفضلي: a courtesy title after the body opens the person's name.)
    const namedAfterCourtesy = end > afterPreposition && kinds.has('honorific') && !scan.mentioned[end] ? plainName(scan, afterHonorific(scan, end)) : null;
    if (namedAfterCourtesy !== null) return namedAfterCourtesy;
    const word = tokens[end]!.text;
    if (end > afterPreposition && (word.length < 2 || /[a-z]/i.test(word))) break;
    const familyName = end > afterPreposition && kinds.has('polarity') && isNameWord(scan, end, 1);
    if ((!familyName && ORGANISATION_NAME_ENDS.some((k) => kinds.has(k))) || (isWrittenStopword(scan, end) && !scan.mentioned[end])) break;
    // … دولة القانون ياسر الحسناوي الحكومةَ العراقية: a known actor after the name is the verb's object, not part of the name.
    if (scan.mentioned[end] && end > afterPreposition && !scan.mentioned[end - 1] && endsWithFamilyName(scan, end - 1)) break;
    // … نزار العزاوي وأحمد المجمعي: a second name joined by و after a family name is a second person.
    // (عضو مجلس محافظة الأنبار وسام العيثاوي: right after the place that completes the body, a name may begin with و.)
    if (end > afterPreposition + 1 && end !== bodyEnd && /^و/.test(tokens[end]!.text) && endsWithFamilyName(scan, end - 1)) break;
    // ورحب … ريان الكلداني بقرب انتهاء المهمة: a word with ب after a family name is what the verb takes, not a third name
    // (… جامعة صلاح الدين بأربيل الدكتور ديار هركي: unless a courtesy title after it opens the person's name).
    if (end > afterPreposition + 1 && /^ب/.test(word) && word !== 'بن' && endsWithFamilyName(scan, end - 1) && afterHonorific(scan, end + 1) === end + 1) break;
    end++;
  }
  // "… عن الحزب الديمقراطي الكردستاني، دلشاد عمر": the name follows the organisation after a comma.
  if (/^[,،]$/.test(tokens[end]?.text ?? '')) {
    const afterComma = plainName(scan, end + 1);
    if (afterComma !== null) return afterComma;
    // "النائب عن كتلة صادقون، الجناح السياسي لعصائب أهل الحق، علي حسين الغانمي،": or after the body's own apposition.
    const afterApposition = nameBetweenCommas(scan, end + 1);
    if (afterApposition !== null) return afterApposition;
  }
  const last = end - 1;
  // عضو مجلس محافظة ديالى رنا خليل المندلاوي: after a place that completes the body, the person's whole name follows.
  const afterPlace = bodyEnd > afterPreposition ? plainName(scan, bodyEnd) : null;
  if (afterPlace !== null && afterPlace.last <= last) return afterPlace;
  const first = withGivenName(scan, extendCompound(scan, last - 1, last), afterPreposition);
  if (first <= afterPreposition || first < bodyEnd || scan.mentioned[first] || scan.mentioned[last]) return null;
  // في المعهد الألماني للشؤون الدولية، كاترين فولف: words after ل and the article still describe the body.
  return isNameWord(scan, first, 0) && !tokens[first]!.text.startsWith('لل') && isNameWord(scan, last, 1) ? { first, last } : null;
}

/** عبد القادر، عبد الكريم: after عبد an attribute of God is a name, though alone it would be a word (قادر، capable). */
function isBoundName(scan: Scan, index: number): boolean {
  const token = scan.text.tokens[index];
  const attribute = scan.text.article.language === 'ar' && token !== undefined && token.isWord && /^ال[^\d\u0660-\u0669a-z]{2,}$/i.test(token.text);
  return attribute || isNameWord(scan, index, 1);
}

function isCompoundParticle(scan: Scan, index: number): boolean {
  const compounds = scan.compiled.lexicon.discovery.compoundNames[scan.text.article.language];
  return foldedSet(compounds.before).has(scan.text.tokens[index]?.text ?? '');
}

/** ياسر الحسناوي: a given name and a family name with the article (not جامعة بغداد, a body and a place). */
function endsWithFamilyName(scan: Scan, last: number): boolean {
  const word = (i: number) => scan.text.tokens[i]?.text ?? '';
  // (ائتلاف الإعمار: a body's head before a definite word is no given name.)
  return word(last).startsWith('ال') && !word(last - 1).startsWith('ال') && isNameWord(scan, last - 1, 0) && !scan.mentioned[last - 1] && scan.kindsAt[last - 1]?.has('organisation') !== true;
}

function bindsToPrevious(scan: Scan, index: number): boolean {
  return foldedSet(scan.compiled.lexicon.discovery.compoundNames[scan.text.article.language].after).has(scan.text.tokens[index]?.text ?? '');
}

/** عبد الكريم الفلاحي، فرهاد علاء الدين: keep the word a compound name part binds to. */
function extendCompound(scan: Scan, first: number, last: number): number {
  const binds = (i: number) => isCompoundParticle(scan, i) || bindsToPrevious(scan, i + 1);
  return first > 0 && binds(first - 1) && isNameWord(scan, first - 1, 0) && !scan.mentioned[first - 1] ? first - 1 : first;
}

/** Tokens after a title that are the person's name, skipping adjectives such as العراقي السابق. */
function nameAfterTitle(scan: Scan, afterTitle: number): { first: number; last: number } | null {
  let i = afterTitle;
  if (scan.text.article.language === 'ar') while ((isDefiniteModifier(scan, i) || isQualifier(scan, i)) && !scan.mentioned[i]) i++;
  // مستشار رئيس الوزراء للشؤون الخارجية فرهاد علاء الدين: a domain after لل (for foreign affairs) describes the office
  // (… القائد العام للقوات المسلحة محمد شياع السوداني: a listed person after it is left to the gazetteer).
  const afterDomain = skipDomain(scan, i);
  if (!scan.mentioned[afterDomain]) i = afterDomain;
  // قائممقام قضاء سنجار نايف سيدو، قائد محور ديالى في الحشد: a place and its name complete the office.
  if (isPlaceNoun(scan, i) && !scan.mentioned[i]) {
    i = afterDefiniteModifiers(scan, i + 2);
  }
  // رئيس تحرير صحيفة «كيهان» حسين شريعتمداري، … صحيفة المدى كريم الدليمي: the paper's name completes the office.
  i = afterQuotedName(scan, i);
  while (scan.kindsAt[i]?.has('outlet') && !scan.mentioned[i]) i++;
  if (isNameStop(scan, i)) return nameAfterOrganisation(scan, i + 1);
  // رئيس تيار الحكمة عمار الحكيم: a title followed by an organisation's name, then the person's.
  if (scan.kindsAt[i]?.has('organisation') && !scan.mentioned[i]) return nameAfterOrganisation(scan, i);
  // المتحدث باسم كتائب حزب الله، جعفر الحسيني: a comma may stand between the organisation and the name.
  return plainName(scan, skipComma(scan, i));
}

/** The word after a courtesy title, which may be more than one token (د. مشاري الفضلي). */
function afterHonorific(scan: Scan, index: number): number {
  let i = index;
  while (scan.kindsAt[i]?.has('honorific') === true && !scan.mentioned[i]) i++;
  return i;
}

/** قضاء، لقضاء حديثة: a place noun, also after the preposition ل that ties it to the office before it. */
function isPlaceNoun(scan: Scan, index: number): boolean {
  const places = foldedSet(scan.compiled.lexicon.discovery.places[scan.text.article.language]);
  const word = scan.text.tokens[index]?.text ?? '';
  return places.has(word) || (word.startsWith('ل') && places.has(word.slice(1)));
}

/** Where a province's or town's name starting at `index` ends (الأنبار، ذي قار), if one starts there. */
function placeNameEnd(scan: Scan, index: number): number | null {
  const names = foldedSet(scan.compiled.lexicon.discovery.placeNames[scan.text.article.language]);
  const tokens = scan.text.tokens;
  if (tokens[index] === undefined) return null;
  if (tokens[index + 1] !== undefined && names.has(`${tokens[index].text} ${tokens[index + 1]!.text}`)) return index + 1;
  return names.has(tokens[index].text) ? index : null;
}

function gluedHyphenAfter(tokens: readonly Token[], i: number): boolean {
  // (A hyphen opening the text, "- A second official said", is glued to nothing.)
  return tokens[i + 1]?.text === '-' && tokens[i] !== undefined && tokens[i + 1]!.start === tokens[i].end;
}

/** "Rep. Daniel Kovach, R-Ohio,": a party letter hyphened to a state labels the name before it; it names no one. */
function isPartyLabel(tokens: readonly Token[], i: number): boolean {
  return /^[rdi]$/i.test(tokens[i]?.text ?? '') && gluedHyphenAfter(tokens, i);
}

function plainName(scan: Scan, start: number): { first: number; last: number } | null {
  let i = start;
  const first = i;
  const tokens = scan.text.tokens;
  let last = -1;
  for (let position = 0; position < MAX_NAME_TOKENS; position++) {
    // محمد كاظم آل صادق، عبد الكريم: a particle binds to the next word and is not a name of its own.
    const particle = isCompoundParticle(scan, i) && isBoundName(scan, i + 1) && !scan.mentioned[i] && !scan.mentioned[i + 1];
    if (particle) i++;
    // Saad Hamid al-Fahdawi: a lower-case particle glued by a hyphen to the family name.
    else if (isCompoundParticle(scan, i) && gluedHyphenAfter(tokens, i) && isNameWord(scan, i + 2, 1) && !scan.mentioned[i]) i += 2;
    if (scan.mentioned[i] || !(particle || isNameWord(scan, i, position))) break;
    last = i;
    // باسم العوادي الضربة: a family name with the article ends the name (عبد الكريم binds the article to the particle).
    // (صلاح الدين بابكر: a word bound to the one before it is no family name.)
    // (خيري إلياس شنكالي: إل written with a hamza is no article.)
    const article = scan.text.tokens[i]!.text.startsWith('ال') && !writtenWithHamzaBelow(scan, i);
    if (scan.text.article.language === 'ar' && position > 0 && !particle && article && !bindsToPrevious(scan, i)) break;
    // Hyphenated names (al-Sudani, Abu-Zaid) continue across the hyphen.
    if (gluedHyphenAfter(tokens, i) && isNameWord(scan, i + 2, 1)) i += 2;
    else i++;
  }
  const minimum = scan.text.article.language === 'ar' ? 1 : 0;
  return last - first >= minimum ? { first, last } : null;
}

/**
 * Whether a word after a group's head describes it. سياسي، دبلوماسي are heads of their own (a
 * politician) but adjectives after another head (مصدر سياسي مطلع).
 */
function isAdjective(scan: Scan, index: number, definite: boolean): boolean {
  const token = scan.text.tokens[index];
  if (token === undefined || !token.isWord) return false;
  const kinds = scan.kindsAt[index]!;
  for (const blocked of ['stopword', 'predicate', 'negator', 'complementizer', 'outlet', 'actor', 'cue', 'title'] as const) {
    if (kinds.has(blocked)) return false;
  }
  if (kinds.has('group') && !scan.kindsAt[index - 1]?.has('group')) return false;
  const word = token.text.replace(/^و/, '');
  if (definite !== word.startsWith('ال')) return false;
  // (فصائل مسلحة بمواصلة الهجمات: ب before a verbal noun makes it what they threaten, not how they are described.)
  if (/^بم/.test(word)) return false;
  const discovery = scan.compiled.lexicon.discovery;
  // مسؤولاً أميركياً رفيعاً: after an accusative head the adjectives carry its tanween alif.
  const accusative = (w: string) => (definite ? w : w.replace(/(?<=..)ا$/, ''));
  const bare = accusative(definite ? word.slice(2) : word);
  if (foldedSet(discovery.adjectives.ar).has(bare)) return true;
  // Endings are read as written: ة marks an adjective, the pronoun ه (قوله) does not.
  const written = accusative(originalWords(scan.text, index, index).replace(/^و/, '').replace(/[\u064B-\u0652]/g, ''));
  return discovery.adjectiveEndings.ar.some((ending) => written.endsWith(ending));
}

function isIntensifier(scan: Scan, index: number): boolean {
  const token = scan.text.tokens[index];
  return token !== undefined && foldedSet(scan.compiled.lexicon.discovery.intensifiers[scan.text.article.language]).has(token.text);
}

/** The conjunction or preposition glued to a head word (وفصائل، بالفصائل): not part of the name. */
function cliticLength(scan: Scan, head: Hit): number {
  const written = scan.text.tokens[head.first]!.text;
  // وشيوخ عشائر: for a head of several words, the first word carries the clitic.
  const firstWord = head.phrase.split(' ')[0]!;
  return written.length > firstWord.length && /^[وفبل]/.test(written) && !written.startsWith('ال') ? 1 : 0;
}

interface GroupPhrase {
  first: number;
  last: number;
  name: string;
  /** The name without the site it is given (senior official ← senior official in Erbil): what later anaphora repeat. */
  core?: string;
  /** Other names the article gives it: the core when it names the group alone, the name with its article as written. */
  aliases?: string[];
  /** A mention that the group's name takes in (البرلمان العراقي in نواب في البرلمان العراقي). */
  absorbs?: Mention;
  /** Whether the group belongs to the absorbed actor (MPs of the parliament) rather than only naming it (loyal to Iran). */
  belongs?: boolean;
}

/** Arabic prepositions, folded. */
export const PREPOSITIONS = new Set(['في', 'ب', 'علي', 'من', 'الي', 'عن', 'مع', 'لدي']);

/** An adjective-shaped word that takes a prepositional complement (منضوية في …) starts a relative phrase, not the name. */
function takesComplement(scan: Scan, index: number): boolean {
  return PREPOSITIONS.has(scan.text.tokens[index + 1]?.text ?? '');
}

/**
 * نواب في البرلمان العراقي، مسؤول كبير في الحزب الديمقراطي الكردستاني: a group (its head and any
 * adjectives, ending at `last`) with a preposition and a named organisation.
 */
function groupOfOrganisation(scan: Scan, first: number, last: number, groupText: string, mentions: readonly Mention[]): GroupPhrase[] {
  const preposition = last + 1;
  if (!isNameStop(scan, preposition)) return [];
  // قيادياً في «الإطار التنسيقي»: the body may stand in quotation marks.
  const bodyAt = /^["«“]$/.test(scan.text.tokens[preposition + 1]?.text ?? '') ? preposition + 2 : preposition + 1;
  const organisation = mentions.find((m) => m.first === bodyAt);
  if (organisation) {
    // مستشار في مكتب رئيس الوزراء العراقي: a nisba adjective after the body still describes it.
    let end = organisation.last;
    while (isAdjective(scan, end + 1, true) && /(ي|ية)$/.test(originalWords(scan.text, end + 1, end + 1))) end++;
    const name = `${groupText} ${originalWords(scan.text, preposition, end).replace(/\s*["«“]\s*/g, ' ')}`;
    return [{ first, last: end, name, absorbs: organisation, belongs: true }];
  }
  const end = unnamedOrganisationEnd(scan, preposition + 1);
  return end === null ? [] : [{ first, last: end, name: `${groupText} ${originalWords(scan.text, preposition, end)}` }];
}

const MAX_ORGANISATION_WORDS = 4;
/** Words an unlisted organisation's name stops before: a verb, أن, a function word, another group, an evaluation (خشيتهم). */
const ORGANISATION_ENDS: readonly TagKind[] = ['predicate', 'complementizer', 'stopword', 'group', 'polarity', 'cue'];

/** مسؤولون في إقليم كردستان: the words of an organisation nobody listed, up to the verb, a comma or أن. */
function unnamedOrganisationEnd(scan: Scan, first: number): number | null {
  let last = first - 1;
  for (let i = first; i < first + MAX_ORGANISATION_WORDS && i < scan.text.tokens.length; i++) {
    const kinds = scan.kindsAt[i]!;
    // شيوخ عشائر في الأنبار وأعضاء في …: a second group joined by و is another speaker, not part of the place.
    // (عقدت عشائر من محافظة الأنبار مؤتمراً: the verb's object, written with tanween, ends the name.)
    if (!scan.text.tokens[i]!.isWord || scan.mentioned[i] || ORGANISATION_ENDS.some((k) => kinds.has(k)) || writtenWithTanweenAt(scan, i)) break;
    last = i;
  }
  const next = scan.text.tokens[last + 1];
  const nextKinds = scan.kindsAt[last + 1];
  // The name must end where the clause goes on (a verb, أن, a preposition, punctuation), not inside a longer noun phrase.
  const closed = next === undefined || !next.isWord || ORGANISATION_ENDS.some((k) => nextKinds!.has(k)) || writtenWithTanweenAt(scan, last + 1);
  return last >= first && closed ? last : null;
}

/** Whether the token at `index` is written with tanween (مؤتمراً، رأياً): a common noun or adjective, never part of a name. */
function writtenWithTanweenAt(scan: Scan, index: number): boolean {
  const token = scan.text.tokens[index];
  return token !== undefined && writtenWithTanween(scan.text.article.text, scan.text.view, token.start, token.end);
}

/** Arabic group phrases: head + agreeing adjectives, with coordinated adjectives (أحزاب سنية وكردية) as separate groups. */
/** Folded برتبة, "with the rank of". */
const WITH_RANK = 'برتبه';

function arabicGroupPhrases(scan: Scan, head: Hit, mentions: readonly Mention[]): GroupPhrase[] {
  const tokens = scan.text.tokens;
  const clitic = cliticLength(scan, head);
  // (فصائل المقاومة العراقية: a head of several words is as definite as its last word.)
  const definite = (head.last > head.first ? tokens[head.last]!.text : tokens[head.first]!.text.slice(clitic)).startsWith('ال');
  const headText = originalWords(scan.text, head.first, head.last).slice(clitic);
  // عشائر الأنبار، أهالي ذي قار: a province or town right after the head names whose people the group is.
  const place = placeNameEnd(scan, head.last + 1);
  if (place !== null && !mentions.some((m) => m.first <= place && m.last > head.last)) return [{ first: head.first, last: place, name: `${headText} ${originalWords(scan.text, head.last + 1, place)}` }];
  const modifiers: number[] = [];
  let i = head.last + 1;
  while (modifiers.length < MAX_GROUP_MODIFIERS && i < tokens.length) {
    if (isIntensifier(scan, i) && tokens[i + 1]?.isWord) {
      modifiers.push(i, i + 1);
      i += 2;
    } else if (tokens[i]!.text === WITH_RANK && tokens[i + 1]?.isWord) {
      // ضابط برتبة عميد: the rank after برتبة belongs to the group's name.
      modifiers.push(i, i + 1);
      i += 2;
    } else if (isAdjective(scan, i, definite) && !tokens[i]!.text.startsWith('و') && !(modifiers.length > 0 && takesComplement(scan, i))) {
      modifiers.push(i);
      i++;
    } else break;
  }
  if (modifiers.length === 0) {
    const ofOrganisation = groupOfOrganisation(scan, head.first, head.last, headText, mentions);
    // شيوخ العشائر: a head of several words names a group by itself; a bare مصادر or فصائل does not.
    if (ofOrganisation.length === 0 && head.last > head.first) return [{ first: head.first, last: head.last, name: headText }];
    return ofOrganisation;
  }
  // فصائل موالية لإيران: a participle's complement naming an actor belongs to the group's name.
  const complement = mentions.find((m) => m.first === i && /^ل/.test(tokens[i]!.text) && m.first === m.last);
  if (complement) {
    modifiers.push(i);
    i++;
  }
  const name = `${headText} ${modifiers.map((m) => originalWords(scan.text, m, m)).join(' ')}`;
  const ofOrganisation = complement ? [] : groupOfOrganisation(scan, head.first, i - 1, name, mentions);
  if (ofOrganisation.length > 0) return ofOrganisation;
  const phrases: GroupPhrase[] = [{ first: head.first, last: i - 1, name, ...(complement ? { absorbs: complement } : {}) }];
  // و + adjective after the phrase shares the head: أحزاب سنية وكردية → أحزاب كردية.
  while (i < tokens.length && tokens[i]!.text.startsWith('و') && isAdjective(scan, i, definite)) {
    const adjective = originalWords(scan.text, i, i).replace(/^و/, '');
    const kept = modifiers.slice(0, -1).map((m) => originalWords(scan.text, m, m));
    phrases.push({ first: i, last: i, name: [headText, ...kept, adjective].join(' ') });
    i++;
  }
  return phrases;
}

/** English group phrases: modifiers before the head (a senior Iraqi security official). */
function isEnglishModifier(scan: Scan, index: number): boolean {
  const token = scan.text.tokens[index];
  if (token === undefined || !token.isWord || /^\d+$/.test(token.text)) return false;
  const kinds = scan.kindsAt[index]!;
  // (Iran-backed: a verb glued to a name by a hyphen is half of a compound adjective.)
  const compound = scan.text.tokens[index - 1]?.text === '-' && gluedHyphenAfter(scan.text.tokens, index - 2);
  return !['stopword', 'predicate', 'negator', 'contrast', 'complementizer', 'group', 'auxiliary'].some((k) => kinds.has(k as TagKind) && !(compound && k === 'predicate'));
}

const ENGLISH_MEMBERSHIP = new Set(['in', 'at', 'from', 'of']);
/** Bodies a group can be a part of: not a government (officials in Baghdad are not Baghdad's) and not a person. */
const NOT_A_BODY: ReadonlySet<string> = new Set(['government', 'person', 'official', 'analyst']);

function asBody(found: ActorsFound, mention: Mention | undefined): Mention | undefined {
  return mention && !NOT_A_BODY.has(found.actors.get(mention.actorId)?.type ?? 'person') ? mention : undefined;
}

/** "a senior official in Kataib Sayyid al-Shuhada", "a source in the Coordination Framework": the body he belongs to. */
function englishBodyAfter(scan: Scan, head: Hit, found: ActorsFound): Mention | undefined {
  const at = afterMembershipWord(scan, head);
  return at === undefined ? undefined : asBody(found, found.mentions.find((m) => m.first === at));
}

/** Where what follows "in", "at", "of"… (and "the") begins after a group's head; undefined without such a word. */
function afterMembershipWord(scan: Scan, head: Hit): number | undefined {
  if (!ENGLISH_MEMBERSHIP.has(scan.text.tokens[head.last + 1]?.text ?? '')) return undefined;
  return scan.text.tokens[head.last + 2]?.text === 'the' ? head.last + 3 : head.last + 2;
}

const MAX_ENGLISH_SITE_WORDS = 4;

/**
 * "a senior official in Erbil", "an official at the Kurdistan Regional Government": where an unnamed speaker sits
 * names him as much as his modifiers do, though he is not that place's voice. The last token of the site and its
 * mention, if it is one.
 */
function englishSiteAfter(scan: Scan, head: Hit, found: ActorsFound): { last: number; mention?: Mention } | undefined {
  const at = afterMembershipWord(scan, head);
  if (at === undefined) return undefined;
  const mention = found.mentions.find((m) => m.first === at);
  if (mention !== undefined) return { last: mention.last, mention };
  let last = at - 1;
  while (last + 1 - at < MAX_ENGLISH_SITE_WORDS && isOrganisationNameWord(scan, last + 1)) last++;
  // ("an official in the Kurdistan Region's Ministry of …": a possessor cut from what it owns is no site.)
  return last >= at && !/['’]s$/.test(scan.text.tokens[last]!.text) ? { last } : undefined;
}

function mentionAmongModifiers(found: ActorsFound, first: number, last: number): Mention | undefined {
  return found.mentions.find((m) => m.first >= first && m.last <= last);
}

/** The single-word actor glued by a hyphen before a group's first modifier (Iran-backed). */
function patronBefore(scan: Scan, found: ActorsFound, first: number): Mention | undefined {
  if (first < 2 || scan.text.tokens[first - 1]!.text !== '-' || !gluedHyphenAfter(scan.text.tokens, first - 2)) return undefined;
  return found.mentions.find((m) => m.first === first - 2 && m.last === first - 2);
}

/** Whether token i and the next stand on one line: a name never runs on from one line to the next. */
function onSameLine(scan: Scan, i: number): boolean {
  const [token, next] = [scan.text.tokens[i], scan.text.tokens[i + 1]];
  return token !== undefined && next !== undefined && !scan.text.view.text.slice(token.end, next.start).includes('\n');
}

/** English group phrases: up to three modifiers before the head (a senior Iraqi security official), coordinated ones each a group (Sunni and Kurdish lawmakers). */
function englishGroupPhrase(scan: Scan, head: Hit, found: ActorsFound): GroupPhrase[] {
  let first = head.first;
  // A third word in front only if it is a listed adjective (a *senior* Iraqi security official), not whatever precedes.
  // (A headline's last word is no modifier of the first line's group: "Iraq talks\n\nKurdish leaders".)
  const modifierAt = (i: number) => isEnglishModifier(scan, i) && onSameLine(scan, i) && (head.first - i <= 2 || foldedSet(scan.compiled.lexicon.discovery.adjectives.en).has(scan.text.tokens[i]!.text));
  while (first > 0 && head.first - first < MAX_ENGLISH_GROUP_MODIFIERS && modifierAt(first - 1)) first--;
  // ("a senior Kurdistan Regional Government official": a name among the modifiers is taken whole, and a listed adjective before it.)
  const cut = found.mentions.find((m) => m.first < first && m.last >= first && m.last < head.first);
  if (cut !== undefined) for (first = cut.first; first > 0 && modifierAt(first - 1); ) first--;
  // ("Officials in the Kurdistan Regional Government": a body after the head names the group as well as a modifier would.)
  // ("Sources close to Halbousi", "officials familiar with the talks": so does what they are close to.)
  const tokens = scan.text.tokens;
  const closeAfter = /^(close|familiar)$/.test(tokens[head.last + 1]?.text ?? '') && /^(to|with)$/.test(tokens[head.last + 2]?.text ?? '');
  const bodyAfter = englishBodyAfter(scan, head, found);
  const site = bodyAfter === undefined ? englishSiteAfter(scan, head, found) : undefined;
  if (first === head.first && !closeAfter && bodyAfter === undefined && site === undefined) return [];
  // A "counter-terrorism officer": a word glued by a hyphen to the first modifier is part of it.
  while (first > 1 && gluedHyphenAfter(tokens, first - 2) && tokens[first - 1]!.end === tokens[first]!.start && tokens[first - 2]!.isWord && !scan.mentioned[first - 2]) first -= 2;
  const headWords = originalWords(scan.text, head.first, head.last);
  // "a senior Coordination Framework politician": a body named among the modifiers is the group's too.
  const modifier = mentionAmongModifiers(found, first, head.first - 1);
  const body = bodyAfter ?? asBody(found, modifier);
  // "a senior Biden administration official": a government among the modifiers is named with him, but he is not its voice.
  const government = body === undefined ? modifier : undefined;
  // "Iran-aligned armed factions": the patron glued to the first modifier is part of the name, not a speaker of its own.
  const patron = body === undefined && government === undefined ? patronBefore(scan, found, first) : undefined;
  if (patron !== undefined) first = patron.first;
  // A group takes in one mention only: a site that is a mention of its own stays out when another is taken.
  const other = body ?? government ?? patron;
  const sited = site !== undefined && (site.mention === undefined || other === undefined);
  const last = bodyAfter?.last ?? (sited ? site.last : head.last);
  const taken = body ? { absorbs: body, belongs: true } : other ? { absorbs: other } : sited && site.mention ? { absorbs: site.mention } : {};
  const name = originalWords(scan.text, first, last);
  const core = sited ? originalWords(scan.text, first, head.last) : undefined;
  const aliases = [...(core !== undefined && first < head.first ? [core] : []), ...(/^an?$/i.test(tokens[first - 1]?.text ?? '') ? [originalWords(scan.text, first - 1, last)] : [])];
  const phrases: GroupPhrase[] = [{ first, last, name, ...(core === undefined ? {} : { core }), aliases, ...taken }];
  if (scan.text.tokens[first - 1]?.text === 'and' && isEnglishModifier(scan, first - 2)) {
    phrases.push({ first: first - 2, last: first - 2, name: `${originalWords(scan.text, first - 2, first - 2)} ${headWords}` });
  }
  return phrases;
}

/** Only a person's name has a surname that later names him alone; a group's last word (الأنبار) names something else. */
type Naming = 'personal-name' | 'group-name';

function registerDiscovered(found: ActorsFound, name: string, type: ActorType, partOf: string[], naming: Naming, aliases: readonly string[] = []): string {
  const id = discoveredActorId(name);
  const existing = found.actors.get(id);
  if (existing) return id;
  const arabic = /[\u0600-\u06FF]/.test(name);
  const words = name.split(' ');
  const surname = naming === 'personal-name' && words.length > 1 && (type === 'analyst' || type === 'person' || type === 'official' || type === 'military') ? [words[words.length - 1]!] : [];
  found.actors.set(id, { id, name, nameAr: arabic ? name : null, nameEn: arabic ? null : name, aliases: [...surname, ...aliases], type, partOf });
  return id;
}

function addMention(found: ActorsFound, scan: Scan, mention: Mention): void {
  for (let t = mention.first; t <= mention.last; t++) scan.mentioned[t] = 1;
  scan.mentionAt.set(mention.first, mention);
  found.mentions.push(mention);
}

function actorOfTag(tag: Tag): number | null {
  return tag.kind === 'actor' ? tag.actor : null;
}

/** Participles that make a hyphened name a modifier of what follows (Iran-aligned, US-led). */
const MODIFYING_PARTICIPLES: ReadonlySet<string> = new Set(['aligned', 'backed', 'allied', 'led', 'funded', 'sponsored', 'supported', 'based', 'linked', 'affiliated', 'friendly', 'leaning']);

/** "the powerful Iran-aligned armed group, which says": a name hyphened to a participle describes the group; it is no mention of its own. */
function isCompoundModifier(scan: Scan, hit: Hit): boolean {
  return scan.text.article.language === 'en' && gluedHyphenAfter(scan.text.tokens, hit.last) && MODIFYING_PARTICIPLES.has(scan.text.tokens[hit.last + 2]?.text ?? '');
}

function gazetteerMentions(found: ActorsFound, scan: Scan): void {
  const candidates = scan.text.hits.filter((h) => h.tag.kind === 'actor' || h.tag.kind === 'outlet');
  for (const hit of selectLongest(candidates)) {
    const index = actorOfTag(hit.tag);
    if (index === null) continue;
    const entry = scan.compiled.lexicon.actors[index]!;
    if (namesSomeoneElse(scan, hit, entry) || namesAnotherCountrysBody(scan, hit, entry) || isCompoundModifier(scan, hit)) continue;
    const qualified = qualifiedGroupName(scan, hit);
    if (qualified) {
      const name = originalWords(scan.text, qualified.first, qualified.last);
      addMention(found, scan, { actorId: registerDiscovered(found, name, entry.type, entry.partOf, 'group-name'), ...qualified, via: 'group', phrase: foldText(name) });
      continue;
    }
    if (!found.actors.has(entry.id)) found.actors.set(entry.id, toActorRef(entry));
    addMention(found, scan, { actorId: entry.id, first: hit.first, last: hit.last, via: 'gazetteer', phrase: hit.phrase });
  }
}

/** Mashhadani, al-Mashhadani: one name word, with or without its glued particle. */
function isOneName(scan: Scan, hit: Hit): boolean {
  if (hit.first === hit.last) return true;
  return hit.last - hit.first === 2 && isCompoundParticle(scan, hit.first) && gluedHyphenAfter(scan.text.tokens, hit.first);
}

/** فلاح الخفاجي، عبد الرحمن المشهداني, Jim Austin: a known person's one-word name after a given name that is not his names someone else. */
function namesSomeoneElse(scan: Scan, hit: Hit, entry: ActorEntry): boolean {
  if (!PERSON_TYPES.has(entry.type)) return false;
  const arabic = scan.text.article.language === 'ar';
  const oneName = isOneName(scan, hit);
  // (النائب حسن عبد الأمير الشمري: in Arabic a known person's full name after a title and another given name is a
  // son's, someone else's.)
  if (!oneName && !(arabic && titledOrMemberAt(scan, hit.first - 2))) return false;
  let before = hit.first - 1;
  // (علي محمد السوداني: the person's own given name may stand before his surname, and another's before that.)
  const ownNames = arabic && oneName && entry.nameAr !== null ? foldText(entry.nameAr).split(' ') : [];
  const ownGivenName = (i: number) => ownNames.includes(scan.text.tokens[i]?.text ?? '');
  if (arabic && oneName) while (before > hit.first - 3 && ownGivenName(before) && isNameWord(scan, before, 1)) before--;
  // (عبد الرحمن المشهداني، علاء الدين: the second word of a compound given name has the article.)
  const givenName = isNameWord(scan, before, 0) || (isNameWord(scan, before, 1) && (isCompoundParticle(scan, before - 1) || bindsToPrevious(scan, before)));
  // (رئيس مجلس النواب بالوكالة محسن المندلاوي: a qualifier of the office is no given name.)
  if (!givenName || scan.kindsAt[before]!.has('honorific') || scan.kindsAt[before]!.has('actor') || isQualifier(scan, before)) return false;
  return !hasNameWord(entry, scan.text.tokens[before]!.text);
}

/** A title, or a body a member is named after (عن الإطار التنسيقي), ends at this token. */
function titledOrMemberAt(scan: Scan, index: number): boolean {
  const kinds = scan.kindsAt[index];
  return kinds !== undefined && (kinds.has('title') || (kinds.has('actor') && !scan.kindsAt[index + 1]!.has('actor')));
}

/** Shortest stem of a country's name that an adjective of it keeps (فرنس in الفرنسي، فرنسا). */
const MIN_COUNTRY_STEM = 3;

/** البريطاني → بريطانيا: the listed government whose Arabic name the foreign adjective at `index` is formed from. */
function countryOfAdjective(scan: Scan, index: number): string | undefined {
  const word = scan.text.tokens[index]?.text ?? '';
  if (scan.text.article.language !== 'ar' || !foldedSet(scan.compiled.lexicon.discovery.foreignAdjectives.ar).has(word)) return undefined;
  let countries = countriesByAdjective.get(scan.compiled);
  if (countries === undefined) {
    countries = new Map();
    countriesByAdjective.set(scan.compiled, countries);
  }
  if (!countries.has(word)) {
    const stem = word.replace(/^ال/, '').replace(/(يه|ي)$/, '');
    const country = stem.length < MIN_COUNTRY_STEM ? undefined : scan.compiled.lexicon.actors.find((a) => a.type === 'government' && a.nameAr !== null && foldText(a.nameAr).startsWith(stem));
    countries.set(word, country?.id);
  }
  return countries.get(word);
}

/** The country each foreign adjective names, looked up once per lexicon (the gazetteer may hold thousands of actors). */
const countriesByAdjective = new WeakMap<CompiledLexicon, Map<string, string | undefined>>();

/** "Tehran's foreign ministry": a government named right before a listed body's generic name, in the possessive, the body not its own. */
function possessedByAnotherGovernment(scan: Scan, hit: Hit, entry: ActorEntry): boolean {
  const owner = scan.text.hits.find((h) => h.tag.kind === 'actor' && h.last === hit.first - 1);
  const index = owner === undefined ? null : actorOfTag(owner.tag);
  const government = index === null ? undefined : scan.compiled.lexicon.actors[index];
  return government?.type === 'government' && government.id !== entry.id && !entry.partOf.includes(government.id);
}

/** وزارة الخارجية الفرنسية, the French Foreign Ministry: a listed body's generic name with another country's adjective. */
function namesAnotherCountrysBody(scan: Scan, hit: Hit, entry: ActorEntry): boolean {
  const language = scan.text.article.language;
  const beside = scan.text.tokens[language === 'ar' ? hit.last + 1 : hit.first - 1];
  if (beside === undefined) return false;
  if (language === 'en' && /['’]s$/.test(beside.text) && possessedByAnotherGovernment(scan, hit, entry)) return true;
  if (!foldedSet(scan.compiled.lexicon.discovery.foreignAdjectives[language]).has(beside.text)) return false;
  return !hasNameWord(entry, beside.text);
}

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * "a senior Iraqi official", مسؤول أميركي رفيع: a listed group name (Iraqi officials) with one more
 * listed adjective names someone else, an actor of its own in the same body.
 */
function qualifiedGroupName(scan: Scan, hit: Hit): { first: number; last: number } | null {
  const arabic = scan.text.article.language === 'ar';
  if (!scan.kindsAt[arabic ? hit.first : hit.last]!.has('group')) return null;
  const beside = arabic ? hit.last + 1 : hit.first - 1;
  const word = scan.text.tokens[beside];
  if (word === undefined || !foldedSet(scan.compiled.lexicon.discovery.adjectives[scan.text.article.language]).has(word.text)) return null;
  // "current and former U.S. officials" are the group itself.
  if (!arabic && COORDINATORS.has(scan.text.tokens[beside - 1]?.text ?? '')) return null;
  return arabic ? { first: hit.first, last: beside } : { first: beside, last: hit.last };
}

/** Whether one of the entry's names (folded) has this word. */
function hasNameWord(entry: ActorEntry, word: string): boolean {
  const names = [entry.nameAr, entry.nameEn, ...entry.aliases].filter((name): name is string => name !== null);
  return names.some((name) => foldText(name).split(' ').includes(word));
}

const GLOSS_REACH = 6;

/**
 * المتحدث باسم وزارة الدفاع الأميركية (البنتاغون) الميجر جنرال بات رايدر: a gloss in brackets and a
 * rank between the office and the name belong to neither.
 */
function skipRankAndGloss(scan: Scan, at: number, titles: readonly Hit[]): number {
  const tokens = scan.text.tokens;
  let i = at;
  if (tokens[i]?.text === '(') {
    const close = tokens.findIndex((t, j) => j > i && j - i <= GLOSS_REACH && t.text === ')');
    if (close > 0) i = close + 1;
  }
  const rank = titles.find((t) => t.first === i && t.tag.kind === 'title' && !t.tag.of);
  return rank ? rank.last + 1 : i;
}

const TITLE_PHRASE_REACH = 12;
const QUOTED_NAME_REACH = 5;

/** The token after a short name in «» that starts at `at` (or `at` itself when none starts there). */
function afterQuotedName(scan: Scan, at: number): number {
  const tokens = scan.text.tokens;
  if (tokens[at]?.text !== '«') return at;
  for (let j = at + 1; j <= at + QUOTED_NAME_REACH && j < tokens.length; j++) if (tokens[j]!.text === '»') return j + 1;
  return at;
}

/** الباحث في شؤون الشرق الأوسط في معهد أبحاث بواشنطن، جوناثان بريدي، لموقع: a long title, then the name set off by commas. */
function nameBetweenCommas(scan: Scan, afterTitle: number): { first: number; last: number } | null {
  const tokens = scan.text.tokens;
  for (let i = afterTitle; i < tokens.length && i - afterTitle <= TITLE_PHRASE_REACH; i++) {
    const token = tokens[i]!;
    // القيادي في ائتلاف «دولة القانون»، ضياء الهلالي: a short name in quotation marks is part of the title phrase.
    const afterQuote = afterQuotedName(scan, i);
    if (afterQuote > i) {
      i = afterQuote - 1;
      continue;
    }
    if (scan.kindsAt[i]!.has('predicate') || scan.kindsAt[i]!.has('complementizer') || /^[.:"«»“”]$/.test(token.text)) return null;
    if (!/^[,،]$/.test(token.text)) continue;
    // …، الدكتور مثنى العاني،: a courtesy title may open the name.
    const name = plainName(scan, afterHonorific(scan, i + 1));
    return name !== null && /^[,،]$/.test(tokens[name.last + 1]?.text ?? '') ? name : null;
  }
  return null;
}

const organisationHeadSets = new WeakMap<Lexicon, Set<string>>();

/** The folded Arabic organisation heads (حركة، تيار، وزارة …), once per lexicon. */
function organisationHeads(lexicon: Lexicon): Set<string> {
  let heads = organisationHeadSets.get(lexicon);
  if (heads === undefined) organisationHeadSets.set(lexicon, (heads = new Set(lexicon.discovery.organisations.ar.map((o) => foldText(o.head)))));
  return heads;
}

/**
 * الحركة، التيار: a definite organisation head with no name of its own; with `after` 'لل' the same
 * after ل (عضو المكتب السياسي للحركة حسن الغزي: the body belongs to the title, not to the name).
 */
function isBodyByKind(scan: Scan, index: number, article: 'ال' | 'لل' = 'ال'): boolean {
  const token = scan.text.tokens[index];
  if (token === undefined || scan.text.article.language !== 'ar') return false;
  return token.text.startsWith(article) && organisationHeads(scan.compiled.lexicon).has(token.text.slice(2));
}

const PLACE_NAME_REACH = 8;

/** Prepositions after a title that make the body after them the person's own (an MP for a party, a leader in it). */
const MEMBERSHIP_PREPOSITIONS = new Set(['عن', 'في']);
/** Bodies a person is a member of; a place or a government after في (an analyst in Baghdad) is where, not whose. */
const MEMBERSHIP_BODIES: ReadonlySet<string> = new Set(['party', 'faction', 'legislature']);

function memberOfBody(found: ActorsFound, scan: Scan, afterTitle: number): Mention | undefined {
  if (!MEMBERSHIP_PREPOSITIONS.has(scan.text.tokens[afterTitle]?.text ?? '')) return undefined;
  const body = scan.mentionAt.get(afterTitle + 1);
  return body !== undefined && MEMBERSHIP_BODIES.has(found.actors.get(body.actorId)?.type ?? '') ? body : undefined;
}

function titleMentions(found: ActorsFound, scan: Scan): void {
  const titles = selectLongest(scan.text.hits.filter((h) => h.tag.kind === 'title'));
  for (const title of titles) {
    if (title.tag.kind !== 'title' || scan.mentioned[title.first]) continue;
    // خطيب جامع الإمام الأعظم أبي حنيفة النعمان في الأعظمية الشيخ مصطفى البياتي: a place may take several words (a
    // mosque's own name among them); a title after it names the person.
    if (title.tag.place && titles.some((t) => t.first > title.last && t.first - title.last <= PLACE_NAME_REACH)) continue;
    let afterTitle = title.last + 1;
    // محافظ نينوى عبد القادر الدخيل: the place a governor governs is written without the article.
    if (title.tag.place && !/^(ال|لل)/.test(scan.text.tokens[afterTitle]?.text ?? '') && !scan.mentioned[afterTitle] && !isPlaceNoun(scan, afterTitle)) afterTitle++;
    // "KRG spokesperson X", "Pentagon press secretary X": the organisation stands before the title.
    const before = found.mentions.find((m) => m.last === title.first - 1);
    const partOf: string[] = scan.text.article.language === 'en' && before ? [before.actorId] : [];
    // عضو مجلس النواب العراقي …: a named body inside or right after the title is whom the person belongs to.
    // (not a person the gazetteer knows: "spokesman Matthew Miller" names the speaker himself)
    const within = found.mentions.find((m) => m.first > title.first && m.first <= afterTitle && m.last >= title.last && !PERSON_TYPES.has(found.actors.get(m.actorId)?.type ?? ''));
    // النائبة عن الاتحاد الوطني الكردستاني شيلان أحمد، القيادي في الحزب: a party or faction after عن/في is hers.
    const member = memberOfBody(found, scan, afterTitle);
    if (member !== undefined && !within && !title.tag.of) partOf.push(member.actorId);
    if (within && !title.tag.of) {
      partOf.push(within.actorId);
      afterTitle = within.last + 1;
    }
    if (title.tag.of) {
      // المتحدث باسم وزارة الخارجية الفرنسية كريستوف لوموان: a body nobody listed, then the person.
      const unlisted = () => {
        const head = scan.text.hits.find((h) => h.tag.kind === 'organisation' && h.first === afterTitle);
        return head === undefined || scan.mentioned[afterTitle] ? undefined : mentionOrganisation(found, scan, head);
      };
      const organisation = found.mentions.find((m) => m.first === afterTitle) ?? unlisted();
      // المتحدث باسم الحركة أبو علي الكناني: a body named only by its kind (الحركة) still leads to the person.
      if (organisation === undefined && !isBodyByKind(scan, afterTitle)) {
        // الناطق باسم القائد العام للقوات المسلحة صباح النعمان: an office nobody listed, then the person's name.
        const office = pastDefiniteWords(scan, afterTitle);
        // المتحدث باسم المكتب السياسي للاتحاد الوطني الكردستاني، كاروخ أحمد: the office may be a listed body's.
        const body = office > afterTitle ? scan.mentionAt.get(office) : undefined;
        const nameAt = body === undefined ? office : skipComma(scan, body.last + 1);
        if (office === afterTitle || plainName(scan, nameAt) === null) continue;
        if (body !== undefined) partOf.push(body.actorId);
        afterTitle = nameAt;
      }
      if (organisation) {
        partOf.push(organisation.actorId);
        afterTitle = organisation.last + 1;
      }
    }
    if (isBodyByKind(scan, afterTitle, 'لل')) afterTitle++;
    // (أستاذ العلوم السياسية د. مشاري الفضلي: a courtesy title between the office and the name.)
    afterTitle = afterHonorific(scan, skipRankAndGloss(scan, afterTitle, titles));
    // أستاذ علم الاجتماع السياسي في جامعة الموصل، الدكتور عمار الطعان،: a name set off by commas behind a courtesy title is
    // the person, however much the words right after the title look like a name (علم الاجتماع, a field of study).
    const setOff = nameBetweenCommas(scan, afterTitle);
    const doctor = setOff !== null && scan.kindsAt[setOff.first - 1]!.has('honorific') ? setOff : null;
    const name = doctor ?? nameAfterTitle(scan, afterTitle) ?? setOff;
    const envoy = name === null && title.tag.kind === 'title' && title.tag.envoy ? envoyPosting(scan, title.last + 1) : null;
    if (envoy !== null) {
      // (Named like a group, not a person: the last word is his posting, no family name to call him by later; the
      // posting, a place named in its own right, stays a mention of that place.)
      const described = originalWords(scan.text, title.first, envoy.named);
      addMention(found, scan, { actorId: registerDiscovered(found, described, title.tag.type, partOf, 'group-name'), first: title.first, last: envoy.mentioned, via: 'group', phrase: foldText(described) });
      continue;
    }
    if (name === null) {
      // "the spokesman for the ministry said": the organisation speaks.
      const organisation = partOf[0];
      // المتحدث باسم كتائب حزب الله، جعفر الحسيني: a known person named after the office is the speaker.
      // (رئيس البرلمان السابق محمد الحلبوسي: an adjective of the office may stand before him.)
      const nameAt = /^[,،]$/.test(scan.text.tokens[afterTitle]?.text ?? '') ? afterTitle + 1 : afterDefiniteModifiers(scan, afterQualifier(scan, afterTitle));
      // عضو لجنة الأمن والدفاع النيابية، النائب مهدي الزاملي: or a second title after the comma that names him.
      // القيادي في ائتلاف دولة القانون، النائب حسن الياسري: or after the body he belongs to.
      const retitledAt = (at: number) => titles.some((t) => t.first === at && t.tag.kind === 'title' && !t.tag.of);
      const afterMember = member === undefined ? undefined : skipComma(scan, member.last + 1);
      const retitled = (nameAt !== afterTitle && retitledAt(nameAt)) || (afterMember !== undefined && retitledAt(afterMember));
      // النائب عن الحزب الديمقراطي الكردستاني شاخوان عبد الله: a known person after the body he belongs to is the one titled.
      const knownPersonAt = (at: number | undefined) => at !== undefined && PERSON_TYPES.has(found.actors.get(scan.mentionAt.get(at)?.actorId ?? '')?.type ?? '');
      const namedAlready = retitled || scan.mentionAt.has(afterTitle) || knownPersonAt(nameAt) || knownPersonAt(afterMember);
      // ("A Kurdistan Regional Government official said": one official among many is not his employer.)
      if (organisation !== undefined && !namedAlready && title.tag.unnamedVoice) addMention(found, scan, { actorId: organisation, first: title.first, last: afterTitle - 1, via: 'title', phrase: title.phrase });
      // وقال رئيس الوزراء إن, "the prime minister said": an office one person holds, its holder named nowhere before.
      else if (organisation === undefined && title.tag.sole && !namedAlready && !heldBefore(found, titles, title) && !complementsAnotherTitle(scan, titles, title)) mentionOffice(found, scan, title);
      continue;
    }
    const text = originalWords(scan.text, name.first, name.last);
    if (scan.compiled.outletForms.has(foldText(text))) continue;
    // رئيس إقليم كردستان نيجيرفان بارزاني (also with a comma before the name): words cut short by a known person are the body he heads, not a name.
    // (رئيس أركان الجيش الفريق أول ركن عبد الأمير يار الله: the person's rank may stand between.)
    const personAt = afterRanks(scan, titles, skipComma(scan, name.last + 1));
    const person = found.mentions.find((m) => m.first === personAt && PERSON_TYPES.has(found.actors.get(m.actorId)?.type ?? ''));
    if (person) continue;
    // السفير البريطاني لدى العراق ريتشارد ألدريدج: an envoy titled with a country's adjective speaks for that country.
    const country = title.tag.envoy ? countryOfAdjective(scan, title.last + 1) : undefined;
    if (country !== undefined && !partOf.includes(country)) partOf.push(country);
    mentionPerson(found, scan, text, title.tag.type, partOf, { first: title.first, last: name.last });
    if (title.tag.dual) secondOfTwo(found, scan, name.last + 1, title.tag.type, partOf);
  }
}

/** Whether an earlier use of the same title named a person (رئيس الوزراء محمد شياع السوداني, then رئيس الوزراء alone). */
function heldBefore(found: ActorsFound, titles: readonly Hit[], title: Hit): boolean {
  const person = (m: Mention) => PERSON_TYPES.has(found.actors.get(m.actorId)?.type ?? '');
  return titles.some((t) => t.first < title.first && t.phrase === title.phrase && found.mentions.some((m) => person(m) && m.first <= t.last + 1 && m.last >= t.last));
}

const COMPLEMENT_GAP = 3;

/**
 * مستشار لرئيس الوزراء، أحد مستشاري رئيس الوزراء, "an adviser to the Iraqi prime minister", "Deputy Prime Minister":
 * an office after another title, or after ل, is whose that title is; its holder is not the one speaking.
 */
function complementsAnotherTitle(scan: Scan, titles: readonly Hit[], title: Hit): boolean {
  if (/^(و|ف)?ل/.test(scan.text.tokens[title.first]!.text) && !title.phrase.startsWith('ل')) return true;
  const plainBetween = (from: number) => {
    for (let i = from; i < title.first; i++) {
      const kinds = scan.kindsAt[i]!;
      if (!scan.text.tokens[i]!.isWord || scan.mentioned[i] || kinds.has('predicate') || kinds.has('complementizer')) return false;
    }
    return true;
  };
  return titles.some((t) => t.last < title.first && title.first - t.last <= COMPLEMENT_GAP + 1 && plainBetween(t.last + 1));
}

/** The office as the person: registered by its title's own words, once per article. */
function mentionOffice(found: ActorsFound, scan: Scan, title: Hit): void {
  // (ورئيس الوزراء أبلغ: the conjunction written onto the title is no part of the name.)
  const clitic = scan.text.tokens[title.first]!.text.length - title.phrase.split(' ')[0]!.length;
  const words = originalWords(scan.text, title.first, title.last).slice(Math.max(0, clitic));
  // ("the prime minister said": named as a title is written before a name, Prime Minister.)
  const name = scan.text.article.language === 'en' ? words.replace(/\b[a-z]/g, (c) => c.toUpperCase()) : words;
  const id = registerDiscovered(found, name, 'person', [], 'group-name');
  addMention(found, scan, { actorId: id, first: title.first, last: title.last, via: 'title', phrase: title.phrase });
}

const MAX_OFFICE_WORDS = 5;

/** The token after the definite words (القائد العام للقوات المسلحة) that start at `at`, none of them a listed actor. */
function pastDefiniteWords(scan: Scan, at: number): number {
  let next = at;
  while (next - at < MAX_OFFICE_WORDS && /^(ال|لل)/.test(scan.text.tokens[next]?.text ?? '') && !scan.mentioned[next]) next++;
  return next;
}

function skipComma(scan: Scan, at: number): number {
  return /^[,،]$/.test(scan.text.tokens[at]?.text ?? '') ? at + 1 : at;
}

/** The first token after the titles (ranks) that start at `at`. */
function afterRanks(scan: Scan, titles: readonly Hit[], at: number): number {
  let next = at;
  for (let rank = titles.find((t) => t.first === next); rank !== undefined; rank = titles.find((t) => t.first === next)) next = rank.last + 1;
  return next;
}

/** A person nobody listed, named in the text at `span`: registered once, mentioned here. */
function mentionPerson(found: ActorsFound, scan: Scan, name: string, type: ActorType, partOf: string[], span: { first: number; last: number }): void {
  const id = registerDiscovered(found, name, type, partOf, 'personal-name');
  addMention(found, scan, { actorId: id, first: span.first, last: span.last, via: 'title', phrase: foldText(name) });
}

const POSTING_PREPOSITIONS: ReadonlySet<string> = new Set(['لدي', 'في']);

/**
 * السفير العراقي لدى الكويت، السفير الفرنسي في بغداد: an envoy named by no one is still one person, known by the
 * country he serves (an adjective after the title) and, if given, his posting. The last token of the phrase that
 * names him, and of the part that is his own mention (without a posting that is a mention of its own), or null.
 */
function envoyPosting(scan: Scan, afterTitle: number): { named: number; mentioned: number } | null {
  if (scan.text.article.language !== 'ar' || !isDefiniteModifier(scan, afterTitle) || scan.mentioned[afterTitle]) return null;
  let last = afterTitle;
  while (isDefiniteModifier(scan, last + 1) && !scan.mentioned[last + 1]) last++;
  const posting = last + 2;
  const posted = POSTING_PREPOSITIONS.has(scan.text.tokens[last + 1]?.text ?? '') && scan.text.tokens[posting]?.isWord === true;
  const place = posted ? scan.mentionAt.get(posting) : undefined;
  const named = posted ? (place?.last ?? posting) : last;
  // (السفير الإيراني لدى بغداد محمد كاظم آل صادق: a name after the posting is the envoy's own.)
  const next = skipComma(scan, named + 1);
  if (scan.mentionAt.has(next) || plainName(scan, next) !== null) return null;
  return { named, mentioned: place === undefined ? named : last };
}

/** النائبان … نزار العزاوي وأحمد المجمعي: under a dual title, the name joined by و is the second person. */
function secondOfTwo(found: ActorsFound, scan: Scan, at: number, type: ActorType, partOf: string[]): void {
  const token = scan.text.tokens[at];
  if (token === undefined || !/^و./.test(token.text) || scan.mentioned[at]) return;
  const name = plainName(scan, at);
  if (name === null) return;
  const text = originalWords(scan.text, name.first, name.last).replace(/^و/, '');
  mentionPerson(found, scan, text, type, partOf, name);
}

const MIN_FAMILY_NAME = 4;

/** A named person's family name (Lloyd Austin → austin): news calls him by it once he has been named in full. */
export function familyNames(actor: ActorRef): string[] {
  if (!PERSON_TYPES.has(actor.type)) return [];
  return [actor.nameEn, actor.nameAr].flatMap((name) => {
    const words = name === null ? [] : foldText(name).split(' ');
    const last = words[words.length - 1] ?? '';
    return words.length > 1 && last.length >= MIN_FAMILY_NAME ? [last] : [];
  });
}

function groupMentions(found: ActorsFound, scan: Scan): void {
  const heads = scan.text.hits.filter((h) => h.tag.kind === 'group').sort((a, b) => a.first - b.first);
  // ورأى النائب البهادلي after النائب محمد البهادلي: a family name of a person already found names him again; it is no adjective.
  const familiesFound = new Set([...found.actors.values()].flatMap(familyNames));
  for (const head of heads) {
    if (head.tag.kind !== 'group' || scan.mentioned[head.first]) continue;
    if (scan.text.article.language === 'ar' && familiesFound.has(scan.text.tokens[head.last + 1]?.text ?? '')) continue;
    const phrases = scan.text.article.language === 'ar' ? arabicGroupPhrases(scan, head, found.mentions) : englishGroupPhrase(scan, head, found);
    for (const phrase of phrases) {
      const absorbed = phrase.absorbs;
      const overlapsAnother = [...Array(phrase.last - phrase.first + 1).keys()].some((k) => scan.mentioned[phrase.first + k] && !(absorbed && phrase.first + k >= absorbed.first && phrase.first + k <= absorbed.last));
      if (overlapsAnother || retitledPersonAfter(found, scan, phrase.last)) continue;
      if (absorbed) found.mentions.splice(found.mentions.indexOf(absorbed), 1);
      const partOf = absorbed && phrase.belongs ? [absorbed.actorId] : [];
      // مسؤول قسم الإعلام في الهيئة، الدكتور مثنى العاني،: the person named between commas after the office speaks.
      const named = scan.text.article.language === 'ar' ? nameSetOffAfter(scan, phrase.last) : null;
      if (named !== null) {
        mentionPerson(found, scan, originalWords(scan.text, named.first, named.last), head.tag.type, partOf, { first: phrase.first, last: named.last });
        continue;
      }
      const id = registerDiscovered(found, phrase.name, head.tag.type, partOf, 'group-name', phrase.aliases);
      addMention(found, scan, { actorId: id, first: phrase.first, last: phrase.last, via: 'group', phrase: foldText(phrase.core ?? phrase.name) });
    }
  }
}

/**
 * "القيادي في ائتلاف دولة القانون، النائب حسن الياسري": a person titled again after the office is who holds it;
 * "النائب عن الحزب الديمقراطي الكردستاني شاخوان عبد الله": so is a person the gazetteer knows, named right after it.
 */
function retitledPersonAfter(found: ActorsFound, scan: Scan, last: number): boolean {
  if (scan.text.article.language !== 'ar') return false;
  const isPerson = (m: Mention | undefined) => m !== undefined && PERSON_TYPES.has(found.actors.get(m.actorId)?.type ?? '');
  const known = scan.mentionAt.get(last + 1);
  if (isPerson(known) && known!.via === 'gazetteer') return true;
  if (!/^[,،]$/.test(scan.text.tokens[last + 1]?.text ?? '')) return false;
  const person = scan.mentionAt.get(last + 2);
  return isPerson(person) && person!.via === 'title';
}

/** "…، الدكتور مثنى العاني،": a name set off by commas right after `last`. */
function nameSetOffAfter(scan: Scan, last: number): { first: number; last: number } | null {
  return /^[,،]$/.test(scan.text.tokens[last + 1]?.text ?? '') ? nameBetweenCommas(scan, last + 1) : null;
}

/** Finds the actors an article names: gazetteer entries first, then people behind titles and groups. */
const MAX_ORGANISATION_NAME = 3;

function isOrganisationNameWord(scan: Scan, index: number): boolean {
  const token = scan.text.tokens[index];
  if (token === undefined || !token.isWord || scan.mentioned[index]) return false;
  const kinds = scan.kindsAt[index]!;
  for (const blocked of ['stopword', 'predicate', 'negator', 'complementizer', 'contrast', 'cue', 'polarity', 'title', 'group', 'organisation', 'outlet'] as const) {
    if (kinds.has(blocked)) return false;
  }
  return scan.text.article.language === 'en' ? isCapitalized(scan.text, index) : true;
}

/** Arabic: an indefinite head and its name (كتلة صادقون النيابية، تحالف الفتح); English: a capitalised name ending in the head (the Sadrist Movement). */
/** "the Iraqi Embassy in Washington": a mission is named with the city it sits in. */
function sitedIn(scan: Scan, head: Hit): number {
  const city = head.last + 2;
  const sited = head.tag.kind === 'organisation' && head.tag.sited && scan.text.tokens[head.last + 1]?.text === 'in' && isCapitalized(scan.text, city);
  return sited ? (scan.mentionAt.get(city)?.last ?? city) : head.last;
}

function organisationPhrase(scan: Scan, head: Hit): { first: number; last: number } | null {
  if (scan.text.article.language === 'en') {
    let first = head.first;
    while (first > 0 && head.first - first < MAX_ORGANISATION_NAME && isOrganisationNameWord(scan, first - 1)) first--;
    return first < head.first && isCapitalized(scan.text, head.first) ? { first, last: sitedIn(scan, head) } : null;
  }
  if (/^(و|ف|ب|ل)?ال/.test(scan.text.tokens[head.first]!.text)) return null;
  let last = head.last;
  // وزارة الخارجية الفرنسية كريستوف لوموان: once a word with the article is taken, a word without it starts something else.
  const definiteBefore = (i: number) => /^(و|ف|ب|ل)?ال/.test(scan.text.tokens[i - 1]!.text) && !/^(و|ف|ب|ل)?ال/.test(scan.text.tokens[i]!.text);
  // (تحالف قوى الدولة الوطنية: a word for forces right after the head, before a definite word, is the name's first word.)
  const forcesNamed = (i: number) => i === head.last + 1 && scan.kindsAt[i]?.has('group') === true && !scan.mentioned[i] && /^ال/.test(scan.text.tokens[i + 1]?.text ?? '');
  while (last - head.last < MAX_ORGANISATION_NAME && (isOrganisationNameWord(scan, last + 1) || headsConstruct(scan, last + 1, last > head.last) || forcesNamed(last + 1)) && !(last > head.last && definiteBefore(last + 1))) last++;
  if (last === head.last) return null;
  return { first: head.first, last: withinBody(scan, last) };
}

/** رابطة طلبة جامعة الموصل: after a first name word, another body's head before a definite word goes on naming it. */
function headsConstruct(scan: Scan, index: number, named: boolean): boolean {
  return named && scan.kindsAt[index]?.has('organisation') === true && !scan.mentioned[index] && /^ال/.test(scan.text.tokens[index + 1]?.text ?? '') && !scan.mentioned[index + 1];
}

/** اتحاد الطلبة في جامعة البصرة: a body "in" another body (في + its head + its name) is named with it. */
function withinBody(scan: Scan, last: number): number {
  const at = last + 1;
  if (scan.text.tokens[at]?.text !== 'في' || !headsConstruct(scan, at + 1, true)) return last;
  return at + 2;
}

function organisationMentions(found: ActorsFound, scan: Scan): void {
  for (const head of scan.text.hits.filter((h) => h.tag.kind === 'organisation').sort((a, b) => a.first - b.first)) {
    // عضو لجنة العلاقات الخارجية: a head inside a title names the person's office, not a body that speaks.
    if (head.tag.kind !== 'organisation' || scan.mentioned[head.first] || scan.kindsAt[head.first]!.has('title')) continue;
    mentionOrganisation(found, scan, head);
  }
}

/** An unlisted organisation named from its head (كتلة صادقون النيابية، the Sadrist Movement), mentioned and returned. */
function mentionOrganisation(found: ActorsFound, scan: Scan, head: Hit): Mention | undefined {
  if (head.tag.kind !== 'organisation') return undefined;
  const phrase = organisationPhrase(scan, head);
  if (phrase === null) return undefined;
  const written = originalWords(scan.text, phrase.first, phrase.last);
  const name = scan.text.article.language === 'ar' ? written.slice(cliticLength(scan, head)) : written.replace(/^the\s+/i, '');
  if (scan.compiled.outletForms.has(foldText(name))) return undefined;
  const mention: Mention = { actorId: registerDiscovered(found, name, head.tag.type, [], 'group-name'), first: phrase.first, last: phrase.last, via: 'group', phrase: foldText(name) };
  addMention(found, scan, mention);
  return mention;
}

export const PERSON_TYPES: ReadonlySet<string> = new Set(['person', 'official', 'analyst']);
const SPEECH_KINDS = new Set(['speech', 'commit', 'belief', 'demand', 'fear', 'predict', 'decline']);

/** "said Daniel Harlow", "Nabil Kadhim said": in English a capitalised two- or three-word name beside a speech verb is a person. */
const APPOSITION_REACH = 24;
const MAX_APPOSITION_COMMAS = 2;

/**
 * The words of an English name running from `from` in direction `step` (+1 forwards, −1 backwards):
 * capitalised words, with lower-case particles glued by a hyphen (al-Kaabi, bin-Salman) inside it.
 */
function englishNameRun(scan: Scan, from: number, step: 1 | -1, isName: (i: number) => boolean): { edge: number; words: number } {
  const tokens = scan.text.tokens;
  const particles = scan.compiled.lexicon.discovery.compoundNames.en.before;
  const particle = (j: number) => particles.includes(tokens[j]?.text ?? '') && tokens[j + 1]?.text === '-';
  const hyphen = (j: number) => tokens[j]?.text === '-' && (isName(j - 1) || particle(j - 1)) && isName(j + 1);
  let edge = from - step;
  let words = 0;
  // (A name never runs across a line: "Hill Watch\nHouse rejects …" is an outlet above a headline.)
  const joined = (j: number) => edge === from - step || onSameLine(scan, Math.min(edge, j));
  while (words < MAX_NAME_TOKENS && joined(edge + step) && (isName(edge + step) || hyphen(edge + step) || particle(edge + step))) {
    edge += step;
    if (isName(edge)) words++;
  }
  return { edge, words };
}

/** "Akram al-Kaabi, the leader of Harakat al-Nujaba, said": the name stands before the apposition. */
function nameBeforeApposition(scan: Scan, verb: Hit, isName: (i: number) => boolean): { first: number; last: number } | null {
  const tokens = scan.text.tokens;
  let i = verb.first - 1;
  while (i > 0 && scan.kindsAt[i]!.has('auxiliary')) i--;
  if (tokens[i]?.text !== ',') return null;
  // "Rebaz Hamalaw, a senior official in the KDP, which came first among the Kurdish parties, said": the
  // apposition may hold a clause of its own; the name is before the first of its commas.
  // The apposition is the subject's own: a name in the sentence before is someone else's.
  const opening = scan.text.sentences.find((s) => s.first <= verb.first && verb.first <= s.last)?.first ?? 0;
  // "A rival candidate from the Reconstruction and Development Coalition, Zaid al-Tamimi, said": a description opening
  // the sentence, then the name set off by commas.
  const setOff = englishNameRun(scan, i - 1, -1, isName);
  if (setOff.words >= 2 && tokens[setOff.edge - 1]?.text === ',' && /^(a|an|the)$/i.test(tokens[opening]?.text ?? '')) return { first: setOff.edge, last: i - 1 };
  let commas = 0;
  for (let comma = i - 1; comma > opening && i - comma <= APPOSITION_REACH && commas < MAX_APPOSITION_COMMAS; comma--) {
    if (tokens[comma]!.text !== ',') continue;
    commas++;
    const run = englishNameRun(scan, comma - 1, -1, isName);
    if (run.words >= 2) return { first: run.edge, last: comma - 1 };
  }
  return null;
}

/** "Mr Hussein told": a courtesy title and a family name call back a person named before (coreference), not a new one. */
function withoutHonorific(scan: Scan, span: { first: number; last: number }): { first: number; last: number } | null {
  if (!scan.kindsAt[span.first]!.has('honorific')) return span;
  const first = scan.text.tokens[span.first + 1]?.text === '.' ? span.first + 2 : span.first + 1;
  return span.last - first >= 1 ? { first, last: span.last } : null;
}

const DESCRIPTION_REACH = 8;

/**
 * "Saad Abdul-Wahid, a 58-year-old retired army colonel,", "Zainab Kadhim, 24, a pharmacy student", "Ebrahim Rezaei,
 * the committee's spokesman,": a name described after a comma by an age or by an office is a person, whatever verb follows.
 */
function describedAfterComma(scan: Scan, comma: number): boolean {
  const tokens = scan.text.tokens;
  if (tokens[comma]?.text !== ',') return false;
  const next = tokens[comma + 1]?.text ?? '';
  if (/^\d{1,2}$/.test(next) && tokens[comma + 2]?.text === ',') return true;
  // "Ebrahim Rezaei, spokesman for the committee,": an office may follow the comma bare, without an article.
  const bareOffice = scan.kindsAt[comma + 1]?.has('title') ?? false;
  if (!bareOffice && !/^(a|an|the)$/i.test(next)) return false;
  for (let i = comma + 1; i < tokens.length && i - comma <= DESCRIPTION_REACH && tokens[i]!.text !== ','; i++) {
    if (tokens[i]!.text === 'year' || scan.kindsAt[i]!.has('title') || scan.kindsAt[i]!.has('group')) return true;
  }
  return false;
}

/** "The cafe's owner, Haidar Jabbar, was": a name set off by commas right after a possessive office noun. */
function namedAfterPossessive(scan: Scan, comma: number): boolean {
  const tokens = scan.text.tokens;
  return tokens[comma]?.text === ',' && /['’]s$/.test(tokens[comma - 2]?.text ?? '') && /^[a-z]+$/.test(tokens[comma - 1]?.text ?? '');
}

function englishSpeakerNames(found: ActorsFound, scan: Scan): void {
  const tokens = scan.text.tokens;
  const isName = (i: number) => i >= 0 && !scan.mentioned[i] && isNameWord(scan, i, 1) && !isPartyLabel(tokens, i);
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(i) || isName(i - 1)) continue;
    const run = englishNameRun(scan, i, 1, isName);
    const after = run.edge + 1;
    if (run.words < 2 || !(describedAfterComma(scan, after) || (namedAfterPossessive(scan, i - 1) && tokens[after]?.text === ','))) continue;
    const span = withoutHonorific(scan, { first: i, last: run.edge });
    if (span !== null) mentionPerson(found, scan, originalWords(scan.text, span.first, span.last), 'person', [], span);
    i = run.edge;
  }
  for (const hit of scan.text.hits) {
    if (hit.tag.kind !== 'predicate' || !SPEECH_KINDS.has(hit.tag.predicate)) continue;
    // "said Sabah al-Numan", "Nabil Kadhim said".
    const after = englishNameRun(scan, hit.last + 1, 1, isName);
    const before = englishNameRun(scan, hit.first - 1, -1, isName);
    const candidate = after.words >= 2 ? { first: hit.last + 1, last: after.edge } : before.words >= 2 ? { first: before.edge, last: hit.first - 1 } : nameBeforeApposition(scan, hit, isName);
    const span = candidate === null ? null : withoutHonorific(scan, candidate);
    if (span === null) continue;
    const name = originalWords(scan.text, span.first, span.last);
    mentionPerson(found, scan, name, 'person', [], span);
  }
}

/** Folded و + هو/هي: "X، وهو مدرس", a name that a description follows. */
const DESCRIBED_BY = new Set(['وهو', 'وهي']);

/**
 * "يقول محمود العبيدي، وهو صاحب محل"، "قال كاروان حسن (42 عاماً)": in Arabic a name right after a verb of
 * saying, then a description (وهو …) or an age in brackets, is a person nobody listed.
 */
function arabicSpeakerNames(found: ActorsFound, scan: Scan): void {
  const tokens = scan.text.tokens;
  for (const hit of scan.text.hits) {
    if (hit.tag.kind !== 'predicate' || !SPEECH_KINDS.has(hit.tag.predicate) || scan.mentioned[hit.last + 1]) continue;
    const name = plainName(scan, hit.last + 1);
    if (name === null) continue;
    const next = tokens[name.last + 1]?.text ?? '';
    // (وقال أحمد الجبوري، المحلل السياسي، إن: so does an office set off by a comma after the name.)
    const described = /^[,،]$/.test(next) && (DESCRIBED_BY.has(tokens[name.last + 2]?.text ?? '') || scan.kindsAt[name.last + 2]?.has('title') === true);
    const aged = next === '(' && /^[\d\u0660-\u0669]+$/.test(tokens[name.last + 2]?.text ?? '');
    if (described || aged) mentionPerson(found, scan, originalWords(scan.text, name.first, name.last), 'person', [], name);
  }
}

const AGE_WORDS = /^(عاما|عام|سنه|سنوات)$/;

/**
 * "بائع الكتب في شارع المتنبي أبو ليث (62 عاماً)": two or three name words right before an age in brackets are a
 * person, whatever job or place comes before them.
 */
function agedNames(found: ActorsFound, scan: Scan): void {
  const tokens = scan.text.tokens;
  for (let bracket = 2; bracket < tokens.length - 2; bracket++) {
    if (tokens[bracket]!.text !== '(' || !/^[\d\u0660-\u0669]+$/.test(tokens[bracket + 1]!.text) || !AGE_WORDS.test(tokens[bracket + 2]!.text)) continue;
    const name = [bracket - 3, bracket - 2].map((start) => plainName(scan, start)).find((n) => n !== null && n.last === bracket - 1);
    if (name) mentionPerson(found, scan, originalWords(scan.text, name.first, name.last), 'person', [], name);
  }
}

/** The tokens of the byline's name, after any rank or title before it ("Maj Gen (retd) Alastair Hume"). */
export function authorTokens(text: AnalyzedText): { first: number; last: number } | null {
  const author = text.article.author;
  if (author === null) return null;
  let first = -1;
  let last = -1;
  for (let i = 0; i < text.tokens.length && text.view.starts[text.tokens[i]!.start]! < author.end; i++) {
    if (text.view.starts[text.tokens[i]!.start]! < author.start) continue;
    if (first === -1) first = i;
    last = i;
  }
  if (first === -1) return null;
  for (let i = last; i > first; i--) if (text.tokens[i]!.text === ')' || text.kindsAt[i]!.has('title')) return { first: i + 1, last };
  return { first, last };
}

/** The byline's name is a person even with no title before it: By Rachel Okafor, or a name line above the date. */
function authorMention(found: ActorsFound, scan: Scan): void {
  const span = authorTokens(scan.text);
  if (span === null || span.first > span.last || found.mentions.some((m) => m.first >= span.first && m.last <= span.last)) return;
  mentionPerson(found, scan, originalWords(scan.text, span.first, span.last), 'analyst', [], span);
}

export function findActors(text: AnalyzedText, compiled: CompiledLexicon): ActorsFound {
  const scan: Scan = { text, compiled, kindsAt: text.kindsAt, mentioned: new Uint8Array(text.tokens.length), mentionAt: new Map() };
  const found: ActorsFound = { mentions: [], actors: new Map() };
  gazetteerMentions(found, scan);
  titleMentions(found, scan);
  groupMentions(found, scan);
  organisationMentions(found, scan);
  if (text.article.language === 'en') englishSpeakerNames(found, scan);
  else {
    arabicSpeakerNames(found, scan);
    agedNames(found, scan);
  }
  authorMention(found, scan);
  found.mentions.sort((a, b) => a.first - b.first);
  return found;
}

