// Incremental equals fresh: random edit sequences applied to documents that depend on each
// other (a treaty that defines terms, a law that incorporates and implements it, a translation,
// a commentary that cites both). After every edit, every document's diagnostics, hovers,
// definitions, references and code lenses, as the incrementally updated workspace answers
// them, must equal the answers of a workspace built afresh from the same texts.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { otherVersions } from '../../server/src/engine/translation/versions';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import type { FeatureContext } from '../../server/src/features/context';
import { hover } from '../../server/src/features/hover';
import { definition } from '../../server/src/features/definition';
import { references } from '../../server/src/features/references';
import { codeLenses } from '../../server/src/features/codeLens';
import { corpusText, corpusUri, frontMatter, joinLines } from '../helpers/workspace';
import { CA_COMPETITION_RELATED_PROVISIONS, CA_COMPETITION_SECTIONS_96_97, CA_PIPEDA_NOTES_IN_SCHEDULE_1, CA_PIPEDA_SCHEDULE_1, UK_SENEDD_SECTION_5, UK_YORK_LGFA_1988_MODIFIED } from './commonLawText';
import { CO_PRIVACY_ACT_2021_SECTION_1304, US_HIPAA_1996 } from './stateCodeText';

type Texts = Map<string, string>;

function diagnosticsOf(workspace: Workspace, uri: string): unknown {
  return checkDocument(workspace, uri).map((d) => ({ code: d.code, severity: d.severity, span: d.span, message: d.message }));
}

/** Everything a user sees of one document, in plain data. */
function observe(workspace: Workspace, uri: string, probes: number[]): unknown {
  const model = workspace.get(uri);
  if (!model) return null;
  const context: FeatureContext = { workspace, settings: () => DEFAULT_SETTINGS };
  const textDocument = { uri };
  const at = (offset: number) => model.lines.position(offset);
  return {
    diagnostics: checkDocument(workspace, uri).map((d) => ({ code: d.code, severity: d.severity, span: d.span, message: d.message, related: d.related })),
    lenses: codeLenses(context, { textDocument }).map((lens) => `${lens.range.start.line}:${lens.command?.title}`),
    probes: probes.filter((offset) => offset <= model.text.length).map((offset) => ({
      offset,
      hover: hover(context, { textDocument, position: at(offset) }),
      definition: definition(context, { textDocument, position: at(offset) }),
      references: references(context, { textDocument, position: at(offset), context: { includeDeclaration: true } }),
    })),
  };
}

/** Offsets worth asking about: every term use, definition and citation of either workspace. */
function probesOf(workspaces: Workspace[], uri: string, limit: number): number[] {
  const offsets = new Set<number>();
  for (const workspace of workspaces) {
    const model = workspace.get(uri);
    if (!model) continue;
    for (const use of workspace.termUses(uri)) offsets.add(use.span.start + 1);
    for (const d of model.definitions) offsets.add(d.termSpan.start + 1);
    for (const r of model.references) offsets.add(r.span.start + 1);
    for (const u of model.units) if (u.headingDepth > 0) offsets.add(u.labelSpan.start + 1);
  }
  const sorted = [...offsets].sort((a, b) => a - b);
  if (sorted.length <= limit) return sorted;
  const step = sorted.length / limit;
  return Array.from({ length: limit }, (_, i) => sorted[Math.floor(i * step)]);
}

/** `typedIn`: every document is opened as the editor opens it, so that each edit is read around the edit (in place). */
function freshWorkspace(texts: Texts, typedIn = false): Workspace {
  const workspace = new Workspace();
  for (const [uri, text] of texts) {
    if (typedIn) workspace.open(uri);
    workspace.set(uri, text, 1);
  }
  return workspace;
}

/** One edit: where (a fraction of the text, or a fraction into one of the document's landmarks), how much to remove, what to insert. */
interface Edit { doc: number; landmark: number; where: number; remove: number; insert: string }

