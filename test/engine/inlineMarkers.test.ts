// The inline-marker index (read once per paragraph) answers exactly what the search it replaced
// answered: the first "(N)", "N." or "N)" at or after a place, not after a unit word. The search is
// kept here as the reference; fast-check draws paragraphs from enumeration pieces.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readInlineMarkers } from '../../server/src/engine/inlineMarkers';
import { resolveReference } from '../../server/src/engine/resolve';
import { Workspace } from '../../server/src/engine/workspace';

/** The search resolve.ts ran per cited number before the index. */
function searched(own: string, number: string, from: number): number {
  if (number.length > 6) return -1;
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?:^|[\\s;:,—–)-])(?<!(?:alinéa|alinea|paragraph|paragraphe|article|artikel|section|point|lid|punt|sub)\\s)(?:\\(${escaped}\\)|${escaped}[.)])(?=[\\s(])`, 'giu');
  pattern.lastIndex = from;
  const found = pattern.exec(own);
  return found ? found.index : -1;
}

const PIECES = ['(a)', '(b)', '(1)', '(ii)', '(A)', 'a.', 'b)', '1.', '2)', '1.2.', 'iv.', '12bis.', 'x', 'word', ' ', '\n', '\t', '; ', ': ', ', ', '— ', '– ', ')', '-', '(', '.',
  'paragraph ', 'Paragraph ', 'alinéa ', 'ALINÉA ', 'subparagraph ', 'point ', 'lid ', 'Article ', 'sub\u00a0', 'é', 'É', '“', '1234567.'];
const NUMBERS = ['a', 'A', 'b', '1', '2', 'ii', 'II', 'iv', '1.2', '12bis', 'x', 'word', 'é', 'É', '1234567', '(', ')', '.'];

describe('inline markers: read once per paragraph, as the per-number search found them', () => {
  it('agrees with the search on every drawn paragraph, number and starting place', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.constantFrom(...NUMBERS), fc.nat(200), (pieces, number, from) => {
      const own = pieces.join('');
      const start = Math.min(from, own.length);
      assert.equal(readInlineMarkers(own).find(number, start), searched(own, number, start), JSON.stringify({ own, number, start }));
    }), { seed: 41, numRuns: 3000 });
  });

  it('finds the markers of an enumeration written inline, and not a cited number', () => {
    const own = 'Each Party shall — (a) adopt measures; (b) ensure, under paragraph 3. that it applies; or c) report.';
    const markers = readInlineMarkers(own);
    assert.equal(markers.find('a', 0), own.indexOf(' (a)'));
    assert.equal(markers.find('B', 0), own.indexOf(' (b)'));
    assert.equal(markers.find('c', 0), own.indexOf(' c)'));
    assert.equal(markers.find('3', 0), -1, '"paragraph 3." cites a paragraph');
    assert.equal(markers.find('a', own.indexOf(' (a)') + 1), -1);
  });

  it('a citation of an item written inline still resolves to the paragraph that holds it', () => {
    const text = ['---', 'id: law', 'title: Act', 'type: law', 'language: en', '---', '', '### Section 1 – Offences', '',
      'A person commits an offence who — (a) accesses a computer; or (b) modifies data.', '',
      '### Section 2 – Penalties', '', 'A person guilty of an offence under section 1(b) is liable to a fine.', ''].join('\n');
    const workspace = new Workspace();
    const model = workspace.set('file:///law.md', text, 1);
    const reference = model.references.find((candidate) => model.text.slice(candidate.span.start, candidate.span.end).startsWith('section 1(b)'));
    assert.ok(reference, 'the citation is read');
    const [target] = resolveReference(model, reference, workspace).targets;
    assert.equal(target.status, 'resolved', target.reason);
    const unit = model.unitsById.get(target.unitId ?? '');
    assert.equal(`${unit?.kind} ${unit?.number}`, 'section 1', 'the section whose text holds "(b)"');
  });
});
