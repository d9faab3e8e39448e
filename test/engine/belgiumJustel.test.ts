// Belgian laws as Justel gives them (legalize-dev/legalize-be, French text; verbatim lines, belgiumJustelText.ts): an article's
// first paragraph run in with its heading ("##### Article 9. § 1er. …"), items cited after their paragraph and a comma
// ("au § 3, 4°", "article 4.1.1, § 1er, 13°, a), du décret …"), and decrees of a government cited as "arrêté".
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { BE_EXCISE_LAW_NOTES, BE_DECREE_2014_ARRETE_CITED, BE_DECREE_2014_ARTICLE_2, BE_DECREE_2014_ARTICLE_3, BE_DECREE_2014_ARTICLE_9, BE_SPACE_LAW_ARTICLE_11 } from './belgiumJustelText';

const FRONT = '---\nid: be-decret\ntitle: Décret\nlanguage: fr\n---\n# Décret\n\n##### Article 1er. Le présent décret règle une matière régionale.\n\n##### Article 8. Texte.\n\n';
const decree = oneDocument('decret.md', FRONT);
const { broken } = decree;

describe('engine: Belgian laws as Justel gives them', () => {
  it('"##### Article 9. § 1er. Pour les plans …": the heading is the label, "§ 1er." its first paragraph, with items 1° to 3°', () => {
    const ids = decree.unitIds(BE_DECREE_2014_ARTICLE_9).filter((id) => id.startsWith('art_9'));
    // one paragraph 1, holding its three items; paragraphs 2 to 5 once each
    assert.deepStrictEqual(ids.filter((id) => /^art_9__para_\d+$/.test(id)), ['art_9__para_1', 'art_9__para_2', 'art_9__para_3', 'art_9__para_4', 'art_9__para_5'], ids.join(' '));
    assert.deepStrictEqual(ids.filter((id) => id.startsWith('art_9__para_1__')), ['art_9__para_1__item_1', 'art_9__para_1__item_2', 'art_9__para_1__item_3'], ids.join(' '));
  });

  it('"conformément au § 3, 4°": item 4° of paragraph 3, not a paragraph 4', () => {
    assert.deepStrictEqual(broken(BE_DECREE_2014_ARTICLE_9), []);
    const cited = decree.citation(BE_DECREE_2014_ARTICLE_9, '§ 3, 4°');
    assert.strictEqual(cited.targets.length, 1);
    assert.strictEqual(cited.targets[0].unitId, 'art_9__para_3__item_4');
    // must not: an item the paragraph does not have is reported
    const missing = BE_DECREE_2014_ARTICLE_9.replace('conformément au § 3, 4°', 'conformément au § 3, 7°');
    assert.notStrictEqual(missing, BE_DECREE_2014_ARTICLE_9);
    assert.ok(broken(missing).some((message) => /paragraph 3 has no/.test(message)), broken(missing).join('\n'));
  });

  it('"§ 1er, 1° ou 2°" in an article whose heading runs in its "§ 1er." (law of 17 September 2005, article 11)', () => {
    assert.deepStrictEqual(broken(BE_SPACE_LAW_ARTICLE_11), []);
    const cited = decree.citation(BE_SPACE_LAW_ARTICLE_11, '§ 1er, 1° ou 2°');
    assert.deepStrictEqual(cited.targets.map((t) => t.status), ['resolved', 'resolved']);
  });

  it('"visé à l\'article 4.1.1, § 1er, 13°, a), du décret du 5 avril 1995": the item\'s letter does not part the citation from its decree', () => {
    assert.deepStrictEqual(broken(BE_DECREE_2014_ARTICLE_2), []);
    const cited = decree.citation(BE_DECREE_2014_ARTICLE_2, 'article 4.1.1, § 1er, 13°, a), du décret du 5 avril 1995');
    assert.strictEqual(cited.reference.anchor.kind, 'instrument');
    // must not: the same item of this decree's own article is checked ("du présent décret")
    const ours = BE_DECREE_2014_ARTICLE_2.replace('13°, a), du décret du 5 avril 1995', '13°, a), du présent décret');
    assert.notStrictEqual(ours, BE_DECREE_2014_ARTICLE_2);
    assert.ok(broken(ours).length > 0);
  });

  it('"l\'article 3, § 1er, de l\'arrêté du Gouvernement flamand du 12 octobre 2007": an arrêté is an instrument', () => {
    const text = `${BE_DECREE_2014_ARTICLE_3}\n${BE_DECREE_2014_ARRETE_CITED}`;
    assert.deepStrictEqual(broken(text), []);
    assert.strictEqual(decree.citation(text, 'article 3, § 1er, de l\'arrêté du Gouvernement', true).reference.anchor.kind, 'instrument');
    // must not: "du présent décret" cites this decree, which has no article 5
    const ours = text.replace("l'article 3, § 1er, de l'arrêté du Gouvernement flamand du 12 octobre 2007", "l'article 5, § 1er, du présent décret");
    assert.notStrictEqual(ours, text);
    assert.ok(broken(ours).some((message) => /no article 5/.test(message)), broken(ours).join('\n'));
  });

  it('"(4)< [2014-12-19/07](…), art. 85, 012; En vigueur : 01-01-2015>": a note on the amending act, its kind left out, cites that act', () => {
    assert.deepStrictEqual(broken(BE_EXCISE_LAW_NOTES), []);
    assert.match(decree.citation(BE_EXCISE_LAW_NOTES, 'art. 85', true).targets[0].reason ?? '', /2014-12-19\/07/);
    // must not: a citation after the act's number in running text, not opening a note, is checked
    const running = BE_EXCISE_LAW_NOTES.replace('(4)< [2014-12-19/07]', '(4) Voir [2014-12-19/07]');
    assert.notStrictEqual(running, BE_EXCISE_LAW_NOTES);
    assert.ok(broken(running).some((message) => /no article 85/.test(message)), broken(running).join('\n'));
  });
});
