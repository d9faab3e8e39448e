// Mexico's Constitution: an article's "fracciones" numbered in roman capitals ("I.", "II.", … "VI."), cited "fracción IV del
// artículo 77" and "las fracciones III, IV y V anteriores". Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { MX_CONSTITUTION_ARTICLE_54, MX_CONSTITUTION_ARTICLE_63, MX_CONSTITUTION_ARTICLE_77 } from './mexicoText';

const cpeum = oneDocument('cpeum.md', '---\nid: mx-cpeum\ntitle: Constitución Política de los Estados Unidos Mexicanos\nshort-title: Constitución\nlanguage: es\ntype: law\n---\n\n# Constitución\n\n');
const workspaceWith = cpeum.read;
const targetsOf = (text: string, cited: string) => cpeum.citation(text, cited, true).targets.map((t) => t.unitId);

describe('engine: Mexico\'s Constitution and its fracciones', () => {
  it('article 54\'s "I." to "VI." are its fracciones I–VI', () => {
    const ids = workspaceWith(MX_CONSTITUTION_ARTICLE_54).model.units.map((u) => u.id).filter((id) => id.startsWith('art_54__'));
    assert.deepStrictEqual(ids.filter((id) => /__para_/.test(id)), ['I', 'II', 'III', 'IV', 'V', 'VI'].map((n) => `art_54__para_${n}`));
  });

  it('"las fracciones III, IV y V anteriores" and "las fracciones IV o V" resolve within article 54', () => {
    assert.deepStrictEqual(targetsOf(MX_CONSTITUTION_ARTICLE_54, 'fracciones III, IV y V'), ['art_54__para_III', 'art_54__para_IV', 'art_54__para_V']);
    assert.deepStrictEqual(targetsOf(MX_CONSTITUTION_ARTICLE_54, 'fracciones IV o V'), ['art_54__para_IV', 'art_54__para_V']);
  });

  it('"la fracción IV del artículo 77 de esta Constitución" is article 77\'s fracción IV; a fracción it lacks is reported', () => {
    const text = MX_CONSTITUTION_ARTICLE_63 + '\n' + MX_CONSTITUTION_ARTICLE_77;
    assert.deepStrictEqual(targetsOf(text, 'fracción IV del artículo 77'), ['art_77__para_IV']);
    const broken = cpeum.problems(`${text}\n**Artículo 78**\n\nSegún la fracción XX del artículo 77.\n`, 'broken-reference');
    assert.strictEqual(broken.length, 1, broken.join('\n'));
  });

  it('must not: letters "A." to "J." stay letters ("I." after "H." is the letter I, not a fracción)', () => {
    const letters = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map((letter) => `${letter}. Texto ${letter}.`).join('\n\n');
    const ids = workspaceWith(`**Artículo 1**\n\nLista:\n\n${letters}\n`).model.units.map((u) => u.id).filter((id) => id.startsWith('art_1__'));
    assert.ok(ids.includes('art_1__subpara_I') && ids.includes('art_1__subpara_J'), ids.join(' '));
  });
});