/** Places of interest in a text: definitions, headings, citations, front matter. */
function landmarks(workspace: Workspace, uri: string): Array<{ start: number; end: number }> {
  const model = workspace.get(uri);
  if (!model) return [];
  const out = [
    ...model.definitions.map((d) => d.span),
    ...model.definitions.map((d) => d.termSpan),
    ...model.units.filter((u) => u.headingDepth > 0).map((u) => u.labelSpan),
    ...model.references.map((r) => r.span),
  ];
  if (model.frontMatter.span) out.push(model.frontMatter.span);
  return out;
}

function apply(workspace: Workspace, texts: Texts, uris: string[], edit: Edit, version: number): string {
  const uri = uris[edit.doc % uris.length];
  const text = texts.get(uri)!;
  const places = landmarks(workspace, uri);
  let at: number;
  if (edit.landmark > 0 && places.length > 0) {
    const place = places[edit.landmark % places.length];
    at = place.start + Math.floor(edit.where * (place.end - place.start + 1));
  } else {
    at = Math.floor(edit.where * (text.length + 1));
  }
  at = Math.min(Math.max(at, 0), text.length);
  const next = text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
  texts.set(uri, next);
  workspace.set(uri, next, version);
  return uri;
}

/**
 * The documents the server re-checks after an edit (server.ts documentChanged): the edited one, its
 * dependants when the workspace generation moved, and the documents that read its text. Asked
 * before anything is answered, as the server asks.
 */
function recheckedAfter(workspace: Workspace, uri: string, generationBefore: number): Set<string> {
  const model = workspace.get(uri);
  const out = new Set<string>([uri]);
  if (!model) return out;
  if (workspace.generation !== generationBefore) for (const dependant of workspace.dependents(uri)) out.add(dependant);
  for (const reader of [...workspace.incorporated(model), ...otherVersions(workspace, model)]) out.add(reader.uri);
  return out;
}

const INSERTS = [
  'a', 'x', ' ', '\n', '\n\n', '-', '“', '”', '"', 'widget', 'widgets', 'gadget', 'Widget', ' widget ', 'traffic data',
  '"widget" means a small device; ', '“gadget” means a tool;', '"traffic data" means data about traffic;',
  'article 1', 'Article 2', 'article 3 of the Convention', 'articles 1 through 3', 'paragraph 2', 'section 2', 'Article 9',
  '### Article 4 – Added\n\n', '\n### Article 2 – Moved\n\n', '## Chapter II\n\n', '1. ', '(a) ', '(b) ',
  'incorporates: [a]\n', 'implements: [a]\n', 'id: a\n', 'id: z\n', 'translation-of: a\n', '---', 'type: law\n',
  'In this Article, ', 'For the purposes of this Act, ', '', '', '',
];

const editArbitrary = (documents: number, inserts: string[] = INSERTS) => fc.record({
  doc: fc.nat({ max: documents - 1 }),
  landmark: fc.oneof(fc.constant(0), fc.nat({ max: 50 })),
  where: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.nat({ max: 8 }) }, { weight: 1, arbitrary: fc.nat({ max: 60 }) }),
  insert: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...inserts) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }),
});

/**
 * Replays edits on an incremental workspace; after each edit compares every document with a
 * fresh workspace. `probeLimit` bounds the hover/definition/references probes per document.
 */
function check(initial: Texts, edits: Edit[], probeLimit: number, typedIn = false): void {
  const texts = new Map(initial);
  const uris = [...texts.keys()];
  const workspace = freshWorkspace(texts, typedIn);
  // Answer once before editing, so that every cache is warm (as in a running server).
  let published = new Map(uris.map((uri) => [uri, diagnosticsOf(workspace, uri)]));
  for (const uri of uris) observe(workspace, uri, probesOf([workspace], uri, probeLimit));
  for (const [step, edit] of edits.entries()) {
    const generation = workspace.generation;
    const edited = apply(workspace, texts, uris, edit, step + 2);
    const rechecked = recheckedAfter(workspace, edited, generation);
    const fresh = freshWorkspace(texts);
    for (const uri of uris) {
      const probes = probesOf([workspace, fresh], uri, probeLimit);
      assert.deepStrictEqual(observe(workspace, uri, probes), observe(fresh, uri, probes), `${uri} after edit ${step + 1}`);
    }
    // A document whose diagnostics changed is one the server re-checks: else the editor shows stale ones.
    const now = new Map(uris.map((uri) => [uri, diagnosticsOf(workspace, uri)]));
    for (const uri of uris) {
      if (!rechecked.has(uri)) assert.deepStrictEqual(now.get(uri), published.get(uri), `${uri}'s diagnostics changed after edit ${step + 1} of ${edited}, which does not re-check it`);
    }
    published = now;
  }
}

