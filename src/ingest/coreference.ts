import type { ActorsFound, AnalyzedText, Mention } from './document.js';
import { familyNames, PERSON_TYPES, selectLongest, writtenAsStopword } from './actors.js';
import type { ActorRef, ActorType } from './model.js';
import { foldText } from './normalize.js';
import { hitsWithin } from './lexicon-matcher.js';

/** The most words an issue phrase spans on either side of one of its words. */
const PHRASE_REACH = 8;

const AR_CLITICS = /^(و|ف|ب|ل|وب|ول|فب|فل)(?=.{3,})/;

function stripClitic(word: string): string {
  return word.replace(AR_CLITICS, '');
}

const TITLE_TO_NAME = 2;

/** Words that may name an actor again later: a single-word alias (الدرب, Smith) or a named person's family name. */
function surnameIndex(found: ActorsFound): Map<string, string> {
  const index = new Map<string, string>();
  // شيوخ عشائر في الأنبار: a group's last word names a place, never the group again.
  const groups = new Set(found.mentions.filter((m) => m.via === 'group').map((m) => m.actorId));
  for (const actor of found.actors.values()) {
    if (groups.has(actor.id)) continue;
    for (const alias of actor.aliases) {
      const folded = foldText(alias);
      if (!folded.includes(' ') && folded.length >= 3) index.set(folded, actor.id);
    }
    for (const family of familyNames(actor)) if (!index.has(family)) index.set(family, actor.id);
  }
  return index;
}

function nameIn(actor: ActorRef | undefined, arabic: boolean): string | null {
  return (arabic ? actor?.nameAr : actor?.nameEn) ?? null;
}

/** The head noun that a definite anaphor repeats: first word in Arabic (المصادر ← مصادر دبلوماسية), last in English. */
function headOf(phrase: string, arabic: boolean): string {
  const words = phrase.split(' ').filter((w) => w !== 'the');
  const head = (arabic ? words[0] : words[words.length - 1]) ?? '';
  return arabic ? head.replace(/^(و|ف|ب)?(ال)?/, '') : head;
}

/**
 * قوات التحالف after تحالف السيادة, "the coalition's mission": a word that completes a name of the forces or a phrase
 * about the issue is the foreign coalition, never a party named earlier with the same head.
 */
function namesTheForces(text: AnalyzedText, index: number): boolean {
  if (text.kindsAt[index - 1]?.has('topic') === true) return true;
  return hitsWithin(text.hits, index - PHRASE_REACH, index + PHRASE_REACH).some((h) => (h.tag.kind === 'cue' || h.tag.kind === 'topic') && h.first < index && h.last >= index);
}

function anaphorHead(text: AnalyzedText, index: number): string | null {
  const token = text.tokens[index]!;
  if (text.article.language === 'ar') {
    // للحزب: ل before the article drops its alef (ل + الحزب).
    const m = /^(?:(?:و|ف|ب)?ال|(?:و|ف)?لل)(.{3,})$/.exec(token.text);
    return m ? m[1]! : null;
  }
  return text.tokens[index - 1]?.text === 'the' ? token.text : null;
}

/** "علي الموسوي:" after "المحلل السياسي علي الموسوي": the given names written before the family name again are part of the mention. */
function withGivenNames(text: AnalyzedText, actor: ActorRef | undefined, surname: number): number {
  const words = actor === undefined ? [] : foldText(actor.name).split(' ');
  let first = surname;
  for (let k = words.length - 2; k >= 0 && text.tokens[first - 1]?.text === words[k]; k--) first--;
  return first;
}

/** "Mr. Hussein", السيد حسين: the courtesy title before a family name is part of the mention. */
function withHonorific(text: AnalyzedText, honorifics: ReadonlySet<number>, surname: number): number {
  if (honorifics.has(surname - 1)) return surname - 1;
  return text.tokens[surname - 1]?.text === '.' && honorifics.has(surname - 2) ? surname - 2 : surname;
}

