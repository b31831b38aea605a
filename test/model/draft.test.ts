import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHARED, builtInPlaces, readJSON } from '../helpers/data.ts';
import { draftClaims, type DraftOptions } from '../../src/model/draft/draft-claims.ts';
import { draftInputs } from '../../src/model/draft/draft-inputs.ts';
import { toPlainText, guessFormat } from '../../src/model/draft/plain-text.ts';
import { loadClaims } from '../../src/model/load-claims.ts';
import type { Gazetteer } from '../../src/model/draft/gazetteer.ts';
import type { ActorRegistry } from '../../src/model/draft/registry.ts';

const inputs = draftInputs(readJSON<Gazetteer>('public/data/gazetteer.json'), readJSON<ActorRegistry>('public/data/actors-registry.json'), readJSON('public/data/basemap/oblasts.geojson'));
const draft = (text: string, extra: Partial<DraftOptions> = {}) => draftClaims(text, { ...inputs, ...extra });
const claims = (text: string, extra: Partial<DraftOptions> = {}) => draft(text, extra).file.claims;
const validates = (file: unknown) => loadClaims(file, 'draft.json', builtInPlaces()).problems;

describe('direct quotes and their speakers', () => {
  it('finds the speaker after the quote', () => {
    const [c] = claims('Kupiansk is quiet.\n"We are open to discussing possible solutions," Ryabkov said.');
    expect(c).toMatchObject({ actor: 'sergey-ryabkov', textType: 'quote', text: 'We are open to discussing possible solutions' });
  });

  it('finds the speaker before the quote', () => {
    const [c] = claims('In Kupiansk, Peskov said: "Russia seeks long-term peace, not fixes."');
    expect(c).toMatchObject({ actor: 'dmitry-peskov', textType: 'quote', text: 'Russia seeks long-term peace, not fixes.' });
  });

  it('finds the speaker in the next sentence, through a pronoun', () => {
    const r = draft('Sergey Ryabkov spoke about Crimea.\n"No, no, and again no." His answer was blunt.');
    expect(r.file.claims).toHaveLength(1);
    expect(r.file.claims[0]).toMatchObject({ actor: 'sergey-ryabkov', textType: 'quote', text: 'No, no, and again no.' });
    expect(r.statements[0].speakerHow).toMatch(/“His” read as Sergey Ryabkov/);
    expect(r.file.review).toContainEqual(expect.objectContaining({ record: r.file.claims[0].id, field: 'actor' }));
  });

  it('finds the speaker named in the next sentence', () => {
    const r = draft('Enerhodar lost power again.\n"We cannot keep relying on luck." The IAEA chief repeated the warning twice.');
    expect(r.file.claims.map((c) => [c.actor, c.textType, c.text])).toEqual([['rafael-grossi', 'quote', 'We cannot keep relying on luck.']]);
    expect(r.statements[0].speakerHow).toMatch(/next sentence/);
  });

  it('carries the speaker to a quote that continues the one before', () => {
    const cs = claims('"We are open to discussing solutions in Donbas," Ryabkov said. "However, we will not accept any NATO forces presence."');
    expect(cs.map((c) => c.actor)).toEqual(['sergey-ryabkov', 'sergey-ryabkov']);
    expect(cs[1].places).toEqual(['donbas']);
  });

  it('takes a name beside "said" as the speaker when neither the registry nor compromise knows it', () => {
    const r = draft('Drones hit Kharkiv.\n“We shot down twelve drones over the city,” Oleh Syniehubov said on Monday.');
    expect(r.file.claims.map((c) => [c.textType, c.text, c.places])).toEqual([['quote', 'We shot down twelve drones over the city', ['kharkiv']]]);
    expect(r.file.actors).toEqual([{ id: 'oleh-syniehubov', name: 'Oleh Syniehubov', kind: 'person', side: 'UNKNOWN' }]);
  });

  it('keeps an unknown speaker as an actor of unknown side, for review', () => {
    const r = draft('In Kherson, the regional governor Oleksandr Prokudin said Russian drones had struck a bus station.');
    const actor = r.file.actors.find((a) => a.id === r.file.claims[0].actor)!;
    expect(actor).toMatchObject({ name: 'Oleksandr Prokudin', side: 'UNKNOWN' });
    expect(r.file.sides.map((s) => s.id)).toContain('UNKNOWN');
    expect(r.file.review).toContainEqual(expect.objectContaining({ collection: 'actors', record: actor.id, field: 'side' }));
    expect(validates(r.file)).toEqual([]);
  });
});