// Small documents that depend on each other: A defines terms; B incorporates and implements A
// and uses them; C is A's translation; D cites A and B.
const A = joinLines(
  frontMatter({ id: 'a', title: 'Convention on Widgets', type: 'treaty', language: 'en' }),
  '# Convention on Widgets', '',
  '### Article 1 – Use of terms', '',
  'For the purposes of this Convention:', '',
  '(a) "widget" means a small device that processes data;', '',
  '(b) "traffic data" means any data relating to a communication by means of a widget;', '',
  '### Article 2 – Offences', '',
  '1. Each Party shall adopt measures against the misuse of a widget.', '',
  '2. Paragraph 1 applies to traffic data.', '',
  '### Article 3 – Scope', '',
  'Articles 1 through 2 apply.', '',
);
const B = joinLines(
  frontMatter({ id: 'b', title: 'Widget Act', type: 'law', language: 'en', implements: ['a'], incorporates: ['a'] }),
  '# Widget Act', '',
  '### Section 1 – Offence', '',
  'A person who damages a widget commits an offence under article 2 of the Convention.', '',
  '### Section 2 – Records', '',
  'Traffic data kept under section 1 is evidence.', '',
);
const C = joinLines(
  frontMatter({ id: 'c', title: 'Convention sur les widgets', type: 'treaty', language: 'en', 'translation-of': 'a' }),
  '# Convention sur les widgets', '',
  '### Article 1 – Définitions', '',
  '(a) "widget" means a device;', '',
  '### Article 2 – Infractions', '',
  'See article 1.', '',
);
const D = joinLines(
  frontMatter({ id: 'd', title: 'Commentary', type: 'commentary', language: 'en' }),
  '# Commentary', '',
  '### Section 1', '',
  'Article 2 of the Convention on Widgets and section 1 of the Widget Act.', '',
);
const GENERATED: Texts = new Map([['file:///w/a.md', A], ['file:///w/b.md', B], ['file:///w/c.md', C], ['file:///w/d.md', D]]);

// Documents that find what they cite in other documents without naming them by relation: a code
// kept one article per file with its contents page, a law citing it by the code's name, a note
// whose bare section is the one document holding it, laws of one collection cited by its name,
// and a sentence naming another law before its sections. Edits renumber, add and remove units.
const LOOKED_INTO: Texts = new Map([
  ['file:///w/code/README.md', joinLines('# Code des widgets', '', '- [Article 1](livre-1/article-1.md)', '')],
  ['file:///w/code/livre-1/article-1.md', joinLines('# Article 1', '', "Les dispositions du 1° de l'article 2 et de l'article 3 sont applicables à la présente section.", '')],
  ['file:///w/code/livre-1/article-2.md', joinLines('# Article 2', '', 'Le juge statue sur la demande :', '', '1° Les envois de la poste ;', '', '2° Les colis de la poste.', '')],
  ['file:///w/code/livre-2/article-3.md', joinLines('# Article 3', '', "Les mesures prévues au 2° de l'article 2 sont prises par le juge.", '')],
  ['file:///w/loi.md', joinLines(frontMatter({ id: 'loi', title: 'Loi sur les widgets', type: 'law', language: 'fr' }), '# Loi sur les widgets', '', '### Article 1', '', "Les articles 1 et 3 du code des widgets sont applicables.", '')],
  ['file:///w/t1.md', joinLines(frontMatter({ id: 't1', title: '9 U.S.C. § 10', type: 'law', language: 'en', collection: 'United States Code, Title 9' }), '# 9 U.S.C. § 10', '', '### § 10. Vacation', '', 'An award may be vacated.', '')],
  ['file:///w/t2.md', joinLines(frontMatter({ id: 't2', title: '9 U.S.C. § 11', type: 'law', language: 'en', collection: 'United States Code, Title 9' }), '# 9 U.S.C. § 11', '', '### § 11. Modification', '', 'An award may be modified.', '')],
  ['file:///w/treaty.md', joinLines(frontMatter({ id: 'treaty', title: 'Convention on Awards', type: 'treaty', language: 'en' }), '# Convention on Awards', '', '### Article 1', '', 'Awards are recognised.', '')],
  ['file:///w/note.md', joinLines(frontMatter({ id: 'note', title: 'Note on article 1', type: 'commentary', language: 'en', annotates: 'treaty' }), '# Note on article 1', '', 'Compare § 10, § 12 and section 11 of title 9.', '')],
  ['file:///w/act.md', joinLines(frontMatter({ id: 'act', title: 'Awards Act', type: 'law', language: 'en' }), '# Awards Act', '', '### Section 1', '', 'The Convention on Awards applies except for articles 1 and 2.', '')],
]);
const LOOKED_INTO_INSERTS = ['1', '2', '3', '4', '° ', '1° ', '\n\n2° Les autres envois.\n', '# Article 4', '# Article 2', '\n### § 12. Added\n\nText.\n', '\n### Article 2\n\nText.\n', '10', '11', '12', ' bis', 'x', '\n\n', '---\nid: q\n---\n', 'collection: "United States Code, Title 9"\n', ''];

