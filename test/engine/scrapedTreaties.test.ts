// Treaties as scrapes and re-editions give them (scrapedTreatiesText.ts): the UN Charter with its paragraph numbers lost, and the
// EU Constitutional Treaty numbering its articles "3-349".
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { edited } from '../helpers/workspace';
import { EU_CONSTITUTION_ARTICLES_3_347_TO_349, UN_CHARTER_SCRAPED_AR, UN_CHARTER_SCRAPED_EN } from './scrapedTreatiesText';

const treaty = oneDocument('treaty.md', '');
const broken = treaty.broken;
const resolvedOf = (text: string, cited: string) => treaty.citation(text, cited, true);

describe('engine: treaties as scrapes and re-editions give them', () => {
  it('the UN Charter scraped without its paragraph numbers: "paragraph 1 (b) above" cannot be checked, "paragraph 5 of that Declaration" is the Declaration\'s', () => {
    assert.deepStrictEqual(broken(UN_CHARTER_SCRAPED_EN), []);
    const lines = resolvedOf(UN_CHARTER_SCRAPED_EN, 'paragraph 1 (b) above');
    assert.strictEqual(lines?.targets[0].status, 'external');
    assert.match(lines?.targets[0].reason ?? '', /article 13 numbers none of its parts in this copy/);
    assert.match(resolvedOf(UN_CHARTER_SCRAPED_EN, 'paragraph 5')?.targets[0].reason ?? '', /that Declaration/);
    // must not: an article whose paragraphs are numbered still reports a part it lacks
    const numbered = edited(UN_CHARTER_SCRAPED_EN, 'Article 13\nThe General Assembly shall initiate studies and make recommendations for the purpose of:\npromoting',
      'Article 13\n1. The General Assembly shall initiate studies and make recommendations for the purpose of:\n\n(a) promoting');
    assert.ok(broken(numbered).some((message) => /\(b\)/.test(message)), broken(numbered).join('\n'));
  });

  it('the UN Charter in Arabic: "الفصول السادس والسابع والثامن والثاني عشر" are four chapters, "الفصل الثامـن" (a tatweel drawn in) among them; "الفقرة 5 من ذلك التصريح" is the Declaration\'s', () => {
    assert.deepStrictEqual(broken(UN_CHARTER_SCRAPED_AR), []);
    const chapters = resolvedOf(UN_CHARTER_SCRAPED_AR, 'الفصول السادس والسابع');
    assert.deepStrictEqual(chapters.reference.targets.map((target) => target.path.map((step) => `${step.kind} ${step.number}`).join(' / ')), ['chapter 6', 'chapter 7', 'chapter 8', 'chapter 12']);
    assert.deepStrictEqual(chapters.targets.map((target) => target.status), ['resolved', 'resolved', 'resolved', 'resolved']);
    assert.match(resolvedOf(UN_CHARTER_SCRAPED_AR, 'الفقرة 5')?.targets[0].reason ?? '', /من ذلك التصريح/);
    // must not: a chapter the Charter lacks is still reported
    const missing = edited(UN_CHARTER_SCRAPED_AR, 'مبينة في الفصول السادس والسابع والثامن والثاني عشر', 'مبينة في الفصول السادس والسابع والثامن والعشرين');
    assert.ok(broken(missing).some((message) => /chapter 28/.test(message)), broken(missing).join('\n'));
  });

  it('"in accordance with Article 3-349" where the articles are numbered "3-347" to "3-349" is that article, not the range from 3 to 349', () => {
    // (its "Article I-28(4)" cites Part I, numbered "I-28" there, which this copy does not hold: not asserted here)
    assert.deepStrictEqual(broken(EU_CONSTITUTION_ARTICLES_3_347_TO_349).filter((message) => message.includes('Article 3-')), []);
    const retired = resolvedOf(EU_CONSTITUTION_ARTICLES_3_347_TO_349, 'Article 3-349');
    assert.strictEqual(retired?.targets[0].status, 'resolved');
    assert.strictEqual(retired?.targets[0].unitId, treaty.read(EU_CONSTITUTION_ARTICLES_3_347_TO_349).model.units.find((unit) => unit.number === '3-349')?.id);
    // must not: a number no article bears is still reported
    const missing = edited(EU_CONSTITUTION_ARTICLES_3_347_TO_349, 'in accordance with Article 3-349', 'in accordance with Article 3-399');
    assert.ok(broken(missing).some((message) => message.includes('"Article 3-399"')), broken(missing).join('\n'));
  });
});
