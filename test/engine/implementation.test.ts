// Implementation mapping on the corpus: marker lines, obligations, the correspondence table,
// suggestions (measured with the mapping hidden), the checks and the exports.
import * as assert from 'node:assert/strict';
import { loadCorpus, corpusDoc, corpusFiles, corpusText, corpusUri, frontMatter, joinLines, unitOf } from '../helpers/workspace';
import { Workspace } from '../../server/src/engine/workspace';
import { mappingsOf } from '../../server/src/engine/implementation/mappings';
import { articleObligation, sentenceKind, sentenceClass } from '../../server/src/engine/implementation/obligations';
import { buildTable, TableError } from '../../server/src/engine/implementation/table';
import { suggestArticles } from '../../server/src/engine/implementation/suggest';
import { renderTable, toHtml } from '../../server/src/engine/implementation/export';
import { checkDocument } from '../../server/src/engine/checks';
import { confirmedRatio, describeMeasure } from '../helpers/linearTime';

const BUDAPEST = 'coe-ets185-en';

/** The corpus plus drafts (file:///drafts/<name>). */
function corpusWith(drafts: Record<string, string>): Workspace {
  const workspace = new Workspace();
  for (const name of corpusFiles()) workspace.set(corpusUri(name), corpusText(name));
  for (const [name, text] of Object.entries(drafts)) workspace.set(`file:///drafts/${name}`, text);
  return workspace;
}

function draftLaw(id: string, lines: string[], implementsIds: string[] = [BUDAPEST]): string {
  return frontMatter({ id, title: `Draft ${id}`, 'short-title': `Draft ${id}`, type: 'law', language: 'en', implements: implementsIds }) + joinLines(...lines) + '\n';
}