/**
 * Common-law forms whose citations are read from far above them: the new text an instruction inserts ("b) after subsection
 * (2) insert— "), a provision's opening paragraph naming the Act it modifies, a schedule that holds its heading only, the
 * amending Acts' provisions under a credit heading, a section headed by its number alone.
 */
const READ_FROM_AFAR: Texts = new Map([
  ['file:///w/senedd.md', joinLines(frontMatter({ id: 'senedd', title: 'Senedd Act', type: 'law', language: 'en' }), '# Senedd Act', '', 'Section 4) **Other**', 'The Welsh Ministers may act under subsection (3).', '', UK_SENEDD_SECTION_5, '', UK_YORK_LGFA_1988_MODIFIED, '')],
  ['file:///w/competition.md', joinLines(frontMatter({ id: 'competition', title: 'Competition Act', type: 'law', language: 'en' }), '# Competition Act', '', '### 92 Order', '', 'See sections 95, 96 and 97 and clause 4.3 of Schedule 1.', '', '### 95 Exception', '', 'Text.', '',
    CA_COMPETITION_SECTIONS_96_97, '', CA_PIPEDA_NOTES_IN_SCHEDULE_1, '', CA_PIPEDA_SCHEDULE_1, '', CA_COMPETITION_RELATED_PROVISIONS.slice(0, 1400), '')],
]);
const READ_FROM_AFAR_INSERTS = ['x', 'e', ' ', ' insert— ', 'insert', '—', ' is modified as follows.', 'modified', ' Text of it.', '(Section 5)', 'Section', '### — 1999, c. 2, s. 38\n\n', '\n### 96\n\n', '\n\n', 'subsection (3)', 'section 96', 'c) in subsection (9), for “x” substitute “y” ;\n', ''];

