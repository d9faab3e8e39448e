// Every diagnostic code of rules.ts has a case that triggers it and one that must not, on real
// corpus text wherever the code can arise there (a corpus document, or a copy changed in memory the
// way a drafter's slip would change it). The table is keyed by code: a code added to rules.ts
// without its two cases fails here.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { RULES } from '../../server/src/engine/checks/rules';
import { parseTermBase } from '../../server/src/engine/translation/termBase';
import { CORPUS_DIR, corpusText } from '../helpers/workspace';

/** A workspace of corpus documents (by file name), some replaced or added, and the document checked. */
interface Case {
  what: string;
  /** Corpus files loaded as shipped. */
  corpus: string[];
  /** Documents written into the workspace (file name → text), over the corpus ones of the same name. */
  files?: Record<string, string>;
  /** The file whose diagnostics are read. */
  check: string;
  /** Load the corpus term base (the translation checks read it), or this one (YAML). */
  termBase?: boolean | string;
}

const BUDAPEST = 'coe-ets185-en.md';
const BUDAPEST_NL = 'coe-ets185-nl.md';
const NOTES = 'notes-coe-ets185-offences.md';

/** `text` with `from` (which must occur exactly once, so a corpus change cannot make a case vacuous) replaced. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0, `"${from}" is in the text`);
  assert.equal(text.indexOf(from, at + 1), -1, `"${from}" is in the text once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** A corpus file with one passage replaced. */
function edited(name: string, from: string, to: string): string {
  return replaceOnce(corpusText(name), from, to);
}

function draftLaw(implementsIds: string[], body: string[]): string {
  return ['---', 'id: draft-act', 'title: Cybercrime (Draft) Act', 'type: law', 'language: en', `implements: [${implementsIds.join(', ')}]`, '---', '', '# Cybercrime (Draft) Act', '', ...body, ''].join('\n');
}

const FORBIDS_COMPUTERDATA = 'terms:\n  - term: computer data\n    language: en\n    renderings:\n      nl: { preferred: computergegevens, forbidden: [computerdata] }\n';
const ADMITS_DIENSTVERLENER = 'terms:\n  - term: service provider\n    renderings:\n      nl: { preferred: serviceprovider, admitted: [dienstverlener] }\n';
const KENYA_IMPLEMENTING = edited('ke-cmca-2018.md', '\ntype: law\n', '\ntype: law\nimplements: [coe-ets185-en]\n');
const BUDAPEST_FRONT_END = '\n---\n\n# Convention on Cybercrime';

