// Czech laws as users bring them (legalize-cz's markdown of e-Sbírka's consolidated texts): citations read with a table of
// their own ("§ 230 odst. 1 písm. a)", "tohoto zákona", "zákona č. 40/2009 Sb."), amending acts, annexes on plain lines, names
// given "(dále jen „…“)", and sections a consolidated text leaves out. Each rule with a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { guessLanguage } from '../../server/src/engine/language';
import { CZ_AMENDING_PARTS_183_2017, CZ_CRIMINAL_CODE_230_232, CZ_ELECTRICITY_DECREE_297_2001, CZ_FLATS_DECREE_47_1978, CZ_INSOLVENCY_AMENDMENT_294_2013, CZ_INSURANCE_DECREE_492_1991, CZ_NUCLEAR_ACT_18_1997, CZ_PLANT_HEALTH_AMENDMENT_207_2014, CZ_SALARIES_ACT_236_1995, CZ_TOYS_AMENDMENT_1_2010, CZ_VEHICLES_DECREE_345_2021, SK_CRIMINAL_CODE_247 } from './czechLawsText';
import { readHeading } from '../../server/src/engine/headings';

// no "language:" in the front matter, as legalize-cz gives them: the language is told by the text
const law = oneDocument('zakon.md', '---\nid: cz-zakon\ntitle: Zákon\ntype: law\n---\n');
const unitsOf = (text: string) => law.read(text).model.units;

