// Italian laws as the normattiva_2_md converter gives them (verbatim excerpts, italianLawsText.ts): articles "Art. 3-bis.",
// paragraphs "1-bis.", points "m-bis)", citations "all'articolo 1, comma 2, del decreto legislativo 30 marzo 2001, n. 165",
// "del medesimo decreto", amending articles whose points are another law's, repeal lists run with semicolons.
// Before the Italian table, these files were read as Spanish and gave hundreds of false errors. Each principle has a
// case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { parseDocument } from '../../server/src/engine/document';
import { guessLanguage } from '../../server/src/engine/language';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { readHeading } from '../../server/src/engine/headings';
import { normaliseNumber, numbersMatch } from '../../server/src/engine/keywords';
import { statusesAfterTyping, uriOf, workspaceOf } from '../helpers/workspace';
import { IT_CAD_ARTICLES_2_TO_4, IT_CAD_ARTICLE_32, IT_CAD_ARTICLE_7, IT_CAD_ARTICLES_61_64_WITH_NOTE, IT_CAD_ARTICLE_91, IT_DLGS_118_2011_ART74, IT_DLGS_129_2015_ART7, IT_DLGS_150_2009_ART40, IT_DLGS_213_2009_ART19, IT_CONSTITUTION_WIKISOURCE, IT_HIGHWAY_CODE_ART202, IT_LAW_833_1978_ARTS_3_37, IT_HIGHWAY_CODE_TITLE_VI, IT_MILITARY_CODE_SECTION_HEADING, IT_PRIVACY_CODE_CAPO_II, IT_MILITARY_CODE_FLAT_GROUPINGS, IT_TUEL_REPEAL_LIST, IT_TUEL_REPEALED_ARTICLES, IT_TUEL_ART_274_LEAD_IN, IT_DLGS_241_1997_ARTS_32_34 } from './italianLawsText';

const URI = uriOf('legge.md');

/** Each citation's text and where it resolves (unit id, or its status). */
function resolutions(text: string): Array<[string, string]> {
  return workspaceOf({ 'legge.md': text }).resolved(URI).map((r) => [r.reference.text, r.targets.map((t) => (t.status === 'resolved' ? t.unitId : t.status)).join()]);
}

function errors(text: string): string[] {
  return checkDocument(workspaceOf({ 'legge.md': text }), URI).filter((d) => d.severity === 'error').map((d) => d.message);
}

