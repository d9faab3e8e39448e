// French and German citation forms as statutes write them: hyphenated and lettered code article
// numbers, bare parts and points ("au 2 du I"), German chains (§ … Absatz … Satz … Nummer …),
// sentences that are no units, other laws named by compound nouns or by their date.
import * as assert from 'node:assert';
import { parseReferences } from '../../server/src/engine/references/grammar';
import type { ParsedReference } from '../../server/src/engine/references/types';
import type { ResolvedReference } from '../../server/src/engine/resolve';
import { frontMatter, joinLines, uriOf, workspaceOf } from '../helpers/workspace';

function render(r: ParsedReference): string {
  const anchor = r.anchor.kind === 'none' ? '' : r.anchor.kind === 'this' ? ` [this ${r.anchor.unit}]` : r.anchor.kind === 'instrument' ? ` [${r.anchor.name}]` : ` [${r.anchor.direction}]`;
  const targets = r.targets.map((t) => t.path.map((s) => `${s.kind} ${s.number}`).join('/') + (t.through ? `..${t.through.map((s) => s.number).join('/')}` : ''));
  return `${r.text.replace(/\s+/g, ' ')}: ${targets.join(', ') || '-'}${anchor}`;
}

function parsed(text: string, language: string): string[] {
  return parseReferences(text, { language }).map(render);
}

/** The citation whose text starts with `text`, resolved in a one-document workspace. */
function resolvedIn(markdown: string, text: string): ResolvedReference {
  const workspace = workspaceOf({ 'law.md': markdown });
  const found = workspace.resolved(uriOf('law.md')).filter((r) => r.reference.text.replace(/\s+/g, ' ').startsWith(text));
  assert.strictEqual(found.length, 1, `"${text}": ${found.length} citations (${workspace.resolved(uriOf('law.md')).map((r) => r.reference.text).join(' | ')})`);
  return found[0];
}

function units(r: ResolvedReference): string[] {
  return r.targets.flatMap((t) => (t.status === 'resolved' ? t.covered ?? [t.unitId ?? ''] : [t.status]));
}

