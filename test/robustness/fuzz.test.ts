// Random legal-looking and broken input through the engine and every feature: answers or
// nothing, never an exception (a rename may refuse with a ResponseError, which is an answer).
import { ResponseError } from 'vscode-languageserver';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import type { FeatureContext } from '../../server/src/features/context';
import { hover } from '../../server/src/features/hover';
import { definition } from '../../server/src/features/definition';
import { references } from '../../server/src/features/references';
import { documentLinks } from '../../server/src/features/documentLinks';
import { documentSymbols, workspaceSymbols } from '../../server/src/features/symbols';
import { foldingRanges, selectionRanges } from '../../server/src/features/ranges';
import { completion } from '../../server/src/features/completion';
import { prepareRename, rename } from '../../server/src/features/rename';
import { codeLenses } from '../../server/src/features/codeLens';
import { semanticTokens } from '../../server/src/features/semanticTokens';
import { codeActions } from '../../server/src/features/codeActions';
import fc from 'fast-check';

const PIECES = [
  '---\nid: fuzz\ntype: law\nlanguage: en\nimplements: [t]\n---\n', '---\nid: [unclosed\n', '---\n', '# Title\n', '## Part 1\n', '### Article 7 – Title\n',
  '### Article\n', '#### § 2510. Definitions\n', '### s3 x\n', '### المادة 2: x\n', '1. ', '(a) ', '(i) ', 'a) ', '1°. ', '(أ) ', '’1’ ', '- ', '  - ',
  '“computer data” means any data;', '"x" shall mean y', 'Onder gegevens wordt verstaan z.', '- Abonné : toute personne ;',
  'article 7, paragraph 2 (b)', 'Articles 2 through 11', 'paragraph 1 of this article', 'section 2510(12)', 'l’article 7, paragraphe 2 b)',
  'artikel 138ab, eerste lid', 'المادة 7', 'this chapter', 'of the Convention', 'subparagraph (a) above', '((((', '))))', '“', '”', '«', '»',
  '\n', '\n\n', '\r\n', '\t', '    ', '```\n', '<!-- gap: x -->', '<div>', '> ', '\u0000', '\ufffd', '😀', 'e-mail', 'email', 'ICT system',
  'traffic data', 'Traffic Data', 'computer systems', 'بيانات الحركة', '第七条', 'the ', 'shall ', 'means ', ';', '.', ',', ' ', 'x', 'and ',
];


const TREATY = ['---', 'id: t', 'title: Test Convention', 'type: treaty', 'language: en', '---', '', '# Test Convention', '', '### Article 1 – Definitions', '',
  'For the purposes of this Convention:', '', 'a. “traffic data” means any data;', '', 'b. “computer system” means any device;', ''].join('\n');

/** A document of up to 120 pieces, one keystroke-like insertion into it, and eight cursor positions. */
const CASE = fc.record({
  pieces: fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }),
  insertAt: fc.double({ min: 0, max: 1, noNaN: true }),
  inserted: fc.constantFrom(...PIECES),
  probes: fc.array(fc.record({ line: fc.double({ min: 0, max: 1, noNaN: true }), character: fc.nat(40) }), { minLength: 8, maxLength: 8 }),
});

/** Runs every feature on the case; throws what a feature throws (fast-check then shrinks the case). */
function everyFeature({ pieces, insertAt, inserted, probes }: { pieces: string[]; insertAt: number; inserted: string; probes: Array<{ line: number; character: number }> }): void {
  const workspace = new Workspace();
  workspace.set('file:///t.md', TREATY, 1);
  const text = pieces.join('');
  const uri = 'file:///fuzz.md';
  workspace.set(uri, text, 1);
  // An edit, as a keystroke would make it.
  const at = Math.floor(insertAt * (text.length + 1));
  workspace.set(uri, text.slice(0, at) + inserted + text.slice(at), 2);
  const model = workspace.get(uri)!;
  const context: FeatureContext = { workspace, settings: () => DEFAULT_SETTINGS };
  checkDocument(workspace, uri);
  const document = { textDocument: { uri } };
  for (const probe of probes) {
    const position = { line: Math.floor(probe.line * (model.lines.lineCount + 2)), character: probe.character };
    hover(context, { ...document, position });
    definition(context, { ...document, position });
    references(context, { ...document, position, context: { includeDeclaration: true } });
    completion(context, { ...document, position });
    selectionRanges(context, { ...document, positions: [position] });
    codeActions(context, { ...document, range: { start: position, end: position }, context: { diagnostics: [] } });
    try {
      if (prepareRename(context, { ...document, position })) rename(context, { ...document, position, newName: 'renamed' });
    } catch (error) {
      if (!(error instanceof ResponseError)) throw error;
    }
  }
  documentLinks(context, document);
  documentSymbols(context, document);
  foldingRanges(context, document);
  codeLenses(context, document);
  semanticTokens(context, document);
  workspaceSymbols(context, { query: 'article 7' });
}

describe('robustness: random input through every feature', function () {
  this.timeout(120000);

  it('never throws on 300 documents drawn by fast-check (a failure is shrunk to the fewest pieces)', () => {
    fc.assert(fc.property(CASE, (drawn) => { everyFeature(drawn); }), { seed: 7, numRuns: 300 });
  });
});
