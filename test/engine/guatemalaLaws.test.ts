// Guatemala's laws as text out of their official PDFs (verbatim excerpts, guatemalaLawsText.ts), imported as a user would
// (treaty-lens import) and then read: a list of articles each with its title ("los artículos 418 Abuso de Autoridad y 419
// Incumplimiento de Deberes del Código Penal"), "ARTICULO 53. Bis." after "ARTICULO 53.*". Each rule has a case where it must
// not apply.
import * as assert from 'node:assert';
import { importText } from '../../server/src/cli/importText';
import { checkDocument } from '../../server/src/engine/checks';
import { parseDocument } from '../../server/src/engine/document';
import { readHeading } from '../../server/src/engine/headings';
import { numbersThenInstrument } from '../../server/src/engine/instrumentContext';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { GT_BUDGET_LAW_ARTICLES_53_TO_54, GT_LAIP_ARTICLE_37 } from './guatemalaLawsText';

const URI = uriOf('ley.md');
const imported = (text: string) => importText(`Ley\n\n${text}`, { language: 'es' }).markdown;
const diagnostics = (markdown: string, code: string) => checkDocument(workspaceOf({ 'ley.md': markdown }), URI).filter((d) => d.code === code).map((d) => d.message);

describe('engine: Guatemala\'s laws as text out of their PDFs, imported', () => {
  it('"los artículos 418 Abuso de Autoridad y 419 Incumplimiento de Deberes del Código Penal vigente" are the Penal Code\'s', () => {
    const markdown = imported(GT_LAIP_ARTICLE_37);
    assert.deepStrictEqual(diagnostics(markdown, 'broken-reference'), []);
    const named = (text: string) => {
      const model = parseDocument(URI, text);
      return numbersThenInstrument(model, model.references.find((r) => r.text.startsWith('artículos 418'))!);
    };
    assert.match(named(markdown) ?? '', /^Código Penal/);
    // must not: words in lower case after a number are no title ("419 que incumplan sus deberes del Código"): the list ends there
    const prose = markdown.replace('419 Incumplimiento de Deberes del', '419 que incumplan sus deberes del');
    assert.notStrictEqual(prose, markdown);
    assert.strictEqual(named(prose), undefined);
  });

  it('"ARTICULO 53. Bis. Informes sobre …" after "ARTICULO 53.*" is article 53 bis, no second article 53', () => {
    const markdown = imported(GT_BUDGET_LAW_ARTICLES_53_TO_54);
    const articles = parseDocument(URI, markdown).units.filter((unit) => unit.kind === 'article').map((unit) => unit.number);
    assert.deepStrictEqual(articles, ['53', '53bis', '54']);
    assert.deepStrictEqual(diagnostics(markdown, 'duplicate-unit'), []);
    // must not: "Art. 5. Bis zum Ende …" (a German sentence after the label) keeps article 5 with its text
    assert.strictEqual(readHeading('Art. 5. Bis zum Ende des Jahres')?.number, '5');
  });
});
