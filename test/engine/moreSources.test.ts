// Real laws from sources and converters first read in this round (moreSourcesText.ts): Switzerland's federal collection as
// benjamin-arfa/swiss-law converts Fedlex, Germany's federal laws as bundestag/gesetze gives them, Malaysia's bills as
// BillWatcher converts their PDFs, a Colombian decree. Each test reads verbatim text, says what a user would see, and has a
// case where the reading must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { edited } from '../helpers/workspace';
import {
  CH_COE_CYBERCRIME_FR, CH_DSG_DE, CH_GATT_CHEMICALS_IT, CH_JAPAN_TAX_TREATY_DE, CH_LTC_IT, CO_DECREE_117_2010, DE_BSIG_2009, DE_JEWISH_MILITARY_CHAPLAINCY_TREATY,
  DE_G10, DE_JEWISH_MILITARY_CHAPLAINCY_PROTOCOL, DE_URUEV, MY_ARBITRATION_AMENDMENT_BILL_2024, MY_CENTRAL_BANK_BILL_2012, MY_FINANCE_BILL_1998, MY_PERSONAL_DATA_BILL_2009,
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

  describe('Switzerland, files not tuned on (the same collection)', () => {
    it('"1. … 5. 10. 11. 12." (paragraphs 6 to 9 run into 5): the list\'s numbers as it writes them, not as a renderer counts them, so "Absätze 5–11" is found', () => {
      assert.deepStrictEqual(unitsUnder(CH_JAPAN_TAX_TREATY_DE, 'art_25__para_').filter((id) => /para_\d+$/.test(id)), ['art_25__para_1', 'art_25__para_2', 'art_25__para_3', 'art_25__para_4', 'art_25__para_5', 'art_25__para_10', 'art_25__para_11', 'art_25__para_12']);
      const range = one(CH_JAPAN_TAX_TREATY_DE, 'Absätze 5–11');
      assert.deepStrictEqual(range.targets.map((target) => target.status), ['resolved']);
      // must not: a number the list writes again is the renderer's to count ("5." after "5." is the sixth)
      const again = edited(CH_JAPAN_TAX_TREATY_DE, '\n\n10. Für die Zwecke', '\n\n5. Für die Zwecke');
      assert.ok(law.unitIds(again).includes('art_25__para_6'), unitsUnder(again, 'art_25__para_').join(' '));
    });

    it('"Einrichtung; und(c) …": a letter glued to the "und" before it is written inline, so "Artikel 4 Absatz 1 Buchstabe b oder c" is found', () => {
      const cited = one(CH_JAPAN_TAX_TREATY_DE, 'Artikel 4 Absatz 1 Buchstabe b oder c');
      assert.deepStrictEqual(cited.targets.map((target) => target.unitId), ['art_4__para_1', 'art_4__para_1']);
      // must not: a letter the paragraph does not write is reported
      const missing = edited(CH_JAPAN_TAX_TREATY_DE, 'Artikel 4 Absatz 1 Buchstabe b oder c', 'Artikel 4 Absatz 1 Buchstabe b oder e');
      assert.ok(law.broken(missing).some((message) => /subparagraph \(e\)/.test(message)), law.broken(missing).join('\n'));
    });

    it('"a) Nota esplicativa. … del presente Accordo.b)  Emendamenti.": "paragrafo b) del presente articolo" is the letter run into a)\'s paragraph', () => {
      assert.strictEqual(all(CH_GATT_CHEMICALS_IT, 'paragrafo b) del presente articolo')[0].targets[0].unitId, 'art_4__subpara_a');
      assert.deepStrictEqual(law.broken(CH_GATT_CHEMICALS_IT).filter((message) => message.startsWith('"paragrafo b)')), []);
      // must not: a letter written nowhere in the article is reported
      const text = CH_GATT_CHEMICALS_IT.replace(/paragrafo b\) del presente articolo/g, 'paragrafo y) del presente articolo');
      assert.ok(law.broken(text).some((message) => message.startsWith('"paragrafo y) del presente articolo"')), law.broken(text).join('\n'));
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

  describe('Germany, files not tuned on (bundestag/gesetze)', () => {
    it('"der Nummer 1 und Nummer 3" in paragraph (2) are paragraph (1)\'s items "1." and "3."; "nach § 33\\n Bundesbeamtengesetz" names its law on the next line', () => {
      assert.deepStrictEqual(law.broken(DE_JEWISH_MILITARY_CHAPLAINCY_TREATY), []);
      assert.strictEqual(one(DE_JEWISH_MILITARY_CHAPLAINCY_TREATY, 'Nummer 1 und Nummer 3').targets[1].unitId, 'art_15__para_1__item_3');
      assert.match(one(DE_JEWISH_MILITARY_CHAPLAINCY_TREATY, '§ 33').targets[0].reason ?? '', /Bundesbeamtengesetz/);
      // must not: an item no paragraph of the article has is reported; a blank line before the word parts it from the citation
      const missing = edited(DE_JEWISH_MILITARY_CHAPLAINCY_TREATY, 'der Nummer 1\nund Nummer 3 abgewichen', 'der Nummer 1\nund Nummer 7 abgewichen');
      assert.ok(law.broken(missing).some((message) => /point 7/.test(message)), law.broken(missing).join('\n'));
      const parted = edited(DE_JEWISH_MILITARY_CHAPLAINCY_TREATY, 'nach § 33\n    Bundesbeamtengesetz.', 'nach § 33\n\n    Bundesbeamtengesetz.');
      assert.doesNotMatch(one(parted, '§ 33').targets[0].reason ?? '', /Bundesbeamtengesetz/);
    });

    it('"§ 5 Absatz 1 Satz 1 in Verbindung mit Satz 3 Nummer 8": the sentence read with it is of the same paragraph, and its item 8 is found', () => {
      assert.deepStrictEqual(law.broken(DE_G10), []);
      const cited = all(DE_G10, '§ 5 Absatz 1 Satz 1 in Verbindung mit Satz 3 Nummer 8')[0];
      assert.deepStrictEqual(cited.targets.map((target) => target.unitId), ['sec_5__para_1', 'sec_5__para_1__item_8']);
      // must not: "in Verbindung mit" then a section of its own is that section's ("in Verbindung mit § 7 Absatz 9")
      const other = edited(DE_G10, 'in Verbindung mit Satz 3 Nummer 8\n', 'in Verbindung mit § 7 Absatz 9\n');
      const paths = all(other, '§ 5 Absatz 1 Satz 1 in Verbindung mit § 7 Absatz 9')[0].reference.targets.map((target) => target.path.map((step) => `${step.kind} ${step.number}`).join(' / '));
      assert.deepStrictEqual(paths, ['section 5 / paragraph 1', 'section 7 / paragraph 9']);
    });

    it('a final protocol\'s note under "**Zu Artikel 15**": "Nummer 1 und Nummer 3 des Absatzes 1" are of article 15', () => {
      assert.deepStrictEqual(law.broken(DE_JEWISH_MILITARY_CHAPLAINCY_PROTOCOL), []);
      assert.deepStrictEqual(one(DE_JEWISH_MILITARY_CHAPLAINCY_PROTOCOL, 'Nummer 1 und Nummer 3 des Absatzes 1').targets.map((target) => target.unitId), ['art_15__para_1__item_1', 'art_15__para_1__item_3']);
      // must not: under a line that names no article, the note's "Absatzes 1" is no article's
      const unnamed = edited(DE_JEWISH_MILITARY_CHAPLAINCY_PROTOCOL, '**Zu Artikel 15**', '**Zum Vertrag**');
      assert.ok(law.broken(unnamed).some((message) => message.startsWith('"Nummer 1 und Nummer 3 des Absatzes 1"')), law.broken(unnamed).join('\n'));
    });

    it('"(GBl.\\nI Nr. 17 S. 141)": a gazette\'s issue, its abbreviation on the line before', () => {
      assert.deepStrictEqual(law.broken(DE_URUEV), []);
      assert.match(one(DE_URUEV, 'Nr. 17').targets[0].reason ?? '', /gazette/);
      // must not: with no gazette's name before it, "Nr. 17" is a point of the section, which it lacks
      const bare = edited(DE_URUEV, '(GBl.\nI Nr. 17 S. 141)', '(vgl.\nNr. 17 S. 141)');
      assert.ok(law.broken(bare).some((message) => message.startsWith('"Nr. 17"')), law.broken(bare).join('\n'));
    });
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

    it('"### ship" the words …", "### and"; and": headings guessed from the page\'s layout leave the structure untrusted, so "this section" outside any is not reported, and said why', () => {
      assert.deepStrictEqual(law.problems(MY_FINANCE_BILL_1998, 'reference-outside-unit'), []);
      const cited = all(MY_FINANCE_BILL_1998, 'this section')[0].targets[0];
      assert.strictEqual(cited.status, 'external');
      assert.match(cited.reason ?? '', /headings are pieces of sentences/);
      // must not: with those lines as text again (no "#"), the structure is the document's own, and "this section" is reported
      const plain = MY_FINANCE_BILL_1998.replace(/^#{1,6}[ \t]+(?=\p{Ll}|.*[,;]$|.*["”][.;,]*$)/gmu, '');
      assert.ok(law.problems(plain, 'reference-outside-unit').length > 0);
    });

    it('"The Central Bank of Malaysia Act 2009 [Act 701], which is referred to as the “principal Act” in this Act, is amended in subsection 2(1)—": that Act\'s', () => {
      assert.deepStrictEqual(law.broken(MY_CENTRAL_BANK_BILL_2012), []);
      assert.match(one(MY_CENTRAL_BANK_BILL_2012, 'subsection 2(1)').targets[0].reason ?? '', /Central Bank of Malaysia Act 2009/);
      for (const cited of all(MY_CENTRAL_BANK_BILL_2012, 'subparagraph (5)')) assert.match(cited.targets[0].reason ?? '', /the principal Act/);
      // must not: a lead-in that amends nothing leaves "subsection 2(1)" this bill's
      const plain = edited(MY_CENTRAL_BANK_BILL_2012, 'in this Act, is amended in\nsubsection 2(1)—', 'in this Act, applies to\nsubsection 2(1)—');
      assert.ok(law.broken(plain).some((message) => message.startsWith('"subsection 2(1)"')), law.broken(plain).join('\n'));
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
