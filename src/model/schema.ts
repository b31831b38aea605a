/**
 * The claims file format: one definition gives the TypeScript types (`InferOutput`),
 * the runtime validation (`loadClaims`) and the published JSON Schema
 * (`public/data/claims.schema.json`, written by `npm run schema`).
 */
import * as v from 'valibot';
import { PARTIAL_DATE_PATTERN, isRealPartialDate } from './partial-date.ts';

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens'),
  v.description('Stable identifier: lower-case letters, digits and hyphens.'),
);

const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

export const SideCodeSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Z][A-Z0-9-]{1,15}$/, 'must be an upper-case code such as RU, UA or US'),
  v.description('Code of a side declared in `sides`, e.g. RU, UA, US.'),
);

export const PartialDateSchema = v.pipe(
  v.string(),
  v.regex(PARTIAL_DATE_PATTERN, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isRealPartialDate, 'is not a real calendar date'),
  v.description('A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.'),
);

/** null means the source does not say: unknown stays unknown. */
const UnknownOr = <T extends v.GenericSchema>(schema: T) => v.nullable(schema);

export const HttpUrlSchema = v.pipe(
  v.string(),
  v.regex(/^https?:\/\/[^\s]+$/i, 'must be an http: or https: URL'),
  v.check((u) => {
    try {
      const url = new URL(u);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http: or https: URL'),
);

export const SideSchema = v.strictObject({
  id: SideCodeSchema,
  label: v.pipe(Text, v.description('How the UI names the side: "Russia", "Ukraine".')),
  description: v.optional(Text),
  colour: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f4e8c'),
      v.description('Accent for the side’s badge; the side is always named in text too.'),
    ),
  ),
});

export const ActorSchema = v.strictObject({
  id: Id,
  name: Text,
  kind: v.picklist(['person', 'institution', 'group']),
  role: v.optional(UnknownOr(Text)),
  side: v.pipe(
    v.nullable(SideCodeSchema),
    v.description(
      'Code of the side the actor speaks for; null for an observer who belongs to no side (the IAEA, ISW, a journalist, a court). An observer’s claims count like any other.',
    ),
  ),
  affiliation: v.optional(Text),
});

export const SourceSchema = v.strictObject({
  id: Id,
  title: Text,
  outlet: UnknownOr(Text),
  author: UnknownOr(Text),
  date: UnknownOr(PartialDateSchema),
  dateNote: v.optional(Text),
  url: UnknownOr(HttpUrlSchema),
});

const Position = v.pipe(
  v.tuple([v.pipe(v.number(), v.minValue(-180), v.maxValue(180)), v.pipe(v.number(), v.minValue(-90), v.maxValue(90))]),
  v.description('[longitude, latitude] in WGS 84 degrees'),
);
const Ring = v.pipe(v.array(Position), v.minLength(4, 'a ring needs at least 4 positions'));
const Line = v.pipe(v.array(Position), v.minLength(2, 'a line needs at least 2 positions'));

export const PlaceGeometrySchema = v.variant('type', [
  v.strictObject({ type: v.literal('Point'), coordinates: Position }),
  v.strictObject({ type: v.literal('Polygon'), coordinates: v.pipe(v.array(Ring), v.minLength(1)) }),
  v.strictObject({ type: v.literal('MultiPolygon'), coordinates: v.pipe(v.array(v.pipe(v.array(Ring), v.minLength(1))), v.minLength(1)) }),
  v.strictObject({ type: v.literal('LineString'), coordinates: Line }),
  v.strictObject({ type: v.literal('MultiLineString'), coordinates: v.pipe(v.array(Line), v.minLength(1)) }),
]);

export const NamesSchema = v.strictObject({ en: Text, uk: v.optional(Text), ru: v.optional(Text) });

export const PlaceRefSchema = v.pipe(
  v.strictObject({
    id: Id,
    names: v.optional(NamesSchema),
    kind: v.optional(Text),
    geometry: v.optional(PlaceGeometrySchema),
    approximate: v.optional(v.boolean()),
    precision: v.optional(Text),
    dataSource: v.optional(Text),
    licence: v.optional(Text),
  }),
  v.description(
    'A place the claims are about. Without `geometry` it must be one of the built-in places (public/data/places.geojson); with it, `names`, `precision`, `dataSource` and `licence` are required.',
  ),
  v.check(
    (p) => !p.geometry || (p.names !== undefined && p.precision !== undefined && p.dataSource !== undefined && p.licence !== undefined),
    'a place with its own geometry must name it (names), and give its precision, dataSource and licence',
  ),
);

export const CLAIM_KINDS = [
  'territorial-control',
  'territorial-claim',
  'position',
  'negotiation',
  'security-guarantee',
  'battlefield-report',
  'promise',
] as const;

/** A claim kind the file declares beside the built-in ones, named like a side: `{ "id": "nuclear-safety", "label": "Nuclear safety" }`. */
export const ClaimKindSchema = v.strictObject({
  id: v.pipe(Id, v.description('The kind as claims name it; must not be a built-in kind')),
  label: v.pipe(Text, v.description('How the UI names the kind')),
  description: v.optional(Text),
});

export const VERIFICATION_STATUSES = ['not-assessed', 'unverified', 'disputed', 'corroborated', 'confirmed', 'false', 'retracted'] as const;

/**
 * A claim withdrawn by whoever made it (retracted, deleted) or rated false stays on record and
 * visible, but no longer counts toward a place's status.
 */
export const DISCOUNTED_STATUSES: readonly VerificationStatus[] = ['false', 'retracted'];

export const ControlAssertionSchema = v.strictObject({
  type: v.literal('control'),
  place: Id,
  holder: v.pipe(SideCodeSchema, v.description('The side said to hold the place after what the claim describes.')),
  action: v.picklist(['holds', 'captured', 'regained']),
  extent: v.picklist(['whole', 'part', 'unknown']),
  asOf: UnknownOr(PartialDateSchema),
});

export const TerritorialClaimAssertionSchema = v.strictObject({
  type: v.literal('territorial-claim'),
  place: Id,
  by: v.pipe(SideCodeSchema, v.description('The side asserting the territory or setting terms over it.')),
  terms: v.optional(Text),
});

export const AssertionSchema = v.variant('type', [ControlAssertionSchema, TerritorialClaimAssertionSchema]);

export const ClaimSchema = v.strictObject({
  id: Id,
  actor: v.pipe(Id, v.description('id of an entry in `actors`')),
  source: v.pipe(Id, v.description('id of an entry in `sources`: where this claim was read')),
  statedIn: v.optional(UnknownOr(Text)),
  places: v.pipe(v.array(Id), v.minLength(1, 'a claim needs at least one place')),
  kind: v.pipe(Id, v.description(`One of the built-in kinds (${CLAIM_KINDS.join(', ')}) or a kind declared in the file's \`kinds\``)),
  text: Text,
  textType: v.pipe(v.picklist(['quote', 'paraphrase']), v.description('quote: the actor’s verbatim words; paraphrase: the source’s rendering')),
  summary: v.optional(v.pipe(Text, v.description('One attributed sentence for the status line: "Russia says it captured Kupiansk".'))),
  statedOn: UnknownOr(PartialDateSchema),
  eventOn: v.optional(UnknownOr(PartialDateSchema)),
  dateNote: v.optional(Text),
  verification: v.strictObject({
    status: v.picklist(VERIFICATION_STATUSES),
    by: UnknownOr(Text),
    note: v.optional(Text),
  }),
  assertions: v.optional(v.array(AssertionSchema)),
  contradicts: v.optional(v.array(Id)),
  supports: v.optional(v.array(Id)),
});

/**
 * An assessment of who holds what, from outside the claims (DeepStateMap, Project Owl…): a
 * polygon GeoJSON of the areas it marks as held by one side, on one date.
 */
export const AssessmentSchema = v.strictObject({
  id: Id,
  url: v.pipe(Text, v.description('URL of a GeoJSON file of (Multi)Polygons, absolute or relative to the claims file')),
  holder: v.pipe(SideCodeSchema, v.description('The side the areas are marked as held by')),
  date: UnknownOr(PartialDateSchema),
  source: v.pipe(Text, v.description('Who made the assessment, as the map credits it')),
  sourceUrl: v.optional(UnknownOr(HttpUrlSchema)),
  licence: Text,
  filter: v.optional(
    v.pipe(
      v.strictObject({ property: Text, equals: v.union([v.string(), v.number()]) }),
      v.description('Keep only features whose property equals this (e.g. layer = areas_ru)'),
    ),
  ),
});

/**
 * The article the claims come from. An object, so that later members (its text, the spans of its
 * mentions) fit beside these.
 */
export const ArticleSchema = v.strictObject({
  title: Text,
  outlet: v.optional(UnknownOr(Text)),
  author: v.optional(UnknownOr(Text)),
  published: v.optional(UnknownOr(PartialDateSchema)),
  url: v.optional(UnknownOr(HttpUrlSchema)),
});

/**
 * Where the article names a place or makes a claim: character offsets into `articleText`.
 * Written by the article drafter (`npm run draft`); the authoring page highlights them.
 */
export const MentionSchema = v.pipe(
  v.strictObject({
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
    place: v.optional(Id),
    claim: v.optional(Id),
    confidence: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
    reason: v.optional(Text),
  }),
  v.check((m) => m.end > m.start, 'end must be after start'),
  v.check((m) => (m.place === undefined) !== (m.claim === undefined), 'a mention names either a place or a claim'),
);

/** A drafted field the text did not settle: an editor checks it before publishing. */
export const ReviewItemSchema = v.strictObject({
  collection: v.picklist(['sides', 'actors', 'sources', 'places', 'claims']),
  record: Id,
  field: Text,
  note: Text,
});

export const ClaimsFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  title: v.optional(Text),
  article: v.optional(ArticleSchema),
  defaultDate: v.optional(
    v.pipe(
      v.union([v.literal('published'), PartialDateSchema]),
      v.description('The as-of date the map opens at when the reader has not chosen one: "published" (the article\'s publication date) or a date. Without it, the map opens at the latest claims.'),
    ),
  ),
  kinds: v.optional(v.array(ClaimKindSchema)),
  sides: v.array(SideSchema),
  actors: v.array(ActorSchema),
  sources: v.array(SourceSchema),
  places: v.array(PlaceRefSchema),
  claims: v.array(ClaimSchema),
  assessments: v.optional(v.array(AssessmentSchema)),
  articleText: v.optional(v.pipe(v.string(), v.description('The article the claims were read from, as plain text: mentions point into it'))),
  mentions: v.optional(v.array(MentionSchema)),
  review: v.optional(v.pipe(v.array(ReviewItemSchema), v.description('Fields a draft left for an editor to check; empty once reviewed'))),
});

export type Side = v.InferOutput<typeof SideSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type PlaceRef = v.InferOutput<typeof PlaceRefSchema>;
export type PlaceGeometry = v.InferOutput<typeof PlaceGeometrySchema>;
export type ControlAssertion = v.InferOutput<typeof ControlAssertionSchema>;
export type TerritorialClaimAssertion = v.InferOutput<typeof TerritorialClaimAssertionSchema>;
export type Assertion = v.InferOutput<typeof AssertionSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type ClaimKindDef = v.InferOutput<typeof ClaimKindSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];
export type ClaimsFile = v.InferOutput<typeof ClaimsFileSchema>;
export type Mention = v.InferOutput<typeof MentionSchema>;
export type ReviewItem = v.InferOutput<typeof ReviewItemSchema>;
export type AssessmentRef = v.InferOutput<typeof AssessmentSchema>;