describe('citation forms: French codes and statutes', () => {
  it('reads hyphenated and lettered article numbers as one number', () => {
    assert.deepStrictEqual(parsed("l'article 323-3-1 du code", 'fr'), ['article 323-3-1 du code: article 323-3-1 [code]']);
    assert.deepStrictEqual(parsed('les articles 121-4 à 121-7', 'fr'), ['articles 121-4 à 121-7: article 121-4..121-7']);
    assert.deepStrictEqual(parsed("l'article L. 226-1 et l'article R. 10-13", 'fr'), ["article L. 226-1 et l'article R. 10-13: article L226-1, article R10-13"]);
    assert.deepStrictEqual(parsed('articles 226-17,226-21 et 226-22', 'fr'), ['articles 226-17,226-21 et 226-22: article 226-17, article 226-21, article 226-22']);
    // a spaced dash between plain numbers is still a range, and a plain number stays plain
    assert.deepStrictEqual(parsed('articles 2 - 5 et article 7', 'fr'), ['articles 2 - 5 et article 7: article 2..5, article 7']);
  });

  it('names another statute by its number: "de la loi n° 86-1067 du 30 septembre 1986"', () => {
    assert.deepStrictEqual(parsed("l'article 1er de la loi n° 86-1067 du 30 septembre 1986", 'fr'), ['article 1er de la loi n° 86-1067 du 30 septembre 1986: article 1 [loi n° 86-1067 du 30 septembre 1986]']);
    assert.deepStrictEqual(parsed("l'article 13 de la loi du 29 juillet 1881 précitée", 'fr'), ["article 13 de la loi du 29 juillet 1881: article 13 [loi du 29 juillet 1881]"]);
    // "ce code" is the code named before ("le présent code" is the text itself); so are "ces mêmes articles"
    assert.deepStrictEqual(parsed("l'article 131-39 de ce code", 'fr'), ['article 131-39 de ce code: article 131-39 [code]']);
    assert.deepStrictEqual(parsed('qui contreviennent à ces mêmes articles 421-2-5 et 227-23', 'fr'), ['articles 421-2-5 et 227-23: article 421-2-5, article 227-23 [mêmes (the instrument named before)]']);
  });

  it('reads bare parts and points after "au"/"aux": "visées au 2", "au 1 du VI", "aux 1 et 2 du I"', () => {
    assert.deepStrictEqual(parsed('Les personnes visées au 2 ne peuvent', 'fr'), ['2: unspecified 2']);
    assert.deepStrictEqual(parsed('des peines prévues au 1 du VI.', 'fr'), ['1 du VI: unspecified VI/unspecified 1']);
    assert.deepStrictEqual(parsed("mentionnée au III de l'article 6 de la présente loi", 'fr'), ["III de l'article 6 de la présente loi: article 6/unspecified III [this document]"]);
    assert.deepStrictEqual(parsed('aux quatrième et cinquième alinéas du 7 du I du présent article', 'fr'),
      ['quatrième et cinquième alinéas du 7 du I du présent article: unspecified I/unspecified 7/alinea 4, unspecified I/unspecified 7/alinea 5 [this article]']);
  });

  it('never reads a date or an amount after "au" as a citation', () => {
    assert.deepStrictEqual(parsed('applicable au 30 septembre 2004, porté au 2 mai et réduit au 1er janvier', 'fr'), []);
    assert.deepStrictEqual(parsed("s'élève au 3 % du chiffre d'affaires", 'fr'), []);
    // a number before a unit noun counts it ("prévues au 1 alinéa" is the first alinéa): no bare citation
    assert.ok(!parsed('dans les conditions prévues au 1 alinéa.', 'fr').some((r) => r.startsWith('1:')));
  });

  const lcen = joinLines(
    frontMatter({ id: 'fr-test', title: 'Loi de test', type: 'law', language: 'fr' }),
    '# Loi de test',
    '',
    '## Article 6',
    '',
    "I.-1. Les personnes dont l'activité est d'offrir un accès informent leurs abonnés.",
    '',
    "Les personnes visées à l'alinéa précédent les informent également.",
    '',
    '2. Les personnes qui assurent le stockage ne sont pas responsables.',
    '',
    '3. Les personnes visées au 2 ne peuvent voir leur responsabilité pénale engagée.',
    '',
    "II.-Les personnes mentionnées aux 1 et 2 du I conservent les données prévues au III.",
    '',
    'III.-1. Les éditeurs mettent à disposition leur nom.',
    '',
    'VI.-1. Est puni le fait de ne pas conserver les éléments visés au II du présent article.',
    '',
    '## Article 6-1',
    '',
    "Tout manquement est puni des peines prévues au 1 du VI de l'article 6 de la présente loi et de l'article 6-1.",
  );

  it('makes "I.-1." a part and its point, "II.-" and "VI.-1." parts, and resolves bare citations to them', () => {
    assert.deepStrictEqual(units(resolvedIn(lcen, '2')), ['art_6__para_I__para_2']);
    assert.deepStrictEqual(units(resolvedIn(lcen, '1 et 2 du I')), ['art_6__para_I__para_1', 'art_6__para_I__para_2']);
    assert.deepStrictEqual(units(resolvedIn(lcen, 'III')), ['art_6__para_III']);
    assert.deepStrictEqual(units(resolvedIn(lcen, 'II du présent article')), ['art_6__para_II']);
    assert.deepStrictEqual(units(resolvedIn(lcen, "1 du VI de l'article 6")), ['art_6__para_VI__para_1']);
  });

  it('reads a unit named by its place: "l\'alinéa précédent", "le précédent alinéa", "des vorstehenden Absatzes"', () => {
    assert.deepStrictEqual(parsed("visées à l'alinéa précédent et au précédent alinéa, à l'alinéa qui précède", 'fr'),
      ['alinéa précédent: - [preceding]', 'précédent alinéa: - [preceding]', 'alinéa qui précède: - [preceding]']);
    assert.deepStrictEqual(parsed('im Sinne des vorstehenden Absatzes', 'de'), ['vorstehenden Absatzes: - [preceding]']);
    // "the following paragraphs" (plural) and "the following subsection (a)" name no unit by place
    assert.deepStrictEqual(parsed('the following paragraphs apply', 'en'), []);
    // the alinéa before the second alinéa of a point is the point's own words
    assert.deepStrictEqual(units(resolvedIn(lcen, 'alinéa précédent')), ['art_6__para_I__para_1']);
  });

  it('resolves a hyphenated article number to its own article, not to the article before the hyphen', () => {
    assert.deepStrictEqual(units(resolvedIn(lcen, "article 6-1")), ['art_6-1']);
  });
});

