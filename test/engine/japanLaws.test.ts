// Japan's laws as users bring them (verbatim excerpts, japanLawsText.ts): as yno9/legalize-jp converts e-Gov's XML ("**第一条（目的）**",
// "**２**", "- 一　"), as e-Gov's own text sets them out (a caption line, one provision a line, groupings indented, a table of contents),
// and as a hand-kept markdown of the Constitution gives it ("### 第四条", "#### ○２"). An article's paragraphs are "項", numbered
// from the second; their items "号"; citations run "第二条第一項第三号", "前条", "同項", "第一項から第五項まで", "第三条の二"; an act is
// named with its number in brackets ("酒税法（昭和二十八年法律第六号）第二条第一項"), whose "第六号" is no item; each later set of
// supplementary provisions ("附則") is an amending act's. Each principle has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { guessLanguage } from '../../server/src/engine/language';
import { tablesFor } from '../../server/src/engine/references/grammar';
import type { ResolvedReference } from '../../server/src/engine/resolve';
import { LAW_URI, citationOn, citations, readLaw, reasons } from '../helpers/lawCitations';
import {
  ALCOHOL_BUSINESS_ACT_1_20, ARBITRATION_ACT_1_8, ARBITRATION_ACT_SUPPLEMENTARY, CONSTITUTION_OF_JAPAN, ELECTION_ACT_112_113, GOVERNMENT_ASSET_ORDER_6,
  KANSAI_SCIENCE_CITY_ACT, REACTOR_REGULATION_ACT_EGOV_TEXT, SHINKIN_BANK_ORDINANCE_1, SME_COOPERATIVES_ORDER_19, UNFAIR_COMPETITION_ACT_EGOV_TEXT,
  LIFEBOAT_RULES_8_10, COURT_ACT_41_43, TOBACCO_TAX_ORDINANCE_1, HYDROGRAPHIC_RULES_1, PREPAID_PAYMENT_ORDER_31,
  CHAMBER_OF_COMMERCE_ACT_60_3_60_4, COASTAL_FISHERIES_ORDER_1_8, NOXIOUS_LIQUIDS_ORDINANCE_2_3, NPA_RULES_9_13, STRATEGIC_ZONES_ORDINANCE_9,
  TEACHERS_LICENCE_ENFORCEMENT_ACT_3,
} from './japanLawsText';

const URI = LAW_URI;
const read = readLaw;
const errors = (text: string) => checkDocument(read(text).workspace, URI).filter((d) => d.severity === 'error').map((d) => d.message);

