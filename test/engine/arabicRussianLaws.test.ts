// Arabic and Russian laws as users bring them (verbatim excerpts, arabicRussianLawsText.ts): articles numbered
// by Arabic ordinals of several words ("المادة الحادية والعشرون"), labels run into their text after a colon,
// ordinals cited in parentheses; Russian points "1)" and points behind a converter's anchor, "части 2 статьи 7",
// chapters of the code around a one-article file, definition lists "1) термин – …;" and "أ- الوزير: …".
// Each principle has a case where it must not apply.
import * as assert from 'node:assert';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { parseDocument } from '../../server/src/engine/document';
import { readHeading } from '../../server/src/engine/headings';
import { KZ_TAX_CODE_ART3, KZ_TAX_CODE_ART684, SA_COOPERATIVE_INSURANCE } from './arabicRussianLawsText';

const URI = 'file:///workspace/law.md';

function workspaceOf(text: string): Workspace {
  const workspace = new Workspace();
  workspace.set(URI, text);
  return workspace;
}

function errors(text: string): string[] {
  return checkDocument(workspaceOf(text), URI).filter((d) => d.severity === 'error').map((d) => d.message);
}

describe('engine: Arabic laws as users bring them (Saudi, laws.boe.gov.sa as scraped)', () => {
  it('numbers articles by ordinals of several words: 13 "الثالثة عشرة" … 22 "الثانية والعشرون"', () => {
    const model = parseDocument(URI, SA_COOPERATIVE_INSURANCE);
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'article').map((u) => u.number), ['13', '14', '15', '16', '17', '18', '20', '21', '21', '22']);
  });

  it('reads every spelling of an ordinal heading: feminine and masculine, "عشر" and "عشرة", oblique tens, "بعد المائة"', () => {
    const numbers = ['المادة الحادية عشرة', 'المادة الحادي عشر', 'المادة الثانية عشر', 'المادة العشرون', 'المادة الخامسة والعشرون', 'المادة التاسعة والتسعون',
      'المادة المائة', 'المادة الأولى بعد المائة', 'المادة الحادية عشرة بعد المائة', 'الفصل الثالث والثلاثون', 'المادة (4)'].map((text) => readHeading(text)?.number);
    assert.deepStrictEqual(numbers, ['11', '11', '12', '20', '25', '99', '100', '101', '111', '33', '4']);
    // must not: one word less is another number ("المادة الحادية" alone is none; "المادة الثانية" is 2, not 12)
    assert.strictEqual(readHeading('المادة الثانية: التعريفات')?.number, '2');
  });

  it('resolves ordinals cited in parentheses ("المادة ( العشرين )", "المادة (الحادية والعشرين)"), and reports no error', () => {
    const resolved = workspaceOf(SA_COOPERATIVE_INSURANCE).resolved(URI).filter((r) => r.reference.text.startsWith('المادة ('));
    assert.deepStrictEqual(resolved.map((r) => [r.reference.text, r.targets.map((t) => (t.status === 'resolved' ? t.unitId : t.status)).join()]),
      // article 19 is not in the excerpt, which starts at 13: a unit of the whole law around it (said, not reported); "من هذا النظام"
      // ("of this Law", Saudi Arabia's word for a statute) is part of the citation
      [['المادة (التاسعة عشرة) من هذا النظام', 'external'], ['المادة ( العشرين ) من هذا النظام', 'art_20'], ['المادة (الحادية والعشرين)', 'art_21'], ['المادة ( العشرين )', 'art_20']]);
    assert.deepStrictEqual(errors(SA_COOPERATIVE_INSURANCE), []);
  });

  it('reads letter items "أ- …" on the lines of one paragraph, and a definitions list "أ- الوزير: هو …" (written for the test in the law\'s form)', () => {
    const text = ['# نظام خدمة الأفراد', '', '## المادة 2', 'التعريفات: تعني الكلمات والعبارات التالية المعاني المذكورة إلى جانبها:', 'أ- الوزير: هو المختص.', 'ب- الفرد: هو كل عسكري تكون رتبته دون رتبة ضابط.', '',
      '## المادة 4', 'يشترط في تعيين الفرد ما يلي:', 'أ- أن يكون الفرد سعودي الجنسية.', 'ب- أن يكون حسن السيرة والسلوك.', 'ج- أن يكون لائقا طبياً للخدمة العسكرية.', '',
      '## المادة 5', 'تعديلات المادة', 'يقدم المرشح اقرارا بتوفر الشروط المحددة في الفقرتين ب، ج من المادة (4).', ''].join('\n');
    const model = parseDocument(URI, text);
    assert.deepStrictEqual(model.definitions.map((d) => d.term), ['الوزير', 'الفرد']);
    assert.deepStrictEqual(errors(text), []);
    // must not: "تعديلات المادة" ending a line is no citation of an article "أ" on the next
    assert.ok(!workspaceOf(`${text}\n## المادة 6\nتعديلات المادة\nأ- يجوز الجمع بين علاوتين.\n`).resolved(URI).some((r) => /المادة\s+أ/.test(r.reference.text)));
  });
});