describe('engine: Italian laws as normattiva gives them', () => {
  it('tells Italian from Spanish, and Spanish stays Spanish', () => {
    assert.strictEqual(guessLanguage(IT_CAD_ARTICLES_2_TO_4), 'it');
    // a short excerpt whose Spanish-looking words ("del", "presente") outnumber the Italian ones but for "dei", "nel"
    assert.strictEqual(guessLanguage(IT_DLGS_213_2009_ART19), 'it');
    assert.strictEqual(guessLanguage('Artículo 2.- Los datos personales de las personas naturales que se encuentren en el registro del Estado serán tratados por la autoridad para los fines de la presente ley.'), 'es');
  });

  it('numbers "Art. 3-bis." and "1-bis." as units inserted after 3 and 1, not as second articles 3 and paragraphs 1', () => {
    const model = parseDocument(URI, IT_CAD_ARTICLES_2_TO_4);
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'article').map((u) => u.id), ['art_2', 'art_3', 'art_3bis', 'art_4']);
    // "Capo I - PRINCIPI GENERALI" and "Sezione I - …" are the groupings above them
    assert.deepStrictEqual(model.units.filter((u) => u.headingDepth > 0 && u.kind !== 'article').map((u) => u.id), ['chp_i', 'chp_i__sec_i', 'chp_i__sec_ii']);
    assert.deepStrictEqual(model.units.find((u) => u.id === 'art_2')!.children.map((u) => u.number), ['1', '2', '2bis', '3', '4', '5', '6', '6bis']);
    assert.ok(!checkDocument(workspaceOf({ 'legge.md': IT_CAD_ARTICLES_2_TO_4 }), URI).some((d) => d.code === 'duplicate-unit'));
    // "01. Chiunque …", "1. I soggetti …", "1-bis. …": markdown would render 1, 2, but the law numbers them 01 and 1
    assert.deepStrictEqual(model.units.find((u) => u.id === 'art_3bis')!.children.slice(0, 3).map((u) => u.number), ['01', '1', '1bis']);
  });

  it("resolves \"commi 1, 1-bis e 4-quinquies\", \"all'articolo 3-bis\" and \"lettera b)\" here, and another law's articles there", () => {
    const found = resolutions(IT_CAD_ARTICLES_2_TO_4);
    const of = (text: string) => found.find(([cited]) => cited === text)?.[1];
    assert.strictEqual(of('commi 1, 1-bis e 4-quinquies'), 'art_3bis__para_1,art_3bis__para_1bis,art_3bis__para_4quinquies');
    assert.strictEqual(of('articolo 3-bis'), 'art_3bis');
    assert.strictEqual(of('lettera b)'), 'art_2__para_2__subpara_b');
    // the instrument named by its date and number, and "del medesimo decreto" (the one named before): not this Code
    assert.strictEqual(of('articolo 1, comma 2, del decreto legislativo 30 marzo 2001, n. 165'), 'external');
    assert.strictEqual(of('articolo 2, comma 1, lettera p), del medesimo decreto'), 'external');
    assert.strictEqual(of('artt. 9, terzo comma, della legge 17 febbraio 1968, n. 108'), 'external');
    // must not: "articolo 4 del presente decreto" is this document's
    assert.strictEqual(of('articolo 4 del presente decreto'), 'art_4');
  });

  it('reads the date and number that name a decree: "decreto del Presidente della Repubblica 28 dicembre 2000, n. 445"', () => {
    const [citation] = parseReferences("Visto l'articolo 43, comma 1, del decreto del Presidente della Repubblica 29 dicembre 1973, n. 1092, e successive modificazioni", { language: 'it' });
    assert.strictEqual(citation.text, 'articolo 43, comma 1, del decreto del Presidente della Repubblica 29 dicembre 1973, n. 1092');
    assert.deepStrictEqual(citation.anchor.kind === 'instrument' ? citation.anchor.name : undefined, 'decreto del Presidente della Repubblica 29 dicembre 1973, n. 1092');
    // must not: the name ends with the number, not with the words after it (CAD, note to article 2)
    const [title] = parseReferences("l'illegittimita' costituzionale degli artt. 9, terzo comma, della legge 17 febbraio 1968, n. 108 (Norme per la elezione dei Consigli regionali delle Regioni a statuto normale) e 2", { language: 'it' });
    assert.strictEqual(title.text, 'artt. 9, terzo comma, della legge 17 febbraio 1968, n. 108');
  });

  it('opens the points "m-bis)" and resolves "articolo 32, comma 3, lettera m-bis)" to it', () => {
    const model = parseDocument(URI, IT_CAD_ARTICLE_32);
    const points = model.units.find((u) => u.id === 'art_32__para_3')!.children.map((u) => u.number);
    assert.deepStrictEqual(points.slice(-3), ['l', 'm', 'mbis']);
    assert.deepStrictEqual(resolutions(IT_CAD_ARTICLE_32).find(([cited]) => cited === 'articolo 32, comma 3, lettera m-bis)')?.[1], 'art_32__para_3__subpara_mbis');
    assert.deepStrictEqual(errors(IT_CAD_ARTICLE_32), []);
  });

  it("makes the points of an amending article the amended law's: \"All'articolo 19 del decreto legislativo …, sono apportate le seguenti modificazioni:\"", () => {
    const found = resolutions(IT_DLGS_150_2009_ART40);
    // "a) il comma 1 e' sostituito dal seguente: «1. …»", "d) al comma 3, …", "f) … dai commi 4, 5-bis e 6": article 19 of that decree
    for (const cited of ['comma 1', 'comma 3', 'commi 4, 5-bis e 6', 'comma 6 ed il comma 6-bis']) {
      assert.ok(found.some(([text, where]) => text === cited && /^external(,external)*$/.test(where)), cited);
    }
    assert.deepStrictEqual(errors(IT_DLGS_150_2009_ART40), []);
    // must not: the article's own "presente articolo" is still this article
    assert.ok(found.some(([text, where]) => text === 'presente articolo' && where === 'art_40'));
  });

  it('gives repeal lists run with semicolons to the decree they end by naming, and keeps this article\'s own paragraphs', () => {
    const found = resolutions(IT_CAD_ARTICLE_91);
    // "…; 36, commi 1, 2, 3, 4, 5 e 6; 51; del decreto del Presidente della Repubblica 28 dicembre 2000, n. 445"
    const repealed = found.filter(([text]) => text === 'commi 1, 2, 3, 4, 5 e 6');
    assert.strictEqual(repealed.length, 2);
    for (const [, where] of repealed) assert.ok(where.split(',').slice(3).every((status) => status === 'external'), where);
    // "lettere t), u), …, aa), bb), …" of another law's article 1: the doubled letters are read as points
    assert.ok(found.some(([text]) => /lettere t\), u\), v\), z\), aa\), bb\)/.test(text)));
    assert.deepStrictEqual(errors(IT_CAD_ARTICLE_91), []);
  });

  it('reads labels inside normattiva\'s double parentheses: "## ((CAPO II - (PRINCIPI)))", "((01. Chiunque …"', () => {
    const privacy = parseDocument(URI, IT_PRIVACY_CODE_CAPO_II);
    assert.ok(privacy.units.some((u) => u.id === 'chp_ii' && u.kind === 'chapter'), privacy.units.map((u) => u.id).join(' '));
    const article7 = parseDocument(URI, IT_CAD_ARTICLE_7).units.find((u) => u.id === 'art_7')!;
    assert.deepStrictEqual(article7.children.map((u) => u.number), ['01', '1', '2', '3', '4']);
    // must not: "((Diritto a servizi on-line …))", the article's title in parentheses, stays its title
    assert.match(article7.title ?? '', /Diritto a servizi on-line/);
  });

  it("does not report what an editor's note under the article cites of the amending acts, and says why", () => {
    const found = workspaceOf({ 'legge.md': IT_CAD_ARTICLES_61_64_WITH_NOTE }).resolved(URI);
    const noted = found.find((r) => r.reference.text === 'art. 61, comma 2, lettera d)');
    assert.ok(noted, found.map((r) => r.reference.text).join(' | '));
    assert.strictEqual(noted.targets[0].status, 'external');
    assert.match(noted.targets[0].reason ?? '', /editor's note on the amendments \("AGGIORNAMENTO \(\d+\)/);
    // (the excerpt lacks article 62, which the article cites: that error is the excerpt's)
    assert.deepStrictEqual(errors(IT_CAD_ARTICLES_61_64_WITH_NOTE).filter((message) => /art\. 61/.test(message)), []);
    // must not: the article's own paragraphs cited in its text still resolve
    assert.ok(found.some((r) => r.reference.text === 'comma 2-quater' && r.targets[0].status === 'resolved'), found.map((r) => r.reference.text).join(' | '));
  });

  it('opens a title and its first chapter from one heading: "## TITOLO VI … Capo I …", then "## Capo II - …" in the same title', () => {
    const model = parseDocument(URI, IT_HIGHWAY_CODE_TITLE_VI);
    const title = model.units.find((u) => u.id === 'title_vi')!;
    assert.ok(title, model.units.map((u) => u.id).join(' '));
    assert.strictEqual(title.title, 'DEGLI ILLECITI PREVISTI DAL PRESENTE CODICE E DELLE RELATIVE SANZIONI');
    assert.deepStrictEqual(title.children.filter((u) => u.kind === 'chapter').map((u) => [u.number, u.title]),
      [['i', 'DEGLI ILLECITI AMMINISTRATIVI E DELLE RELATIVE SANZIONI'], ['ii', 'DEGLI ILLECITI PENALI']]);
    assert.strictEqual(model.units.find((u) => u.id === 'art_194')?.parent?.id, 'title_vi__chp_i__sec_i');
    assert.strictEqual(model.units.find((u) => u.id === 'art_220')?.parent?.id, 'title_vi__chp_ii__sec_i');
    // must not: "… IN RELAZIONE AL LIBRO I" names the book it concerns; the section opens no book
    const section = readHeading(IT_MILITARY_CODE_SECTION_HEADING.replace(/^#+\s*/, ''))!;
    assert.deepStrictEqual([section.kind, section.number, section.within], ['section', 'ii', undefined]);
  });

  it('finds "libro IV, titolo VIII, capo V" where every grouping heading has one depth: after the book\'s heading, before the next book', () => {
    const target = (text: string) => {
      const workspace = workspaceOf({ 'legge.md': text });
      const found = workspace.resolved(URI).find((r) => r.reference.text.startsWith('libro'))!.targets[0];
      return found.status === 'resolved' ? workspace.get(URI)!.unitsById.get(found.unitId!)!.title : found.status;
    };
    // book IV's title VIII, then its chapter V (not the chapter V of an earlier title of book IV, nor of title IX); the
    // citation cut after its chapter (its "sezioni da I a VII del presente codice" run past the excerpt, which holds section I only)
    const toChapter = IT_MILITARY_CODE_FLAT_GROUPINGS.replace('capo V, sezioni da I a VII del presente codice', 'capo V');
    assert.strictEqual(target(toChapter), 'ONORIFICENZE MILITARI E RICOMPENSE');
    assert.ok(!errors(IT_MILITARY_CODE_FLAT_GROUPINGS).some((message) => /libro IV/.test(message)));
    // must not: book II's title VIII has no chapter V before book IV begins; the one after is another book's
    const bookTwo = toChapter.replace('dal libro IV, titolo VIII', 'dal libro II, titolo VIII');
    assert.strictEqual(target(bookTwo), 'unresolved');
  });

  it('reads the paragraphs in a repeal list\'s item that opens by naming a law as that law\'s ("- kk) legge 15 maggio 1997, n. 127, limitatamente agli articoli: 4; 5 ad eccezione del comma 7; …")', () => {
    const found = workspaceOf({ 'legge.md': IT_TUEL_REPEAL_LIST }).resolved(URI);
    const comma7 = found.find((r) => r.reference.text === 'comma 7')!.targets[0];
    assert.strictEqual(comma7.status, 'external');
    assert.match(comma7.reason ?? '', /legge 15 maggio 1997, n\. 127/);
    assert.deepStrictEqual(errors(IT_TUEL_REPEAL_LIST), []);
    // must not: the same words in an item that names no law are this article's paragraphs, and reported
    const unnamed = IT_TUEL_REPEAL_LIST.replace('- kk) legge 15 maggio 1997, n. 127, limitatamente', '- kk) limitatamente');
    assert.ok(errors(unnamed).some((message) => /"comma 7": article 274 has no paragraph 7/.test(message)), errors(unnamed).join('\n'));
  });

  it('does not report the letters of a repealed article as missing: "lettere a), b) … del comma 1 dell\'articolo 58", article 58 "((ARTICOLO ABROGATO …))"', () => {
    assert.deepStrictEqual(errors(IT_TUEL_REPEALED_ARTICLES), []);
    const letter = workspaceOf({ 'legge.md': IT_TUEL_REPEALED_ARTICLES }).resolved(URI).find((r) => r.reference.text.endsWith("dell'articolo 58"))!.targets[0];
    assert.strictEqual(letter.status, 'external');
    assert.match(letter.reason ?? '', /article 58 is repealed \("ARTICOLO ABROGATO DALLA L\. 31 DICEMBRE 2012, N\. 235"\)/);
    // typed in: a letter that unmakes article 58's notice ("ABROGATOx") is read as a fresh workspace reads it
    const { editing, fresh } = statusesAfterTyping(URI, IT_TUEL_REPEALED_ARTICLES, 'ABROGATO');
    assert.deepStrictEqual(editing, fresh);
    assert.ok(editing.some((status) => status.startsWith('unresolved')), 'article 58 is no longer read as repealed');
    // must not: an article in force whose words speak of repeal (article 58 given article 274's lead-in, line 3744) is
    // not read as repealed
    const inForce = IT_TUEL_REPEALED_ARTICLES.replace('### Art. 58.\n\n((ARTICOLO ABROGATO DALLA L. 31 DICEMBRE 2012, N. 235)) ((63))', `### Art. 58.\n\n${IT_TUEL_ART_274_LEAD_IN}`);
    const reasons = workspaceOf({ 'legge.md': inForce }).resolved(URI).filter((r) => r.reference.text.endsWith("dell'articolo 58")).flatMap((r) => r.targets.map((t) => t.reason ?? ''));
    assert.ok(reasons.length > 0 && reasons.every((reason) => !/repealed/.test(reason)), reasons.join('\n'));
  });

  it('reads "capo di 3^ classe" (a rank) as words, not chapter "di"; "la parte A" (a portion of an indemnity) in a code whose parts are numbered is not reported', () => {
    // verbatim, refs_010G0089_20100508.md lines 12875, 22273 (the code's parts are numbered: "## Parte II Formazione") and 5269
    assert.deepStrictEqual(parseReferences("- a) maresciallo: capo di 3^ classe per la Marina militare, maresciallo di 3^ classe per l'Aeronautica militare;", { language: 'it' }), []);
    const code = `${IT_MILITARY_CODE_FLAT_GROUPINGS}\n## Parte II Formazione\n\n6. Le quote comprese nella parte A, che sono determinate dall'ufficio di cui all'articolo 482, sono le seguenti:\n`;
    const part = workspaceOf({ 'legge.md': code }).resolved(URI).find((r) => r.reference.text === 'parte A')!.targets[0];
    assert.strictEqual(part.status, 'external');
    assert.match(part.reason ?? '', /numbers its parts and letters none/);
    // must not: a part the code does not have, numbered as its parts are, is still reported
    const missing = workspaceOf({ 'legge.md': code.replace('nella parte A,', 'nella parte IX,') }).resolved(URI).find((r) => r.reference.text === 'parte IX')!.targets[0];
    assert.strictEqual(missing.status, 'unresolved');
  });

  it('reads no alinea in "((" alone on its line: "lettere a), b) e c) del comma l dell\'articolo 32" finds paragraph 1\'s letters', () => {
    const workspace = workspaceOf({ 'legge.md': IT_DLGS_241_1997_ARTS_32_34 });
    const article = workspace.get(URI)!.unitsById.get('art_32')!;
    assert.deepStrictEqual(article.children.map((unit) => unit.id), ['art_32__para_1']);
    const cited = workspace.resolved(URI).find((r) => r.reference.text.startsWith('lettere a), b) e c)'))!;
    assert.deepStrictEqual(cited.targets.map((target) => target.unitId), ['art_32__para_1__subpara_a', 'art_32__para_1__subpara_b', 'art_32__para_1__subpara_c']);
    // must not: a paragraph of words with no number is still the article's alinea
    const model = parseDocument(URI, IT_TUEL_REPEALED_ARTICLES);
    assert.ok(model.unitsById.get('art_58')!.children.some((unit) => unit.kind === 'alinea'));
  });

  it('reads "2212-nonies" as "2212-novies" and "2-quinquiesdecies" as "2-quindecies": one Latin adverb in two spellings, in one code', () => {
    assert.strictEqual(normaliseNumber('2212-nonies'), normaliseNumber('2212-novies'));
    assert.strictEqual(normaliseNumber('2-quinquiesdecies'), normaliseNumber('2-quindecies'));
    assert.ok(numbersMatch('21-nonies', '21novies'));
    // must not: the eighth and the ninth stay apart
    assert.notStrictEqual(normaliseNumber('2212-octies'), normaliseNumber('2212-nonies'));
  });

  it('does not read normattiva\'s amendment mark after a citation as its part: "dall\'articolo 21-nonies.((41))"', () => {
    // verbatim, refs_090G0294_19900818.md line 361
    const [citation] = parseReferences("l'amministrazione competente adotta comunque i provvedimenti previsti dal medesimo comma 3 in presenza delle condizioni previste dall'articolo 21-nonies.((41))", { language: 'it' }).slice(-1);
    assert.strictEqual(citation.text, 'articolo 21-nonies');
    assert.deepStrictEqual(citation.targets[0].path.map((step) => step.number), ['21nonies']);
    // must not: "5.1" is section 5's subsection 1
    const [dotted] = parseReferences('under section 5.1 of this Act', { language: 'en' });
    assert.deepStrictEqual(dotted.targets[0].path.map((step) => step.number), ['5', '1']);
  });

  it('reads "della sezione o, in caso di impedimento" and "in sezioni e, a richiesta" as words, not sections "o" and "e"', () => {
    const cited = (text: string) => parseReferences(text, { language: 'it' }).map((citation) => citation.text);
    assert.deepStrictEqual(cited("a) del presidente della Corte militare di appello o della sezione o, in caso di impedimento, di un magistrato militare"), []);
    assert.deepStrictEqual(cited("1. Il collegio medico-legale e' articolato in sezioni e, a richiesta del presidente o di almeno tre membri, si pronuncia in seduta plenaria."), []);
    // must not: a code's sections numbered in roman
    assert.deepStrictEqual(cited('diversi da quelli realizzati ai sensi della sezione II del presente capo'), ['sezione II del presente capo']);
  });

  it('reads the law a long lead-in amends ("Nel decreto legislativo …, sono apportate le seguenti modificazioni: 1) all\'art. 114:")', () => {
    const found = workspaceOf({ 'legge.md': IT_DLGS_118_2011_ART74 }).resolved(URI);
    // "a) al comma 1 e' aggiunto, in fine, …": paragraph 1 of the amended article, not of this one
    const first = found.find((r) => r.reference.text === 'comma 1')!;
    assert.strictEqual(first.targets[0].status, 'external');
    assert.match(first.targets[0].reason ?? '', /testo unico delle leggi sull'ordinamento degli enti locali/);
    // point f): the TUEL's articles and their paragraphs "5-bis", "5-quater", run into one line, none reported
    assert.deepStrictEqual(errors(IT_DLGS_118_2011_ART74), []);
    // must not: "presente articolo" in the article's own words is still this article
    assert.ok(found.some((r) => r.reference.text === 'presente articolo' && r.targets[0].status === 'resolved' && r.targets[0].unitId === 'art_74'));
  });

  it('parts a list of articles with semicolons: "dagli articoli 83, comma 6; 88, comma 3; 97, comma 9"', () => {
    const [citation] = parseReferences("non e' inoltre consentito per le violazioni previste dagli articoli 83, comma 6; 88, comma 3; 97, comma 9; 100, comma 12", { language: 'it' });
    assert.deepStrictEqual(citation.targets.map((t) => t.path.map((step) => `${step.kind} ${step.number}`).join(', ')),
      ['article 83, paragraph 6', 'article 88, paragraph 3', 'article 97, paragraph 9', 'article 100, paragraph 12']);
    // must not: after a paragraph's own list, a semicolon goes back to the articles ("4, commi 1 e 3; 5")
    const [repeal] = parseReferences('limitatamente agli articoli 1; 2; 3; 4, commi 1 e 3; 5; 6 tranne il comma 8', { language: 'it' });
    assert.deepStrictEqual(repeal.targets.map((t) => t.path.map((step) => step.number).join('.')), ['1', '2', '3', '4.1', '4.3', '5', '6']);
    assert.ok(workspaceOf({ 'legge.md': IT_HIGHWAY_CODE_ART202 }).resolved(URI).some((r) => /^articoli 83, comma 6; 88, comma 3;/.test(r.reference.text)));
  });

  it('does not report "secondo comma dell\'articolo 3" where article 3 is one block of sentences (its paragraphs run together)', () => {
    const found = workspaceOf({ 'legge.md': IT_LAW_833_1978_ARTS_3_37 }).resolved(URI);
    const second = found.find((r) => r.reference.text === "secondo comma dell'articolo 3")!;
    assert.ok(second, found.map((r) => r.reference.text).join(' | '));
    assert.strictEqual(second.targets[0].status, 'external');
    assert.match(second.targets[0].reason ?? '', /fewer paragraphs here than the one cited, but as many sentences/);
    // must not: a paragraph cited by its number ("comma 2", written "2." where it stands) is still reported when missing
    const numbered = IT_LAW_833_1978_ARTS_3_37.replace("secondo comma dell'articolo 3", "comma 2 dell'articolo 3");
    assert.ok(errors(numbered).some((message) => /^"comma 2 dell'articolo 3": article 3 has no paragraph 2/.test(message)), errors(numbered).join(' | '));
  });

  it('reads through normattiva\'s double parentheses inside a citation and "al citato articolo" (the one named before)', () => {
    // CAD article 64-bis (main.md line 1367), verbatim
    const [fund] = parseReferences("a valere sul Fondo per l'innovazione tecnologica e la digitalizzazione di cui all'articolo 239 del ((decreto-legge)) 19 maggio 2020, n. 34 ((, convertito", { language: 'it' });
    assert.strictEqual(fund.anchor.kind, 'instrument');
    // Codice privacy (refs_003G0218 line 1256): "dal citato articolo 226 delle norme di cui al decreto legislativo n. 271 del 1989"
    const [cited] = parseReferences('ai fini dello svolgimento delle investigazioni preventive previste dal citato articolo 226 delle norme di cui al decreto legislativo n. 271 del 1989', { language: 'it' });
    assert.strictEqual(cited.anchor.kind, 'instrument');
    // must not: a single "(" opens a parenthesis of the text, which ends the citation ("comma 1 (primo periodo)")
    const [plain] = parseReferences('di cui al comma 1 (primo periodo) e al comma 2', { language: 'it' });
    assert.strictEqual(plain.text, 'comma 1');
  });

  it('reads "terzo periodo" (a sentence) inside a citation and goes on to the instrument: "articolo 59, comma 13, terzo periodo, della legge …"', () => {
    // D.Lgs. 443/2000 (refs_000G0441 line 1044), verbatim
    const [citation] = parseReferences("2. All'articolo 59, comma 13, terzo periodo, della legge 27 dicembre 1997, n. 449, le parole", { language: 'it' });
    assert.strictEqual(citation.text, 'articolo 59, comma 13, terzo periodo, della legge 27 dicembre 1997, n. 449');
    assert.deepStrictEqual(citation.targets.map((t) => t.path.map((step) => `${step.kind} ${step.number}`).join(', ')), ['article 59, paragraph 13']);
    // must not: a sentence cited alone is a sentence of the paragraph it stands in, never an "item 2"
    const [alone] = parseReferences('Il secondo periodo si applica anche', { language: 'it' });
    assert.deepStrictEqual([alone.targets.length, alone.anchor.kind], [0, 'this']);
  });

  it('opens "# Parte prima" and "# Parte seconda" at the first level, a "Titolo I" in each, and "### XVII" as a provision', () => {
    const model = parseDocument(URI, IT_CONSTITUTION_WIKISOURCE);
    const groupings = model.units.filter((u) => u.headingDepth > 0 && u.kind !== 'article').map((u) => u.id);
    assert.deepStrictEqual(groupings.filter((id) => /^part_/.test(id)), ['part_1', 'part_1__title_i', 'part_2', 'part_2__title_i', 'part_2__title_i__sec_i']);
    assert.ok(!checkDocument(workspaceOf({ 'legge.md': IT_CONSTITUTION_WIKISOURCE }), URI).some((d) => d.code === 'duplicate-unit'));
    // "agli effetti di cui al secondo comma del presente articolo" inside "### XVII": that provision's second paragraph
    const found = workspaceOf({ 'legge.md': IT_CONSTITUTION_WIKISOURCE }).resolved(URI).find((r) => r.reference.text === 'secondo comma del presente articolo')!;
    assert.strictEqual(found.targets[0].status, 'resolved');
    assert.match(found.targets[0].unitId ?? '', /^art_xvii__al_2$/);
    // must not: a first-level heading repeated at every chunk ("# Title 15— COMMERCE AND TRADE") stays the document's title
    const repeated = parseDocument(URI, '---\nid: t\n---\n# Title 15— COMMERCE AND TRADE\n\n## §6501. Definitions\n\nText.\n\n# Title 15— COMMERCE AND TRADE\n\n## §6502. Regulation\n\nText.\n');
    assert.ok(!repeated.units.some((u) => u.kind === 'title'), repeated.units.map((u) => u.id).join(' '));
  });

  it('reads an outer unit of the instrument named before: "nel comma 1 del medesimo articolo 11", "degli stessi articoli 139 e 140"', () => {
    // Legge 208/2015 (refs_15G00222 line 932) and D.Lgs. 198/2009 (refs_009G0207 line 67), verbatim
    const [same] = parseReferences('non versino nelle condizioni indicate nel comma 1 del medesimo articolo 11. Le fondazioni', { language: 'it' });
    assert.deepStrictEqual([same.text, same.anchor.kind], ['comma 1 del medesimo articolo 11', 'instrument']);
    const [those] = parseReferences('con pronuncia non di merito sui giudizi instaurati ai sensi degli stessi articoli 139 e 140, altrimenti', { language: 'it' });
    assert.strictEqual(those.anchor.kind, 'instrument');
    // must not: "del presente articolo" is this article, and a plain "dell'articolo 11" this document's
    const [own] = parseReferences("di cui al comma 2 dell'articolo 11, nonche'", { language: 'it' });
    assert.strictEqual(own.anchor.kind, 'none');
  });

  it('"i commi da 429 a 432 dell\'articolo 1, della legge 30 dicembre 2004, n. 311" is a range of that law\'s paragraphs; "articoli da 1 a 5" and Spanish "artículos del 1 al 5" are ranges', () => {
    const found = workspaceOf({ 'legge.md': IT_DLGS_129_2015_ART7 }).resolved(URI).find((r) => r.reference.text.startsWith('commi da 429 a 432 dell'))!;
    assert.ok(found, 'the range is read');
    assert.strictEqual(found.targets[0].status, 'external');
    assert.match(found.targets[0].reason ?? '', /legge 30 dicembre 2004, n\. 311/);
    const steps = (text: string, language: string) => parseReferences(text, { language }).map((r) => r.targets.map((t) => [t.path.map((s) => s.number).join('.'), t.through?.map((s) => s.number).join('.')]));
    assert.deepStrictEqual(steps('ai sensi degli articoli da 1 a 5, 6, comma 2, e 7 del decreto', 'it'), [[['1', '5'], ['6.2', undefined], ['7', undefined]]]);
    assert.deepStrictEqual(steps('según los artículos del 1 al 5 de la presente ley', 'es'), [[['1', '5']]]);
    // must not: "da" or "del" with no range after its number opens nothing ("l'articolo da applicare", "del artículo 3 del Código")
    assert.deepStrictEqual(parseReferences("l'articolo da applicare e il comma da 2 della legge", { language: 'it' }).map((r) => r.text), []);
    assert.deepStrictEqual(parseReferences('conforme al artículo 3 del Código Penal', { language: 'es' }).map((r) => r.text), ['artículo 3 del Código Penal']);
  });

  it('says less where the structure cannot show it: "presente lettera" with no lettered point opened, "commi e\' custodita"', () => {
    const found = workspaceOf({ 'legge.md': IT_DLGS_129_2015_ART7 }).resolved(URI).find((r) => r.reference.text === 'presente lettera')!;
    assert.ok(found);
    assert.strictEqual(found.targets[0].status, 'external');
    assert.match(found.targets[0].reason ?? '', /shows no subparagraphs at all/);
    // D.Lgs. 81/2008 (refs_008G0104 line 4162): "e'" is "è", not a letter e
    const citations = parseReferences("5. La documentazione di cui ai precedenti commi e' custodita e trasmessa con salvaguardia del segreto", { language: 'it' });
    assert.ok(!citations.some((c) => /commi e/.test(c.text)), citations.map((c) => c.text).join(' | '));
    // must not: "lettere d) ed e)" still cites point e
    const [points] = parseReferences('di cui al comma 1, lettere d) ed e), del presente articolo', { language: 'it' });
    assert.deepStrictEqual(points.targets.map((t) => t.path.map((step) => step.number).join('.')), ['1.d', '1.e']);
  });

  it('reads "1° giugno 2007" in a decree\'s name, and the list after "Sono abrogate le seguenti norme del decreto …:" as its', () => {
    const found = workspaceOf({ 'legge.md': IT_DLGS_213_2009_ART19 }).resolved(URI).filter((r) => /^articolo (12|29|30|38)\b/.test(r.reference.text));
    assert.strictEqual(found.length, 4);
    for (const r of found) assert.match(r.targets[0].reason ?? '', /decreto del Presidente del Consiglio dei Ministri 1° giugno 2007, n\. 110/);
    assert.deepStrictEqual(errors(IT_DLGS_213_2009_ART19), []);
    // D.Lgs. 81/2008 (refs_008G0104 line 79): ", e seguenti del codice civile" belongs to the citation
    const [civil] = parseReferences("l'associato in partecipazione di cui all'articolo 2549, e seguenti del codice civile; il soggetto", { language: 'it' });
    assert.deepStrictEqual([civil.text, civil.anchor.kind], ['articolo 2549, e seguenti del codice civile', 'instrument']);
  });

  it('ends an inner list closed by "e": "articoli 41, commi 2 e 2-bis, 43, comma 1-bis" cites article 43', () => {
    const [citation] = parseReferences('degli obblighi previsti dagli articoli 5, 7, comma 3, 41, commi 2 e 2-bis, 43, comma 1-bis, 50', { language: 'it' });
    const paths = citation.targets.map((t) => t.path.map((step) => step.number).join('.'));
    assert.deepStrictEqual(paths, ['5', '7.3', '41.2', '41.2bis', '43.1bis', '50']);
    // must not: a new unit noun after "und" still joins ("§ 232b Absatz 1 und 3 sowie Absatz 4")
    const [german] = parseReferences('nach § 232b Absatz 1 und 3 sowie Absatz 4 des Strafgesetzbuches', { language: 'de' });
    assert.deepStrictEqual(german.targets.map((t) => t.path.map((step) => step.number).join('.')), ['232b.1', '232b.3', '232b.4']);
  });
});
