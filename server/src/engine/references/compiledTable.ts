// A language table compiled for the parser: every keyword becomes a token sequence in a trie,
// so the parser matches multi-word keywords ("paragraphe premier", "de la") token by token.
import { type Direction, type LanguageTable, type UnitKeyword } from './tables';
import { tokenize } from './tokenizer';
import type { RefUnitKind } from './types';

export interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}

function newNode<V>(): TrieNode<V> {
  return { next: new Map() };
}

export interface Compiled {
  table: LanguageTable;
  units: TrieNode<UnitKeyword>;
  /** Unit nouns read only right after an article's number, in its chain (LanguageTable.unitsInChain). */
  chainUnits: TrieNode<UnitKeyword>;
  list: TrieNode<true>;
  range: TrieNode<true>;
  rangeOpeners: TrieNode<true>;
  rangeClosers: TrieNode<true>;
  of: TrieNode<true>;
  openEnds: TrieNode<true>;
  det: TrieNode<true>;
  thisW: TrieNode<true>;
  thisAfter: TrieNode<true>;
  relative: TrieNode<Direction>;
  here: TrieNode<true>;
  head: TrieNode<true>;
  instruments: TrieNode<true>;
  ordinals: TrieNode<number>;
  nameConnectors: TrieNode<true>;
  ordinalSuffixes: Set<string>;
  numberOrdinalSuffixes: Set<string>;
  numberSuffixWords: Set<string>;
  instrumentUnits: Set<RefUnitKind>;
  prefixes: [string, string][];
  compounds: TrieNode<true>;
  hasCompounds: boolean;
  numberPrefix: TrieNode<true>;
  datedNouns: TrieNode<true>;
  relBefore: TrieNode<Direction>;
  relAfter: TrieNode<Direction>;
  outerAfter: TrieNode<Direction>;
  dateWords: TrieNode<true>;
  /** Signs between a unit's noun and its number (LanguageTable.numberSigns). */
  numberSigns: TrieNode<true>;
  /** First tokens of anything a reference can start with (unit, ordinal, "this" word). */
  starters: Set<string>;
}

function keyTokens(key: string): string[] {
  return tokenize(key).filter((t) => t.kind !== 'break').map((t) => t.norm);
}

function buildTrie<V>(entries: [string, V][]): TrieNode<V> {
  const root = newNode<V>();
  for (const [key, value] of entries) {
    let node = root;
    for (const part of keyTokens(key)) {
      let child = node.next.get(part);
      if (!child) node.next.set(part, (child = newNode<V>()));
      node = child;
    }
    node.value = value;
  }
  return root;
}

const set = (words: string[]): [string, true][] => words.map((w) => [w, true]);

function compile(table: LanguageTable): Compiled {
  return {
    table,
    units: buildTrie(Object.entries(table.units)),
    chainUnits: buildTrie(Object.entries(table.unitsInChain ?? {})),
    list: buildTrie(set(table.listConnectors)),
    range: buildTrie(set(table.rangeConnectors)),
    rangeOpeners: buildTrie(set(table.rangeOpeners ?? [])),
    rangeClosers: buildTrie(set(table.rangeClosers ?? [])),
    of: buildTrie(set(table.ofWords)),
    openEnds: buildTrie(set(table.openEnds ?? [])),
    det: buildTrie(set(table.determiners)),
    thisW: buildTrie(set(table.thisWords)),
    thisAfter: buildTrie(set(table.thisWordsAfter ?? [])),
    relative: buildTrie(Object.entries(table.relative)),
    here: buildTrie(set(table.hereWords ?? [])),
    head: buildTrie(set(table.headWords ?? [])),
    instruments: buildTrie(set(table.instruments)),
    ordinals: buildTrie(Object.entries(table.ordinals)),
    nameConnectors: buildTrie(set(table.nameConnectors)),
    ordinalSuffixes: new Set(table.ordinalSuffixes.map((s) => s.toLowerCase())),
    numberOrdinalSuffixes: new Set((table.numberOrdinalSuffixes ?? []).map((s) => s.toLowerCase())),
    numberSuffixWords: new Set((table.numberSuffixWords ?? []).map((s) => s.toLowerCase())),
    instrumentUnits: new Set(table.instrumentUnits ?? []),
    prefixes: table.prefixes ?? [],
    compounds: buildTrie(set(table.compounds ?? [])),
    hasCompounds: !!table.compounds?.length,
    numberPrefix: buildTrie(set(table.numberBeforeUnit ?? [])),
    datedNouns: buildTrie(set(table.datedInstruments?.nouns ?? [])),
    relBefore: buildTrie(Object.entries(table.relativeUnits?.before ?? {})),
    relAfter: buildTrie(Object.entries(table.relativeUnits?.after ?? {})),
    outerAfter: buildTrie(Object.entries(table.outerArticleByPlace ?? {})),
    dateWords: buildTrie(set(table.datedInstruments?.dateWords ?? [])),
    numberSigns: buildTrie(set(table.numberSigns ?? [])),
    starters: new Set([...Object.keys(table.units).filter((unit) => !table.unitsBelowOnly?.words.includes(unit)), ...Object.keys(table.ordinals), ...table.thisWords,
      ...(table.numberBeforeUnit ?? []), ...(table.numberBeforeUnit || table.thisWordsAfter ? table.instruments : []),
      ...Object.keys(table.relativeUnits?.before ?? {}), ...(table.subItemLetters ?? '')].map((k) => keyTokens(k)[0])),
  };
}

const compiledCache = new Map<LanguageTable, Compiled>();
export function compiled(table: LanguageTable): Compiled {
  let c = compiledCache.get(table);
  if (!c) compiledCache.set(table, (c = compile(table)));
  return c;
}
