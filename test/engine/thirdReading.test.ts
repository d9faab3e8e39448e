// Laws read from a source not read before (thirdReadingText.ts): real laws as PDF converters gave them. Each test reads
// verbatim text, says what a user would see, and has a case where the reading must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { edited } from '../helpers/workspace';
import { EU_GDPR_ARTICLE_40, IN_DPDP_ACT_2023, JP_APPI_ENGLISH, US_CALEA_SECTION_1003, US_COPPA_OPENING, US_NSM_AI_2024, US_CFAA_18_USC_1030, US_FISMA_2014 } from './thirdReadingText';

const law = oneDocument('law.md', '');
const sections = (text: string) => law.unitIds(text).filter((id) => /^sec_[^_]+$/.test(id));

describe('engine: laws read from a third source (PDF conversions)', () => {
  describe('India: the Digital Personal Data Protection Act, 2023', () => {
    it('sections a converter made bullets ("- **7.** …", "- 23. (1) …", "- 24. The Board …") are sections, after those read before them', () => {
      assert.deepStrictEqual(sections(IN_DPDP_ACT_2023), ['sec_1', 'sec_2', 'sec_7', 'sec_8', 'sec_9', 'sec_18', 'sec_19', 'sec_20', 'sec_21', 'sec_22', 'sec_23', 'sec_24', 'sec_25']);
      assert.deepStrictEqual(law.broken(IN_DPDP_ACT_2023), []);
      // must not: a bullet list of numbers in bold with no section read before it stays a list
      const list = '# Notes\n\nSome remarks.\n\n- **7.** A Data Fiduciary may process personal data.\n- **8.** A Data Fiduciary shall erase it.\n';
      assert.deepStrictEqual(sections(list), []);
    });

    it('"#### *Illustrations.*" inside section 8 does not end it: "For the purposes of this section" below it is section 8', () => {
      const { workspace, model } = law.read(IN_DPDP_ACT_2023);
      const thisSection = workspace.resolved(model.uri).filter((cited) => cited.reference.text === 'this section');
      assert.deepStrictEqual(thisSection.map((cited) => cited.targets[0].unitId), ['sec_8']);
      // must not: a heading of another title there ends the section, and "this section" below it stands outside any
      const titled = edited(IN_DPDP_ACT_2023, '#### *Illustrations.*\n\n- (*I*) X, an individual, registers', '#### *Erasure of data*\n\n- (*I*) X, an individual, registers');
      assert.ok(law.problems(titled, 'reference-outside-unit').some((message) => /"this section" stands outside any section/.test(message)), law.problems(titled, 'reference-outside-unit').join('\n'));
    });
  });

  describe('United States: the US Code as a PDF converter gave it', () => {
    it('"### **(a) …**", "# **(2) Expansion to maximum capacity**": bold subsection headings at guessed levels stay inside § 1003', () => {
      const ids = law.unitIds(US_CALEA_SECTION_1003);
      for (const id of ['sec_1003__subsec_a__para_1__subpara_B', 'sec_1003__subsec_b__para_2', 'sec_1003__subsec_c__para_1', 'sec_1003__subsec_e']) assert.ok(ids.includes(id), `${id}: ${ids.join(' ')}`);
      assert.strictEqual(law.citation(US_CALEA_SECTION_1003, 'subsection (a)(1)(A)').targets[0].unitId, 'sec_1003__subsec_a__para_1__subpara_A');
      assert.deepStrictEqual(law.broken(US_CALEA_SECTION_1003), []);
      // must not: a bold heading that is no subsection's marker and title ("**Statutory Notes**") still ends the section
      const notes = edited(US_CALEA_SECTION_1003, '### **(d) Carrier statement**', '### **Statutory Notes and Related Subsidiaries**');
      assert.ok(!law.unitIds(notes).includes('sec_1003__subsec_e'), law.unitIds(notes).join(' '));
    });

    it('"(1)(A) a fine …": a paragraph opening at once with its subparagraph (A); "this subparagraph" there is (c)(1)(A)', () => {
      const { workspace, model } = law.read(US_CFAA_18_USC_1030);
      const own = workspace.resolved(model.uri).filter((cited) => cited.reference.text === 'this subparagraph' && cited.reference.span.start < model.text.indexOf('(B) a fine under this title or imprisonment for not more than twenty'));
      assert.deepStrictEqual(own.map((cited) => cited.targets[0].unitId), ['sec_1030__subsec_c__para_1__subpara_A']);
      assert.strictEqual(law.citation(US_CFAA_18_USC_1030, 'subsection (c)(4)(A)(i)').targets[0].unitId, 'sec_1030__subsec_c__para_4__subpara_A__clause_i');
      // must not: a second marker that does not open its list ("(1)(B)") is no subparagraph of its own
      const notFirst = edited(US_CFAA_18_USC_1030, '  - (1)(A) a fine under this title or imprisonment for not more than ten', '  - (1)(B) a fine under this title or imprisonment for not more than ten');
      assert.ok(!law.unitIds(notFirst).includes('sec_1030__subsec_c__para_1__subpara_A'));
    });

    it('quotes in two apostrophes (the notes on amendments, "inserted at end \'\'For purposes of this subsection …\'\'") are quoted words: no error', () => {
      assert.deepStrictEqual(law.broken(US_CFAA_18_USC_1030), []);
      assert.deepStrictEqual(law.problems(US_CFAA_18_USC_1030, 'reference-outside-unit'), []);
      const { workspace, model } = law.read(US_CFAA_18_USC_1030);
      const inQuote = workspace.resolved(model.uri).find((cited) => cited.reference.text === 'this subsection' && model.text.slice(cited.reference.span.start - 20, cited.reference.span.start).includes("''For purposes of"));
      assert.match(inQuote?.targets[0].reason ?? '', /stands in quoted words/);
      // must not: the same words without the marks are the notes' own, and "this subsection" there stands outside any
      // (the file made to open with a sentence's first word, as it otherwise opens in § 1029's notes, mid-sentence)
      const unquoted = edited(edited(US_CFAA_18_USC_1030, "inserted at end ''For purposes of this subsection", 'inserted at end For purposes of this subsection'), 'unauthorized access to telecommunications services, or', 'Unauthorized access to telecommunications services, or');
      assert.ok(law.problems(unquoted, 'reference-outside-unit').some((message) => /"this subsection" stands outside any subsection/.test(message)), law.problems(unquoted, 'reference-outside-unit').join('\n'));
    });

    it('a Public Law\'s inserted subchapter in two apostrophes ("## \'\'SUBCHAPTER II …" to "….\'\'.") is the amended title\'s text; "S. 2521" is a bill', () => {
      assert.deepStrictEqual(law.broken(US_FISMA_2014), []);
      const quoted = law.citation(US_FISMA_2014, 'section 3502').targets[0];
      assert.strictEqual(quoted.status, 'external');
      assert.match(quoted.reason ?? '', /text quoted from another instrument/);
      // the Statutes at Large's running head is no section 128
      assert.ok(!law.unitIds(US_FISMA_2014).includes('sec_128'));
      assert.match(law.citation(US_FISMA_2014, 'S. 2521').targets[0].reason ?? '', /bill the Congress passed/);
      // (never the words of a link: "[S. 7](https://www.legislation.gov.uk/…)" is a section, of the page it links to)
      const linked = edited(US_FISMA_2014, 'Dec. 18, 2014 [S. 2521]', 'Dec. 18, 2014 [S. 2521](https://www.congress.gov/bill/113th-congress/senate-bill/2521)');
      assert.doesNotMatch(law.citation(linked, 'S. 2521').targets[0].reason ?? '', /bill the Congress passed/);
      // must not: a quotation that never closes is no passage, and the section it cites is then looked for here
      const unclosed = edited(US_FISMA_2014, 'Comptroller General of the United States.\'\'.', 'Comptroller General of the United States.');
      assert.ok(law.broken(unclosed).some((message) => /no section 3502/.test(message)), law.broken(unclosed).join('\n'));
    });
  });

  describe('United States: a chunk of the US Code cut at a page', () => {
    it('"the report demonstrates that …" opening the file: "this section" before its first section is the one it does not hold, not an error', () => {
      assert.deepStrictEqual(law.problems(US_COPPA_OPENING, 'reference-outside-unit'), []);
      const { workspace, model } = law.read(US_COPPA_OPENING);
      const before = workspace.resolved(model.uri).find((cited) => cited.reference.text === 'this section' && cited.reference.span.start < model.text.indexOf('§ 6501'));
      assert.match(before?.targets[0].reason ?? '', /this file opens in the middle of a sentence \("the report demonstrates that/);
      // must not: a file that opens with a sentence's first word still reports "this section" outside any section
      const whole = edited(US_COPPA_OPENING, 'the report demonstrates that there has been', 'The report demonstrates that there has been');
      assert.ok(law.problems(whole, 'reference-outside-unit').some((message) => /"this section" stands outside any section/.test(message)), law.problems(whole, 'reference-outside-unit').join('\n'));
    });
  });

  describe('United States: an Executive Order cited by its number', () => {
    it('"subsection 4.8 of Executive Order 14110 of October 30, 2023" (and over a line break) cites the Order, not this memorandum', () => {
      assert.deepStrictEqual(law.broken(US_NSM_AI_2024), []);
      const cited = law.citation(US_NSM_AI_2024, 'subsection 4.8 of Executive Order 14110 of October 30, 2023').reference.anchor;
      assert.strictEqual(cited.kind === 'instrument' ? cited.name : cited.kind, 'Executive Order 14110 of October 30, 2023');
      // must not: "Order" named by a number without "Executive" before it stays no instrument ("Order 14, rule 1" is a unit of court rules)
      const bare = edited(US_NSM_AI_2024, 'subsection 4.8 of Executive Order 14110 of October', 'subsection 4.8 of Order 14110 of October');
      assert.notStrictEqual(law.citation(bare, 'subsection 4.8').reference.anchor.kind, 'instrument');
    });
  });

  describe("Japan: the Act on the Protection of Personal Information in English", () => {
    it('"(Support to a Business Operator etc. in a Local Area)" then "Article 12 A local government shall …": a captioned label run into its sentence', () => {
      const articles = law.unitIds(JP_APPI_ENGLISH).filter((id) => /^art_[^_]+$/.test(id));
      for (const id of ['art_1', 'art_3', 'art_12', 'art_13', 'art_16-2', 'art_19', 'art_20']) assert.ok(articles.includes(id), `${id}: ${articles.join(' ')}`);
      // must not: with no caption above it, "Article 12 A local government …" opening a paragraph is no label
      const uncaptioned = edited(JP_APPI_ENGLISH, '(Support to a Business Operator etc. in a Local Area)\n\n', '');
      assert.ok(!law.unitIds(uncaptioned).includes('art_12'));
    });

    it('captions with no label under them ("(Definition)" over "- (1) …"): the articles this copy seems to lack are not reported, and the note says why', () => {
      assert.deepStrictEqual(law.broken(JP_APPI_ENGLISH), []);
      const lost = law.citation(JP_APPI_ENGLISH, 'Article 18, paragraph (2) and Article 28, paragraph (1)').targets[0];
      assert.strictEqual(lost.status, 'external');
      assert.match(lost.reason ?? '', /2 of this document's \d+ article captions have no label under them \("\(Definition\)"\)/);
      // must not: where every caption has its label, an article missing is reported, and not for the captions (this excerpt of
      // articles 1–21 cites articles 28, 35, 36 and 76 past its end: a copy cut short, which the note says instead)
      const labelled = edited(edited(JP_APPI_ENGLISH, '(Definition)\n\n', '(Definition)\n\nArticle 2\n\n'), '(Notification etc. of a Utilization Purpose when Acquiring)\n\n', '(Notification etc. of a Utilization Purpose when Acquiring)\n\nArticle 18\n\n');
      const reported = [...law.broken(labelled), ...law.problems(labelled, 'reference-not-in-workspace')].filter((message) => /no article 28/.test(message));
      assert.ok(reported.length && reported.every((message) => !/captions/.test(message) && /cut short/.test(message)), reported.join('\n'));
    });
  });

  describe('the EU: the GDPR hard-wrapped', () => {
    it('"… in point (e) of" then "Article 46(2). Such controllers …": a line that goes on with a sentence is no label, and article 40 keeps paragraphs 4 to 9', () => {
      const ids = law.unitIds(EU_GDPR_ARTICLE_40);
      assert.ok(!ids.includes('art_46'), ids.join(' '));
      assert.strictEqual(law.citation(EU_GDPR_ARTICLE_40, 'paragraph 9 of this Article').targets[0].unitId, 'art_40__para_9');
      assert.deepStrictEqual(law.broken(EU_GDPR_ARTICLE_40).filter((message) => /article 40 has no/.test(message)), []);
      // must not: after a line that ends a sentence, a line that opens with a label still opens that unit
      const ended = edited(EU_GDPR_ARTICLE_40, 'referred to in point (e) of\nArticle 46(2).', 'referred to in point (e).\nArticle 46(2).');
      assert.ok(law.unitIds(ended).includes('art_46'), law.unitIds(ended).filter((id) => !id.includes('__')).join(' '));
    });
  });
});
