// Copies that hold part of their law: a code mostly repealed as consolidated today (France's old Code minier holds 62 of the
// article numbers from 6 to 260), a code whose legislative articles begin at L43-1, an old code numbered with no letter that
// cites the L articles of the code that replaced it. What they lack is most likely not there, not a drafter's slip: said as a
// note, with why. Each rule has a case where it must not apply: a law set out whole still reports the article it lacks.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { CH_STGB_CUT, FR_CODE_FAMILLE, FR_CODE_MINIER, FR_AVIATION_POINT_IN_BRACKETS, FR_PENSIONS_MARINS, FR_PORTS_MARITIMES } from './thinCopiesText';

const code = oneDocument('code.md', '---\nid: code\ntitle: Code\nlanguage: fr\ntype: law\n---\n\n');
const gesetz = oneDocument('gesetz.md', '---\nid: gesetz\ntitle: Gesetz\nlanguage: de\ntype: law\n---\n\n');

describe('engine: copies that hold part of their law', () => {
  it('the old Code minier (articles 6, 8, 11 … 62 of its run): "l\'article 43 ci-dessus" and "l\'article 31" are notes that say why', () => {
    assert.deepStrictEqual(code.broken(FR_CODE_MINIER).filter((message) => /article (43|31)\b/.test(message)), []);
    const notes = code.problems(FR_CODE_MINIER, 'reference-not-in-workspace');
    for (const number of ['43', '31']) assert.ok(notes.some((message) => message.includes(`: article ${number} is not in this document, which holds`) && /extract/.test(message)), notes.join('\n'));
    // (past the excerpt's last article, "l'article 91" was a note before: a text that begins at article 6 is part of a whole)
    assert.ok(notes.some((message) => message.includes('article 91 is not in the workspace (this document holds articles 6–62 only)')), notes.join('\n'));
  });

  it('must not: a law set out whole that lacks one article in its run still reports it', () => {
    const whole = Array.from({ length: 30 }, (_, i) => `##### Article ${i + 1}\n\nTexte.\n`).filter((_, i) => i !== 11).join('\n');
    assert.strictEqual(code.broken(`${whole}\n##### Article 31\n\nVoir l'article 12.\n`).length, 1);
  });

  it('a code whose legislative articles begin at L43-1: "l\'article L. 41", "L. 4", "L. 10 à L. 13" are notes; its R articles are checked', () => {
    const broken = code.broken(FR_PENSIONS_MARINS);
    assert.deepStrictEqual(broken.filter((message) => /article L\d/.test(message)), [], broken.join('\n'));
    const notes = code.problems(FR_PENSIONS_MARINS, 'reference-not-in-workspace');
    assert.ok(notes.some((message) => /: article L41 is not in this document, whose L articles begin at L43-1/.test(message)), notes.join('\n'));
    // must not: an R article past the run's end is still reported ("R. 6 à R. 10" resolve: the text holds R1–R10)
    assert.strictEqual(code.broken(`${FR_PENSIONS_MARINS}\nVoir l'article R. 3-1.\n`).filter((message) => /R3-1/.test(message)).length, 1);
  });

  it('a code whose articles of L101 begin at L101-6: "l\'article L. 101-5" is a note', () => {
    assert.deepStrictEqual(code.broken(FR_PORTS_MARITIMES), []);
    const notes = code.problems(FR_PORTS_MARITIMES, 'reference-not-in-workspace');
    assert.ok(notes.some((message) => /: article L101-5 is not in this document, whose articles of that run begin at L101-6/.test(message)), notes.join('\n'));
    // must not: a number past the family's last held is still reported
    assert.strictEqual(code.broken(`${FR_PORTS_MARITIMES}\nVoir l'article L. 111-12.\n`).length, 1);
  });

  it('the old Code de la famille (articles 150 to 221, no letter): "l\'article L. 113-1" is a note, of another code', () => {
    assert.deepStrictEqual(code.broken(FR_CODE_FAMILLE), []);
    const notes = code.problems(FR_CODE_FAMILLE, 'reference-not-in-workspace');
    assert.ok(notes.some((message) => message.includes(': article L113-1 is not in this document, which numbers no article with "L" (its articles begin at 150): it is most likely of another code')), notes.join('\n'));
    // must not: in a text of a few articles, too few to read its numbering by, it is still reported
    assert.strictEqual(code.broken("##### Article 150\n\nTexte.\n\n##### Article 151\n\nVoir l'article L. 113-1.\n").length, 1);
  });

  it('"l\'article 2331 (4°) du code civil": the point in brackets is read, and the article is the Civil Code\'s', () => {
    const text = `##### Article 1\n\n${FR_AVIATION_POINT_IN_BRACKETS}`;
    assert.deepStrictEqual(code.broken(text), []);
    const citation = code.citation(text, 'article 2331', true);
    assert.match(citation.reference.text, /\(4°\) du code civil$/);
    assert.strictEqual(citation.reference.anchor.kind, 'instrument');
    // must not: the same point in a citation of this text's own article is looked for, and reported when missing
    assert.strictEqual(code.broken("##### Article 1\n\n1° Texte.\n\n##### Article 2\n\nVoir l'article 1 (3°).\n").length, 1);
  });

  it('the Swiss Criminal Code cut short after article 12, its article 5 citing articles 182, 187–191, 195–197 and 265: notes that say the copy is cut short', () => {
    assert.deepStrictEqual(gesetz.broken(CH_STGB_CUT), []);
    const notes = gesetz.problems(CH_STGB_CUT, 'reference-not-in-workspace');
    assert.ok(notes.some((message) => /^"Art\. 182": this document has no article 182 .*; but the text cites \d+ articles past its last \(12\), up to 265, that nothing here explains: the copy is most likely cut short/.test(message)), notes.join('\n'));
    // must not: a law that cites two articles past its end reports both; a law of a few articles says little by its numbering;
    // articles past the end that name their code are that code's, and do not count
    const law = Array.from({ length: 12 }, (_, i) => `##### **Art. ${i + 1}**\n\nText.\n`).join('\n');
    assert.strictEqual(gesetz.broken(`${law}\nNach Art. 182 und Art. 189.\n`).length, 2);
    assert.strictEqual(gesetz.broken('##### **Art. 1**\n\nText.\n\n##### **Art. 2**\n\nNach Art. 182, Art. 189 und Art. 190.\n').length, 3);
    assert.strictEqual(gesetz.broken(`${law}\nNach Art. 182 des Strafgesetzbuches, Art. 189 des Strafgesetzbuches und Art. 190 des Strafgesetzbuches.\n\nSiehe Art. 77.\n`).length, 1);
  });
});