const SPOKESPEOPLE: ReadonlySet<string> = new Set(['spokesman', 'spokesperson', 'spokeswoman']);
const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their']);
/** Actors that speak through a spokesman. */
const SPEAKING_BODIES: ReadonlySet<ActorType> = new Set(['faction', 'party', 'ministry', 'government', 'military', 'legislature', 'organization']);

/** A generic noun (the group, الفصيل) that names again the latest actor of one of its types. */
export interface TypeAnaphor {
  head: string;
  types: readonly ActorType[];
}

/**
 * وشدد الكعبي after الشيخ علاء الكعبي: a bare family name the gazetteer gives to someone else (Akram al-Kaabi) names
 * the person this article introduced by it, unless that someone was named first.
 */
function familyNamesOfThisArticle(found: ActorsFound): Mention[] {
  const named = new Set<string>();
  // Family name → the actor named last with it, as the article goes; each actor's family names are folded once.
  const latestBy = new Map<string, string>();
  const familiesOf = new Map<string, string[]>();
  return [...found.mentions]
    .sort((a, b) => a.first - b.first)
    .map((mention) => {
      const bare = mention.via === 'gazetteer' && !mention.phrase.includes(' ') && !named.has(mention.actorId);
      const introduced = bare ? latestBy.get(mention.phrase) : undefined;
      named.add(mention.actorId);
      let families = familiesOf.get(mention.actorId);
      if (families === undefined) {
        const actor = found.actors.get(mention.actorId);
        familiesOf.set(mention.actorId, (families = actor === undefined ? [] : familyNames(actor)));
      }
      for (const family of families) latestBy.set(family, mention.actorId);
      return introduced === undefined || introduced === mention.actorId ? mention : { ...mention, actorId: introduced, via: 'surname' as const };
    });
}

/**
 * Resolves later mentions to actors already named: a person's surname alone, and a definite head
 * noun (المكتب، المصادر، الوزارة، the ministry) to the latest actor whose name it heads.
 */
