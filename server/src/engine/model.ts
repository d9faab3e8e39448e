// The document model: what the engine knows about one markdown document.
// Everything is plain data with UTF-16 offsets into the document text, so that the
// protocol layer, the CLI and the tests can all turn it into what they need.

/** A half-open span [start, end) of UTF-16 code-unit offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

export type DocumentType = 'treaty' | 'law' | 'commentary' | 'unknown';

export type UnitKind =
  | 'document'
  | 'preamble'
  | 'book'
  | 'part'
  | 'title'
  | 'chapter'
  | 'division'
  | 'section'
  | 'article'
  | 'annex'
  | 'schedule'
  | 'subsection'
  | 'paragraph'
  | 'subparagraph'
  | 'clause'
  | 'item'
  /** An unnumbered paragraph of an article, counted by position (French "alinéa"). */
  | 'alinea';

/** A structural unit: a heading-level container, or a numbered block inside an article. */
export interface Unit {
  /** Stable id in the Akoma Ntoso style: `art_7__para_2__subpara_b`. Empty for the document. */
  id: string;
  kind: UnitKind;
  /** Normalised number or letter: "7", "138ab", "2510", "b", "iv", "I". */
  number?: string;
  /** How the text labels it: "Article 7", "§ 2510", "(b)", "1.", "Artikel 138ab". */
  label: string;
  title?: string;
  /** From the heading or marker to the end of the unit's content. */
  span: Span;
  /** The heading line, or the marker of a numbered paragraph. */
  labelSpan: Span;
  /** Zero-based line of the label. */
  line: number;
  parent?: Unit;
  children: Unit[];
  /** True for the units citations usually name: article, section (the "§" kind). */
  citable: boolean;
  /** Markdown heading depth (1-6) for heading units; 0 for numbered blocks. */
  headingDepth: number;
  /**
   * For an item of an ordered markdown list nested in a numbered list item: how deep (1 = the
   * first list inside a paragraph). Its number is its position, as markdown renders it; the
   * letters or roman numerals the text cites it by were lost in conversion.
   */
  listLevel?: number;
}

export interface FrontMatter {
  id?: string;
  title?: string;
  shortTitle?: string;
  type: DocumentType;
  language?: string;
  aliases: string[];
  implements: string[];
  translationOf?: string;
  annotates?: string;
  supplements: string[];
  incorporates: string[];
  /** Every key as written, for features that read keys we do not model. */
  raw: Record<string, unknown>;
  /** Span of the whole front matter block including the `---` fences, if present. */
  span?: Span;
}

export interface Definition {
  /** The term as the text writes it, without quotation marks. */
  term: string;
  /** The matching key: lower-cased, whitespace and quotes normalised. */
  key: string;
  /** Span of the term itself inside the definition. */
  termSpan: Span;
  /** Span of the whole definition (term through the end of its sentence or block). */
  span: Span;
  /** The definition text after "means" or its equivalent, trimmed. */
  body: string;
  /** The unit in which the definition stands (e.g. `art_1__para_a`). */
  unitId: string;
  /** Where the definition applies: the whole document, or one unit and its descendants. */
  scope: DefinitionScope;
  /** Which definition pattern found it, for explanation and tests. */
  style: string;
  line: number;
}

export interface DefinitionScope {
  kind: 'document' | 'unit';
  unitId?: string;
  /** The words that limited the scope, e.g. "In this Part". */
  phrase?: string;
}

export interface Problem {
  code: string;
  message: string;
  span: Span;
  severity: 'error' | 'warning' | 'information' | 'hint';
}