describe('engine: incremental equals fresh (property)', function () {
  this.timeout(240_000);

  it('one keystroke in a defining document outside its definitions keeps its terms used by the document that incorporates it', () => {
    const texts = new Map(GENERATED);
    // Typing in article 2 of A (not in a definition): the regression that made A report unused-definition.
    check(texts, [{ doc: 0, landmark: 0, where: A.indexOf('against the misuse') / (A.length + 1), remove: 0, insert: 'x' }], 100);
  });

  it('a document that starts using an incorporated term clears the defining document\'s unused-definition', () => {
    const texts = new Map(GENERATED);
    texts.set('file:///w/b.md', B.replace('damages a widget', 'damages a device').replace('Traffic data', 'Data'));
    check(texts, [{ doc: 1, landmark: 0, where: 0.9, remove: 0, insert: ' A widget is a gadget.\n' }], 100);
  });

  it('generated documents: 1,000 random edit sequences', () => {
    fc.assert(fc.property(fc.array(editArbitrary(GENERATED.size), { minLength: 1, maxLength: 4 }), (edits) => {
      check(GENERATED, edits, 40);
    }), { numRuns: 1000, seed: 11 });
  });

  it('documents that look into others without naming a relation (one-article files, a contents page, a note, a collection, an instrument named earlier): 300 random edit sequences', () => {
    fc.assert(fc.property(fc.array(editArbitrary(LOOKED_INTO.size, LOOKED_INTO_INSERTS), { minLength: 1, maxLength: 4 }), (edits) => {
      check(LOOKED_INTO, edits, 30);
    }), { numRuns: 300, seed: 5 });
  });

  it('a letter typed into what a citation reads from far above it: an inserting instruction, an opening paragraph, a schedule\'s margin note', () => {
    const uk = [...READ_FROM_AFAR.values()][0];
    const ca = [...READ_FROM_AFAR.values()][1];
    const at = (text: string, needle: string, into: number) => (text.indexOf(needle) + into) / (text.length + 1);
    // "insert— " becomes "insexrt— ": the subsections below are no longer new text
    check(READ_FROM_AFAR, [{ doc: 0, landmark: 0, where: at(uk, 'after subsection (2) insert— ', 24), remove: 0, insert: 'x' }], 60, true);
    // "is modified as follows." becomes "is modifixed as follows.": the paragraphs below cite this document again
    check(READ_FROM_AFAR, [{ doc: 0, landmark: 0, where: at(uk, 'is modified as follows', 9), remove: 0, insert: 'x' }], 60, true);
    // "(Section 5)" gets words of its own: "clause 4.3 of Schedule 1" is checked against the schedule again
    check(READ_FROM_AFAR, [{ doc: 1, landmark: 0, where: at(ca, '(Section 5)', 11), remove: 0, insert: ' Text of it.' }], 60, true);
    // "whenever in this title an amendment …" becomes "wheneverx in this title …": the title's paragraphs cited are this law's again
    const publicLaw: Texts = new Map([['file:///w/hipaa.md', joinLines(frontMatter({ id: 'hipaa', title: 'HIPAA', type: 'law', language: 'en' }), US_HIPAA_1996)]]);
    const hipaa = [...publicLaw.values()][0];
    check(publicLaw, [{ doc: 0, landmark: 0, where: at(hipaa, 'whenever in this title an amendment or repeal', 8), remove: 0, insert: 'x' }], 60, true);
    // "… OR AS OTHERWISE" becomes "… OR AS OTHERWISE.": the heading after the page's mark, "## AUTHORIZED BY THIS PART 13.", is one again
    const sessionLaw: Texts = new Map([['file:///w/co.md', joinLines(frontMatter({ id: 'co', title: 'Colorado Privacy Act', type: 'law', language: 'en' }), CO_PRIVACY_ACT_2021_SECTION_1304)]]);
    const co = [...sessionLaw.values()][0];
    check(sessionLaw, [{ doc: 0, landmark: 0, where: at(co, 'IN THIS SECTION OR AS OTHERWISE\n', 31), remove: 0, insert: '.' }], 60, true);
  });

  it('common-law forms read from far above a citation (inserted text, a provision\'s opening paragraph, a schedule of its heading only, credited provisions): 200 random edit sequences', () => {
    fc.assert(fc.property(fc.array(editArbitrary(READ_FROM_AFAR.size, READ_FROM_AFAR_INSERTS), { minLength: 1, maxLength: 4 }), (edits) => {
      check(READ_FROM_AFAR, edits, 30, true);
    }), { numRuns: 200, seed: 19 });
  });

  it('corpus documents (18 U.S.C. chapter 121, which incorporates § 2510; the Additional Protocol and its Dutch translation): longer sequences', () => {
    const names = ['us-18usc2510.md', 'us-18usc-ch121.md', 'coe-ets189-en.md', 'coe-ets189-nl.md'];
    const corpus: Texts = new Map(names.map((name) => [corpusUri(name), corpusText(name)]));
    fc.assert(fc.property(fc.array(editArbitrary(corpus.size), { minLength: 4, maxLength: 10 }), (edits) => {
      check(corpus, edits, 25);
    }), { numRuns: 10, seed: 7 });
  });
});
