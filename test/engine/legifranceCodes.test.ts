// French codes as Légifrance gives them through legalize-fr: the tax code's numbering ("Article 95 ZG", "article 199 undecies
// B", "article 87-0 A bis"), an annex of a code citing the code ("du code général des impôts" in "Code général des impôts,
// annexe II"), "du même code" after another code, and a code's regulatory part citing its legislative part ("L. 89-3").
// Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { workspaceOf, uriOf } from '../helpers/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { FR_SAME_ARTICLE_INSIDE, FR_ARMS_ARTICLES_CITED, FR_ANNEX_AS_ARTICLE, FR_ANNEX_CITED, FR_PRELIMINARY_CHAPTER, FR_PRELIMINARY_SECTION, FR_HYPHENED_AFTER_LATIN, FR_LATIN_AFTER_HYPHENED, FR_REPLACED_WORDS, FR_PENSIONS_SAME_CODE_AFTER_MENTION, FR_ARTICLES_THEN_TITLES, FR_LONG_PLAIN_SECTION_HEADING, FR_SECTION_KEPT_FROM_EARLIER_VERSION, FR_CGI_ANNEX_IV_CITES_ANNEX_II, FR_CGI_ANNEX_II_ARTICLE_57, FR_TAX_PROCEDURE_BOOK, FR_CGI_ANNEX_NUMBERS, FR_DOMAIN_REGULATORY_PART, FR_ENERGY_SAME_CODE, FR_CITED_BEFORE, FR_HEADINGS_OF_EARLIER_VERSION, FR_LATIN_NOVODECIES, FR_ALINEA_OF_LETTERED_ITEM, FR_FIRST_ALINEA_OF_LETTERED_ITEM, FR_CGI_ANNEX_III_RUN_IN_ITEM } from './legifranceCodesText';

// legalize-fr's front matter: a title, no type and no language
const annexII = oneDocument('cgi-annexe-2.md', '---\ntitle: "Code général des impôts, annexe II"\nidentifier: "LEGITEXT000006069569"\n---\n# Code général des impôts, annexe II\n\n');
const energy = oneDocument('energie.md', '---\ntitle: "Code de l\'énergie"\nidentifier: "LEGITEXT000023983208"\n---\n# Code de l\'énergie\n\n##### Article L111-8\n\nTexte.\n\n');
const domain = oneDocument('domaine.md', '---\ntitle: "Code du domaine de l\'Etat"\nidentifier: "LEGITEXT000006070208"\n---\n# Code du domaine de l\'Etat\n\nArticle R169-4\n\nIl est fait application à la commission départementale.\n\n');
const numbers = (text: string) => parseReferences(text, { language: 'fr', offset: 0 }).map((r) => r.targets.map((t) => t.path.map((s) => s.number).join('/')).join(','));

