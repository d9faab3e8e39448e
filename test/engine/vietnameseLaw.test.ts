// A Vietnamese law as a user brings it: plain text from thuvienphapluat.vn, imported (treaty-lens import), then checked. Vietnam's
// laws cite the inner unit first and the outer after it with no of-word ("điểm a khoản 1 Điều 10"), write "this" after its noun
// ("khoản 1 Điều này", "Luật này") and letter their points in the Vietnamese alphabet ("d) đ) e) g) h) i) k)").
import * as assert from 'node:assert';
import { importText } from '../../server/src/cli/importText';
import { guessLanguage } from '../../server/src/engine/language';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { oneDocument } from '../helpers/oneDocument';
import { edited } from '../helpers/workspace';
import { VN_LAW_ON_GUARD_2017 } from './vietnameseLawText';

const law = oneDocument('law.md', '');
const paths = (text: string) => parseReferences(text, { language: 'vi' }).map((r) => [r.text, r.targets.map((t) => t.path.map((s) => `${s.kind} ${s.number}`).join(' / ')), r.anchor.kind]);

describe('engine: a Vietnamese law (thuvienphapluat.vn as plain text, imported)', () => {
  const markdown = importText(VN_LAW_ON_GUARD_2017).markdown;

  it('is read as Vietnamese, its articles "Điều 10. Đối tượng cảnh vệ" are headings, its points "đ)" and "g)" follow "d)" and "e)"', () => {
    assert.strictEqual(guessLanguage(VN_LAW_ON_GUARD_2017), 'vi');
    const units = law.unitIds(markdown);
    for (const id of ['art_10', 'art_10__para_1__subpara_đ', 'art_10__para_1__subpara_g', 'art_10__para_1__subpara_h', 'art_20']) assert.ok(units.includes(id), `${id} among ${units.filter((u) => u.startsWith('art_10_')).join(' ')}`);
  });

  it('reads "khoản 2 Điều 10 của Luật này", "các điểm a, b, c, đ, e và h khoản 1 Điều này", and a list of citations parted by commas', () => {
    assert.deepStrictEqual(paths('quy định tại khoản 2 Điều 10 của Luật này, các điểm a, b, c, đ, e và h khoản 1 Điều này, điểm a khoản 1 Điều 10, khoản 1 Điều này'), [
      ['khoản 2 Điều 10 của Luật này', ['article 10 / paragraph 2'], 'this'],
      ['các điểm a, b, c, đ, e và h khoản 1 Điều này', ['paragraph 1 / point a', 'paragraph 1 / point b', 'paragraph 1 / point c', 'paragraph 1 / point đ', 'paragraph 1 / point e', 'paragraph 1 / point h'], 'this'],
      ['điểm a khoản 1 Điều 10', ['article 10 / paragraph 1 / point a'], 'none'],
      ['khoản 1 Điều này', ['paragraph 1'], 'this'],
    ]);
  });

  it('"các điều từ Điều 33 đến Điều 46 và từ Điều 59 đến Điều 64 của Luật này": after "từ" (from), a range whose end names "Điều" again', () => {
    // (the Law on Marriage and Family 2014, article 28(2), as undertheseanlp/underthesea gives it: e0be4fc0,
    // extensions/datasets/CP_Vietnamese-VLC/output/raw/Luat-Hon-nhan-va-gia-dinh-2014-238640.txt, line 147)
    const sentence = 'Chế độ tài sản của vợ chồng theo luật định được thực hiện theo quy định tại các điều từ Điều 33 đến Điều 46 và từ Điều 59 đến Điều 64 của Luật này.';
    const ranges = parseReferences(sentence, { language: 'vi' }).map((r) => r.targets.map((t) => `${t.path.map((s) => `${s.kind} ${s.number}`).join(' / ')} – ${(t.through ?? []).map((s) => `${s.kind} ${s.number}`).join(' / ')}`));
    assert.deepStrictEqual(ranges, [['article 33 – article 46'], ['article 59 – article 64']]);
    // must not: with no word that opens the range, "Điều 33 đến Điều 46" is two citations
    assert.strictEqual(parseReferences(sentence.replace('từ Điều 33', 'Điều 33'), { language: 'vi' }).filter((r) => r.targets.some((t) => t.through)).length, 1);
  });

  it('reports no error in the whole law, and resolves its citations of points in this article', () => {
    assert.deepStrictEqual(law.broken(markdown), []);
    const cited = law.citation(markdown, 'các điểm a, b, c, đ, e và h khoản 1 Điều này');
    assert.deepStrictEqual(cited.targets.map((target) => target.unitId), ['a', 'b', 'c', 'đ', 'e', 'h'].map((letter) => `art_20__para_1__subpara_${letter}`));
    // must not: a point the clause does not have is reported ("k": its points run to "h")
    const missing = edited(markdown, 'các điểm a, b, c, đ, e và h khoản 1 Điều này', 'các điểm a, b, c, đ, e và k khoản 1 Điều này');
    assert.ok(law.broken(missing).some((message) => /no point \(k\)/.test(message)), law.broken(missing).join('\n'));
  });
});
