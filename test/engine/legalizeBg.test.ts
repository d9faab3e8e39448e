// Bulgaria's laws as legalize-bg gives them from lex.bg: a Bulgarian table ("чл. 17, ал. 3 и 18, ал. 3", "т. 1", 'буква "б"'),
// an article's title before its label, amendments of other codes, and the final provisions of the acts that amended the law.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { instrumentsNamedIn } from '../../server/src/engine/references/grammar';
import {
  BG_ADVOCATES_ARTICLES_16_TO_19, BG_ARBITRATION_ARTICLE_4, BG_E_IDENTIFICATION_AMENDS_E_GOVERNMENT, BG_E_IDENTIFICATION_ARTICLES_1_TO_4, BG_RED_CROSS_AMENDING_ACTS_PROVISIONS,
  BG_RED_CROSS_AMENDS_LOCAL_TAXES, BG_SIGN_LANGUAGE_AMENDS_CIVIL_PROCEDURE, BG_SIGN_LANGUAGE_AMENDS_CODE, BG_WHISTLEBLOWERS_REGISTER_ARTICLES_2_AND_3,
  BG_CHILD_ROOMS_ARTICLE_10_ITEM_16, BG_PROTECTION_ORDER_FINAL_PROVISIONS, BG_STATISTICS_ARTICLE_13, BG_STATISTICS_ARTICLE_24,
  BG_TRAFFICKING_ARTICLE_4, BG_INSURANCE_PREMIUM_TAX_ARTICLE_5, BG_PUBLIC_DEBT_ARTICLES_40V_40G, BG_DEVELOPMENT_BANK_SECTION_5,
} from './legalizeBgText';

const zakon = oneDocument('zakon.md', '---\nid: bg-zakon\ntitle: ЗАКОН ЗА ЕЛЕКТРОННАТА ИДЕНТИФИКАЦИЯ\nlanguage: bg\ntype: law\n---\n\n# ЗАКОН ЗА ЕЛЕКТРОННАТА ИДЕНТИФИКАЦИЯ\n\n');
const paths = (text: string) => parseReferences(text, { language: 'bg' }).map((r) => `${r.text} => ${r.targets.map((t) => t.path.map((s) => `${s.kind} ${s.number}`).join('/')).join(' | ')}${r.anchor.kind === 'instrument' ? ` of ${r.anchor.name}` : ''}`);

