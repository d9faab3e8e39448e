// Liechtenstein's laws as legalize-dev converts them (verbatim excerpts, liechtensteinLawsText.ts): a paragraph that amends another
// law "wie folgt" with that law named by its title and date ("Das Gesetz über die allgemeine Landesverwaltungspflege vom 21. April
// 1922 wird abgeändert wie folgt:"), its items citing that law's articles. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { LI_AMTSHAFTUNG_ARTICLE_15, LI_AMTSHAFTUNG_PGR, LI_AMTSHAFTUNG_SACHENRECHT } from './liechtensteinLawsText';

const URI = uriOf('gesetz.md');
const FRONT = '---\nid: li-gesetz\ntitle: Gesetz\nlanguage: de\ntype: law\n---\n# Gesetz\n\n##### Art. 1\n\nText.\n\n##### Art. 14\n\nText.\n\n';
const broken = (text: string) => checkDocument(workspaceOf({ 'gesetz.md': FRONT + text }), URI).filter((d) => d.code === 'broken-reference').map((d) => d.message);

describe('engine: Liechtenstein\'s laws as legalize-dev converts them', () => {
  it('"Das Gesetz über die allgemeine Landesverwaltungspflege vom 21. April 1922 wird abgeändert wie folgt:" names the law its items amend', () => {
    assert.deepStrictEqual(broken(LI_AMTSHAFTUNG_ARTICLE_15), []);
    // a law's name with an adjective in lower case, and its date with the day's full stop
    const [cited] = parseReferences('gemäss Art. 56 des Gesetzes über die allgemeine Landesverwaltungspflege vom 21. April 1922 gilt', { language: 'de' });
    assert.strictEqual(cited.anchor.kind === 'instrument' && cited.anchor.name, 'Gesetzes über die allgemeine Landesverwaltungspflege vom 21. April 1922');
    // must not: without the words that amend "wie folgt", the items' articles are this law's, and reported
    const plain = LI_AMTSHAFTUNG_ARTICLE_15.replace('wird abgeändert wie folgt:', 'gilt weiter.');
    assert.notStrictEqual(plain, LI_AMTSHAFTUNG_ARTICLE_15);
    assert.ok(broken(plain).some((message) => message.startsWith('"Abs. 1 des Art. 19"')), broken(plain).join('\n'));
    // must not: a verb in lower case after the connector ends the name ("des Gesetzes über die Zustellung gelten" names no "gelten")
    const [verb] = parseReferences('nach § 5 des Gesetzes über die Zustellung gelten', { language: 'de' });
    assert.strictEqual(verb.anchor.kind === 'instrument' && verb.anchor.name, 'Gesetzes über die Zustellung');
  });

  it('"Das Sachenrecht vom 31. Dezember 1922" and "Das Personen- und Gesellschaftsrecht vom 20. Januar 1926" are codes: their items cite them', () => {
    assert.deepStrictEqual(broken(LI_AMTSHAFTUNG_SACHENRECHT + '\n' + LI_AMTSHAFTUNG_PGR), []);
    const [code] = parseReferences('Im Art. 432 des Sachenrechts vom 31. Dezember 1922 treten', { language: 'de' });
    assert.ok(code.anchor.kind === 'instrument' && code.anchor.name.startsWith('Sachenrechts'), JSON.stringify(code.anchor));
    // must not: a body of law ("des Bundesrechts") names no instrument
    const [area] = parseReferences('nach Art. 5 des Bundesrechts gilt', { language: 'de' });
    assert.strictEqual(area.anchor.kind, 'none', JSON.stringify(area.anchor));
    // must not: without the words that amend, the items' articles are this law's, and reported
    const plain = LI_AMTSHAFTUNG_SACHENRECHT.replace('wird abgeändert wie folgt:', 'gilt weiter.');
    assert.notStrictEqual(plain, LI_AMTSHAFTUNG_SACHENRECHT);
    assert.ok(broken(plain).some((message) => message.startsWith('"Art. 432"')), broken(plain).join('\n'));
  });
});
