/**
 * <cm-author>: the authoring page. Paste an article (or open a claims file), get a draft
 * (src/model/draft/), see every place mention and attributed statement highlighted in the text,
 * review and edit each claim in a form that validates as you type (the loader's located
 * messages), add, merge, split or delete claims, give a place a geometry, and export the claims
 * file, the embed snippets and a PNG. Works offline; keeps the work in localStorage.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { draftClaims, type DraftFile } from '../../model/draft/draft-claims.ts';
import { draftInputs, type OblastCollection } from '../../model/draft/draft-inputs.ts';
import { toPlainText, guessFormat } from '../../model/draft/plain-text.ts';
import type { Gazetteer } from '../../model/draft/gazetteer.ts';
import type { ActorRegistry } from '../../model/draft/registry.ts';
import { formatProblem, loadClaims, type Problem } from '../../model/load-claims.ts';
import { placesFromGeoJSON, type Place } from '../../model/place.ts';
import { shareSnippets } from '../../model/share-snippets.ts';
import { DEFAULT_LINK_STATE } from '../../model/url-state.ts';
import { CLAIM_KINDS, VERIFICATION_STATUSES, type Claim, type Mention } from '../../model/schema.ts';
import { tokens } from '../tokens.ts';
import type { ConflictMap } from '../conflict-map/conflict-map.ts';

const STORAGE_KEY = 'cm-author-work';

interface Work {
  text: string;
  date: string;
  file: DraftFile | null;
}

type Inputs = ReturnType<typeof draftInputs>;

@customElement('cm-author')
export class CmAuthor extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: grid;
        grid-template-columns: minmax(18rem, 1fr) minmax(20rem, 26rem) minmax(20rem, 1.2fr);
        grid-template-rows: auto 1fr;
        gap: 0 1rem;
        height: 100vh;
        box-sizing: border-box;
        font: 1rem/1.5 var(--cm-font, 'Noto Sans', system-ui, sans-serif);
        color: #1a1a1a;
        background: #fff;
      }
      header {
        grid-column: 1 / -1;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 1rem;
        padding: 0.5rem 1rem;
        border-bottom: 1px solid #ccc;
      }
      header .actions {
        margin: 0;
      }
      header .status {
        margin: 0;
        flex: 1 1 16rem;
      }
      h1 {
        font-size: 1.25rem;
        margin: 0;
      }
      h2 {
        font-size: 1.05rem;
        margin: 0.75rem 0 0.25rem;
      }
      section {
        overflow: auto;
        padding: 0 0.5rem 1rem 1rem;
        min-height: 0;
      }
      textarea,
      input,
      select {
        font: inherit;
        box-sizing: border-box;
        max-width: 100%;
      }
      label {
        display: block;
        margin: 0.5rem 0 0.15rem;
        font-weight: 600;
      }
      label.inline {
        display: inline-flex;
        gap: 0.35rem;
        font-weight: normal;
        margin: 0.1rem 0.75rem 0.1rem 0;
      }
      .article-input {
        width: 100%;
        min-height: 50vh;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        margin: 0.5rem 0;
      }
      .article {
        white-space: pre-wrap;
        line-height: 1.7;
      }
      .claim-span {
        font: inherit;
        text-align: inherit;
        color: inherit;
        background: #fff1b8;
        border-bottom: 2px solid #8a6d00;
        cursor: pointer;
        box-decoration-break: clone;
        -webkit-box-decoration-break: clone;
      }
      .claim-span[aria-pressed='true'] {
        background: #ffd54f;
        outline: 2px solid #1a1a1a;
      }
      .claim-span:focus-visible {
        outline: 3px solid #0b57d0;
      }
      .place {
        text-decoration: underline dotted 2px;
        text-underline-offset: 3px;
        font-weight: 600;
        color: #0b3d91;
      }
      .place::before {
        content: '◆';
        font-size: 0.7em;
        margin-right: 0.1em;
      }
      .speaker-tag {
        font-size: 0.75em;
        font-weight: 600;
        background: #1a1a1a;
        color: #fff;
        border-radius: 3px;
        padding: 0 0.25em;
        margin-right: 0.2em;
      }
      .problems {
        border-left: 4px solid #b3261e;
        padding: 0.25rem 0.5rem;
        background: #fdecea;
        margin: 0.5rem 0;
      }
      .problems ul,
      .review ul {
        margin: 0.25rem 0;
        padding-left: 1.25rem;
      }
      .problem {
        display: block;
        color: #b3261e;
        font-weight: 600;
      }
      .problem::before {
        content: '⚠ ';
      }
      .ok {
        border-left: 4px solid #1b6e20;
        padding: 0.25rem 0.5rem;
        background: #e8f5e9;
      }
      .review {
        border-left: 4px solid #8a6d00;
        padding: 0.25rem 0.5rem;
        background: #fff8e1;
        margin: 0.5rem 0;
      }
      .claim-form textarea {
        width: 100%;
        min-height: 5rem;
      }
      .claim-form input[type='text'],
      .claim-form select {
        width: 100%;
      }
      .preview {
        display: flex;
        flex-direction: column;
        padding-right: 1rem;
      }
      conflict-map {
        flex: 1 0 36rem;
        --cm-min-height: 24rem;
        border: 1px solid #ccc;
        isolation: isolate;
      }
      .snippets textarea {
        width: 100%;
        min-height: 4rem;
        font-family: ui-monospace, monospace;
        font-size: 0.8rem;
      }
      .picking {
        outline: 3px dashed #0b57d0;
      }
      @media (max-width: 60rem) {
        :host {
          /* minmax(0, …): the column is the screen's width, not its widest content's. */
          grid-template-columns: minmax(0, 1fr);
          height: auto;
        }
        section {
          min-width: 0;
          overflow: visible;
          padding: 0 1rem 1rem;
        }
        conflict-map {
          flex: 0 0 auto;
          height: 80vh;
        }
      }
    `,
  ];

  @state() private text = '';
  @state() private date = '';
  @state() private file: DraftFile | null = null;
  @state() private selected: string | null = null;
  @state() private problems: Problem[] = [];
  @state() private status = '';
  @state() private picking = false;
  @state() private snippets: { link: string; iframe: string; element: string } | null = null;
  @state() private loadError = '';
  @state() private oblasts: { code: string; name: string }[] = [];
  private inputs: Inputs | null = null;
  private oblastCollection: OblastCollection | null = null;
  private builtIn: Place[] = [];
  private saveTimer = 0;
  @query('conflict-map') private map!: ConflictMap;

  override connectedCallback(): void {
    super.connectedCallback();
    try {
      const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Work | null;
      if (saved && typeof saved.text === 'string') {
        this.text = saved.text;
        this.date = saved.date ?? '';
        this.file = saved.file ?? null;
        if (this.file) this.status = msg('Your work from the last visit is back.');
      }
    } catch {
      // Nothing usable stored: start afresh.
    }
    void this.loadInputs();
  }

  /** The gazetteer, the actors registry, the oblasts and the built-in places, from the build's data folder. */
  private async loadInputs(): Promise<void> {
    const base = new URL('data/', document.baseURI);
    const get = async (path: string) => {
      const res = await fetch(new URL(path, base));
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return res.json();
    };
    try {
      const [gazetteer, registry, oblasts, places] = await Promise.all([get('gazetteer.json'), get('actors-registry.json'), get('basemap/oblasts.geojson'), get('places.geojson')]);
      this.oblastCollection = oblasts as OblastCollection;
      this.inputs = draftInputs(gazetteer as Gazetteer, registry as ActorRegistry, this.oblastCollection);
      this.builtIn = placesFromGeoJSON(places);
      this.oblasts = (oblasts as { features: { properties: { code: string; name_en: string } }[] }).features.map((f) => ({ code: f.properties.code, name: f.properties.name_en })).sort((a, b) => a.name.localeCompare(b.name));
      this.validate();
    } catch (e) {
      this.loadError = msg(str`The drafting data could not be loaded (${(e as Error).message}).`);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('text') || changed.has('date') || changed.has('file')) {
      clearTimeout(this.saveTimer);
      this.saveTimer = window.setTimeout(() => {
        try {
          localStorage.setItem(STORAGE_KEY, JSON.stringify({ text: this.text, date: this.date, file: this.file } satisfies Work));
        } catch {
          this.status = msg('Your work could not be kept in this browser (storage full or blocked): export it.');
        }
      }, 300);
    }
  }

  private previewTimer = 0;
  protected override updated(changed: PropertyValues): void {
    // The preview reloads its data on each change: wait for a pause in the typing.
    if (changed.has('file') && this.map) {
      clearTimeout(this.previewTimer);
      this.previewTimer = window.setTimeout(() => (this.map.claimsJson = this.file ?? undefined), 400);
    }
  }

  private validate(): void {
    if (!this.file) {
      this.problems = [];
      return;
    }
    this.problems = loadClaims(this.file, 'claims.json', this.builtIn).problems;
  }

  /** Every edit goes through here: a new file object, validated at once. */
  private edit(mutate: (f: DraftFile) => void): void {
    if (!this.file) return;
    const next = structuredClone(this.file);
    mutate(next);
    this.file = next;
    this.validate();
  }

  private draft(): void {
    if (!this.inputs) return;
    const text = toPlainText(this.text, guessFormat(this.text));
    const result = draftClaims(text, { ...this.inputs, articleDate: /^\d{4}-\d{2}-\d{2}$/.test(this.date) ? this.date : null });
    this.text = text;
    this.file = result.file;
    this.selected = result.file.claims[0]?.id ?? null;
    this.validate();
    this.status = msg(str`Draft: ${result.file.claims.length} claims on ${result.file.places.length} places; ${result.file.review.length} fields to review.`);
  }

  private async openFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const f = input.files?.[0];
    if (!f) return;
    try {
      const json = JSON.parse(await f.text()) as DraftFile;
      json.review ??= [];
      json.mentions ??= [];
      this.file = json;
      this.text = typeof json.articleText === 'string' ? json.articleText : '';
      this.selected = json.claims?.[0]?.id ?? null;
      this.validate();
      this.status = msg(str`Opened ${f.name}.`);
    } catch (err) {
      this.status = msg(str`${f.name} is not a JSON claims file: ${(err as Error).message}`);
    }
    input.value = '';
  }

  private restart(): void {
    this.file = null;
    this.selected = null;
    this.problems = [];
    this.snippets = null;
    this.status = msg('Edit the text, then draft again.');
  }

  /** A place's English name: its own `names`, or the built-in place's (built-in places are listed by id alone). */
  private placeName(p: { id?: unknown; names?: unknown }): string {
    const own = (p.names as { en?: string } | undefined)?.en;
    return own ?? this.builtIn.find((b) => b.id === p.id)?.names.en ?? String(p.id);
  }

  private get claim(): Claim | undefined {
    return this.file?.claims.find((c) => c.id === this.selected);
  }

  private setClaim<K extends keyof Claim>(key: K, value: Claim[K] | undefined): void {
    const id = this.selected;
    this.edit((f) => {
      const c = f.claims.find((x) => x.id === id);
      if (!c) return;
      if (value === undefined) delete c[key];
      else c[key] = value;
    });
  }

  private uniqueClaimId(base: string): string {
    const ids = new Set(this.file?.claims.map((c) => c.id));
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  private addClaim(): void {
    const f = this.file;
    if (!f || !f.actors.length || !f.places.length) {
      this.status = msg('A claim needs an actor and a place: draft an article first.');
      return;
    }
    const id = this.uniqueClaimId('new-claim');
    this.edit((x) => {
      x.claims.push({ id, actor: x.actors[0].id, source: x.sources[0].id, places: [x.places[0].id as string], kind: 'position', text: msg('(the words of the claim)'), textType: 'paraphrase', statedOn: null, verification: { status: 'not-assessed', by: null } });
      x.review.push({ collection: 'claims', record: id, field: 'text', note: msg('Added by hand: give the speaker, the words and the places.') });
    });
    this.selected = id;
  }

  private deleteClaim(): void {
    const id = this.selected;
    if (!id) return;
    this.edit((f) => {
      f.claims = f.claims.filter((c) => c.id !== id);
      for (const c of f.claims) {
        for (const k of ['contradicts', 'supports'] as const) {
          if (c[k]) c[k] = c[k].filter((x) => x !== id);
          if (c[k]?.length === 0) delete c[k];
        }
      }
      f.mentions = f.mentions.filter((m) => m.claim !== id);
      f.review = f.review.filter((r) => !(r.collection === 'claims' && r.record === id));
    });
    this.selected = this.file?.claims[0]?.id ?? null;
    this.status = msg(str`Claim ${id} deleted.`);
  }

  /** Splits the claim's text after its first sentence into two claims with the same speaker and places. */
  private splitClaim(): void {
    const c = this.claim;
    if (!c) return;
    const cut = /[.!?]["”]?\s+(?=\S)/.exec(c.text);
    if (!cut) {
      this.status = msg('This claim is one sentence: nothing to split.');
      return;
    }
    const at = cut.index + cut[0].length;
    const id = this.uniqueClaimId(`${c.id}-b`);
    this.edit((f) => {
      const i = f.claims.findIndex((x) => x.id === c.id);
      const first = f.claims[i];
      const second: Claim = { ...structuredClone(first), id, text: first.text.slice(at).trim() };
      delete second.contradicts;
      delete second.supports;
      first.text = first.text.slice(0, at).trim();
      f.claims.splice(i + 1, 0, second);
    });
    this.status = msg(str`Split into ${c.id} and ${id}.`);
  }

  /** Merges the claim with the next one in the list: texts joined, places and assertions together. */
  private mergeWithNext(): void {
    const f = this.file;
    const i = f?.claims.findIndex((x) => x.id === this.selected) ?? -1;
    if (!f || i < 0 || i + 1 >= f.claims.length) {
      this.status = msg('There is no next claim to merge with.');
      return;
    }
    const gone = f.claims[i + 1].id;
    this.edit((x) => {
      const a = x.claims[i];
      const b = x.claims[i + 1];
      a.text = `${a.text} ${b.text}`;
      a.places = [...new Set([...a.places, ...b.places])];
      if (b.assertions) a.assertions = [...(a.assertions ?? []), ...b.assertions];
      x.claims.splice(i + 1, 1);
      for (const m of x.mentions) if (m.claim === gone) m.claim = a.id;
      for (const c of x.claims) {
        for (const k of ['contradicts', 'supports'] as const) {
          if (c[k]) c[k] = [...new Set(c[k].map((y) => (y === gone ? a.id : y)))].filter((y) => y !== c.id);
          if (c[k]?.length === 0) delete c[k];
        }
      }
      x.review = x.review.filter((r) => !(r.collection === 'claims' && r.record === gone));
    });
    this.status = msg(str`Merged ${gone} into ${this.selected}.`);
  }

  private doneReview(index: number): void {
    this.edit((f) => {
      f.review.splice(index, 1);
    });
  }

  private setActorSide(actorId: string, side: string): void {
    this.edit((f) => {
      const a = f.actors.find((x) => x.id === actorId);
      if (a) a.side = side;
      if (!f.sides.some((s) => s.id === side)) f.sides.push({ id: side, label: side });
      f.review = f.review.filter((r) => !(r.collection === 'actors' && r.record === actorId && r.field === 'side'));
    });
  }

  /** A place of the editor's own: a polygon from an oblast, or a point picked on the map. */
  private addPlace(form: HTMLFormElement): void {
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const oblast = String(data.get('oblast') ?? '');
    if (!name) {
      this.status = msg('Give the place a name.');
      return;
    }
    const id = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'place';
    if (oblast) {
      const geometry = this.oblastCollection?.features.find((f) => f.properties.code === oblast)?.geometry;
      if (!geometry) return;
      this.edit((f) => {
        f.places.push({ id, names: { en: name }, kind: 'region', geometry, precision: msg('The outline of an oblast (Natural Earth 10m Admin-1, simplified to about 100 m), chosen by the editor'), dataSource: 'Natural Earth', licence: 'Public domain' });
      });
      this.status = msg(str`Place ${name} added with the outline of an oblast.`);
      form.reset();
      return;
    }
    this.picking = true;
    this.pendingPlace = { id, name };
    this.status = msg(str`Click the map where ${name} is (Escape cancels).`);
    const m = this.map?.maplibreMap;
    m?.once('click', (e: { lngLat: { lng: number; lat: number } }) => {
      if (!this.pendingPlace) return;
      const { id: pid, name: pname } = this.pendingPlace;
      const coordinates: [number, number] = [Math.round(e.lngLat.lng * 1e5) / 1e5, Math.round(e.lngLat.lat * 1e5) / 1e5];
      this.edit((f) => {
        f.places.push({ id: pid, names: { en: pname }, kind: 'place', geometry: { type: 'Point', coordinates }, precision: msg('A point the editor clicked on the map; approximate'), approximate: true, dataSource: msg('the editor'), licence: 'CC0' });
      });
      this.picking = false;
      this.pendingPlace = null;
      this.status = msg(str`Place ${pname} added at ${coordinates[1]}, ${coordinates[0]}.`);
      form.reset();
    });
  }
  private pendingPlace: { id: string; name: string } | null = null;

  private exportFile(): void {
    if (!this.file) return;
    const blob = new Blob([`${JSON.stringify(this.file, null, 2)}\n`], { type: 'application/json' });
    this.download(blob, 'claims.json');
    const root = new URL('./', document.baseURI).href;
    this.snippets = shareSnippets(root, DEFAULT_LINK_STATE, 'conflict-map-1', 'claims.json');
    this.status = this.problems.length ? msg(str`claims.json exported, with ${this.problems.length} problems still to fix.`) : msg('claims.json exported; it validates.');
  }

  private exportPng(): void {
    const m = this.map?.maplibreMap;
    if (!m) return;
    // The map's drawing buffer is cleared after each frame: read it in the frame it is drawn.
    m.once('render', () => {
      let url = '';
      try {
        url = m.getCanvas().toDataURL('image/png');
      } catch {
        url = '';
      }
      const bytes = url.startsWith('data:image/png;base64,') ? Uint8Array.from(atob(url.slice(22)), (ch) => ch.charCodeAt(0)) : null;
      if (bytes) this.download(new Blob([bytes], { type: 'image/png' }), 'map.png');
      this.status = bytes ? msg('map.png exported.') : msg('The map could not be exported as a PNG.');
    });
    m.triggerRepaint();
  }

  private download(blob: Blob, name: string): void {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  private handleKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.picking) {
      this.picking = false;
      this.pendingPlace = null;
      this.status = msg('Picking a point cancelled.');
    }
  };

  override firstUpdated(): void {
    this.addEventListener('keydown', this.handleKey);
    if (this.map) this.map.claimsJson = this.file ?? undefined;
  }

  override render() {
    return html`
      <header>
        <h1>${msg('Map an article')}</h1>
        <span>${msg('Draft the places and claims from the article, review each one, export the map.')}</span>
        <div class="row actions">
          <button class="button" type="button" ?disabled=${!this.file} @click=${() => this.exportFile()}>${msg('Export claims.json')}</button>
          <button class="button" type="button" ?disabled=${!this.file} @click=${() => this.exportPng()}>${msg('Export PNG')}</button>
        </div>
        <p role="status" aria-live="polite" class="status">${this.loadError || this.status}</p>
      </header>
      <section aria-labelledby="article-h">
        <h2 id="article-h">${msg('Article')}</h2>
        ${this.file ? this.renderArticle() : this.renderInput()}
      </section>
      <section aria-labelledby="claim-h">${this.renderClaims()}</section>
      <section class="preview" aria-labelledby="preview-h">
        <h2 id="preview-h">${msg('Preview')}</h2>
        <conflict-map class=${this.picking ? 'picking' : ''} no-list editor loading="eager" .claim=${this.selected ?? ''}></conflict-map>
        ${this.renderExport()}
      </section>
    `;
  }

  private renderInput() {
    return html`
      <label for="article-text">${msg('Paste the article (plain text, Markdown or HTML)')}</label>
      <textarea id="article-text" class="article-input" .value=${this.text} @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}></textarea>
      <label for="article-date">${msg('The article’s date, if you know it (dates such as “on Tuesday” are counted from it)')}</label>
      <input id="article-date" type="date" .value=${this.date} @input=${(e: Event) => (this.date = (e.target as HTMLInputElement).value)} />
      <div class="row">
        <button class="button" type="button" ?disabled=${!this.inputs || !this.text.trim()} @click=${() => this.draft()}>${msg('Draft claims')}</button>
        <label class="inline"><span>${msg('or open a claims file')}</span> <input type="file" accept=".json,application/json" @change=${(e: Event) => void this.openFile(e)} /></label>
      </div>
    `;
  }

  /** The text with place mentions marked and each statement a button that opens its claim. */
  private renderArticle() {
    const f = this.file!;
    const text = f.articleText ?? this.text;
    const claimSpans = f.mentions.filter((m): m is Mention & { claim: string } => !!m.claim && f.claims.some((c) => c.id === m.claim));
    const placeSpans = f.mentions.filter((m) => m.place);
    const actorName = (id: string) => f.actors.find((a) => a.id === id)?.name ?? id;
    const sideOf = (id: string) => f.actors.find((a) => a.id === id)?.side ?? '';
    const places = (from: number, to: number) => {
      const out: unknown[] = [];
      let at = from;
      for (const p of placeSpans) {
        if (p.start < from || p.end > to) continue;
        if (p.start > at) out.push(text.slice(at, p.start));
        out.push(html`<span class="place" title=${msg(str`Place: ${p.place}${p.reason ? ` (${p.reason})` : ''}`)}>${text.slice(p.start, p.end)}<span class="visually-hidden"> (${msg('place')})</span></span>`);
        at = p.end;
      }
      if (at < to) out.push(text.slice(at, to));
      return out;
    };
    const parts: unknown[] = [];
    let at = 0;
    for (const m of [...claimSpans].sort((a, b) => a.start - b.start)) {
      if (m.start < at) continue;
      parts.push(places(at, m.start));
      const c = f.claims.find((x) => x.id === m.claim)!;
      parts.push(
        // A span with the role of a button: a <button> is laid out as a block of its own and breaks the paragraph's lines.
        html`<span role="button" tabindex="0" class="claim-span" aria-pressed=${this.selected === c.id ? 'true' : 'false'} @click=${() => (this.selected = c.id)} @keydown=${(e: KeyboardEvent) => {
          if (e.key !== 'Enter' && e.key !== ' ') return;
          e.preventDefault();
          this.selected = c.id;
        }}
          ><span class="speaker-tag">${actorName(c.actor)} · ${sideOf(c.actor)}</span>${places(m.start, m.end)}</span
        >`,
      );
      at = m.end;
    }
    parts.push(places(at, text.length));
    return html`
      <p>${msg(str`${claimSpans.length} statements (highlighted; each opens its claim) and ${placeSpans.length} place mentions (◆, underlined).`)}</p>
      <div class="article">${parts}</div>
      <div class="row"><button class="button" type="button" @click=${() => this.restart()}>${msg('Edit the text and draft again')}</button></div>
      ${this.renderSource()}
    `;
  }

  /** The article as a source: title, outlet, author, date and URL (the text rarely gives all of them). */
  private renderSource() {
    const f = this.file!;
    const source = f.sources[0];
    if (!source) return nothing;
    const index = 0;
    const problems = this.problems.filter((p) => p.path.startsWith(`$.sources[${index}]`));
    const notes = f.review.map((r, i) => ({ r, i })).filter(({ r }) => r.collection === 'sources' && r.record === source.id);
    const set = (key: 'title' | 'outlet' | 'author' | 'date' | 'url', value: string) =>
      this.edit((x) => {
        const s = x.sources[index] as Record<string, unknown>;
        s[key] = key === 'title' ? value : value.trim() || null;
        x.review = x.review.filter((r) => !(r.collection === 'sources' && r.record === source.id && r.field === key && value.trim()));
      });
    const field = (key: 'title' | 'outlet' | 'author' | 'date' | 'url', label: string) => html`
      <label for=${`src-${key}`}>${label}</label>
      <input id=${`src-${key}`} type="text" .value=${(source as Record<string, unknown>)[key] == null ? '' : String((source as Record<string, unknown>)[key])} @input=${(e: Event) => set(key, (e.target as HTMLInputElement).value)} />
      ${problems.filter((p) => p.field === key).map((p) => html`<span class="problem" role="alert">${p.message}</span>`)}
    `;
    return html`
      <h2 id="source-h">${msg('The article as a source')}</h2>
      ${notes.length ? html`<div class="review"><strong>${msg('To review')}</strong><ul>${notes.map(({ r }) => html`<li>${r.field}: ${r.note}</li>`)}</ul></div>` : nothing}
      <form class="claim-form" aria-labelledby="source-h" @submit=${(e: Event) => e.preventDefault()}>
        ${field('title', msg('Headline'))} ${field('outlet', msg('Outlet'))} ${field('author', msg('Author'))} ${field('date', msg('Published (YYYY-MM-DD)'))} ${field('url', msg('Address (https://…)'))}
      </form>
    `;
  }

  private renderClaims() {
    const f = this.file;
    if (!f) return html`<h2 id="claim-h">${msg('Claims')}</h2><p>${msg('Paste an article and draft its claims, or open a claims file.')}</p>`;
    const c = this.claim;
    const claimProblems = this.problems.filter((p) => p.record === c?.id || p.path.startsWith(`$.claims[${f.claims.findIndex((x) => x.id === c?.id)}]`));
    const notes = f.review.map((r, i) => ({ r, i })).filter(({ r }) => (r.collection === 'claims' && r.record === c?.id) || (r.collection === 'actors' && r.record === c?.actor) || (r.collection === 'places' && c?.places.includes(r.record)));
    const actor = f.actors.find((a) => a.id === c?.actor);
    return html`
      <h2 id="claim-h">${msg('Claims')}</h2>
      ${this.problems.length
        ? html`<div class="problems" role="alert"><strong>${msg(str`${this.problems.length} problems: the file does not validate yet.`)}</strong><ul>${this.problems.slice(0, 20).map((p) => html`<li>${formatProblem(p)}</li>`)}</ul></div>`
        : html`<p class="ok">${msg('The claims file validates.')}</p>`}
      <label for="claim-select">${msg('Claim')}</label>
      <select id="claim-select" .value=${this.selected ?? ''} @change=${(e: Event) => (this.selected = (e.target as HTMLSelectElement).value)}>
        ${f.claims.map((x, i) => html`<option value=${x.id} ?selected=${x.id === this.selected}>${i + 1}. ${f.actors.find((a) => a.id === x.actor)?.name ?? x.actor}: ${x.text.length > 60 ? `${x.text.slice(0, 60)}…` : x.text}</option>`)}
      </select>
      <div class="row">
        <button class="button" type="button" @click=${() => this.addClaim()}>${msg('Add a claim')}</button>
        <button class="button" type="button" ?disabled=${!c} @click=${() => this.splitClaim()}>${msg('Split')}</button>
        <button class="button" type="button" ?disabled=${!c} @click=${() => this.mergeWithNext()}>${msg('Merge with next')}</button>
        <button class="button" type="button" ?disabled=${!c} @click=${() => this.deleteClaim()}>${msg('Delete')}</button>
      </div>
      ${c ? this.renderForm(c, actor, claimProblems, notes) : nothing}
      <h2>${msg('Add a place')}</h2>
      <form class="claim-form" @submit=${(e: Event) => { e.preventDefault(); this.addPlace(e.target as HTMLFormElement); }}>
        <label for="place-name">${msg('Name')}</label>
        <input id="place-name" name="name" type="text" />
        <label for="place-oblast">${msg('Outline: an oblast, or none to click a point on the map')}</label>
        <select id="place-oblast" name="oblast">
          <option value="">${msg('None: click a point on the map')}</option>
          ${this.oblasts.map((o) => html`<option value=${o.code}>${o.name} (${o.code})</option>`)}
        </select>
        <div class="row"><button class="button" type="submit">${msg('Add the place')}</button></div>
      </form>
    `;
  }

  private renderForm(c: Claim, actor: DraftFile['actors'][number] | undefined, problems: Problem[], notes: { r: DraftFile['review'][number]; i: number }[]) {
    const f = this.file!;
    const field = (name: string) => problems.filter((p) => p.field === name || p.field.startsWith(`${name}.`)).map((p) => html`<span class="problem" role="alert">${p.message}</span>`);
    return html`
      ${notes.length
        ? html`<div class="review claim-review"><strong>${msg('To review')}</strong><ul>${notes.map(({ r, i }) => html`<li>${r.field}: ${r.note} <button class="button" type="button" @click=${() => this.doneReview(i)} aria-label=${msg(str`Reviewed: ${r.field}`)}>${msg('Reviewed')}</button></li>`)}</ul></div>`
        : nothing}
      <form class="claim-form" @submit=${(e: Event) => e.preventDefault()}>
        <label for="f-actor">${msg('Speaker')}</label>
        <select id="f-actor" @change=${(e: Event) => this.setClaim('actor', (e.target as HTMLSelectElement).value)}>
          ${f.actors.map((a) => html`<option value=${a.id} ?selected=${a.id === c.actor}>${a.name}</option>`)}
        </select>
        ${field('actor')}
        <label for="f-side">${msg('Speaker’s side')}</label>
        <select id="f-side" @change=${(e: Event) => actor && this.setActorSide(actor.id, (e.target as HTMLSelectElement).value)}>
          ${f.sides.map((s) => html`<option value=${s.id} ?selected=${s.id === actor?.side}>${s.label} (${s.id})</option>`)}
          ${['RU', 'UA', 'US', 'OBSERVER'].filter((s) => !f.sides.some((x) => x.id === s)).map((s) => html`<option value=${s}>${s}</option>`)}
        </select>
        <label for="f-text">${msg('Words')}</label>
        <textarea id="f-text" .value=${c.text} @input=${(e: Event) => this.setClaim('text', (e.target as HTMLTextAreaElement).value)}></textarea>
        ${field('text')}
        <label for="f-texttype">${msg('Quote or paraphrase')}</label>
        <select id="f-texttype" @change=${(e: Event) => this.setClaim('textType', (e.target as HTMLSelectElement).value as Claim['textType'])}>
          <option value="quote" ?selected=${c.textType === 'quote'}>${msg('quote: the speaker’s own words')}</option>
          <option value="paraphrase" ?selected=${c.textType === 'paraphrase'}>${msg('paraphrase: the article’s words')}</option>
        </select>
        <label for="f-kind">${msg('Kind')}</label>
        <select id="f-kind" @change=${(e: Event) => this.setClaim('kind', (e.target as HTMLSelectElement).value as Claim['kind'])}>
          ${CLAIM_KINDS.map((k) => html`<option value=${k} ?selected=${k === c.kind}>${k}</option>`)}
        </select>
        <fieldset>
          <legend>${msg('Places')}</legend>
          ${f.places.map((p) => html`<label class="inline"><input type="checkbox" .checked=${c.places.includes(p.id as string)} @change=${(e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            this.setClaim('places', on ? [...c.places, p.id as string] : c.places.filter((x) => x !== p.id));
          }} />${this.placeName(p)}</label>`)}
          ${field('places')}
        </fieldset>
        <label for="f-stated">${msg('Stated on (YYYY, YYYY-MM or YYYY-MM-DD; empty: the text does not say)')}</label>
        <input id="f-stated" type="text" .value=${c.statedOn ?? ''} @input=${(e: Event) => this.setClaim('statedOn', (e.target as HTMLInputElement).value.trim() || null)} />
        ${field('statedOn')}
        <label for="f-verification">${msg('Verification')}</label>
        <select id="f-verification" @change=${(e: Event) => this.setClaim('verification', { ...c.verification, status: (e.target as HTMLSelectElement).value as Claim['verification']['status'] })}>
          ${VERIFICATION_STATUSES.map((s) => html`<option value=${s} ?selected=${s === c.verification.status}>${s}</option>`)}
        </select>
        <label for="f-vnote">${msg('Verification note')}</label>
        <input id="f-vnote" type="text" .value=${c.verification.note ?? ''} @input=${(e: Event) => {
          const note = (e.target as HTMLInputElement).value;
          const { note: _old, ...rest } = c.verification;
          void _old;
          this.setClaim('verification', note ? { ...rest, note } : rest);
        }} />
        ${field('verification')}
        <label for="f-assertions">${msg('Assertions (JSON)')}</label>
        <textarea id="f-assertions" .value=${JSON.stringify(c.assertions ?? [], null, 1)} @change=${(e: Event) => {
          try {
            const list = JSON.parse((e.target as HTMLTextAreaElement).value) as Claim['assertions'];
            this.setClaim('assertions', Array.isArray(list) && list.length ? list : undefined);
          } catch (err) {
            this.status = msg(str`Assertions: not JSON (${(err as Error).message}); not changed.`);
          }
        }}></textarea>
        ${field('assertions')}
      </form>
    `;
  }

  private renderExport() {
    return html`
      ${this.snippets
        ? html`<div class="snippets">
            <h2>${msg('Publish')}</h2>
            <p>${msg('Publish claims.json beside the map, then use one of these:')}</p>
            <label for="s-link">${msg('Link')}</label><textarea id="s-link" readonly .value=${this.snippets.link}></textarea>
            <label for="s-iframe">${msg('Iframe')}</label><textarea id="s-iframe" readonly .value=${this.snippets.iframe}></textarea>
            <label for="s-element">${msg('Element')}</label><textarea id="s-element" readonly .value=${this.snippets.element}></textarea>
          </div>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cm-author': CmAuthor;
  }
}
