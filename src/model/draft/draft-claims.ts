/**
 * From article text to a draft claims file: the places the text names, its attributed statements
 * (direct quotes and reported speech) with their speakers and sides, the kinds and assertions the
 * wording gives, and the article's own verification remarks. Everything the text does not settle
 * is listed in `review`, never invented. Sentences, verbs and people's names come from compromise,
 * dates from chrono-node; places from the geo build's gazetteer, speakers from the actors registry.
 */
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import type { MultiPolygon, Polygon } from 'geojson';
import { findMentions, type GazetteerEntry, type GazetteerIndex, type PlaceMention } from './gazetteer.ts';
import { findActors, type ActorRef, type ActorRegistry, type RegistryActor } from './registry.ts';
import type { Assertion, Claim, ClaimKind, Mention, ReviewItem } from '../schema.ts';

export interface DraftOptions {
  gazetteer: GazetteerIndex;
  registry: ActorRegistry;
  /** The article's own date (YYYY-MM-DD): relative dates ("on Tuesday") are resolved only against it. */
  articleDate?: string | null;
  title?: string | null;
  author?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** The outline of a first-level unit by ISO 3166-2 code, for oblasts the article names. */
  oblastGeometry?: (admin1: string) => Polygon | MultiPolygon | undefined;
}

export interface Sentence {
  index: number;
  /** Which paragraph (line) of the text it is in. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Words compromise tags as verbs, with their offsets in the article. */
  verbs: { text: string; start: number; end: number }[];
}

/** One attributed statement the drafter found, where it is, and how the speaker was found. */
export interface Statement {
  claim: string;
  start: number;
  end: number;
  textType: 'quote' | 'paraphrase';
  speaker: string;
  speakerHow: string;
  sentence: number;
}

export interface DraftFile {
  $schema: string;
  title?: string;
  sides: { id: string; label: string; description?: string }[];
  actors: { id: string; name: string; kind: 'person' | 'institution' | 'group'; role?: string | null; side: string }[];
  sources: { id: string; title: string; outlet: string | null; author: string | null; date: string | null; dateNote?: string; url: string | null }[];
  places: Record<string, unknown>[];
  claims: Claim[];
  articleText: string;
  mentions: Mention[];
  review: ReviewItem[];
}

export interface DraftResult {
  file: DraftFile;
  sentences: Sentence[];
  statements: Statement[];
  placeMentions: PlaceMention[];
}