describe("engine: Japan's laws as users bring them", () => {
  it('reads a text of kanji with kana as Japanese, with its own table (tried on no other text)', () => {
    assert.strictEqual(guessLanguage(ARBITRATION_ACT_1_8), 'ja');
    assert.strictEqual(read(ARBITRATION_ACT_1_8).model.language, 'ja');
    assert.deepStrictEqual(tablesFor('ja').map((t) => t.code), ['ja']);
    // must not: a text of no known language is not tried with it ("第一号" of a Chinese text read as an item)
    assert.ok(!tablesFor(undefined).some((t) => t.code === 'ja'));
  });

  it('reads "**第二条（定義）**　" as article 2 titled "定義", the words after it as its paragraph 1 and "**２**" as its paragraph 2', () => {
    const { model } = read(ARBITRATION_ACT_1_8);
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'article').map((u) => `${u.number} ${u.title}`),
      ['1 趣旨', '2 定義', '3 適用範囲', '4 裁判所の関与', '5 裁判所の管轄', '6 任意的口頭弁論', '7 裁判に対する不服申立て', '8 仲裁地が定まっていない場合における裁判所の関与']);
    const byId = (id: string) => model.units.find((u) => u.id === id);
    assert.deepStrictEqual(byId('art_2')?.children.map((u) => u.id), ['art_2__para_1', 'art_2__para_2', 'art_2__para_3']);
    // "- 一　当事者が合意により定めた地方裁判所": the items ("号") of paragraph 1, before its paragraph 2
    assert.deepStrictEqual(byId('art_5__para_1')?.children.map((u) => u.id), ['art_5__para_1__subpara_1', 'art_5__para_1__subpara_2', 'art_5__para_1__subpara_3']);
    assert.deepStrictEqual(byId('art_5')?.children.map((u) => u.number), ['1', '2', '3', '4', '5']);
    // must not: an article of one paragraph has no paragraph 1 numbered ("第一条" cites it whole), and "**２**" opens no article
    assert.deepStrictEqual(byId('art_1')?.children.map((u) => u.kind), ['alinea']);
    assert.strictEqual(model.units.filter((u) => u.kind === 'article').length, 8);
  });

  it('resolves "前項", "次項", "第三項" in the article they stand in, and "前条第一項から第五項まで、第七項又は第八項" all in the article before', () => {
    assert.deepStrictEqual(citationOn(ARBITRATION_ACT_1_8, '前項', 44).units, ['art_5__para_1']);
    assert.deepStrictEqual(citationOn(ARBITRATION_ACT_1_8, '次項', 28).units, ['art_3__para_2']);
    assert.deepStrictEqual(citationOn(ARBITRATION_ACT_1_8, '第三項', 50).units, ['art_5__para_3']);
    // (the list goes on past the word that closes its range, "まで")
    assert.deepStrictEqual(citationOn(ELECTION_ACT_112_113, '前条第一項から第五項まで、第七項又は第八項', 34).units, ['art_112__para_1', 'art_112__para_7', 'art_112__para_8']);
    // must not: "第十一条から第十二条の五までの規定（…）の適用については、第九項の規定による確認" — past an aside and other words, a
    // bare "第九項" is the paragraph of the article it stands in, not of the articles cited before it
    assert.deepStrictEqual(citationOn(REACTOR_REGULATION_ACT_EGOV_TEXT, '第九項', 23).units, ['art_12-7__para_9']);
  });

  it('reads an item\'s sub-items, "イ", "ロ", as units, and "前項第一号ニ、ホ及びトからカまで" as sub-items of that item', () => {
    const { model } = read(GOVERNMENT_ASSET_ORDER_6);
    const subItems = model.units.filter((u) => u.parent?.id === 'art_6__para_2__subpara_1').map((u) => u.number);
    assert.deepStrictEqual(subItems.slice(0, 7), ['イ', 'ロ', 'ハ', 'ニ', 'ホ', 'ヘ', 'ト']);
    assert.deepStrictEqual(citationOn(GOVERNMENT_ASSET_ORDER_6, '前項第一号ニ、ホ及びトからカ', 48).units,
      ['art_6__para_2__subpara_1__item_ニ', 'art_6__para_2__subpara_1__item_ホ', 'art_6__para_2__subpara_1__item_ト']);
    assert.deepStrictEqual(citationOn(GOVERNMENT_ASSET_ORDER_6, '前項第一号ヘ', 50).units, ['art_6__para_2__subpara_1__item_ヘ']);
    // (the excerpt starts at article 6: its "前条" is the one error, and true of the excerpt)
    assert.deepStrictEqual(errors(GOVERNMENT_ASSET_ORDER_6), ['"前条第一項第三号": there is no preceding article here.']);
  });

  it('numbers an article put after an inserted one: "第十二条の五の二" is article 12-5-2, and "前条" after it finds it', () => {
    const { model } = read(REACTOR_REGULATION_ACT_EGOV_TEXT);
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'article').map((u) => u.number), ['12-5-2', '12-6', '12-7']);
    assert.deepStrictEqual(citationOn(REACTOR_REGULATION_ACT_EGOV_TEXT, '前条第四項', 27).units, ['art_12-6__para_4']);
    assert.deepStrictEqual(errors(REACTOR_REGULATION_ACT_EGOV_TEXT), []);
  });

  it('reads an act named with its number in brackets, "酒税法（昭和二十八年法律第六号）第二条第一項", as that act\'s citation, its "第六号" no item', () => {
    const [cited] = citations(ALCOHOL_BUSINESS_ACT_1_20, '酒税法（昭和二十八年法律第六号）第二条第一項');
    assert.ok(cited, 'the act, its number and its units read as one citation');
    assert.strictEqual(cited.reference.reference.anchor.kind === 'instrument' && cited.reference.reference.anchor.name, '酒税法');
    assert.deepStrictEqual(cited.units, ['external']);
    // must not: the act's number cites no item of this text
    assert.deepStrictEqual(citations(ALCOHOL_BUSINESS_ACT_1_20, '第六号'), []);
    // "信用金庫法（以下「法」という。）第八十七条第一項第六号": the short name the text gives the act, in the bracket instead; the name is defined
    const shinkin = read(SHINKIN_BANK_ORDINANCE_1).model;
    const short = citations(SHINKIN_BANK_ORDINANCE_1, '信用金庫法（以下「法」という。）第八十七条第一項第六号');
    assert.strictEqual(short.length, 1);
    assert.deepStrictEqual(shinkin.definitions.map((d) => `${d.term} ${d.style}`), ['法 hereinafter']);
    assert.deepStrictEqual(errors(ALCOHOL_BUSINESS_ACT_1_20), []);
  });

  it('reads no item in a form\'s number ("第四号様式"), and an act named with its number, then its short name, each in brackets', () => {
    // "限定救命艇手以外の救命艇手に関するものにあつては第三号様式、限定救命艇手に関するものにあつては第四号様式による申請書"
    const { workspace } = read(LIFEBOAT_RULES_8_10);
    // must not: "第八条第一項第一号及び第三号", an article's items, are read as ever
    assert.deepStrictEqual(citationOn(LIFEBOAT_RULES_8_10, '第八条第一項第一号及び第三号', 30).units, ['art_8__para_1__subpara_1', 'art_8__para_1__subpara_3']);
    assert.deepStrictEqual(workspace.resolved(URI).filter((r) => /号様式/.test(LIFEBOAT_RULES_8_10.slice(r.reference.span.end, r.reference.span.end + 2)) || /^第[三四五六七八]号$/.test(r.reference.text)).map((r) => r.reference.text), []);
    // (its errors are the excerpt's: it starts at article 8, and "前条" is article 7)
    assert.deepStrictEqual(errors(LIFEBOAT_RULES_8_10).filter((m) => !/no preceding article/.test(m)), []);
    const [hydrographic] = citations(HYDROGRAPHIC_RULES_1, '水路業務法（昭和二十五年法律第百二号）（以下「法」という。）第五条第二項');
    assert.ok(hydrographic);
    assert.strictEqual(hydrographic.reference.reference.anchor.kind === 'instrument' && hydrographic.reference.reference.anchor.name, '水路業務法');
    assert.deepStrictEqual(errors(HYDROGRAPHIC_RULES_1), []);
  });

  it('reads older laws\' paragraphs numbered by circled digits from the second ("**②**"): the words before are paragraph 1', () => {
    const { model } = read(COURT_ACT_41_43);
    assert.deepStrictEqual(model.units.find((u) => u.id === 'art_41')!.children.map((u) => u.id), ['art_41__para_1', 'art_41__para_2', 'art_41__para_3', 'art_41__para_4']);
    assert.deepStrictEqual(citationOn(COURT_ACT_41_43, '前項第一号及び第二号', 32).units, ['art_41__para_1__subpara_1', 'art_41__para_1__subpara_2']);
    assert.deepStrictEqual(citationOn(COURT_ACT_41_43, '第一項第六号', 36).units, ['art_41__para_1__subpara_6']);
    assert.deepStrictEqual(errors(COURT_ACT_41_43), []);
  });

  it('leaves a table of other ordinances read otherwise unchecked: their articles are theirs ("| 財務省組織規則（…） | 第三百九十三条第六号… |")', () => {
    const row = citationOn(TOBACCO_TAX_ORDINANCE_1, '第三百九十三条第六号及び第九号', 22);
    assert.deepStrictEqual(row.units, ['external', 'external']);
    assert.deepStrictEqual(errors(TOBACCO_TAX_ORDINANCE_1), []);
  });

  it('defines each term of a list, "第一項第四号の「A」、「B」及び「C」とは", for the provision it names', () => {
    const defined = read(PREPAID_PAYMENT_ORDER_31).model.definitions.filter((d) => d.unitId === 'art_31__para_8').map((d) => d.term);
    assert.deepStrictEqual(defined, ['単体自己資本比率', '単体普通出資等Ｔｉｅｒ１比率', '単体Ｔｉｅｒ１比率', '単体総自己資本比率']);
    assert.deepStrictEqual(checkDocument(read(PREPAID_PAYMENT_ORDER_31).workspace, URI).filter((d) => d.code === 'duplicate-definition'), []);
  });

  it('leaves a table\'s rows unchecked: "第二条の表第一号から第四号まで", "令別表第一の六第一号イ"; "前条第二項の一定の期間" is no article 2-1', () => {
    const rows = citations(COASTAL_FISHERIES_ORDER_1_8, '第一号から第四号').filter((c) => c.line === 60);
    assert.strictEqual(rows.length, 1);
    assert.match(reasons(rows[0].reference)[0], /第二条の表/);
    const appended = citationOn(NOXIOUS_LIQUIDS_ORDINANCE_2_3, '第一号イ', 40);
    assert.match(reasons(appended.reference)[0], /別表第一の六/);
    assert.deepStrictEqual(errors(NOXIOUS_LIQUIDS_ORDINANCE_2_3), []);
    // ("一定", "certain": a numeral that opens a word after "の" puts no unit after another)
    assert.deepStrictEqual(citationOn(CHAMBER_OF_COMMERCE_ACT_60_3_60_4, '前条第二項', 24).units, ['art_60-3__para_2']);
    assert.deepStrictEqual(errors(CHAMBER_OF_COMMERCE_ACT_60_3_60_4), []);
  });

  it('reads rules numbered by their series, "規則一一―四第三条第一項第五号", as those rules\' units; "前条の表の第二十二号" as a table\'s row', () => {
    const rules = citationOn(NPA_RULES_9_13, '規則一一―四第三条第一項第五号', 22);
    assert.strictEqual(rules.reference.reference.anchor.kind === 'instrument' && rules.reference.reference.anchor.name, '規則一一―四');
    assert.deepStrictEqual(errors(NPA_RULES_9_13), []);
    const row = citationOn(TEACHERS_LICENCE_ENFORCEMENT_ACT_3, '第二十二号及び第二十三号', 18);
    assert.deepStrictEqual(row.units, ['external', 'external']);
    // a table with no header row, under the sentence "…次の表の上欄に掲げる規定中同表の中欄に掲げる字句は…" and a copy of it run in
    assert.deepStrictEqual(errors(STRATEGIC_ZONES_ORDINANCE_9), []);
  });

  it('"同条" is the last article named: "第三条第二項第一号から…又は前項ただし書の…遅滞なく、同条第二項第五号" is article 3\'s', () => {
    assert.deepStrictEqual(citationOn(ALCOHOL_BUSINESS_ACT_1_20, '同条第二項第五号又は第七号', 90).units, ['art_3__para_2__subpara_5', 'art_3__para_2__subpara_7']);
    // "第八条第一項中「…」とあるのは「…」と、同条第二項中": past the quotations, article 8's
    assert.deepStrictEqual(citationOn(ALCOHOL_BUSINESS_ACT_1_20, '同条第二項', 164).units, ['art_8__para_2']);
  });

  it('leaves the words a provision is read with unchecked: corner-bracket quotations and a table of words read otherwise ("読み替え")', () => {
    // "第七条第一項中「第五条各号」とあるのは「第二十条において準用する第五条各号」と": the quoted words are the applied provision's
    const quoted = citationOn(ALCOHOL_BUSINESS_ACT_1_20, '第十六条第二項第六号', 164);
    assert.deepStrictEqual(quoted.units, ['external']);
    assert.match(reasons(quoted.reference)[0], /quoted/);
    const table = citations(SME_COOPERATIVES_ORDER_19, '第三百八十一条第三項');
    assert.ok(table.length >= 2);
    for (const cited of table) assert.match(reasons(cited.reference)[0], /読み替え/);
    assert.deepStrictEqual(errors(SME_COOPERATIVES_ORDER_19), []);
    // must not: the words before the table, "法第三十六条の三第三項の規定により", cite the act (its short name "法") as ever
    const before = citationOn(SME_COOPERATIVES_ORDER_19, '法第三十六条の三第三項', 18);
    assert.doesNotMatch(reasons(before.reference)[0], /読み替え/);
  });

  it('reads each "## 附則" as supplementary provisions numbering their articles anew; a later set\'s citations are the amending act\'s', () => {
    const { model } = read(KANSAI_SCIENCE_CITY_ACT);
    assert.strictEqual(model.units.filter((u) => u.kind === 'annex').length, (KANSAI_SCIENCE_CITY_ACT.match(/^## 附則$/gm) ?? []).length);
    assert.deepStrictEqual(errors(KANSAI_SCIENCE_CITY_ACT), []);
    // (each set its own: "附則" given again is no duplicate unit)
    assert.deepStrictEqual(checkDocument(read(KANSAI_SCIENCE_CITY_ACT).workspace, URI).filter((d) => d.code === 'duplicate-unit'), []);
    const amending = citationOn(KANSAI_SCIENCE_CITY_ACT, '第十七条から第七十二条', 109);
    assert.match(reasons(amending.reference)[0], /supplementary provisions of a later amending act/);
    // "附則第五条の規定により" (the Arbitration Act's own supplementary provisions): their article, numbered apart, not the main provisions' 5
    const own = citationOn(ARBITRATION_ACT_SUPPLEMENTARY, '第五条', 62);
    assert.match(reasons(own.reference)[0], /附則/);
    // must not: in the text's own supplementary provisions a bare citation is the main provisions' ("第三十二条第一項", no amending act's)
    const main = citationOn(ARBITRATION_ACT_SUPPLEMENTARY, '第三十二条第一項', 32);
    assert.doesNotMatch(reasons(main.reference)[0], /amending act/);
    assert.deepStrictEqual(citationOn(KANSAI_SCIENCE_CITY_ACT, '第五条第二項', 91).units, ['art_5__para_2']);
  });

  it('reads "この法律において「仲裁合意」とは、…をいう。" and "（以下「仲裁判断」という。）" as definitions, scoped by "以下この条において"', () => {
    const { model } = read(ARBITRATION_ACT_1_8);
    assert.deepStrictEqual(model.definitions.map((d) => d.term), ['仲裁合意', '仲裁判断', '仲裁廷', '主張書面']);
    assert.match(model.definitions[0].body, /^既に生じた民事上の紛争/);
    const consumers = read(ARBITRATION_ACT_SUPPLEMENTARY).model.definitions.find((d) => d.term === '消費者仲裁合意');
    assert.deepStrictEqual(consumers?.scope, { kind: 'unit', unitId: 'art_3' });
    // must not: the words of another provision quoted to be read otherwise define nothing ("「第五条各号」とあるのは")
    assert.ok(!read(ALCOHOL_BUSINESS_ACT_1_20).model.definitions.some((d) => /各号/.test(d.term)));
    // must not: a name given anew further on ("（以下「改正法」という。）" in each amending act's provisions) is no double definition
    assert.deepStrictEqual(checkDocument(read(KANSAI_SCIENCE_CITY_ACT).workspace, URI).filter((d) => d.code === 'duplicate-definition'), []);
  });

  it('reads e-Gov\'s text: its table of contents, the caption line above each article, one paragraph or item a line', () => {
    const { model } = read(UNFAIR_COMPETITION_ACT_EGOV_TEXT);
    // (the contents list nine chapters and "附則": none of them is a unit; the text's own "第一章　総則" and "第二章　差止請求、損害賠償等" are)
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'chapter' || u.kind === 'annex').map((u) => `${u.id} ${u.title}`), ['chp_1 総則', 'chp_2 差止請求、損害賠償等']);
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'article').map((u) => `${u.number} ${u.title}`), ['1 目的', '2 定義']);
    const article2 = model.units.find((u) => u.id === 'art_2')!;
    assert.deepStrictEqual(article2.children.map((u) => u.number), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    assert.strictEqual(model.units.find((u) => u.id === 'art_2__para_1')!.children.length, 22);
    assert.ok(model.definitions.some((d) => d.term === '不正競争'));
    // must not: the caption "（定義）" is no paragraph of article 1
    assert.deepStrictEqual(model.units.find((u) => u.id === 'art_1')!.children.map((u) => u.kind), ['alinea']);
  });

  it('reads the Constitution as a markdown gives it: "### 第四条" then "#### ○２", a paragraph number made a heading of its own', () => {
    const { model } = read(CONSTITUTION_OF_JAPAN);
    assert.deepStrictEqual(model.units.find((u) => u.id === 'art_4')!.children.map((u) => u.id), ['art_4__para_1', 'art_4__para_2']);
    assert.deepStrictEqual(model.units.find((u) => u.id === 'art_7')!.children.filter((u) => u.kind === 'subparagraph').map((u) => u.number), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    assert.deepStrictEqual(citationOn(CONSTITUTION_OF_JAPAN, '前条第一項', 38).units, ['art_4__para_1']);
    assert.deepStrictEqual(errors(CONSTITUTION_OF_JAPAN), []);
    // must not: "第一章　天皇" and the other chapters are groupings, not paragraphs of the article before them
    assert.strictEqual(model.units.filter((u) => u.kind === 'chapter').length, 11);
  });
});
