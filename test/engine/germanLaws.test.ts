// German federal laws as bundestag/gesetze converts them (verbatim excerpts, germanLawsText.ts): a code in two named
// parts that each number their divisions from one, sections lettered after their number ("§ 111o"), headings that
// repeal a run of units at once ("§§ 2 bis 9 (weggefallen)"). Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { parseDocument } from '../../server/src/engine/document';
import { readHeading } from '../../server/src/engine/headings';
import { normaliseNumber } from '../../server/src/engine/keywords';
import { readRepealedRun } from '../../server/src/engine/repeals';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { CH_SCHKG_FOOTNOTE_2, CH_IPRG_ART_170_PARA_3, CH_SCHKG_ART_50, CH_SCHKG_LINE_359, CH_PATG_ARTS_1_TO_2, CH_SCHKG_ART_68_TO_68E, DE_GG_ART_93_RIGHTS, DE_GG_ARTS_74A_75_REPEALED, DE_GG_ART_125B_AND_ANNEX_EV, DE_GVG_SECTIONS_2_TO_9_REPEALED, DE_STGB_TWO_PARTS, DE_STPO_SECTIONS_111_TO_111O, AT_AVG_CONTENTS_AND_TWO_PARTS, AT_DSG_SECTIONS_IN_ARTICLE_2, DE_GESCHGEHG_CONTENTS } from './germanLawsText';

const URI = uriOf('gesetz.md');
const FRONT = '---\nid: gesetz\nlanguage: de\ntype: law\n---\n# Gesetz\n\n';

/** Each citation's text and where each of its targets goes (unit id, or status and reason). */
function resolutions(text: string): Array<[string, string]> {
  return workspaceOf({ 'gesetz.md': FRONT + text }).resolved(URI)
    .map((r) => [r.reference.text.replace(/\s+/g, ' '), r.targets.map((t) => (t.status === 'resolved' ? t.unitId : `${t.status}: ${t.reason}`)).join(' | ')]);
}

function diagnostics(text: string, code: string): string[] {
  return checkDocument(workspaceOf({ 'gesetz.md': FRONT + text }), URI).filter((d) => d.code === code).map((d) => d.message);
}

