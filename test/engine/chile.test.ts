// Chile's laws as a converter gives them from the BCN: Spanish front matter keys, an article's heading then its label again,
// a law approved by an article of its own ("Artículo Primero.- Apruébase la siguiente ley …:") numbering its articles from
// one, hard-wrapped lines that open with a citation, "Artículo 6 A". Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { parseDocument } from '../../server/src/engine/document';
import { oneDocument } from '../helpers/oneDocument';
import { CL_FRONT_MATTER, CL_INSOLVENCY_ARTICLE_6_A, CL_LABOUR_CODE_ARTICLE_36, CL_LABOUR_CODE_WRAPPED_CITATION, CL_LAW_APPROVED_BY_ITS_ARTICLE } from './chileText';

const ley = oneDocument('ley.md', '---\nid: cl-ley\ntitle: Ley\nlanguage: es\ntype: law\n---\n\n# Ley\n\n');

describe('engine: Chile\'s laws as the BCN gives them', () => {
  it('"identificador:" in the front matter is the document\'s id', () => {
    const model = parseDocument('file:///workspace/BCN-1008668.md', `${CL_FRONT_MATTER}\n# Ley 20393\n`);
    assert.strictEqual(model.id, 'BCN-1008668');
    assert.ok(!model.problems.some((p) => p.code === 'front-matter-missing-id'));
  });

  it('"Artículo Primero.- Apruébase la siguiente ley …:" then "## Artículo 1": the approved law\'s article 1, no duplicate', () => {
    assert.deepStrictEqual(ley.problems(CL_LAW_APPROVED_BY_ITS_ARTICLE, 'duplicate-unit'), []);
    // must not: an article 1 given twice with no text introduced between is a duplicate
    assert.strictEqual(ley.problems('## Artículo 1\n\nTexto.\n\n## Artículo 1\n\nOtro texto.\n', 'duplicate-unit').length, 1);
  });

  it('"##### Artículo 36" then "Art. 36. El descanso …" is one article; "artículo 36. Estos descansos …" opening a wrapped line is a citation', () => {
    const text = `${CL_LABOUR_CODE_ARTICLE_36}\n##### Artículo 37\n\n${CL_LABOUR_CODE_WRAPPED_CITATION}`;
    assert.deepStrictEqual(ley.problems(text, 'duplicate-unit'), []);
    // (the label given again is article 36's second unit; the wrapped line opens no third)
    assert.ok(!ley.unitIds(text).includes('art_36_dup3'), ley.unitIds(text).join(' '));
    assert.strictEqual(ley.citation(text, 'artículo 36').targets[0]?.status, 'resolved');
    // must not: "Artículo 38. Estos …" capitalised on a line of its own is still a label
    assert.ok(ley.unitIds('##### Artículo 37\n\nTexto.\n\nArtículo 38. Estos descansos son comunes.\n').includes('art_38'));
  });

  it('"### Artículo 6 A" is article 6A, no duplicate of article 6; "Artículo 5 A los efectos …" is article 5', () => {
    const ids = ley.unitIds(`### Artículo 6\n\nTexto.\n\n${CL_INSOLVENCY_ARTICLE_6_A}`);
    assert.ok(ids.includes('art_6a'), ids.join(' '));
    assert.ok(ley.unitIds('**Artículo 5.-** Texto.\n\nArtículo 6 A los efectos de esta ley, se entiende.\n').every((id) => id !== 'art_6a'));
  });
});
