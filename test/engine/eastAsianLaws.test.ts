// Korean and Japanese laws as converters give them (verbatim, eastAsianLawsText.ts): paragraphs numbered by circled digits
// ("**①**") hold their items, and a Japanese text is never read with the Chinese table.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { guessLanguage } from '../../server/src/engine/language';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { JP_WELFARE_VOLUNTEERS_ACT, KR_MINOR_OFFENCES_ARTICLE_3 } from './eastAsianLawsText';

const URI = uriOf('law.md');
const read = (text: string) => workspaceOf({ 'law.md': text });
const diagnostics = (text: string, code: string) => checkDocument(read(text), URI).filter((d) => d.code === code).map((d) => d.message);

describe('engine: Korean and Japanese laws as converters give them', () => {
  it('"**①** …" then "1\\. …", "**②** …" then "1\\. …" again: paragraphs by circled digits, each with its own items, no duplicates', () => {
    assert.deepStrictEqual(diagnostics(KR_MINOR_OFFENCES_ARTICLE_3, 'duplicate-unit'), []);
    const ids = read(KR_MINOR_OFFENCES_ARTICLE_3).get(URI)!.units.map((unit) => unit.id);
    // (the article read since Korean has its table: its paragraphs' items are "호", subparagraphs, koreaLaws.test.ts)
    assert.deepStrictEqual(ids.filter((id) => /^art_3__para_\d+$/.test(id)), ['art_3__para_1', 'art_3__para_2', 'art_3__para_3']);
    for (const id of ['art_3__para_1__subpara_1', 'art_3__para_2__subpara_1', 'art_3__para_3__subpara_1']) assert.ok(ids.includes(id), ids.join(' '));
    // must not: without the circled digits the items are one list of the article's, whose numbers do repeat
    const uncircled = KR_MINOR_OFFENCES_ARTICLE_3.replace(/\*\*[①②③]\*\* /g, '');
    assert.ok(read(uncircled).get(URI)!.units.some((unit) => unit.id === 'art_3__subpara_1_dup2'));
  });

  it('a Japanese law (kanji with kana) is Japanese, not Chinese: "民生委員法第十九条" is not read as this text\'s article 19', () => {
    assert.strictEqual(guessLanguage(JP_WELFARE_VOLUNTEERS_ACT), 'ja');
    assert.deepStrictEqual(diagnostics(JP_WELFARE_VOLUNTEERS_ACT, 'broken-reference'), []);
    // must not: a Chinese text with a katakana middle dot or a name in kana is still Chinese
    assert.strictEqual(guessLanguage('第一条　为了保障网络安全，维护网络空间主权和国家安全、社会公共利益，保护公民、法人和其他组织的合法权益，促进经济社会信息化健康发展，制定本法。（タナカ）'), 'zh');
  });
});
