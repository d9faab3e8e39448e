// Norway's statutes as Lovdata gives them: "§ 7 a." is section 7 a, inserted after § 7 (its letter set apart, as in
// Denmark's), and a title glued to the label's dot ("§ 20.Utenlandsk motorvogn.", "§ 1-1.Lovens …"), at times with a
// footnote's number between them ("§ 21.1Alminnelige plikter."), is the section's title, not part of its number. Each
// rule has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { NO_AIRCRAFT_PROTOCOL_EXCERPTS, NO_CAPE_TOWN_ARTICLE_2, NO_CAPE_TOWN_ARTICLE_8, NO_FINANSAVTALELOVEN_1_1_AND_1_2, NO_FOLKETRYGDLOVEN_11A, NO_VEGTRAFIKKLOVEN_20_AND_21, NO_VEGTRAFIKKLOVEN_7_TO_7B } from './lovdataText';

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

  it('folketrygdloven: "§ 11 A-1.Formål", "§ 11 A-1 a.Forholdet …", "§ 11 A-2.Alder" are sections of chapter 11 A, each once', () => {
    assert.deepStrictEqual(sections(NO_FOLKETRYGDLOVEN_11A).map(([number]) => number), ['11a-1', '11a-1a', '11a-2']);
    assert.deepStrictEqual(checkDocument(modelOf(NO_FOLKETRYGDLOVEN_11A).workspace, URI).filter((d) => d.code === 'duplicate-unit'), []);
  });

  it('must not: a number with a point before a spaced title ("§ 2.1 Definitions") keeps its point; "§ 7a." and "§ 5 A person" are as before', () => {
    assert.deepStrictEqual(sections('### § 2.1 Definitions\n\nText.\n\n### § 2.2 Scope\n\nText.\n'), [['2.1', 'Definitions'], ['2.2', 'Scope']]);
    assert.deepStrictEqual(sections('### § 7a. Begriffe\n\nText.\n'), [['7a', 'Begriffe']]);
    assert.deepStrictEqual(sections('### § 5 A person who\n\nText.\n').map(([number]) => number), ['5']);
  });
});

describe('engine: the Cape Town Convention as Lovdata gives it (paragraph numbers and item letters lost)', () => {
  // As Lovdata marks the file: Norwegian (nb), though these articles are the Convention's English text.
  const FRONT_NB = '---\nid: no-cape-town\ntitle: Lov om internasjonale sikkerhetsretter i mobilt løsøre\nlanguage: nb\ntype: law\n---\n\n# Lov\n\n';
  const workspace = (text: string) => workspaceOf({ 'lov.md': FRONT_NB + text });
  const broken = (text: string) => checkDocument(workspace(text), URI).filter((d) => d.code === 'broken-reference').map((d) => d.message);
  const targets = (text: string, cited: string) => workspace(text).resolved(URI).filter((r) => r.reference.text.startsWith(cited)).flatMap((r) => r.targets.map((t) => `${t.status} ${t.unitId ?? ''}`));

  it('art. 8: "the preceding paragraph" in its second paragraph is its first, though neither is numbered', () => {
    assert.deepStrictEqual(broken(NO_CAPE_TOWN_ARTICLE_8), []);
    assert.deepStrictEqual(targets(NO_CAPE_TOWN_ARTICLE_8, 'the preceding paragraph'), ['resolved art_8__al_1']);
  });

  it('must not: "the preceding paragraph" in an article\'s first paragraph is still reported', () => {
    assert.deepStrictEqual(broken('#### Art 1.Scope\n\nThe acts referred to in the preceding paragraph are lawful.\n\nA second paragraph.\n'), ['"the preceding paragraph": there is no preceding paragraph.']);
  });

  it('art. 2: "subparagraph (a), (b) or (c) of that paragraph" goes to paragraph 2, whose three items lost their letters', () => {
    assert.deepStrictEqual(broken(NO_CAPE_TOWN_ARTICLE_2), []);
    assert.deepStrictEqual(targets(NO_CAPE_TOWN_ARTICLE_2, 'subparagraph (a), (b) or (c)'), ['resolved art_2__al_2', 'resolved art_2__al_2', 'resolved art_2__al_2']);
  });

  it('must not: "subparagraph (d) of that paragraph", a fourth item paragraph 2 does not have, is reported', () => {
    const text = NO_CAPE_TOWN_ARTICLE_2.replace('subparagraph (a), (b) or (c) of that paragraph', 'subparagraph (d) of that paragraph');
    assert.ok(text.includes('subparagraph (d) of that paragraph'));
    assert.strictEqual(broken(text).length, 1);
  });

  it('Aircraft Protocol: "The Convention" opening a paragraph after a heading, and "Rights in Aircraft" in another convention\'s title, are no variants of the defined terms', () => {
    const variants = checkDocument(workspace(NO_AIRCRAFT_PROTOCOL_EXCERPTS), URI).filter((d) => d.code === 'inconsistent-variant').map((d) => d.message);
    assert.deepStrictEqual(variants, []);
    assert.ok(workspace(NO_AIRCRAFT_PROTOCOL_EXCERPTS).get(URI)!.definitions.some((d) => d.term === 'aircraft'), 'aircraft is defined');
  });

  it('must not: "The Convention" mid-sentence, after a line break, is still a variant of "the Convention"', () => {
    const text = `${NO_AIRCRAFT_PROTOCOL_EXCERPTS}\nThis Protocol applies where\nThe Convention applies.\n`;
    const variants = checkDocument(workspace(text), URI).filter((d) => d.code === 'inconsistent-variant').map((d) => d.message);
    assert.deepStrictEqual(variants, ['“The Convention” is the defined term “the Convention” with other capitals (1 occurrence); write it as defined.']);
  });
});