describe('engine: French codes as Légifrance gives them', () => {
  it('"Article 95 ZG" (heading) and "l\'article 95 ZG" (citation) are one article; "199 undecies B du code général des impôts" is the code\'s', () => {
    assert.deepStrictEqual(annexII.problems(FR_CGI_ANNEX_NUMBERS, 'broken-reference'), []);
    assert.deepStrictEqual(annexII.problems(FR_CGI_ANNEX_NUMBERS, 'duplicate-unit'), []);
    assert.deepStrictEqual(annexII.citation(FR_CGI_ANNEX_NUMBERS, 'article 95 ZG').targets.map((t) => t.unitId), ['art_95zg']);
    assert.strictEqual(annexII.citation(FR_CGI_ANNEX_NUMBERS, 'I de l\'article 199 undecies B', true).status, 'external');
    assert.deepStrictEqual(numbers("l'article 87-0 A bis du code, les articles 23 L nonies A et 46 quindecies QA"), ['87-0Abis', '23LnoniesA,46quindeciesQA']);
    // must not: "A" that a sentence goes on from is the word "à" ("l'article 5 A partir du …")
    assert.deepStrictEqual(numbers("prévu à l'article 5 A partir du 1er janvier"), ['5']);
    // must not: a treaty's initials after the number ("l'article 81 CE") are no part of it
    assert.deepStrictEqual(numbers("conformément à l'article 81 CE"), ['81']);
    // must not: in the code itself, "du code général des impôts" is this code (its article 199 is missing, and reported)
    const code = oneDocument('cgi.md', '---\ntitle: "Code général des impôts"\n---\n# Code général des impôts\n\n');
    assert.strictEqual(code.problems('##### Article 1\n\nLe I de l\'article 199 undecies B du code général des impôts s\'applique.\n', 'broken-reference').length, 1);
  });

  it('"du même code" after "du code de commerce" is the code of commerce\'s, not this code\'s', () => {
    assert.deepStrictEqual(energy.problems(FR_ENERGY_SAME_CODE, 'broken-reference'), []);
    assert.strictEqual(energy.citation(FR_ENERGY_SAME_CODE, 'article L. 430-1 du même code').status, 'external');
    // must not: "du même code" after "du présent code" is this code, and its missing article is reported
    assert.strictEqual(energy.problems('##### Article L111-9\n\nEn application de l\'article L. 111-8 du présent code et de l\'article L. 430-1 du même code, il est statué.\n', 'broken-reference').length, 1);
  });

  it('"Les articles L. 161-22, … du même code" after "L\'article L. 161-22 du code de la sécurité sociale … régies par le présent code": that code\'s', () => {
    assert.deepStrictEqual(energy.problems(FR_PENSIONS_SAME_CODE_AFTER_MENTION, 'broken-reference'), []);
    const same = energy.citation(FR_PENSIONS_SAME_CODE_AFTER_MENTION, 'articles L. 161-22, L. 161-22-1, L. 161-22-1-1 et L. 161-22-1-2 du même code');
    assert.ok(same.targets.every((target) => target.status === 'external' && /sécurité sociale/.test(target.reason ?? '')), JSON.stringify(same.targets));
    // must not: an article not cited with the other code before is this code's after "le présent code", and reported
    assert.strictEqual(energy.problems("##### Article L84\n\nL'article L. 161-22 du code de la sécurité sociale n'est pas applicable aux personnes régies par le présent code. L'article L. 99 du même code est applicable.\n", 'broken-reference').length, 1);
  });

  it('the regulatory part (articles R…) citing "l\'article L. 89-3": the legislative part is published apart', () => {
    assert.deepStrictEqual(domain.problems(FR_DOMAIN_REGULATORY_PART, 'broken-reference'), []);
    assert.match(domain.citation(FR_DOMAIN_REGULATORY_PART, 'article L. 89-3').targets[0].reason ?? '', /lettered "L"/);
    // must not: an R article it lacks is reported
    assert.strictEqual(domain.problems(`${FR_DOMAIN_REGULATORY_PART}\nLa demande prévue à l'article R. 170-99 est rejetée.\n`, 'broken-reference').length, 1);
  });

  it('"Article 242 octodecies" and "Article 242 novodecies" are two articles, no article 242 given twice', () => {
    assert.deepStrictEqual(annexII.problems(FR_LATIN_NOVODECIES, 'duplicate-unit'), []);
    const ids = annexII.unitIds(FR_LATIN_NOVODECIES);
    assert.ok(ids.includes('art_242octodecies') && ids.includes('art_242novodecies'), ids.join(' '));
  });

  it('a section\'s heading given again over nothing but headings (an earlier version\'s) is no duplicate; over articles it is', () => {
    const patrimoine = oneDocument('patrimoine.md', '---\ntitle: "Code du patrimoine"\n---\n# Code du patrimoine\n\n');
    assert.deepStrictEqual(patrimoine.problems(FR_HEADINGS_OF_EARLIER_VERSION, 'duplicate-unit'), []);
    // must not: the heading given again over an article of its own is a duplicate
    const again = FR_HEADINGS_OF_EARLIER_VERSION.replace('#### Sous-section 4 : Procédure judiciaire.\n', '#### Sous-section 4 : Procédure judiciaire.\n\n##### Article L112-30\n\nTexte.\n');
    assert.notStrictEqual(again, FR_HEADINGS_OF_EARLIER_VERSION);
    assert.ok(patrimoine.problems(again, 'duplicate-unit').length >= 1);
  });

  it('"l\'article 787 B précité" (cited before, of the code) is not this annex\'s missing article; without "précité" it is', () => {
    // between articles of this annex's own (written for the test), as in the annex (which has no article 787 B)
    const text = `##### Article 294\n\n${FR_CITED_BEFORE}\n##### Article 900\n\nTexte.\n`;
    // (the excerpt's own "1° du IV du présent article" cites a part the excerpt leaves out)
    assert.deepStrictEqual(annexII.problems(text, 'broken-reference').filter((message) => message.includes('787')), []);
    assert.match(annexII.citation(text, 'article 787 B').targets[0].reason ?? '', /cited before/);
    // must not: an article of this document cited "précité" still links; one it lacks, without the word, is reported
    const own = '##### Article 5\n\nTexte.\n\n##### Article 6\n\nLe délai prévu à l\'article 5 précité est porté à un mois ; celui de l\'article 787 C est maintenu.\n\n##### Article 900\n\nTexte.\n';
    assert.deepStrictEqual(annexII.citation(own, 'article 5').targets.map((t) => t.unitId), ['art_5']);
    // (in a document that is no annex: an annex's unqualified citations may be its code's, below)
    const code = oneDocument('cgi.md', '---\ntitle: "Code général des impôts"\n---\n# Code général des impôts\n\n');
    assert.strictEqual(code.problems(own, 'broken-reference').length, 1);
  });

  it('"l\'article 57 de l\'annexe II au code général des impôts" is article 57 of the annex published as a document of its own', () => {
    const front = (title: string) => `---\ntitle: "${title}"\n---\n# ${title}\n\n`;
    const annexIV = front('Code général des impôts, annexe IV') + FR_CGI_ANNEX_IV_CITES_ANNEX_II;
    const annexIIText = front('Code général des impôts, annexe II') + FR_CGI_ANNEX_II_ARTICLE_57;
    // the code itself: its own copy holds no annex (written for the test)
    const code = `${front('Code général des impôts')}##### Article 1\n\nTexte.\n`;
    const cited = (files: Record<string, string>) => {
      const workspace = workspaceOf(files);
      const found = workspace.resolved(uriOf('cgi-annexe-4.md')).find((r) => r.reference.text.startsWith('article 57 de l\'annexe II'));
      assert.ok(found, workspace.resolved(uriOf('cgi-annexe-4.md')).map((r) => r.reference.text).join(' | '));
      return { found, problems: checkDocument(workspace, uriOf('cgi-annexe-4.md')).filter((d) => d.code === 'broken-reference') };
    };
    // the annex in the workspace: article 57 there
    const all = cited({ 'cgi-annexe-4.md': annexIV, 'cgi-annexe-2.md': annexIIText, 'cgi.md': code });
    assert.deepStrictEqual(all.found.targets.map((t) => [t.documentId, t.unitId]), [['cgi-annexe-2', 'art_57']]);
    assert.deepStrictEqual(all.problems, []);
    // the code without its annex II: nothing to check against, and nothing reported
    const codeOnly = cited({ 'cgi-annexe-4.md': annexIV, 'cgi.md': code });
    assert.strictEqual(codeOnly.found.targets[0].status, 'external');
    assert.match(codeOnly.found.targets[0].reason ?? '', /holds no annex or schedule at all/);
    assert.deepStrictEqual(codeOnly.problems, []);
    // must not: an article the annex in the workspace lacks is reported
    const missing = cited({ 'cgi-annexe-4.md': annexIV.replace('article 57 de l\'annexe II', 'article 57 de l\'annexe II au code général des impôts et de l\'article 999 de l\'annexe II'), 'cgi-annexe-2.md': annexIIText, 'cgi.md': code });
    assert.strictEqual(missing.problems.length, 1);
    assert.match(missing.problems[0].message, /article 999/);
  });

  it('"l\'article L. 102 B du livre des procédures fiscales" is the tax procedure code\'s; "livre II" is a book of this code', () => {
    // (the excerpt leaves out the article's paragraphs IV and VI, which "aux IV et VI" cites)
    assert.deepStrictEqual(annexII.problems(FR_TAX_PROCEDURE_BOOK, 'broken-reference').filter((message) => message.includes('102')), []);
    assert.match(annexII.citation(FR_TAX_PROCEDURE_BOOK, 'article L. 102 B', true).targets[0].reason ?? '', /"livre des procédures fiscales" is not a document/);
    // must not: "du livre II" is a book of the code, and "l'article L. 102 B" alone this document's (missing, reported)
    const kinds = parseReferences("l'article 3 du livre II", { language: 'fr', offset: 0 }).map((r) => r.targets.map((t) => t.path.map((s) => s.kind).join('/')).join(','));
    assert.deepStrictEqual(kinds, ['book/article']);
    const code = oneDocument('cgi.md', '---\ntitle: "Code général des impôts"\n---\n# Code général des impôts\n\n');
    assert.strictEqual(code.problems('##### Article 1\n\nLes documents sont conservés selon l\'article L. 102 B.\n', 'broken-reference').length, 1);
  });

  it('a code\'s lower-case name ends before the verb after it: "du code général des impôts est applicable" links to the code', () => {
    const code = '---\ntitle: "Code général des impôts"\n---\n# Code général des impôts\n\n##### Article 57\n\nTexte.\n';
    // written for the test, in the words of FR_CGI_ANNEX_IV_CITES_ANNEX_II
    const citing = '---\ntitle: "Décret"\nlanguage: fr\n---\n# Décret\n\n##### Article 1\n\nLes dispositions de l\'article 57 du code général des impôts doivent être appliquées.\n';
    const workspace = workspaceOf({ 'cgi.md': code, 'decret.md': citing });
    const found = workspace.resolved(uriOf('decret.md')).find((r) => r.reference.text.startsWith('article 57'));
    assert.strictEqual(found?.reference.text, 'article 57 du code général des impôts');
    assert.deepStrictEqual(found.targets.map((t) => [t.documentId, t.unitId]), [['cgi', 'art_57']]);
    // must not: an adjective after the noun's complement still names the code, and "et" then a connector goes on
    const names = (text: string) => parseReferences(text, { language: 'fr', offset: 0 }).map((r) => r.anchor.kind === 'instrument' ? r.anchor.name : '');
    assert.deepStrictEqual(names("l'article 706-73 du code de procédure pénale est applicable"), ['code de procédure pénale']);
    assert.deepStrictEqual(names("l'article L. 34-1 du code des postes et des communications électroniques sont"), ['code des postes et des communications électroniques']);
    assert.deepStrictEqual(names("l'article L. 336-3 du code de la propriété intellectuelle et leur proposent"), ['code de la propriété intellectuelle']);
  });

  it('"Article 46 quater-0 FB" and "l\'article 262-0 bis" are whole numbers, in headings and citations alike', () => {
    const annexIII = oneDocument('cgi-annexe-3.md', '---\ntitle: "Code général des impôts, annexe III"\n---\n# Code général des impôts, annexe III\n\n');
    const ids = annexIII.unitIds(FR_HYPHENED_AFTER_LATIN);
    assert.ok(ids.includes('art_46quater-0fb') && ids.includes('art_46quater-0fc'), ids.join(' '));
    assert.deepStrictEqual(annexIII.problems(FR_HYPHENED_AFTER_LATIN, 'duplicate-unit'), []);
    assert.deepStrictEqual(annexIII.citation(FR_HYPHENED_AFTER_LATIN, 'article 46 quater-0 FB').targets.map((t) => t.unitId), ['art_46quater-0fb']);
    assert.deepStrictEqual(numbers(FR_LATIN_AFTER_HYPHENED), ['262-0bis/I/2']);
    assert.strictEqual(annexII.citation(FR_LATIN_AFTER_HYPHENED, "2° du I de l'article 262-0 bis du code général des impôts").targets[0].status, 'external');
    // must not: "l'article 262-0 A" keeps its capital, and "l'article 262-0 est" no Latin word
    assert.deepStrictEqual(numbers("l'article 262-0 A bis et l'article 262-0 est"), ['262-0Abis,262-0']);
  });

  it('"a) Les mots : " tribunal judiciaire " par les mots : " … "" replaces words: "Les mots" is no defined term', () => {
    const judiciaire = oneDocument('oj.md', '---\ntitle: "Code de l\'organisation judiciaire"\n---\n# Code de l\'organisation judiciaire\n\n');
    assert.deepStrictEqual(judiciaire.read(FR_REPLACED_WORDS).model.definitions.map((d) => d.term), []);
    assert.deepStrictEqual(judiciaire.problems(FR_REPLACED_WORDS, 'duplicate-definition'), []);
    // must not: "4° Les mots : « agent de l'Etat » désignent …" defines the words quoted
    const defining = "##### Article L1\n\nPour l'application du présent code :\n\n4° Les mots : « agent de l'Etat » désignent le fonctionnaire de l'Etat et l'agent contractuel de l'Etat ;\n";
    assert.deepStrictEqual(judiciaire.read(defining).model.definitions.map((d) => d.term), ["agent de l'Etat"]);
  });

  it('"des articles …, L. 331-1 et L. 332-21, des titres V, VI et VII du même livre III": the titles are the list\'s next items', () => {
    const code = oneDocument('fp.md', '---\ntitle: "Code général de la fonction publique"\n---\n# Code général de la fonction publique\n\n');
    const text = `##### Article L1\n\n${FR_ARTICLES_THEN_TITLES}`;
    assert.deepStrictEqual(code.problems(text, 'broken-reference').filter((message) => /title v(?:i|ii)? has no article/.test(message)), []);
    const kinds = (cited: string) => parseReferences(cited, { language: 'fr', offset: 0 }).map((r) => r.targets.map((t) => t.path.map((step) => `${step.kind}:${step.number}`).join('/')).join(','));
    assert.deepStrictEqual(kinds('des articles L. 331-1 et L. 332-21, des titres V et VI du même livre III'), ['article:L331-1,article:L332-21', 'book:III/title:V,book:III/title:VI']);
    // must not: with no comma the titles hold the articles ("… et R. 251-10 des chapitres III et V du titre V"), and a plain
    // number is an article of the title ("l'article 3 du titre II")
    assert.deepStrictEqual(kinds('des articles R. 236-50 et R. 251-10 des chapitres III et V du titre V'), ['title:V/chapter:III/article:R236-50,title:V/chapter:III/article:R251-10,title:V/chapter:V/article:R236-50,title:V/chapter:V/article:R251-10']);
    assert.deepStrictEqual(kinds("l'article 3 du titre II"), ['title:II/article:3']);
  });

  it('"Section 8 : Achat, gestion … de l\'habitation." on a plain line is a heading\'s label, not a citation of a section 8', () => {
    const domaine = oneDocument('domaine.md', '---\ntitle: "Code du domaine de l\'Etat"\n---\n# Code du domaine de l\'Etat\n\n');
    assert.deepStrictEqual(domaine.problems(FR_LONG_PLAIN_SECTION_HEADING, 'broken-reference'), []);
    assert.match(domaine.citation(FR_LONG_PLAIN_SECTION_HEADING, 'Section 8').targets[0].reason ?? '', /heading written as a line of text/);
    // must not: "la section 8" in a sentence is cited, and reported when there is none
    assert.strictEqual(domaine.problems(`${FR_LONG_PLAIN_SECTION_HEADING}\nLes dispositions de la section 8 : Texte.\n`, 'broken-reference').length, 1);
  });

  it('a section\'s plain heading given again over nothing (an earlier version\'s title) is no duplicate; "section 1ère" is section 1', () => {
    const communes = oneDocument('communes.md', '---\ntitle: "Code des communes de la Nouvelle-Calédonie"\n---\n# Code des communes de la Nouvelle-Calédonie\n\nChapitre IV : Dotations\n\nSection 1 : Dotation\n\nArticle R234-4\n\n');
    assert.deepStrictEqual(communes.problems(FR_SECTION_KEPT_FROM_EARLIER_VERSION, 'duplicate-unit'), []);
    // must not: the heading given again over an article of its own is a duplicate
    const again = FR_SECTION_KEPT_FROM_EARLIER_VERSION.replace("Section 2 : Dotation d'équipement des territoires ruraux\n", "Section 2 : Dotation d'équipement des territoires ruraux\n\nArticle R234-11\n\nTexte.\n");
    assert.notStrictEqual(again, FR_SECTION_KEPT_FROM_EARLIER_VERSION);
    assert.strictEqual(communes.problems(again, 'duplicate-unit').length, 1);
    assert.deepStrictEqual(communes.citation(`${FR_SECTION_KEPT_FROM_EARLIER_VERSION}\nArticle R999\n\nLes délits prévus à la section 1ère du chapitre IV sont punis.\n`, 'section 1ère du chapitre IV').targets[0].status, 'resolved');
  });

  it('in "Code général des impôts, annexe II", "l\'article 39 quinquies GB" it lacks is the code\'s: found there when the code is in the workspace', () => {
    const annexText = '---\ntitle: "Code général des impôts, annexe II"\n---\n# Code général des impôts, annexe II\n\n##### Article 1\n\nLes sommes mentionnées au III de l\'article 39 quinquies GB sont déduites.\n';
    const codeText = (number: string) => `---\ntitle: "Code général des impôts"\n---\n# Code général des impôts\n\n##### Article ${number}\n\nI. – Texte.\n\nII. – Texte.\n\nIII. – Texte.\n`;
    const citedIn = (files: Record<string, string>) => {
      const workspace = workspaceOf(files);
      return { target: workspace.resolved(uriOf('annexe.md'))[0].targets[0], problems: checkDocument(workspace, uriOf('annexe.md')).filter((d) => d.code === 'broken-reference') };
    };
    // the code not in the workspace: nothing to check against, and said so
    const alone = citedIn({ 'annexe.md': annexText });
    assert.match(alone.target.reason ?? '', /an annex of "Code général des impôts"/);
    assert.deepStrictEqual(alone.problems, []);
    // the code in the workspace: its article
    assert.strictEqual(citedIn({ 'annexe.md': annexText, 'cgi.md': codeText('39 quinquies GB') }).target.documentId, 'cgi');
    // must not: the code in the workspace without that article, the citation is reported
    assert.strictEqual(citedIn({ 'annexe.md': annexText, 'cgi.md': codeText('39 quinquies GA') }).problems.length, 1);
  });

  it('"#### Chapitre préliminaire" and "#### Section préliminaire" at the depth of the title keep the title open: its chapters stay in it', () => {
    const sport = oneDocument('sport.md', '---\ntitle: "Code du sport"\n---\n# Code du sport\n\n#### LIVRE II : ACTEURS DU SPORT\n\n');
    const text = `${FR_PRELIMINARY_CHAPTER}\nTexte.\n\n${FR_PRELIMINARY_SECTION}\nTexte.\n\n#### Chapitre II : Lutte contre le dopage\n\n#### Section 4 : Sanctions administratives\n\n##### Article L232-21\n\nEn application de la section 4 du chapitre II du présent titre, il est statué.\n`;
    const ids = sport.unitIds(text);
    for (const id of ['book_ii__title_iii__chp_0', 'book_ii__title_iii__chp_i__sec_0', 'book_ii__title_iii__chp_i__sec_1', 'book_ii__title_iii__chp_ii__sec_4']) assert.ok(ids.includes(id), `${id} among ${ids.join(' ')}`);
    assert.deepStrictEqual(sport.citation(text, 'section 4 du chapitre II du présent titre').targets.map((t) => t.unitId), ['book_ii__title_iii__chp_ii__sec_4']);
    // must not: a section this title's chapter II lacks is reported
    const missing = sport.problems(text.replace('la section 4 du chapitre II', 'la section 9 du chapitre II'), 'broken-reference').filter((message) => message.includes('section 9'));
    assert.deepStrictEqual(missing, ['"section 9 du chapitre II du présent titre": chapter ii has no section 9: it has 1 section (Section 4).']);
  });

  it('"au 2° du même article 131-39" after "l\'article 131-39 du code pénal" is the penal code\'s article, not this code\'s', () => {
    const defense = oneDocument('defense.md', '---\ntitle: "Code de la défense"\nlanguage: fr\n---\n# Code de la défense\n\n');
    assert.deepStrictEqual(defense.problems(FR_SAME_ARTICLE_INSIDE, 'broken-reference').filter((message) => message.includes('131-39')), []);
    assert.match(defense.citation(FR_SAME_ARTICLE_INSIDE, '2° du même article 131-39').targets[0].reason ?? '', /same as one cited before/);
    // must not: "au 2° de l'article 131-39" with no "même" is this code's, and reported
    assert.strictEqual(defense.problems('##### Article L1\n\nL\'interdiction mentionnée au 2° de l\'article 131-39 porte sur l\'activité.\n', 'broken-reference').length, 1);
  });

  it('"aux 1° et 2° du II" where "II. - 1° Au titre …" runs its item into the paragraph\'s line: that item, no error', () => {
    const annexIII = oneDocument('cgi-annexe-3.md', '---\ntitle: "Code général des impôts, annexe III"\nidentifier: "LEGITEXT000006069574"\n---\n# Code général des impôts, annexe III\n\n');
    assert.deepStrictEqual(annexIII.problems(FR_CGI_ANNEX_III_RUN_IN_ITEM, 'broken-reference'), []);
    const first = annexIII.citation(FR_CGI_ANNEX_III_RUN_IN_ITEM, '1° et 2° du II').targets[0];
    assert.match(first.reason ?? '', /"1°" is run into the text of paragraph II/);
    // must not: with no "1°" written in paragraph II's line, the missing item is said as one the copy leaves out (a note, not an error)
    const without = FR_CGI_ANNEX_III_RUN_IN_ITEM.replace('II. - 1° Au titre', 'II. - Au titre');
    assert.deepStrictEqual(annexIII.problems(without, 'broken-reference'), []);
    assert.ok(annexIII.problems(without, 'reference-not-in-workspace').some((message) => /paragraph II opens at item 2°, without its first/.test(message)));
  });

  it('"les articles L. 2339-5, L. 2339-6, L. 2339-7 et L. 2339-8" where the copy holds L2339-5 and L2339-8: left out, said as information', () => {
    const defense = oneDocument('defense.md', '---\ntitle: "Code de la défense"\nlanguage: fr\n---\n# Code de la défense\n\n');
    // the code's articles around them, written for the test
    const text = `##### Article L2339-5\n\nTexte.\n\n##### Article L2339-8\n\nTexte.\n\n##### Article L2339-9\n\n${FR_ARMS_ARTICLES_CITED}`;
    // (the excerpt's "au VI du présent article" cites a part of the article it stands in, which the test leaves out)
    assert.deepStrictEqual(defense.problems(text, 'broken-reference').filter((message) => message.includes('L. 2339')), []);
    assert.strictEqual(defense.problems(text, 'reference-not-in-workspace').length, 2);
    // must not: a number past the last of its family (L2339-12 after L2339-9) is reported
    assert.strictEqual(defense.problems(`${text}\nVoir l'article L. 2339-12.\n`, 'broken-reference').filter((message) => message.includes('L. 2339')).length, 1);
  });

  it('"##### Article Annexe 1" (an annex given as an article) is annex 1, which "mentionnés à l\'annexe 1" cites', () => {
    const ceseda = oneDocument('ceseda.md', '---\ntitle: "Code de l\'entrée et du séjour des étrangers et du droit d\'asile"\n---\n# Code de l\'entrée et du séjour des étrangers et du droit d\'asile\n\n');
    const text = `##### Article D110-1\n\n${FR_ANNEX_CITED}\n${FR_ANNEX_AS_ARTICLE}`;
    assert.ok(ceseda.unitIds(text).includes('annex_1'), ceseda.unitIds(text).join(' '));
    assert.deepStrictEqual(ceseda.citation(text, 'annexe 1').targets.map((t) => t.unitId), ['annex_1']);
    // must not: "Article Annexe I-1 (art. R122-4)" (a part of annex I numbered after it) opens no annex I
    assert.ok(!ceseda.unitIds('##### Article Annexe I-1 (art. R122-4)\n\nTexte.\n').some((id) => id.startsWith('annex_')));
  });
  it('"au huitième alinéa du f du 1° du I de l\'article 31 du code général des impôts": a lettered item named bare in the chain, which goes on to the article and its code', () => {
    for (const [text, alinea, letter] of [[FR_ALINEA_OF_LETTERED_ITEM, '8', 'f'], [FR_FIRST_ALINEA_OF_LETTERED_ITEM, '1', 'j']]) {
      const reference = parseReferences(text, { language: 'fr' }).find((found) => found.targets[0]?.path[0]?.number === '31')!;
      assert.ok(reference, text);
      assert.deepStrictEqual(reference.targets[0].path.map((step) => `${step.kind} ${step.number}`), ['article 31', 'unspecified I', 'unspecified 1', `unspecified ${letter}`, `alinea ${alinea}`]);
      assert.deepStrictEqual(reference.anchor.kind === 'instrument' && reference.anchor.name, 'code général des impôts');
    }
    // must not: a letter that no unit follows is not read into the chain ("le deuxième alinéa du b est complété": the alinéa alone)
    assert.deepStrictEqual(parseReferences("le deuxième alinéa du b est complété", { language: 'fr' }).map((found) => found.targets[0].path.map((step) => step.kind)), [['alinea']]);
  });
});
