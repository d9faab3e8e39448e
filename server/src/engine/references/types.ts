// What the reference grammar produces: the citation as written, split into targets.
// Resolution against documents happens elsewhere (resolve.ts); this layer only reads text.
import type { Span } from '../model';

/** Unit kinds a citation can name. 'unspecified' is a bare marker such as "(b)" or ".a". */
export type RefUnitKind =
  | 'book' | 'part' | 'title' | 'chapter' | 'division' | 'section' | 'article' | 'annex' | 'schedule'
  | 'subsection' | 'paragraph' | 'subparagraph' | 'clause' | 'item' | 'point' | 'alinea' | 'unspecified';

/** One level of a citation path: "article 7" → { kind: 'article', number: '7' }. */
export interface RefStep {
  kind: RefUnitKind;
  /** Normalised: "7", "138ab", "b", "iv", "2510"; Arabic-Indic digits as ASCII; Dutch "eerste" → "1"; Arabic letters kept as written (e.g. "أ"). */
  number: string;
  /** Span of the number/marker itself (what becomes a link). */
  span: Span;
}

/** One cited unit, or a range of units ("articles 2 through 11"). Path is outermost first. */
export interface RefTarget {
  path: RefStep[];
  /** For a range: the path of the last unit. Same length as path, or shorter (then it shares path's prefix). */
  through?: RefStep[];
  span: Span;
}

/** What a citation is relative to. */
export type RefAnchor =
  | { kind: 'none' }                                       // "article 7", "paragraph 2": the current document / current container
  | { kind: 'this'; unit: RefUnitKind | 'document'; span: Span } // "of this article", "of this Convention", "du présent code", "van dit artikel", "من هذه المادة", "this chapter"
  // (`sentence`: "Satz 1 Nummer 2", the paragraph a sentence cited alone stands in, or the unit around it when it stands in none)
  | { kind: 'this'; unit: 'paragraph'; span: Span; sentence: true }
  | { kind: 'instrument'; name: string; span: Span }          // "of the Convention", "of the Treaty on European Union", "of title 18", "of the Criminal Code"
  // (`count`: "前二條", "前兩項", the units of that kind before this one, that many)
  | { kind: 'relative'; direction: 'above' | 'below' | 'preceding' | 'following'; span: Span; unit?: RefUnitKind; count?: number }; // "subparagraph (a) above"; with `unit` and no targets: "l'alinéa précédent", "des vorstehenden Absatzes"

export interface ParsedReference {
  /** The whole citation phrase, e.g. "Article 7, paragraph 2 (b) of the Convention". */
  span: Span;
  text: string;
  targets: RefTarget[];
  anchor: RefAnchor;
  /** Language table that matched: 'en' | 'fr' | 'es' | 'nl' | 'ar' | 'de' | ... */
  language: string;
}
