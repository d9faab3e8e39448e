// Taiwan's laws as users bring them (verbatim excerpts, taiwanLawsText.ts): traditional characters, whose "項" is an article's
// paragraph counted by its place and "款" its subparagraph ("一、"), the reverse of the mainland's drafting; "第 1 條" alone on a
// line and one paragraph a line; groupings indented by their rank, which CommonMark reads as code; lists of another act's
// articles broken by the words of a unit; citations of another version of the text. Each principle has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { guessLanguage } from '../../server/src/engine/language';
import { tablesFor } from '../../server/src/engine/references/grammar';
import type { ResolvedReference } from '../../server/src/engine/resolve';
import { oneDocument } from '../helpers/oneDocument';
import { uriOf, workspaceOf } from '../helpers/workspace';
import {
  ADMINISTRATIVE_PROCEDURE_ACT_1_12, ADMINISTRATIVE_PROCEDURE_ACT_52_54, ADMINISTRATIVE_PROCEDURE_ACT_165, WATER_POLLUTION_ACT_2_14, BUDGET_ACT_1993_1_3,
  AGRICULTURAL_FINANCE_ACT_26, ADMINISTRATIVE_LITIGATION_ENFORCEMENT_17_20, SME_DEVELOPMENT_ACT_40, INCOME_TAX_ACT_14_4, INCOME_TAX_ACT_114_2,
  DISABILITY_RIGHTS_ACT_52_1, PROGRESSIVE_EXECUTION_ACT_19, WITNESS_PROTECTION_ACT_2, FISHERIES_ACT_41_2, NATIONAL_SECURITY_ACT_18, CRIMINAL_CODE_1_10,
  COAST_GUARD_ACT_2, CRIMINAL_CODE_100_101, CRIMINAL_CODE_302_303, SEDITION_ACT_1_2,
} from './taiwanLawsText';

// (no front matter: the laws as the database gives them)
const law = oneDocument('law.md', '');
const load = law.read;

/** Every error the checks give, of any code. */
function errors(text: string): string[] {
  const { workspace } = load(text);
  return checkDocument(workspace, uriOf('law.md')).filter((d) => d.severity === 'error').map((d) => d.message);
}

/** The citation whose text is `cite` (one only), and the units it resolves to (ids, or its status). */
function resolved(text: string, cite: string): { reference: ResolvedReference; units: string[] } {
  const { workspace } = load(text);
  const found = workspace.resolved(uriOf('law.md')).filter((r) => r.reference.text === cite);
  assert.strictEqual(found.length, 1, `"${cite}": ${found.length} citations (${workspace.resolved(uriOf('law.md')).map((r) => r.reference.text).join(' | ')})`);
  return { reference: found[0], units: found[0].targets.map((t) => (t.status === 'resolved' ? t.unitId ?? '' : t.status)) };
}

function instrumentOf(reference: ResolvedReference): string | undefined {
  const anchor = reference.reference.anchor;
  return anchor.kind === 'instrument' ? anchor.name : undefined;
}

