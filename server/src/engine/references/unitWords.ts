// The unit keywords of the citation tables (tables.ts), for everything else that recognises a
// unit name: completion's trigger words, workspace symbol search, and the TextMate grammar
// (scripts/make-grammar.mjs bundles this module). The tables are the one source; a test fails if
// the committed grammar drifts from them.
import { LANGUAGE_TABLES } from './tables';
import type { RefUnitKind } from './types';

export interface UnitWord {
  /** As the table writes it, lower case: "article", "art.", "§§", "onder onderdeel", "المادة". */
  word: string;
  kind: RefUnitKind;
  /** The table's language code. */
  language: string;
}

/** Every unit keyword of every citation table, in table order (English first), each word once. */
export function unitWords(): UnitWord[] {
  const seen = new Set<string>();
  const out: UnitWord[] = [];
  for (const table of LANGUAGE_TABLES) {
    for (const [word, keyword] of Object.entries(table.units)) {
      if (seen.has(word)) continue;
      seen.add(word);
      out.push({ word, kind: keyword.kind, language: table.code });
    }
  }
  return out;
}
