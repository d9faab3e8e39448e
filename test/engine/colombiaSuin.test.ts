// Colombia's decrees as SUIN-Juriscol gives them: a budget decree's tables name the appropriations it moves money between
// ("| Del artículo 461. Para sueldos … | $ | 7.000.00 |"), not its own articles; "**Artículo 1º**.*Definiciones*. …" and
// "**Artículo 1°.** los ganaderos …" are articles run into their first paragraph; "| **Artículo 2º** Créanse … |" is an
// article's label set in a table, not a citation. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { CO_BUDGET_LINE, CO_RESOLUTION_APPROVED, CO_1934_LOWER_CASE_ARTICLES, CO_ARTICLE_IN_TABLE, CO_BUDGET_TRANSFERS, CO_SIMCO_ARTICLES } from './colombiaSuinText';

const URI = uriOf('decreto.md');
const FRONT = '---\nid: co-decreto\ntitle: Decreto\nlanguage: es\ntype: law\n---\n\n# Decreto\n\n';

function workspace(text: string) {
  return workspaceOf({ 'decreto.md': FRONT + text });
}

function broken(text: string): string[] {
  return checkDocument(workspace(text), URI).filter((d) => d.code === 'broken-reference').map((d) => d.message);
}

function articles(text: string): string[] {
  return workspace(text).get(URI)!.units.filter((u) => u.kind === 'article').map((u) => u.number ?? '');
}

describe('engine: Colombia\'s decrees as SUIN-Juriscol gives them', () => {
  it('Decreto 1397 de 1963: "Del artículo 9003" in rows of a table of amounts names a budget appropriation, a wrapped row too: no error, the reason said', () => {
    assert.deepStrictEqual(broken(CO_BUDGET_TRANSFERS), []);
    const cited = workspace(CO_BUDGET_TRANSFERS).resolved(URI).filter((r) => /artículo 90\d\d/.test(r.reference.text));
    assert.ok(cited.length >= 8, `${cited.length} appropriations cited`);
    assert.ok(cited.every((r) => r.targets.every((t) => t.status === 'external' && /table of amounts/.test(t.reason ?? ''))), JSON.stringify(cited.map((r) => r.targets)));
  });

  it('must not: "artículo 99" in a table with no amounts, and in running text, is reported', () => {
    assert.strictEqual(broken('**Artículo 1º** Texto.\n\n| Materia | Norma |\n| --- | --- |\n| Sueldos | Del artículo 99. Honorarios |\n').length, 1);
    assert.strictEqual(broken(`${CO_BUDGET_TRANSFERS}\nLo dispuesto en el artículo 99 se aplica.\n`).length, 1);
  });

  it('Decreto 1993 de 2002: "**Artículo 1º**.*Definiciones*. Para efectos …" is article 1 (the title in italics right after the stop)', () => {
    assert.deepStrictEqual(articles(CO_SIMCO_ARTICLES), ['1', '2', '3']);
  });

  it('Decreto 2147 de 1934: "**Artículo 1°.** los ganaderos …" is article 1, its text opening in a small letter', () => {
    assert.deepStrictEqual(articles(CO_1934_LOWER_CASE_ARTICLES), ['1', '2']);
  });

  it('must not: "**Artículo 5** de la ley dispone …" (a bold citation with no stop after it) opens no article', () => {
    assert.deepStrictEqual(articles('**Artículo 1°.** Texto.\n\n**Artículo 5** de la Ley 100 dispone lo contrario.\n'), ['1']);
  });

  it('Decreto 1606 de 1979: "| **Artículo 2º** Créanse …" in a table\'s first cell is article 2\'s label, not a citation of a missing article', () => {
    assert.deepStrictEqual(broken(CO_ARTICLE_IN_TABLE), []);
    const label = workspace(CO_ARTICLE_IN_TABLE).resolved(URI).find((r) => r.reference.text.startsWith('Artículo 2'));
    assert.ok(label && label.targets.every((t) => t.status === 'external' && /label of a provision/.test(t.reason ?? '')), JSON.stringify(label?.targets));
  });

  it('"**Artículo 1°** Apruébase la siguiente Resolución …" then its "**Artículo primero.**": the text set out numbers in words, no duplicate', () => {
    const duplicates = (text: string) => checkDocument(workspace(text), URI).filter((d) => d.code === 'duplicate-unit');
    assert.deepStrictEqual(duplicates(CO_RESOLUTION_APPROVED), []);
    // must not: "Artículo 1°" given twice in figures is a duplicate
    assert.strictEqual(duplicates(`${CO_RESOLUTION_APPROVED}\n**Artículo 1°** Otra vez.\n`).length, 1);
  });

  it('"Al artículo 1597. Para gastos … $ 2.996.000.00" on a line of its own names an appropriation, not an article of the decree', () => {
    // the decree's own articles around it, written for the test
    const text = `**Artículo 1º** Acredítase la suma siguiente:\n\n${CO_BUDGET_LINE}`;
    assert.deepStrictEqual(checkDocument(workspace(text), URI).filter((d) => d.code === 'broken-reference'), []);
    // must not: "Al artículo 1597." in a sentence with no sum of money at its end is cited, and reported
    assert.strictEqual(checkDocument(workspace(`${text}\nAl artículo 1597. Se refiere este decreto.\n`), URI).filter((d) => d.code === 'broken-reference').length, 1);
  });
});
