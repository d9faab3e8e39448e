// Codes as the legalize repositories give Légifrance's and the BOE's texts (legalizeCodesText.ts): headings of every
// rank at one depth, groupings numbered by ordinal words, one citation that lists many units. Each rule has a case where
// it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { parseDocument } from '../../server/src/engine/document';
import { readHeading } from '../../server/src/engine/headings';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { FR_EXPROPRIATION_ANNEXES, ES_LEY_39_2015_PREAMBLE_II_AND_ART_2, ES_LEY_39_2015_QUOTED_ARTICLE, FR_DOUANES_MAYOTTE_PLAIN_HEADINGS, ES_CODIGO_COMERCIO_ARTS_247_249, NL_WET_RO_LINE_632, ES_CODIGO_COMERCIO_SECCION_SEGUNDA, FR_CODE_COMMUNES_FLAT_DIVISIONS, FR_CODE_COMMUNES_TITLE_V } from './legalizeCodesText';

const URI = uriOf('code.md');

function diagnostics(text: string, language: string, code: string): string[] {
  return checkDocument(workspaceOf({ 'code.md': `---\nid: code\nlanguage: ${language}\ntype: law\n---\n# Code\n\n${text}` }), URI).filter((d) => d.code === code).map((d) => d.message);
}

describe('engine: codes as the legalize repositories convert them', () => {
  it('"#### Sección segunda. De las cuentas anuales" is a section, and "la presente sección" in its article stands inside it', () => {
    assert.deepStrictEqual(readHeading('Sección segunda. De las cuentas anuales'), { kind: 'section', number: '2', label: 'Sección segunda', title: 'De las cuentas anuales' });
    // es/BOE-A-1885-6627.md lines 1517 and 1591: ordinals past the tenth
    assert.strictEqual(readHeading('Sección undécima. Compañías o bancos de crédito territorial')?.number, '11');
    assert.strictEqual(readHeading('Sección duodécima. De las reglas especiales para los bancos y sociedades agrícolas')?.number, '12');
    assert.deepStrictEqual(diagnostics(ES_CODIGO_COMERCIO_SECCION_SEGUNDA, 'es', 'reference-outside-unit'), []);
    // must not: an article's "único." stays unread (a decree's "Artículo único." comes before the articles of the text it approves)
    assert.strictEqual(readHeading('Artículo único.')?.number, undefined);
  });

  it('"#### PARAGRAPHE 1" after "#### SOUS-SECTION 1" at one depth is another division, no duplicate; "SOUS-SECTION" is read', () => {
    assert.deepStrictEqual(readHeading('SOUS-SECTION 1 : Activité, congés.')?.kind, 'division');
    assert.deepStrictEqual(diagnostics(FR_CODE_COMMUNES_FLAT_DIVISIONS, 'fr', 'duplicate-unit'), []);
    const model = parseDocument(URI, FR_CODE_COMMUNES_FLAT_DIVISIONS);
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'division').map((u) => u.label), ['SOUS-SECTION 1', 'PARAGRAPHE 1']);
    // must not: the same word and number twice is a duplicate still
    assert.strictEqual(diagnostics(FR_CODE_COMMUNES_FLAT_DIVISIONS.replace('PARAGRAPHE 1 :', 'SOUS-SECTION 1 :'), 'fr', 'duplicate-unit').length, 1);
  });

  it('"Titre XI bis", "TÍTULO IV BIS" are titles of their own; "Partie législative" is no part "l"', () => {
    // verbatim headings: fr/LEGITEXT000006071194.md line 738, es/BOE-A-1946-2453.md line 909, fr/LEGITEXT000006070162.md line 13
    assert.strictEqual(readHeading('Titre XI bis : Le Défenseur des droits')?.number, 'xibis');
    assert.strictEqual(readHeading('TÍTULO IV BIS. De la conciliación')?.number, 'ivbis');
    assert.strictEqual(readHeading('Partie législative'), undefined);
    // must not: "Titel IIIA" (a title inserted after III) and "Part A" keep their letters
    assert.strictEqual(readHeading('Titel IIIA')?.number, 'iiia');
    assert.strictEqual(readHeading('Part A')?.number, 'a');
  });

  it('one citation of sixteen articles in a title the code lacks says so once, with how many of its units it stands for', () => {
    const broken = diagnostics(FR_CODE_COMMUNES_TITLE_V, 'fr', 'broken-reference');
    assert.strictEqual(broken.length, 1, broken.join('\n'));
    assert.match(broken[0], /this document has no title V \(it has titles? [^)]*\) \(for \d+ of the units it lists\)\.$/);
  });

  it('"van de Wet rechtspositie rechterlijke ambtenaren": a Dutch law named by its bare noun and lower-case words is another law, and so is the article chained to it', () => {
    const cited = parseReferences(NL_WET_RO_LINE_632, { language: 'nl' });
    assert.deepStrictEqual(cited.map((r) => r.anchor.kind === 'instrument' ? r.anchor.name : r.anchor.kind), ['none', 'Wet rechtspositie rechterlijke ambtenaren']);
    const text = `---\nid: wet-ro\nlanguage: nl\ntitle: Wet op de rechterlijke organisatie\n---\n\n### Artikel 46\n\n${NL_WET_RO_LINE_632}`;
    assert.deepStrictEqual(checkDocument(workspaceOf({ 'code.md': text }), URI).filter((d) => d.code === 'broken-reference'), []);
    // must not: the name ends at a verb or small word ("van de Wet is van toepassing"), and at a unit's noun
    assert.deepStrictEqual(parseReferences('artikel 5 van de Wet is van toepassing', { language: 'nl' }).map((r) => r.anchor.kind === 'instrument' ? r.anchor.name : ''), ['Wet']);
    assert.deepStrictEqual(parseReferences('titel 9.2 van de Algemene wet bestuursrecht alsmede artikel 1a, tweede lid', { language: 'nl' }).map((r) => r.anchor.kind === 'instrument' ? r.anchor.name : ''), ['Algemene wet bestuursrecht', '']);
  });

  it('"el párrafo segundo del artículo anterior" is the preceding article\'s second paragraph', () => {
    const text = `---\nid: code\nlanguage: es\ntype: law\n---\n# Código\n\n${ES_CODIGO_COMERCIO_ARTS_247_249}`;
    const found = workspaceOf({ 'code.md': text }).resolved(URI).map((r) => [r.reference.text, r.targets.map((t) => t.unitId ?? t.status).join()]);
    assert.deepStrictEqual(found.find(([cited]) => cited.startsWith('párrafo segundo')), ['párrafo segundo del artículo anterior', 'art_248__al_2']);
    // must not: without "del artículo anterior" the paragraph is the citing article's own (article 249 has one)
    const own = workspaceOf({ 'code.md': text.replace('párrafo segundo del artículo anterior', 'párrafo segundo') }).resolved(URI).map((r) => [r.reference.text, r.targets.map((t) => t.unitId ?? t.status).join()]);
    assert.deepStrictEqual(own.filter(([cited]) => cited.startsWith('párrafo segundo')), [['párrafo segundo', 'unresolved']]);
  });

  it('"Paragraphe 3 : Dispositions spéciales à l\'importation." on a line of its own is a heading left as text, not a citation of paragraph 3', () => {
    assert.deepStrictEqual(diagnostics(FR_DOUANES_MAYOTTE_PLAIN_HEADINGS, 'fr', 'broken-reference'), []);
    const reason = workspaceOf({ 'code.md': FR_DOUANES_MAYOTTE_PLAIN_HEADINGS }).resolved(URI).find((r) => r.reference.text === 'Paragraphe 3')!.targets[0].reason;
    assert.strictEqual(reason, '"Paragraphe 3 : Dispositions spéciales à l\'importation." reads as a heading written as a line of text, not as a citation');
    // must not: the same words inside a sentence cite paragraph 3, and are reported
    const inSentence = FR_DOUANES_MAYOTTE_PLAIN_HEADINGS.replace("Paragraphe 3 : Dispositions spéciales à l'importation.", "Le paragraphe 3 : dispositions spéciales à l'importation.");
    assert.strictEqual(diagnostics(inSentence, 'fr', 'broken-reference').length, 1);
  });

  it('«Artículo 64. …» quoted in a final provision that amends another law is given again in quotes, no duplicate of this law\'s article 64', () => {
    assert.deepStrictEqual(diagnostics(ES_LEY_39_2015_QUOTED_ARTICLE, 'es', 'duplicate-unit'), []);
    assert.strictEqual(diagnostics(ES_LEY_39_2015_QUOTED_ARTICLE, 'es', 'unit-given-again').length, 1);
    // must not: the same article given again with neither its quote nor the amending words before it, under a heading that
    // names no other law, is a duplicate (under "Modificación de la Ley 36/2011" it is that law's: structure.ts)
    const bare = ES_LEY_39_2015_QUOTED_ARTICLE.replace(/Uno\. El artículo\s64 queda redactado como sigue:\n\n«Artículo\s64\./u, 'Artículo 64.')
      .replace(/(##### Disposición final tercera\.)[^\n]*/u, '$1');
    assert.notStrictEqual(bare, ES_LEY_39_2015_QUOTED_ARTICLE);
    assert.strictEqual(diagnostics(bare, 'es', 'duplicate-unit').length, 1);
  });

  it('"el artículo 2.1" is article 2 as written, not the preamble\'s part "### II" that comes first in the text', () => {
    const text = `---\nid: code\nlanguage: es\ntype: law\n---\n# Ley\n${ES_LEY_39_2015_PREAMBLE_II_AND_ART_2}`;
    const found = workspaceOf({ 'code.md': text }).resolved(URI).map((r) => [r.reference.text.replace(/\s+/g, ' '), r.targets.map((t) => t.unitId ?? t.status).join()]);
    assert.deepStrictEqual(found.find(([cited]) => cited === 'artículo 2.1'), ['artículo 2.1', 'art_2__para_1']);
    // must not: "artículo II", written in roman, is still the part II where no article II is written so
    const roman = workspaceOf({ 'code.md': text.replace(/el artículo\s2\.1\./u, 'el artículo II.') }).resolved(URI).map((r) => [r.reference.text.replace(/\s+/g, ' '), r.targets.map((t) => t.unitId ?? t.status).join()]);
    assert.deepStrictEqual(roman.find(([cited]) => cited === 'artículo II'), ['artículo II', 'art_ii']);
  });

  it('"Article A." in "Article Annexe 2" after "Article A." in "Article Annexe 1": each annex numbers its clauses from the start, no duplicate', () => {
    assert.deepStrictEqual(diagnostics(FR_EXPROPRIATION_ANNEXES, 'fr', 'duplicate-unit'), []);
    // must not: without the second annex's heading, the clauses given twice are duplicates
    const oneAnnex = FR_EXPROPRIATION_ANNEXES.replace('##### Article Annexe 2', '');
    assert.notStrictEqual(oneAnnex, FR_EXPROPRIATION_ANNEXES);
    assert.ok(diagnostics(oneAnnex, 'fr', 'duplicate-unit').some((message) => /^Article A appears twice/.test(message)));
  });
});
