// The text of a document nobody is typing in, kept compact. V8 stores a text with any character
// above U+00FF (curly quotes, dashes: most legal text) at two bytes per character; deflated
// (fast level) it takes about a seventh of that on legal text (bench documents 206 KB → 60 KB,
// corpus texts likewise). The model keeps the bytes and inflates them when its text is read;
// the last few texts read are kept whole, so a hover or a check of one document inflates it once.
// Nothing is read from disk: the text is the one that was indexed, even when the file has
// changed since.
//
// The model must hold nothing else of the text: V8 keeps a slice of 13 characters or more as a
// view of the whole text, so every string of the model is replaced by a copy first (text.ts); the
// short ones (unit ids, labels, numbers) by one copy shared with the other documents.
import { deflateRaw, deflateRawSync, inflateRawSync, constants } from 'node:zlib';
import { promisify } from 'node:util';
import type { DocumentModel } from './document';
import { detachStrings, stringDetacher, type StringInterner } from './text';
import { SortedUnitIndex } from './unitIndex';
import { packReferences, unpackReferences, type PackedReferences } from './packedReferences';
import type { DocumentReference } from './document';
import type { Unit } from './model';
import { packedUnitCount, packUnits, unpackUnits, type PackedUnits } from './packedUnits';

/** How many texts are kept whole (the documents read most recently). */
const WHOLE_KEPT = 8;
/** Shorter texts are not worth the bother. */
const SMALLEST = 4096;

interface Slot {
  bytes: Uint8Array;
  text: string | undefined;
}

const wholeSlots: Slot[] = [];
const decoder = new TextDecoder('utf-8');
const SKIP_TEXT = new Set(['text']);
/** A lone surrogate would not survive the round trip through UTF-8 (a pair does). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** The native test where there is one (Node 20): the regex took 1.5 % of a cold index. */
const isWellFormed = (String.prototype as { isWellFormed?: () => boolean }).isWellFormed;
const hasLoneSurrogate = (text: string): boolean => (isWellFormed ? !isWellFormed.call(text) : LONE_SURROGATE.test(text));

/** Texts inflated since the process started (for tests: what reads a resting text and what need not). */
export let textsInflated = 0;

function inflate(slot: Slot): string {
  textsInflated++;
  const text = decoder.decode(inflateRawSync(slot.bytes));
  keepWhole(slot, text);
  return text;
}

/** Keeps `text` whole in its slot as one of the last WHOLE_KEPT texts read; the oldest of them goes back to its bytes. */
function keepWhole(slot: Slot, text: string): void {
  slot.text = text;
  wholeSlots.push(slot);
  if (wholeSlots.length > WHOLE_KEPT) (wholeSlots.shift() as Slot).text = undefined;
}

/**
 * Keeps the model's text deflated from now on. Nothing changes for readers of `model.text`.
 * The model's strings are replaced by copies (interned when short) that do not hold the text.
 */
export function restText(model: DocumentModel, interner: StringInterner): void {
  if (!mayRest(model)) return;
  const text = model.text;
  rested++;
  detachStrings(model, SKIP_TEXT, interner);
  afterCopies(model);
  keepDeflated(model, deflateRawSync(Buffer.from(text, 'utf8'), DEFLATE_OPTIONS));
}

/**
 * `restText` for a model nobody reads yet (a document indexed while the user types): the same
 * model in the end, but the copies are made in steps of about `sliceMs`, with `cede()` awaited
 * between them, and the text is deflated off this thread (zlib's thread pool).
 */
export async function restTextInSlices(model: DocumentModel, interner: StringInterner, cede: () => Promise<void>, sliceMs: number): Promise<void> {
  if (!mayRest(model)) return;
  const text = model.text;
  rested++;
  const step = stringDetacher(model, SKIP_TEXT, interner);
  while (!step(performance.now() + sliceMs)) await cede();
  afterCopies(model);
  keepDeflated(model, await deflateRawAsync(Buffer.from(text, 'utf8'), DEFLATE_OPTIONS));
}