describe("engine: Taiwan's laws as users bring them", () => {
  it('guesses traditional characters as "zh-Hant", read by their own table; a tag of Taiwan too, the mainland\'s "zh" and Japanese not', () => {
    assert.strictEqual(guessLanguage(ADMINISTRATIVE_PROCEDURE_ACT_1_12), 'zh-Hant');
    assert.strictEqual(load(ADMINISTRATIVE_PROCEDURE_ACT_1_12).model.language, 'zh-Hant');
    assert.strictEqual(guessLanguage('# 中华人民共和国网络安全法\n\n第一条 为了保障网络安全，维护网络空间主权和国家安全、社会公共利益，保护公民、法人和其他组织的合法权益，促进经济社会信息化健康发展，制定本法。\n'), 'zh');
    assert.deepStrictEqual(['zh-Hant', 'zh-TW', 'zh_tw', 'zh-Hant-TW'].map((tag) => tablesFor(tag).map((t) => t.code).join()), ['zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-Hant']);
    // (Hong Kong's and Macao's drafting ranks "款" and "項" otherwise: tagged so, not read with Taiwan's table)
    assert.deepStrictEqual(['zh', 'zh-CN', 'zh-Hans', 'zh-HK', 'zh-MO'].map((tag) => tablesFor(tag).map((t) => t.code).join()), ['zh', 'zh', 'zh', 'zh', 'zh']);
    // a language no table reads is tried with every language's table, never the script's own ("第一項" of a Japanese law)
    assert.ok(!tablesFor('ja').some((t) => t.code === 'zh-Hant'));
  });

  it('reads "第 1 條" alone on its line as the article, each line after it as a paragraph ("項"), "一、" as a subparagraph ("款")', () => {
    const { model } = load(ADMINISTRATIVE_PROCEDURE_ACT_1_12);
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'article').map((u) => u.number), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    const article3 = model.units.find((u) => u.id === 'art_3');
    assert.deepStrictEqual(article3?.children.map((u) => `${u.kind} ${u.number}`), [
      'alinea 1', 'alinea 2', 'subparagraph 1', 'subparagraph 2', 'subparagraph 3', 'alinea 3',
      'subparagraph 1', 'subparagraph 2', 'subparagraph 3', 'subparagraph 4', 'subparagraph 5', 'subparagraph 6', 'subparagraph 7', 'subparagraph 8',
    ]);
    assert.deepStrictEqual(resolved(ADMINISTRATIVE_PROCEDURE_ACT_1_12, '前條第一項').units, ['art_11__al_1']);
    assert.deepStrictEqual(errors(ADMINISTRATIVE_PROCEDURE_ACT_1_12), []);
  });

  it('reads "第三條第三項第八款" as the eighth subparagraph after the third paragraph (the citing article written for the test)', () => {
    const text = `${ADMINISTRATIVE_PROCEDURE_ACT_1_12}\n\n第 13 條\n依第三條第三項第一款及第三條第二項第三款之事項，準用第三條第三項第八款規定。\n`;
    const { model } = load(text);
    const units = (id: string) => model.units.find((u) => u.id === id);
    const [first, second] = resolved(text, '第三條第三項第一款及第三條第二項第三款').units;
    assert.strictEqual(units(first)?.line, units('art_3__al_3')!.line + 1);
    assert.strictEqual(units(second)?.line, units('art_3__al_2')!.line + 3);
    assert.match(model.text.split('\n')[units(resolved(text, '第三條第三項第八款').units[0])!.line], /^八、考試院/);
    assert.deepStrictEqual(errors(text), []);
    // must not: the third paragraph has eight subparagraphs, not nine
    assert.ok(errors(text.replace('第三條第三項第八款', '第三條第三項第九款')).some((m) => /subparagraph 9/.test(m)));
  });

  it('reads a grouping\'s heading indented as code ("      第 一 節 法例") as the division, and "本節" finds it; a sentence indented so stays code', () => {
    const { model } = load(ADMINISTRATIVE_PROCEDURE_ACT_1_12);
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'division').map((u) => `${u.id} ${u.title}`), ['chp_1__dvs_1 法例', 'chp_1__dvs_2 管轄']);
    assert.deepStrictEqual(resolved(ADMINISTRATIVE_PROCEDURE_ACT_52_54, '本節').units, ['dvs_10']);
    // must not (written for the test): a line of code that is a sentence citing a section opens nothing
    const coded = load(`${ADMINISTRATIVE_PROCEDURE_ACT_52_54}\n\n    第 十一 節 之規定，不適用之。\n`).model;
    assert.deepStrictEqual(coded.units.filter((u) => u.kind === 'division').map((u) => u.number), ['9', '10']);
  });

  it('reads the first article after a chapter\'s heading line by line too ("第 三 章 防治措施" then "第 13 條"), and a subparagraph\'s items ("（一）", "目")', () => {
    const { model } = load(WATER_POLLUTION_ACT_2_14);
    assert.deepStrictEqual(model.units.filter((u) => u.parent?.id === 'art_13').map((u) => u.id), ['art_13__al_1', 'art_13__al_2', 'art_13__al_3', 'art_13__al_4']);
    assert.deepStrictEqual(resolved(WATER_POLLUTION_ACT_2_14, '前項第一款第五目及第二款第六目').units, ['art_11__subpara_1__item_5', 'art_11__subpara_2__item_6']);
    assert.deepStrictEqual(errors(WATER_POLLUTION_ACT_2_14), []);
  });

  it('cuts lines wrapped at a width only where a sentence ends short of it ("…經立法程序" / "審定後…" / "額並執行之。" / "前項所稱…")', () => {
    const { model } = load(BUDGET_ACT_1993_1_3);
    assert.deepStrictEqual(model.units.filter((u) => u.parent?.id === 'art_3').map((u) => u.id), ['art_3__al_1', 'art_3__al_2']);
    assert.deepStrictEqual(resolved(BUDGET_ACT_1993_1_3, '前項').units, ['art_3__al_1']);
    assert.deepStrictEqual(errors(BUDGET_ACT_1993_1_3), []);
  });

  it('a table drawn in box characters ends with its last rule: "前項表列責任分數" after it is the next paragraph', () => {
    const { model } = load(PROGRESSIVE_EXECUTION_ACT_19);
    assert.deepStrictEqual(model.units.filter((u) => u.parent?.id === 'art_19').map((u) => u.id), ['art_19__al_1', 'art_19__al_2', 'art_19__al_3', 'art_19__al_4']);
    assert.deepStrictEqual(resolved(PROGRESSIVE_EXECUTION_ACT_19, '前項').units, ['art_19__al_1']);
    assert.deepStrictEqual(errors(PROGRESSIVE_EXECUTION_ACT_19), []);
  });

  it('defines "本法所稱X，係指……", "……，謂……", "稱X者，謂……" and the items of "本法專用名詞定義如下：" ("一、水：指……")', () => {
    assert.deepStrictEqual(load(ADMINISTRATIVE_PROCEDURE_ACT_1_12).model.definitions.map((d) => [d.term, d.unitId]), [['行政程序', 'art_2__al_1'], ['行政機關', 'art_2__al_2']]);
    // "行政指導", not "行政" defined by "指導…"
    assert.deepStrictEqual(load(ADMINISTRATIVE_PROCEDURE_ACT_165).model.definitions.map((d) => d.term), ['行政指導']);
    const water = load(WATER_POLLUTION_ACT_2_14).model.definitions;
    assert.deepStrictEqual(water.slice(0, 3).map((d) => [d.term, d.unitId]), [['水', 'art_2__subpara_1'], ['地面水體', 'art_2__subpara_2'], ['地下水體', 'art_2__subpara_3']]);
    assert.ok(water.some((d) => d.term === '廢（污）水處理設施') && water.some((d) => d.term === '主管機關' && d.unitId === 'art_3__al_1'), water.map((d) => d.term).join());
    assert.deepStrictEqual(load(CRIMINAL_CODE_1_10).model.definitions.map((d) => d.term), ['公務員', '公文書', '重傷', '性交', '電磁紀錄', '凌虐', '性影像']);
    // the term before a short name's bracket ("海岸巡防機關（以下簡稱海巡機關）：指……"), not the bracket with it, and the short name the law uses after
    const coast = load(COAST_GUARD_ACT_2).model;
    assert.deepStrictEqual(coast.definitions.map((d) => d.term), ['臺灣地區', '海域', '海岸', '海岸管制區', '海岸巡防機關', '海巡機關']);
    assert.deepStrictEqual(coast.definitions.slice(4).map((d) => coast.text.slice(d.termSpan.start, d.termSpan.end)), ['海岸巡防機關', '海巡機關']);
    // must not (written for the test): "本法所稱之當事人如下：" lists the parties, it defines no term
    assert.deepStrictEqual(load('第 20 條\n本法所稱之當事人如下：\n一、申請人及申請之相對人。\n').model.definitions, []);
  });

  it('reads "第五項第一款" of the Criminal Code\'s article 10 as the subparagraph after its fifth paragraph, and "前款" as the one before', () => {
    const { model } = load(CRIMINAL_CODE_1_10);
    const line = (id: string) => model.text.split('\n')[model.units.find((u) => u.id === id)!.line];
    const [first] = resolved(CRIMINAL_CODE_1_10, '第五項第一款或第二款').units;
    assert.match(line(first), /^一、以性器進入他人之性器/);
    assert.match(line(resolved(CRIMINAL_CODE_1_10, '前款').units[0]), /^二、性器或客觀上足以引起性慾/);
  });

  it('a list of another act\'s articles broken by a unit\'s words ("第四十七條之一之信用卡業務、第四十八條") stays that act\'s', () => {
    const { workspace } = load(AGRICULTURAL_FINANCE_ACT_26);
    assert.deepStrictEqual(workspace.resolved(uriOf('law.md')).map(instrumentOf), ['銀行法', '銀行法']);
    assert.deepStrictEqual(errors(AGRICULTURAL_FINANCE_ACT_26), []);
    assert.strictEqual(instrumentOf(resolved(WITNESS_PROTECTION_ACT_2, '第一百零一條第二項').reference), '刑法');
    // "保險法第一百三十五條準用第一百零五條、第一百零七條": the articles an article of an act applies are that act's
    assert.strictEqual(instrumentOf(resolved(FISHERIES_ACT_41_2, '第一百零五條、第一百零七條').reference), '保險法');
    assert.deepStrictEqual(errors(WITNESS_PROTECTION_ACT_2), []);
    assert.deepStrictEqual(errors(FISHERIES_ACT_41_2), []);
    // must not (written for the test): after the sentence's end the list is over, and "第四十八條" is this act's, which has two articles
    const ended = '第 1 條\n全國農業金庫之管理，準用銀行法第四十七條之一之信用卡業務。第四十八條之規定，亦同。\n\n第 2 條\n本法自公布日施行。\n';
    assert.ok(errors(ended).some((m) => /no article 48/.test(m)), errors(ended).join('\n'));
    assert.ok(errors(ended.replace('信用卡業務。', '信用卡業務、')).length === 0);
  });

  it('"同條第一項但書第一款至第三款" is of the article cited before it, of that act; "修正行政訴訟法" names the act', () => {
    const same = resolved(ADMINISTRATIVE_LITIGATION_ENFORCEMENT_17_20, '同條第一項但書第一款至第三款');
    assert.strictEqual(instrumentOf(same.reference), '行政訴訟法');
    assert.deepStrictEqual(same.reference.reference.targets[0].path.map((step) => `${step.kind} ${step.number}`), ['article 104-1', 'alinea 1', 'subparagraph 1']);
    assert.strictEqual(instrumentOf(resolved(ADMINISTRATIVE_LITIGATION_ENFORCEMENT_17_20, '第二百七十三條第四項').reference), '行政訴訟法');
    assert.deepStrictEqual(errors(ADMINISTRATIVE_LITIGATION_ENFORCEMENT_17_20), []);
    // must not (written for the test): with no citation before it in its sentence, "同條" cannot be told and is not checked
    const alone = resolved('第 1 條\n本條例施行前，同條第九項之規定，不適用之。\n', '同條第九項');
    assert.deepStrictEqual(alone.units, ['external']);
  });

  it('a citation of another version ("中華民國一百零五年一月六日修正公布之第三十六條之二第二項至第五項", "行為時第六十六條之二") is not checked, with the reason', () => {
    const sme = resolved(SME_DEVELOPMENT_ACT_40, '第三十六條之二第二項至第五項');
    assert.deepStrictEqual(sme.units, ['external']);
    assert.match(sme.reference.targets[0].status === 'external' ? sme.reference.targets[0].reason ?? '' : '', /another version of the text \(“一百零五年一月六日修正公布之 …”\)/);
    const tax = resolved(INCOME_TAX_ACT_114_2, '第六十六條之二第二項、第六十六條之三或第六十六條之四');
    assert.deepStrictEqual(tax.units, ['external', 'external', 'external']);
    assert.deepStrictEqual(resolved(NATIONAL_SECURITY_ACT_18, '第五條之一第一項').units, ['external']);
    // must not (written for the test): the same citation without the version's words, in a law of two articles, is reported
    assert.ok(errors('第 1 條\n依第三十六條之二第二項規定辦理。\n\n第 2 條\n本條例自公布日施行。\n').some((m) => /no article 36-2/.test(m)));
  });

  it('"本項" in an item of a subparagraph is the paragraph the subparagraphs follow', () => {
    assert.deepStrictEqual(resolved(INCOME_TAX_ACT_14_4, '本項').units, ['art_14-4__al_3']);
    assert.deepStrictEqual(errors(INCOME_TAX_ACT_14_4), []);
  });

  it('"前二條第一項或第二項" is of the two articles before (article 303 of the Criminal Code); one that neither holds is reported', () => {
    assert.deepStrictEqual(resolved(CRIMINAL_CODE_302_303, '前二條第一項或第二項').units, ['art_302-1__al_1', 'art_302-1__al_2']);
    assert.deepStrictEqual(errors(CRIMINAL_CODE_302_303), []);
    // "前兩項" counts as "前二項" does: the paragraph before is found
    assert.deepStrictEqual(resolved('第 1 條\n第一句。\n第二句。\n前兩項之規定，於本條準用之。\n', '前兩項').units, ['art_1__al_2']);
    // must not (written for the test): the two articles before hold one paragraph each, and neither a second
    assert.ok(errors('第 1 條\n甲。\n\n第 2 條\n乙。\n\n第 3 條\n犯前二條第二項之罪者，罰之。\n').some((m) => /no alinea 2/.test(m)));
  });

  it('links "刑法第一百條第二項" in another law to the Criminal Code in the workspace, named by its "法規名稱：中華民國刑法" line', () => {
    const workspace = workspaceOf({ 'criminal-code.md': CRIMINAL_CODE_100_101, 'witness-protection.md': WITNESS_PROTECTION_ACT_2 });
    assert.strictEqual(workspace.get(uriOf('criminal-code.md'))?.title, '中華民國刑法');
    const cited = workspace.resolved(uriOf('witness-protection.md')).filter((r) => /^(?:刑法)?第一百(?:零一)?條第二項$/.test(r.reference.text));
    assert.deepStrictEqual(cited.map((r) => r.targets.map((t) => (t.status === 'resolved' ? `${t.uri?.split('/').pop()}#${t.unitId}` : t.status)).join()),
      ['criminal-code.md#art_100__al_2', 'criminal-code.md#art_101__al_2']);
  });

  it('links "犯刑法第一百條第一項、第一百零一條第一項、…、第" / "一百零四條第一項" (a verb read into the name, a citation wrapped at a line\'s end)', () => {
    const workspace = workspaceOf({ 'criminal-code.md': CRIMINAL_CODE_100_101, 'sedition.md': SEDITION_ACT_1_2 });
    const list = workspace.resolved(uriOf('sedition.md')).find((r) => r.reference.text.startsWith('犯刑法第一百條第一項'));
    assert.ok(list, workspace.resolved(uriOf('sedition.md')).map((r) => r.reference.text).join(' | '));
    assert.deepStrictEqual(list.reference.targets.map((t) => t.path.map((step) => step.number).join('/')), ['100/1', '101/1', '103/1', '104/1']);
    assert.deepStrictEqual(list.targets.slice(0, 2).map((t) => (t.status === 'resolved' ? `${t.uri?.split('/').pop()}#${t.unitId}` : t.status)), ['criminal-code.md#art_100__al_1', 'criminal-code.md#art_101__al_1']);
    // must not (written for the test): only that one character goes, never the start of a name ("中央銀行法" is no "銀行法")
    const other = workspaceOf({ 'bank.md': '法規名稱：銀行法\n\n第 62 條\n甲。\n', 'b.md': '第 1 條\n依中央銀行法第六十二條及有銀行法第六十二條規定辦理。\n' });
    assert.deepStrictEqual(other.resolved(uriOf('b.md')).map((r) => r.targets.map((t) => (t.status === 'resolved' ? `${t.uri?.split('/').pop()}#${t.unitId}` : t.status)).join()), ['external', 'bank.md#art_62']);
  });

  it('reports "前項" in an article\'s first paragraph (身心障礙者權益保障法, article 52-1): there is no paragraph before it', () => {
    assert.deepStrictEqual(errors(DISABILITY_RIGHTS_ACT_52_1), ['"前項": there is no preceding alinea here.']);
  });
});
