// The Greek Government Gazette as legalize-dev converts it (verbatim excerpts, greekGazetteText.ts): a Security Council
// resolution published in English, whose paragraphs cite "paragraph 8 (a), 8 (b), or 8 (c) of resolution 1718 (2006)" (another
// resolution) and "paragraph 9 or 10 of this resolution" (its own). Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { oneDocument } from '../helpers/oneDocument';
import { GR_FEK_109_2009_FRONT, GR_FEK_109_2009_PARAGRAPHS_8_13 } from './greekGazetteText';

const gazette = oneDocument('fek.md', GR_FEK_109_2009_FRONT);
const { broken } = gazette;

describe('engine: resolutions as instruments (the Greek Government Gazette, Latin American resolutions)', () => {
  it('"paragraph 8 (a), 8 (b), or 8 (c) of resolution 1718" is another resolution\'s; "paragraph 9 or 10 of this resolution" its own', () => {
    assert.deepStrictEqual(broken(GR_FEK_109_2009_PARAGRAPHS_8_13), []);
    const [listed] = parseReferences('prohibited by paragraph 8 (a), 8 (b), or 8 (c) of resolution 1718 or by paragraph 9', { language: 'en' });
    assert.strictEqual(listed.anchor.kind === 'instrument' && listed.anchor.name, 'resolution 1718');
    // must not: "this resolution" is this document, and its paragraph 8 has no point (b)
    const own = GR_FEK_109_2009_PARAGRAPHS_8_13.replace('paragraph 8 (b) of resolution 1718 (2006)', 'paragraph 8 (b) of this resolution');
    assert.notStrictEqual(own, GR_FEK_109_2009_PARAGRAPHS_8_13);
    assert.ok(broken(own).some((message) => message.startsWith('"paragraph 8 (b) of this resolution"')), broken(own).join('\n'));
    // must not: the resolution of a dispute is no instrument
    const [dispute] = parseReferences('the procedure under article 5 for the resolution of disputes', { language: 'en' });
    assert.strictEqual(dispute.text, 'article 5');
  });

  it('"el artículo 5 de la Resolución 123 de 2019" is that resolution\'s article', () => {
    const [cited] = parseReferences('conforme al artículo 5 de la Resolución 123 de 2019 de la Superintendencia', { language: 'es' });
    assert.ok(cited.anchor.kind === 'instrument' && cited.anchor.name.startsWith('Resolución 123 de 2019'), JSON.stringify(cited.anchor));
    const [french] = parseReferences('le paragraphe 8 de la résolution 1718 (2006) du Conseil de sécurité', { language: 'fr' });
    assert.ok(french.anchor.kind === 'instrument' && french.anchor.name.startsWith('résolution 1718'), JSON.stringify(french.anchor));
  });
});