const DEFLATE_OPTIONS = { level: constants.Z_BEST_SPEED };
const deflateRawAsync = promisify(deflateRaw);

function mayRest(model: DocumentModel): boolean {
  // A model at rest already (put to rest in slices before `set`) is left as it is: reading its text would inflate it.
  if (isResting(model)) return false;
  const text = model.text;
  return text.length >= SMALLEST && !hasLoneSurrogate(text);
}

function afterCopies(model: DocumentModel): void {
  // After the copies: the index holds the model's own (copied) units array.
  model.unitsById = new SortedUnitIndex(model.units);
  restReferences(model);
  restUnits(model);
}

/** The deflated text of each resting model (what the index cache stores of it). */
const textSlots = new WeakMap<DocumentModel, Slot>();

/** `whole`: the text itself, kept as if just read (one of the last WHOLE_KEPT). */
function keepDeflated(model: DocumentModel, bytes: Uint8Array, whole?: string): void {
  const slot: Slot = { bytes, text: undefined };
  textSlots.set(model, slot);
  if (whole !== undefined) keepWhole(slot, whole);
  Object.defineProperty(model, 'text', {
    enumerable: true,
    configurable: true,
    get: () => slot.text ?? inflate(slot),
  });
}

/** How many documents keep their citations as objects too: a check reads one document's citations many times. */
const CITATIONS_KEPT = 16;

interface CitationSlot {
  packed: PackedReferences;
  value: DocumentReference[] | undefined;
}

const citationSlots: CitationSlot[] = [];

function materialise(slot: CitationSlot): DocumentReference[] {
  const value = unpackReferences(slot.packed);
  slot.value = value;
  citationSlots.push(slot);
  if (citationSlots.length > CITATIONS_KEPT) (citationSlots.shift() as CitationSlot).value = undefined;
  return value;
}

/** Keeps the model's citations packed (packedReferences.ts), read back on demand: nothing changes for readers of `model.references`. */
function restReferences(model: DocumentModel): void {
  const packed = packReferences(model.references);
  if (packed) keepReferencesPacked(model, packed);
}

const citationSlotsByModel = new WeakMap<DocumentModel, CitationSlot>();

function keepReferencesPacked(model: DocumentModel, packed: PackedReferences): void {
  const slot: CitationSlot = { packed, value: undefined };
  citationSlotsByModel.set(model, slot);
  Object.defineProperty(model, 'references', {
    enumerable: true,
    configurable: true,
    get: () => slot.value ?? materialise(slot),
  });
}

/** How many documents keep their unit trees whether used or not: a check reads its document's and the cited ones'. */
const TREES_KEPT = 16;

interface Tree {
  root: Unit;
  units: Unit[];
  unitsById: SortedUnitIndex;
}

interface TreeSlot {
  packed: PackedUnits;
  order: Int32Array;
  /** The tree, while it is one of the last read. */
  kept: Tree | undefined;
  /** The tree's root while anything holds a unit of it (a unit leads to the root through its parents); none before it is first read. */
  root: WeakRef<Unit> | undefined;
}

/** A live root's tree: the `units` array and index read back with it. */
const treesByRoot = new WeakMap<Unit, Tree>();
const keptTrees: TreeSlot[] = [];
const treeSlots = new WeakMap<DocumentModel, TreeSlot>();

function treeOf(slot: TreeSlot): Tree {
  if (slot.kept) return slot.kept;
  const root = slot.root?.deref();
  let tree = root && treesByRoot.get(root);
  if (!tree) {
    const read = unpackUnits(slot.packed);
    tree = { root: read.root, units: read.units, unitsById: new SortedUnitIndex(read.units, slot.order) };
    treesByRoot.set(tree.root, tree);
    slot.root = new WeakRef(tree.root);
  }
  slot.kept = tree;
  keptTrees.push(slot);
  if (keptTrees.length > TREES_KEPT) (keptTrees.shift() as TreeSlot).kept = undefined;
  return tree;
}

