// Korea's laws as users bring them (verbatim excerpts, koreaLawsText.ts): law.go.kr's texts as legalize-kr converts them to markdown
// ("##### 제1조 (목적)", "**①**" paragraphs, an item a line "  1\. …", a sub-item "    가\. …", "## 부칙" then "부칙 <제19563호,2023.7.18>").
// An article's paragraphs are "항", their items "호", those's sub-items "목"; citations run "제2조제1항제3호가목", "제434조의2",
// "제1항부터 제5항까지", "같은 조 제15호", "이 법"; another act is named in "「」" or by a word ending in its noun ("기본법 제3조"); the
// supplementary provisions cite the act as it read when they were made and the acts they amend. Each principle has a case where it must
// not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { guessLanguage } from '../../server/src/engine/language';
import { tablesFor } from '../../server/src/engine/references/grammar';
import type { ResolvedReference } from '../../server/src/engine/resolve';
import { LAW_URI, citationOn, citations, readLaw, reasons } from '../helpers/lawCitations';
import { ARBITRATION_ACT_1_8 } from './japanLawsText';
import {
  AEROSPACE_RULES_12_14, DEFAULTED_RENTAL_HOUSING_ACT_1, GEUM_RIVER_ACT_SUPPLEMENTARY, POLITICAL_PARTIES_ACT_21, DEFENSE_TECHNOLOGY_DECREE_1_2, ELECTRONIC_DOCUMENTS_ACT_31_2_31_9, FIREFIGHTERS_ACT_33, MILITARY_ACCIDENT_COMPENSATION_ACT_16,
  LIVESTOCK_DISEASES_DECREE_11_2, POLITICAL_PARTIES_ACT_35_57, RURAL_SPECIAL_TAX_ACT_2_5, SHIP_OFFICERS_RULES_2, STALKING_ACT_21,
  STALKING_DECREE_1_2_4, URBAN_RENEWAL_ACT_1_2, VIRTUAL_ASSET_USERS_ACT, VIRTUAL_ASSET_USERS_DECREE, YOUTH_FRAMEWORK_ACT_28_2,
} from './koreaLawsText';
import { uriOf, workspaceOf } from '../helpers/workspace';

const URI = LAW_URI;
const read = readLaw;
const diagnostics = (text: string) => checkDocument(read(text).workspace, URI);

