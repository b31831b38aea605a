/**
 * How a draft compares with a hand-made claims file of the same article (the gold set): which
 * attributed statements it found with the right speaker, side, quote/paraphrase and places, which
 * it found twice (a restatement the gold file merged), which it invented, and how many place mentions
 * it found. Pure, so `npm run draft-eval` and the tests share it.
 */
import type { Claim } from '../schema.ts';

interface FileLike {
  actors: { id: string; side: string }[];
  claims: Claim[];
}

export interface StatementScore {
  gold: number;
  draft: number;
  /** Gold statements the draft found (same words, quote or not aside). */
  found: number;
  rightSpeaker: number;
  rightSide: number;
  rightTextType: number;
  rightPlaces: number;
  rightKind: number;
  /** Found with speaker, side, quote/paraphrase and places all right. */
  allRight: number;
  /** Draft statements restating a gold statement already found (the gold file merged them). */
  duplicates: number;
  /** Draft statements matching no gold statement. */
  invented: string[];
  missed: string[];
  wrong: { gold: string; draft: string; fields: string[] }[];
}

const words = (s: string) => new Set(s.toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? []);

function overlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / Math.max(1, Math.min(x.size, y.size));
}

export function scoreStatements(draft: FileLike, gold: FileLike): StatementScore {
  const sideOf = (f: FileLike, actor: string) => f.actors.find((a) => a.id === actor)?.side;
  const pairs: { g: Claim; d: Claim; o: number }[] = [];
  for (const g of gold.claims) for (const d of draft.claims) pairs.push({ g, d, o: overlap(g.text, d.text) });
  pairs.sort((a, b) => b.o - a.o);
  const matched = new Map<Claim, Claim>();
  const usedDraft = new Set<Claim>();
  for (const p of pairs) {
    if (p.o < 0.6 || matched.has(p.g) || usedDraft.has(p.d)) continue;
    matched.set(p.g, p.d);
    usedDraft.add(p.d);
  }
  const score: StatementScore = { gold: gold.claims.length, draft: draft.claims.length, found: matched.size, rightSpeaker: 0, rightSide: 0, rightTextType: 0, rightPlaces: 0, rightKind: 0, allRight: 0, duplicates: 0, invented: [], missed: [], wrong: [] };
  for (const [g, d] of matched) {
    const fields: string[] = [];
    const ok = (field: string, right: boolean) => {
      if (!right) fields.push(field);
      return right ? 1 : 0;
    };
    score.rightSpeaker += ok('speaker', g.actor === d.actor);
    score.rightSide += ok('side', sideOf(gold, g.actor) === sideOf(draft, d.actor));
    score.rightTextType += ok('textType', g.textType === d.textType);
    score.rightPlaces += ok('places', [...g.places].sort().join() === [...d.places].sort().join());
    score.rightKind += g.kind === d.kind ? 1 : 0;
    if (fields.length === 0) score.allRight++;
    else score.wrong.push({ gold: g.id, draft: d.id, fields });
  }
  for (const g of gold.claims) if (!matched.has(g)) score.missed.push(g.id);
  for (const d of draft.claims) {
    if (usedDraft.has(d)) continue;
    // A restatement: same speaker's side, and it shares the words of a found statement (the lede and the body).
    const restates = [...matched.keys()].some((g) => sideOf(gold, g.actor) === sideOf(draft, d.actor) && overlap(g.text, d.text) >= 0.3);
    if (restates) score.duplicates++;
    else score.invented.push(d.id);
  }
  return score;
}

export interface MentionScore {
  gold: number;
  draft: number;
  found: number;
  falsePlaces: string[];
  missed: string[];
  goldPlaces: number;
  draftPlaces: number;
  rightPlaces: number;
}

/** Mentions as spans: a draft mention is right where it overlaps a gold mention of the same place. */
export function scoreMentions(draft: { start: number; end: number; place: string; text: string }[], gold: { start: number; end: number; place: string; text: string }[]): MentionScore {
  const hit = (a: { start: number; end: number; place: string }, b: { start: number; end: number; place: string }) => a.place === b.place && a.start < b.end && b.start < a.end;
  const found = gold.filter((g) => draft.some((d) => hit(d, g)));
  const goldPlaces = new Set(gold.map((g) => g.place));
  const draftPlaces = new Set(draft.map((d) => d.place));
  return {
    gold: gold.length,
    draft: draft.length,
    found: found.length,
    falsePlaces: draft.filter((d) => !gold.some((g) => hit(d, g))).map((d) => `${d.text}@${d.start} -> ${d.place}`),
    missed: gold.filter((g) => !draft.some((d) => hit(d, g))).map((g) => `${g.text}@${g.start}`),
    goldPlaces: goldPlaces.size,
    draftPlaces: draftPlaces.size,
    rightPlaces: [...draftPlaces].filter((p) => goldPlaces.has(p)).length,
  };
}

/** Every occurrence of each surface form, as a whole word. */
export function goldMentions(text: string, forms: { text: string; place: string }[]): { start: number; end: number; place: string; text: string }[] {
  const out: { start: number; end: number; place: string; text: string }[] = [];
  for (const f of forms) {
    const re = new RegExp(`(?<![\\p{L}])${f.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + f.text.length, place: f.place, text: f.text });
  }
  return out.sort((a, b) => a.start - b.start);
}
