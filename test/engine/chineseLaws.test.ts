// Chinese laws as users bring them (verbatim excerpts, chineseLawsText.ts): articles run into their first
// paragraph, "之一" articles inserted after another, items "（一）" and points "⒈", paragraphs ("款")
// counted by place, sections ("节") inside chapters, other laws cited by name, unquoted definitions.
// Each principle has a case where it must not apply.
import * as assert from 'node:assert';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import type { ResolvedReference } from '../../server/src/engine/resolve';
import type { DocumentModel } from '../../server/src/engine/document';
import {
  FLIGHT_RULES_CH1, CIVIL_CODE_BOOK6, PETITIONS_REGULATION_ART21, CRIMINAL_LAW_PART2_CH3_S7, CYBERSECURITY_LAW, SPC_INTERPRETATION_ART1, SPC_INTERPRETATION_ART123_124, SPC_INTERPRETATION_ART158, SPC_INTERPRETATION_ART218_219,
} from './chineseLawsText';

const URI = 'file:///workspace/law.md';

function load(text: string): { workspace: Workspace; model: DocumentModel } {
  const workspace = new Workspace();
  const model = workspace.set(URI, text);
  return { workspace, model };
}

function errors(text: string): string[] {
  const { workspace } = load(text);
  return checkDocument(workspace, URI).filter((d) => d.severity === 'error').map((d) => d.message);
}

/** The one citation whose text is `cite`, and the units it resolves to (ids, or its status). */
function resolved(text: string, cite: string): { reference: ResolvedReference; units: string[] } {
  const { workspace } = load(text);
  const found = workspace.resolved(URI).filter((r) => r.reference.text === cite);
  assert.strictEqual(found.length, 1, `"${cite}": ${found.length} citations (${workspace.resolved(URI).map((r) => r.reference.text).join(' | ')})`);
  return { reference: found[0], units: found[0].targets.map((t) => (t.status === 'resolved' ? t.unitId ?? '' : t.status)) };
}