describe('citation forms: German statutes', () => {
  it('reads the chain § … Absatz … Satz … Nummer … as one citation; a sentence is no unit', () => {
    assert.deepStrictEqual(parsed('nach § 3 Absatz 2 Satz 1 Nummer 1 und 2 Verpflichtete', 'de'),
      ['§ 3 Absatz 2 Satz 1 Nummer 1 und 2: section 3/paragraph 2/point 1, section 3/paragraph 2/point 2']);
    assert.deepStrictEqual(parsed('Verkehrsdaten nach § 9 Absatz 1 Satz 1 Nummer 1 bis 3 und 5 nur', 'de'),
      ['§ 9 Absatz 1 Satz 1 Nummer 1 bis 3 und 5: section 9/paragraph 1/point 1..9/1/3, section 9/paragraph 1/point 5']);
    assert.deepStrictEqual(parsed('Absatz 1 Satz 2 gilt entsprechend', 'de'), ['Absatz 1 Satz 2: paragraph 1']);
    assert.deepStrictEqual(parsed('die §§ 5 bis 7 und die Nummern 1 bis 3', 'de'), ['§§ 5 bis 7: section 5..7', 'Nummern 1 bis 3: point 1..3']);
  });

  it('reads a sentence alone as the paragraph it stands in, and every case of the nouns', () => {
    assert.deepStrictEqual(parsed('für den in Satz 1 genannten Zweck', 'de'), ['Satz 1: - [this paragraph]']);
    assert.deepStrictEqual(parsed('im Sinne des Absatzes 5 Nummer 1 und nach den Absätzen 1 und 2', 'de'),
      ['Absatzes 5 Nummer 1: paragraph 5/point 1', 'Absätzen 1 und 2: paragraph 1, paragraph 2']);
    assert.deepStrictEqual(parsed('gemäß den Artikeln 13 und 14 der Verordnung', 'de'), ['Artikeln 13 und 14 der Verordnung: article 13, article 14 [Verordnung]']);
  });

  it('names other laws by compound nouns, across a hyphenated line break, and by their date', () => {
    assert.deepStrictEqual(parsed('(§ 1 Absatz 1 des Funkanlagengesetzes)', 'de'), ['§ 1 Absatz 1 des Funkanlagengesetzes: section 1/paragraph 1 [Funkanlagengesetzes]']);
    assert.deepStrictEqual(parsed('gemäß § 12 des eID-Karte-\nGesetzes oder', 'de'), ['§ 12 des eID-Karte- Gesetzes: section 12 [eID-Karte- Gesetzes]']);
    assert.deepStrictEqual(parsed('Art. 4 G v. 12.8.2021 I 3544 (Nr. 54) textlich', 'de'), ['Art. 4 G v. 12.8.2021 I 3544 (Nr. 54): article 4 [G v. 12.8.2021 I 3544 (Nr. 54)]']);
  });

  // GVG § 174 (3), StPO § 428 and IRG § 85f, verbatim (gesetze-im-internet.de as converted by bundestag/gesetze).
  it('"§§ 171b und 172 Nr. 2 und 3": a number that goes on counting the Nummern and stays under 172 is a Nummer of § 172', () => {
    assert.deepStrictEqual(parsed('aus den in §§ 171b und 172 Nr. 2 und 3 bezeichneten Gründen', 'de'),
      ['§§ 171b und 172 Nr. 2 und 3: section 171b, section 172/point 2, section 172/point 3']);
    assert.deepStrictEqual(parsed('gelten im übrigen die §§ 426 bis 428, 429 Absatz\n2 und 3 Nummer 1, § 430 Absatz 2 und 4', 'de'),
      ['§§ 426 bis 428, 429 Absatz 2 und 3 Nummer 1, § 430 Absatz 2 und 4: section 426..428, section 429/paragraph 2, section 429/paragraph 3/point 1, section 430/paragraph 2, section 430/paragraph 4']);
  });

  it('must not: a number that reaches the section before goes back up ("§§ 100a, 100b Abs. 1, 100c"); English lists in the plural ("articles 5, paragraph 2 and 3")', () => {
    assert.deepStrictEqual(parsed('nach den §§ 100a, 100b Abs. 1, 100c', 'de'), ['§§ 100a, 100b Abs. 1, 100c: section 100a, section 100b/paragraph 1, section 100c']);
    assert.deepStrictEqual(parsed('articles 5, paragraph 2 and 3', 'en'), ['articles 5, paragraph 2 and 3: article 5/paragraph 2, article 3']);
  });

  it('"die §§ 7 bis 9 Absatz 1 bis 4 …, die §§ 10 bis 14 Absatz 2 des …gesetzes": a lower unit after a range is the range end\'s; "die" between items keeps the list, and the law named at its end', () => {
    assert.deepStrictEqual(parsed('§ 6 Absatz\n2 Satz 1 und 2, die §§ 7 bis 9 Absatz 1 bis 4 Satz 1 und 2, die §§ 10\nbis 14 Absatz 2 des Überstellungsausführungsgesetzes vom 26. September', 'de'),
      ['§ 6 Absatz 2 Satz 1 und 2, die §§ 7 bis 9 Absatz 1 bis 4 Satz 1 und 2, die §§ 10 bis 14 Absatz 2 des Überstellungsausführungsgesetzes: section 6/paragraph 2, section 7..9, section 9/paragraph 1..9/4, section 10..14, section 14/paragraph 2 [Überstellungsausführungsgesetzes]']);
    assert.deepStrictEqual(parsed('die §§ 5 bis 7 und die Nummern 1 bis 3', 'de'), ['§§ 5 bis 7: section 5..7', 'Nummern 1 bis 3: point 1..3']);
  });

  const law = joinLines(
    frontMatter({ id: 'de-test', title: 'Testgesetz', type: 'law', language: 'de' }),
    '# Testgesetz',
    '',
    '### § 3 Pflichten',
    '',
    '(1) Verpflichtet sind',
    '',
    '1.  Anbieter,',
    '',
    '2.  Betreiber nach Absatz 2 und',
    '',
    '3.  Hersteller.',
    '',
    'Die Pflicht besteht fort.',
    '',
    '(2) Den nach Absatz 1 Satz 1 Nummer 2 und 3 Verpflichteten ist es untersagt. Sie dürfen Kenntnisse nur für den in Satz 1 genannten Zweck verwenden. § 7 des Telemediengesetzes bleibt unberührt.',
  );

  it('resolves "Absatz" to the (n) paragraph, never to the item "n." of the paragraph the citation stands in', () => {
    assert.deepStrictEqual(units(resolvedIn(law, 'Absatz 2')), ['sec_3__para_2']);
    assert.deepStrictEqual(units(resolvedIn(law, 'Absatz 1 Satz 1 Nummer 2 und 3')), ['sec_3__para_1__item_2', 'sec_3__para_1__item_3']);
    assert.deepStrictEqual(units(resolvedIn(law, 'Satz 1')), ['sec_3__para_2']);
    assert.deepStrictEqual(units(resolvedIn(law, '§ 7 des Telemediengesetzes')), ['external']);
  });
});

