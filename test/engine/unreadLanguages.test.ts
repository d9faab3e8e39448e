// Laws in languages whose citations no table reads (Romanian, Greek): the engine reads them with every table as
// a guess, so it says less and says why. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { guessLanguage } from '../../server/src/engine/language';
import { KZ_TAX_CODE_ART3 } from './arabicRussianLawsText';
import { CZ_AMENDING_ACT_171_2012, CZ_DECREE_66_1980, EE_CHAPTER_AND_SECTION, RO_DECISION_1589_2022, EE_SUPERSCRIPT_SECTION, FI_CHAPTER_AND_SECTION, FI_LETTERED_SECTION, GR_ANNEX_NUMBER_BOTH_WAYS, GR_DECREE_ENGLISH_RESOLUTION, RO_ARTICLES_EACH_FROM_ONE, RO_CLITIC_HYPHENS } from './unreadLanguagesText';

// no "language:" in the front matter, as legalize-cz and legalize-ro give them: the language is guessed from the text
const czech = oneDocument('vyhlaska.md', '---\nid: cz-sb-1980-66\ntitle: Vyhláška\ntype: law\n---\n');
const romanian = oneDocument('lege.md', '---\nid: ro-lege\ntitle: Lege\ntype: law\n---\n');
const declaredRomanian = oneDocument('hotarare.md', '---\nid: ro-hotarare\ntitle: Hotărâre\nlanguage: ro\ntype: law\n---\n');
const english = oneDocument('act.md', '---\nid: act\ntitle: Act\ntype: law\n---\n');
const greek = oneDocument('fek.md', '---\nid: gr-fek\ntitle: ΦΕΚ\ntype: law\n---\n');

