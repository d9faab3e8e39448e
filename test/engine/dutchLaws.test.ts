// Dutch laws as legalize-dev converts wetten.overheid.nl: a law named by its subject after "Wet op", a directive by its
// abbreviation, an act that enacts another in its roman-numbered articles, an inserted chapter "IV-A", a web address. Each
// rule has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { NL_DATABANKENWET, NL_DIGID_DEFINITIONS, NL_WBNI_DEFINITIONS, NL_WET_BIJZONDERE_OPSPORINGSDIENSTEN, NL_WET_HERGEBRUIK_CHAPTERS } from './dutchLawsText';

const URI = uriOf('wet.md');

function diagnostics(text: string, code?: string): string[] {
  return checkDocument(workspaceOf({ 'wet.md': text }), URI).filter((d) => !code || d.code === code).map((d) => `${d.code}: ${d.message}`);
}

function anchorOf(text: string): string {
  const [reference] = parseReferences(text, { language: 'nl' });
  assert.ok(reference, `a citation in "${text}"`);
  return `${reference.text} | ${reference.anchor.kind === 'instrument' ? reference.anchor.name : reference.anchor.kind}`;
}

describe('engine: Dutch laws as legalize-dev converts wetten.overheid.nl', () => {
  it('"artikel 6a van de Wet op de bijzondere opsporingsdiensten" names that law, not this one ("van de Wet" alone still may)', () => {
    assert.strictEqual(anchorOf('bedoeld in artikel 6a van de Wet op de bijzondere opsporingsdiensten, een identiteitsbewijs'), 'artikel 6a van de Wet op de bijzondere opsporingsdiensten | Wet op de bijzondere opsporingsdiensten');
    assert.strictEqual(anchorOf('bedoeld in artikel 1, eerste lid, onder 1°, 2° of 4°, van de Wet op de identificatieplicht.'), 'artikel 1, eerste lid, onder 1°, 2° of 4°, van de Wet op de identificatieplicht | Wet op de identificatieplicht');
    assert.deepStrictEqual(diagnostics(NL_WET_BIJZONDERE_OPSPORINGSDIENSTEN, 'broken-reference'), []);
    // must not: "van de Wet" followed by a verb ends the name there
    assert.strictEqual(anchorOf('artikel 3 van de Wet is van toepassing'), 'artikel 3 van de Wet | Wet');
  });

  it('"artikel 8, derde lid, van de NIB-richtlijn" is of the directive named by its abbreviation', () => {
    assert.strictEqual(anchorOf('centraal contactpunt als bedoeld in artikel 8, derde lid, van de NIB-richtlijn;'), 'artikel 8, derde lid, van de NIB-richtlijn | NIB-richtlijn');
    assert.deepStrictEqual(diagnostics(NL_WBNI_DEFINITIONS, 'broken-reference'), []);
  });

  it('the Databankenwet: "artikel 5a" in an act whose own articles are ARTIKEL I–IV is the enacted text\'s, not checked; "artikel III" still is', () => {
    assert.deepStrictEqual(diagnostics(NL_DATABANKENWET, 'broken-reference'), []);
    // must not: a roman article it lacks is its own, and reported
    const withRoman = NL_DATABANKENWET.replace('Inbreuk op het in artikel 5a, eerste en tweede lid,', 'Inbreuk op het in artikel IX, eerste en tweede lid,');
    assert.strictEqual(diagnostics(withRoman, 'broken-reference').filter((message) => /article ix/i.test(message)).length, 1);
  });

  it('"### Hoofdstuk IV-A. Samenloopbepalingen" after "### Hoofdstuk IV." is chapter IV-A, no duplicate of IV', () => {
    assert.deepStrictEqual(diagnostics(`# Wet\n\n${NL_WET_HERGEBRUIK_CHAPTERS}`, 'duplicate-unit'), []);
    // must not: "Hoofdstuk IV" given twice is a duplicate
    assert.strictEqual(diagnostics(`# Wet\n\n${NL_WET_HERGEBRUIK_CHAPTERS.replace('Hoofdstuk IV-A.', 'Hoofdstuk IV.')}`, 'duplicate-unit').length, 1);
  });

  it('"www.digid.nl" in the definition of “DigiD” is a web address, no variant; "digid" in the text still is', () => {
    assert.deepStrictEqual(diagnostics(NL_DIGID_DEFINITIONS, 'inconsistent-variant'), []);
    const inText = `${NL_DIGID_DEFINITIONS}\n##### Artikel 2\n\nDe gebruiker van digid meldt zich aan.\n`;
    assert.strictEqual(diagnostics(inText, 'inconsistent-variant').length, 1);
  });
});