describe('engine: Czech laws as legalize-cz gives them', () => {
  it('a Czech text is "cs", by its own letters ("ě", "ř", "ů"); a Slovak one is not', () => {
    assert.strictEqual(guessLanguage(CZ_CRIMINAL_CODE_230_232), 'cs');
    assert.strictEqual(law.read(CZ_FLATS_DECREE_47_1978).model.language, 'cs');
    // must not: Slovak writes none of those letters, and no table reads it yet
    assert.notStrictEqual(guessLanguage(SK_CRIMINAL_CODE_247), 'cs');
  });

  it('"§ 230 odst. 1 nebo 2", "v odstavci 1 nebo 2" resolve to the paragraphs; "§ 230 odst. 6" is reported', () => {
    const both = law.citation(CZ_CRIMINAL_CODE_230_232, '§ 230 odst. 1 nebo 2');
    assert.deepStrictEqual(both.targets.map((t) => t.unitId), ['sec_230__para_1', 'sec_230__para_2']);
    // "spáchá-li čin uvedený v odstavci 1 nebo 2" in § 230 (3): its own paragraphs
    const own = law.citation(CZ_CRIMINAL_CODE_230_232, 'odstavci 1 nebo 2');
    assert.deepStrictEqual(own.targets.map((t) => t.unitId), ['sec_230__para_1', 'sec_230__para_2']);
    assert.deepStrictEqual(law.broken(CZ_CRIMINAL_CODE_230_232), []);
    // must not: a paragraph § 230 does not have is reported
    const edited = CZ_CRIMINAL_CODE_230_232.replace('podle § 230 odst. 1 nebo 2', 'podle § 230 odst. 6');
    assert.strictEqual(law.broken(edited).length, 1, law.broken(edited).join(' | '));
  });

  it('"písm. b)" below a paragraph, "písmeny a), c) až e) nebo v odstavci 2": letters closed by their bracket only', () => {
    const letters = law.citation(CZ_INSURANCE_DECREE_492_1991, 'odstavci 1', true);
    assert.deepStrictEqual(letters.targets.map((t) => t.unitId), ['sec_11__para_1']);
    const listed = law.citation(CZ_INSURANCE_DECREE_492_1991, 'písmeny a)', true);
    // "v" (in) before "odstavci 2" is no letter: the letters are of paragraph 1, as the sentence says
    assert.ok(!listed.reference.text.includes(' v odstavci'), listed.reference.text);
    assert.deepStrictEqual(law.broken(CZ_INSURANCE_DECREE_492_1991), []);
    // must not: a letter paragraph 1 does not have is reported
    const edited = CZ_INSURANCE_DECREE_492_1991.replace('pod písmeny a), c) až e)', 'pod písmenem h)');
    assert.strictEqual(law.broken(edited).length, 1, law.broken(edited).join(' | '));
  });

  it('"§ 178a trestního řádu", "§ 26 odst. 8 zákona č. 18/1997 Sb.", "§ 46 vládního nařízení č. 100/1966 Sb.": another instrument\'s', () => {
    const text = `${CZ_CRIMINAL_CODE_230_232}\n(9) Podle § 178a odst. 1 a 2 trestního řádu, § 26 odst. 8 zákona č. 18/1997 Sb. a § 46 vládního nařízení č. 100/1966 Sb.\n`;
    for (const cited of ['§ 178a odst. 1 a 2 trestního řádu', '§ 26 odst. 8 zákona č. 18/1997 Sb.', '§ 46 vládního nařízení č. 100/1966 Sb.']) {
      assert.strictEqual(law.citation(text, cited).status, 'external', cited);
    }
    assert.deepStrictEqual(law.broken(text), []);
    // must not: "tohoto zákona" is this one's, and a section it lacks within its run is reported
    assert.strictEqual(law.broken(`${CZ_CRIMINAL_CODE_230_232}\n(9) Podle § 231a odst. 1 tohoto zákona.\n`).length, 1);
  });

  it('an amending act: the points of "Zákon č. 182/2006 Sb., …, ve znění …, se mění takto:" and the sections it sets out are the amended act\'s', () => {
    assert.deepStrictEqual(law.broken(CZ_INSOLVENCY_AMENDMENT_294_2013), []);
    const point = law.citation(CZ_INSOLVENCY_AMENDMENT_294_2013, '§ 2 písm. g)');
    assert.strictEqual(point.status, 'external');
    assert.match(point.targets[0].reason ?? '', /182\/2006/);
    // "##### „§ 7a" and "##### § 7b" after "… které včetně nadpisů znějí:" are quoted, no units of the amending act
    const ids = unitsOf(CZ_INSOLVENCY_AMENDMENT_294_2013).map((u) => u.id);
    assert.ok(!ids.some((id) => /sec_7[abc]/.test(id)), ids.join(' '));
    // must not: the amending act's own article cited outside the list is still checked ("čl. IX" it lacks is reported)
    assert.strictEqual(law.broken(`${CZ_INSOLVENCY_AMENDMENT_294_2013}\n##### Čl. II\n\nTento zákon nabývá účinnosti dnem vyhlášení, s výjimkou čl. IX.\n`).length, 1);
  });

  it('"(§ 2)" where the consolidated decree holds §§ 1, 3, 6 and 12–16: a repealed section left out, not reported; "§ 99" is', () => {
    // (the decree's "§ 12 odst. 2", where the copy's § 12 has one unnumbered paragraph, is still reported)
    assert.deepStrictEqual(law.broken(CZ_FLATS_DECREE_47_1978).filter((message) => /no section [245]\b/.test(message)), []);
    const left = law.citation(CZ_FLATS_DECREE_47_1978, '§ 2');
    assert.strictEqual(left.status, 'external');
    assert.match(left.targets[0].reason ?? '', /skip from 1 to 3/);
    // must not: a section past the last one is no gap
    assert.strictEqual(law.broken(`${CZ_FLATS_DECREE_47_1978}\nPodle § 99 odst. 1.\n`).filter((message) => message.includes('section 99')).length, 1);
  });

  it('"Příloha č. 1 k vyhlášce č. 297/2001 Sb." on a plain line is annex 1, and each annex has its own "Část A"', () => {
    const ids = law.unitIds(CZ_ELECTRICITY_DECREE_297_2001);
    assert.ok(ids.includes('annex_1') && ids.includes('annex_2') && ids.includes('annex_2__part_a'), ids.join(' '));
    assert.deepStrictEqual(law.problems(CZ_ELECTRICITY_DECREE_297_2001, 'duplicate-unit'), []);
    // must not: a line that goes on as a sentence is no annex's heading (and annex 2's parts are then annex 1's, given twice)
    const sentence = CZ_ELECTRICITY_DECREE_297_2001.replace('Příloha č. 2 k vyhlášce č. 297/2001Sb.', 'Příloha č. 2 k vyhlášce č. 297/2001Sb., kterou se stanoví podmínky.');
    assert.ok(!law.unitIds(sentence).includes('annex_2'));
    assert.ok(law.problems(sentence, 'duplicate-unit').length >= 1);
  });

  it('"v příloze č. 9 části B" in "Příloha č. 4 k vyhlášce č. 215/2008 Sb." of decree 207/2014: the amended decree\'s annex, set out anew', () => {
    // legalize-cz's front matter gives the decree's own number
    const decree = oneDocument('vyhlaska.md', '---\nid: cz-sb-2014-207\ntitle: Vyhláška\ntype: law\nofficial_code: "207/2014 Sb."\n---\n');
    assert.deepStrictEqual(decree.broken(CZ_PLANT_HEALTH_AMENDMENT_207_2014), []);
    const cited = decree.citation(CZ_PLANT_HEALTH_AMENDMENT_207_2014, 'příloze č. 9 části B');
    assert.strictEqual(cited.status, 'external');
    assert.match(cited.targets[0].reason ?? '', /another instrument's annex/);
    // must not: an annex that names this decree's own number is its own, and an annex 9 it lacks is reported
    const own = CZ_PLANT_HEALTH_AMENDMENT_207_2014.replace('Příloha č. 4 k vyhlášce č. 215/2008 Sb.', 'Příloha č. 4 k vyhlášce č. 207/2014 Sb.');
    assert.ok(decree.broken(own).length >= 1);
  });

  it('"s výjimkou ustanovení bodů 3, 7 a 9" in article II: the points of article I, the amendments, which its copy skips', () => {
    assert.deepStrictEqual(law.broken(CZ_TOYS_AMENDMENT_1_2010), []);
    const excepted = law.citation(CZ_TOYS_AMENDMENT_1_2010, 'bodů 3, 7 a 9');
    assert.strictEqual(excepted.status, 'external');
    assert.match(excepted.targets[0].reason ?? '', /numbers skipped/);
    // "V příloze č. 2 části II. bodě 2 písm. b) se slovo … nahrazuje": the amended regulation's annex, not this one's
    assert.strictEqual(law.citation(CZ_TOYS_AMENDMENT_1_2010, 'příloze č. 2').status, 'external');
    // must not: with article I's points numbered 1 to 5 without a gap, point 3 is found there and points 7 and 9 are reported
    const whole = CZ_TOYS_AMENDMENT_1_2010.replace('- 4. V příloze', '- 3. V příloze').replace('- 5. V příloze', '- 4. V příloze').replace('- 6. V příloze', '- 5. V příloze').replace('- 8. V příloze', '- 6. V příloze');
    assert.strictEqual(law.broken(whole).length, 2, law.broken(whole).join(' | '));
    assert.strictEqual(law.citation(whole, 'bodů 3, 7 a 9').targets[0].status, 'resolved');
  });

  it('"§ 112 paragraph 4 of the Act no. 542/2020 Coll." in a form\'s English beside its Czech: cannot be checked, not reported', () => {
    assert.deepStrictEqual(law.broken(CZ_VEHICLES_DECREE_345_2021), []);
    const english = law.citation(CZ_VEHICLES_DECREE_345_2021, '§ 112');
    assert.strictEqual(english.status, 'external');
    assert.match(english.targets[0].reason ?? '', /another language \(en\)/);
    // must not: a Czech sentence's citation is checked (the excerpt's § 1 has no letter "z)"), whether or not it writes "ě", "ř", "ů"
    const czech = CZ_VEHICLES_DECREE_345_2021.replace('#### Předmět úpravy\n\n', '#### Předmět úpravy\n\nOsobou podle § 1 písm. z) se rozumí zpracovatel vozidel s ukončenou životností.\n\n');
    assert.notStrictEqual(czech, CZ_VEHICLES_DECREE_345_2021);
    assert.strictEqual(law.broken(czech).length, 1, law.broken(czech).join(' | '));
  });

  it('"ČÁST DVĚ STĚ DRUHÁ" is part 202, "HLAVA PÁTÁ A" title 5a; the title an amending act sets out under "### „HLAVA VI" is quoted', () => {
    const parts = law.unitIds(CZ_AMENDING_PARTS_183_2017);
    assert.ok(parts.includes('part_201') && parts.includes('part_202'), parts.join(' '));
    assert.ok(!parts.some((id) => /title_vi|sec_36a/.test(id)), parts.join(' '));
    assert.deepStrictEqual(law.problems(CZ_AMENDING_PARTS_183_2017, 'duplicate-unit'), []);
    const titles = law.unitIds(CZ_SALARIES_ACT_236_1995).filter((id) => /^title_[^_]*$/.test(id));
    assert.deepStrictEqual(titles, ['title_5', 'title_5a', 'title_6']);
    // must not: a title's words after the ordinal are no letter ("HLAVA PÁTÁ ADOPCE" is title 5), and "DVĚ" holds no roman "DV"
    assert.strictEqual(readHeading('HLAVA PÁTÁ ADOPCE')?.number, '5');
    assert.notStrictEqual(readHeading('ČÁST DVĚ')?.number, 'dv');
  });

  it('"(dále jen „Úřad“)" names the office: a definition whose name is used on, never reported unused', () => {
    const { model } = law.read(CZ_NUCLEAR_ACT_18_1997);
    assert.deepStrictEqual(model.definitions.map((d) => d.term), ['Úřad']);
    assert.deepStrictEqual(law.problems(CZ_NUCLEAR_ACT_18_1997, 'unused-definition'), []);
    // must not: a quotation with no "dále jen" names nothing
    assert.deepStrictEqual(law.read(CZ_NUCLEAR_ACT_18_1997.replace('(dále jen „Úřad“)', '(„Úřad“)')).model.definitions.map((d) => d.term), []);
  });
});
