// A text that holds two parts of a larger whole with a long run of numbers between them (Benin's Code du numérique as
// found: Livre 0, articles 1–2, and Livre 6, articles 491–647): "article 109 du présent code" is in the part left out, not
// missing. A short hole (a repealed article or two) still reports what is not there.
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../server/src/engine/checks';
import { SOURCES_DIR, uriOf, workspaceOf } from '../helpers/workspace';

const BENIN = 'bj-code-numerique-livre0-livre6-fr.md';

function brokenReferences(text: string): string[] {
  const workspace = workspaceOf({ 'code.md': text });
  return checkDocument(workspace, uriOf('code.md')).filter((d) => d.code === 'broken-reference').map((d) => d.message);
}

describe('engine: a text that holds two parts of a larger whole', () => {
  it('Benin\'s Code du numérique as found (articles 1–2 and 491–647): "article 109 du présent code" is in the part left out, with why', function () {
    if (!SOURCES_DIR) this.skip();
    const text = readFileSync(join(SOURCES_DIR!, BENIN), 'utf8');
    const workspace = workspaceOf({ 'code.md': text });
    const diagnostics = checkDocument(workspace, uriOf('code.md'));
    assert.ok(!diagnostics.some((d) => d.code === 'broken-reference' && /no article (?:109|294|12) /.test(d.message)));
    const note = diagnostics.find((d) => d.code === 'reference-not-in-workspace' && /article 109 /.test(d.message));
    assert.match(note?.message ?? '', /article 109 is in a part this document does not hold: its article numbers jump from 2 to 491/);
    // beyond the last article held, the number is still not there
    assert.ok(brokenReferences(`${text}\n\nVoir l'article 700 du présent code.\n`).some((message) => /no article 700/.test(message)));
  });

  it('must not: a law of articles 1–10 and 13–30 (two repealed) still reports "article 12"', () => {
    const articles = [...Array(30).keys()].map((i) => i + 1).filter((n) => n !== 11 && n !== 12).map((n) => `### Article ${n}\n\nText ${n}.\n`).join('\n');
    assert.deepStrictEqual(brokenReferences(`---\ntitle: A law\ntype: law\nlanguage: en\n---\n\n${articles}\nSee article 12.\n`).filter((m) => /article 12/.test(m)).length, 1);
  });
});
