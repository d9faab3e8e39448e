// Citations in a sentence that amends another instrument point into that instrument (resolve.ts).
// The quick participle test before AMENDING never hides an amending sentence, and it is what
// answers for most sentences.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AMENDING, mayAmend } from '../../server/src/engine/resolve';
import { CORPUS_DIR, corpusFiles } from '../helpers/workspace';
import { endsWithInsertingCue, findIntroducingLines } from '../../server/src/engine/amendingInstruction';
import { UK_NI_PENSIONS_ARTICLE_3, UK_SENEDD_SECTION_5, UK_YORK_LGFA_1988_MODIFIED } from './commonLawText';

describe('resolution: amending sentences', () => {
  it('every participle AMENDING knows passes the quick test, in any case, and the sentence still amends', () => {
    const sentences = [
      'Section 5 of the Penal Code is amended by', 'sections 2 and 3 are repealed', 'the following section shall be inserted after section 4',
      'paragraph (b) be substituted', 'the words are hereby replaced', 'SECTION 12 IS HEREBY AMENDED', 'Article 3 Is Repealed',
      'il est inséré un article 323-3-1', 'les articles 1 et 2 sont modifiés', 'l’article 4 est abrogé', 'est ainsi remplacée', 'IL EST COMPLÉTÉ',
      'artikel 138ab wordt gewijzigd', 'worden ingevoegd', 'wordt als volgt vervangen',
      '§ 202a wird geändert', 'wird wie folgt eingefügt', 'wird ersetzt', 'WIRD GEÄNDERT',
    ];
    for (const sentence of sentences) {
      assert.ok(AMENDING.test(sentence), `AMENDING reads "${sentence}"`);
      assert.ok(mayAmend(sentence), `the quick test lets "${sentence}" through`);
    }
  });

  it('on the corpus, the quick test passes every sentence AMENDING matches and turns away almost all the others', () => {
    let sentences = 0;
    let amending = 0;
    let turnedAway = 0;
    for (const name of corpusFiles()) {
      const text = readFileSync(join(CORPUS_DIR, name), 'utf8');
      for (const sentence of text.split(/(?<=[.;])\s+|\n/)) {
        sentences++;
        const amends = AMENDING.test(sentence);
        if (amends) {
          amending++;
          assert.ok(mayAmend(sentence), `${name}: "${sentence.slice(0, 120)}"`);
        }
        if (!mayAmend(sentence)) turnedAway++;
      }
    }
    assert.ok(amending >= 3, `${amending} amending sentences in the corpus`);
    assert.ok(turnedAway > 0.95 * sentences, `${turnedAway} of ${sentences} sentences turned away by the quick test`);
  });
});

describe('resolution: lines that introduce inserted text, found in one pass', () => {
  /** The starts of the lines (split at "\n") whose own test says they introduce new text below them. */
  function lineByLine(text: string): number[] {
    const starts: number[] = [];
    for (let start = 0; start <= text.length; ) {
      const end = text.indexOf('\n', start);
      if (endsWithInsertingCue(text, start)) starts.push(start);
      if (end < 0) break;
      start = end + 1;
    }
    return starts;
  }

  it('finds exactly the lines the line-by-line test finds, on UK amending text, the corpus and lines that end otherwise', () => {
    const texts = [UK_SENEDD_SECTION_5, UK_NI_PENSIONS_ARTICLE_3, UK_YORK_LGFA_1988_MODIFIED, ...corpusFiles().map((name) => readFileSync(join(CORPUS_DIR, name), 'utf8'))];
    const edges = [
      'b) after subsection (2) insert— \r\n3) text', // a carriage return before the break: not the line's end
      'insert\nthe following:\n(a) text', // the words broken over two lines: neither line alone introduces text
      'after subsection (2) insert\u2028— more words', // a line separator inside a line
      'c) there shall be added the following subsections— ', // the last line, without a break
      'for the words substitute— insert the following:\n', // two cues on one line
    ];
    let found = 0;
    for (const text of [...texts, ...edges, edges.join('\n')]) {
      const expected = lineByLine(text);
      assert.deepStrictEqual(findIntroducingLines(text), expected, text.slice(0, 80));
      found += expected.length;
    }
    assert.ok(found >= 4, `the texts hold lines that introduce text (${found})`);
  });
});