export function resolveCoreference(text: AnalyzedText, actorsFound: ActorsFound, stopwordsAsWritten: ReadonlySet<string>, anaphors: readonly TypeAnaphor[] = []): ActorsFound {
  const found = { ...actorsFound, mentions: familyNamesOfThisArticle(actorsFound) };
  const arabic = text.article.language === 'ar';
  const typeHeads = anaphors.map((a) => ({ head: foldText(a.head), types: a.types }));
  const covered = new Uint8Array(text.tokens.length);
  const mentionStarts = new Uint8Array(text.tokens.length);
  for (const m of found.mentions) {
    covered.fill(1, m.first, m.last + 1);
    mentionStarts[m.first] = 1;
  }
  const surnames = surnameIndex(found);
  const honorifics = new Set(text.hits.filter((h) => h.tag.kind === 'honorific').map((h) => h.last));
  const longTitleStarts = new Set(text.hits.filter((h) => h.tag.kind === 'title' && h.last > h.first).map((h) => h.first));
  const added: Mention[] = [];
  const titledAt = titledPersonByToken(found, text.tokens.length);
  const affiliations: { person: string; body: string }[] = [];
  const ordered = [...found.mentions];
  let next = 0;
  const recentByHead = new Map<string, string>();
  let latestBody: string | undefined;
  for (let i = 0; i < text.tokens.length; i++) {
    while (next < ordered.length && ordered[next]!.first <= i) {
      const mention = ordered[next]!;
      recentByHead.set(headOf(mention.phrase, arabic), mention.actorId);
      const type = found.actors.get(mention.actorId)?.type;
      if (type !== undefined && SPEAKING_BODIES.has(type)) latestBody = mention.actorId;
      for (const anaphor of typeHeads) if (type !== undefined && anaphor.types.includes(type)) recentByHead.set(anaphor.head, mention.actorId);
      // "a senior official in the Kurdistan Democratic Party … said the party": the body a group's name took in is named too.
      for (const parent of found.actors.get(mention.actorId)?.partOf ?? []) {
        const name = nameIn(found.actors.get(parent), arabic);
        if (name !== null) recentByHead.set(headOf(foldText(name), arabic), parent);
      }
      next++;
    }
    if (covered[i]) {
      const body = bodyInsideTitle(text, found, titledAt, recentByHead, i);
      if (body !== undefined) affiliations.push(body);
    }
    if (covered[i] || !text.tokens[i]!.isWord) continue;
    const word = text.tokens[i]!.text;
    // '"…," its spokesman told MEE': the body named last speaks through him.
    if (!arabic && latestBody !== undefined && SPOKESPEOPLE.has(word) && POSSESSIVES.has(text.tokens[i - 1]?.text ?? '') && mentionStarts[i + 1] !== 1) {
      added.push({ actorId: latestBody, first: i - 1, last: i, via: 'anaphora', phrase: word });
      continue;
    }
    const bySurname = surnames.get(arabic ? stripClitic(word) : word) ?? surnames.get(word);
    if (bySurname !== undefined && !writtenAsStopword(text, stopwordsAsWritten, i)) {
      added.push({ actorId: bySurname, first: withHonorific(text, honorifics, withGivenNames(text, found.actors.get(bySurname), i)), last: i, via: 'surname', phrase: word });
      continue;
    }
    // (المتحدث باسم القائد العام …: a title that goes on to say whose it is introduces someone new.)
    if (longTitleStarts.has(i)) continue;
    const head = anaphorHead(text, i);
    // المتحدث باسمها ناصر كنعاني: a head noun that a name follows is that person's title, not an anaphor.
    const named = mentionStarts[i + 1] === 1 || mentionStarts[i + TITLE_TO_NAME] === 1;
    const candidate = head === null || named ? undefined : recentByHead.get(head);
    const antecedent = candidate !== undefined && !namesTheForces(text, i) ? candidate : undefined;
    if (antecedent !== undefined) added.push({ actorId: antecedent, first: arabic ? i : i - 1, last: i, via: 'anaphora', phrase: word });
  }
  added.push(...titlesAgain(text, found, covered, mentionStarts));
  return { actors: withAffiliations(found.actors, affiliations), mentions: [...found.mentions, ...added].sort((a, b) => a.first - b.first) };
}

/** For each token inside a titled person's mention (after its first word), that person. */
function titledPersonByToken(found: ActorsFound, length: number): (string | undefined)[] {
  const at: (string | undefined)[] = new Array(length);
  for (const m of found.mentions) if (m.via === 'title' && PERSON_TYPES.has(found.actors.get(m.actorId)?.type ?? '')) at.fill(m.actorId, m.first + 1, m.last + 1);
  return at;
}

/**
 * عضو المكتب السياسي للحزب قتيبة العاني: a body named only by its kind inside a person's title is the body of that kind
 * named last, and he belongs to it (so "الحزب لا يعارض" in his mouth is his party speaking through him).
 */
function bodyInsideTitle(text: AnalyzedText, found: ActorsFound, titledAt: readonly (string | undefined)[], recentByHead: ReadonlyMap<string, string>, index: number): { person: string; body: string } | undefined {
  const person = titledAt[index];
  const head = person === undefined ? null : anaphorHead(text, index);
  const body = head === null ? undefined : recentByHead.get(head);
  const type = body === undefined ? undefined : found.actors.get(body)?.type;
  return person !== undefined && body !== undefined && type !== undefined && SPEAKING_BODIES.has(type) ? { person, body } : undefined;
}

function withAffiliations(actors: ReadonlyMap<string, ActorRef>, affiliations: readonly { person: string; body: string }[]): Map<string, ActorRef> {
  const updated = new Map(actors);
  for (const { person, body } of affiliations) {
    const actor = updated.get(person);
    if (actor !== undefined && !actor.partOf.includes(body)) updated.set(person, { ...actor, partOf: [...actor.partOf, body] });
  }
  return updated;
}

