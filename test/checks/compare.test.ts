// Comparing a law's definition with the treaty's (definition-differs): list markers are not words,
// a hyphenation artefact is the word, a "means—" definition is compared whole with its limbs, and
// dropping or adding a limb is graded in the right direction.
import * as assert from 'node:assert/strict';
import { compareDefinitions } from '../../server/src/engine/checks/compare';
import { checkDocument } from '../../server/src/engine/checks';
import { corpusDoc, corpusText, frontMatter, joinLines, workspaceOf } from '../helpers/workspace';

const budapest = corpusDoc('coe-ets185-en');
const treatyBody = (term: string) => budapest.definitions.find((d) => d.term === term)?.body ?? '';

/** A draft law implementing the Budapest Convention, in a workspace with the real treaty text. */
function differs(lines: string[]) {
  const law = frontMatter({ id: 'draft-law', title: 'Cybercrime (Draft) Act', type: 'law', language: 'en', implements: ['coe-ets185-en'] }) + joinLines('# Cybercrime (Draft) Act', '', ...lines, '');
  const workspace = workspaceOf({ 'coe-ets185-en.md': corpusText('coe-ets185-en.md'), 'law.md': law });
  return checkDocument(workspace, 'file:///workspace/law.md').filter((d) => d.code === 'definition-differs');
}

describe('checks: comparing definitions', () => {
  it('list markers are not words: Budapest "service provider" (i)/(ii) copied with (a)/(b) is the same text', () => {
    const copy = treatyBody('service provider').replace('(i)', '(a)').replace('(ii)', '(b)');
    assert.notEqual(copy, treatyBody('service provider'));
    assert.equal(compareDefinitions(copy, treatyBody('service provider')).grade, 'identical');
    assert.equal(compareDefinitions('i. any public entity, and ii. any other entity', '(a) any public entity, and (b) any other entity').grade, 'identical');
  });
  it('a word that only looks like a marker stays a word ("civil." at the end of a sentence)', () => {
    assert.equal(compareDefinitions('any civil.', 'any criminal.').grade, 'substantive');
  });
  it('a hyphenation artefact equals the word: Budapest art. 1 (d) "com-munication\'s origin"', () => {
    const raw = treatyBody('traffic data').replace("com-munication's origin", "communication's origin");
    assert.notEqual(raw, treatyBody('traffic data'));
    assert.equal(compareDefinitions(raw, treatyBody('traffic data')).grade, 'identical');
  });
  it('a faithful copy written as "means—" with (a)/(b) paragraphs is compared whole, and does not differ', () => {
    const found = differs(['## Section 2 – Interpretation', '', 'In this Act, unless the context otherwise requires—', '',
      '(1) “service provider” means—', '',
      '(a) any public or private entity that provides to users of its service the ability to communicate by means of a computer system, and', '',
      '(b) any other entity that processes or stores computer data on behalf of such communication service or users of such service.']);
    assert.deepEqual(found.map((d) => d.message), []);
  });
  it('dropping a limb makes the definition narrower', () => {
    const comparison = compareDefinitions('any public or private entity that provides to users of its service the ability to communicate by means of a computer system', treatyBody('service provider'));
    assert.equal(comparison.grade, 'substantive');
    assert.match(comparison.summary, /drops limb \(ii\) “any other entity that processes or stores computer data.*”: narrower/);
    assert.doesNotMatch(comparison.summary, /wider/);
  });
  it('adding a limb makes it wider, in a draft law\'s diagnostic too', () => {
    const found = differs(['## Section 2 – Interpretation', '', 'In this Act, unless the context otherwise requires—', '',
      `“service provider” means ${treatyBody('service provider')}; and (iii) any person who hosts a website.`]);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /adds limb \(iii\) “any person who hosts a website”: wider/);
    assert.doesNotMatch(found[0].message, /narrower/);
  });
  it('cumulative conditions go the other way: dropping "(B) is duly authorized" (18 U.S.C. § 2510(13)) makes it wider', () => {
    const user = corpusDoc('us-18usc2510').definitions.find((d) => d.term === 'user')?.body ?? '';
    assert.match(user, /\(B\) is duly authorized/);
    const comparison = compareDefinitions(user.slice(0, user.indexOf('; and (B)')), user);
    assert.match(comparison.summary, /drops limb \(B\) “is duly authorized.*”: wider/);
  });
  it('an exception limb too: dropping "(B) does not include …" makes it wider, adding one narrower', () => {
    const operator = '(A) means any person who operates a website; but (B) does not include any nonprofit entity';
    assert.match(compareDefinitions('(A) means any person who operates a website', operator).summary, /drops limb \(B\) “does not include any nonprofit entity”: wider/);
    assert.match(compareDefinitions(operator, '(A) means any person who operates a website').summary, /adds limb \(B\) “does not include any nonprofit entity”: narrower/);
  });
});