describe('engine: laws in languages whose citations are not read (Romanian, Greek)', () => {
  it('a Romanian text is judged "und" (undetermined), a Greek one "el", a Czech one "cs"; English and French law are still told', () => {
    assert.strictEqual(guessLanguage(RO_CLITIC_HYPHENS), 'und');
    assert.strictEqual(romanian.read(RO_DECISION_1589_2022).model.language, 'und');
    // Greek is told by its letters (no table reads it either); Czech by its own letters ("ě", "ř", "ů"), and read (czechLaws.test.ts)
    assert.strictEqual(guessLanguage(GR_ANNEX_NUMBER_BOTH_WAYS), 'el');
    assert.strictEqual(guessLanguage(CZ_DECREE_66_1980), 'cs');
    // must not: a known language's law, however short its sentences
    assert.strictEqual(guessLanguage('# Act\n\n## Section 1\n\nA person who, without right, accesses the whole or any part of a computer system commits an offence and shall be liable on conviction to a fine.\n\n## Section 2\n\nThe court may order the forfeiture of any device used in the commission of the offence under section 1.\n'), 'en');
    assert.strictEqual(guessLanguage('# Loi\n\n## Article 1\n\nEst puni de deux ans d\'emprisonnement le fait d\'accéder ou de se maintenir, frauduleusement, dans tout ou partie d\'un système de traitement automatisé de données. La peine est portée à trois ans lorsqu\'il en est résulté la suppression ou la modification de données contenues dans le système.\n'), 'fr');
  });

  it('"[art. 2 alin. (1) lit. b) din Legea nr. 185/2016](…)": no broken citation; "lit. b)" says why it cannot be checked', () => {
    assert.deepStrictEqual(romanian.problems(RO_DECISION_1589_2022, 'broken-reference'), []);
    const cited = romanian.citation(RO_DECISION_1589_2022, 'lit. b)', true);
    assert.strictEqual(cited.status, 'external');
    assert.match(cited.targets[0].reason ?? '', /not one whose citations Treaty Lens reads/);
    // a declared language no table reads ("language: ro") is the same
    assert.deepStrictEqual(declaredRomanian.problems(RO_DECISION_1589_2022, 'broken-reference'), []);
    // must not: in English, a section the act does not have is reported
    assert.strictEqual(english.problems('# Act\n\n## Section 1\n\nA person who contravenes section 152 of this Act commits an offence and shall be liable on conviction to a fine not exceeding the amount set out in the schedule, and the court may order the forfeiture of any device used.\n', 'broken-reference').length, 1);
  });

  it('an amending act\'s points with the inserted text\'s own points among them ("- 1. osob …") are no duplicates in Czech', () => {
    assert.deepStrictEqual(czech.problems(CZ_AMENDING_ACT_171_2012, 'duplicate-unit'), []);
    // must not: a heading given twice is still a duplicate, whatever the language
    assert.strictEqual(czech.problems(`${CZ_DECREE_66_1980}\n##### § 3\n\nText.\n`, 'duplicate-unit').length, 1);
    // must not: in English, a numbered point given twice is reported
    const points = '# Act\n\nThe Minister shall publish in the Gazette every order made under this Act and shall lay a copy before Parliament within the time set out below:\n\n- 1. the order;\n\n- 2. the reasons;\n\n- 2. the date on which it was made.\n';
    assert.strictEqual(english.problems(points, 'duplicate-unit').length, 1);
  });

  it('"(1)" under "##### Articolul 1", "##### Articolul 3" and "##### Articolul 6" (headings not read as units) is each one\'s own', () => {
    assert.deepStrictEqual(romanian.problems(RO_ARTICLES_EACH_FROM_ONE, 'duplicate-unit'), []);
  });

  it('"s-au" (they have) and "sau" (or) are two words, not two spellings of one; "e-mail" and "email" still are', () => {
    assert.deepStrictEqual(romanian.problems(RO_CLITIC_HYPHENS, 'inconsistent-variant'), []);
    // must not: a word of five letters or more with and without its hyphen
    const both = `${RO_CLITIC_HYPHENS}\n(4) Anunțul se transmite prin e-mail; copia prin email.\n`;
    assert.strictEqual(romanian.problems(both, 'inconsistent-variant').length, 1);
  });

  it('"XVII-Α" and "XVIIΑ" (an annex\'s number and letter written both ways) are no two spellings of a word', () => {
    assert.deepStrictEqual(greek.problems(GR_ANNEX_NUMBER_BOTH_WAYS, 'inconsistent-variant'), []);
  });

  it('"paragraph 2(a) of article VI thereof" (the protocol named before): the whole citation is read and is another instrument\'s', () => {
    assert.deepStrictEqual(greek.problems(GR_DECREE_ENGLISH_RESOLUTION, 'broken-reference'), []);
    const thereof = greek.citation(GR_DECREE_ENGLISH_RESOLUTION, 'paragraph 2(a) of article VI');
    assert.strictEqual(thereof.status, 'external');
    assert.match(thereof.targets[0].reason ?? '', /"thereof" refers to an instrument or unit named earlier/);
    // must not: "hereof" is this document's, and an article VI it lacks is reported
    const hereof = english.problems('# Act\n\n## Article 1\n\n1. The Committee adopts the amendments in accordance with paragraph 2(a) of article VI hereof and shall publish them within the time that the Secretary-General sets.\n', 'broken-reference');
    assert.strictEqual(hereof.length, 1, hereof.join(' | '));
  });

  it('"1 luku." and "1 §" (Finnish), "1. peatükk" and "§ 1." (Estonian): a chapter and a section, no number given twice', () => {
    const finnish = oneDocument('asetus.md', '---\nid: fi-asetus\ntitle: Asetus\nlanguage: fi\ntype: law\n---\n# Asetus\n\n');
    const estonian = oneDocument('maarus.md', '---\nid: ee-maarus\ntitle: Määrus\nlanguage: et\ntype: law\n---\n# Määrus\n\n');
    assert.deepStrictEqual(finnish.problems(FI_CHAPTER_AND_SECTION, 'duplicate-unit'), []);
    assert.deepStrictEqual(estonian.problems(EE_CHAPTER_AND_SECTION, 'duplicate-unit'), []);
    // "6 a §" is section 6a; "§ 70<sup>1</sup>." is section 70^1, inserted after § 70
    assert.ok(finnish.unitIds(FI_LETTERED_SECTION).includes('sec_6a'), finnish.unitIds(FI_LETTERED_SECTION).join(' '));
    assert.deepStrictEqual(estonian.problems(EE_SUPERSCRIPT_SECTION, 'duplicate-unit'), []);
    assert.ok(estonian.unitIds(EE_SUPERSCRIPT_SECTION).includes('sec_70-1'), estonian.unitIds(EE_SUPERSCRIPT_SECTION).join(' '));
    // must not: one section given twice by its sign is a duplicate
    assert.strictEqual(estonian.problems(`${EE_CHAPTER_AND_SECTION}\n##### § 1. Teine kord\n\nTekst.\n`, 'duplicate-unit').length, 1);
  });

  it('Cyrillic that is not Russian (Ukrainian "і", "є", "ї") is no Russian text; the Kazakh tax code\'s Russian still is', () => {
    // written for the test: a Ukrainian sentence (no real text of one is kept here)
    const ukrainian = 'Стаття 5. Цей Закон визначає правові та організаційні основи забезпечення захисту інтересів держави у кіберпросторі, повноваження державних органів, підприємств, установ і організацій у цій сфері та їхньої діяльності.';
    assert.strictEqual(guessLanguage(ukrainian), 'uk');
    // must not: Russian (a verbatim excerpt of the Kazakh tax code) stays Russian
    assert.strictEqual(guessLanguage(KZ_TAX_CODE_ART3), 'ru');
  });
});
