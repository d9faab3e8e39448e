// The unit tree: which articles, sections and paragraphs a reader sees, with the ids citations use.
import * as assert from 'node:assert';
import { parseDocument } from '../../server/src/engine/document';
import type { Unit } from '../../server/src/engine/model';
import { corpusDoc, joinLines, unitOf } from '../helpers/workspace';

function parse(text: string) {
  return parseDocument('file:///workspace/doc.md', text);
}

/** Headings read independently of the engine, straight from the markdown. */
function headingsMatching(text: string, pattern: RegExp): Array<{ number: string; title: string; line: number }> {
  const out: Array<{ number: string; title: string; line: number }> = [];
  text.split('\n').forEach((line, index) => {
    const match = pattern.exec(line);
    if (match) out.push({ number: match[1], title: match[2].trim(), line: index });
  });
  return out;
}

function ofKind(units: Unit[], kind: Unit['kind']): Unit[] {
  return units.filter((unit) => unit.kind === kind);
}

describe('engine: structure', () => {
  describe('Budapest Convention (coe-ets185-en)', () => {
    const model = corpusDoc('coe-ets185-en');
    const articles = ofKind(model.units, 'article');

    it('has articles 1–48 in order, with ids art_1 … art_48', () => {
      assert.deepStrictEqual(articles.map((a) => a.number), Array.from({ length: 48 }, (_, i) => String(i + 1)));
      assert.deepStrictEqual(articles.map((a) => a.id), Array.from({ length: 48 }, (_, i) => `art_${i + 1}`));
      assert.ok(articles.every((a) => a.citable), 'articles are the citable units of a treaty');
    });

    it('gives each article the title and line of its heading', () => {
      const headings = headingsMatching(model.text, /^#{2,6} Article (\d+) – (.+)$/);
      assert.strictEqual(headings.length, 48);
      assert.deepStrictEqual(articles.map((a) => [a.number, a.title, a.line]), headings.map((h) => [h.number, h.title, h.line]));
      assert.strictEqual(unitOf(model, 'art_2').title, 'Illegal access');
      assert.strictEqual(unitOf(model, 'art_22').title, 'Jurisdiction'); // a level-4 heading directly under SECTION 3
      assert.strictEqual(unitOf(model, 'art_48').title, 'Notification');
    });

    it('nests articles in chapters, sections and titles as the headings do', () => {
      const art2 = unitOf(model, 'art_2');
      const chain: string[] = [];
      for (let unit = art2.parent; unit && unit.kind !== 'document'; unit = unit.parent) chain.push(`${unit.kind} ${unit.number}`);
      assert.deepStrictEqual(chain, ['title 1', 'section 1', 'chapter ii']);
      assert.strictEqual(unitOf(model, 'chp_ii').title, 'MEASURES TO BE TAKEN AT THE NATIONAL LEVEL');
      assert.strictEqual(unitOf(model, 'preamble').kind, 'preamble');
    });

    it('splits article 6 into paragraphs, lettered subparagraphs and roman items', () => {
      const ids = model.units.filter((u) => u.id.startsWith('art_6__')).map((u) => u.id);
      assert.deepStrictEqual(ids, [
        'art_6__para_1', 'art_6__para_1__subpara_a', 'art_6__para_1__subpara_a__item_i', 'art_6__para_1__subpara_a__item_ii',
        'art_6__para_1__subpara_b', 'art_6__para_2', 'art_6__para_3',
      ]);
      assert.strictEqual(unitOf(model, 'art_6__para_1__subpara_a').label, 'a)');
    });
  });

  describe('Dutch Budapest (coe-ets185-nl) aligns with the English text', () => {
    const en = corpusDoc('coe-ets185-en');
    const nl = corpusDoc('coe-ets185-nl');
    const paragraphsByArticle = (units: Unit[]) => {
      const map = new Map<string, string[]>();
      for (const unit of units) {
        if (unit.kind !== 'paragraph') continue;
        const article = unit.id.split('__')[0];
        map.set(article, [...(map.get(article) ?? []), unit.id]);
      }
      return map;
    };

    it('has the same articles 1–48', () => {
      assert.deepStrictEqual(ofKind(nl.units, 'article').map((a) => a.id), ofKind(en.units, 'article').map((a) => a.id));
      assert.strictEqual(unitOf(nl, 'art_2').title, 'Wederrechtelijke toegang');
    });

    it('has, article by article, the same numbered paragraphs', () => {
      // No article differs: both texts number the paragraphs of every article alike (checked against the sources).
      const enParagraphs = paragraphsByArticle(en.units);
      const nlParagraphs = paragraphsByArticle(nl.units);
      for (const article of ofKind(en.units, 'article')) {
        assert.deepStrictEqual(nlParagraphs.get(article.id) ?? [], enParagraphs.get(article.id) ?? [], article.id);
      }
      assert.strictEqual(enParagraphs.get('art_27')?.length, 9, 'article 27 has paragraphs 1-9');
    });

    it('recognises the Dutch "Preambule" heading', () => {
      assert.strictEqual(unitOf(nl, 'preamble').kind, 'preamble');
    });
  });

  describe('books, titles and afdelingen written at one heading depth (the Wetboek van Strafvordering as statengeneraal/laws-markdown gives it)', () => {
    const sv = joinLines('### Eerste afdeling ', '', '### Artikel 1 ', '', 'Tekst.', '', '### Tweede Boek ', '', '### Titel I ', '', '### Artikel 2 ', '', 'Tekst.', '', '###Tweede afdeling ', '', '### Artikel 3 ', '', 'Tekst.', '');

    it('a book closes the afdeling before it, and the next afdeling stays in the book\'s title', () => {
      const model = parse(sv);
      const groupings = model.units.filter((unit) => unit.kind !== 'article' && unit.kind !== 'alinea').map((unit) => unit.id);
      assert.deepStrictEqual(groupings, ['dvs_1', 'book_2', 'book_2__title_i', 'book_2__title_i__dvs_2']);
    });

    it('must not: a section of a treaty still holds its titles at one depth (Budapest: Afdeling 1, Titel 1, Titel 2)', () => {
      const model = parse(joinLines('### HOOFDSTUK II ', '', '###AFDELING 1 ', '', '###TITEL  1 ', '', '### Artikel 2 ', '', 'Tekst.', '', '###TITEL  2 ', '', '### Artikel 7 ', '', 'Tekst.', ''));
      assert.deepStrictEqual(model.units.filter((unit) => unit.kind === 'title').map((unit) => unit.parent?.kind), ['division', 'division']);
    });
  });

  describe('18 U.S.C. § 2510', () => {
    const model = corpusDoc('us-18usc2510');
    it('has paragraphs (1)–(21) in section 2510', () => {
      const paragraphs = model.units.filter((u) => u.kind === 'paragraph' && u.parent?.id === 'sec_2510');
      assert.deepStrictEqual(paragraphs.map((p) => p.id), Array.from({ length: 21 }, (_, i) => `sec_2510__para_${i + 1}`));
      assert.strictEqual(unitOf(model, 'sec_2510__para_12__subpara_A').label, '(A)');
    });
    it('reads the "# 18 U.S.C. § 2510 – Definitions" title as the title, not as a section 18', () => {
      assert.strictEqual(model.units.find((u) => u.headingDepth > 0 && u.number === '18'), undefined);
      assert.strictEqual(model.units[0].id, 'chp_119');
    });
  });

  describe('18 U.S.C. § 2703(h): roman clauses after a capital subparagraph', () => {
    it('reads "(h) … (1) … (A) … (i) … (ii)" as clauses of (A), not as subsection (i)', () => {
      const model = corpusDoc('us-18usc-ch121');
      unitOf(model, 'sec_2703__subsec_h__para_1__subpara_A__clause_i');
      unitOf(model, 'sec_2703__subsec_h__para_5');
      assert.strictEqual(model.unitsById.get('sec_2703__subsec_i'), undefined, '§ 2703 ends with subsection (h)');
    });
    it('still reads a letter (i) after (h) when nothing continues a roman run', () => {
      const model = parse(joinLines('### § 1', '', '(h) Eighth.', '', '(1) text', '', '(i) Ninth.', '', '(j) Tenth.'));
      assert.deepStrictEqual(model.units.map((u) => u.id), ['sec_1', 'sec_1__subsec_h', 'sec_1__subsec_h__para_1', 'sec_1__subsec_i', 'sec_1__subsec_j']);
    });
  });

  describe('other corpus documents', () => {
    it('Arabic UN convention, article 2: subparagraphs (أ)…(س)', () => {
      const model = corpusDoc('un-cybercrime-2024-ar');
      const letters = model.units.filter((u) => u.parent?.id === 'art_2' && u.kind === 'subparagraph').map((u) => u.number);
      assert.deepStrictEqual(letters, ['أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س']);
      assert.strictEqual(unitOf(model, 'art_2').title, 'استخدام المصطلحات');
    });
    it('Wetboek van Strafrecht: article numbers with letters keep all of them', () => {
      const model = corpusDoc('nl-sr-computercriminaliteit');
      assert.deepStrictEqual(ofKind(model.units, 'article').map((u) => u.id), [
        'art_80quinquies', 'art_80sexies', 'art_138ab', 'art_139c', 'art_139d', 'art_139e', 'art_161sexies', 'art_240b',
        'art_350a', 'art_350b', 'art_350c', 'art_350d',
      ]);
    });
    it('Wetboek van Strafrecht 139c: "1°" points are items of paragraph 2, not paragraphs', () => {
      const model = corpusDoc('nl-sr-computercriminaliteit');
      assert.deepStrictEqual(model.units.filter((u) => u.parent?.id === 'art_139c__para_2').map((u) => `${u.id} ${u.label}`),
        ['art_139c__para_2__item_1 1°.', 'art_139c__para_2__item_2 2°.', 'art_139c__para_2__item_3 3°.']);
    });
    it('Kenya: bare-numbered headings are sections of their Part', () => {
      const model = corpusDoc('ke-cmca-2018');
      assert.deepStrictEqual(ofKind(model.units, 'section').map((u) => u.number), ['1', '2', '3', '14', '15', '16', '17']);
      assert.strictEqual(unitOf(model, 'sec_14').parent?.id, 'part_iii');
    });
    it('Benin: "Article 1er" is article 1; ordered lists numbered "1." everywhere count as rendered', () => {
      const model = corpusDoc('bj-code-numerique');
      assert.strictEqual(unitOf(model, 'art_1').label, 'Article 1er');
      const items = model.units.filter((u) => u.parent?.id === 'art_625' && u.kind === 'paragraph');
      assert.deepStrictEqual(items.map((u) => u.label), ['1.', '2.', '3.', '4.']);
    });
  });

  describe('lenient headings', () => {
    const cases: Array<[string, Unit['kind'], string, string | undefined]> = [
      ['## Article 7 – Illegal access', 'article', '7', 'Illegal access'],
      ['### Art. 7', 'article', '7', undefined],
      ['#### § 2510. Definitions', 'section', '2510', 'Definitions'],
      ['### s3 Unauthorised access', 'section', '3', 'Unauthorised access'],
      ['### Artikel 138ab', 'article', '138ab', undefined],
      ['### Article 1er : Définitions', 'article', '1', 'Définitions'],
      ['### المادة 7: الوصول غير المشروع', 'article', '7', 'الوصول غير المشروع'],
      ['### المادة ٧: الوصول', 'article', '7', 'الوصول'],
      ['## CHAPTER II – MEASURES TO BE TAKEN', 'chapter', 'ii', 'MEASURES TO BE TAKEN'],
      ['## HOOFDSTUK I – TERMINOLOGIE', 'chapter', 'i', 'TERMINOLOGIE'],
      ['## LIVRE 6 : DE LA CYBERCRIMINALITE', 'book', '6', 'DE LA CYBERCRIMINALITE'],
      ['### 14. Unauthorised access', 'section', '14', 'Unauthorised access'],
      ['## Chapter One – General', 'chapter', '1', 'General'],
      ['### **Article 9** – Bold', 'article', '9', 'Bold'],
    ];
    for (const [heading, kind, number, title] of cases) {
      it(heading, () => {
        const model = parse(joinLines('# Some law', '', heading, '', 'Text.'));
        const unit = model.units.find((u) => u.headingDepth > 0 && u.kind === kind);
        assert.ok(unit, `no ${kind} unit; units: ${model.units.map((u) => `${u.kind} ${u.number}`).join(', ')}`);
        assert.strictEqual(unit.number, number);
        assert.strictEqual(unit.title, title);
        assert.strictEqual(unit.line, 2);
      });
    }
    it('ordinary headings are not units', () => {
      const model = parse(joinLines('# Notes', '', '## Part of the problem', '', '### Title of the act', '', '## Articles', '', 'Text.'));
      assert.deepStrictEqual(model.units.map((u) => u.id), []);
    });
    it('a setext heading opens an article', () => {
      const model = parse(joinLines('Article 3 – Setext', '------------------', '', '1. First.', '', '2. Second.'));
      assert.deepStrictEqual(model.units.map((u) => u.id), ['art_3', 'art_3__para_1', 'art_3__para_2']);
    });
    it('a fenced "### Article 2" is code, not a heading', () => {
      const model = parse(joinLines('### Article 1', '', '```', '### Article 2', '```'));
      assert.deepStrictEqual(model.units.map((u) => u.id), ['art_1']);
    });
    it('two articles with the same number: the second gets a _dup id and a problem', () => {
      const model = parse(joinLines('### Article 1', '', 'A.', '', '### Article 1', '', 'B.'));
      assert.deepStrictEqual(ofKind(model.units, 'article').map((u) => u.id), ['art_1', 'art_1_dup2']);
      const problem = model.problems.find((p) => p.code === 'duplicate-unit');
      assert.ok(problem && /line 1/.test(problem.message), problem?.message);
    });
  });

  describe('numbered paragraphs', () => {
    it('"1. 1. 1." is numbered as rendered: 1, 2, 3', () => {
      const model = parse(joinLines('### Article 1', '', '1. one', '1. two', '1. three'));
      assert.deepStrictEqual(model.units.map((u) => `${u.id} ${u.label}`), ['art_1', 'art_1__para_1 1.', 'art_1__para_2 2.', 'art_1__para_3 3.'].map((s) => s.includes(' ') ? s : `${s} Article 1`));
    });
    it('"a.", "(a)", "(i)" nest under numbered paragraphs', () => {
      const model = parse(joinLines('### Article 4', '', '1. Intro:', '', 'a. first;', '', 'b. second:', '', '(i) one;', '', '(ii) two.', '', '2. Next.'));
      assert.deepStrictEqual(model.units.map((u) => u.id), [
        'art_4', 'art_4__para_1', 'art_4__para_1__subpara_a', 'art_4__para_1__subpara_b',
        'art_4__para_1__subpara_b__item_i', 'art_4__para_1__subpara_b__item_ii', 'art_4__para_2',
      ]);
    });
    it('unnumbered paragraphs of an article are alinéas counted by position', () => {
      const model = parse(joinLines('### Article 2', '', 'First paragraph.', '', 'Second paragraph.'));
      assert.deepStrictEqual(model.units.map((u) => u.id), ['art_2', 'art_2__al_1', 'art_2__al_2']);
    });
  });
});
