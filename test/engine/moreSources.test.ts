// Real laws from sources and converters first read in this round (moreSourcesText.ts): Switzerland's federal collection as
// benjamin-arfa/swiss-law converts Fedlex, Germany's federal laws as bundestag/gesetze gives them, Malaysia's bills as
// BillWatcher converts their PDFs, a Colombian decree. Each test reads verbatim text, says what a user would see, and has a
// case where the reading must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { edited } from '../helpers/workspace';
import {
  CH_COE_CYBERCRIME_FR, CH_DSG_DE, CH_LTC_IT, CO_DECREE_117_2010, DE_BSIG_2009, MY_ARBITRATION_AMENDMENT_BILL_2024, MY_PERSONAL_DATA_BILL_2009,
} from './moreSourcesText';

const law = oneDocument('law.md', '');
const unitsUnder = (text: string, prefix: string) => law.unitIds(text).filter((id) => id.startsWith(prefix));
/** The resolved citations whose text, spaces of every kind made one, is `cited` (Fedlex's texts put no-break spaces after "art."). */
const all = (text: string, cited: string) => {
  const { workspace, model } = law.read(text);
  return workspace.resolved(model.uri).filter((resolved) => resolved.reference.text.replace(/\s+/gu, ' ') === cited);
};
const one = (text: string, cited: string) => {
  const found = all(text, cited);
  assert.strictEqual(found.length, 1, `${found.length} citations "${cited}"`);
  return found[0];
};