const SPEECH_VERB = /^(said|says|say|told|tells|announced|announces|claimed|claims|claim|promised|promises|stated|states|insisted|insists|warned|warns|declared|declares|reported|reports|confirmed|confirms|denied|denies|vowed|vows|pledged|pledges|added|adds|stressed|argued|acknowledged|admitted|accused|asserted|maintained|wrote|writes|blamed|blames|repeated)$/i;
const ATTRIBUTION_CUE = /\b(said|says|say|told|added|adds|stated|announced|claimed|insisted|warned|declared|noted|explained|wrote|replied|answered|stressed|asked|continued|repeated|according to)\b|\b(his|her|their)\s+(answer|reply|response|words|message|verdict)\b/i;
const PRONOUN = /\b(he|she|his|her|it|its|they|their)\b/gi;
const PERSONAL = /^(he|she|his|her)$/i;
const ANAPHOR = /\b(there|the (city|town|village|region|area|settlement|plant|station|oblast))\b/i;
const VERIFICATION_REMARK = /\b(could ?n[o’']t|cannot|can[’']t|could not|has not been|have not been|had not been|was not|wasn[’']t|were not) (be )?(been )?(independently )?(verified|confirmed)\b|\bunverified\b|\bno independent (confirmation|verification)\b|\bnot (been )?independently (verified|confirmed)\b/i;

const CONTROL = /\b(captured|captures|capture|took|taken|seized|seizes|occupied|entered|liberated|liberates|regained|regains|recaptured|retook|retaken|holds|hold|held|controls|controlled|in control of)\b/i;
const TERRITORIAL_CLAIM = /\b(concessions?|territor(y|ies)|annex\w*|cede|ceded|give up|part of russia|recogni[sz]e)\b/i;
const NO_CONCESSIONS = /\b(no|not|never|won[’']t|will not|refuse\w*)\b[^.]{0,30}\bconcessions?\b/i;
const GIVE_UP = /\b(never|won[’']t|will not|not)\s+(give|hand)\s+(it\s+)?(up|over)\b/i;
const KIND_WORDS: [ClaimKind, RegExp][] = [
  ['security-guarantee', /\b(security guarantees?|guarantees?|forces presence|military presence|troops|peacekeep\w*|nato forces|european forces|foreign forces|forces)\b/i],
  ['promise', /\b(promised|promises|pledged|pledges|vowed|vows|will end)\b/i],
  ['negotiation', /\b(peace|talks|negotiat\w*|solutions?|ceasefire|truce|deal|settlement|agreement)\b/i],
  ['battlefield-report', /\b(attacks?|attacked|strikes?|struck|shell\w*|drones?|missiles?|killed|wounded|fired|firing|advance\w*|offensive|repelled|destroyed|shot down|power (line|supply)|blackout|reactor|nuclear)\b/i],
];
const PART = /\b(neighbou?rhoods?|districts?|parts? of|outskirts|areas? of|positions|streets?|quarters?|suburbs?|blocks?|some of|most of|half of|villages? (near|around))\b/i;
const WHOLE = /\b(all of|entire|entirely|whole|full control|complete(ly)? control)\b/i;
const DIRECT_OBJECT = /^\s*(the\s+)?((strategic|key|important|embattled|besieged|eastern|northern|southern|western|frontline|front-line|logistics|industrial)\s+)*((city|town|village|settlement|stronghold|hub) of\s+)?$/i;
const TITLE_WORDS = /^(President|President-elect|Prime|Minister|Deputy|Foreign|Defence|Defense|Spokesman|Spokeswoman|Spokesperson|General|Gen\.|Colonel|Col\.|Governor|Mayor|Commander|Chief|Director|Secretary|Senator|Ambassador|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)$/;
const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'and', 'or', 'but', 'it', 'its', 'is', 'are', 'was', 'were', 'be', 'that', 'this', 'we', 'he', 'she', 'they', 'said', 'says', 'any', 'not', 'no', 'has', 'have', 'had', 'with', 'for', 'as', 'by', 'at', 'from', 'his', 'her', 'their', 'our', 'would', 'will', 'won', 't', 's', 'however', 'there']);


function slug(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’ʼ'`]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Sentences with offsets, one paragraph (line) at a time so headings never run into the next sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  let paragraph = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      const json = nlp(line).json({ offset: true, terms: { offset: true } }) as {
        text: string;
        offset: { start: number; length: number };
        terms: { text: string; tags: string[]; offset: { start: number; length: number } }[];
      }[];
      for (const s of json) {
        const sStart = lineStart + s.offset.start;
        let sEnd = sStart + s.offset.length;
        while (sEnd > sStart && /\s/.test(text[sEnd - 1])) sEnd--;
        const verbs = s.terms.filter((t) => t.tags.includes('Verb')).map((t) => ({ text: t.text, start: lineStart + t.offset.start, end: lineStart + t.offset.start + t.offset.length }));
        // compromise keeps `"No, no, and again no." His answer was blunt.` as one sentence: a quote ending a sentence ends it.
        const cuts = [...text.slice(sStart, sEnd).matchAll(/[.!?]["”](?=\s+\p{Lu})/gu)].map((m) => sStart + m.index + 2);
        let from = sStart;
        for (const to of [...cuts, sEnd]) {
          let a = from;
          while (a < to && /\s/.test(text[a])) a++;
          if (to > a) out.push({ index: out.length, paragraph, start: a, end: to, text: text.slice(a, to), verbs: verbs.filter((v) => v.start >= a && v.end <= to) });
          from = to;
        }
      }
    }
    lineStart += line.length + 1;
    paragraph++;
  }
  return out;
}

interface Speaker {
  actor: RegistryActor;
  how: string;
  unknown?: boolean;
}

export function draftClaims(input: string, options: DraftOptions): DraftResult {
  const text = input;
  const sentences = splitSentences(text);
  const review: ReviewItem[] = [];

  // --- Actors: the registry's names, then people compromise finds that the registry lacks.
  const refs: ActorRef[] = findActors(text, options.registry);
  const unknownActors = new Map<string, RegistryActor>();
  for (const person of nlp(text).people().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
    let words = [...person.text.matchAll(/[\p{L}’'.-]+/gu)].map((m) => ({ w: m[0], start: person.offset.start + m.index }));
    words = words.filter((w) => /^\p{Lu}/u.test(w.w) && !TITLE_WORDS.test(w.w));
    if (words.length === 0) continue;
    const start = words[0].start;
    const end = words.at(-1)!.start + words.at(-1)!.w.length;
    if (refs.some((r) => start < r.end && end > r.start)) continue;
    const name = text.slice(start, end).replace(/[’']s$/, '');
    const id = slug(name);
    if (!id) continue;
    const actor = unknownActors.get(id) ?? { id, name, kind: 'person' as const, side: 'UNKNOWN', aliases: [name] };
    unknownActors.set(id, actor);
    refs.push({ start, end: start + name.length, actor, unknown: true });
  }
  // Surnames of unknown people named in full earlier ("Olena Kovalenko ... Kovalenko said").
  for (const actor of [...unknownActors.values()]) {
    const surname = actor.name.split(' ').at(-1)!;
    if (surname === actor.name) continue;
    const re = new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) if (!refs.some((r) => m.index < r.end && m.index + surname.length > r.start)) refs.push({ start: m.index, end: m.index + surname.length, actor, unknown: true });
  }
  refs.sort((a, b) => a.start - b.start);
  const isPerson = (r: ActorRef) => r.actor.kind === 'person';
  const personBefore = (pos: number) => [...refs].reverse().find((r) => r.end <= pos && isPerson(r));

  // --- Places: every gazetteer mention, people's names excluded (Volodymyr the man is not the town).
  const personSpans = refs.filter(isPerson);
  const placeMentions = findMentions(text, options.gazetteer).filter((m) => !personSpans.some((p) => m.start < p.end && m.end > p.start));
  const entryOf = (id: string) => options.gazetteer.byId.get(id)!;
  const isCountry = (id: string) => entryOf(id)?.kind === 'country';
  const mentionCount = new Map<string, number>();
  for (const m of placeMentions) mentionCount.set(m.place, (mentionCount.get(m.place) ?? 0) + 1);
  const mainPlace = [...mentionCount.entries()].sort((a, b) => b[1] - a[1] || Number(isCountry(b[0])) - Number(isCountry(a[0])))[0]?.[0];
  const placesIn = (start: number, end: number) => placeMentions.filter((m) => m.start >= start && m.end <= end);

  // --- Title, author and the article's date: what the text gives, nothing more.
  const lines = text.split('\n');
  const firstLine = lines.find((l) => l.trim())?.trim() ?? '';
  const title = options.title ?? (firstLine && firstLine.length < 160 && !/[.!?"”]$/.test(firstLine) ? firstLine : null);
  const lastLine = [...lines].reverse().find((l) => l.trim())?.trim() ?? '';
  const byline = /^By\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})$/u.exec(lines.find((l) => /^By\s/.test(l.trim()))?.trim() ?? '');
  const author = options.author ?? byline?.[1] ?? (/^\p{Lu}[\p{L}’'-]+(\s+\p{Lu}[\p{L}’'-]+){1,3}$/u.test(lastLine) ? lastLine : null);
  const titleEnd = title && text.trimStart().startsWith(title) ? text.indexOf(title) + title.length : -1;
  const refDate = options.articleDate ? new Date(`${options.articleDate}T12:00:00Z`) : undefined;

  // --- Statements
  type Draft = { claim: Omit<Claim, 'id'> & { id?: string }; stmt: Omit<Statement, 'claim'>; notes: { field: string; note: string }[]; sentence: Sentence; unit: [number, number]; speakerSide: string };
  const drafts: Draft[] = [];
  const sentenceAt = (pos: number) => sentences.find((s) => pos >= s.start && pos < s.end) ?? sentences.find((s) => pos < s.end);

  const resolvePronoun = (start: number, word: string): Speaker | undefined => {
    const p = PERSONAL.test(word) ? personBefore(start) : [...refs].reverse().find((r) => r.end <= start && !isPerson(r));
    return p ? { actor: p.actor, how: `“${word}” read as ${p.actor.name}, the last person named before it`, unknown: p.unknown } : undefined;
  };
  /** The speaker nearest a cue in [from, to), skipping quoted spans; a pronoun resolves to the last person named. */
  const speakerNear = (from: number, to: number, cueAt: number, skip: [number, number][]): Speaker | undefined => {
    const inside = (s: number) => skip.some(([a, b]) => s >= a && s < b);
    const candidates: { start: number; end: number; sp: () => Speaker | undefined }[] = [];
    for (const r of refs) if (r.start >= from && r.end <= to && !inside(r.start)) candidates.push({ start: r.start, end: r.end, sp: () => ({ actor: r.actor, how: r.unknown ? `${r.actor.name}: named in the text, not in the actors registry` : `${r.actor.name}: named in the text`, unknown: r.unknown }) });
    for (const m of text.slice(from, to).matchAll(PRONOUN)) {
      const s = from + m.index;
      if (!inside(s)) candidates.push({ start: s, end: s + m[0].length, sp: () => resolvePronoun(s, m[0]) });
    }
    if (!candidates.length) return undefined;
    candidates.sort((a, b) => Math.abs(a.start - cueAt) - Math.abs(b.start - cueAt));
    return candidates[0].sp();
  };

  /** A capitalised name right before or after a verb of saying that neither the registry nor compromise knows ("Oleh Syniehubov said"). */
  const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}`;
  const nameBy = (from: number, to: number): Speaker | undefined => {
    const seg = text.slice(from, to);
    const m = new RegExp(`(${NAME})\\s+(?:said|says|told|added|stated|wrote)\\b|\\b(?:said|says|told|added|stated|wrote)\\s+(${NAME})`, 'u').exec(seg);
    const name = m?.[1] ?? m?.[2];
    if (!name || TITLE_WORDS.test(name.split(/\s+/)[0]) || /^(The|This|That|It|He|She|They|We|But|And)\b/.test(name)) return undefined;
    const id = slug(name);
    const actor = unknownActors.get(id) ?? { id, name, kind: 'person' as const, side: 'UNKNOWN', aliases: [name] };
    unknownActors.set(id, actor);
    const start = from + m!.index + m![0].indexOf(name);
    refs.push({ start, end: start + name.length, actor, unknown: true });
    refs.sort((a, b) => a.start - b.start);
    return { actor, how: `${name}: named in the text, not in the actors registry`, unknown: true };
  };

  // Direct quotes: straight or curly double quotes of four words or more, or a full sentence.
  const quotes = [...text.matchAll(/"([^"\n]+)"|“([^”\n]+)”/g)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, inner: (m[1] ?? m[2]).trim(), innerStart: m.index + 1 }))
    .filter((q) => q.inner.split(/\s+/).length >= 4 || /[.!?]$/.test(q.inner));
  const quoteSpans = quotes.map((q) => [q.start, q.end] as [number, number]);
  const sentenceHasQuote = (s: Sentence) => quotes.some((q) => q.end > s.start && q.start < s.end);
  let lastQuote: { sentence: number; speaker: Speaker } | undefined;
  /** Sentences that only say who spoke the quote before them ("His answer was blunt."): not statements of their own. */
  const attributionOnly = new Set<number>();
  for (const q of quotes) {
    const first = sentenceAt(q.start);
    const last = sentenceAt(q.end - 1);
    if (!first || !last) continue;
    const unit: [number, number] = [first.start, last.end];
    const outside = (text.slice(unit[0], q.start) + ' '.repeat(q.end - q.start) + text.slice(q.end, unit[1]));
    const cue = ATTRIBUTION_CUE.exec(outside.replace(/"[^"]*"|“[^”]*”/g, (s) => ' '.repeat(s.length)));
    let speaker: Speaker | undefined;
    if (cue) speaker = speakerNear(unit[0], unit[1], unit[0] + cue.index, quoteSpans) ?? nameBy(q.end, unit[1]) ?? nameBy(unit[0], q.start);
    if (!speaker) {
      const next = sentences[last.index + 1];
      const nextCue = next && !sentenceHasQuote(next) && next.text.split(/\s+/).length <= 12 ? ATTRIBUTION_CUE.exec(next.text) : null;
      if (next && nextCue) {
        const found = speakerNear(next.start, next.end, next.start + nextCue.index, quoteSpans);
        if (found) {
          speaker = { ...found, how: `attribution in the next sentence: ${found.how}` };
          attributionOnly.add(next.index);
        }
      }
    }
    if (!speaker && lastQuote && lastQuote.sentence === first.index - 1 && !outside.trim().replace(/[.,;:!?]/g, '')) {
      speaker = { ...lastQuote.speaker, how: `continues the quote of the sentence before (${lastQuote.speaker.actor.name})` };
    }
    if (!speaker) continue;
    lastQuote = { sentence: last.index, speaker };
    const span: [number, number] = [q.innerStart, q.innerStart + text.slice(q.innerStart, q.end - 1).trimEnd().length];
    drafts.push(makeDraft(speaker, q.inner.replace(/[,;:]$/, ''), 'quote', span, first, unit, span, cue ? unit[0] + cue.index : unit[0]));
  }

  // Reported speech: a speech verb (as compromise tags it) in a sentence without a quote.
  for (const s of sentences) {
    if (sentenceHasQuote(s) || s.end <= titleEnd || attributionOnly.has(s.index)) continue;
    const according = /\baccording to\b/i.exec(s.text);
    // compromise tags the verbs; a speech word right after a speaker's name counts too ("Zelensky claims he…", where "claims" reads as a noun).
    const afterName = refs
      .filter((r) => r.start >= s.start && r.end < s.end)
      .map((r) => /^\s+((has|had|have)\s+)?((also|recently|earlier|repeatedly)\s+)?(\p{L}+)/u.exec(text.slice(r.end, s.end)))
      .map((m) => (m && SPEECH_VERB.test(m[5]) ? m : null));
    const nameVerbIndex = afterName.findIndex((m) => m);
    const refsHere = refs.filter((r) => r.start >= s.start && r.end < s.end);
    const nameVerb = nameVerbIndex >= 0 ? (() => {
      const r = refsHere[nameVerbIndex];
      const m = afterName[nameVerbIndex]!;
      const start = r.end + m[0].length - m[5].length;
      return { text: m[5], start, end: start + m[5].length };
    })() : undefined;
    const tagged = s.verbs.find((v) => SPEECH_VERB.test(v.text.replace(/[^\p{L}]/gu, '')));
    const verb = tagged && (!nameVerb || tagged.start <= nameVerb.start) ? tagged : nameVerb;
    let speaker: Speaker | undefined;
    if (according) {
      const at = s.start + according.index + according[0].length;
      const r = refs.find((x) => x.start >= at && x.start - at < 8);
      if (r) speaker = { actor: r.actor, how: `“according to ${r.actor.name}”`, unknown: r.unknown };
    }
    if (!speaker && verb) {
      // The speaker is the subject just before the verb ("Peskov said"), or right after it ("…, said Peskov").
      // "Syrskyi, Ukraine's top commander, said": the name before an apposition or relative clause is the subject.
      const inSentence = refs.filter((r) => r.end <= verb.start && r.start >= s.start);
      const before =
        inSentence.find((r) => /^\s*,[^,]{1,90},\s*((has|had|have)\s+)?((also|recently|earlier)\s+)?$/.test(text.slice(r.end, verb.start))) ??
        [...inSentence].reverse().find((r) => verb.start - r.end < 40);
      const pron = [...text.slice(s.start, verb.start).matchAll(PRONOUN)].at(-1);
      const pronStart = pron ? s.start + pron.index : -1;
      if (before && (before.end > pronStart || /^\s*,/.test(text.slice(before.end, verb.start)))) speaker = { actor: before.actor, how: `${before.actor.name}: subject of “${verb.text}”`, unknown: before.unknown };
      else if (pron && verb.start - (pronStart + pron[0].length) < 25) speaker = resolvePronoun(pronStart, pron[0]);
      if (!speaker) speaker = nameBy(s.start, Math.min(s.end, verb.end + 40));
      if (!speaker) {
        const after = refs.find((r) => r.start >= verb.end && r.start - verb.end < 3);
        if (after) speaker = { actor: after.actor, how: `${after.actor.name}: after “${verb.text}”`, unknown: after.unknown };
      }
      if (!speaker) {
        // An unnamed speaker ("the regional governor said"): kept, side unknown, for review.
        const clause = text.slice(s.start, verb.start).split(/[,;:—–]/).at(-1)!.trim();
        if (clause && clause.split(/\s+/).length <= 6 && /^(the|a|an|local|regional|ukrainian|russian)\b/i.test(clause)) {
          const id = slug(clause.replace(/^(the|a|an)\s+/i, ''));
          const actor = unknownActors.get(id) ?? { id, name: clause.replace(/^(the|a|an)\s+/i, (w) => w.toLowerCase()), kind: 'group' as const, side: 'UNKNOWN', aliases: [] };
          unknownActors.set(id, actor);
          speaker = { actor, how: `“${clause}”: not in the actors registry`, unknown: true };
        }
      }
    }
    if (!speaker) continue;
    if (/\b(didn[’']t|did not|doesn[’']t|does not|hasn[’']t|has not|never)\s+$/i.test(text.slice(s.start, verb?.start ?? s.start))) continue;
    const contentStart = according && !verb ? s.start : verb ? verb.end : s.start;
    drafts.push(makeDraft(speaker, s.text, 'paraphrase', [s.start, s.end], s, [s.start, s.end], [contentStart, s.end], verb?.start ?? s.start));
  }

  function makeDraft(speaker: Speaker, claimText: string, textType: 'quote' | 'paraphrase', span: [number, number], sentence: Sentence, unit: [number, number], content: [number, number] = span, cueAt = unit[0]): Draft {
    const notes: Draft['notes'] = [];
    if (speaker.how.includes('read as') || speaker.how.includes('next sentence') || speaker.how.includes('continues')) notes.push({ field: 'actor', note: `Speaker inferred: ${speaker.how}.` });
    // Places: the statement's sentence, plus the place a "there"/"the city" points back to; else the
    // sentence before in the same paragraph; else the article's most-mentioned place.
    let mentions = placesIn(unit[0], unit[1]);
    let placeHow = '';
    const unitText = text.slice(unit[0], unit[1]);
    const anaphor = ANAPHOR.exec(unitText);
    let anaphorPlaces: string[] = [];
    if (anaphor) {
      for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 4) && !anaphorPlaces.length; i--) {
        anaphorPlaces = [...new Set(placesIn(sentences[i].start, sentences[i].end).map((m) => m.place))];
        if (anaphorPlaces.some((p) => !isCountry(p))) anaphorPlaces = anaphorPlaces.filter((p) => !isCountry(p));
      }
      if (anaphorPlaces.length) placeHow = `“${anaphor[0]}” read as ${anaphorPlaces.map((p) => entryOf(p).en).join(', ')}, named shortly before`;
    }
    const prev = sentences[sentence.index - 1];
    if (!mentions.length && !anaphorPlaces.length && prev && prev.paragraph === sentence.paragraph && prev.end > titleEnd) {
      mentions = placesIn(prev.start, prev.end);
      if (mentions.length) placeHow = 'no place named in the statement: the places of the sentence before';
    }
    let places = [...new Set([...mentions.map((m) => m.place), ...anaphorPlaces])];
    if (places.some((p) => !isCountry(p))) places = places.filter((p) => !isCountry(p));
    // An oblast named only to locate a settlement in it ("Pokrovsk, in the Donetsk region") is not a place of its own here.
    const settlementOblasts = new Set(places.filter((p) => !entryOf(p).type || entryOf(p).kind === 'city').map((p) => entryOf(p).admin1));
    places = places.filter((p) => !(entryOf(p).type === 'oblast' && settlementOblasts.has(entryOf(p).admin1)));
    if (!places.length) {
      // The speaker's statement just before, or the one in the sentence before: the same places.
      const earlier = [...drafts].reverse().find((d) => (d.claim.actor === speaker.actor.id && sentence.index - d.sentence.index <= 3) || (d.sentence.index === sentence.index - 1 && d.sentence.paragraph === sentence.paragraph));
      if (earlier) {
        places = [...earlier.claim.places];
        placeHow = `no place named in the statement: the places of the statement just before (${earlier.claim.id ?? earlier.claim.text.slice(0, 40)})`;
      }
    }
    if (!places.length && mainPlace) {
      places = [mainPlace];
      placeHow = `no place named in or next to the statement: the article's most-mentioned place (${entryOf(mainPlace).en}) is used`;
    }
    if (placeHow) notes.push({ field: 'places', note: placeHow });

    // What the statement says, after the speaker: kind and assertions from its wording.
    const said = text.slice(content[0], content[1]);
    const context = textType === 'quote' ? unitText : text.slice(Math.min(cueAt, content[0]), content[1]);
    let kind: ClaimKind = 'position';
    const assertions: Assertion[] = [];
    const side = speaker.actor.side;
    const specific = places.filter((p) => !isCountry(p));
    const control = CONTROL.exec(said);
    if (TERRITORIAL_CLAIM.test(said) && specific.length) {
      kind = 'territorial-claim';
      notes.push({ field: 'kind', note: `From the wording “${TERRITORIAL_CLAIM.exec(said)![0]}”.` });
      if (side !== 'UNKNOWN') {
        const terms = NO_CONCESSIONS.test(said) ? 'no concessions' : GIVE_UP.test(said) ? 'will never give it up' : undefined;
        for (const p of specific) assertions.push({ type: 'territorial-claim', place: p, by: side, ...(terms ? { terms } : {}) });
      }
    } else if (control && specific.length) {
      kind = 'territorial-control';
      const word = control[1].toLowerCase();
      const action = /^(regain|recaptur|retook|retaken)/.test(word) ? 'regained' : /^(hold|held|control|in control)/.test(word) ? 'holds' : 'captured';
      if (word.startsWith('liberat')) notes.push({ field: 'assertions', note: '“liberated”: read as captured by the speaker’s side; check whether it was retaken.' });
      const verbAt = content[0] + control.index + control[0].length;
      // Another side named between the verb of saying and "captured" is the holder; "it", "they", "we" are the speaker.
      const subject = refs.find((r) => r.start >= content[0] && r.end <= content[0] + control.index && r.actor.side !== side && r.actor.side !== 'UNKNOWN' && !/^(Ukraine|Russia)$/.test(text.slice(r.start, r.end)));
      const holder = subject ? subject.actor.side : side;
      // The place the verb acts on: the first place named after it, or what "there"/"the city" after it points to.
      const nextNamed = placeMentions.find((m) => m.start >= verbAt && m.end <= content[1] && specific.includes(m.place));
      const nextAnaphor = ANAPHOR.exec(text.slice(verbAt, content[1]));
      const anaphorFirst = nextAnaphor && anaphorPlaces.length && (!nextNamed || verbAt + nextAnaphor.index < nextNamed.start);
      const targets = anaphorFirst ? anaphorPlaces.filter((p) => specific.includes(p)) : nextNamed ? [nextNamed.place] : specific;
      if (holder !== 'UNKNOWN') {
        for (const p of targets) {
          const m = placeMentions.find((x) => x.place === p && x.start >= verbAt) ?? placeMentions.find((x) => x.place === p);
          const between = m && m.start >= verbAt ? text.slice(verbAt, m.start) : text.slice(verbAt, Math.min(span[1], verbAt + 60));
          const extent = PART.test(between) ? 'part' : WHOLE.test(between) || (m && m.start >= verbAt && DIRECT_OBJECT.test(between)) ? 'whole' : 'unknown';
          if (extent === 'unknown') notes.push({ field: 'assertions', note: `Extent of control over ${entryOf(p).en} not told by the wording: set whole or part.` });
          assertions.push({ type: 'control', place: p, holder, action, extent, asOf: null });
        }
      } else notes.push({ field: 'assertions', note: 'The speaker’s side is unknown, so the holder of the place is too: add the control assertion by hand.' });
      notes.push({ field: 'kind', note: `From the wording “${control[0]}”.` });
    } else {
      const hit = KIND_WORDS.find(([, re]) => re.test(context));
      if (hit) {
        kind = hit[0];
        notes.push({ field: 'kind', note: `From the wording “${hit[1].exec(context)![0]}”.` });
      } else notes.push({ field: 'kind', note: 'No wording settled the kind: position by default.' });
    }

    // Dates: only what the text gives; relative dates only against the article's own date.
    let statedOn: string | null = null;
    let dateNote: string | undefined = 'The article gives no date for this statement.';
    const dateScope = text.slice(sentence.start, unit[1]);
    for (const r of chrono.parse(dateScope, refDate ?? new Date(0), { forwardDate: false })) {
      const at = sentence.start + r.index;
      // A date dates the statement where it stands by the verb of saying ("said on Tuesday") or opens the sentence.
      if (!(r.index < 3 || (at >= cueAt && at <= cueAt + 30)) || (at >= content[0] && at < content[1] && textType === 'quote')) continue;
      const known = (c: 'year' | 'month' | 'day') => r.start.isCertain(c);
      if (refDate) {
        const d = r.start.date().toISOString();
        statedOn = known('day') || r.start.isCertain('weekday' as 'day') ? d.slice(0, 10) : known('month') ? d.slice(0, 7) : d.slice(0, 4);
        dateNote = known('year') ? `“${r.text}” in the text.` : `“${r.text}”, counted from the article’s date ${options.articleDate}.`;
        notes.push({ field: 'statedOn', note: `From “${r.text}”: check whether it dates the statement or the event.` });
      } else if (known('year')) {
        const y = String(r.start.get('year')).padStart(4, '0');
        statedOn = known('day') ? `${y}-${String(r.start.get('month')).padStart(2, '0')}-${String(r.start.get('day')).padStart(2, '0')}` : known('month') ? `${y}-${String(r.start.get('month')).padStart(2, '0')}` : y;
        dateNote = `“${r.text}” in the text.`;
        notes.push({ field: 'statedOn', note: `From “${r.text}”: check whether it dates the statement or the event.` });
      } else {
        notes.push({ field: 'statedOn', note: `The text says “${r.text}”: give the article’s date to resolve it.` });
        continue;
      }
      break;
    }

    return {
      claim: {
        actor: speaker.actor.id,
        source: 'article',
        places,
        kind,
        text: claimText,
        textType,
        statedOn,
        ...(dateNote ? { dateNote } : {}),
        verification: { status: 'not-assessed', by: null },
        ...(assertions.length ? { assertions } : {}),
      },
      stmt: { start: span[0], end: span[1], textType, speaker: speaker.actor.id, speakerHow: speaker.how, sentence: sentence.index },
      notes,
      sentence,
      unit,
      speakerSide: side,
    };
  }

  drafts.sort((a, b) => a.stmt.start - b.stmt.start);

  // Ids: the speaker and the first words that say something.
  const used = new Set<string>();
  for (const d of drafts) {
    const words = slug(d.claim.text).split('-').filter((w) => w && !STOP.has(w)).slice(0, 3);
    const base = [d.claim.actor, ...words].join('-').slice(0, 60).replace(/-$/, '');
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    d.claim.id = id;
  }

  // The article's verification remarks qualify the statements just before them.
  for (const s of sentences) {
    const remark = VERIFICATION_REMARK.exec(s.text);
    if (!remark) continue;
    const before = drafts.filter((d) => d.sentence.index <= s.index && d.sentence.index >= s.index - 3);
    const nearest = Math.max(...before.map((d) => d.sentence.index));
    for (const d of before.filter((x) => x.sentence.index === nearest)) {
      d.claim.verification = { status: 'unverified', by: author ? `${author} (the article)` : 'the article', note: s.text };
      d.notes.push({ field: 'verification', note: `The article’s remark “${remark[0]}” is taken to qualify this statement.` });
    }
  }

  // Control assertions that disagree about a place contradict each other.
  for (const a of drafts) {
    for (const b of drafts) {
      if (a === b) continue;
      const clash = (a.claim.assertions ?? []).some((x) => x.type === 'control' && (b.claim.assertions ?? []).some((y) => y.type === 'control' && y.place === x.place && y.holder !== x.holder));
      if (clash) a.claim.contradicts = [...new Set([...(a.claim.contradicts ?? []), b.claim.id!])];
    }
  }

  // --- The file
  const claims = drafts.map((d) => d.claim as Claim);
  for (const d of drafts) for (const n of d.notes) review.push({ collection: 'claims', record: d.claim.id!, field: n.field, note: n.note });

  const actorIds = new Set(claims.map((c) => c.actor));
  const allActors = [...options.registry.actors, ...unknownActors.values()];
  const actors = allActors
    .filter((a) => actorIds.has(a.id))
    .map((a) => ({ id: a.id, name: a.name, kind: a.kind, ...(a.role ? { role: a.role } : {}), side: a.side }));
  for (const a of actors) if (a.side === 'UNKNOWN') review.push({ collection: 'actors', record: a.id, field: 'side', note: `${a.name} is not in the actors registry: give the side (and add the actor to the registry).` });
  const sideIds = new Set([...actors.map((a) => a.side), ...claims.flatMap((c) => (c.assertions ?? []).map((x) => (x.type === 'control' ? x.holder : x.by)))]);
  const sides = options.registry.sides.filter((s) => sideIds.has(s.id));

  const placeIds = [...new Set(placeMentions.map((m) => m.place))];
  const places: Record<string, unknown>[] = [];
  for (const id of placeIds) {
    const ref = placeRef(entryOf(id), options);
    if (ref) places.push(ref);
  }
  const listed = new Set(places.map((p) => p.id as string));
  for (const c of claims) c.places = c.places.filter((p) => listed.has(p));
  const kept = claims.filter((c) => c.places.length > 0);
  for (const c of kept) if (c.assertions) c.assertions = c.assertions.filter((a) => listed.has(a.place));
  for (const m of placeMentions) {
    const alts = m.alternatives.length ? `; other places of this name: ${m.alternatives.slice(0, 5).join(', ')}${m.alternatives.length > 5 ? '…' : ''}` : '';
    if (m.confidence < 0.8 && listed.has(m.place)) review.push({ collection: 'places', record: m.place, field: 'id', note: `“${m.text}” read as ${entryOf(m.place).en}: ${m.reason} (confidence ${m.confidence})${alts}.` });
  }

  const source = {
    id: 'article',
    title: title ?? 'Untitled article',
    outlet: options.outlet ?? null,
    author: author ?? null,
    date: options.articleDate ?? null,
    ...(options.articleDate ? {} : { dateNote: 'The article text gives no publication date.' }),
    url: options.url ?? null,
  };
  if (!title) review.push({ collection: 'sources', record: 'article', field: 'title', note: 'The text has no title line: give the article’s title.' });
  if (!source.outlet) review.push({ collection: 'sources', record: 'article', field: 'outlet', note: 'The text does not name its outlet.' });
  if (!source.author) review.push({ collection: 'sources', record: 'article', field: 'author', note: 'The text names no author.' });
  if (!source.url) review.push({ collection: 'sources', record: 'article', field: 'url', note: 'No URL given.' });

  const keptIds = new Set(kept.map((c) => c.id));
  for (const c of kept) {
    if (c.contradicts) c.contradicts = c.contradicts.filter((x) => keptIds.has(x));
    if (c.contradicts?.length === 0) delete c.contradicts;
  }
  const mentions: Mention[] = [
    ...placeMentions.filter((m) => listed.has(m.place)).map((m) => ({ start: m.start, end: m.end, place: m.place, confidence: m.confidence, reason: m.reason })),
    ...drafts.filter((d) => keptIds.has(d.claim.id!)).map((d) => ({ start: d.stmt.start, end: d.stmt.end, claim: d.claim.id! })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);

  const file: DraftFile = {
    $schema: './claims.schema.json',
    ...(title ? { title } : {}),
    sides,
    actors,
    sources: [source],
    places,
    claims: kept,
    articleText: text,
    mentions,
    review: review.filter((r) => r.collection !== 'claims' || keptIds.has(r.record)),
  };
  const statements = drafts.filter((d) => keptIds.has(d.claim.id!)).map((d) => ({ ...d.stmt, claim: d.claim.id! }));
  return { file, sentences, statements, placeMentions };
}

/** A built-in place by id; any other place with the gazetteer's geometry and provenance. */
function placeRef(e: GazetteerEntry, options: DraftOptions): Record<string, unknown> | undefined {
  if (e.type === 'builtin') return { id: e.id };
  const names = { en: e.en, ...(e.uk ? { uk: e.uk } : {}), ...(e.ru ? { ru: e.ru } : {}) };
  if (e.type === 'oblast' || e.type === 'region') {
    const geometry = e.admin1 ? options.oblastGeometry?.(e.admin1) : undefined;
    if (!geometry) return undefined;
    return { id: e.id, names, kind: e.type, geometry, precision: 'Natural Earth 10m Admin-1 outline, simplified to about 100 m', dataSource: 'Natural Earth', licence: 'Public domain' };
  }
  if (!e.point) return undefined;
  return {
    id: e.id,
    names,
    kind: 'settlement',
    geometry: { type: 'Point', coordinates: e.point },
    precision: `GeoNames point (id ${e.geonameid}), about 1 m; stands for the whole settlement`,
    dataSource: 'GeoNames',
    licence: 'CC BY 4.0',
  };
}