const CASES: Record<string, { trigger: Case; quiet: Case }> = {
  'broken-reference': {
    trigger: { what: 'Budapest article 13 cites "Articles 2 through 11" changed to "Articles 2 through 99"', corpus: [], check: BUDAPEST,
      files: { [BUDAPEST]: edited(BUDAPEST, 'the criminal offences established in accordance with Articles 2 through 11 are punishable', 'the criminal offences established in accordance with Articles 2 through 99 are punishable') } },
    quiet: { what: 'the Budapest Convention as shipped', corpus: [BUDAPEST], check: BUDAPEST },
  },
  'reference-not-in-workspace': {
    trigger: { what: '18 U.S.C. chapter 121 cites sections of title 18 that no document holds', corpus: ['us-18usc-ch121.md', 'us-18usc2510.md', BUDAPEST], check: 'us-18usc-ch121.md' },
    quiet: { what: 'the Additional Protocol: its citations are all of itself or of the Convention', corpus: ['coe-ets189-en.md', BUDAPEST], check: 'coe-ets189-en.md' },
  },
  'reference-outside-unit': {
    trigger: { what: 'a recital of the Budapest preamble that cites "paragraph 1 of this article"', corpus: [], check: BUDAPEST,
      files: { [BUDAPEST]: edited(BUDAPEST, 'Conscious of the profound changes brought about by the digitalisation', 'Conscious, as paragraph 1 of this article says, of the profound changes brought about by the digitalisation') } },
    quiet: { what: 'the Budapest Convention as shipped ("paragraph 1 of this article" inside articles 6 and 11)', corpus: [BUDAPEST], check: BUDAPEST },
  },
  'duplicate-unit': {
    trigger: { what: 'Budapest article 41 renumbered 40, next to article 40', corpus: [], check: BUDAPEST, files: { [BUDAPEST]: edited(BUDAPEST, '### Article 41 – Federal clause', '### Article 40 – Federal clause') } },
    quiet: { what: 'the Budapest Convention as shipped', corpus: [BUDAPEST], check: BUDAPEST },
  },
  'unit-given-again': {
    trigger: { what: 'Budapest article 41 renumbered 40 after a note that article 40 was substituted (a consolidated text keeping both versions)', corpus: [], check: BUDAPEST, files: { [BUDAPEST]: edited(BUDAPEST, '### Article 41 – Federal clause', '(*) Article 40 substituted by the Protocol, as follows:\n\n### Article 40 – Federal clause') } },
    quiet: { what: 'the same renumbering with no note (a duplicate-unit warning instead)', corpus: [], check: BUDAPEST, files: { [BUDAPEST]: edited(BUDAPEST, '### Article 41 – Federal clause', '### Article 40 – Federal clause') } },
  },
  'unclosed-code-fence': {
    trigger: { what: 'the Budapest Convention with a fence a converter left before article 41 and never closed', corpus: [], check: BUDAPEST, files: { [BUDAPEST]: edited(BUDAPEST, '### Article 41 – Federal clause', '`````````\n\n### Article 41 – Federal clause') } },
    quiet: { what: 'the Budapest Convention as shipped', corpus: [BUDAPEST], check: BUDAPEST },
  },
  'heading-without-number': {
    trigger: { what: 'Budapest article 41 with its number deleted', corpus: [], check: BUDAPEST, files: { [BUDAPEST]: edited(BUDAPEST, '### Article 41 – Federal clause', '### Article – Federal clause') } },
    quiet: { what: 'the Budapest Convention as shipped', corpus: [BUDAPEST], check: BUDAPEST },
  },
  'related-document-missing': {
    trigger: { what: '18 U.S.C. § 1029 (implements the Budapest Convention) without the Convention in the workspace', corpus: ['us-18usc1029.md'], check: 'us-18usc1029.md' },
    quiet: { what: '18 U.S.C. § 1029 with the Convention', corpus: ['us-18usc1029.md', BUDAPEST], check: 'us-18usc1029.md' },
  },
  'duplicate-document-id': {
    trigger: { what: 'a second copy of the Budapest Convention with the same id', corpus: [BUDAPEST], check: BUDAPEST, files: { 'copy-of-budapest.md': corpusText(BUDAPEST) } },
    quiet: { what: 'the Convention and its Dutch translation (two ids)', corpus: [BUDAPEST, BUDAPEST_NL], check: BUDAPEST },
  },
  'front-matter-invalid': {
    trigger: { what: 'the Budapest title left unclosed', corpus: [], check: BUDAPEST, files: { [BUDAPEST]: edited(BUDAPEST, 'title: "Convention on Cybercrime"', 'title: ["Convention on Cybercrime"') } },
    quiet: { what: 'the Budapest Convention as shipped', corpus: [BUDAPEST], check: BUDAPEST },
  },
  'front-matter-lenient': {
    trigger: { what: 'the Budapest title written over two lines, the second not indented (as a converter writes a long value)', corpus: [], check: BUDAPEST, files: { [BUDAPEST]: edited(BUDAPEST, 'title: "Convention on Cybercrime"', 'title: "Convention\non Cybercrime"') } },
    quiet: { what: 'the same title with its second line indented', corpus: [], check: BUDAPEST, files: { [BUDAPEST]: edited(BUDAPEST, 'title: "Convention on Cybercrime"', 'title: "Convention\n  on Cybercrime"') } },
  },
  'front-matter-unclosed': {
    trigger: { what: 'the Budapest front matter without its closing ---', corpus: [], check: BUDAPEST, files: { [BUDAPEST]: edited(BUDAPEST, BUDAPEST_FRONT_END, '\n\n# Convention on Cybercrime') } },
    quiet: { what: 'the Budapest Convention as shipped', corpus: [BUDAPEST], check: BUDAPEST },
  },
  'front-matter-type': {
    trigger: { what: 'the Budapest Convention typed "traety"', corpus: [], check: BUDAPEST, files: { [BUDAPEST]: edited(BUDAPEST, '\ntype: treaty\n', '\ntype: traety\n') } },
    quiet: { what: 'the Budapest Convention as shipped', corpus: [BUDAPEST], check: BUDAPEST },
  },
  'front-matter-missing-id': {
    trigger: { what: 'the Budapest front matter without its id', corpus: [], check: BUDAPEST, files: { [BUDAPEST]: edited(BUDAPEST, '\nid: coe-ets185-en\n', '\n') } },
    quiet: { what: 'the Budapest Convention as shipped', corpus: [BUDAPEST], check: BUDAPEST },
  },
  'no-front-matter': {
    trigger: { what: 'the Budapest Convention without its front matter', corpus: [], check: BUDAPEST, files: { [BUDAPEST]: corpusText(BUDAPEST).slice(corpusText(BUDAPEST).indexOf(BUDAPEST_FRONT_END) + 5) } },
    quiet: { what: 'the Budapest Convention as shipped', corpus: [BUDAPEST], check: BUDAPEST },
  },
  'document-too-large': {
    trigger: { what: 'the Budapest Convention repeated past 8 MB', corpus: [], check: BUDAPEST, files: { [BUDAPEST]: corpusText(BUDAPEST).repeat(Math.ceil((9 * 1024 * 1024) / corpusText(BUDAPEST).length)) } },
    quiet: { what: 'the Budapest Convention as shipped', corpus: [BUDAPEST], check: BUDAPEST },
  },
  'binary-content': {
    trigger: { what: 'a NUL byte in Budapest article 2', corpus: [], check: BUDAPEST, files: { [BUDAPEST]: edited(BUDAPEST, '##### Article 2 – Illegal access\n', '##### Article 2 – Illegal access\n\u0000\u0001') } },
    quiet: { what: 'the Budapest Convention as shipped', corpus: [BUDAPEST], check: BUDAPEST },
  },
  'invalid-encoding': {
    trigger: { what: 'a Latin-1 byte in Budapest article 2, read as UTF-8', corpus: [], check: BUDAPEST,
      files: { [BUDAPEST]: Buffer.concat([Buffer.from(corpusText(BUDAPEST).slice(0, corpusText(BUDAPEST).indexOf('Illegal access'))), Buffer.from([0xe9]), Buffer.from(corpusText(BUDAPEST).slice(corpusText(BUDAPEST).indexOf('Illegal access')))]).toString('utf8') } },
    quiet: { what: 'the Budapest Convention as shipped (its non-ASCII dashes and quotes are valid UTF-8)', corpus: [BUDAPEST], check: BUDAPEST },
  },
  'empty-document': {
    trigger: { what: 'an empty file', corpus: [], check: 'empty.md', files: { 'empty.md': '' } },
    quiet: { what: 'the Budapest Convention as shipped', corpus: [BUDAPEST], check: BUDAPEST },
  },
  'term-not-defined': {
    trigger: { what: '18 U.S.C. chapter 121 uses treaty terms it neither defines nor incorporates', corpus: ['us-18usc-ch121.md', 'us-18usc2510.md', BUDAPEST], check: 'us-18usc-ch121.md' },
    quiet: { what: '18 U.S.C. § 2510, which defines its terms', corpus: ['us-18usc2510.md', BUDAPEST], check: 'us-18usc2510.md' },
  },
  'definition-differs': {
    trigger: { what: 'the Kenyan Act, declared as implementing Budapest: its "computer system" adds and drops words', corpus: [BUDAPEST], files: { 'ke-cmca-2018.md': KENYA_IMPLEMENTING }, check: 'ke-cmca-2018.md' },
    quiet: { what: 'the Kenyan Act as shipped (implements nothing: no treaty definitions to compare)', corpus: [BUDAPEST, 'ke-cmca-2018.md'], check: 'ke-cmca-2018.md' },
  },
  'rival-term': {
    trigger: { what: 'a draft implementing the UN Convention that says "computer data"', corpus: ['un-cybercrime-2024-ar.md', BUDAPEST], check: 'draft.md',
      files: { 'draft.md': draftLaw(['un-cybercrime-2024-ar'], ['## Section 3 – Illegal interference', '', 'A person who damages, deletes or alters computer data without right commits an offence.']) } },
    quiet: { what: 'the same draft saying "electronic data"', corpus: ['un-cybercrime-2024-ar.md', BUDAPEST], check: 'draft.md',
      files: { 'draft.md': draftLaw(['un-cybercrime-2024-ar'], ['## Section 3 – Illegal interference', '', 'A person who damages, deletes or alters electronic data without right commits an offence.']) } },
  },
  'duplicate-definition': {
    trigger: { what: 'Budapest article 1 with "computer data" defined a second time', corpus: [], check: BUDAPEST,
      files: { [BUDAPEST]: edited(BUDAPEST, '##### Article 2 – Illegal access', 'e) "computer data" means any data;\n\n##### Article 2 – Illegal access') } },
    quiet: { what: 'the Budapest Convention as shipped', corpus: [BUDAPEST], check: BUDAPEST },
  },
  'unused-definition': {
    trigger: { what: 'Budapest article 1 with a definition of "widget", used nowhere', corpus: [], check: BUDAPEST,
      files: { [BUDAPEST]: edited(BUDAPEST, '##### Article 2 – Illegal access', 'e) "widget" means any data;\n\n##### Article 2 – Illegal access') } },
    quiet: { what: 'the Budapest Convention as shipped (every defined term is used)', corpus: [BUDAPEST], check: BUDAPEST },
  },
  'inconsistent-variant': {
    trigger: { what: 'the Budapest Convention as shipped ("e-mail" next to other spellings)', corpus: [BUDAPEST], check: BUDAPEST },
    quiet: { what: 'the Additional Protocol as shipped', corpus: ['coe-ets189-en.md', BUDAPEST], check: 'coe-ets189-en.md' },
  },
  'term-outside-scope': {
    trigger: { what: 'a draft that defines "protected computer" in Part 1 and uses it in Part 2', corpus: [BUDAPEST], check: 'draft.md',
      files: { 'draft.md': draftLaw(['coe-ets185-en'], ['## Part 1 – Offences', '', '### Section 1', '', 'In this Part, “protected computer” means a computer used by a bank.', '', '### Section 2', '', 'A person who accesses a protected computer commits an offence.', '', '## Part 2 – Procedure', '', '### Section 3', '', 'A protected computer may be searched.']) } },
    quiet: { what: 'the same draft using it in Part 1 only', corpus: [BUDAPEST], check: 'draft.md',
      files: { 'draft.md': draftLaw(['coe-ets185-en'], ['## Part 1 – Offences', '', '### Section 1', '', 'In this Part, “protected computer” means a computer used by a bank.', '', '### Section 2', '', 'A person who accesses a protected computer commits an offence.', '', '## Part 2 – Procedure', '', '### Section 3', '', 'A computer may be searched.']) } },
  },
  'mapping-unknown-unit': {
    trigger: { what: 'the Dutch Criminal Code with its mapping of article 2 changed to article 99', corpus: [BUDAPEST], check: 'nl-sr-computercriminaliteit.md',
      files: { 'nl-sr-computercriminaliteit.md': edited('nl-sr-computercriminaliteit.md', '> Implements: article 2 of the Budapest Convention', '> Implements: article 99 of the Budapest Convention') } },
    quiet: { what: 'the Dutch Criminal Code as shipped', corpus: [BUDAPEST, 'nl-sr-computercriminaliteit.md'], check: 'nl-sr-computercriminaliteit.md' },
  },
  'mapping-invalid': {
    trigger: { what: 'the Dutch Criminal Code with a mapping that names no unit', corpus: [BUDAPEST], check: 'nl-sr-computercriminaliteit.md',
      files: { 'nl-sr-computercriminaliteit.md': edited('nl-sr-computercriminaliteit.md', '> Implements: article 2 of the Budapest Convention', '> Implements: the Budapest one') } },
    quiet: { what: 'the Dutch Criminal Code as shipped', corpus: [BUDAPEST, 'nl-sr-computercriminaliteit.md'], check: 'nl-sr-computercriminaliteit.md' },
  },
  'unimplemented-criminalisation': {
    trigger: { what: 'the Dutch Criminal Code as shipped (maps no provision to some offence articles)', corpus: [BUDAPEST, 'nl-sr-computercriminaliteit.md'], check: 'nl-sr-computercriminaliteit.md' },
    quiet: { what: 'the Kenyan Act (implements nothing)', corpus: [BUDAPEST, 'ke-cmca-2018.md'], check: 'ke-cmca-2018.md' },
  },
  'version-unit-missing': {
    trigger: { what: 'the Dutch Budapest text without article 41', corpus: [BUDAPEST], check: BUDAPEST_NL, termBase: true,
      files: { [BUDAPEST_NL]: withoutArticle(corpusText(BUDAPEST_NL), 41) } },
    quiet: { what: 'the Dutch Budapest text as shipped', corpus: [BUDAPEST, BUDAPEST_NL], check: BUDAPEST_NL, termBase: true },
  },
  'version-unit-extra': {
    trigger: { what: 'the Dutch Budapest text with an article 49', corpus: [BUDAPEST], check: BUDAPEST_NL, termBase: true,
      files: { [BUDAPEST_NL]: `${corpusText(BUDAPEST_NL).trimEnd()}\n\n### Artikel 49 – Slotbepaling\n\nDit artikel staat niet in het origineel.\n` } },
    quiet: { what: 'the Dutch Budapest text as shipped', corpus: [BUDAPEST, BUDAPEST_NL], check: BUDAPEST_NL, termBase: true },
  },
  'version-citation-differs': {
    trigger: { what: 'the Dutch Budapest text citing artikel 15 where the original cites article 16', corpus: [BUDAPEST], check: BUDAPEST_NL, termBase: true,
      files: { [BUDAPEST_NL]: edited(BUDAPEST_NL, 'die met toepassing van artikel 16 moeten', 'die met toepassing van artikel 15 moeten') } },
    quiet: { what: 'the Dutch Budapest text as shipped', corpus: [BUDAPEST, BUDAPEST_NL], check: BUDAPEST_NL, termBase: true },
  },
  'version-number-differs': {
    trigger: { what: 'the Dutch Budapest text as shipped (article 15 of the original has a stray "2")', corpus: [BUDAPEST, BUDAPEST_NL], check: BUDAPEST_NL, termBase: true },
    quiet: { what: 'the Dutch Additional Protocol as shipped', corpus: [BUDAPEST, BUDAPEST_NL, 'coe-ets189-en.md', 'coe-ets189-nl.md'], check: 'coe-ets189-nl.md', termBase: true },
  },
  'version-structure-differs': {
    trigger: { what: 'the Dutch Budapest text without the term base that accepts its article 1 (d) layout', corpus: [BUDAPEST, BUDAPEST_NL], check: BUDAPEST_NL },
    quiet: { what: 'the Dutch Budapest text with the corpus term base', corpus: [BUDAPEST, BUDAPEST_NL], check: BUDAPEST_NL, termBase: true },
  },
  'version-term-rendering': {
    trigger: { what: 'the Dutch Budapest text as shipped (two units without the agreed rendering)', corpus: [BUDAPEST, BUDAPEST_NL], check: BUDAPEST_NL, termBase: true },
    quiet: { what: 'the Dutch Additional Protocol as shipped', corpus: [BUDAPEST, BUDAPEST_NL, 'coe-ets189-en.md', 'coe-ets189-nl.md'], check: 'coe-ets189-nl.md', termBase: true },
  },
  'version-term-forbidden': {
    trigger: { what: 'the Dutch Budapest article 4 saying "computerdata", which the term base forbids', corpus: [BUDAPEST], check: BUDAPEST_NL, termBase: FORBIDS_COMPUTERDATA,
      files: { [BUDAPEST_NL]: edited(BUDAPEST_NL, 'beschadigen, wissen, aantasten, wijzigen of onderdrukken van computergegevens.', 'beschadigen, wissen, aantasten, wijzigen of onderdrukken van computerdata.') } },
    quiet: { what: 'the Dutch Budapest text as shipped, with that term base', corpus: [BUDAPEST, BUDAPEST_NL], check: BUDAPEST_NL, termBase: FORBIDS_COMPUTERDATA },
  },
  'version-term-inconsistent': {
    trigger: { what: 'the Dutch Budapest text saying "dienstverlener" once and "serviceprovider" elsewhere (both admitted)', corpus: [BUDAPEST], check: BUDAPEST_NL, termBase: ADMITS_DIENSTVERLENER,
      files: { [BUDAPEST_NL]: edited(BUDAPEST_NL, 'die wordt gehouden door een serviceprovider en die', 'die wordt gehouden door een dienstverlener en die') } },
    quiet: { what: 'the Dutch Budapest text as shipped, with that term base', corpus: [BUDAPEST, BUDAPEST_NL], check: BUDAPEST_NL, termBase: ADMITS_DIENSTVERLENER },
  },
  'note-target-missing': {
    trigger: { what: 'the shipped notes with their note on article 2 moved to article 99', corpus: [BUDAPEST], check: NOTES, files: { [NOTES]: edited(NOTES, '\n## Article 2\n', '\n## Article 99\n') } },
    quiet: { what: 'the shipped notes on Budapest articles 2–11', corpus: [BUDAPEST, NOTES], check: NOTES },
  },
  'footnote-undefined': {
    trigger: { what: 'Budapest article 2 with a footnote reference and no footnote text', corpus: [], check: BUDAPEST,
      files: { [BUDAPEST]: edited(BUDAPEST, '##### Article 3 – Illegal interception', 'See the explanatory report.[^report]\n\n##### Article 3 – Illegal interception') } },
    quiet: { what: 'the same reference with its footnote text', corpus: [], check: BUDAPEST,
      files: { [BUDAPEST]: edited(BUDAPEST, '##### Article 3 – Illegal interception', 'See the explanatory report.[^report]\n\n[^report]: Explanatory Report to the Convention on Cybercrime.\n\n##### Article 3 – Illegal interception') } },
  },
  'footnote-unused': {
    trigger: { what: 'Budapest article 2 with a footnote text nothing refers to', corpus: [], check: BUDAPEST,
      files: { [BUDAPEST]: edited(BUDAPEST, '##### Article 3 – Illegal interception', '[^report]: Explanatory Report to the Convention on Cybercrime.\n\n##### Article 3 – Illegal interception') } },
    quiet: { what: 'the same footnote text with its reference', corpus: [], check: BUDAPEST,
      files: { [BUDAPEST]: edited(BUDAPEST, '##### Article 3 – Illegal interception', 'See the explanatory report.[^report]\n\n[^report]: Explanatory Report to the Convention on Cybercrime.\n\n##### Article 3 – Illegal interception') } },
  },
};