describe('reported speech', () => {
  for (const [sentence, actor] of [
    ['Zelensky said the US agreed to guarantees for Ukraine.', 'volodymyr-zelensky'],
    ['Zelensky says the US agreed to guarantees for Ukraine.', 'volodymyr-zelensky'],
    ['According to the IAEA, the plant near Enerhodar lost power.', 'iaea'],
    ['Russia announced it captured Kupiansk.', 'russia-government'],
    ['Ukraine’s General Staff claimed its units held Pokrovsk.', 'ukraine-general-staff'],
    ['Donald Trump has promised to end the Ukraine war quickly.', 'donald-trump'],
  ] as const) {
    it(`"${sentence}" -> ${actor}, a paraphrase`, () => {
      const [c] = claims(sentence);
      expect(c).toMatchObject({ actor, textType: 'paraphrase', text: sentence });
    });
  }

  it('does not take "claims" the noun for a verb, nor "didn’t say" for a statement', () => {
    expect(claims('Russia also won’t budge on territorial claims in Crimea.')).toEqual([]);
    expect(claims('Zelensky didn’t say how Ukraine would pay.')).toEqual([]);
  });

  it('reads "he" as the last person named', () => {
    const r = draft('Zelensky announced a breakthrough.\nHe said the US agreed to guarantees for Ukraine.');
    expect(r.file.claims.map((c) => c.actor)).toEqual(['volodymyr-zelensky', 'volodymyr-zelensky']);
  });

  it('links a statement without a place to the place "there" points back to', () => {
    const [, c] = claims('Russia claimed it captured Kupiansk. Ukrainian forces said they regained several neighborhoods there.');
    expect(c.places).toEqual(['kupiansk']);
  });
});

describe('kinds and assertions from the wording', () => {
  it('captured: a control assertion for the speaker’s side over the whole place', () => {
    const [c] = claims('Russia announced it captured the strategic city of Kupiansk in northeastern Ukraine.');
    expect(c.kind).toBe('territorial-control');
    expect(c.places).toEqual(['kupiansk']);
    expect(c.assertions).toEqual([{ type: 'control', place: 'kupiansk', holder: 'RU', action: 'captured', extent: 'whole', asOf: null }]);
  });

  it('regained several neighbourhoods: part of the place, for the speaker’s side', () => {
    const [c] = claims('Ukrainian forces said they regained several neighborhoods in Kupiansk.');
    expect(c.assertions).toEqual([{ type: 'control', place: 'kupiansk', holder: 'UA', action: 'regained', extent: 'part', asOf: null }]);
  });

  it('holds, with an extent the words do not give, is marked for review', () => {
    const r = draft('Ukraine’s General Staff said its troops hold positions around Kupiansk and beyond.');
    const c = r.file.claims[0];
    expect(c.assertions?.[0]).toMatchObject({ type: 'control', holder: 'UA', action: 'holds' });
    if (c.assertions?.[0].type === 'control' && c.assertions[0].extent === 'unknown') expect(r.file.review).toContainEqual(expect.objectContaining({ record: c.id, field: 'assertions' }));
  });

  it('no concessions on territories: a territorial claim on each place', () => {
    const [c] = claims("Ryabkov said Moscow won't make any concessions regarding the territories it controls - including Donbas, Crimea, and what Russia calls Novorossiya.");
    expect(c.kind).toBe('territorial-claim');
    expect(c.assertions).toEqual(['donbas', 'crimea', 'novorossiya'].map((place) => ({ type: 'territorial-claim', place, by: 'RU', terms: 'no concessions' })));
  });

  it('carries "could not be independently verified" to the statement before it', () => {
    const r = draft('Zelensky said the US agreed to guarantees for Ukraine. The claim couldn’t be independently verified.', { author: 'A. Writer' });
    expect(r.file.claims[0].verification).toMatchObject({ status: 'unverified', by: 'A. Writer (the article)' });
  });

  it('leaves dates null unless the text gives them; "on Tuesday" only with the article’s date', () => {
    const text = 'Russia’s Ministry of Defence said on Tuesday that its troops had captured Pokrovsk.';
    const undated = draft(text);
    expect(undated.file.claims[0].statedOn).toBeNull();
    expect(undated.file.review).toContainEqual(expect.objectContaining({ field: 'statedOn', note: expect.stringContaining('on Tuesday') }));
    expect(draft(text, { articleDate: '2025-11-20' }).file.claims[0].statedOn).toBe('2025-11-18');
    expect(draft('On 3 March 2024, Zelensky said Ukraine would hold Kupiansk.').file.claims[0].statedOn).toBe('2024-03-03');
  });
});

