// Laws read from a source not read before (thirdReadingText.ts): real laws as PDF converters gave them. Each test reads
// verbatim text, says what a user would see, and has a case where the reading must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { edited } from '../helpers/workspace';
import { IN_DPDP_ACT_2023, US_CALEA_SECTION_1003 } from './thirdReadingText';

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
  });
});
