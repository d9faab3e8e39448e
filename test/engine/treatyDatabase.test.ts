// Treaties as the Dutch treaty database gives them (statengeneraal/laws-markdown, verbatim: treatyDatabaseText.ts): titles a
// converter wrote with no space after the hashes ("###Objectives") inside an article, and "articles 2 to 34 inclusive of the
// Convention".
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { GPA_ARTICLE_III, REFUGEE_PROTOCOL_1967, WCT_ARTICLE_9 } from './treatyDatabaseText';

const URI = uriOf('treaty.md');
const FRONT = '---\nid: treaty\ntitle: Agreement on government procurement\ntype: treaty\nlanguage: en\n---\n';
const read = (text: string) => workspaceOf({ 'treaty.md': text });
const problems = (text: string, ...codes: string[]) => checkDocument(read(text), URI).filter((d) => codes.includes(d.code)).map((d) => d.message);

describe('engine: treaties as the Dutch treaty database gives them', () => {
  it('"### Article  III" then "###Objectives" (no space): a title within the article, whose paragraphs 1 to 15 stay the article\'s', () => {
    const text = FRONT + GPA_ARTICLE_III;
    // (the excerpt holds Article III alone: its citations of Articles II and IX are reported, as they should be here)
    assert.deepStrictEqual(problems(text, 'reference-outside-unit'), []);
    const own = read(text).resolved(URI).find((r) => r.reference.text === 'paragraph 14 of this Article');
    assert.deepStrictEqual(own?.targets.map((target) => target.unitId), ['art_iii__para_14']);
    const ids = read(text).get(URI)!.units.map((unit) => unit.id);
    for (const id of ['art_iii__para_1', 'art_iii__para_14', 'art_iii__para_15']) assert.ok(ids.includes(id), ids.join(' '));
    // must not: a title that opens a unit ("###Article IV", no space) still ends the article before it
    const next = `${text}\n###Article  IV\n\n1.  Each Party shall ensure that this Article applies.\n`;
    assert.ok(read(next).get(URI)!.units.some((unit) => unit.id === 'art_iv__para_1'), read(next).get(URI)!.units.map((unit) => unit.id).join(' '));
  });

  it('"articles 2 to 34 inclusive of the Convention" (the 1967 Refugee Protocol) is the Convention\'s range, not the Protocol\'s articles', () => {
    assert.deepStrictEqual(problems(REFUGEE_PROTOCOL_1967, 'broken-reference'), []);
    const [range] = parseReferences('undertake to apply articles 2 to 34 inclusive of the Convention to refugees', { language: 'en' });
    assert.strictEqual(range.anchor.kind, 'instrument');
    // must not: "inclusive" after a list, no range, ends the citation there
    const [list] = parseReferences('articles 2 and 34 inclusive of the Convention', { language: 'en' });
    assert.strictEqual(list.anchor.kind, 'none');
  });

  it('"del Artículo 7.4) del Convenio de Berna" (the WIPO Copyright Treaty in Spanish): the Berne Convention\'s, its number closed by a parenthesis', () => {
    const text = '---\nid: wct\ntitle: Tratado de la OMPI sobre Derecho de Autor\ntype: treaty\nlanguage: es\n---\n### Artículo 7\n\nDerecho de alquiler.\n\n' + WCT_ARTICLE_9;
    assert.deepStrictEqual(problems(text, 'broken-reference'), []);
    const cited = read(text).resolved(URI).find((r) => r.reference.text.startsWith('Artículo 7.4'));
    assert.strictEqual(cited?.reference.anchor.kind, 'instrument');
    // must not: a parenthesis that closes an aside opened before the citation is not passed over
    const [aside] = parseReferences('(véase el artículo 7.4) del Convenio de Berna.', { language: 'es' });
    assert.strictEqual(aside.anchor.kind, 'none');
  });
});
