// Portugal's laws as legalize-dev converts the Diário da República: a list of two citations whose second alone says where both
// are ("na alínea d) ou na alínea e) do número anterior"), and a relative unit after a chain ("… do n.º 1 do artigo anterior").
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { PT_LEI_59_2019_ARTICLE_40 } from './portugalDreText';

const lei = oneDocument('lei.md', '---\nid: pt-lei\ntitle: Lei\nlanguage: pt\ntype: law\n---\n\n# Lei\n\n');

describe('engine: Portuguese laws as legalize-dev converts the Diário da República', () => {
  it('"na alínea d) ou na alínea e) do número anterior": both are of n.º 1; "alínea z)" so listed is still reported', () => {
    assert.deepStrictEqual(lei.citation(PT_LEI_59_2019_ARTICLE_40, 'alínea d)').targets.map((t) => t.unitId), ['art_40__para_1__subpara_d']);
    assert.deepStrictEqual(lei.problems(PT_LEI_59_2019_ARTICLE_40, 'broken-reference'), []);
    // must not: a letter the paragraph named after lacks is reported
    assert.strictEqual(lei.problems(PT_LEI_59_2019_ARTICLE_40.replace('na alínea d) ou na alínea e) do número anterior', 'na alínea z) ou na alínea e) do número anterior'), 'broken-reference').length, 1);
  });

  it('"nas alíneas a), b) e c) do n.º 1 do artigo anterior" is one citation of the preceding article (Lei n.º 103/2015, pt/2015/DRE-2015-103-70086390.md, line 206)', () => {
    const parsed = parseReferences('aliciar menor, para encontro visando a prática de quaisquer dos atos compreendidos nos n.os 1 e 2 do artigo 171.º e nas alíneas a), b) e c) do n.º 1 do artigo anterior, é punido com pena de prisão até 1 ano.', { language: 'pt' });
    const last = parsed[parsed.length - 1];
    assert.strictEqual(last.text, 'alíneas a), b) e c) do n.º 1 do artigo anterior');
    assert.deepStrictEqual(last.anchor.kind === 'relative' ? [last.anchor.direction, last.anchor.unit] : [], ['preceding', 'article']);
  });
});
