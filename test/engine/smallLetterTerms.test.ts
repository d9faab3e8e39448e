// Unquoted terms in small letters: an act's definitions as a site or converter gives them once the bold or the quotation marks
// are gone ("civil penalty order has the meaning given by subsection 82(4).", "damage, in relation to data, includes …"), and a
// definition in one sentence after its lead-in ("In this Act, unless the contrary intention appears, regulation includes rule and
// by-law."). Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';

const act = oneDocument('act.md', '---\nid: act\ntitle: Act\ntype: law\nlanguage: en\n---\n\n');
const terms = (text: string) => act.read(text).model.definitions.map((definition) => `${definition.term}: ${definition.body.slice(0, 40)}`);

/**
 * Regulatory Powers (Standard Provisions) Act 2014 (Cth), s 4 Dictionary, as zoelaw.ai gives it
 * (https://zoelaw.ai/legislation/regulatory-powers-standard-provisions-act-2014/sections/4): the entries' wording verbatim, each
 * entry a paragraph of its own (the site quotes each with ">", which joins them into one).
 */
const AU_DICTIONARY = [
  '#### 4 Dictionary', '', 'In this Act:', '',
  'civil penalty order has the meaning given by subsection 82(4).', '',
  'conduct means:', '', '(a) an act; or', '', '(b) a failure to act.', '',
  'damage, in relation to data, includes damage by erasure of data or addition of other data.', '',
  'evidential burden, in relation to a matter, means the burden of adducing or pointing to evidence that suggests a reasonable possibility that the matter exists or does not exist.', '',
  '#### 5 Conduct', '', 'The conduct may cause damage.', '',
].join('\n');

/** Tasmania's Acts Interpretation Act 1931, s 2A, as https://dcpartners.solutions/learning-centre/legislation/tasmania-acts-interpretation-act-1931-tas gives it. */
const TAS_2A = '### 2A. Meaning of "regulation"\n\nIn this Act, unless the contrary intention appears, regulation includes rule and by-law.\n';

/** Help America Vote Act of 2002, s 301(b), as a PDF converter gave it (samples13, govinfo.gov_hava_hava.md lines 1357–1358). */
const HAVA_301_B = "- (b) VOTING SYSTEM DEFINED.—In this section, the term ''voting\n- system'' means— (1) the total combination of mechanical, electromechanical, or electronic equipment\n";

describe('engine: unquoted terms in small letters', () => {
  it('entries of a dictionary in small letters: "civil penalty order has the meaning given by …", "damage, in relation to data, includes …"', () => {
    // before: none of the four was read as a definition
    assert.deepStrictEqual(terms(AU_DICTIONARY), [
      'civil penalty order: given by subsection 82(4).',
      'conduct: (a) an act; or (b) a failure to act.',
      'damage: damage by erasure of data or addition of',
      'evidential burden: the burden of adducing or pointing to ev',
    ]);
    // the uses in section 5 are the defined terms'
    const { workspace, model } = act.read(AU_DICTIONARY);
    const used = workspace.termUses(model.uri).filter((use) => use.span.start > model.text.indexOf('The conduct may')).map((use) => model.text.slice(use.span.start, use.span.end));
    assert.deepStrictEqual(used.sort(), ['conduct', 'damage']);
    // must not: outside a definitions list, a paragraph that opens "conduct means" is no definition
    assert.deepStrictEqual(terms('#### 7 Offence\n\nA person must not engage in conduct.\n\nconduct means the act in subsection (1).\n'), []);
  });

  it('"In this Act, unless the context otherwise requires—" then "computer system means …": the list\'s first entry, not the lead-in going on', () => {
    const text = '### 2 Interpretation\n\nIn this Act, unless the context otherwise requires—\n\ncomputer system means any device or group of interconnected devices;\n\nservice provider means—\n\n(a) any public or private entity; and\n\n(b) any other entity that processes data.\n';
    assert.deepStrictEqual(terms(text).map((entry) => entry.split(':')[0]), ['computer system', 'service provider']);
    assert.ok(act.unitIds(text).includes('sec_2__al_2'), act.unitIds(text).join());
    // must not: a line of words ending on a dash goes on in small letters that define nothing
    const wrapped = '### 2 Application\n\nThis Act applies to every person who—\n\nprovides a service by electronic means in the Republic.\n';
    assert.deepStrictEqual(terms(wrapped), []);
  });

  it('"In this Act, unless the contrary intention appears, regulation includes rule and by-law." (one sentence)', () => {
    assert.deepStrictEqual(terms(TAS_2A), ['regulation: rule and by-law.']);
    // must not: a rule of construction, a sentence that names no term, a quoted term (read as quoted)
    assert.deepStrictEqual(terms('### 3\n\nIn this Act, a reference to a person includes a body corporate.\n'), []);
    assert.deepStrictEqual(terms('### 3\n\nIn this section, the Minister may by notice exempt a person.\n'), []);
    assert.deepStrictEqual(terms('### 3\n\nIn this Act, “regulation” includes rule and by-law.\n').map((entry) => entry.split(':')[0]), ['regulation']);
  });

  it('the must-nots of a term in small letters: function words, a term cut at its line, a sentence\'s words', () => {
    const list = (entry: string) => terms(`### 2 Definitions\n\nIn this Act—\n\n${entry}\n`);
    assert.deepStrictEqual(list('communication by electronic means, including by telephone;'), []);
    assert.deepStrictEqual(list('any person who means to do so;'), []);
    // ("system'' means—" is the quoted term "voting system" a converter cut at its line: no term "system''")
    assert.deepStrictEqual(terms(`### 301\n\n${HAVA_301_B}`).filter((entry) => entry.startsWith("system''")), []);
  });
});
