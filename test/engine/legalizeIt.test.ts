// Italy's laws as legalize-dev converts Normattiva: an article's title one heading level above its label, paragraphs the copy
// leaves out, the Gazzetta Ufficiale's notes quoting other acts, and a ratified agreement whose articles a line announces.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { inPlaceEditOf, parseDocument, type DocumentModel } from '../../server/src/engine/document';
import { Workspace } from '../../server/src/engine/workspace';
import { IT_DLGS_42_2023_ARTICLE_1_AND_NOTES, IT_DPR_276_2007_ARTICLE_1, IT_LEGGE_15_2000_ARTICLES_20_21, IT_LEGGE_44_2009_AGREEMENT, IT_LEGGE_31_2005_AGREEMENT_AND_STATUTE } from './legalizeItText';

const legge = oneDocument('legge.md', '---\nid: it-legge\ntitle: Legge\nlanguage: it\ntype: law\n---\n\n# Legge\n\n');

describe('engine: Italian laws as legalize-dev converts Normattiva (legalize-it)', () => {
  it('"##### Articolo 21" then "#### (R) Autenticazione delle sottoscrizioni": the title, not the end of the article', () => {
    const { model } = legge.read(IT_LEGGE_15_2000_ARTICLES_20_21);
    assert.strictEqual(model.unitsById.get('art_21')?.title, '(R) Autenticazione delle sottoscrizioni');
    assert.ok(legge.unitIds(IT_LEGGE_15_2000_ARTICLES_20_21).includes('art_21__para_2'));
    // must not: a heading two levels up is no title of the article before it
    const twoUp = IT_LEGGE_15_2000_ARTICLES_20_21.replace('#### (R) Autenticazione', '### (R) Autenticazione');
    assert.ok(!legge.unitIds(twoUp).includes('art_21__para_2'));
  });

  it('"lettere c) e d) del comma 3" where the copy numbers the paragraphs "1.", "4.": said as a paragraph the copy leaves out, no error', () => {
    assert.deepStrictEqual(legge.problems(IT_DPR_276_2007_ARTICLE_1, 'broken-reference'), []);
    const notes = legge.problems(IT_DPR_276_2007_ARTICLE_1, 'reference-not-in-workspace');
    assert.ok(notes.some((message) => /lettere c\) e d\) del comma 3.*passing over 3/.test(message)), notes.join('\n'));
    // must not: a paragraph past the last the copy shows is still reported
    assert.strictEqual(legge.problems(IT_DPR_276_2007_ARTICLE_1.replace('lettere c) e d) del comma 3', 'lettere c) e d) del comma 7'), 'broken-reference').length, 1);
  });

  it('"NOTE Avvertenza: …" quoting "«Art. 33 … 2. La delega di cui al comma 1 del presente articolo …»": the quoted act\'s, no error', () => {
    assert.deepStrictEqual(legge.problems(IT_DLGS_42_2023_ARTICLE_1_AND_NOTES, 'reference-outside-unit'), []);
    assert.deepStrictEqual(legge.problems(IT_DLGS_42_2023_ARTICLE_1_AND_NOTES, 'broken-reference'), []);
    const quoted = legge.citation(IT_DLGS_42_2023_ARTICLE_1_AND_NOTES, 'comma 1 del presente articolo');
    assert.match(quoted.targets[0].reason ?? '', /editor's notes "NOTE Avvertenza:/);
    // must not: the same paragraph not opened as notes is read as the text's own, in the article it stands in
    const notNotes = IT_DLGS_42_2023_ARTICLE_1_AND_NOTES.replace('NOTE Avvertenza: ', '');
    assert.strictEqual(legge.citation(notNotes, 'comma 1 del presente articolo').targets[0].unitId, 'art_1__para_1');
  });

  it('"Accordo - art. 4" then "ARTICOLO 4 Ambito …": the agreement\'s article 4, its label run into its text; the line is no citation', () => {
    const ids = legge.unitIds(IT_LEGGE_44_2009_AGREEMENT);
    for (const id of ['art_2_dup2', 'art_3_dup2', 'art_4', 'art_5', 'art_6']) assert.ok(ids.includes(id), `${id} among ${ids.join(' ')}`);
    // the excerpt ends with the agreement's article 8: "negli articoli da 6 a 13 del presente accordo" runs past it, and only that
    assert.deepStrictEqual(legge.problems(IT_LEGGE_44_2009_AGREEMENT, 'broken-reference'), ['"articoli da 6 a 13 del presente accordo": the Accordo annexed here has no article 13 (it has articles 2–8).']);
    assert.strictEqual(legge.citation(IT_LEGGE_44_2009_AGREEMENT, 'articolo 4').targets[0].unitId, 'art_4');
    // must not: a label the line before does not announce stays text
    assert.ok(!legge.unitIds(IT_LEGGE_44_2009_AGREEMENT.replace('Accordo - art. 5', 'Accordo - art. 9')).includes('art_5'));
  });

  it('the agreement annexed to the law is an annex: its articles 2 and 3 are no duplicates of the law\'s, and its citations are its own', () => {
    const { model, workspace } = legge.read(IT_LEGGE_44_2009_AGREEMENT);
    assert.strictEqual(model.unitsById.get('art_2_dup2')?.parent?.kind, 'annex');
    assert.deepStrictEqual(legge.problems(IT_LEGGE_44_2009_AGREEMENT, 'duplicate-unit'), []);
    // the law's "all'Accordo di cui all'articolo 1" is the law's article 1
    assert.strictEqual(legge.citation(IT_LEGGE_44_2009_AGREEMENT, 'articolo 1').targets[0].unitId, 'art_1');
    // the agreement's "ARTICOLO 1 Scopo dell'Accordo", run into its title paragraph, is not the law's article 1
    const own = workspace.resolved(model.uri).find((r) => r.reference.text === 'ARTICOLO 1');
    assert.strictEqual(own?.targets[0].status, 'external');
    assert.match(own?.targets[0].reason ?? '', /the Accordo annexed here shows articles from 2 on/);
    // must not: a number past the agreement's last is still reported, as the agreement's
    const past = IT_LEGGE_44_2009_AGREEMENT.replace("nei settori elencati nell'articolo 4.", "nei settori elencati nell'articolo 40.");
    assert.ok(legge.problems(past, 'broken-reference').some((message) => /the Accordo annexed here has no article 40/.test(message)));
  });

  it('two instruments ratified, "Accordo- art. II" then "Statuto- art. 2": an annex each, and "art. 6 (vi)" in the statute is its article 6, not the agreement\'s VI', () => {
    const { model } = legge.read(IT_LEGGE_31_2005_AGREEMENT_AND_STATUTE);
    const annexes = model.units.filter((unit) => unit.kind === 'annex').map((unit) => unit.label);
    assert.deepStrictEqual(annexes, ['Accordo', 'Statuto']);
    assert.strictEqual(model.unitsById.get('art_vi')?.parent?.label, 'Accordo');
    assert.deepStrictEqual(legge.problems(IT_LEGGE_31_2005_AGREEMENT_AND_STATUTE, 'duplicate-unit'), []);
    const cited = legge.citation(IT_LEGGE_31_2005_AGREEMENT_AND_STATUTE, 'art. 6 (vi)', true).targets[0];
    assert.strictEqual(model.unitsById.get(cited.unitId!)?.number, '6');
    assert.strictEqual(model.unitsById.get(cited.unitId!)?.parent?.label, 'Statuto');
  });

  it('the line "Accordo - art. 5" edited to announce another article: the next paragraph is read again, as a fresh parse reads it', () => {
    const uri = 'file:///workspace/legge.md';
    const front = '---\nid: it-legge\ntitle: Legge\nlanguage: it\ntype: law\n---\n\n# Legge\n\n';
    const tree = (model: DocumentModel) => model.units.map((unit) => `${unit.id} ${unit.kind} ${unit.parent?.id ?? ''}`).join('\n');
    let text = front + IT_LEGGE_44_2009_AGREEMENT;
    let model = parseDocument(uri, text, 1);
    model = parseDocument(uri, text, 2, {}, model);
    for (const [step, [from, to]] of [['Accordo - art. 5', 'Accordo - art. 9'], ['Accordo - art. 9', 'Accordo - art. 5']].entries()) {
      text = text.replace(from, to);
      model = parseDocument(uri, text, step + 3, {}, model);
      assert.strictEqual(tree(model), tree(parseDocument(uri, text, step + 3)));
    }
    assert.ok(model.unitsById.has('art_5'));
  });

  it('letters typed into a notes paragraph\'s opening that push its colon out of reach: its citations far on are resolved again, as a fresh workspace resolves them', () => {
    // (a text written for this test: the opening, then more words than resolution reads around a citation, then the citation)
    const uri = 'file:///workspace/legge.md';
    const filler = 'Il testo delle note qui pubblicato e\' stato redatto dall\'amministrazione competente per materia al solo fine di facilitare la lettura delle disposizioni di legge alle quali e\' operato il rinvio. '.repeat(5);
    const text = '---\nid: it-legge\ntitle: Legge\nlanguage: it\ntype: law\n---\n\n# Legge\n\n##### Art. 1\n\n1. Il presente decreto si applica.\n\n' +
      `Note alle premesse del decreto legislativo: ${filler}Si riporta il testo dell'art. 14: «Art. 14. - 1. I decreti sono emanati. 2. La delega di cui al comma 1 del presente articolo e' esercitata».\n`;
    const resolved = (workspace: Workspace) => JSON.stringify(workspace.resolved(uri));
    const workspace = new Workspace();
    workspace.set(uri, text, 1);
    workspace.set(uri, text, 2);
    assert.match(workspace.resolved(uri).find((r) => r.reference.text === 'comma 1 del presente articolo')?.targets[0].reason ?? '', /editor's notes/);
    const edited = text.replace('legislativo:', 'legislativozzzzzzzzzzzzzzzzzzzz:');
    const typed = workspace.set(uri, edited, 3);
    assert.ok(inPlaceEditOf(typed), 'the letters are typed in place');
    const fresh = new Workspace();
    fresh.set(uri, edited, 1);
    assert.strictEqual(resolved(workspace), resolved(fresh));
  });
});