/**
 * Keeps the model's unit tree packed (packedUnits.ts). A unit is compared by identity and keys
 * caches, so a tree is built again only when nothing holds any unit of it: as long as one unit
 * lives, its parents lead to the root, and `model.units`, `root` and `unitsById` give that tree.
 */
function restUnits(model: DocumentModel): void {
  const packed = packUnits(model.root, model.units);
  if (!packed || !(model.unitsById instanceof SortedUnitIndex)) return;
  const tree: Tree = { root: model.root, units: model.units, unitsById: model.unitsById };
  treesByRoot.set(tree.root, tree);
  keepUnitsPacked(model, { packed, order: tree.unitsById.idOrder, kept: undefined, root: new WeakRef(tree.root) });
}

function keepUnitsPacked(model: DocumentModel, slot: TreeSlot): void {
  treeSlots.set(model, slot);
  for (const key of ['root', 'units', 'unitsById'] as const) {
    Object.defineProperty(model, key, { enumerable: true, configurable: true, get: () => treeOf(slot)[key] });
  }
}

/**
 * The model's units, for a reader that keeps none of them (it reads numbers, labels, kinds): a
 * resting tree nobody holds is read back for this call only, and not kept. Asking for
 * `model.units` would keep every tree read until the current task ends (a WeakRef read does), and
 * a scan of every document would hold every tree at once.
 */
export function unitsToRead(model: DocumentModel): readonly Unit[] {
  const slot = treeSlots.get(model);
  if (!slot) return model.units;
  return slot.kept ? slot.kept.units : unpackUnits(slot.packed).units;
}

/** How many units the model has, without reading a resting tree back (a count over every document holds no tree). */
export function unitCount(model: DocumentModel): number {
  const slot = treeSlots.get(model);
  return !slot ? model.units.length : slot.kept ? slot.kept.units.length : packedUnitCount(slot.packed);
}

/** Whether the model's unit tree is kept packed (for tests). */
export function unitsRest(model: DocumentModel): boolean {
  return Object.getOwnPropertyDescriptor(model, 'units')?.get !== undefined;
}

/** Whether the model's citations are kept packed (for tests and the resolution cache). */
export function referencesRest(model: DocumentModel): boolean {
  return Object.getOwnPropertyDescriptor(model, 'references')?.get !== undefined;
}

let rested = 0;

/** Whether any document's text has been put to rest (then cached results must not hold slices of texts). */
export function someTextsRest(): boolean {
  return rested > 0;
}

/** Whether the model's text is kept compact (for tests and the memory benchmark). */
export function isResting(model: DocumentModel): boolean {
  return Object.getOwnPropertyDescriptor(model, 'text')?.get !== undefined;
}

/**
 * A resting model's parts as the index cache stores them (indexCache.ts): its packed unit tree and
 * citations and its deflated text, not the object trees they stand for, so that a warm start
 * neither builds those trees nor packs them again. Undefined for a model not at rest.
 */
export interface RestingParts {
  /** The model's other properties (not its text, line index, unit tree or packed citations). */
  fields: Record<string, unknown>;
  units: PackedUnits;
  /** The units' places in id order (unitIndex.ts). */
  order: Int32Array;
  /** Undefined when the citations could not be packed: `fields.references` holds them. */
  references: PackedReferences | undefined;
  textBytes: Uint8Array;
}

const PACKED_KEYS = new Set(['text', 'lines', 'root', 'units', 'unitsById', 'references']);
const PACKED_KEYS_BUT_CITATIONS = new Set([...PACKED_KEYS].filter((key) => key !== 'references'));

