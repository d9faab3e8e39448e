// Austria's federal laws as legalize-dev converts RIS: a section's label run into its first paragraph ("§ 5. (1) …", "§ 4. Im
// Sinne …"), items cited by "Z", laws named right after a citation, and RIS's notes naming the amending act by its gazette entry.
// Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { BE_LOI_CAMERAS_2007 } from './belgianLawsText';
import { AT_DAV_BMJ_SECTIONS_2_3, AT_DSG_2000_SECTIONS_4_5, AT_NISG_SECTION_5_AND_10, AT_UEG_1920_SECTION_1, AT_UEG_1920_SECTIONS_14_18, AT_UEG_1920_SECTIONS_22A_23, AT_UEG_1920_SECTIONS_2_3, AT_ECG_SECTION_3_TWO_VERSIONS, AT_DAV_BMJ_CHIPSEITE } from './austrianLawsText';

const gesetz = oneDocument('gesetz.md', '---\nid: at-gesetz\ntitle: Bundesgesetz\nlanguage: de\ntype: law\n---\n\n# Bundesgesetz\n\n');

describe('engine: Austrian laws as legalize-dev converts RIS', () => {
  it('"§ 5. (1) Datenanwendungen …" and "§ 4. Im Sinne …" open sections 5 and 4, the first with its paragraphs; "Abs. 2" in § 5 finds its paragraph 2', () => {
    const units = gesetz.unitIds(AT_DSG_2000_SECTIONS_4_5);
    assert.ok(units.includes('sec_4') && units.includes('sec_5__para_1') && units.includes('sec_5__para_3'), units.join(' '));
    assert.deepStrictEqual(gesetz.citation(AT_DSG_2000_SECTIONS_4_5, 'Abs. 2').targets.map((t) => t.unitId), ['sec_5__para_2']);
    // must not: in French or Portuguese "§ 2. Le Registre …", "§ 10. Compete …" open no section (an article's paragraph, markers.ts)
    // (Belgium's Justel, test/engine/belgianLawsText.ts)
    const cameras = oneDocument('loi.md', '');
    assert.ok(!cameras.unitIds(BE_LOI_CAMERAS_2007).some((id) => id.startsWith('sec_')), cameras.unitIds(BE_LOI_CAMERAS_2007).join(' '));
  });

  it('"§ 5 Z 4" is item 4 of section 5 (in its paragraph (1)); "§ 63 Z 1 bis 3 ElWOG 2010" is of that law; "z. B." is no item', () => {
    assert.deepStrictEqual(gesetz.citation(AT_NISG_SECTION_5_AND_10, '§ 5 Z 4').targets.map((t) => t.unitId), ['sec_5__para_1__item_4']);
    const parsed = parseReferences('die direkt an den Netzebenen gemäß § 63 Z 1 bis 3 ElWOG 2010 angeschlossen sind', { language: 'de' });
    assert.deepStrictEqual(parsed.map((r) => [r.text, r.anchor.kind === 'instrument' ? r.anchor.name : r.anchor.kind]), [['§ 63 Z 1 bis 3 ElWOG', 'ElWOG']]);
    assert.deepStrictEqual(parseReferences('gemäß § 5 sowie z. B. nach § 6', { language: 'de' }).map((r) => r.text), ['§ 5', '§ 6']);
  });

  it('"gemäß § 2 Z 3a Signaturgesetz, BGBl. I Nr. 190/1999" cites the Signaturgesetz, and "Durch Art. 2 § 1 Abs. 2 Z 2, BGBl. I Nr. 2/2008, …" the act of that gazette entry: no errors', () => {
    assert.deepStrictEqual(gesetz.problems(AT_DAV_BMJ_SECTIONS_2_3, 'broken-reference'), []);
    assert.match(gesetz.citation(AT_DAV_BMJ_SECTIONS_2_3, '§ 2 Z 3a').targets[0].reason ?? '', /Signaturgesetz/);
    assert.deepStrictEqual(gesetz.problems(AT_UEG_1920_SECTION_1, 'broken-reference'), []);
    assert.match(gesetz.citation(AT_UEG_1920_SECTION_1, '§ 1 Abs. 2 Z 2').targets[0].reason ?? '', /BGBl\. I Nr\. 2\/2008/);
    // must not: without the law's name or the gazette entry, a section this text lacks is reported
    assert.strictEqual(gesetz.problems(AT_DAV_BMJ_SECTIONS_2_3.replace(' Signaturgesetz, BGBl. I Nr. 190/1999,', ''), 'broken-reference').length, 1);
  });

  it('"§ 3. Die Landesgesetze, die die im Artikel 12 des Bundes-Verfassungsgesetzes …" opens section 3: a German sentence may name another law', () => {
    const units = gesetz.unitIds(AT_UEG_1920_SECTIONS_2_3);
    assert.ok(units.includes('sec_2') && units.includes('sec_3'), units.join(' '));
    // must not: a Dutch "§ 3. De …" paragraph opens no section (the words that tell German are German only)
    assert.ok(!gesetz.unitIds('§ 3. De Koning bepaalt, bij een besluit vastgesteld na overleg in de Ministerraad, de nadere regels voor de toepassing van dit artikel en van artikel 2.\n').includes('sec_3'));
  });

  it('"§ 14. Zu Artikel 6." and "§ 22b. (Anm.: Aufgehoben …)" open sections; "(Anm.: nunmehr: Absatz 7)" and "St. G. Bl. Nr. 180" are no units of this text: no errors', () => {
    const units = gesetz.unitIds(AT_UEG_1920_SECTIONS_14_18);
    for (const id of ['sec_14', 'sec_15', 'sec_16', 'sec_17', 'sec_18', 'sec_18__para_2']) assert.ok(units.includes(id), `${id}: ${units.join(' ')}`);
    assert.deepStrictEqual(gesetz.problems(AT_UEG_1920_SECTIONS_14_18, 'broken-reference'), []);
    assert.match(gesetz.citation(AT_UEG_1920_SECTIONS_14_18, 'Absatz 7').targets[0].reason ?? '', /Anm\./);
    const repealed = gesetz.unitIds(AT_UEG_1920_SECTIONS_22A_23);
    for (const id of ['sec_22a', 'sec_22b', 'sec_23']) assert.ok(repealed.includes(id), `${id}: ${repealed.join(' ')}`);
    assert.deepStrictEqual(gesetz.problems(AT_UEG_1920_SECTIONS_22A_23, 'broken-reference'), []);
    // must not: outside the editor's remark, "Absatz 7" is this section's, and reported; without the gazette, "Nr. 180" is a point
    assert.strictEqual(gesetz.problems(AT_UEG_1920_SECTIONS_14_18.replace(/\(Anm\.: nunmehr: Absatz 7\)/g, '(nunmehr: Absatz 7)'), 'broken-reference').length, 2);
    assert.strictEqual(gesetz.problems(AT_UEG_1920_SECTIONS_22A_23.replace('St. G. Bl. Nr. 180', 'Nr. 180'), 'broken-reference').length, 1);
    // must not: "§ 58a Absatz 2 gilt entsprechend." (no stop after the label) is a sentence citing, no section
    assert.ok(!gesetz.unitIds('§ 58a Absatz 2 gilt entsprechend.\n').includes('sec_58a'));
  });

  it('a section set out in two versions (RIS) defines its terms once: no "defined twice"; "(Chipseite)" given twice with the same words neither', () => {
    assert.deepStrictEqual(gesetz.problems(AT_ECG_SECTION_3_TWO_VERSIONS, 'duplicate-definition'), []);
    assert.deepStrictEqual(gesetz.problems(AT_DAV_BMJ_CHIPSEITE, 'duplicate-definition'), []);
    // must not: "(Chipseite)" given to other words the second time is still reported
    const other = AT_DAV_BMJ_CHIPSEITE.replace(/Auf der Rückseite \(Chipseite\)(?![\s\S]*Auf der Rückseite \(Chipseite\))/, 'Auf der Vorderseite (Chipseite)');
    assert.notStrictEqual(other, AT_DAV_BMJ_CHIPSEITE);
    assert.strictEqual(gesetz.problems(other, 'duplicate-definition').length, 1);
  });

  it('"§ 5. (1). Bei …" opens section 5 and its paragraph (1); "des Art. 1, der §§ 35 Abs. 2, 37" lists the sections after article 1, not in it', () => {
    // the forms as RIS gives them in the Austrian held-out sample (a stop after the paragraph's bracket; a list of genitives)
    const units = gesetz.unitIds('§ 4. Dieses Bundesgesetz gilt für alle Behörden.\n\n§ 5. (1). Bei der Ausübung der Befugnisse nach § 4 ist Abs. 2 zu beachten.\n\n(2). Die Behörde hat die Entscheidung nach Abs. 1 zu begründen.\n');
    for (const id of ['sec_4', 'sec_5', 'sec_5__para_1', 'sec_5__para_2']) assert.ok(units.includes(id), `${id}: ${units.join(' ')}`);
    const listed = parseReferences('Die Überschrift des Art. 1, der §§ 35 Abs. 2, 37 und 38 entfallen.', { language: 'de' });
    assert.deepStrictEqual(listed.map((r) => [r.text, r.targets.map((t) => t.path.map((step) => `${step.kind} ${step.number}`).join(', '))]),
      [['Art. 1', ['article 1']], ['§§ 35 Abs. 2, 37 und 38', ['section 35, paragraph 2', 'section 37', 'section 38']]]);
    // must not: with no comma, the genitive names what holds the unit ("Absatz 2 des § 5"); in Italian the comma does not part them
    assert.deepStrictEqual(parseReferences('nach Absatz 2 des § 5 zu', { language: 'de' }).map((r) => r.targets.map((t) => t.path.map((step) => step.number).join('.'))), [['5.2']]);
    assert.deepStrictEqual(parseReferences("ai sensi del comma 2, dell'articolo 5 del decreto", { language: 'it' }).map((r) => r.targets.map((t) => t.path.map((step) => step.number).join('.'))), [['5.2']]);
  });
});