describe("engine: Korea's laws as users bring them", () => {
  it('reads a text of Korean syllables as Korean, with its own table (tried on no other text)', () => {
    assert.strictEqual(guessLanguage(VIRTUAL_ASSET_USERS_ACT), 'ko');
    assert.strictEqual(read(VIRTUAL_ASSET_USERS_ACT).model.language, 'ko');
    assert.deepStrictEqual(tablesFor('ko').map((t) => t.code), ['ko']);
    // must not: a text of no known language is not tried with it, and a Japanese text stays Japanese
    assert.ok(!tablesFor(undefined).some((t) => t.code === 'ko'));
    assert.strictEqual(guessLanguage(ARBITRATION_ACT_1_8), 'ja');
  });

  it('reads "##### 제5조 (…)" as article 5 titled, "**①**" as its paragraphs, "  1\\." lines as items and "    가\\." lines as sub-items', () => {
    const { model } = read(VIRTUAL_ASSET_USERS_ACT);
    const articles = model.units.filter((u) => u.kind === 'article' && u.parent?.kind !== 'annex');
    assert.deepStrictEqual(articles.map((u) => u.number), Array.from({ length: 22 }, (_, i) => String(i + 1)));
    assert.strictEqual(articles[0].title, '목적');
    const byId = (id: string) => model.units.find((u) => u.id === id);
    assert.deepStrictEqual(byId('art_5')?.children.map((u) => u.id), ['art_5__para_1', 'art_5__para_2']);
    assert.deepStrictEqual(byId('art_6__para_4')?.children.map((u) => u.id), ['art_6__para_4__subpara_1', 'art_6__para_4__subpara_2', 'art_6__para_4__subpara_3']);
    // (an article without numbered paragraphs: its items under it, "제2조제1호")
    assert.deepStrictEqual(byId('art_2')?.children.filter((u) => u.kind === 'subparagraph').map((u) => u.number), ['1', '2', '3', '4']);
    assert.deepStrictEqual(byId('art_2__subpara_1')?.children.map((u) => u.number), ['가', '나', '다', '라', '마', '바', '사', '아']);
    // must not: "제1조(시행일) 이 법은 …" in the supplementary provisions is an article of theirs, not the act's
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'article' && u.parent?.kind === 'annex').map((u) => `${u.parent!.label} ${u.number}`).slice(0, 2),
      ['부칙 <제19563호,2023.7.18> 1', '부칙 <제19563호,2023.7.18> 2']);
  });

  it('reads a sub-item\'s points " 1)" as its own, the sub-items after them going on ("나\\." … " 1)" … "    다\\.")', () => {
    const { model } = read(URBAN_RENEWAL_ACT_1_2);
    const byId = (id: string) => model.units.find((u) => u.id === id);
    assert.deepStrictEqual(byId('art_2__subpara_2')?.children.map((u) => u.number), ['가', '나', '다']);
    assert.deepStrictEqual(byId('art_2__subpara_2__item_나')?.children.map((u) => `${u.kind} ${u.number}`), ['clause 1', 'clause 2']);
    // must not: the points reset nothing: article 2 has its items 1 to 10 and more, not two
    assert.ok((byId('art_2')?.children.filter((u) => u.kind === 'subparagraph').length ?? 0) >= 10);
    assert.deepStrictEqual(citationOn(URBAN_RENEWAL_ACT_1_2, '제10호', 29).units, ['art_2__subpara_10']);
  });

  it('resolves "제10조제1항", "제10조제1항부터 제4항까지", "제13조부터 제15조까지" to this act\'s units', () => {
    assert.deepStrictEqual(citationOn(VIRTUAL_ASSET_USERS_ACT, '제10조제1항', 244).units, ['art_10__para_1']);
    const range = citationOn(VIRTUAL_ASSET_USERS_ACT, '제10조제1항부터 제4항', 224);
    assert.deepStrictEqual(range.units, ['art_10__para_1']);
    assert.strictEqual(range.reference.reference.targets[0].through?.map((s) => `${s.kind} ${s.number}`).join(' / '), 'article 10 / paragraph 4');
    assert.deepStrictEqual(citationOn(VIRTUAL_ASSET_USERS_ACT, '제13조부터 제15조', 286).units, ['art_13']);
    // must not: "법률 제19470호 공직자윤리법" numbers an act, no item 19470
    assert.ok(!read(VIRTUAL_ASSET_USERS_ACT).model.references.some((r) => r.text.includes('제19470호')));
  });

  it('reads an act named in "「」" and "같은 조" after it as that act\'s, not checked here', () => {
    const named = citationOn(VIRTUAL_ASSET_USERS_ACT, '「전자금융거래법」 제2조제14호', 33).reference;
    assert.deepStrictEqual(named.reference.anchor.kind === 'instrument' ? named.reference.anchor.name : undefined, '전자금융거래법');
    assert.deepStrictEqual(named.targets.map((t) => t.status), ['external']);
    const same = citationOn(VIRTUAL_ASSET_USERS_ACT, '같은 조 제15호', 33).reference;
    assert.deepStrictEqual(same.targets.map((t) => t.status), ['external']);
    // must not: this act's article 2, item 14 does not exist, and no error says so
    assert.ok(!diagnostics(VIRTUAL_ASSET_USERS_ACT).some((d) => d.severity === 'error'));
  });

  it('leaves the supplementary provisions\' citations unchecked, saying why; the main provisions\' are checked', () => {
    const { workspace, model } = read(VIRTUAL_ASSET_USERS_ACT);
    const lineOf = (r: ResolvedReference) => model.text.slice(0, r.reference.span.start).split('\n').length;
    const inSupplementary = workspace.resolved(URI).filter((r) => lineOf(r) > 293);
    assert.ok(inSupplementary.length >= 10, `${inSupplementary.length}`);
    for (const r of inSupplementary) assert.ok(r.targets.every((t) => t.status === 'external'), r.reference.text);
    assert.match(reasons(citationOn(VIRTUAL_ASSET_USERS_ACT, '제6조의5제1항 전단', 304).reference)[0], /supplementary provisions \(“부칙 <제19563호,2023\.7\.18>”\)/);
    // must not: the main provisions' citations are resolved
    assert.ok(workspace.resolved(URI).filter((r) => lineOf(r) < 293 && r.targets.some((t) => t.status === 'resolved')).length >= 20);
  });

  it('reports a citation of a paragraph the article does not have ("제31조의9제6항": article 31-9 has five)', () => {
    const found = diagnostics(ELECTRONIC_DOCUMENTS_ACT_31_2_31_9).filter((d) => d.severity === 'error');
    assert.deepStrictEqual(found.map((d) => d.message), ['"제31조의9제6항": article 31-9 has no paragraph 6: it has 5 paragraphs (①–⑤).']);
    // must not: article 31-9 itself, and its paragraph 5, are there
    assert.ok(read(ELECTRONIC_DOCUMENTS_ACT_31_2_31_9).model.units.some((u) => u.id === 'art_31-9__para_5'));
  });

  it('reads "제35조(정기보고)제1항 내지 제3항": the article\'s caption between its number and its paragraph\'s, "내지" a range', () => {
    const cited = citations(POLITICAL_PARTIES_ACT_35_57, '제35조(정기보고)제1항 내지 제3항');
    assert.strictEqual(cited.length, 1);
    assert.deepStrictEqual(cited[0].units, ['art_35__para_1']);
    assert.strictEqual(cited[0].reference.reference.targets[0].through?.map((s) => s.number).join('/'), '35/3');
    // must not: no error for paragraph 3 read as article 57's
    assert.ok(!diagnostics(POLITICAL_PARTIES_ACT_35_57).some((d) => d.message.includes('article 57 has no paragraph')));
  });

  it('reads an article excepted in a bracket after another act\'s chapters as that act\'s ("「형법」 제28장ㆍ제40장(제360조는 제외한다)")', () => {
    const excepted = citationOn(YOUTH_FRAMEWORK_ACT_28_2, '제360조', 25).reference;
    assert.deepStrictEqual(excepted.reference.anchor.kind === 'instrument' ? excepted.reference.anchor.name : undefined, '형법');
    // must not: "제1호 및 제2호" on the same line is this act's own
    assert.deepStrictEqual(citationOn(YOUTH_FRAMEWORK_ACT_28_2, '제1호 및 제2호', 25).units, ['art_28-2__para_2__subpara_1', 'art_28-2__para_2__subpara_2']);
  });

  it('leaves another act\'s words quoted to be read otherwise unchecked ("… 중 "제40조ㆍ제40조의2 및 제41조"는 "이 법 제14조 …"로 … 본다")', () => {
    const quoted = citationOn(FIREFIGHTERS_ACT_33, '제40조ㆍ제40조의2 및 제41조', 25).reference;
    assert.ok(reasons(quoted).every((reason) => /words quoted/.test(reason)), reasons(quoted).join(' | '));
    // must not: the act cited before the quotation is still named
    const act = citationOn(FIREFIGHTERS_ACT_33, '「국가공무원법」 제73조의4제2항', 25).reference;
    assert.deepStrictEqual(act.reference.anchor.kind === 'instrument' ? act.reference.anchor.name : undefined, '국가공무원법');
    assert.ok(!diagnostics(FIREFIGHTERS_ACT_33).some((d) => d.severity === 'error'));
  });

  it('reads a list going on after another act\'s citation as that act\'s ("「군인복지기금법」 제4조의2에 따른 대부금 및 제4조의3")', () => {
    const listed = citationOn(MILITARY_ACCIDENT_COMPENSATION_ACT_16, '제4조의3', 29).reference;
    assert.deepStrictEqual(listed.reference.anchor.kind === 'instrument' ? listed.reference.anchor.name : undefined, '군인복지기금법');
    // must not: "제15조" on its own line is this act's
    assert.deepStrictEqual(citations(MILITARY_ACCIDENT_COMPENSATION_ACT_16, '제15조').map((c) => c.reference.reference.anchor.kind), ['none']);
  });

  it('reads a decree\'s citations of its act ("「방위산업기술 보호법」(이하 "법"이라 한다) 제2조제3호가목", "법 제…") as the act\'s', () => {
    const named = citationOn(DEFENSE_TECHNOLOGY_DECREE_1_2, '「방위산업기술 보호법」(이하 "법"이라 한다) 제2조제3호가목', 28).reference;
    assert.deepStrictEqual(named.reference.anchor.kind === 'instrument' ? named.reference.anchor.name : undefined, '방위산업기술 보호법');
    assert.deepStrictEqual(named.targets.map((t) => t.status), ['external']);
    // (an aside on the act's name between: "「임대주택법」(법률 제13499호로 개정되기 전의 것을 말한다. 이하 같다) 제2조제7호")
    const aside = citations(DEFAULTED_RENTAL_HOUSING_ACT_1, '「임대주택법」(법률 제13499호로 개정되기 전의 것을 말한다. 이하 같다) 제2조제7호');
    assert.deepStrictEqual(aside.map((c) => c.units), [['external']]);
    assert.deepStrictEqual(citations(DEFAULTED_RENTAL_HOUSING_ACT_1, '이 법').map((c) => c.reference.reference.anchor.kind), ['this']);
    // ("법 제2조제3호나목": the act by the short name the decree gave it)
    const short = citationOn(DEFENSE_TECHNOLOGY_DECREE_1_2, '법 제2조제3호나목', 33).reference;
    assert.deepStrictEqual(short.reference.anchor.kind === 'instrument' ? short.reference.anchor.name : undefined, '법');
    // must not: "이 영" (this decree) is the decree itself, and nothing is reported
    assert.deepStrictEqual(citationOn(DEFENSE_TECHNOLOGY_DECREE_1_2, '이 영', 25).reference.reference.anchor.kind, 'this');
    assert.ok(!diagnostics(DEFENSE_TECHNOLOGY_DECREE_1_2).some((d) => d.severity === 'error'));
  });

  it('reads "삭제 <2008.3.21>" as a repealed article, whose citation is no error', () => {
    const cited = citationOn(AEROSPACE_RULES_12_14, '제12조제3항', 133).reference;
    assert.deepStrictEqual(cited.targets.map((t) => t.status), ['external']);
    assert.match(reasons(cited)[0], /삭제/);
    assert.ok(!diagnostics(AEROSPACE_RULES_12_14).some((d) => d.severity === 'error'));
  });

  it('leaves items a paragraph sets out as a table\'s rows unchecked, saying why ("제5조제1항제1호", "│호별│과세표준│세율│")', () => {
    const tabled = citationOn(RURAL_SPECIAL_TAX_ACT_2_5, '제5조제1항제1호', 27).reference;
    assert.deepStrictEqual(tabled.targets.map((t) => t.status), ['external']);
    assert.match(reasons(tabled)[0], /sets out its parts in a table/);
    // must not: article 5 and its paragraph 1 are there, and a paragraph it does not have is still reported
    assert.ok(read(RURAL_SPECIAL_TAX_ACT_2_5).model.units.some((u) => u.id === 'art_5__para_1'));
    assert.deepStrictEqual(diagnostics(RURAL_SPECIAL_TAX_ACT_2_5.replace('제5조제1항제1호에 따른', '제5조제9항에 따른')).filter((d) => d.severity === 'error').map((d) => d.message),
      ['"제5조제9항": article 5 has no paragraph 9: it has 5 paragraphs (①–⑤).']);
  });

  it('leaves a table\'s notes and rows unchecked ("영 별표 3 제1호의 비고 제7호", "같은 표 제2호의 비고 제5호")', () => {
    for (const cited of ['제7호', '제2호', '제5호']) assert.deepStrictEqual(citationOn(SHIP_OFFICERS_RULES_2, cited, 190).units, ['external'], cited);
    // must not: "제1항" a line below is the rule's own paragraph
    assert.deepStrictEqual(citationOn(SHIP_OFFICERS_RULES_2, '제1항', 192).units, ['art_2__para_1']);
  });

  it('takes the id, the title and the kind of a document from legalize-kr\'s Korean front matter ("법령ID", "제목", "법령구분")', () => {
    const { model } = read(VIRTUAL_ASSET_USERS_ACT);
    assert.deepStrictEqual([model.frontMatter.id, model.title, model.type], ['014474', '가상자산 이용자 보호 등에 관한 법률', 'law']);
    assert.ok(!diagnostics(VIRTUAL_ASSET_USERS_ACT).some((d) => d.code.startsWith('front-matter')));
    // must not: a front matter with no such keys still says so
    assert.ok(diagnostics('---\n출처: https://www.law.go.kr\n---\n\n##### 제1조 (목적)\n\n이 법은 …\n').some((d) => d.code === 'front-matter-missing-id'));
  });

  it('resolves a decree\'s citations of its act into the act when both are in the workspace: "법 제6조제1항" by the short name the decree gave it', () => {
    const workspace = workspaceOf({ 'act.md': VIRTUAL_ASSET_USERS_ACT, 'decree.md': VIRTUAL_ASSET_USERS_DECREE });
    const decree = uriOf('decree.md');
    const text = workspace.get(decree)!.text;
    const onLine = (cited: string, line: number) => workspace.resolved(decree).filter((r) => r.reference.text === cited && text.slice(0, r.reference.span.start).split('\n').length === line);
    const act = onLine('법 제6조제1항', 124);
    assert.deepStrictEqual(act.map((r) => r.targets.map((t) => `${t.documentId} ${t.unitId}`)), [['014474 art_6__para_1']]);
    assert.ok(workspace.resolved(decree).filter((r) => r.targets.some((t) => t.documentId === '014474')).length >= 50);
    assert.ok(!checkDocument(workspace, decree).some((d) => d.severity === 'error'));
    // must not: the decree's own "제1항" on the same line is the decree's
    assert.deepStrictEqual(onLine('제1항 각 호', 124).map((r) => r.targets.map((t) => `${t.documentId} ${t.unitId}`)), [['014682 art_8__para_1']]);
  });

  it('reads a repealed article of another document as repealed ("법 제21조제1항 및 제2항" of an act whose article 21 is "삭제")', () => {
    const workspace = workspaceOf({ 'act.md': STALKING_ACT_21, 'decree.md': STALKING_DECREE_1_2_4 });
    const decree = uriOf('decree.md');
    const cited = workspace.resolved(decree).find((r) => r.reference.text === '법 제21조제1항 및 제2항')!;
    assert.match(reasons(cited)[1], /article 21 is repealed \("삭제 <2023\.7\.11>"\)/);
    assert.ok(!checkDocument(workspace, decree).some((d) => d.severity === 'error'));
  });

  it('reads "같은 법" as the last act named, past citations of this text\'s own units ("「축산법」 …, 제1항 각 호 …, 같은 법 제22조제6항제2호")', () => {
    const same = citationOn(LIVESTOCK_DISEASES_DECREE_11_2, '같은 법 제22조제6항제2호', 50).reference;
    assert.deepStrictEqual(same.reference.anchor.kind === 'instrument' ? same.reference.anchor.name : undefined, '축산법');
    assert.deepStrictEqual(citationOn(LIVESTOCK_DISEASES_DECREE_11_2, '같은 법 제2조제8호의2', 50).units, ['external']);
    // must not: "제1항 각 호" between them is this decree's own
    assert.deepStrictEqual(citationOn(LIVESTOCK_DISEASES_DECREE_11_2, '제1항 각 호', 50).units, ['art_11-2__para_1']);
  });

  it('reads sub-items named alone as the item\'s around the citation ("마\\. 가목 및 나목의 행위를 중개ㆍ알선하거나 …")', () => {
    assert.deepStrictEqual(citationOn(VIRTUAL_ASSET_USERS_ACT, '가목 및 나목', 44).units, ['art_2__subpara_2__item_가', 'art_2__subpara_2__item_나']);
    // must not: "목적" (a purpose) after a syllable that letters sub-items is no sub-item's noun ("…확립하는 것을 목적으로 한다")
    assert.ok(!read(VIRTUAL_ASSET_USERS_ACT).model.references.some((r) => /^[가-하]목적/u.test(r.text)));
    assert.deepStrictEqual(read('---\n제목: 시험법\n---\n\n##### 제1조 (목적)\n\n이 법은 국민의 다목적 이용을 목적으로 한다.\n').model.references.map((r) => r.text), ['이 법']);
  });

  it('reads a text cut off anywhere in a citation without throwing ("…가", "…가목", "…「", "…같은 ")', () => {
    const cut = VIRTUAL_ASSET_USERS_ACT.slice(0, VIRTUAL_ASSET_USERS_ACT.indexOf('가목 및 나목'));
    for (const end of ['가', '가목', '가목 및', '제', '제1', '「', '"', '같은 ', '같은 법', '이', '전']) {
      assert.doesNotThrow(() => {
        const { workspace } = read(cut + end);
        checkDocument(workspace, URI);
        workspace.termUses(URI);
      }, end);
    }
  });

  it('reads articles as law.go.kr sets out a text, labels run in ("제1조 (시행일) 이 법은 …", "②제1항의 …"), each "부칙 <…>" a set of its own', () => {
    const { model } = read(GEUM_RIVER_ACT_SUPPLEMENTARY);
    const articlesOf = (annex: string) => model.units.filter((u) => u.kind === 'article' && u.parent?.id === annex).map((u) => `${u.number} ${u.title}`);
    assert.deepStrictEqual(articlesOf('annex_dup2').slice(0, 3), ['1 시행일', '2 수변구역의 행위제한에 따른 경과조치', '3 상수원보호구역지정에 관한 경과조치']);
    assert.deepStrictEqual(articlesOf('annex_dup3').map((a) => a.split(' ')[0]), ['1', '25']);
    assert.deepStrictEqual(model.units.filter((u) => u.id.startsWith('annex_dup2__art_2__para_')).filter((u) => u.kind === 'paragraph').map((u) => u.number), ['1', '2']);
    assert.ok(!diagnostics(GEUM_RIVER_ACT_SUPPLEMENTARY).some((d) => d.code === 'duplicate-unit'));
    // must not: "제19조(합당)의 규정에 의한 …" opening a paragraph cites article 19, as older laws cite with its caption: no article
    const parties = read(POLITICAL_PARTIES_ACT_21).model;
    assert.deepStrictEqual(parties.units.filter((u) => u.kind === 'article').map((u) => u.number), ['19', '21']);
    assert.deepStrictEqual(citationOn(POLITICAL_PARTIES_ACT_21, '제19조', 30).units, ['art_19']);
  });

  it('defines ""가상자산"이란 … 말한다" and "(이하 "매매"라 한다)", and finds a term\'s uses with particles written onto it', () => {
    const { workspace, model } = read(VIRTUAL_ASSET_USERS_ACT);
    const terms = model.definitions.map((d) => d.term);
    for (const term of ['가상자산', '가상자산사업자', '이용자', '가상자산시장', '매매', '관리기관']) assert.ok(terms.includes(term), term);
    // (uses: "가상자산을", "가상자산의", each a use of the term, not of a longer word)
    const uses = workspace.termUses(URI).filter((use) => model.text.slice(use.span.start, use.span.end) === '가상자산');
    assert.ok(uses.length >= 20, `${uses.length}`);
    // must not: the supplementary provisions' new words of another act ("3. "가상자산"이란 …") define nothing here
    assert.strictEqual(terms.filter((term) => term === '가상자산').length, 1);
    // must not: "가상자산사업자" is a use of its own term, not of "가상자산" and "사업자"
    assert.ok(!workspace.termUses(URI).some((use) => model.text.slice(use.span.start, use.span.end) === '가상자산' && model.text.slice(use.span.end, use.span.end + 3) === '사업자'));
  });
});
