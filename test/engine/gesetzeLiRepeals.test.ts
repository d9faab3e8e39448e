// Liechtenstein's laws as gesetze.li publishes them and legalize-li converts them: a run of articles repealed under one heading,
// its notice in the paragraph below ("##### Art. 1 bis 14[^1]" then "Aufgehoben"), a range "bis und mit", a law named with small
// adjectives before its noun ("des allgemeinen Strafgesetzbuches"), a division's title on a heading of its own at the same level,
// "this annex" in the annexes' text set apart from their headings, and a sentence ("Satz 1") of the article cited before it. Each
// rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import {
  LI_1923_ARTICLE_99, LI_1923_ARTICLE_119, LI_1923_ARTICLE_122, LI_1923_FOOTNOTES, LI_1923_REPEALED_RUNS, LI_1999_ANNEX, LI_2004_ANNEXES,
} from './gesetzeLiRepealsText';

const law = (title: string) => oneDocument('li.md', `---\nid: li\ntitle: "${title}"\ntype: law\nlanguage: de\n---\n\n# ${title}\n\n`);
const rso = law('Rechtssicherungs-Ordnung vom 9. Februar 1923');
const articles = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `##### Art. ${from + k}\n\nText.\n`).join('\n');

describe('engine: Liechtenstein\'s laws as legalize-li converts them', () => {
  it('"##### Art. 1 bis 14[^1]" then "Aufgehoben": articles 1 to 14 repealed, and the footnote\'s "Art. 1 bis 14 aufgehoben durch …"', () => {
    const text = `${LI_1923_REPEALED_RUNS}\n${articles(49, 50)}\nNach Art. 12 und Art. 40 gilt nichts.\n\n${LI_1923_FOOTNOTES}`;
    // before: "Art. 1 bis 14", "Art. 15 bis 36", "Art. 37 bis 41" in the footnotes, "Art. 12" and "Art. 40" reported (5 errors)
    assert.deepStrictEqual(rso.broken(text), []);
    assert.ok(rso.citation(text, 'Art. 12 und Art. 40').targets.every((target) => /repeal/.test(target.reason ?? '')));
    // must not: a heading of a run with text of its own below it repeals nothing
    const kept = text.replace('##### Art. 15 bis 36[^2]\n\nAufgehoben', '##### Art. 15 bis 36[^2]\n\nDer Schuldner haftet.');
    assert.notStrictEqual(kept, text);
    assert.ok(rso.broken(kept).some((message) => /article 36/.test(message)), rso.broken(kept).join('\n'));
  });

  it('"#### 4. Abschnitt" then "#### Amtsverbote und Amtsanzeigen": the division\'s title, and "im Sinne dieses Abschnittes" in its article', () => {
    const text = `${articles(97, 98)}\n${LI_1923_ARTICLE_99}`;
    // before: the title heading closed the division, and "dieses Abschnittes" stood outside any section (an error)
    assert.deepStrictEqual(rso.problems(text, 'reference-outside-unit'), []);
    assert.strictEqual(rso.read(text).model.unitsById.get('art_99')?.parent?.id, 'dvs_4');
    // must not: with no Abschnitt heading above it, "dieses Abschnittes" is still reported
    assert.strictEqual(rso.problems(text.replace('#### 4. Abschnitt\n\n', ''), 'reference-outside-unit').length, 1);
  });

  it('"des § 183 des allgemeinen Strafgesetzbuches", "§§ 275 bis und mit 297 der allgemeinen Gerichtsordnung vom 1. Mai 1781"', () => {
    const text = `${LI_1923_ARTICLE_119}\n\n${LI_1923_ARTICLE_122}`;
    // before: "§ 183" and "§§ 275" read as this law's sections (2 errors)
    assert.deepStrictEqual(rso.broken(text), []);
    const range = rso.citation(text, '§§ 275 bis und mit 297', true);
    assert.deepStrictEqual(range.reference.targets.map((target) => `${target.path[0].number}..${target.through?.[0].number}`), ['275..297']);
    assert.strictEqual(range.reference.anchor.kind, 'instrument');
    // must not: small words that lead to no instrument's noun name none ("des § 5 des geltenden Rechts" names no law)
    assert.strictEqual(rso.citation(`${text}\n\n3) Nach § 5 des geltenden Rechts gilt.\n`, '§ 5', true).reference.anchor.kind, 'none');
  });

  it('"### Anhang I" … "### Anhang VII" holding only their titles, then "1. Nicht in diesem Anhang inbegriffen sind …"', () => {
    const protocol = law('Protokoll zum Übereinkommen von 1979 über weiträumige grenzüberschreitende Luftverunreinigung betreffend Schwermetalle');
    // before: "this annex" outside any annex (an error)
    assert.deepStrictEqual(protocol.problems(LI_2004_ANNEXES, 'reference-outside-unit'), []);
    assert.match(protocol.citation(LI_2004_ANNEXES, 'diesem Anhang').targets[0].reason ?? '', /hold only their headings/);
    // must not: before the first annex, "diesem Anhang" is still reported
    assert.strictEqual(protocol.problems(`##### Art. 3\n\nGemäss diesem Anhang gilt nichts.\n\n${LI_2004_ANNEXES}`, 'reference-outside-unit').length, 1);
  });

  it('"in Art. 4 werden in Satz 1 der Ausdruck … ersetzt": the sentence of the article the item cites', () => {
    const eea = oneDocument('li.md', '---\nid: li\ntitle: "Kundmachung vom 8. Juni 1999 des Beschlusses Nr. 38/1999 des Gemeinsamen EWR-Ausschusses"\ntype: law\nlanguage: de\n---\n');
    // before: "Satz 1" stood outside any paragraph (an error)
    assert.deepStrictEqual(eea.problems(LI_1999_ANNEX, 'reference-outside-unit'), []);
    // must not: with no article cited before it in its sentence, "Satz 1" is still reported
    const alone = LI_1999_ANNEX.replace('- e) in Art. 4 werden in Satz 1', '- e) es werden in Satz 1');
    assert.notStrictEqual(alone, LI_1999_ANNEX);
    assert.strictEqual(eea.problems(alone, 'reference-outside-unit').length, 1);
  });
});
