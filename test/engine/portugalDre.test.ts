// Portugal's laws as legalize-dev converts the Diário da República: a list of two citations whose second alone says where both
// are ("na alínea d) ou na alínea e) do número anterior"), and a relative unit after a chain ("… do n.º 1 do artigo anterior").
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { PT_LEI_59_2019_ARTICLE_40, PT_LEI_103_2015_ARTICLES_AND_ANNEX } from './portugalDreText';

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

  it('"n.º 2 do artigo 2.º" in the ANEXO of a law whose own articles are numbered too: the annex\'s article 2.º, not the law\'s', () => {
    const { model } = lei.read(PT_LEI_103_2015_ARTICLES_AND_ANNEX);
    const cited = lei.citation(PT_LEI_103_2015_ARTICLES_AND_ANNEX, 'n.º 2 do artigo 2.º').targets[0];
    const paragraph = model.unitsById.get(cited.unitId!);
    assert.strictEqual(paragraph?.number, '2');
    assert.strictEqual(paragraph?.parent?.title, 'Âmbito');
    assert.strictEqual(paragraph?.parent?.parent?.parent?.kind, 'annex');
    // must not: the law's own "artigo 2.º" cited outside the annex stays the law's
    const outsideText = PT_LEI_103_2015_ARTICLES_AND_ANNEX.replace('A presente lei procede', 'O artigo 2.º procede');
    const outside = lei.citation(outsideText, 'artigo 2.º').targets[0];
    assert.strictEqual(lei.read(outsideText).model.unitsById.get(outside.unitId!)?.title, 'Alteração ao Código Penal');
  });
});