export function restingParts(model: DocumentModel): RestingParts | undefined {
  const tree = treeSlots.get(model);
  const text = textSlots.get(model);
  if (!tree || !text) return undefined;
  const citations = citationSlotsByModel.get(model);
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(model)) {
    if (PACKED_KEYS.has(key) && (key !== 'references' || citations)) continue;
    fields[key] = (model as unknown as Record<string, unknown>)[key];
  }
  return { fields, units: tree.packed, order: tree.order, references: citations?.packed, textBytes: text.bytes };
}

/**
 * The resting model `restingParts` gave, for `text` (the text those parts were made from: the
 * cache's key holds its hash), whole until WHOLE_KEPT texts are read after it.
 */
export function restingFromParts(parts: RestingParts, text: string, version: number, lines: DocumentModel['lines']): DocumentModel {
  const model = { ...parts.fields, version, lines } as unknown as DocumentModel;
  rested++;
  notShared.add(model);
  // A structured copy does not keep an array frozen: the leaves' shared children must stay so.
  if (parts.units.emptyChildren) Object.freeze(parts.units.emptyChildren);
  // Node's deserialize makes each typed array a view of the bytes read: copied, they keep none of them alive.
  parts.units.data = new Int32Array(parts.units.data);
  parts.order = new Int32Array(parts.order);
  parts.textBytes = new Uint8Array(parts.textBytes);
  if (parts.references) {
    const packed = parts.references;
    for (const key of ['citations', 'names', 'targets', 'steps'] as const) packed[key] = new Int32Array(packed[key]);
  }
  keepUnitsPacked(model, { packed: parts.units, order: parts.order, kept: undefined, root: undefined });
  if (parts.references) keepReferencesPacked(model, parts.references);
  keepDeflated(model, parts.textBytes, text);
  return model;
}

/** Whether `value` has the shape `restingParts` gives (what the cache read is checked against). */
export function isRestingParts(value: unknown): value is RestingParts {
  const parts = value as RestingParts;
  return !!parts && typeof parts === 'object' && !!parts.fields && typeof parts.fields === 'object' &&
    !!parts.units && parts.units.data instanceof Int32Array && Array.isArray(parts.units.strings) && Array.isArray(parts.units.shapes) &&
    parts.order instanceof Int32Array && parts.textBytes instanceof Uint8Array &&
    (parts.references === undefined ? Array.isArray(parts.fields.references) : parts.references.citations instanceof Int32Array);
}

/** Models read at rest whose strings and spans are not yet shared with the workspace's (`shareParts`). */
const notShared = new WeakSet<DocumentModel>();

/**
 * A model read at rest from the cache holds copies of its own: its short strings (unit ids,
 * labels) are made the ones the other documents share, and its equal spans and arrays one, as
 * putting it to rest does (`restText`), in steps of about `sliceMs` with `cede()` awaited between.
 */
export async function sharePartsInSlices(model: DocumentModel, interner: StringInterner, cede: () => Promise<void>, sliceMs: number): Promise<void> {
  if (!notShared.has(model)) return;
  const step = partsSharer(model, interner);
  while (!step(performance.now() + sliceMs)) await cede();
}

/** `sharePartsInSlices` in one step. */
export function shareParts(model: DocumentModel, interner: StringInterner): void {
  if (notShared.has(model)) partsSharer(model, interner)(Infinity);
}

function partsSharer(model: DocumentModel, interner: StringInterner): (until: number) => boolean {
  notShared.delete(model);
  const tree = treeSlots.get(model);
  const citations = citationSlotsByModel.get(model);
  const tables = [tree?.packed.strings, citations?.packed.strings, citations?.packed.texts];
  for (const table of tables) if (table) for (let i = 0; i < table.length; i++) table[i] = interner.intern(table[i]);
  // The packed parts are read through getters, which the walk must not call (it would build them).
  return stringDetacher(model, citations ? PACKED_KEYS : PACKED_KEYS_BUT_CITATIONS, interner);
}