describe('engine: Bulgarian laws as legalize-bg gives them (lex.bg)', () => {
  it('reads Bulgarian citations: "чл. 155, 156, 158а и чл. 188, ал. 2", "чл. 126а, ал. 3", "т. 1, буква "б" от Закона за висшето образование"', () => {
    assert.deepStrictEqual(paths('пострадало от престъпление по чл. 155, 156, 158а и чл. 188, ал. 2, или от'),
      ['чл. 155, 156, 158а и чл. 188, ал. 2 => article 155 | article 156 | article 158а | article 188/paragraph 2']);
    assert.deepStrictEqual(paths('в чл. 126а, ал. 3 накрая се добавя'), ['чл. 126а, ал. 3 => article 126а/paragraph 3']);
    assert.ok(paths('степен "бакалавър" по чл. 42, ал. 1, т. 1, буква "б" от Закона за висшето образование и са').some((p) => p.includes('subparagraph б') && p.includes('of Закона за висшето образование')));
  });

  it('"Предмет Чл. 1. Този закон …": the title before the label, the article its own; "Чл. 12а." is article 12а', () => {
    const { model } = zakon.read(BG_E_IDENTIFICATION_ARTICLES_1_TO_4);
    assert.strictEqual(model.unitsById.get('art_1')?.title, 'Предмет');
    assert.strictEqual(model.unitsById.get('art_2')?.title, 'Електронен идентификатор');
    assert.ok(zakon.unitIds(BG_E_IDENTIFICATION_ARTICLES_1_TO_4).includes('art_2__para_3'));
    assert.strictEqual(zakon.citation(BG_E_IDENTIFICATION_ARTICLES_1_TO_4 + '\nЧл. 5. Данните по чл. 2, ал. 3 се обработват.\n', 'чл. 2, ал. 3').targets[0].unitId, 'art_2__para_3');
    assert.ok(zakon.unitIds('**Чл. 12.** Текст.\n\n**Чл. 12а.** (Нов) Текст.\n').includes('art_12а'));
    // must not: one paragraph so opened is a sentence, not the document's way ("Съгласно Чл. 1. …" once)
    assert.ok(!zakon.unitIds('Съгласно Чл. 1. Този закон урежда обществените отношения.\n').includes('art_1'));
  });

  it('"§ 4. В Наказателно-процесуалния кодекс (обн., …) се правят следните изменения:" then "2. В чл. 142:": the code\'s article, no error', () => {
    assert.deepStrictEqual(zakon.problems(BG_SIGN_LANGUAGE_AMENDS_CODE, 'broken-reference'), []);
    assert.match(zakon.citation(BG_SIGN_LANGUAGE_AMENDS_CODE, 'чл. 142').targets[0].reason ?? '', /Наказателно-процесуалния кодекс/);
  });

  it('under "## Преходни и Заключителни разпоредби КЪМ ЗАКОНА ЗА …" a citation not found is that act\'s; under a heading naming none it is reported', () => {
    assert.deepStrictEqual(zakon.problems(BG_RED_CROSS_AMENDING_ACTS_PROVISIONS, 'broken-reference'), []);
    // must not: the same provisions under a heading that names no act are checked against this law
    const plain = BG_RED_CROSS_AMENDING_ACTS_PROVISIONS.replace(/## Преходни и Заключителни разпоредби КЪМ ЗАКОНА ЗА [^\n]*/g, '## Заключителни разпоредби');
    assert.ok(zakon.problems(plain, 'broken-reference').length > 0);
  });

  it('"**Чл. 4.** (Изм. - ДВ, …) (1) Арбитраж …": the editor\'s note stays with the label, paragraph (1) holds points 1 and 2, which "ал. 1, т. 1" finds', () => {
    assert.deepStrictEqual(zakon.problems(BG_ARBITRATION_ARTICLE_4, 'broken-reference'), []);
    assert.strictEqual(zakon.citation(BG_ARBITRATION_ARTICLE_4, 'ал. 1, т. 1').targets[0].unitId, 'art_4__para_1__item_1');
    // must not: with no "(1)" after the note, the note is the article's text and its points are its own
    assert.ok(!zakon.unitIds(BG_ARBITRATION_ARTICLE_4.replace(' (1) Арбитраж', ' Арбитраж')).includes('art_4__para_1__item_1'));
  });

  it('names the way Bulgarian writes them: adjectives before the noun ("В Гражданския процесуален кодекс"), nouns joined by "и", up to the verb', () => {
    const names = (text: string) => instrumentsNamedIn(text, 'bg').map((named) => named.name);
    assert.deepStrictEqual(names('В Закона за местните данъци и такси се правят следните изменения:'), ['Закона за местните данъци и такси']);
    assert.deepStrictEqual(names('В Гражданския процесуален кодекс се правят следните изменения:'), ['Гражданския процесуален кодекс']);
    assert.deepStrictEqual(names('по чл. 9 от Закона за защита на конкуренцията урежда'), ['Закона за защита на конкуренцията']);
    assert.deepStrictEqual(names('съгласно Закона за българския жестов език се прилага'), ['Закона за българския жестов език']);
  });

  it('"§ 4. В Закона за местните данъци и такси (…) се правят следните изменения:" then "6. В чл. 64, ал. 1 се правят следните изменения:": that law\'s article', () => {
    assert.deepStrictEqual(zakon.problems(BG_RED_CROSS_AMENDS_LOCAL_TAXES, 'broken-reference'), []);
    assert.match(zakon.citation(BG_RED_CROSS_AMENDS_LOCAL_TAXES, 'чл. 64, ал. 1').targets[0].reason ?? '', /Закона за местните данъци и такси/);
    // must not: in a law of articles, a § whose opening amends nothing leaves "чл. 64" this law's, and it has none
    const own = '**Чл. 1.** Този закон урежда дейността на Българския Червен кръст.\n\n' + BG_RED_CROSS_AMENDS_LOCAL_TAXES.replace(/^\*\*§ 4\.\*\* [^\n]*/, '**§ 4.** Този закон се прилага, както следва:');
    assert.ok(zakon.problems(own, 'broken-reference').some((message) => message.includes('article 64')));
  });

  it('"§ 3. В Гражданския процесуален кодекс (…) се правят следните изменения:" then "3. В чл. 584:": the code\'s article, no error', () => {
    assert.deepStrictEqual(zakon.problems(BG_SIGN_LANGUAGE_AMENDS_CIVIL_PROCEDURE, 'broken-reference'), []);
    assert.match(zakon.citation(BG_SIGN_LANGUAGE_AMENDS_CIVIL_PROCEDURE, 'чл. 584').targets[0].reason ?? '', /Гражданския процесуален кодекс/);
  });

  it('new articles an item quotes over several paragraphs ("Член 5 се изменя така:" then \'"Задължения …\', "Чл. 5. (1) …", \'(2) … закон."\') number no unit: "§ 5, т. 4" is the item after them', () => {
    assert.deepStrictEqual(zakon.problems(BG_E_IDENTIFICATION_AMENDS_E_GOVERNMENT, 'broken-reference'), []);
    const ids = zakon.unitIds(BG_E_IDENTIFICATION_AMENDS_E_GOVERNMENT);
    assert.ok(!ids.some((id) => /^art_(?:5|24|28)\b/.test(id)), ids.join(' '));
    assert.strictEqual(zakon.citation(BG_E_IDENTIFICATION_AMENDS_E_GOVERNMENT, '§ 5, т. 4').targets[0].unitId, 'sec_5__para_4');
    assert.strictEqual(zakon.citation(BG_E_IDENTIFICATION_AMENDS_E_GOVERNMENT, '§ 5, т. 3').targets[0].unitId, 'sec_5__para_3');
    // "2. В чл. 22: а) алинея 1 се изменя така:": the amended law's paragraph, not this law's § 5, item 1 (a short opening, its
    // gazette issues in brackets: "В Закона за електронното управление (обн., ДВ, бр. 46 от 2007 г.; …) се правят …")
    assert.match(zakon.citation(BG_E_IDENTIFICATION_AMENDS_E_GOVERNMENT, 'алинея 1').targets[0].reason ?? '', /Закона за електронното управление/);
    // must not: quote marks with no lead-in before them (its colon lost) open no quotation; the labels are read as before
    const noLeadIn = BG_E_IDENTIFICATION_AMENDS_E_GOVERNMENT.replace('Член 5 се изменя така:', 'Член 5 се изменя така');
    assert.ok(zakon.unitIds(noLeadIn).includes('art_5'));
  });

  it('"Алтернативни способи за разрешаване на спора. Ползване на безплатна правна помощ Чл. 18. (1) …": a title with a stop in it, then the label', () => {
    const { model } = zakon.read(BG_ADVOCATES_ARTICLES_16_TO_19);
    assert.strictEqual(model.unitsById.get('art_18')?.title, 'Алтернативни способи за разрешаване на спора. Ползване на безплатна правна помощ');
    assert.deepStrictEqual(zakon.problems(BG_ADVOCATES_ARTICLES_16_TO_19, 'broken-reference'), []);
  });

  it('"§ 1, т. 18 от допълнителните разпоредби на закона": a § of the provisions after the articles, said as not checked; "§ 5, т. 3" is read', () => {
    assert.deepStrictEqual(zakon.problems(BG_WHISTLEBLOWERS_REGISTER_ARTICLES_2_AND_3, 'broken-reference'), []);
    assert.match(zakon.citation(BG_WHISTLEBLOWERS_REGISTER_ARTICLES_2_AND_3, '§ 1, т. 18').targets[0].reason ?? '', /допълнителните разпоредби/);
    assert.deepStrictEqual(paths('членове 29 - 33 и § 5, т. 3, които'), ['членове 29 - 33 => article 29', '§ 5, т. 3 => section 5/point 3']);
  });

  it('"(4) (Нова - …, отм. - …) (5) (Предишна ал. 4 - …) Извън …": a repealed paragraph of an editor\'s note alone, run in; "(5)" after it opens paragraph 5', () => {
    const text = BG_STATISTICS_ARTICLE_13 + '\n' + BG_STATISTICS_ARTICLE_24;
    assert.deepStrictEqual(zakon.problems(text, 'broken-reference'), []);
    assert.strictEqual(zakon.citation(text, 'чл. 24, ал. 5').targets[0].unitId, 'art_24__para_5');
    // must not: words in brackets after a marker, then more words, are that paragraph's text; "(2)" after them is no marker
    assert.ok(!zakon.unitIds('**Чл. 7.** (1) Органите (по чл. 5) предоставят данни (2) пъти годишно.\n').includes('art_7__para_2'));
  });

  it('"чл. 35 ЗБППМН": a law named by its initials after the citation (up to eight capitals)', () => {
    assert.deepStrictEqual(paths(BG_CHILD_ROOMS_ARTICLE_10_ITEM_16), ['чл. 35 ЗБППМН => article 35 of ЗБППМН']);
    assert.deepStrictEqual(zakon.problems('**Чл. 1.** Текст.\n\n' + BG_CHILD_ROOMS_ARTICLE_10_ITEM_16, 'broken-reference'), []);
    // must not: a word in capitals of a heading-like line after a citation is no law ("чл. 5 ЗАКОН ЗА …" sets out words, not initials)
    assert.deepStrictEqual(paths('по чл. 5 ПРЕДСЕДАТЕЛЯТ НА СЪВЕТА'), ['чл. 5 => article 5']);
  });

  it('"## Заключителни разпоредби КЪМ ЗАКОНА ЗА …" then "§ 5. …": the amending act\'s own § 5, no duplicate of the law\'s "**§ 5.**"', () => {
    assert.deepStrictEqual(zakon.problems(BG_PROTECTION_ORDER_FINAL_PROVISIONS, 'duplicate-unit'), []);
    // the law's § 5 stays the one cited, its quoted new article 68а no article of this law
    assert.ok(!zakon.unitIds(BG_PROTECTION_ORDER_FINAL_PROVISIONS).some((id) => id.startsWith('art_68')));
    // must not: under a heading naming no other act, a second "§ 5." is a duplicate
    const plain = BG_PROTECTION_ORDER_FINAL_PROVISIONS.replace(/## Заключителни разпоредби КЪМ ЗАКОНА ЗА [^\n]*/, '## Други разпоредби');
    assert.strictEqual(zakon.problems(plain, 'duplicate-unit').length, 1);
  });

  it('\'… наричана по-нататък "Националната комисия". (2) …\': a run-in paragraph after a sentence that ends on a closing quote; "ал. 6" is found', () => {
    assert.deepStrictEqual(zakon.problems(BG_TRAFFICKING_ARTICLE_4, 'broken-reference'), []);
    assert.ok(zakon.unitIds(BG_TRAFFICKING_ARTICLE_4).includes('art_4__para_7'));
    assert.strictEqual(zakon.citation(BG_TRAFFICKING_ARTICLE_4, 'ал. 6').targets[0].unitId, 'art_4__para_6');
    // must not: with no stop after the quote, "(2)" stands inside the sentence and opens nothing
    assert.ok(!zakon.unitIds(BG_TRAFFICKING_ARTICLE_4.replace('". (2)', '" (2)')).includes('art_4__para_2'));
  });

  it('"от приложение № 1, раздел ІІ, буква "А", т. 7 към Кодекса за застраховането": the points of an annex "to" a code are the code\'s, no error', () => {
    assert.deepStrictEqual(zakon.problems(BG_INSURANCE_PREMIUM_TAX_ARTICLE_5, 'broken-reference'), []);
    assert.match(zakon.citation(BG_INSURANCE_PREMIUM_TAX_ARTICLE_5, 'т. 7 към Кодекса за застраховането').targets[0].reason ?? '', /Кодекса за застраховането/);
    // must not: "към" before no name of an act ("т. 7 към чл. 5") leaves the point this law's
    assert.deepStrictEqual(paths('по т. 7 към чл. 5 се прилага'), ['т. 7 => point 7', 'чл. 5 => article 5']);
  });

  it('"чл. 7, параграф 1, чл. 8 и 9 от Регламент (ЕС) № 236/2012", "чл. 44, втори параграф, буква "б", т. ii": "параграф" after an article is its paragraph, the chain the regulation\'s', () => {
    assert.deepStrictEqual(zakon.problems(BG_PUBLIC_DEBT_ARTICLES_40V_40G, 'broken-reference'), []);
    const cited = zakon.citation(BG_PUBLIC_DEBT_ARTICLES_40V_40G, 'чл. 13, параграф 1, чл. 14, параграф 1 от Регламент');
    assert.ok(cited.targets.length === 2 && cited.targets.every((target) => target.status === 'external' && /Регламент/.test(target.reason ?? '')));
    assert.deepStrictEqual(paths('по смисъла на чл. 44, втори параграф, буква "б", т. ii от Регламента'), ['чл. 44, втори параграф, буква "б", т. ii от Регламента => article 44/paragraph 2/subparagraph б/point ii of Регламента']);
    assert.deepStrictEqual(zakon.problems(BG_DEVELOPMENT_BANK_SECTION_5, 'broken-reference'), []);
    // must not: a point in roman numerals alone is no citation ("т. ii" outside an article's chain)
    assert.deepStrictEqual(paths('по т. ii и т. 3'), ['т. 3 => point 3']);
    // must not: "параграф 29" alone (or after a chapter) is still a § of the provisions after the articles
    assert.deepStrictEqual(paths('1. параграф 29, т. 13, които влизат в сила'), ['параграф 29, т. 13 => section 29/point 13']);
  });
});
