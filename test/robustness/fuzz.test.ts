// Random legal-looking and broken input through the engine and every feature: answers or
// nothing, never an exception (a rename may refuse with a ResponseError, which is an answer).
import * as assert from 'node:assert/strict';
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
import { seededRandom } from '../helpers/generator';

const PIECES = [
  '---\nid: fuzz\ntype: law\nlanguage: en\nimplements: [t]\n---\n', '---\nid: [unclosed\n', '---\n', '# Title\n', '## Part 1\n', '### Article 7 – Title\n',
  '### Article\n', '#### § 2510. Definitions\n', '### s3 x\n', '### المادة 2: x\n', '1. ', '(a) ', '(i) ', 'a) ', '1°. ', '(أ) ', '’1’ ', '- ', '  - ',
  '“computer data” means any data;', '"x" shall mean y', 'Onder gegevens wordt verstaan z.', '- Abonné : toute personne ;',
  'article 7, paragraph 2 (b)', 'Articles 2 through 11', 'paragraph 1 of this article', 'section 2510(12)', 'l’article 7, paragraphe 2 b)',
  'artikel 138ab, eerste lid', 'المادة 7', 'this chapter', 'of the Convention', 'subparagraph (a) above', '((((', '))))', '“', '”', '«', '»',
  '\n', '\n\n', '\r\n', '\t', '    ', '```\n', '<!-- gap: x -->', '<div>', '> ', '\u0000', '\ufffd', '😀', 'e-mail', 'email', 'ICT system',
  'traffic data', 'Traffic Data', 'computer systems', 'بيانات الحركة', '第七条', 'the ', 'shall ', 'means ', ';', '.', ',', ' ', 'x', 'and ',
];


describe('robustness: random input through every feature', function () {
  this.timeout(120000);

  it('never throws on 300 random documents', () => {
    const next = seededRandom(7);
    const treaty = ['---', 'id: t', 'title: Test Convention', 'type: treaty', 'language: en', '---', '', '# Test Convention', '', '### Article 1 – Definitions', '',
      'For the purposes of this Convention:', '', 'a. “traffic data” means any data;', '', 'b. “computer system” means any device;', ''].join('\n');
    for (let round = 0; round < 300; round++) {
      const workspace = new Workspace();
      workspace.set('file:///t.md', treaty, 1);
      let text = '';
      const length = Math.floor(next() * 120);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      const uri = 'file:///fuzz.md';
      workspace.set(uri, text, 1);
      // An edit, as a keystroke would make it.
      const at = Math.floor(next() * (text.length + 1));
      workspace.set(uri, text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(at), 2);
      const model = workspace.get(uri)!;
      const context: FeatureContext = { workspace, settings: () => DEFAULT_SETTINGS };
      checkDocument(workspace, uri);
      const document = { textDocument: { uri } };
      for (let probe = 0; probe < 8; probe++) {
        const line = Math.floor(next() * (model.lines.lineCount + 2));
        const position = { line, character: Math.floor(next() * 40) };
        try {
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
        } catch (error) {
          assert.fail(`round ${round}, ${JSON.stringify(position)}: ${(error as Error).stack}\n--- text ---\n${JSON.stringify(model.text.slice(0, 2000))}`);
        }
      }
      documentLinks(context, document);
      documentSymbols(context, document);
      foldingRanges(context, document);
      codeLenses(context, document);
      semanticTokens(context, document);
      workspaceSymbols(context, { query: 'article 7' });
    }
  });
});