/**
 * "رئيس الوزراء أكد" after "رئيس الوزراء محمد شياع السوداني", "the defense minister" after "Defense Minister Thabet
 * al-Abbasi": a person's title repeated without a name names him again (the latest person it named).
 */
const OFFICE_REACH = 8;

/** المتحدث باسم القائد العام للقوات المسلحة اللواء يحيى رسول: a person named after the office the title goes on with, before anything is said. */
function personNamedAfter(text: AnalyzedText, found: ActorsFound, mentionAt: ReadonlyMap<number, Mention>, last: number): boolean {
  for (let i = last + 1; i <= Math.min(text.tokens.length - 1, last + OFFICE_REACH); i++) {
    const kinds = text.kindsAt[i]!;
    if (kinds.has('predicate') || kinds.has('complementizer') || !text.tokens[i]!.isWord) return false;
    const mention = mentionAt.get(i);
    if (mention !== undefined && PERSON_TYPES.has(found.actors.get(mention.actorId)?.type ?? '')) return true;
  }
  return false;
}

/** The folded nisba adjective right after an Arabic title (وزير الخارجية العراقي), which says whose office it is. */
function nationalityAfter(text: AnalyzedText, titleLast: number): string | null {
  const next = text.tokens[titleLast + 1]?.text ?? '';
  return text.article.language === 'ar' && /^ال\S{3,}ي$/.test(next) ? next : null;
}

/** وزير الخارجية → الوزير: an Arabic title's first word with the article, unless it has one already. */
function definiteHead(text: AnalyzedText, phrase: string): string | null {
  const first = phrase.split(' ')[0]!;
  return text.article.language === 'ar' && !first.startsWith('ال') ? `ال${first}` : null;
}

function titlesAgain(text: AnalyzedText, found: ActorsFound, covered: Uint8Array, mentionStarts: Uint8Array): Mention[] {
  const titles = selectLongest(text.hits.filter((h) => h.tag.kind === 'title'));
  const mentionAt = new Map(found.mentions.map((m) => [m.first, m]));
  const latest = new Map<string, string>();
  const countryOf = new Map<string, string>();
  const again: Mention[] = [];
  for (const title of titles) {
    const phrase = text.tokens.slice(title.first, title.last + 1).map((t) => t.text).join(' ');
    const country = nationalityAfter(text, title.last);
    const named = mentionAt.get(title.last + 1) ?? mentionAt.get(title.first);
    if (named !== undefined) {
      if (PERSON_TYPES.has(found.actors.get(named.actorId)?.type ?? '')) {
        latest.set(phrase, named.actorId);
        if (country !== null) {
          latest.set(`${phrase} ${country}`, named.actorId);
          countryOf.set(named.actorId, country);
        }
        // (وزير الخارجية فؤاد حسين … أن الوزير جدد: the title's head made definite takes him up too.)
        const head = definiteHead(text, phrase);
        if (head !== null) latest.set(head, named.actorId);
      }
      continue;
    }
    // "وزير الخارجية العراقي" after both the Iraqi and the Jordanian minister were named: the one of that country.
    // (الوزير العراقي is not the Turkish minister named last.)
    const fallback = latest.get(phrase);
    const sameCountry = fallback !== undefined && (country === null || (countryOf.get(fallback) ?? country) === country);
    const actorId = (country === null ? undefined : latest.get(`${phrase} ${country}`)) ?? (sameCountry ? fallback : undefined);
    // (وزير الخارجية الإيراني عباس عراقجي: a title that an adjective and a name follow is another person's.)
    const free = !covered.subarray(title.first, title.last + 1).some((c) => c === 1) && mentionStarts[title.last + 1] !== 1 && mentionStarts[title.last + TITLE_TO_NAME] !== 1 && !personNamedAfter(text, found, mentionAt, title.last);
    if (actorId !== undefined && free) again.push({ actorId, first: title.first, last: title.last, via: 'anaphora', phrase });
  }
  return again;
}