describe('engine: German laws as bundestag/gesetze gives them', () => {
  it('a division numbered again in the second named part ("Besonderer Teil" after "Allgemeiner Teil") is no duplicate', () => {
    assert.deepStrictEqual(diagnostics(DE_STGB_TWO_PARTS, 'duplicate-unit'), []);
    const model = parseDocument(URI, FRONT + DE_STGB_TWO_PARTS);
    // both divisions are units, each with its own sections; the second keeps an id of its own
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'division' && u.headingDepth === 3).map((u) => [u.id, u.title]),
      [['dvs_1', 'Das Strafgesetz'], ['dvs_1_dup2', 'Friedensverrat, Hochverrat und Gefährdung des demokratischen Rechtsstaates']]);
    // must not: with no named part between them, the second "Erster Abschnitt" is a drafter's duplicate
    const withoutParts = DE_STGB_TWO_PARTS.replace(/^## (Allgemeiner|Besonderer) Teil - $/gm, '');
    assert.deepStrictEqual(diagnostics(withoutParts, 'duplicate-unit'), ['Erster Abschnitt appears twice (also on line 12); citations go to the first one.']);
  });

  it('a table of contents that glues each number to its title ("§ 14MissbrauchsverbotAbschnitt 3", "§ 23Verletzung …") cites sections 14 and 23', () => {
    const contents = DE_GESCHGEHG_CONTENTS.split('\n')[2];
    assert.deepStrictEqual(parseReferences(contents, { language: 'de' }).map((r) => r.text.replace(/\s+/g, ' ')).filter((text) => text.startsWith('§')),
      ['§ 1', '§ 2', '§ 3', '§ 4', '§ 5', '§ 6', '§ 7', '§ 8', '§ 9', '§ 10', '§ 11', '§ 12', '§ 13', '§ 14', '§ 15', '§ 16', '§ 17', '§ 18', '§ 19',
        '§ 20', '§§ 16 bis 19', '§ 21', '§ 22', '§ 23']);
    // in the excerpt, section 1 is there: its entry links to it, and the others are reported by their numbers alone
    const found = resolutions(DE_GESCHGEHG_CONTENTS);
    assert.deepStrictEqual(found.find(([text]) => text === '§ 1'), ['§ 1', 'sec_1']);
    assert.ok(diagnostics(DE_GESCHGEHG_CONTENTS, 'broken-reference').every((message) => /no sections? \d+ /.test(message)), diagnostics(DE_GESCHGEHG_CONTENTS, 'broken-reference').join('\n'));
    // must not: a letter, or a Latin adverb, after a number is still the number's ("§ 111o", "§ 5a", "Art. 5quater", "§ 2Quater")
    for (const cited of ['§ 5a', '§ 111o', '§ 2Quater']) assert.deepStrictEqual(parseReferences(`nach ${cited} gilt`, { language: 'de' }).map((r) => r.text), [cited]);
    // the same entry set as a heading: section 23, titled; "§ 5aBeratung" keeps its letter, "§ 2Quater" its adverb
    assert.deepStrictEqual([readHeading('§ 23Verletzung von Geschäftsgeheimnissen'), readHeading('§ 5aBeratung')].map((h) => [h?.number, h?.title]),
      [['23', 'Verletzung von Geschäftsgeheimnissen'], ['5a', 'Beratung']]);
    assert.strictEqual(readHeading('§ 2Quater')?.number, '2quater');
    assert.deepStrictEqual(parseReferences('nach § 5aBeratung', { language: 'de' }).map((r) => r.text), ['§ 5a']);
    // "§§ 369ff der Abgabenordnung": the open end glued to the number, then the law
    assert.deepStrictEqual(parseReferences('die §§ 369ff der Abgabenordnung gelten', { language: 'de' }).map((r) => [r.text, r.anchor.kind]), [['§§ 369ff der Abgabenordnung', 'instrument']]);
  });

  it('"§ 111o" is its own section after § 111n, not § 111 with an ordinal sign; Brazil\'s "Art. 1o" stays article 1', () => {
    assert.strictEqual(normaliseNumber('111o'), '111o');
    assert.deepStrictEqual(parseDocument(URI, FRONT + DE_STPO_SECTIONS_111_TO_111O).units.filter((u) => u.kind === 'section').map((u) => u.id), ['sec_111', 'sec_111l', 'sec_111n', 'sec_111o']);
    assert.deepStrictEqual(resolutions(DE_STPO_SECTIONS_111_TO_111O).find(([text]) => text === '§§ 111n und 111o'), ['§§ 111n und 111o', 'sec_111n | sec_111o']);
    // must not: the ordinal sign typed as a letter after one digit, or after a dot, is still the sign
    assert.strictEqual(normaliseNumber('1o'), '1');
    assert.strictEqual(normaliseNumber('12.o'), '12');
    assert.strictEqual(normaliseNumber('12.º'), '12');
  });

  it('articles repealed by one heading ("Art 74a und 75 (weggefallen)") are cited without an error, and the reason names the heading', () => {
    const found = resolutions(DE_GG_ARTS_74A_75_REPEALED);
    assert.deepStrictEqual(found.find(([text]) => text.startsWith('Artikel 74a')), ['Artikel 74a, 75 oder 98 Abs. 3 Satz 2',
      'external: article 74a is repealed: "Art 74a und 75 (weggefallen)" (line 8) | external: article 75 is repealed: "Art 74a und 75 (weggefallen)" (line 8) | unresolved: this document has no article 98 (it has articles 76–125b)']);
    // ("des Artikels 75 in der bis zum 1. September 2006 geltenden Fassung": the article as it read before, said first)
    assert.deepStrictEqual(found.find(([text]) => text === 'Artikels 75'), ['Artikels 75', 'external: Artikels 75 is cited “in der bis zum 1. September\n2006 geltenden Fassung …”: the text in force may no longer hold it, and it is not checked']);
    const unversioned = resolutions(DE_GG_ARTS_74A_75_REPEALED.replace(' in der bis zum 1. September\n2006 geltenden Fassung', ''));
    assert.deepStrictEqual(unversioned.find(([text]) => text === 'Artikels 75'), ['Artikels 75', 'external: article 75 is repealed: "Art 74a und 75 (weggefallen)" (line 8)']);
    // must not: an article the heading does not name is still reported (article 98 is not in the excerpt)
    const broken = diagnostics(DE_GG_ARTS_74A_75_REPEALED, 'broken-reference');
    assert.ok(broken.some((message) => message.includes('no article 98 ')), 'article 98 reported');
    assert.ok(!broken.some((message) => /no article 7(4a|5)\b/.test(message)), broken.join('\n'));
  });

  it('a section in a repealed run ("§§ 2 bis 9 (weggefallen)") is repealed; the run is read from its heading line', () => {
    const found = resolutions(`${DE_GVG_SECTIONS_2_TO_9_REPEALED}\nDie Vorschriften des § 5 und des § 10 bleiben unberührt.\n`);
    assert.deepStrictEqual(found, [['§ 5', 'external: section 5 is repealed: "§§ 2 bis 9 (weggefallen)" (line 17)'], ['§ 10', 'sec_10']]);
    assert.deepStrictEqual(readRepealedRun('### (XXXX) §§ 2 bis 9 (weggefallen)'), { kind: 'section', numbers: [], runs: [['2', '9']], line: '§§ 2 bis 9 (weggefallen)' });
    assert.deepStrictEqual(readRepealedRun('#### Art 70 bis 72 - (weggefallen)')?.runs, [['70', '72']]);
    assert.deepStrictEqual(readRepealedRun('#### Art 141 und 142 - (weggefallen)')?.numbers, ['141', '142']);
    // must not: one unit is its own repealed unit, an Italian "bis" is no run, a run with a title is not only a notice
    assert.strictEqual(readRepealedRun('### § 11 (weggefallen)'), undefined);
    assert.strictEqual(readRepealedRun('Art. 12 bis (abrogato)'), undefined);
    assert.strictEqual(readRepealedRun('## Art 1 bis 11 - '), undefined);
  });

  it('"Art 12 bis 79" in a heading is a run of articles from 12, not article 12 bis', () => {
    assert.strictEqual(readHeading('Art 12 bis 79')?.number, '12');
    assert.strictEqual(readHeading('Art 70 bis 72 - (weggefallen)')?.number, '70');
    // must not: the Latin "bis" after an article's number stays its own article
    assert.strictEqual(readHeading('Article 12 bis - Définitions')?.number, '12bis');
    assert.strictEqual(readHeading('Art. 3-bis (Uso delle tecnologie)')?.number, '3bis');
  });

  it('"Artikel 20 Abs. 4, 33, 38, 101, 103 und 104": the numbers after the paragraph, which article 20 cannot have, are articles', () => {
    const found = resolutions(DE_GG_ART_93_RIGHTS);
    assert.deepStrictEqual(found, [['Artikel 20 Abs. 4, 33, 38, 101, 103 und 104', 'art_20__para_4 | art_33 | art_38 | art_101 | art_103 | art_104']]);
    assert.deepStrictEqual(diagnostics(DE_GG_ART_93_RIGHTS, 'broken-reference'), []);
    // must not: a number within reach of article 20's four paragraphs stays a paragraph, and is reported (the numbers after it then too)
    const withinReach = diagnostics(DE_GG_ART_93_RIGHTS.replace('Abs. 4, 33,', 'Abs. 4, 5,'), 'broken-reference').map((m) => m.replace(/\s+/g, ' '));
    assert.deepStrictEqual(withinReach.map((m) => /no paragraph (\d+)/.exec(m)?.[1]), ['5', '38', '101', '103', '104']);
    // must not: when the item before is itself a missing paragraph ("commi 8 e 9" of an article of three), the next is no article
    assert.ok(resolutions(DE_GG_ART_93_RIGHTS.replace('Abs. 4, 33,', 'Abs. 9, 33,'))[0][1].startsWith('unresolved: article 20 has no paragraph 9: it has 4 paragraphs ((1)–(4)) | unresolved: article 20 has no paragraph 33'));
  });

  it('a percentage is no unit number: "prevista no art. 177, § 4º, 29% (vinte e nove por cento)" cites paragraph 4 only', () => {
    // verbatim, the Brazilian Constitution as clipped (Exemplos/Constituição.md, line 4709)
    const cited = parseReferences('III - do produto da arrecadação da contribuição de intervenção no domínio econômico prevista no art. 177, § 4º, 29% (vinte e nove por cento) para os Estados e o Distrito Federal', { language: 'pt' });
    assert.deepStrictEqual(cited.map((r) => r.targets.map((t) => t.path.map((step) => `${step.kind} ${step.number}`).join(', '))), [['article 177, paragraph 4']]);
  });

  it('says which articles a document has by their highest number, when an annex reproduces another instrument\'s articles 3–7 last', () => {
    // (the article cited without the version it read in, "in der bis zum 1. September 2006 geltenden Fassung", which says less)
    const found = resolutions(DE_GG_ART_125B_AND_ANNEX_EV.replace(' in der bis zum 1. September\n2006 geltenden Fassung', ''));
    assert.deepStrictEqual(found.find(([text]) => text === 'Artikels 75'), ['Artikels 75', 'unresolved: this document has no article 75 (it has articles 125b–146)']);
  });

  it('Swiss acts as converted from Fedlex\'s PDFs: "1. Abschnitt:" is a division, "<sup>9</sup> Art. 1 a" and "**Art. 68** e" are articles 1a and 68e', () => {
    const patg = parseDocument(URI, FRONT + CH_PATG_ARTS_1_TO_2);
    assert.deepStrictEqual(patg.units.filter((u) => u.headingDepth > 0).map((u) => u.id), ['dvs_1', 'art_1', 'art_1a', 'art_1b', 'art_2']);
    // "Artikel 2" (line 51) is article 2, no longer the division's heading read as a number
    assert.ok(resolutions(CH_PATG_ARTS_1_TO_2).filter(([text]) => /^Art(ikel|\.) 2$/.test(text)).every(([, target]) => target === 'art_2'));
    const schkg = parseDocument(URI, FRONT + CH_SCHKG_ART_68_TO_68E);
    assert.deepStrictEqual(schkg.units.filter((u) => u.kind === 'article').map((u) => u.id), ['art_68', 'art_68e']);
    assert.deepStrictEqual(diagnostics(CH_SCHKG_ART_68_TO_68E, 'duplicate-unit'), []);
    // must not: a paragraph's superscript number before text is the paragraph's, no heading; "Art. 5.1 Text" stays article 5.1
    assert.strictEqual(readHeading('<sup>1</sup> Für neue gewerblich anwendbare Erfindungen werden Erfindungs- A. Patentierbare Erfindungen patente erteilt.'), undefined);
    // "Art. 6 a Zivilstandsregister" (the letter apart, then a capitalised title) is article 6a (fedlex.test.ts); a lower-case
    // word after the letter goes on a sentence ("Artículo 5 a los efectos …") and the letter is no part of the number
    assert.strictEqual(readHeading('Art. 5 a Text')?.number, '5a');
    assert.strictEqual(readHeading('Artículo 5 a los efectos de esta ley')?.number, '5');
    assert.strictEqual(readHeading('1. Allgemeines')?.kind, 'numbered');
  });

  it('"Artikel 50 Absatz 1 SchKG": a law cited by its abbreviation is that law (its title\'s "(SchKG)"), never this one; "(Art. 554 OR)" cites the OR', () => {
    const schkg = '---\nid: schkg\nlanguage: de\ntitle: "Bundesgesetz vom 11. April 1889 über Schuldbetreibung und Konkurs (SchKG)"\n---\n\n' + CH_SCHKG_ART_50;
    const iprg = '---\nid: iprg\nlanguage: de\ntitle: "Bundesgesetz vom 18. Dezember 1987 über das Internationale Privatrecht (IPRG)"\n---\n\n### Art. 170\n\n' + CH_IPRG_ART_170_PARA_3;
    const workspace = workspaceOf({ 'schkg.md': schkg, 'iprg.md': iprg });
    const found = workspace.resolved(uriOf('iprg.md')).map((r) => [r.reference.text, r.targets.map((t) => (t.status === 'resolved' ? `${t.documentId}:${t.unitId}` : t.status)).join()]);
    // (its paragraphs are numbered "<sup>1</sup>", "<sup>2</sup>": paragraph 1, no longer its first unnumbered text)
    assert.deepStrictEqual(found.find(([text]) => text === 'Artikel 50 Absatz 1 SchKG'), ['Artikel 50 Absatz 1 SchKG', 'schkg:art_50__para_1']);
    assert.deepStrictEqual(found.find(([text]) => text === 'Artikel 250 SchKG')?.[1], 'external');
    // each "(Art. … OR)" names the Code of Obligations, none a letter "OR" of an article
    const cited = parseReferences(CH_SCHKG_LINE_359, { language: 'de' });
    assert.deepStrictEqual(cited.map((r) => [r.text, r.anchor.kind === 'instrument' ? r.anchor.name : r.anchor.kind]),
      [['Art. 934 und 935 OR', 'OR'], ['Art. 554 OR', 'OR'], ['Art. 596 OR', 'OR'], ['Art. 765 OR', 'OR']]);
    // after the of-word too: "Art. 122 Abs. 1 der BV vom 18. April 1999" (a footnote) cites the Federal Constitution
    assert.deepStrictEqual(parseReferences(CH_SCHKG_FOOTNOTE_2, { language: 'de' }).map((r) => [r.text, r.anchor.kind === 'instrument' ? r.anchor.name : r.anchor.kind]), [['Art. 122 Abs. 1 der BV', 'BV']]);
    // must not: a roman numeral after the number is a paragraph (German style "Art. 5 II"), "S." is "Satz"
    assert.deepStrictEqual(parseReferences('nach § 5 Abs. 2 S. 1 gilt', { language: 'de' }).map((r) => r.anchor.kind), ['none']);
    assert.ok(parseReferences('Art. 5 II', { language: 'de' }).every((r) => r.anchor.kind === 'none'));
    // nor, in a text set in capitals, its small words and verbs
    assert.deepStrictEqual(parseReferences('§ 5 UND § 6 GELTEN ENTSPRECHEND', { language: 'de' }).map((r) => r.anchor.kind), ['none']);
  });

  it('Austrian RIS as LawAT gives it: a table of contents of bold group lines and linked entries is no text, and "II. Teil" numbers its divisions anew', () => {
    const model = parseDocument(URI, FRONT + AT_AVG_CONTENTS_AND_TWO_PARTS);
    // the units are the body's, none from the table of contents (lines 19–37 of the excerpt with front matter)
    assert.deepStrictEqual(model.units.filter((u) => u.headingDepth > 0).map((u) => `${u.kind} ${u.number}`),
      ['part i', 'division 1', 'section 1', 'part ii', 'division 1', 'section 37']);
    assert.deepStrictEqual(diagnostics(AT_AVG_CONTENTS_AND_TWO_PARTS, 'duplicate-unit'), []);
    // must not: without "II. Teil" between them, the second "1. Abschnitt" is a drafter's duplicate
    const withoutSecondPart = AT_AVG_CONTENTS_AND_TWO_PARTS.replace('## II. Teil: Ermittlungsverfahren', '');
    assert.deepStrictEqual(diagnostics(withoutSecondPart, 'duplicate-unit'), [`1. Abschnitt appears twice (also on line ${FRONT.split('\n').length - 1 + 23}); citations go to the first one.`]);
  });

  it('"Art. 2 § 12 DSG — …" (a law enacted as article 2 of another) heads § 12 in article 2, and "Die §§ 12 und 13 dieses Bundesgesetzes" finds them', () => {
    assert.deepStrictEqual(readHeading('Art. 2 § 12 DSG — Zulässigkeit der Bildaufnahme'),
      { kind: 'section', number: '12', label: '§ 12', title: 'DSG — Zulässigkeit der Bildaufnahme', within: { kind: 'article', number: '2', label: 'Art. 2' } });
    const found = new Map(resolutions(AT_DSG_SECTIONS_IN_ARTICLE_2));
    assert.match(found.get('§§ 12 und 13') ?? '', /^[\w.]*sec_12 \| [\w.]*sec_13$/);
    assert.deepStrictEqual(diagnostics(AT_DSG_SECTIONS_IN_ARTICLE_2, 'broken-reference'), []);
    // must not: an article's title that only mentions a section stays the article's title
    assert.deepStrictEqual(readHeading('Art. 2 Änderung des § 12'), { kind: 'article', number: '2', label: 'Art. 2', title: 'Änderung des § 12' });
  });
});
