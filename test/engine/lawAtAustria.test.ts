// Austria's federal laws as LawAT converts the RIS (whole files, verbatim: lawAtAustriaText.ts): each section's paragraphs in
// blockquotes opened by a code span ("> `(1)` …"), their points in nested blockquotes (">> `1.` …"), and every mark escaped
// ("Abs\. 1", "BGBl\. Nr\. 133", "\(§ 84 Abs\. 1 StGB\)").
import * as assert from 'node:assert';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { oneDocument } from '../helpers/oneDocument';
import { AT_AUSKPG, AT_NPSG } from './lawAtAustriaText';

const law = oneDocument('gesetz.md', '');
const broken = law.broken;

describe('engine: Austria\'s federal laws as LawAT gives them', () => {
  it('a section\'s paragraphs written in blockquotes ("> `(1)` …") are its paragraphs, and the nested ">> `1.` …" their points', () => {
    const ids = law.unitIds(AT_NPSG);
    for (const id of ['sec_8', 'sec_8__para_1', 'sec_8__para_1__item_1', 'sec_8__para_1__item_3', 'sec_8__para_2']) assert.ok(ids.includes(id), ids.filter((x) => x.startsWith('sec_8')).join(' '));
    const { workspace, model } = law.read(AT_NPSG);
    const resolved = workspace.resolved(model.uri);
    const points = resolved.find((r) => /^Z\s1 und\s2$/u.test(r.reference.text));
    assert.deepStrictEqual(points?.targets.map((t) => t.unitId), ['sec_8__para_1__item_1', 'sec_8__para_1__item_2']);
  });

  it('no false errors in the two laws; a point the section lacks is still reported', () => {
    assert.deepStrictEqual(broken(AT_NPSG), []);
    assert.deepStrictEqual(broken(AT_AUSKPG), []);
    // must not: § 8 (1) has points 1 to 3, so "gemäß Z 1 und 4" cites one it lacks (the text's spaces are no-break ones)
    const missing = AT_NPSG.replace(/gemäß Z(\s)1 und(\s)2 gewonnenen/u, 'gemäß Z$11 und$24 gewonnenen');
    assert.notStrictEqual(missing, AT_NPSG);
    assert.ok(broken(missing).some((message) => /point 4/.test(message)), broken(missing).join('\n'));
  });

  it('an escaped mark is read as the mark: "\\(§ 84 Abs\\. 1 StGB\\)" is the StGB\'s, "BGBl\\. Nr\\. 133" a gazette\'s number', () => {
    const [cited] = parseReferences('schwere Körperverletzungen \\(§ 84 Abs\\. 1 StGB\\) einer', { language: 'de' });
    assert.strictEqual(cited?.anchor.kind, 'instrument');
    assert.deepStrictEqual(cited?.targets.map((t) => t.path.map((step) => `${step.kind}:${step.number}`).join(' / ')), ['section:84 / paragraph:1']);
    const gazette = law.citation(AT_NPSG, 'Nr', true);
    assert.strictEqual(gazette?.targets[0].status, 'external');
    assert.match(gazette?.targets[0].reason ?? '', /gazette/);
  });

  it('blockquotes that quote another text after a sentence stay quotations: the document is not read so when its headings are not followed by them', () => {
    // the same law with its first three sections' paragraphs unquoted: most headings are followed by text, not a blockquote
    let text = AT_NPSG;
    for (const section of ['§ 1 NPSG', '§ 2 NPSG', '§ 3 NPSG', '§ 4 NPSG', '§ 5 NPSG', '§ 6 NPSG', '§ 7 NPSG']) {
      const start = text.indexOf(`### ${section}`);
      const end = text.indexOf('\n----', start);
      text = text.slice(0, start) + text.slice(start, end).replace(/\n> /g, '\nText: ') + text.slice(end);
    }
    const ids = law.unitIds(text);
    // § 8's blockquotes are quotations again: no paragraphs read from them
    assert.ok(!ids.includes('sec_8__para_1'), ids.filter((x) => x.startsWith('sec_8')).join(' '));
  });
});