describe('engine: Chinese laws as users bring them', () => {
  it('reads each article run into its first paragraph as the article ("第二十一条 国家实行……")', () => {
    const { model } = load(CYBERSECURITY_LAW);
    assert.deepStrictEqual(model.units.filter((u) => u.citable).map((u) => u.id), ['art_1', 'art_21', 'art_30', 'art_73', 'art_76']);
    // its items "（一）" … "（五）" under it, in order
    assert.deepStrictEqual(model.units.filter((u) => u.parent?.id === 'art_21' && u.kind === 'item').map((u) => u.number), ['1', '2', '3', '4', '5']);
  });

  it('resolves "本法第三十条" to article 30, and reports no error in the excerpt', () => {
    assert.deepStrictEqual(resolved(CYBERSECURITY_LAW, '本法第三十条').units, ['art_30']);
    assert.deepStrictEqual(errors(CYBERSECURITY_LAW), []);
  });

  it('must not: a paragraph opening with a citation and no space after "条" stays a citation ("第三十条规定的……", written for the test)', () => {
    const text = `${CYBERSECURITY_LAW}\n\n第九十九条规定的信息，不得用于其他用途。\n`;
    const { model } = load(text);
    assert.ok(!model.units.some((u) => u.number === '99'), 'no article 99 is opened');
    assert.ok(errors(text).some((message) => /no article 99/.test(message)), errors(text).join('\n'));
  });

  it('defines the terms of "本法下列用语的含义：" ("（一）网络，是指……") for the whole law', () => {
    const { model } = load(CYBERSECURITY_LAW);
    assert.deepStrictEqual(model.definitions.map((d) => [d.term, d.unitId]),
      [['网络', 'art_76__item_1'], ['网络安全', 'art_76__item_2'], ['网络运营者', 'art_76__item_3'], ['网络数据', 'art_76__item_4'], ['个人信息', 'art_76__item_5']]);
  });

  it('reads "第二百一十九条之一" as the article inserted after 219, inside "第七节", and resolves "本节第二百一十三条至第二百一十九条之一"', () => {
    const { model } = load(CRIMINAL_LAW_PART2_CH3_S7);
    const inserted = model.units.find((u) => u.number === '219-1');
    assert.ok(inserted && inserted.citable, model.units.filter((u) => u.citable).map((u) => u.number).join(' '));
    // the articles stand inside the section (节), which stands inside the chapter
    assert.strictEqual(inserted.parent?.kind, 'division');
    assert.strictEqual(inserted.parent?.parent?.kind, 'chapter');
    const range = resolved(CRIMINAL_LAW_PART2_CH3_S7, '本节第二百一十三条至第二百一十九条之一');
    assert.ok(range.reference.targets.every((t) => t.status === 'resolved'), JSON.stringify(range.reference.targets));
    assert.deepStrictEqual(errors(CRIMINAL_LAW_PART2_CH3_S7), []);
  });

  it('defines "本条所称权利人，是指……" (unquoted, after "所称")', () => {
    const { model } = load(CRIMINAL_LAW_PART2_CH3_S7);
    assert.deepStrictEqual(model.definitions.map((d) => d.term), ['权利人']);
  });

  it('reads "本项" in a paragraph after an item\'s points as that item, and the points "⒈" under it', () => {
    const { model } = load(SPC_INTERPRETATION_ART1);
    assert.deepStrictEqual(resolved(SPC_INTERPRETATION_ART1, '本项').units, ['art_1__item_2']);
    assert.deepStrictEqual(model.units.filter((u) => u.parent?.id === 'art_1__item_2').map((u) => u.number), ['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('reads "刑法第二百四十六条" and "刑法分则第三章第一节" as citations of another law, not of this one', () => {
    const own = resolved(SPC_INTERPRETATION_ART1, '刑法第二百四十六条');
    assert.strictEqual(own.reference.reference.anchor.kind, 'instrument');
    assert.deepStrictEqual(own.units, ['external']);
    assert.deepStrictEqual(resolved(SPC_INTERPRETATION_ART1, '刑法分则第三章第一节').units, ['external']);
    assert.deepStrictEqual(errors(SPC_INTERPRETATION_ART1), []);
    assert.deepStrictEqual(resolved(SPC_INTERPRETATION_ART158, '刑事诉讼法第七十一条第一款、第二款').units, ['external', 'external']);
  });

  it('links "刑法第二百一十九条之一" and "《中华人民共和国刑法》第二百一十七条" to the Criminal Law in the workspace (the citing line written for the test)', () => {
    const workspace = new Workspace();
    workspace.set('file:///workspace/criminal-law.md', CRIMINAL_LAW_PART2_CH3_S7);
    workspace.set(URI, '# 测试规定\n\n第一条 依照《中华人民共和国刑法》第二百一十七条和刑法第二百一十九条之一的规定处理。\n');
    const targets = workspace.resolved(URI).flatMap((r) => r.targets).map((t) => (t.status === 'resolved' ? `${t.uri?.split('/').pop()}#${t.unitId}` : t.status));
    assert.deepStrictEqual(targets, ['criminal-law.md#art_217', 'criminal-law.md#art_219-1']);
    assert.deepStrictEqual(checkDocument(workspace, URI).filter((d) => d.severity === 'error'), []);
  });

  it('reads articles a converter ran together on one line ("…制定本规则。 第二条 凡辖有航空器的……") as articles; "第二条规定的" inside a sentence stays a citation', () => {
    const { model } = load(FLIGHT_RULES_CH1);
    const articles = model.units.filter((u) => u.kind === 'article').map((u) => u.number);
    assert.ok(articles.length >= 9 && articles.slice(0, 9).join() === '1,2,3,4,5,6,7,8,9', articles.join());
    assert.deepStrictEqual(errors(FLIGHT_RULES_CH1), []);
    // written for the test: a citation after a sentence's end has no space after "条"
    const cited = `${FLIGHT_RULES_CH1}\n\n第十条 依照本规则。第二条规定的飞行活动，不得妨碍。\n`;
    assert.ok(!load(cited).model.units.some((u) => u.kind === 'article' && u.number === '2' && u.id !== 'art_2'));
  });

  it('reads back the names of laws that hold "对", "有", "同" ("依照合同法第六十一条", "违反对外贸易法第十条", "国有资产法第五条")', () => {
    const text = '# 测试规定\n\n第一条 依照合同法第六十一条、违反对外贸易法第十条和企业国有资产法第五条的规定处理。\n';
    const { workspace } = load(text);
    assert.deepStrictEqual(workspace.resolved(URI).filter((r) => r.reference.anchor.kind === 'instrument').map((r) => (r.reference.anchor as { name: string }).name), ['合同法', '对外贸易法', '企业国有资产法']);
  });

  it('a paragraph between items "(三)" and "(四)" is item 3\'s: "前款第(二)项至第(四)项" after the list finds items 2 to 4', () => {
    const { units } = resolved(PETITIONS_REGULATION_ART21, '前款第(二)项至第(四)项');
    assert.deepStrictEqual(units, ['art_21__item_2']);
    assert.deepStrictEqual(errors(PETITIONS_REGULATION_ART21), []);
  });

  it('"民法典第五百一十条" where the workspace holds one book of the code (articles 1119–1120) is not in the workspace, no error; an article of that book links (citing lines written for the test)', () => {
    const workspace = new Workspace();
    workspace.set('file:///workspace/civil-code-book6.md', CIVIL_CODE_BOOK6);
    workspace.set(URI, '# 测试解释\n\n第一条 依照民法典第五百一十条和民法典第一千一百一十九条的规定处理。\n');
    const targets = workspace.resolved(URI).flatMap((r) => r.targets).map((t) => (t.status === 'resolved' ? t.unitId : t.status));
    assert.deepStrictEqual(targets, ['external', 'art_1119']);
    assert.deepStrictEqual(checkDocument(workspace, URI).filter((d) => d.severity === 'error'), []);
  });

  it('reads "前条第二项至第九项" in the items of the preceding article (218 has ten, 219 seven)', () => {
    const { units } = resolved(SPC_INTERPRETATION_ART218_219, '前条第二项至第九项');
    assert.deepStrictEqual(units, ['art_218__item_2']);
    // the excerpt's only error is a chapter it leaves out ("本解释第二十四章")
    assert.deepStrictEqual(errors(SPC_INTERPRETATION_ART218_219).filter((message) => !/chapter 24/.test(message)), []);
  });

  it('reads a label typeset "第一百二十四 条采用……" as article 124', () => {
    const { model } = load(SPC_INTERPRETATION_ART123_124);
    assert.deepStrictEqual(model.units.filter((u) => u.citable).map((u) => u.number), ['123', '124']);
    assert.deepStrictEqual(errors(SPC_INTERPRETATION_ART123_124), []);
  });

  it('counts an article\'s paragraphs ("款") by place: "第二款" of article 30 is its second paragraph (written for the test)', () => {
    const text = `${CYBERSECURITY_LAW}\n\n第九十条 违反本法第二十一条第二款规定的，依法处理。\n`;
    const got = resolved(text, '本法第二十一条第二款');
    // article 21 has one paragraph and its items: there is no second
    assert.deepStrictEqual(got.units, ['unresolved']);
    const ok = resolved(`${CYBERSECURITY_LAW}\n\n第九十条 违反本法第二十一条第一款第（二）项规定的，依法处理。\n`, '本法第二十一条第一款第（二）项');
    assert.deepStrictEqual(ok.units, ['art_21__item_2']);
  });
});