describe('engine: articles inserted after another (written for the test in each law\'s form)', () => {
  it('"المادة 14 مكرراً" is article 14 bis, cited with or without the tanwin; article 14 stays article 14', () => {
    const text = ['# نظام', '', '## المادة 14', '', 'نص.', '', '## المادة 14 مكرراً', '', 'تطبق المادة 14 مكرراً والمادة 14 مكرر والمادة 14 من هذا النظام.', ''].join('\n');
    const workspace = workspaceOf(text);
    assert.deepStrictEqual(workspace.get(URI)!.units.filter((u) => u.kind === 'article').map((u) => u.id), ['art_14', 'art_14bis']);
    assert.deepStrictEqual(workspace.resolved(URI).map((r) => r.targets.map((t) => (t.status === 'resolved' ? t.unitId : t.status)).join()), ['art_14bis', 'art_14bis', 'art_14']);
    assert.deepStrictEqual(errors(text), []);
  });

  it('"Статья 15.1" is its own article, cited as "статье 15.1" and "части 2 статьи 15.1"', () => {
    const text = ['# Закон', '', '## Статья 15. Доступ', '', '1. Первое.', '', '## Статья 15.1. Ограничение доступа', '', '1. Второе.', '', '2. Третье.', '', '## Статья 16. Другое', '',
      'Согласно статье 15.1 и части 2 статьи 15.1 настоящего Федерального закона.', ''].join('\n');
    assert.deepStrictEqual(workspaceOf(text).resolved(URI).map((r) => r.targets.map((t) => (t.status === 'resolved' ? t.unitId : t.status)).join()), ['art_15.1', 'art_15.1__para_2']);
  });
});

describe('engine: Russian laws as users bring them (the Tax Code of Kazakhstan, one article per file)', () => {
  it('defines the terms of "Понятия, …:" written "1) термин – определение;", a one-word qualifier between two dashes included', () => {
    const terms = parseDocument(URI, KZ_TAX_CODE_ART3).definitions.map((d) => d.term);
    assert.deepStrictEqual(terms, ['организация органа Международного финансового центра "Астана"', 'банковская организация', 'юридическое лицо – нерезидент',
      'организация, наделенная функциями по реализации ограниченного в распоряжении (заложенного) имущества', 'юридическое лицо, ранее являвшееся банком',
      'лицо, занимающееся частной практикой', 'физическое лицо']);
  });

  it('reads the points behind the converter\'s anchors (\'<a id="p-1"></a>1. …\') and the sub-points "1)"', () => {
    const model = parseDocument(URI, KZ_TAX_CODE_ART684);
    assert.deepStrictEqual(model.units.filter((u) => u.parent?.id === 'art_684' && u.kind === 'paragraph').map((u) => u.number), ['1', '2', '3', '4', '5']);
    assert.ok(model.units.some((u) => u.kind === 'subparagraph' && u.parent?.kind === 'paragraph'), model.units.map((u) => u.id).join(' '));
  });

  it('"главы 10 настоящего Кодекса" in the file of article 684 is the code\'s chapter around it (a note), not an error', () => {
    assert.deepStrictEqual(errors(KZ_TAX_CODE_ART684), []);
    const chapter = workspaceOf(KZ_TAX_CODE_ART684).resolved(URI).find((r) => r.reference.text.startsWith('главы 10'));
    assert.strictEqual(chapter?.targets[0].status, 'external');
  });

  it('reads "части 2 статьи 7" as the second numbered paragraph of article 7 (written for the test)', () => {
    const text = ['# Закон', '', '## Статья 7. Доступ', '', '1. Первое.', '', '2. Второе:', '', '1) подпункт;', '', '2) другой.', '', '## Статья 8. Ответственность', '',
      'Нарушение части 2 статьи 7 и подпункта 2 пункта 2 статьи 7 настоящего Закона влечет ответственность.', ''].join('\n');
    const targets = workspaceOf(text).resolved(URI).map((r) => r.targets.map((t) => (t.status === 'resolved' ? t.unitId : t.status)).join());
    assert.deepStrictEqual(targets, ['art_7__para_2', 'art_7__para_2__subpara_2']);
    // must not: "части 3 статьи 7" (there is none) is still reported
    assert.strictEqual(errors(text.replace('части 2 статьи 7', 'части 3 статьи 7')).length, 1);
  });
});
