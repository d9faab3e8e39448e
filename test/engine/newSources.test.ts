// Real laws and treaties from sources and converters first read in this round (newSourcesText.ts): Italy's normattiva2md,
// New Zealand's reprints as scraped, Saudi laws from nezams.com, Senegal's Journal officiel, Australia's and Singapore's Acts
// as converted, the BBNJ Agreement in French, and France's Code de procédure civile. Each test reads verbatim text, says what
// a user would see, and has a case where the reading must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { edited } from '../helpers/workspace';
import {
  AU_ADJR_ACT_1977, BBNJ_AGREEMENT_FR, FR_CODE_PROCEDURE_CIVILE, IT_DELEGA_1992, IT_DOCUMENTAZIONE_AMMINISTRATIVA_2000, IT_TRASPARENZA_2013,
  NZ_LAW_COMMISSION_ACT_1985, NZ_OFFICIAL_INFORMATION_ACT_1982, SA_COMPANIES_REGULATIONS, SA_LABOUR_LAW_229, SA_LABOUR_LAW_ARTICLE_7, SA_PERSONAL_STATUS_LAW,
  SA_PERSONAL_STATUS_LAW_213,
  SG_LEGAL_AID_ACT_1995, SN_JORS_7726, SN_JORS_7736_DECREE,
} from './newSourcesText';

const law = oneDocument('law.md', '');
const statusOf = (text: string, cited: string) => law.citation(text, cited, true).targets.map((target) => target.status);
const reasonOf = (text: string, cited: string) => law.citation(text, cited, true).targets[0].reason ?? '';
const unitsOf = (text: string) => law.unitIds(text);

