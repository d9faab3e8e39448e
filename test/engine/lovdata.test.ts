// Norway's statutes as Lovdata gives them: "§ 7 a." is section 7 a, inserted after § 7 (its letter set apart, as in
// Denmark's), and a title glued to the label's dot ("§ 20.Utenlandsk motorvogn.", "§ 1-1.Lovens …"), at times with a
// footnote's number between them ("§ 21.1Alminnelige plikter."), is the section's title, not part of its number. Each
// rule has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { NO_FINANSAVTALELOVEN_1_1_AND_1_2, NO_VEGTRAFIKKLOVEN_20_AND_21, NO_VEGTRAFIKKLOVEN_7_TO_7B } from './lovdataText';

const URI = uriOf('lov.md');
const FRONT = '---\nid: no-lov\ntitle: Lov\nlanguage: nb\ntype: law\n---\n\n# Lov\n\n';

function modelOf(text: string) {
  const workspace = workspaceOf({ 'lov.md': FRONT + text });
  return { workspace, model: workspace.get(URI)! };
}

function sections(text: string): Array<[string | undefined, string | undefined]> {
  return modelOf(text).model.units.filter((u) => u.kind === 'section').map((u) => [u.number, u.title]);
}

describe('engine: Norway\'s statutes as Lovdata gives them', () => {
  it('vegtrafikkloven: "§ 7 a.(Opphevet)" and "§ 7 b.Sykkelritt …" are sections 7 a and 7 b, after § 7: no section appears twice', () => {
    assert.deepStrictEqual(sections(NO_VEGTRAFIKKLOVEN_7_TO_7B), [
      ['7', 'Særlige forbud mot trafikk.'],
      ['7a', '(Opphevet)'],
      ['7b', 'Sykkelritt på veg som helt eller delvis er åpen for alminnelig ferdsel'],
    ]);
    const { workspace } = modelOf(NO_VEGTRAFIKKLOVEN_7_TO_7B);
    assert.deepStrictEqual(checkDocument(workspace, URI).filter((d) => d.code === 'duplicate-unit'), []);
  });

  it('vegtrafikkloven: "§ 20.Utenlandsk motorvogn." is § 20, and "§ 21.1Alminnelige plikter." § 21 (the 1 is a footnote\'s number)', () => {
    assert.deepStrictEqual(sections(NO_VEGTRAFIKKLOVEN_20_AND_21), [['20', 'Utenlandsk motorvogn.'], ['21', 'Alminnelige plikter.']]);
    const { model } = modelOf(NO_VEGTRAFIKKLOVEN_20_AND_21);
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'section').map((u) => u.label), ['§ 20.', '§ 21.']);
  });

  it('finansavtaleloven: "§ 1-1.Lovens alminnelige virkeområde" is § 1-1, as "§ 1-2.Virkeområdet …" is § 1-2', () => {
    assert.deepStrictEqual(sections(NO_FINANSAVTALELOVEN_1_1_AND_1_2), [['1-1', 'Lovens alminnelige virkeområde'], ['1-2', 'Virkeområdet for kapittel 2 til 6']]);
  });

  it('must not: a number with a point before a spaced title ("§ 2.1 Definitions") keeps its point; "§ 7a." and "§ 5 A person" are as before', () => {
    assert.deepStrictEqual(sections('### § 2.1 Definitions\n\nText.\n\n### § 2.2 Scope\n\nText.\n'), [['2.1', 'Definitions'], ['2.2', 'Scope']]);
    assert.deepStrictEqual(sections('### § 7a. Begriffe\n\nText.\n'), [['7a', 'Begriffe']]);
    assert.deepStrictEqual(sections('### § 5 A person who\n\nText.\n').map(([number]) => number), ['5']);
  });
});