describe('citation forms: markdown links inside citations (the raw Additional Protocol, linked to the Convention\'s file)', () => {
  const link = '(../../verdrag/convention/on/cybercrime/BWBV0001839/README.md)';
  it('"[Articles 1](…), [12](…) and [46 of the Convention](…)" is one list of the Convention\'s articles', () => {
    const targets = (text: string) => parsed(text, 'en').map((r) => r.slice(r.lastIndexOf(': ') + 2));
    assert.deepStrictEqual(targets(`1. [Articles 1]${link}, [12]${link}, [13]${link} and [46 of the Convention]${link} shall apply.`),
      ['article 1, article 12, article 13, article 46 [Convention]']);
    assert.deepStrictEqual(targets(`as interpreted under Article 2 of the [Convention]${link}.`), ['article 2 [Convention]']);
  });
  it('must not: brackets that are no link ("[Chapter 9:23]"), a link\'s address ("(https://…/article-5)") are read as before', () => {
    assert.deepStrictEqual(parsed('the Act [Chapter 9:23] applies', 'en'), ['Chapter 9: chapter 9']);
    assert.deepStrictEqual(parsed('see [the text](https://example.org/article-5/section-3) here', 'en'), []);
  });
});

describe('citation forms: numbers in brackets (the raw Saudi PDPL in English)', () => {
  it('"Paragraphs (1, 2, 5) and (6) of Article (15)": a list in one pair of brackets is a list of paragraphs', () => {
    assert.deepStrictEqual(parsed('in the situations stated in Paragraphs (1, 2, 5) and (6) of Article (15) if the Disclosure', 'en'),
      ['Paragraphs (1, 2, 5) and (6) of Article (15): article 15/paragraph 1, article 15/paragraph 2, article 15/paragraph 5, article 15/paragraph 6']);
  });
  it('must not: numbers in brackets with no unit word ("the pair (1, 2)", "f(x, y)") are no citation', () => {
    assert.deepStrictEqual(parsed('the pair (1, 2) and the function f(x, y) are given', 'en'), []);
  });
});