describe('implementation mapping', () => {
  describe('marker lines', () => {
    it('reads the corpus mappings: Sr art. 138ab implements Budapest article 2', () => {
      const workspace = loadCorpus();
      const sr = corpusDoc('nl-sr-computercriminaliteit');
      const mapping = mappingsOf(sr, workspace).find((m) => m.provisionId === 'art_138ab');
      assert.ok(mapping, 'art. 138ab has a mapping');
      assert.equal(mapping.kind, 'implements');
      assert.deepEqual(mapping.targets.map((t) => [t.status, t.treatyId, t.articleId]), [['resolved', BUDAPEST, 'art_2']]);
    });

    it('reads a paragraph, a list of articles and "in part"', () => {
      const workspace = loadCorpus();
      const kenya = mappingsOf(corpusDoc('ke-cmca-2018'), workspace);
      assert.deepEqual(kenya.find((m) => m.provisionId === 'sec_16')?.targets.map((t) => t.articleId), ['art_4', 'art_5']);
      assert.equal(kenya.find((m) => m.provisionId === 'sec_15')?.kind, 'partly');
      const sr = mappingsOf(corpusDoc('nl-sr-computercriminaliteit'), workspace);
      assert.equal(sr.find((m) => m.provisionId === 'art_80quinquies')?.targets[0].unitId, 'art_1__subpara_b');
    });

    it('every corpus mapping resolves', () => {
      const workspace = loadCorpus();
      for (const model of workspace.all()) {
        for (const mapping of mappingsOf(model, workspace)) {
          assert.equal(mapping.problem, undefined, `${model.id}: ${mapping.problem}`);
          for (const target of mapping.targets) assert.equal(target.status, 'resolved', `${model.id} ${mapping.provisionId}: ${target.reason}`);
        }
      }
    });

    it('a mapping to an article that does not exist is an error (mapping-unknown-unit), reported once', () => {
      const workspace = corpusWith({ 'draft.md': draftLaw('draft-act', ['# Draft Act', '', '## Section 1. Illegal access', '', '> Implements: article 99 of the Budapest Convention', '', '(1) A person who accesses a computer system without right commits an offence.']) });
      const diagnostics = checkDocument(workspace, 'file:///drafts/draft.md');
      const unknown = diagnostics.filter((d) => d.code === 'mapping-unknown-unit');
      assert.equal(unknown.length, 1);
      assert.match(unknown[0].message, /99/);
      const model = workspace.get('file:///drafts/draft.md');
      assert.equal(model?.text.slice(unknown[0].span.start, unknown[0].span.end), '99');
      assert.equal(diagnostics.filter((d) => d.code === 'broken-reference').length, 0, 'not reported twice');
    });

    it('a mapping that exists gives no error; a bare "article 2" means the one implemented treaty', () => {
      const workspace = corpusWith({ 'draft.md': draftLaw('draft-act', ['# Draft Act', '', '## Section 1. Illegal access', '', '> Implements: article 2', '', '(1) A person who accesses a computer system without right commits an offence.']) });
      const model = workspace.get('file:///drafts/draft.md');
      assert.ok(model);
      assert.deepEqual(mappingsOf(model, workspace)[0].targets.map((t) => [t.status, t.articleId]), [['resolved', 'art_2']]);
      const codes = checkDocument(workspace, model.uri).map((d) => d.code);
      assert.ok(!codes.includes('mapping-unknown-unit') && !codes.includes('mapping-invalid'), codes.join(', '));
    });

    it('a marker naming no unit is mapping-invalid; a bare article in a law implementing nothing asks for the treaty', () => {
      const workspace = corpusWith({
        'a.md': draftLaw('draft-a', ['# A', '', '## Section 1. Access', '', '> Implements: the Budapest one', '', 'Text.']),
        'b.md': draftLaw('draft-b', ['# B', '', '## Section 1. Access', '', '> Implements: article 2', '', 'Text.'], []),
      });
      assert.deepEqual(checkDocument(workspace, 'file:///drafts/a.md').filter((d) => d.code.startsWith('mapping')).map((d) => d.code), ['mapping-invalid']);
      const b = checkDocument(workspace, 'file:///drafts/b.md').filter((d) => d.code === 'mapping-unknown-unit');
      assert.equal(b.length, 1);
      assert.match(b[0].message, /name the treaty/);
    });

    it('"> Implements:" inside a treaty or in prose is not a mapping', () => {
      const workspace = corpusWith({ 'draft.md': draftLaw('draft-act', ['# Draft Act', '', '## Section 1. Access', '', 'The Minister implements: article 2 of the Budapest Convention.']) });
      const model = workspace.get('file:///drafts/draft.md');
      assert.ok(model);
      assert.equal(mappingsOf(model, workspace).length, 0);
    });
  });

  describe('obligations', () => {
    it('classifies Budapest articles: criminalisation, procedural power, cooperation, and none for definitions', () => {
      const budapest = corpusDoc(BUDAPEST);
      const summary = (n: string) => {
        const o = articleObligation(budapest, `art_${n}`);
        return o ? `${o.kind} ${o.class}` : 'none';
      };
      assert.equal(summary('1'), 'none');
      assert.equal(summary('2'), 'mandatory criminalisation');
      assert.equal(summary('11'), 'mandatory criminalisation');
      assert.equal(summary('16'), 'mandatory procedural');
      assert.equal(summary('19'), 'mandatory procedural');
      assert.equal(summary('25'), 'mandatory cooperation');
      assert.equal(summary('35'), 'mandatory cooperation');
      assert.equal(summary('48'), 'none');
      const article4 = articleObligation(budapest, 'art_4');
      assert.deepEqual(article4?.obligations.map((o) => o.kind), ['mandatory', 'reservation']);
    });

    it('the Arabic "تعتمد كل دولة طرف" and the Dutch "Iedere Partij neemt" are the same mandatory criminalisation', () => {
      const un = corpusDoc('un-cybercrime-2024-ar');
      const unArticle7 = articleObligation(un, unitOf(un, 'art_7').id);
      assert.equal(`${unArticle7?.kind} ${unArticle7?.class}`, 'mandatory criminalisation');
      const nl = corpusDoc('coe-ets185-nl');
      const nlArticle2 = articleObligation(nl, 'art_2');
      assert.equal(`${nlArticle2?.kind} ${nlArticle2?.class}`, 'mandatory criminalisation');
      assert.equal(sentenceKind('Een Partij kan zich het recht voorbehouden het eerste lid niet toe te passen.', 'nl'), 'reservation');
      assert.equal(sentenceKind('A Party may require that the offence be committed by infringing security measures.', 'en'), 'optional');
      assert.equal(sentenceKind('يجوز للدولة الطرف أن تشترط أن يكون الفعل الإجرامي قد ارتُكب', 'ar'), 'optional');
    });

    it('says nothing of sentences that oblige no party', () => {
      assert.equal(sentenceKind('This Convention shall be open for signature by the member States.', 'en'), undefined);
      assert.equal(sentenceKind('Onder gegevens wordt verstaan iedere weergave van feiten.', 'nl'), undefined);
      assert.equal(sentenceClass('Each Party shall designate a point of contact.', 'en', 'INTERNATIONAL CO-OPERATION'), 'cooperation');
    });
  });

  describe('the correspondence table', () => {
    it('the Netherlands against Budapest: article 2 (illegal access) is implemented by Sr art. 138ab', () => {
      const table = buildTable(loadCorpus(), BUDAPEST, ['nl-sr-computercriminaliteit']);
      const row = table.rows.find((r) => r.number === '2');
      assert.ok(row);
      assert.equal(row.title, 'Illegal access');
      assert.equal(row.status, 'implemented');
      assert.deepEqual(row.cells[0].provisions.map((p) => p.label), ['Artikel 138ab']);
      assert.equal(row.cells[0].status, 'implemented');
    });

    it('the gaps are the mandatory obligations no shipped law implements, criminalisation articles 7, 10, 11, 12 and 13 among them', () => {
      const table = buildTable(loadCorpus(), BUDAPEST);
      assert.deepEqual(table.laws.map((l) => l.id), ['ke-cmca-2018', 'nl-sr-computercriminaliteit', 'us-18usc-ch121', 'us-18usc1029', 'us-18usc2510']);
      const criminalisationGaps = table.gaps.filter((r) => r.obligation?.class === 'criminalisation').map((r) => r.number);
      assert.deepEqual(criminalisationGaps, ['7', '10', '11', '12', '13']);
      for (const implemented of ['2', '3', '4', '5', '6', '9']) assert.ok(!table.gaps.some((r) => r.number === implemented), `article ${implemented} is implemented`);
      // Article 8 is implemented in part only (18 U.S.C. § 1029), so it is no gap but not "implemented".
      assert.equal(table.rows.find((r) => r.number === '8')?.status, 'partly');
      assert.equal(table.rows.find((r) => r.number === '1')?.gap, false);
    });

    it('a mapping written against the translation counts for the original', () => {
      const workspace = corpusWith({ 'draft.md': frontMatter({ id: 'nl-draft', title: 'Ontwerp', 'short-title': 'Ontwerp', type: 'law', language: 'nl', implements: [BUDAPEST] }) + joinLines('# Ontwerp', '', '## Artikel 1', '', '> Implements: artikel 7 van het Verdrag van Boedapest', '', 'Valsheid in geschrifte.') });
      const table = buildTable(workspace, BUDAPEST, ['nl-draft']);
      assert.equal(table.rows.find((r) => r.number === '7')?.status, 'implemented');
      const translated = buildTable(workspace, 'coe-ets185-nl', ['nl-draft']);
      assert.equal(translated.rows.find((r) => r.number === '7')?.status, 'implemented');
    });

    it('a reservation marker makes an article "reservation / not applicable", not a gap', () => {
      const workspace = corpusWith({ 'draft.md': draftLaw('draft-act', ['# Draft Act', '', '> Reservation: article 6, paragraph 1 of the Budapest Convention', '', '## Section 1. Illegal access', '', '> Implements: article 2', '', 'Text.']) });
      const table = buildTable(workspace, BUDAPEST, ['draft-act']);
      const row6 = table.rows.find((r) => r.number === '6');
      assert.equal(row6?.status, 'not-applicable');
      assert.equal(row6?.gap, false);
      assert.equal(row6?.cells[0].provisions[0].kind, 'reservation');
      assert.equal(table.rows.find((r) => r.number === '3')?.gap, true);
    });

    it('reads marker lines in linear time on adversarial input', () => {
      const make = (n: number) => draftLaw('draft-act', ['# Draft', '', '## Section 1. X', '', ...Array.from({ length: n }, () => '>  implements in part  implements: ' + '> '.repeat(50))]);
      const read = (text: string) => {
        const workspace = new Workspace();
        mappingsOf(workspace.set('file:///drafts/x.md', text), workspace);
      };
      // CPU-time ratio (test/helpers/linearTime.ts): twice the marker lines, at most about twice the time.
      const measure = confirmedRatio(read, make, 2.5, { startSize: 250, maxSize: 1 << 12, minMs: 4, runs: 3 });
      assert.ok(measure.ratio <= 2.5, `not linear: ${describeMeasure(measure, 'marker lines')}`);
    });

    it('asks for a treaty and laws that exist', () => {
      assert.throws(() => buildTable(loadCorpus(), 'nowhere'), TableError);
      assert.throws(() => buildTable(loadCorpus(), 'nl-sr-computercriminaliteit'), /not a treaty/);
      assert.throws(() => buildTable(loadCorpus(), BUDAPEST, [BUDAPEST]), /not a law/);
    });
  });

  describe('suggestions (the mapping hidden)', () => {
    it('put a right article among the top three for at least 80 % of the mapped corpus provisions', () => {
      const workspace = loadCorpus();
      const treaty = corpusDoc(BUDAPEST);
      let right = 0;
      let total = 0;
      const misses: string[] = [];
      for (const law of workspace.all()) {
        const expected = new Map<string, Set<string>>();
        for (const mapping of mappingsOf(law, workspace)) {
          for (const target of mapping.targets) {
            if (!target.articleId) continue;
            const set = expected.get(mapping.provisionId) ?? new Set<string>();
            set.add(target.articleId);
            expected.set(mapping.provisionId, set);
          }
        }
        for (const [provisionId, articles] of expected) {
          const suggestions = suggestArticles(law, unitOf(law, provisionId), treaty, workspace, 3);
          total++;
          if (suggestions.some((s) => articles.has(s.articleId))) right++;
          else misses.push(`${law.id} ${provisionId}: expected ${[...articles].join('/')}, got ${suggestions.map((s) => s.articleId).join(', ')}`);
        }
      }
      const rate = right / total;
      console.log(`      suggestions: right article in the top three for ${right} of ${total} mapped provisions (${(rate * 100).toFixed(1)} %)${misses.length ? `; missed: ${misses.join('; ')}` : ''}`);
      assert.ok(total >= 15, `only ${total} mapped provisions`);
      assert.ok(rate >= 0.8, `${(rate * 100).toFixed(1)} %: ${misses.join('; ')}`);
    });

    it('reads "Unauthorised access" as "Illegal access" in a new draft, and writes a marker that resolves', () => {
      const text = draftLaw('draft-act', ['# Draft Act', '', '## Section 3. Unauthorised access to a computer', '', '(1) A person who knowingly causes a computer to perform any function with intent to secure unauthorised access to any program or data commits an offence.']);
      const workspace = corpusWith({ 'draft.md': text });
      const model = workspace.get('file:///drafts/draft.md');
      assert.ok(model);
      const suggestions = suggestArticles(model, unitOf(model, 'sec_3'), corpusDoc(BUDAPEST), workspace, 3);
      assert.equal(suggestions[0]?.articleId, 'art_2');
      assert.equal(suggestions[0].marker, '> Implements: article 2 of the Budapest Convention');
      const withMarker = text.replace('## Section 3. Unauthorised access to a computer', `## Section 3. Unauthorised access to a computer\n\n${suggestions[0].marker}`);
      const after = corpusWith({ 'draft.md': withMarker }).get('file:///drafts/draft.md');
      assert.ok(after);
      assert.equal(buildTable(corpusWith({ 'draft.md': withMarker }), BUDAPEST, ['draft-act']).rows.find((r) => r.number === '2')?.status, 'implemented');
    });
  });

  describe('front matter: unimplemented criminalisation (information)', () => {
    it('lists the Budapest criminalisation articles the Dutch selection maps nothing to', () => {
      const workspace = loadCorpus();
      const sr = corpusDoc('nl-sr-computercriminaliteit');
      const found = checkDocument(workspace, sr.uri).filter((d) => d.code === 'unimplemented-criminalisation');
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, 'information');
      assert.match(found[0].message, /articles 7 \(Computer-related forgery\), 8 \(Computer-related fraud\), 10 /);
      assert.ok(!/\b2 \(Illegal access\)/.test(found[0].message));
      assert.ok(found[0].span.start >= (sr.frontMatter.span?.start ?? 0) && found[0].span.end <= (sr.frontMatter.span?.end ?? 0));
    });

    it('is silent for a law that maps nothing yet, and when turned off', () => {
      const workspace = corpusWith({ 'draft.md': draftLaw('draft-act', ['# Draft Act', '', '## Section 1. Illegal access', '', 'Text.']) });
      assert.equal(checkDocument(workspace, 'file:///drafts/draft.md').filter((d) => d.code === 'unimplemented-criminalisation').length, 0);
      const sr = corpusDoc('nl-sr-computercriminaliteit');
      assert.equal(checkDocument(loadCorpus(), sr.uri, { severity: { 'unimplemented-criminalisation': 'off' } }).filter((d) => d.code === 'unimplemented-criminalisation').length, 0);
    });
  });

  describe('exports', () => {
    const hostile = draftLaw('hostile-act', [
      '# Hostile <b>Act</b>',
      '',
      '## Section 1. <script>alert(1)</script> access | to <img src=x onerror=alert(2)>',
      '',
      '> Implements: article 2 of the Budapest Convention',
      '',
      '(1) =HYPERLINK("http://x") text.',
    ]).replace('title: "Draft hostile-act"', 'title: "Draft <script>alert(3)</script>"');

    it('markdown, CSV, HTML and JSON carry the table, and document text shows as text in each', () => {
      const workspace = corpusWith({ 'hostile.md': hostile });
      const table = buildTable(workspace, BUDAPEST, ['hostile-act', 'nl-sr-computercriminaliteit']);
      const md = renderTable(table, 'md');
      assert.match(md, /Article 2 – Illegal access/);
      assert.match(md, /Artikel 138ab/);
      assert.ok(!/<script|<img/i.test(md), 'no raw tags in markdown');
      assert.match(md, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
      assert.ok(md.split('\n').filter((l) => l.startsWith('| Article 2 ')).every((l) => l.split(/(?<!\\)\|/).length === 7), 'a "|" in a heading does not break the row');

      const csv = renderTable(table, 'csv');
      assert.match(csv, /<script>alert\(1\)<\/script>/, 'CSV keeps the characters, as text');
      assert.match(csv, /^coe-ets185-en,Article 2,2,Illegal access,mandatory criminalisation,hostile-act,implemented,/m);

      const html = renderTable(table, 'html');
      assert.ok(!/<script/i.test(html), 'the standalone HTML has no script at all');
      assert.ok(!/<img/i.test(html));
      assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
      assert.match(html, /&lt;img src=x onerror=alert\(2\)&gt;/);
      assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/);

      for (const format of ['md', 'csv', 'html', 'json'] as const) {
        const withEscape = renderTable(buildTable(corpusWith({ 'esc.md': hostile.replace('## Section 1. ', '## Section 1. \u001b[2J') }), BUDAPEST, ['hostile-act']), format);
        assert.ok(!withEscape.includes('\u001b'), `no raw ESC in ${format}`);
      }

      const json = JSON.parse(renderTable(table, 'json'));
      assert.equal(json.rows.find((r: { number: string }) => r.number === '2').cells[0].provisions[0].title, '<script>alert(1)</script> access | to <img src=x onerror=alert(2)>');
    });

    it('the webview HTML runs only its own nonce\'d script', () => {
      const table = buildTable(corpusWith({ 'hostile.md': hostile }), BUDAPEST, ['hostile-act']);
      const html = toHtml(table, { nonce: 'abc123', cspSource: 'vscode-webview:' });
      assert.equal((html.match(/<script/g) ?? []).length, 1);
      assert.match(html, /<script nonce="abc123">/);
      assert.match(html, /script-src 'nonce-abc123'/);
      assert.match(html, /data-uri="file:\/\/\/drafts\/hostile.md" data-line="\d+"/);
    });
  });
});
