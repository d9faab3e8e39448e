// Luxembourg's laws as Legilux gives them through legalize-lu: laws named by their date "as amended" ("la loi modifiée du
// 7 mars 1980"), names and "même loi" inside links (one opened mid-word: "l[a même loi](…)"), article labels written as
// lines of text. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { LU_LABELS_AS_LINES, LU_LAW_AMENDED_NAMED_BY_DATE, LU_LAW_LINKED_NAMES } from './luxembourgText';

// no "language:" in the front matter, as legalize-lu gives it: French is guessed
const loi = oneDocument('loi.md', '---\nid: lu-loi\ntitle: "Loi du 22 mai 2024 portant modification de la loi du 7 août 2023 relative au logement abordable"\ntype: law\n---\n');
const reglement = oneDocument('rgd.md', '---\nid: lu-rgd\ntitle: "Règlement grand-ducal du 7 juin 2023"\ntype: law\n---\n');
const before = '# Loi\n\n';

describe('engine: Luxembourg\'s laws as Legilux gives them', () => {
  it('"les articles 11, 25, 33 et 77 de la loi modifiée du 7 mars 1980 sur l\'organisation judiciaire" are that law\'s', () => {
    const text = before + LU_LAW_AMENDED_NAMED_BY_DATE;
    assert.deepStrictEqual(loi.problems(text, 'broken-reference'), []);
    const cited = loi.citation(text, 'articles 11, 25, 33 et 77', true);
    assert.match(cited.reference.text, /de la loi modifiée du 7 mars 1980 sur l'organisation judiciaire$/);
    assert.ok(cited.targets.every((t) => t.status === 'external'));
    // must not: "de la présente loi" is this law, and its article 11 is missing
    assert.strictEqual(loi.problems(`${before}### Art. 1<sup>er</sup>.\n\nLes articles 11 et 77 de la présente loi sont applicables.\n`, 'broken-reference').length, 2);
  });

  it('"de la [loi modifiée du 25 février 1979](…)", "de l[a même loi](…)", "de la [même loi](…)": another law\'s articles', () => {
    const text = before + LU_LAW_LINKED_NAMES;
    assert.deepStrictEqual(loi.problems(text, 'broken-reference'), []);
    for (const cited of ['article 90', 'article 91', 'article 92']) {
      const found = loi.citation(text, cited, true);
      assert.strictEqual(found.status, 'external', cited);
    }
    // must not: "de la présente loi" after the same link-free words is this law's
    assert.strictEqual(loi.problems(`${before}### Art. 1<sup>er</sup>.\n\nL’article 92 de la présente loi est modifié comme suit :\n`, 'broken-reference').length, 1);
  });

  it('"Art. 2." alone on its line is a label, not a citation of a missing article', () => {
    const text = before + LU_LABELS_AS_LINES;
    assert.deepStrictEqual(reglement.problems(text, 'broken-reference'), []);
    assert.match(reglement.citation(text, 'Art. 2').targets[0].reason ?? '', /heading written as a line of text/);
    // must not: a sentence that cites a missing article is reported
    assert.strictEqual(reglement.problems(`${before}### Art. 1<sup>er</sup>.\n\nArt. 2 du présent règlement est applicable.\n`, 'broken-reference').length, 1);
  });
});