describe('engine: laws from new sources and converters', () => {
  describe('Italy (normattiva2md)', () => {
    it('"1. 2. 3. 4." are four paragraphs whose words the copy left out, and "2. ((COMMA ABROGATO …)). 3. 4." is paragraph 2 then 3 and 4', () => {
      assert.deepStrictEqual(law.broken(IT_DOCUMENTAZIONE_AMMINISTRATIVA_2000), []);
      const units = unitsOf(IT_DOCUMENTAZIONE_AMMINISTRATIVA_2000);
      for (const id of ['art_4__para_2', 'art_6__para_3', 'art_6__para_4']) assert.ok(units.includes(id), `${id} among ${units.filter((u) => /^art_[46]_/.test(u)).join(' ')}`);
      assert.strictEqual(law.citation(IT_DOCUMENTAZIONE_AMMINISTRATIVA_2000, 'articolo 4, comma 2').targets[0].unitId, 'art_4__para_2');
      // must not: numbers that do not follow each other are no run ("1. 3."), and article 4 then has no paragraph 2
      const gap = edited(IT_DOCUMENTAZIONE_AMMINISTRATIVA_2000, '### Articolo 4 - (R) Impedimento alla sottoscrizione e alla dichiarazione\n\n1. 2.',
        '### Articolo 4 - (R) Impedimento alla sottoscrizione e alla dichiarazione\n\n1. 3.');
      assert.ok(law.broken(gap).some((message) => /article 4 has no paragraph 2/.test(message)), law.broken(gap).join('\n'));
    });

    it('"i) … l) … m)": Italian letters skip j and k, so "lettera l)" is the letter after i), not a roman fifty under it', () => {
      const units = unitsOf(IT_DELEGA_1992);
      assert.ok(units.includes('art_1__para_1__subpara_l'), units.filter((u) => u.startsWith('art_1__para_1__')).join(' '));
      assert.strictEqual(law.citation(IT_DELEGA_1992, 'lettera l)').targets[0].unitId, 'art_1__para_1__subpara_l');
      // must not: a roman run stays roman ("i) … ii)")
      const roman = edited(IT_DELEGA_1992, '- l) introdurre norme volte', '- ii) introdurre norme volte');
      assert.ok(unitsOf(roman).includes('art_1__para_1__subpara_h__item_ii'), unitsOf(roman).filter((u) => u.startsWith('art_1__para_1__')).join(' '));
    });

    it('"i commi decimo e undicesimo dell\'articolo 14 della citata legge" are that law\'s paragraphs 10 and 11, not this law\'s', () => {
      assert.deepStrictEqual(law.broken(IT_DELEGA_1992).filter((message) => /decimo|paragraph 10/.test(message)), []);
      const cited = law.citation(IT_DELEGA_1992, 'commi decimo e undicesimo', true);
      assert.deepStrictEqual(cited.reference.targets.map((target) => target.path.map((step) => `${step.kind} ${step.number}`).join(' / ')), ['article 14 / paragraph 10', 'article 14 / paragraph 11']);
      assert.ok(cited.targets.every((target) => target.status === 'external'), JSON.stringify(cited.targets));
    });

    it('"((di cui all\'articolo 166, comma 2)), del decreto legislativo 30 giugno 2003, n. 196": the inserted words\' brackets do not cut the citation from its decree', () => {
      assert.deepStrictEqual(law.broken(IT_TRASPARENZA_2013).filter((message) => /166/.test(message)), []);
      const cited = law.citation(IT_TRASPARENZA_2013, 'articolo 166, comma 2', true);
      assert.strictEqual(cited.reference.anchor.kind, 'instrument');
      // must not: "))" with no "((" before it are brackets of the text, which end the citation before the decree's name
      const plain = edited(IT_TRASPARENZA_2013, '((di cui all\'articolo 166, comma 2)),', '(di cui all\'articolo 166, comma 2)),');
      assert.strictEqual(law.citation(plain, 'articolo 166, comma 2', true).reference.anchor.kind, 'none');
    });
  });

  describe('New Zealand (reprints as scraped)', () => {
    it('"by [section 200][25] of the Crown Entities Act 2004": a reference link\'s label does not cut the citation from the Act it names', () => {
      assert.deepStrictEqual(law.broken(NZ_LAW_COMMISSION_ACT_1985), []);
      assert.match(reasonOf(NZ_LAW_COMMISSION_ACT_1985, 'section 200'), /Crown Entities Act 2004/);
      // must not: without the Act's name after it, "section 200" is this Act's, which has no section 200
      const unnamed = edited(NZ_LAW_COMMISSION_ACT_1985, 'Section 3A: substituted, on 25 January 2005, by [section 200][25] of the Crown Entities Act 2004 (2004 No 115).',
        'Section 3A: substituted, on 25 January 2005, by [section 200][25].');
      assert.ok(law.broken(unnamed).some((message) => /no section 200/.test(message)), law.broken(unnamed).join('\n'));
    });

    it('"Section 2(1) **official information** paragraph (e)(ii): amended": a paragraph of that definition; a reprint\'s list "<Order> (SR 2000/117): [clause 4(1)][193]" is of that Order', () => {
      // (the lines left out of the excerpt leave other citations unfound: only these are asked about)
      assert.deepStrictEqual(law.broken(NZ_OFFICIAL_INFORMATION_ACT_1982).filter((message) => /\((?:e|h|ha|j|k|ab)\)|clause 4|section 57|section 16/.test(message)), []);
      assert.strictEqual(statusOf(NZ_OFFICIAL_INFORMATION_ACT_1982, 'paragraph (e)(ii)')[0], 'external');
      assert.match(reasonOf(NZ_OFFICIAL_INFORMATION_ACT_1982, 'paragraph (e)(ii)'), /definition of “official information”/);
      assert.match(reasonOf(NZ_OFFICIAL_INFORMATION_ACT_1982, 'clause 4(1)'), /Education \(Change of Name of Education Entities\) Order 2000/);
      // must not: with words between the term and the citation, it is no part of the definition
      const apart = edited(NZ_OFFICIAL_INFORMATION_ACT_1982, 'Section 2(1) **official information** paragraph (e)(iii): inserted',
        'Section 2(1) **official information** as read with paragraph (e)(iii): inserted');
      assert.doesNotMatch(reasonOf(apart, 'paragraph (e)(iii)'), /definition of/);
    });
  });

  describe('Saudi Arabia (nezams.com)', () => {
    it('"## المادة السادسة" then "المادة السادسة: تعيين …": one article, no duplicate; its items "أ." to "د." are what "الفقرات (أ) و(ب) و(ج) من هذه المادة" cites', () => {
      assert.deepStrictEqual(law.broken(SA_COMPANIES_REGULATIONS), []);
      const cited = law.citation(SA_COMPANIES_REGULATIONS, 'الفقرات (أ) و(ب) و(ج) من هذه المادة');
      // (the label given again right after the heading is read as InfoLEG's "##### ARTICULO 23.—" then "Artículo 23.- …" are)
      assert.deepStrictEqual(cited.targets.map((target) => target.unitId?.replace(/^art_6(?:_dup2)?__/, '')), ['subpara_أ', 'subpara_ب', 'subpara_ج']);
      assert.deepStrictEqual(law.problems(SA_COMPANIES_REGULATIONS, 'duplicate-unit'), []);
      // "المادة (الرابعة عشرة بعد المائة) من النظام": the Companies Law's article, which these Regulations implement
      assert.strictEqual(statusOf(SA_COMPANIES_REGULATIONS, 'المادة (الرابعة عشرة بعد المائة)')[0], 'external');
      // must not: "of these Regulations" is this document, which has no article 114
      const own = edited(SA_COMPANIES_REGULATIONS, 'المادة (الرابعة عشرة بعد المائة) من النظام', 'المادة (الرابعة عشرة بعد المائة) من هذه اللائحة');
      assert.ok(law.broken(own).some((message) => /no article 114/.test(message)), law.broken(own).join('\n'));
    });

    it('"## المادة الأولى" then groupings, a title and "المادة الأولى:" again: no article appears twice', () => {
      assert.deepStrictEqual(law.problems(SA_PERSONAL_STATUS_LAW, 'duplicate-unit'), []);
      const units = unitsOf(SA_PERSONAL_STATUS_LAW).filter((id) => /^art_[^_]+(?:_dup\d)?$/.test(id));
      assert.deepStrictEqual(units, ['art_1', 'art_2', 'art_3', 'art_4', 'art_5', 'art_6', 'art_7']);
      // must not: a label that names another article keeps the heading's article, and is a second article of its own number
      const other = edited(SA_PERSONAL_STATUS_LAW, 'المادة السادسة:\n', 'المادة الأولى:\n');
      assert.ok(['art_6', 'art_1_dup2'].every((id) => unitsOf(other).includes(id)), unitsOf(other).filter((id) => /^art_[^_]+(?:_dup\d)?$/.test(id)).join(' '));
    });

    it('the wording an amendment set out, in quotation marks ("“المادة التاسعة والعشرون بعد المائتين :"), is not taken for the heading\'s label, and its citations are that wording\'s', () => {
      const units = unitsOf(SA_LABOUR_LAW_229);
      assert.ok(units.some((id) => /^art_229_dup/.test(id)), units.filter((id) => id.startsWith('art_229')).join(' '));
      // "… في شأنهم”." then "” المادة الثلاثون بعد المائتين :": the next article's wording, the marks typed the other way round
      assert.deepStrictEqual(law.broken(SA_LABOUR_LAW_229), []);
      assert.match(reasonOf(SA_LABOUR_LAW_229, 'الفقرة الفرعية (ج) من الفقرة (1)'), /quot/);
      // must not: with no mark to open it, the next article's wording is read as this text
      const unopened = edited(SA_LABOUR_LAW_229, '” المادة الثلاثون بعد المائتين :', 'المادة الثلاثون بعد المائتين :');
      assert.doesNotMatch(reasonOf(unopened, 'الفقرة الفرعية (ج) من الفقرة (1)'), /quot/);
    });

    it('paragraphs in quotation marks with no lead-in kept ("“1 – يستثنى …" … "… بكل فئة”.") are a wording set out, "## المادة التاسعة والسبعين مكرر" is article 79 bis', () => {
      assert.deepStrictEqual(law.broken(SA_LABOUR_LAW_ARTICLE_7), []);
      assert.deepStrictEqual(law.problems(SA_LABOUR_LAW_ARTICLE_7, 'duplicate-unit'), []);
      assert.ok(unitsOf(SA_LABOUR_LAW_ARTICLE_7).includes('art_79bis'), unitsOf(SA_LABOUR_LAW_ARTICLE_7).filter((id) => /^art_\w+$/.test(id)).join(' '));
      // must not: one quoted paragraph alone is no wording set out: the citation in it is read as this text's
      const closedAtOnce = edited(SA_LABOUR_LAW_ARTICLE_7, '“1 – يستثنى من تطبيق أحكام هذا النظام كل من :', '“1 – يستثنى من تطبيق أحكام هذا النظام كل من :”');
      assert.ok(law.broken(closedAtOnce).length > 0);
    });

    it('"## المادة " with no number, then "المادة الثالثة عشرة بعد المائتين:": the text gives the number the converter lost', () => {
      assert.deepStrictEqual(law.problems(SA_PERSONAL_STATUS_LAW_213, 'heading-without-number'), []);
      assert.ok(unitsOf(SA_PERSONAL_STATUS_LAW_213).includes('art_213'), unitsOf(SA_PERSONAL_STATUS_LAW_213).filter((id) => /^art_\w+$/.test(id)).join(' '));
      // must not: a paragraph that does not open with a label leaves the heading, without its number, as it is
      const unlabelled = edited(SA_PERSONAL_STATUS_LAW_213, 'المادة الثالثة عشرة بعد المائتين:\n', 'وتطبق الأحكام الآتية:\n');
      assert.ok(law.problems(unlabelled, 'heading-without-number').length > 0);
    });
  });

  describe('Senegal (Journal officiel, vie-publique.sn)', () => {
    it('"**Art. 2.** - Pour l\'application du présent décret …": a bold label, then a dash set apart, opens the article', () => {
      const units = unitsOf(SN_JORS_7736_DECREE);
      for (const id of ['art_1', 'art_2', 'art_3', 'art_11', 'art_21']) assert.ok(units.includes(id), `${id} among ${units.filter((u) => /^art_\d+$/.test(u)).join(' ')}`);
      assert.deepStrictEqual(law.broken(SN_JORS_7736_DECREE), []);
      assert.strictEqual(law.citation(SN_JORS_7736_DECREE, 'article 11 du présent décret').targets[0].unitId, 'art_11');
    });

    it('"dudit contrat, notamment en ses articles 40 et 42": its articles, the contract\'s, not the decree\'s', () => {
      assert.deepStrictEqual(law.broken(SN_JORS_7726), []);
      assert.deepStrictEqual(statusOf(SN_JORS_7726, 'articles 40 et 42'), ['external', 'external']);
      assert.match(reasonOf(SN_JORS_7726, 'articles 40 et 42'), /"ses articles 40 et 42" is of what is named before it/);
      // must not: without the possessive the articles are this document's, which has none of those numbers
      const own = SN_JORS_7726.split('notamment en ses articles 40 et 42').join('notamment en les articles 40 et 42');
      assert.ok(law.broken(own).some((message) => /no article 40/.test(message)), law.broken(own).join('\n'));
    });
  });

  it('BBNJ Agreement (French): "Le présent Accord … À l\'exception de sa partie II": its part II, this Agreement\'s', () => {
    assert.strictEqual(law.citation(BBNJ_AGREEMENT_FR, 'partie II').targets[0].unitId, 'part_ii');
  });

  it('Code de procédure civile: "aux articles 56 à l\'exception de ses deuxième et sixième alinéas" are alinéas of article 56, counted with its items', () => {
    assert.deepStrictEqual(law.broken(FR_CODE_PROCEDURE_CIVILE), []);
    const cited = law.citation(FR_CODE_PROCEDURE_CIVILE, 'deuxième et sixième alinéas');
    assert.ok(cited.targets.every((target) => target.status === 'resolved' && target.unitId?.startsWith('art_56')), JSON.stringify(cited.targets));
    // must not: an alinéa article 56 does not have, counted so (it has seven), is reported
    const ninth = edited(FR_CODE_PROCEDURE_CIVILE, 'ses deuxième et sixième alinéas', 'ses deuxième et neuvième alinéas');
    assert.ok(law.broken(ninth).some((message) => /article 56 has no alinea 9/.test(message)), law.broken(ninth).join('\n'));
  });

  describe('Australia (gitlaw-au) and Singapore (Statutes Online as converted)', () => {
    it('a lead-in that ends with an Act\'s name in stray italics or with ", being:" gives its items that Act; "Part IIIA" is a Part inserted after III', () => {
      assert.deepStrictEqual(law.broken(AU_ADJR_ACT_1977).filter((message) => !/26835/.test(message)), []);
      assert.match(reasonOf(AU_ADJR_ACT_1977, 'section 23'), /Public Governance, Performance and Accountability Act 2013/);
      assert.match(reasonOf(AU_ADJR_ACT_1977, 'section 11Q'), /Migration Act 1958/);
      assert.deepStrictEqual(law.citation(AU_ADJR_ACT_1977, 'Part IIIA', true).reference.targets[0].path.map((step) => `${step.kind} ${step.number}`), ['part IIIA']);
      // must not: a lead-in that goes on after the name names no Act for its items
      const goesOn = edited(AU_ADJR_ACT_1977, 'decisions under the _Migration Act 1958_, being:', 'decisions under the _Migration Act 1958_ that were made overseas:');
      assert.doesNotMatch(reasonOf(goesOn, 'section 11Q'), /Migration Act/);
    });

    it('"…the merits of the case;(b)require the applicant…": items run together with no space are each an item; "the Director of Legal Aid" is a title, not a variant of "legal aid"', () => {
      assert.ok(['sec_7__subsec_b', 'sec_7__subsec_c', 'sec_7__subsec_e'].every((id) => unitsOf(SG_LEGAL_AID_ACT_1995).includes(id)), unitsOf(SG_LEGAL_AID_ACT_1995).filter((id) => id.startsWith('sec_7')).join(' '));
      assert.deepStrictEqual(law.problems(SG_LEGAL_AID_ACT_1995, 'inconsistent-variant'), []);
      // must not: the term in other capitals mid-sentence, not in a title, is still a variant
      const recased = edited(SG_LEGAL_AID_ACT_1995, '“Director” means the Director of Legal Aid', '“Director” means the person who grants Legal Aid');
      assert.ok(law.problems(recased, 'inconsistent-variant').some((message) => /Legal Aid/.test(message)), law.problems(recased, 'inconsistent-variant').join('\n'));
    });
  });
});