describe('engine: laws from more sources and converters', () => {
  describe('Switzerland (Fedlex as benjamin-arfa/swiss-law converts it)', () => {
    it('"**Art. 6 Fassung gemäss Ziff. I des BG vom 24. März 2006, …** Art. 6 …": the label in bold with its note, given again after it, opens article 6', () => {
      assert.deepStrictEqual(unitsUnder(CH_DSG_DE, 'art_6'), ['art_6', 'art_6__al_1', 'art_6__para_1', 'art_6__para_2', 'art_6__para_3']);
      assert.deepStrictEqual(law.broken(CH_DSG_DE).filter((message) => /article (6|18a|18b|21)\b/.test(message)), []);
      // must not: without the label given again after the bold, the bold run is a paragraph's words, and no article 6 opens
      const once = edited(CH_DSG_DE, '(AS 2007 4983; BBl 2003 2101).** Art. 6 Fassung', '(AS 2007 4983; BBl 2003 2101).** Die Fassung');
      assert.ok(!law.unitIds(once).includes('art_6'), unitsUnder(once, 'art_').join(' '));
    });

    it('paragraphs "1 …", "1bis …", "2 …" whose raised numbers were lost are paragraphs 1, 1bis and 2: "Artikel 19 Absatz 1bis" is found', () => {
      assert.deepStrictEqual(unitsUnder(CH_DSG_DE, 'art_19_'), ['art_19__al_1', 'art_19__para_1', 'art_19__para_1bis', 'art_19__para_2', 'art_19__para_3', 'art_19__para_3bis', 'art_19__para_4']);
      assert.strictEqual(law.citation(CH_DSG_DE, 'Artikel 19 Absatz 1bis').targets[0].unitId, 'art_19__para_1bis');
      // must not: a bare number that does not go on the count ("1" then "3") opens no paragraph
      const gap = edited(CH_DSG_DE, '\n\n2 Bundesorgane dürfen auf Anfrage', '\n\n7 Bundesorgane dürfen auf Anfrage');
      assert.ok(!law.unitIds(gap).includes('art_19__para_7'), unitsUnder(gap, 'art_19_').join(' '));
    });

    it('Italian: the bold label\'s note over two lines, "capoverso 1 lettere d ed e" (a paragraph, then its letters), "(art. 34 e 35 PA)"', () => {
      assert.ok(law.unitIds(CH_LTC_IT).includes('art_40__para_1bis'), unitsUnder(CH_LTC_IT, 'art_40').join(' '));
      assert.deepStrictEqual(law.broken(CH_LTC_IT), []);
      assert.strictEqual(law.citation(CH_LTC_IT, 'capoverso 1 lettere d').targets[0].unitId, 'art_40__para_1');
      const act = one(CH_LTC_IT, 'art. 34 e 35 PA');
      assert.strictEqual(act.reference.anchor.kind, 'instrument');
      // must not: two capitals closing a parenthesis opened inside the citation are its letter ("(art. 34 PA)" aside, "art. 5 (AB)")
      assert.notStrictEqual(one(edited(CH_LTC_IT, '(art.\u00a034 e 35 PA)', '(art.\u00a034 e 35 (PA)'), 'art. 34 e 35 (PA)').reference.anchor.kind, 'instrument');
    });

    it('the Cybercrime Convention whose articles are glued into the headings of their titles ("…informatiquesArt. 2Accès illégalChaque …"): not reported, and said why', () => {
      assert.deepStrictEqual(law.broken(CH_COE_CYBERCRIME_FR), []);
      const cited = one(CH_COE_CYBERCRIME_FR, 'art. 2 à 11 de la présente Convention');
      assert.strictEqual(cited.targets[0].status, 'external');
      assert.match(cited.targets[0].reason ?? '', /label glued to the words around it \(".*Art\. 2Accès/);
      // must not: an article whose label is glued nowhere is still reported
      const missing = edited(CH_COE_CYBERCRIME_FR, 'conformément aux art.\u00a02 à 11 de la présente Convention', 'conformément aux art.\u00a052 à 61 de la présente Convention');
      assert.ok(law.broken(missing).some((message) => /no article 52/.test(message)), law.broken(missing).join('\n'));
    });
  });

  it('Germany (bundestag/gesetze): "nach § 23 und Anlage 3 des Justizvergütungs- und -entschädigungsgesetzes" are both of that Act', () => {
    assert.deepStrictEqual(law.broken(DE_BSIG_2009).filter((message) => message.includes('§ 23')), []);
    assert.strictEqual(law.citation(DE_BSIG_2009, 'Anlage 3 des Justizvergütungs-', true).reference.anchor.kind, 'instrument');
    const section = law.citation(DE_BSIG_2009, '§ 23').targets[0];
    assert.strictEqual(section.status, 'external');
    assert.match(section.reason ?? '', /Justizvergütungs- und -entschädigungsgesetzes/);
    // must not: parted by a semicolon, "§ 23" is this law's (this excerpt holds §§ 5c to 6 only, so it is not reported either)
    const apart = edited(DE_BSIG_2009, 'sich nach § 23 und Anlage 3 des', 'sich nach § 23; nach Anlage 3 des');
    assert.doesNotMatch(law.citation(apart, '§ 23').targets[0].reason ?? '', /Justizvergütungs/);
  });

  describe('Malaysia (bills as BillWatcher converts their PDFs)', () => {
    it('"Section 3 of the principal Act is amended—" then "_(a) in subsection (2)—_": the items cite the principal Act\'s section', () => {
      assert.deepStrictEqual(law.broken(MY_ARBITRATION_AMENDMENT_BILL_2024), []);
      for (const cited of all(MY_ARBITRATION_AMENDMENT_BILL_2024, 'subsection (3)')) {
        assert.strictEqual(cited.targets[0].status, 'external');
        assert.match(cited.targets[0].reason ?? '', /the principal Act/);
      }
      // must not: with no lead-in naming what is amended, "in subsection (4)" is this bill's section 3's, which has none
      const plain = edited(MY_ARBITRATION_AMENDMENT_BILL_2024, '**3.** Section 3 of the principal Act is amended—', '**3.** Section 3 applies—');
      assert.ok(law.broken(plain).some((message) => /section 3 has no subsection 4/.test(message)), law.broken(plain).join('\n'));
    });

    it('"_(a)_ in the case of …" on the lines of "(1) A data user shall not—": "paragraph (1)(a)" is found; "section 164 of the**\\nCriminal Procedure Code" is that Code\'s', () => {
      assert.deepStrictEqual(law.broken(MY_PERSONAL_DATA_BILL_2009), []);
      assert.strictEqual(law.citation(MY_PERSONAL_DATA_BILL_2009, 'paragraph (1)(a)').targets[0].unitId, 'sec_6__para_1');
      assert.strictEqual(law.citation(MY_PERSONAL_DATA_BILL_2009, 'section 164', true).reference.anchor.kind, 'instrument');
      // must not: a letter the paragraph does not have is still reported
      const missing = edited(MY_PERSONAL_DATA_BILL_2009, 'Notwithstanding paragraph (1)(a)', 'Notwithstanding paragraph (1)(f)');
      assert.ok(law.broken(missing).some((message) => message.startsWith('"paragraph (1)(f)"')), law.broken(missing).join('\n'));
    });
  });

  it('Colombia (legalize-co): "1. … 2. … 3. … 4 Verificar … 5. …": the number that lost its full stop is item 4, and 5 follows it, not under it', () => {
    assert.deepStrictEqual(unitsUnder(CO_DECREE_117_2010, 'art_17__para_').slice(0, 6), ['art_17__para_1', 'art_17__para_2', 'art_17__para_3', 'art_17__para_4', 'art_17__para_5', 'art_17__para_6']);
    // must not: a bare number that does not follow ("9 Verificar" after "3.") is no item
    const off = edited(CO_DECREE_117_2010, '\n\n4 Verificar', '\n\n9 Verificar');
    assert.ok(!law.unitIds(off).includes('art_17__para_9_dup2') && unitsUnder(off, 'art_17__para_4').length === 0, unitsUnder(off, 'art_17__').join(' '));
  });
});
