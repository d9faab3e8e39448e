// Defined terms: where the text defines them, in which unit, with which body and scope.
import * as assert from 'node:assert';
import { parseDocument } from '../../server/src/engine/document';
import type { Definition } from '../../server/src/engine/model';
import { corpusDoc, joinLines, textOf } from '../helpers/workspace';

function definitionsOf(text: string): Definition[] {
  return parseDocument('file:///workspace/doc.md', text).definitions;
}

function only(text: string): Definition {
  const found = definitionsOf(text);
  assert.strictEqual(found.length, 1, `expected one definition, got: ${found.map((d) => d.term).join(', ')}`);
  return found[0];
}

describe('engine: definitions', () => {
  describe('Budapest Convention, article 1', () => {
    const model = corpusDoc('coe-ets185-en');
    const inArticle1 = model.definitions.filter((d) => d.unitId.startsWith('art_1__'));

    it('defines exactly the four terms of subparagraphs a)–d)', () => {
      assert.deepStrictEqual(inArticle1.map((d) => [d.term, d.unitId]), [
        ['computer system', 'art_1__subpara_a'], ['computer data', 'art_1__subpara_b'],
        ['service provider', 'art_1__subpara_c'], ['traffic data', 'art_1__subpara_d'],
      ]);
    });
    it('gives each definition the treaty\'s own words and a span on the term', () => {
      const starts: Record<string, string> = {
        'computer system': 'any device or a group of interconnected or related devices',
        'computer data': 'any representation of facts, information or concepts',
        'service provider': '(i) any public or private entity that provides to users of its service',
        'traffic data': 'any computer data relating to a communication by means of a computer system',
      };
      for (const definition of inArticle1) {
        assert.ok(definition.body.startsWith(starts[definition.term]), `${definition.term}: ${definition.body.slice(0, 80)}`);
        assert.strictEqual(textOf(model, definition.termSpan), definition.term);
        assert.deepStrictEqual(definition.scope.kind, 'document', '"For the purposes of this Convention"');
      }
      assert.ok(inArticle1[2].body.includes('(ii) any other entity that processes or stores computer data'), 'the body of "service provider" takes in its items (i) and (ii)');
    });
    it('limits "subscriber information" to article 18 ("For the purpose of this article")', () => {
      const definition = model.definitions.find((d) => d.term === 'subscriber information');
      assert.deepStrictEqual(definition?.scope, { kind: 'unit', unitId: 'art_18', phrase: 'this article' });
    });
  });

  describe('UN Convention against Cybercrime (Arabic), article 2', () => {
    const model = corpusDoc('un-cybercrime-2024-ar');
    it('finds definitions in all fifteen subparagraphs (أ)…(س)', () => {
      const units = [...new Set(model.definitions.filter((d) => d.unitId.startsWith('art_2__')).map((d) => d.unitId))];
      assert.deepStrictEqual(units, ['أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س'].map((l) => `art_2__subpara_${l}`));
    });
    it('(ك) defines two terms, "التجميد" and "الحجز", with one body', () => {
      const pair = model.definitions.filter((d) => d.unitId === 'art_2__subpara_ك');
      assert.deepStrictEqual(pair.map((d) => d.term), ['التجميد', 'الحجز']);
      assert.strictEqual(pair[0].body, pair[1].body);
      assert.ok(pair[0].body.startsWith('الحظر المؤقت لإحالة الممتلكات'), pair[0].body);
    });
    it('includes "البيانات الإلكترونية" and "بيانات الحركة"', () => {
      const terms = model.definitions.map((d) => d.term);
      assert.ok(terms.includes('البيانات الإلكترونية'));
      assert.ok(terms.includes('بيانات الحركة'));
      assert.strictEqual(model.definitions.find((d) => d.term === 'بيانات الحركة')?.unitId, 'art_2__subpara_ج');
    });
  });

  describe('18 U.S.C. § 2510', () => {
    const model = corpusDoc('us-18usc2510');
    it('defines a term in each of paragraphs (1)–(21)', () => {
      const units = model.definitions.map((d) => d.unitId);
      assert.deepStrictEqual([...new Set(units)], Array.from({ length: 21 }, (_, i) => `sec_2510__para_${i + 1}`));
    });
    it('includes "wire communication", "electronic communication", "electronic storage" where the text puts them', () => {
      const where = (term: string) => model.definitions.find((d) => d.term === term)?.unitId;
      assert.strictEqual(where('wire communication'), 'sec_2510__para_1');
      assert.strictEqual(where('electronic communication'), 'sec_2510__para_12');
      assert.strictEqual(where('electronic storage'), 'sec_2510__para_17');
      assert.strictEqual(where('computer trespasser'), 'sec_2510__para_21', '(21) “computer trespasser” / (A) means …');
    });
    it('scopes them to chapter 119 ("As used in this chapter")', () => {
      assert.ok(model.definitions.every((d) => d.scope.kind === 'unit' && d.scope.unitId === 'chp_119'));
    });
  });

  describe('definition styles', () => {
    it('"X" means', () => {
      const d = only(joinLines('### Article 1', '', '"data" means any representation of facts;'));
      assert.deepStrictEqual([d.term, d.body], ['data', 'any representation of facts']);
    });
    it('“X” shall mean', () => {
      const d = only(joinLines('### Section 2', '', '(a) “Authority” shall mean the Communications Authority.'));
      assert.deepStrictEqual([d.term, d.unitId, d.body], ['Authority', 'sec_2__subsec_a', 'the Communications Authority.']);
    });
    it('“contents”, when used with respect to …, includes', () => {
      const d = only(joinLines('### § 2510. Definitions', '', '(8) “contents”, when used with respect to any wire, oral, or electronic communication, includes any information concerning the substance;'));
      assert.strictEqual(d.term, 'contents');
      assert.strictEqual(d.body, 'any information concerning the substance');
    });
    it('In this Act, unless the context otherwise requires— "access" means', () => {
      const found = definitionsOf(joinLines('### 2. Interpretation', '', 'In this Act, unless the context otherwise requires—', '', '"access" means gaining entry;', '', '"asset" includes all property;'));
      assert.deepStrictEqual(found.map((d) => [d.term, d.body, d.scope.kind]), [['access', 'gaining entry', 'document'], ['asset', 'all property', 'document']]);
    });
    it('Dutch: Onder gegevens wordt verstaan', () => {
      const d = only(joinLines('## Artikel 80quinquies', '', 'Onder gegevens wordt verstaan: iedere weergave van feiten.'));
      assert.strictEqual(d.term, 'gegevens');
      assert.strictEqual(d.unitId, 'art_80quinquies__al_1');
    });
    it('Dutch list after "wordt verstaan onder:" (a. „computersysteem”, ieder …)', () => {
      const found = definitionsOf(joinLines('### Artikel 1 – Begripsomschrijvingen', '', 'Voor de toepassing van dit Verdrag wordt verstaan onder:', '', 'a. „computersysteem”, ieder apparaat of groep van onderling verbonden apparaten;', '', 'b. „computergegevens”, iedere weergave van feiten.'));
      assert.deepStrictEqual(found.map((d) => [d.term, d.unitId]), [['computersysteem', 'art_1__subpara_a'], ['computergegevens', 'art_1__subpara_b']]);
      assert.ok(found[0].body.startsWith('ieder apparaat'), found[0].body);
    });
    it('French list after "on entend par :" (- Abonné : toute personne …)', () => {
      const found = definitionsOf(joinLines('### Article 1er : Définitions', '', 'Au sens du présent code, on entend par :', '', '- Abonné : toute personne physique ou morale ;', '- Système informatique : dispositif isolé ou non.'));
      assert.deepStrictEqual(found.map((d) => [d.term, d.body]), [['Abonné', 'toute personne physique ou morale'], ['Système informatique', 'dispositif isolé ou non.']]);
      assert.strictEqual(found[0].scope.kind, 'document');
    });
    it('a bullet that is not in a definitions list is no definition', () => {
      assert.deepStrictEqual(definitionsOf(joinLines('### Article 3', '', 'Les conditions :', '', '- Délai : deux ans.')), []);
    });
    it('French « X » désigne', () => {
      const d = only(joinLines('### Article 5', '', '« données informatiques » désigne toute représentation de faits.'));
      assert.deepStrictEqual([d.term, d.body], ['données informatiques', 'toute représentation de faits.']);
    });
    it('Arabic ”X“ تعني', () => {
      const d = only(joinLines('### المادة 2: استخدام المصطلحات', '', '(ب) ”البيانات الإلكترونية“ تعني أي تمثيل لحقائق؛'));
      assert.deepStrictEqual([d.term, d.unitId], ['البيانات الإلكترونية', 'art_2__subpara_ب']);
      assert.ok(d.body.startsWith('أي تمثيل'), d.body);
    });
    it('(hereinafter referred to as “the Convention”)', () => {
      const d = only(joinLines('## Preamble', '', 'Recalling the Convention on Cybercrime (hereinafter referred to as “the Convention”), opened for signature;'));
      assert.deepStrictEqual([d.term, d.style], ['the Convention', 'hereinafter']);
    });
    it('“X” or “Y” means: both terms share the body', () => {
      const found = definitionsOf('### Article 2\n\n“freezing” or “seizure” means temporarily prohibiting the transfer;');
      assert.deepStrictEqual(found.map((d) => [d.term, d.body]), [['freezing', 'temporarily prohibiting the transfer'], ['seizure', 'temporarily prohibiting the transfer']]);
    });
    it('a quoted phrase that is not followed by a defining verb is no definition', () => {
      assert.deepStrictEqual(definitionsOf('### Article 9\n\nThe term was “computer system” in the draft.'), []);
    });
  });

  describe('scope', () => {
    it('"In this Part" limits the definitions to that part', () => {
      const text = joinLines('## Part II – Offences', '', '### 4. Interpretation', '', 'In this Part—', '', '"device" means any apparatus;', '', '## Part III', '', '### 5. Other', '', 'A device.');
      const d = only(text);
      assert.deepStrictEqual(d.scope, { kind: 'unit', unitId: 'part_ii', phrase: 'this Part' });
    });
    it('"For the purposes of this article" limits the definition to the article', () => {
      const d = only(joinLines('### Article 18', '', '3. For the purposes of this article, the term “subscriber information” means any information.'));
      assert.deepStrictEqual(d.scope, { kind: 'unit', unitId: 'art_18', phrase: 'this article' });
    });
    it('"For the purposes of this Convention" applies to the whole document', () => {
      const d = only(joinLines('### Article 1', '', 'For the purposes of this Convention:', '', 'a) “computer data” means any representation.'));
      assert.strictEqual(d.scope.kind, 'document');
    });
  });
});
