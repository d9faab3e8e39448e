// Laws read a second time from sources first read last round, files not tuned on (secondReadingText.ts): Saudi laws from
// nezams.com and New Zealand's reprints as scraped. Each test reads verbatim text, says what a user would see, and has a
// case where the reading must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { edited } from '../helpers/workspace';
import { NZ_ALCOHOLISM_ACT_1966, NZ_FINANCE_ACT_1987_WHOLE, NZ_FINANCE_ACT_1988_SECTION_20, SA_LABOUR_LAW_98_106, SA_PREMIUM_RESIDENCY_LAW } from './secondReadingText';

const law = oneDocument('law.md', '');
const pathsOf = (text: string, cited: string) =>
  law.citation(text, cited, true).reference.targets.map((target) => target.path.map((step) => `${step.kind} ${step.number}`).join(' / '));

describe('engine: laws read a second time from their sources', () => {
  describe('Saudi Arabia (nezams.com)', () => {
    it('"٢.تحدد اللائحة …": a paragraph\'s number glued to its first word is paragraph 2, and "الفقرة (2) من هذه المادة" finds it', () => {
      assert.ok(law.unitIds(SA_PREMIUM_RESIDENCY_LAW).includes('art_2__para_2'), law.unitIds(SA_PREMIUM_RESIDENCY_LAW).filter((id) => id.startsWith('art_2_')).join(' '));
      assert.strictEqual(law.citation(SA_PREMIUM_RESIDENCY_LAW, 'الفقرة (2) من هذه المادة').targets[0].unitId, 'art_2__para_2');
      // must not: a number run into a word with no full stop is no paragraph's
      const unmarked = edited(SA_PREMIUM_RESIDENCY_LAW, '٢.تحدد اللائحة الأحكام', '٢تحدد اللائحة الأحكام');
      assert.ok(!law.unitIds(unmarked).includes('art_2__para_2'));
    });

    it('"الفقرة (هـ) من هذه المادة" is the one part lettered so, under the article\'s paragraph 1', () => {
      assert.strictEqual(law.citation(SA_PREMIUM_RESIDENCY_LAW, 'الفقرة (هـ) من هذه المادة').targets[0].unitId, 'art_2__para_1__subpara_ه');
    });

    it('notes recording an amendment ("– تعديل الفقرة (3) لتصبح بالنص الآتي") cite the article as it read before: not checked, and said why', () => {
      assert.deepStrictEqual(law.broken(SA_PREMIUM_RESIDENCY_LAW), []);
      const { workspace, model } = law.read(SA_PREMIUM_RESIDENCY_LAW);
      const inNote = workspace.resolved(model.uri).filter((cited) => cited.reference.text === 'الفقرة (3)' && /^– تعديل/.test(model.text.slice(model.lines.lineAround(cited.reference.span.start).start)));
      const unfound = inNote.filter((cited) => cited.targets[0].status !== 'resolved');
      assert.strictEqual(unfound.length, 1, JSON.stringify(inNote.map((cited) => cited.targets)));
      assert.strictEqual(unfound[0].targets[0].status, 'external');
      assert.match(unfound[0].targets[0].reason ?? '', /note recording an amendment of this text \("تعديل الفقرة \(3\)/);
      // a part the note names that the text holds is still found: "الفقرة الفرعية (ح) من الفقرة (1)"
      assert.strictEqual(law.citation(SA_PREMIUM_RESIDENCY_LAW, 'الفقرة الفرعية (ح) من الفقرة (1)').targets[0].unitId, 'art_2__para_1__subpara_ح');
      // must not: the same words without the note's opening are the text's own, and paragraph 3 of article 9 is missing
      const plain = edited(SA_PREMIUM_RESIDENCY_LAW, '– تعديل الفقرة (3) لتصبح', '– الفقرة (3) لتصبح');
      assert.ok(law.broken(plain).some((message) => /article 9 has no paragraph 3/.test(message)), law.broken(plain).join('\n'));
    });

    it('"المواد الثامنة والتسعين والأولى بعد المائة والفقرة (1) من المادة الرابعة بعد المائة": articles 98 and 101, then paragraph 1 of article 104', () => {
      assert.deepStrictEqual(pathsOf(SA_LABOUR_LAW_98_106, 'المواد الثامنة والتسعين'), ['article 98', 'article 101']);
      assert.deepStrictEqual(law.citation(SA_LABOUR_LAW_98_106, 'المواد الثامنة والتسعين', true).targets.map((target) => target.unitId), ['art_98', 'art_101']);
      assert.strictEqual(law.citation(SA_LABOUR_LAW_98_106, 'الفقرة (1) من المادة الرابعة بعد المائة', true).targets[0].unitId, 'art_104__para_1');
      // must not: a compound ordinal stays one ("الثامنة والتسعين" is 98, not 8 and 90)
      assert.ok(!pathsOf(SA_LABOUR_LAW_98_106, 'المواد الثامنة والتسعين').includes('article 8'));
    });

    it('"إلغاء المواد (الخامسة والتسعين بعد المائة، والسابعة والتسعين بعد المائة، …)": a list of ordinals in one parenthesis', () => {
      assert.deepStrictEqual(pathsOf(SA_LABOUR_LAW_98_106, 'المواد (الخامسة'), ['article 195', 'article 197', 'article 203', 'article 205', 'article 206', 'article 207', 'article 208']);
      // the decree's item named in the note on the repeal is not this law's
      assert.deepStrictEqual(law.broken(SA_LABOUR_LAW_98_106), []);
      assert.strictEqual(law.citation(SA_LABOUR_LAW_98_106, 'البند (٣٩)').targets[0].status, 'external');
    });
  });

  describe('New Zealand (reprints as scraped)', () => {
    it('"Compare: 1909 No 30 ss 2, 36" notes the earlier Acts: no term "Compare", defined twice', () => {
      assert.deepStrictEqual(law.problems(NZ_ALCOHOLISM_ACT_1966, 'duplicate-definition'), []);
      const terms = law.read(NZ_ALCOHOLISM_ACT_1966).model.definitions.map((definition) => definition.term);
      assert.ok(!terms.includes('Compare'), terms.join(', '));
      // must not: the definitions of the list above it are still read
      // ("_superintendent_, in relation to any institution, means …": what the meaning is given for, between commas)
      for (const term of ['Minister', 'patient', 'superintendent', 'supervising committee']) assert.ok(terms.includes(term), `${term} among ${terms.join(', ')}`);
    });

    it('"The repeal by subsection (1) of sections 13(4) and 14(3) of the Finance Act 1987": subsection (1) is this section\'s, the rest the 1987 Act\'s', () => {
      assert.deepStrictEqual(law.broken(NZ_FINANCE_ACT_1988_SECTION_20), []);
      assert.deepStrictEqual(pathsOf(NZ_FINANCE_ACT_1988_SECTION_20, 'subsection (1)'), ['subsection 1']);
      const act = law.citation(NZ_FINANCE_ACT_1988_SECTION_20, 'sections 13(4) and 14(3)', true);
      assert.strictEqual(act.reference.anchor.kind, 'instrument');
      // must not: a section cited whole still holds the subsection ("subsection (1) of sections 15 to 18 of the Finance Act 1987")
      assert.deepStrictEqual(pathsOf(NZ_FINANCE_ACT_1988_SECTION_20, 'subsection (1) of sections 15'), ['section 15 / subsection 1']);
    });

    it('in the reprint holding the 1987 Act, "The repeal by subsection (1) of sections 13(4) and 14(3) of the Finance Act 1987" cites what it repealed: not checked, and said why', () => {
      // (the file as the repository names it, which names the Act)
      const reprint = oneDocument('Finance Act 1987.md', '');
      assert.deepStrictEqual(reprint.broken(NZ_FINANCE_ACT_1987_WHOLE), []);
      const cited = reprint.citation(NZ_FINANCE_ACT_1987_WHOLE, 'sections 13(4) and 14(3) of the Finance Act 1987');
      assert.deepStrictEqual(cited.targets.map((target) => target.status), ['external', 'external']);
      assert.match(cited.targets[0].reason ?? '', /speaks of its repeal/);
      // must not: without the repeal's word before it, the subsection the reprint lacks is reported
      const plain = edited(NZ_FINANCE_ACT_1987_WHOLE, 'The repeal by subsection (1) of sections 13(4)', 'The reference in subsection (1) to sections 13(4)');
      assert.ok(reprint.broken(plain).some((message) => /section 13 has no \(4\)/.test(message)), reprint.broken(plain).join('\n'));
    });
  });
});
