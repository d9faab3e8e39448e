// Brazilian decrees as a converter of Planalto's pages gives them, and a German ordinance citing an EU regulation's articles
// (whole files, verbatim: planaltoPagesText.ts). The page's marks around an article's number (an escaped full stop, the
// ordinal sign struck through or in italics, "2o") do not hide the article; "art. 84, **caput** , inciso IV e inciso VI,
// alínea “a”, da Constituição" is the Constitution's; "Artikel" in capitals does not make a German text Dutch.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { guessLanguage } from '../../server/src/engine/language';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { edited, uriOf, workspaceOf } from '../helpers/workspace';
import { BR_DECREE_1094_1994, BR_DECREE_3722_2001, BR_DECREE_8539_2015, DE_ABFVERBRBUSSV } from './planaltoPagesText';

const URI = uriOf('decreto.md');
const read = (text: string) => workspaceOf({ 'decreto.md': text });
const broken = (text: string) => checkDocument(read(text), URI).filter((d) => d.code === 'broken-reference').map((d) => d.message);
const unitIds = (text: string) => read(text).get(URI)!.units.map((unit) => unit.id);

describe('engine: Brazilian decrees as a converter of Planalto\'s pages gives them', () => {
  it('"Art. 10\\. Na elaboração …", "Art. 12\\. Revoga-se o [Decreto …](…)": articles 10 to 12, not citations of articles this decree lacks', () => {
    assert.deepStrictEqual(broken(BR_DECREE_1094_1994), []);
    const ids = unitIds(BR_DECREE_1094_1994);
    for (const id of ['art_10', 'art_11', 'art_12']) assert.ok(ids.includes(id), ids.join(' '));
    // must not: an article the decree lacks, cited, is still reported
    const cited = edited(BR_DECREE_1094_1994, 'especificados no art. 2º,', 'especificados no art. 13,');
    assert.ok(broken(cited).some((message) => /no article 13/.test(message)), broken(cited).join('\n'));
  });

  it('"Art. 1 ~~º~~ O Sistema …", "§ 3 _o_ Excetuam-se …", "Art. 2o O processamento …": the ordinal sign struck through, in italics or a letter o', () => {
    assert.deepStrictEqual(broken(BR_DECREE_3722_2001), []);
    const ids = unitIds(BR_DECREE_3722_2001);
    for (const id of ['art_1__para_1', 'art_1__para_2', 'art_1__para_3', 'art_2', 'art_3', 'art_4']) assert.ok(ids.includes(id), ids.join(' '));
    // must not: a paragraph article 1 lacks is reported ("referidas no § 1 _o_ do art. 1 _o_" made § 4)
    const cited = edited(BR_DECREE_3722_2001, 'referidas no § 1 _o_ do art. 1 _o_', 'referidas no § 4º do art. 1º');
    assert.ok(broken(cited).some((message) => /paragraph 4/.test(message)), broken(cited).join('\n'));
  });

  it('"o art. 84, **caput** , inciso IV e inciso VI, alínea “a”, da Constituição": the Constitution\'s article, its head in bold between commas', () => {
    assert.deepStrictEqual(broken(BR_DECREE_8539_2015), []);
    const preamble = 'no uso das atribuições que lhe confere o art. 84, **caput** , inciso IV e inciso VI, alínea “a”, da Constituição, e tendo';
    const [cited] = parseReferences(preamble, { language: 'pt' });
    assert.strictEqual(cited.anchor.kind, 'instrument');
    assert.deepStrictEqual(cited.targets.map((target) => target.path.map((step) => `${step.kind} ${step.number}`).join(' / ')), ['article 84 / subparagraph IV', 'article 84 / subparagraph VI / clause a']);
    // must not: "caput" ending the citation leaves it this document's article, with nothing after it taken for its instrument
    const [own] = parseReferences('nos termos do art. 5º, caput. Os órgãos', { language: 'pt' });
    assert.strictEqual(own.anchor.kind, 'none');
    assert.deepStrictEqual(own.targets.map((target) => target.path.map((step) => step.kind).join(' / ')), ['article']);
    assert.strictEqual(own.text, 'art. 5º');
  });
});

describe('engine: a German ordinance citing an EU regulation\'s "Artikel"', () => {
  it('is German, so "§ 18 Abs. 5 des Abfallverbringungsgesetzes" is that Act\'s (it was read as Dutch, "§ 18" as this ordinance\'s)', () => {
    assert.strictEqual(guessLanguage(DE_ABFVERBRBUSSV), 'de');
    assert.deepStrictEqual(broken(DE_ABFVERBRBUSSV), []);
    // must not: Dutch with "Artikel" opening its headings and "artikel" in its sentences is still Dutch (wetten.overheid.nl)
    assert.strictEqual(guessLanguage('##### Artikel 2\n\n4. Het in de beide vorige leden van dit artikel bepaalde is alleen van toepassing, indien omtrent de in het eerste lid bedoelde overneming geen overeenstemming is verkregen.\n'), 'nl');
  });
});
