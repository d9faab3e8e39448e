// Citations in a sentence that amends another instrument point into that instrument (resolve.ts).
// The quick participle test before AMENDING never hides an amending sentence, and it is what
// answers for most sentences.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AMENDING, mayAmend } from '../../server/src/engine/resolve';
import { CORPUS_DIR, corpusFiles } from '../helpers/workspace';

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