describe('citation forms: Dutch article numbers that end like an ordinal', () => {
  // Wetboek van Strafvordering, artikel 552oo, verbatim (wetten.overheid.nl as converted).
  it('"552e" after "eerste lid en" is article 552e, not a 552nd paragraph; "3e lid" is still the third paragraph', () => {
    assert.deepStrictEqual(parsed('De artikelen 552a, 552c tot en met 552d, eerste lid en 552e, eerste lid, zijn van overeenkomstige toepassing', 'nl'),
      ['artikelen 552a, 552c tot en met 552d, eerste lid en 552e, eerste lid: article 552a, article 552c..552d, article 552d/paragraph 1, article 552e/paragraph 1']);
    assert.deepStrictEqual(parsed('het 3e lid en het 5e lid van artikel 12', 'nl'), ['3e lid en het 5e lid van artikel 12: article 12/paragraph 3, article 12/paragraph 5']);
    // Wetboek van Strafvordering, artikel 552t (5): digits and words are not mixed in one list of ordinals.
    assert.deepStrictEqual(parsed('de artikelen 12b, 12c, 12e, tweede lid, 12f en 12h-12l van', 'nl'),
      ['artikelen 12b, 12c, 12e, tweede lid, 12f en 12h-12l: article 12b, article 12c, article 12e/paragraph 2, article 12f, article 12h..12l']);
  });
});

describe('citation forms: Peruvian codes (Código Procesal Penal, DLeg 957, verbatim)', () => {
  it('"artículos 304, 305.3 y 308.1": an item written like the one before, to the same depth, is its sibling (art. 309 (1))', () => {
    assert.deepStrictEqual(parsed('resoluciones contempladas en los artículos 304, 305.3 y 308.1 se tramitarán, en lo pertinente', 'es'),
      ['artículos 304, 305.3 y 308.1: article 304, article 305/unspecified 3, article 308/unspecified 1']);
  });
  it('"el literal h) del numeral 1) del artículo 511": a number written as its marker goes on with the chain (art. 512 (2))', () => {
    assert.deepStrictEqual(parsed('En las solicitudes de asistencia previstas en el literal h) del numeral 1) del artículo 511 se', 'es'),
      ['literal h) del numeral 1) del artículo 511: article 511/paragraph 1/subparagraph h']);
  });
  it('must not: a ")" closing a parenthesis ends the citation ("(as defined in section 5) of the Act"); "2703(a)(1), (b)(2)" still attaches', () => {
    assert.deepStrictEqual(parsed('(as defined in section 5) of the Act', 'en'), ['section 5: section 5']);
    assert.deepStrictEqual(parsed('sections 2703(a)(1), (b)(2) and 2704', 'en'),
      ['sections 2703(a)(1), (b)(2) and 2704: section 2703/unspecified a/unspecified 1, section 2703/unspecified b/unspecified 2, section 2704']);
  });
});

describe('citation forms: the instrument named before ("de la citada ley", "des genannten Gesetzes")', () => {
  // Written for the test in the laws' forms; each law has articles 1 and 2 only.
  const spanish = (sentence: string) => ['### Artículo 1', '', 'La presente Ley regula el comercio electrónico.', '', '### Artículo 2', '',
    `Se modifica la Ley N° 27444, Ley del Procedimiento Administrativo General. ${sentence}`, ''].join('\n');
  const german = (sentence: string) => ['### § 1 Zweck', '', 'Dieses Gesetz regelt den elektronischen Handel.', '', '### § 2 Änderung', '',
    `Das Telemediengesetz wird geändert. ${sentence}`, ''].join('\n');

  it('reads a citation followed by "de la citada ley", "de dicha ley", "des genannten Gesetzes" as that instrument\'s', () => {
    for (const words of ['de la citada ley', 'de dicha ley', 'de la misma Ley']) {
      const r = resolvedIn(spanish(`Las sanciones previstas en el artículo 7 ${words} se aplican.`), 'artículo 7');
      assert.deepStrictEqual(units(r), ['external'], words);
    }
    assert.deepStrictEqual(units(resolvedIn(german('Die Bußgelder nach § 7 des genannten Gesetzes gelten fort.'), '§ 7')), ['external']);
  });

  it('must not: without those words the citation is this law\'s, and reported (it has no article 7)', () => {
    assert.deepStrictEqual(units(resolvedIn(spanish('Las sanciones previstas en el artículo 7 se aplican.'), 'artículo 7')), ['unresolved']);
    assert.deepStrictEqual(units(resolvedIn(german('Die Bußgelder nach § 7 gelten fort.'), '§ 7')), ['unresolved']);
  });
});
