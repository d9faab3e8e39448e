// Belgium's laws as legalize-dev converts Justel: the notes of amending acts in angle brackets, articles inserted after a
// slash ("Article 7/1"), a parenthesis before an item's marker ("(1° aux autorités …"), an article's first paragraph in its
// heading. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { BE_LOI_CAMERAS_2007, BE_LOI_EXTRADITIONS_1874, BE_LOI_REGISTRE_NATIONAL_ARTICLE_5 } from './belgianLawsText';

const URI = uriOf('loi.md');

function workspace(text: string) {
  return workspaceOf({ 'loi.md': text });
}

function diagnostics(text: string, code?: string): string[] {
  return checkDocument(workspace(text), URI).filter((d) => !code || d.code === code).map((d) => `${d.code}: ${d.message}`);
}

function resolutionsOf(text: string, citation: string): string[] {
  return workspace(text).resolved(URI).filter((r) => r.reference.text === citation)
    .map((r) => r.targets.map((t) => (t.status === 'resolved' ? t.unitId! : `${t.status}: ${t.reason ?? ''}`)).join(' | '));
}

describe('engine: Belgium\'s laws as legalize-dev converts Justel', () => {
  it('"<L 1999-01-14/41, art. 6, 002; En vigueur : 08-03-1999>": a note\'s "art. 6" is the amending act\'s, not this law\'s article 6', () => {
    assert.deepStrictEqual(diagnostics(BE_LOI_EXTRADITIONS_1874, 'broken-reference'), []);
    const inNote = resolutionsOf(BE_LOI_EXTRADITIONS_1874, 'art. 6, 002');
    assert.ok(inNote.length > 0 && inNote.every((target) => /^external: .*L 1999-01-14\/41/.test(target)), inNote.join('\n'));
    // must not: the same words outside a note are this law's
    const outside = BE_LOI_EXTRADITIONS_1874.replace('<L 1999-01-14/41, art. 6, 002; **En vigueur :** 08-03-1999>', 'art. 6, 002.');
    assert.ok(resolutionsOf(outside, 'art. 6, 002').some((target) => !target.startsWith('external')));
  });

  it('a note whose act\'s date is linked ("<L [2009-11-12/16](https://www.ejustice…), art. 2, 002; …>") and "Article 7/1", "CHAPITRE III/1": no error, no duplicate', () => {
    assert.deepStrictEqual(diagnostics(BE_LOI_CAMERAS_2007, 'broken-reference'), []);
    assert.deepStrictEqual(diagnostics(BE_LOI_CAMERAS_2007, 'duplicate-unit'), []);
    const model = workspace(BE_LOI_CAMERAS_2007).get(URI)!;
    assert.deepStrictEqual(model.units.filter((unit) => unit.kind === 'article' && unit.number?.startsWith('7')).map((unit) => unit.number), ['7', '7/1', '7/2']);
    assert.ok(model.units.some((unit) => unit.kind === 'chapter' && unit.number === 'iii/1'));
    // "l’article 135 de la nouvelle loi communale" names that law
    assert.ok(resolutionsOf(BE_LOI_CAMERAS_2007, 'article 135 de la nouvelle loi communale').length === 1);
  });

  it('"l\'article 7/1" cites article 7/1 in French and Dutch; "la directive 2016/680" and "24/7" number no article', () => {
    assert.deepStrictEqual(parseReferences("visée à l'article 7/1 et aux articles 7/2 à 7/4", { language: 'fr' }).map((r) => r.targets.map((t) => t.path[0].number + (t.through ? `–${t.through[0].number}` : ''))), [['7/1'], ['7/2–7/4']]);
    assert.deepStrictEqual(parseReferences('bedoeld in artikel 7/1 van deze wet', { language: 'nl' }).map((r) => r.targets[0].path[0].number), ['7/1']);
    // must not: a year and a serial, or a number of four digits, after the noun
    assert.deepStrictEqual(parseReferences("l'article 2016/679 et l'article 2/2019/3", { language: 'fr' }), []);
    assert.deepStrictEqual(parseReferences('section 24/7 of the plan', { language: 'en' }), []);
  });

  it('"(1° aux autorités publiques belges …" is item 1°, so "visés aux 1° et 2°" resolves', () => {
    assert.deepStrictEqual(diagnostics(BE_LOI_REGISTRE_NATIONAL_ARTICLE_5, 'broken-reference'), []);
    const model = workspace(BE_LOI_REGISTRE_NATIONAL_ARTICLE_5).get(URI)!;
    const article = model.units.find((unit) => unit.kind === 'article' && unit.number === '5')!;
    assert.deepStrictEqual(article.children.filter((unit) => /°/.test(unit.label)).map((unit) => unit.number), ['1', '2', '3', '4', '5', '6']);
  });

  it('"##### Article 5. § 1er. La décision …": the article\'s own first paragraph, not a section 1 in it; "Art. 2 § 12 DSG — …" still names one', () => {
    const model = workspace(BE_LOI_CAMERAS_2007).get(URI)!;
    assert.ok(model.units.some((unit) => unit.kind === 'article' && unit.number === '5' && unit.headingDepth > 0));
    assert.ok(!model.units.some((unit) => unit.kind === 'section' && unit.headingDepth > 0));
    const austrian = workspace('# Datenschutzgesetz\n\n##### Art. 2 § 12 DSG — Zulässigkeit der Bildaufnahme\n\nText.\n').get(URI)!;
    assert.deepStrictEqual(austrian.units.filter((unit) => unit.headingDepth > 0).map((unit) => `${unit.kind} ${unit.number}`), ['article 2', 'section 12']);
  });
});