describe('the seed article’s draft', () => {
  const text = readFileSync(join(SHARED, 'seed', 'article.txt'), 'utf8');
  const r = draft(text);

  it('validates with the project’s loader, review list and mentions included', () => {
    expect(validates(r.file)).toEqual([]);
    expect(r.file.review.length).toBeGreaterThan(0);
    for (const m of r.file.mentions) expect(text.slice(m.start, m.end).length).toBeGreaterThan(0);
  });

  it('contains the Kupiansk contradiction as two claims with opposite control assertions', () => {
    const control = r.file.claims.filter((c) => c.assertions?.some((a) => a.type === 'control' && a.place === 'kupiansk'));
    const holders = new Set(control.flatMap((c) => c.assertions!.map((a) => (a.type === 'control' ? a.holder : ''))));
    expect(holders).toEqual(new Set(['RU', 'UA']));
    const ua = control.find((c) => c.actor === 'ukrainian-forces')!;
    const ru = control.find((c) => c.actor === 'russia-government')!;
    expect(ua.contradicts).toContain(ru.id);
    const { data } = loadClaims(r.file, 'draft.json', builtInPlaces());
    expect(data.claims.find((c) => c.id === ru.id)!.contradicts).toContain(ua.id);
  });

  it('names the article’s title and author, and invents no outlet, URL or date', () => {
    expect(r.file.title).toBe('Russia Seeks Permanent Resolution to Ongoing Ukraine Conflict');
    expect(r.file.sources[0]).toMatchObject({ author: 'Layla Al Mansoori', outlet: null, url: null, date: null });
    expect(r.file.claims.every((c) => c.statedOn === null)).toBe(true);
  });

  it('finds Ryabkov’s three quotes with him as the speaker', () => {
    const quotes = r.file.claims.filter((c) => c.textType === 'quote');
    expect(quotes.map((c) => [c.actor, c.text])).toEqual([
      ['sergey-ryabkov', 'We are open to discussing possible solutions'],
      ['sergey-ryabkov', 'However, we are not prepared in any way to support or agree to or even accept any NATO forces presence on Ukrainian territory.'],
      ['sergey-ryabkov', 'No, no, and again no.'],
    ]);
  });
});

describe('articles in Markdown and HTML', () => {
  it('strips HTML tags, scripts and entities, keeping paragraphs apart', () => {
    const html = '<html><head><script>alert(1)</script></head><body><h1>Title here</h1><p>Russia&rsquo;s army said it <b>captured</b> Kupiansk.</p></body></html>';
    expect(guessFormat(html)).toBe('html');
    expect(toPlainText(html)).toBe('Title here\nRussia’s army said it captured Kupiansk.');
  });

  it('strips Markdown headings, emphasis and links', () => {
    const md = '# Title\n\n**Zelensky** said [the US](https://x.test) agreed.';
    expect(toPlainText(md, guessFormat(md, 'a.md'))).toBe('Title\nZelensky said the US agreed.');
  });

  it('drafts the second article, which validates', () => {
    const raw = readFileSync(join(ROOT, 'test/fixtures/draft/pokrovsk-article.md'), 'utf8');
    const file = draft(toPlainText(raw, 'markdown'), { articleDate: '2025-11-20' }).file;
    expect(validates(file)).toEqual([]);
    expect(file.places.find((p) => p.id === 'pokrovsk')).toMatchObject({ geometry: { type: 'Point' }, dataSource: 'GeoNames', licence: 'CC BY 4.0' });
    expect(file.actors.find((a) => a.id === 'iaea')?.side).toBe('OBSERVER');
  });
});