/** The Dutch text with its article `number` (heading and body) taken out. */
function withoutArticle(text: string, number: number): string {
  const start = text.indexOf(`### Artikel ${number} `);
  assert.ok(start >= 0, `artikel ${number} is in the Dutch text`);
  const end = text.indexOf('\n### ', start + 1);
  return text.slice(0, start) + text.slice(end + 1);
}

function uri(name: string): string {
  return `file:///corpus/${name}`;
}

function codesOf(testCase: Case): string[] {
  const workspace = new Workspace();
  for (const name of testCase.corpus) workspace.set(uri(name), corpusText(name));
  for (const [name, text] of Object.entries(testCase.files ?? {})) workspace.set(uri(name), text);
  if (testCase.termBase) {
    const parsed = parseTermBase(testCase.termBase === true ? readFileSync(join(CORPUS_DIR, 'treaty-lens.termbase.yaml'), 'utf8') : testCase.termBase);
    assert.equal(parsed.error, undefined);
    workspace.setTermBase(parsed.termBase);
  }
  assert.ok(workspace.get(uri(testCase.check)), `${testCase.check} is in the case's workspace`);
  return checkDocument(workspace, uri(testCase.check)).map((diagnostic) => diagnostic.code);
}

describe('every diagnostic code: a case that triggers it and one that must not', function () {
  this.timeout(120000);

  it('the table has exactly the codes of rules.ts', () => {
    assert.deepEqual(Object.keys(CASES).sort(), Object.keys(RULES).sort());
  });

  it('docs/CHECKS.md explains every code of rules.ts', () => {
    const checks = readFileSync(join(CORPUS_DIR, '..', 'docs', 'CHECKS.md'), 'utf8');
    assert.deepEqual(Object.keys(RULES).filter((code) => !checks.includes(`\`${code}\``)), []);
  });

  for (const code of Object.keys(RULES)) {
    const cases = CASES[code];
    if (!cases) continue; // the test above names it
    it(`${code}: ${cases.trigger.what}`, () => {
      const codes = codesOf(cases.trigger);
      assert.ok(codes.includes(code), `no ${code}; got ${[...new Set(codes)].join(', ') || 'nothing'}`);
    });
    it(`no ${code}: ${cases.quiet.what}`, () => {
      const codes = codesOf(cases.quiet);
      assert.ok(!codes.includes(code), `${code} was reported`);
    });
  }
});
