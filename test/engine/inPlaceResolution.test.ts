// Letters typed inside the words of a paragraph (inPlaceEdit.ts): the document's citations keep
// their previous resolutions, moved, except those whose resolution may read the edited letters
// (workspace/resolutionReuse.ts). After each edit, the resolved citations and the diagnostics
// must equal those of a workspace built afresh from the same texts. Edits land next to citations
// (where a wrong reuse would show: "of that section", "of the Act", inline markers, amending
// sentences), and most of them must take the reuse.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { inPlaceEditOf } from '../../server/src/engine/document';
import { reuseStats } from '../../server/src/engine/workspace/resolutionReuse';
import { corpusText, corpusUri } from '../helpers/workspace';
import { rawLawText } from '../helpers/rawLaws';

const NAMES = ['coe-ets185-en.md', 'coe-ets189-en.md', 'ke-cmca-2018.md', 'notes-coe-ets185-offences.md', 'us-18usc1029.md', 'us-18usc2510.md', 'nl-sr-computercriminaliteit.md'];

/**
 * A law written for this test: every kind of wording around a citation that resolution reads
 * (amending sentences, "of that section", an instrument named after a generic noun, a code title
 * before "§", inline enumerations), with words around them long enough to type in.
 */
const AMENDING_LAW = `---
id: test-amending-law
title: Amending Law for Testing
type: law
language: en
implements: [coe-ets185-en]
---

# Amending Law for Testing

## Section 1 – Amendments

1. Whereas everything considered, the Computer Misuse and Cybercrimes Act is hereby amended in section 14 by deleting the words that follow, and section 15 of that Act applies unchanged thereafter.

2. Whereas everything considered, subsection 2 of that section applies as in section 3 of this Act, and paragraph 4 of that section applies likewise everywhere.

3. Everything considered, Article 2 of the Convention relating to illegal access, and Article 3 of the Convention, apply with whatever changes are necessary.

4. Everything considered, an offence under 18 U.S.C. § 1029 or under section 2 of the Computer Misuse and Cybercrimes Act is punishable as provided.

## Section 2 – Offences

1. A person commits an offence where the person — a) accesses a computer system without authority; b) intercepts a transmission; or c) damages computer data wilfully.

2. Everything written in paragraph b of subsection 1 and in section 1 applies, and section 14 of the Computer Misuse and Cybercrimes Act applies too.
`;
const AMENDING_URI = 'file:///workspace/test-amending-law.md';

/** The documents typed in: a treaty, a law citing it and itself, a commentary, US code sections, and the amending law. */
const TYPED = [0, 2, 3, 4, 5, 7];
/** Words resolution keys on near a citation: half the edits change one of them. */
const KEY_WORDS = /\b(?:amended|inserted|repealed|replaced|that|said|such|relating|concerning|Convention|Protocol|Act|Code|Cybercrimes|Computer|Misuse|this|under|of)\b/g;
const INSERTS = ['a', 's', 'x', 'e', 'i', 'v', 'Article', 'section', 'Act', 'that', 'amended', 'Convention', 'Code', 'U', 'ii'];

interface LetterEdit { doc: number; citation: number; offset: number; remove: number; insert: string; keyWord: boolean }

const editArbitrary = fc.record({
  doc: fc.nat({ max: TYPED.length - 1 }),
  citation: fc.nat({ max: 100_000 }),
  // From 450 characters before a citation to 250 after it: inside and just outside what resolution reads.
  offset: fc.integer({ min: -450, max: 250 }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2 })),
  insert: fc.constantFrom(...INSERTS),
  keyWord: fc.boolean(),
});

/** Inside a key word near `at` (from 450 characters before to 250 after), when there is one. */
function keyWordNear(text: string, from: number, to: number, pick: number): number | undefined {
  const found: number[] = [];
  KEY_WORDS.lastIndex = 0;
  const window = text.slice(Math.max(0, from), to);
  for (let match = KEY_WORDS.exec(window); match; match = KEY_WORDS.exec(window)) found.push(Math.max(0, from) + match.index + 1);
  return found.length ? found[pick % found.length] : undefined;
}

function resolvedData(workspace: Workspace, uri: string): string {
  return JSON.stringify(workspace.resolved(uri));
}

function diagnosticsData(workspace: Workspace, uri: string): string {
  return JSON.stringify(checkDocument(workspace, uri).map((d) => ({ code: d.code, span: d.span, message: d.message, related: d.related })));
}

/** Letters typed inside (or at the end of) the word at `at`, or undefined when there is no word there. */
function typeInWord(text: string, at: number, remove: number, insert: string): string | undefined {
  while (at < text.length && !/\p{L}/u.test(text[at])) at++;
  if (at <= 0 || at >= text.length || !/\p{L}/u.test(text[at - 1])) return undefined;
  let end = at;
  while (end < text.length && /\p{L}/u.test(text[end])) end++;
  return text.slice(0, at) + insert + text.slice(Math.min(end, at + remove));
}

describe('engine: citations resolved after letters typed in a word equal a fresh resolution (property)', function () {
  this.timeout(600_000);

  it('edits next to citations in a treaty, a law, a commentary and US code sections', () => {
    const uris = [...NAMES.map((name) => corpusUri(name)), AMENDING_URI];
    const initial = [...NAMES.map((name) => corpusText(name)), AMENDING_LAW];
    const before = { ...reuseStats };
    let inPlace = 0;
    let edits = 0;
    fc.assert(fc.property(fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), (sequence) => {
      const texts = initial.slice();
      const workspace = new Workspace();
      uris.forEach((uri, i) => workspace.set(uri, texts[i], 1));
      // Opened and typed in: the second version has the memos an edited document keeps.
      for (const i of TYPED) workspace.set(uris[i], texts[i], 2);
      for (const uri of uris) workspace.resolved(uri);
      for (const [step, edit] of sequence.entries()) {
        const doc = TYPED[edit.doc];
        const model = workspace.get(uris[doc]);
        if (!model || model.references.length === 0) continue;
        const citation = model.references[edit.citation % model.references.length];
        const near = edit.offset < 0 ? citation.span.start + edit.offset : citation.span.end + edit.offset;
        const at = edit.keyWord ? keyWordNear(texts[doc], citation.span.start - 450, citation.span.end + 250, edit.citation) ?? near : near;
        const next = typeInWord(texts[doc], at, edit.remove, edit.insert);
        if (next === undefined) continue;
        texts[doc] = next;
        const typed = workspace.set(uris[doc], next, step + 3);
        edits++;
        if (inPlaceEditOf(typed)) inPlace++;
        const fresh = new Workspace();
        uris.forEach((uri, i) => fresh.set(uri, texts[i], 1));
        assert.equal(resolvedData(workspace, uris[doc]), resolvedData(fresh, uris[doc]), `${uris[doc]} after ${JSON.stringify(edit)}`);
        assert.equal(diagnosticsData(workspace, uris[doc]), diagnosticsData(fresh, uris[doc]), `${uris[doc]} diagnostics after ${JSON.stringify(edit)}`);
      }
    }), { numRuns: 30, seed: 21, endOnFailure: true });
    // The property is about reused resolutions: most edits must have been made in place and have reused some.
    assert.ok(inPlace > edits / 3, `only ${inPlace} of ${edits} edits were made in place`);
    assert.ok(reuseStats.reused - before.reused > 0 && reuseStats.resolvedAgain - before.resolvedAgain > 0, `reused ${reuseStats.reused - before.reused}, resolved again ${reuseStats.resolvedAgain - before.resolvedAgain}`);
  });

  it('a letter typed in a list lead-in that names the code its items cite, items far below it (StPO § 100a wording)', () => {
    const uri = 'file:///workspace/de-lead-in.md';
    // The lead-in and items of StPO § 100a (2) no. 9 and no. 1, joined into one list long enough that
    // the last items stand further from the lead-in than resolution reads around a citation.
    const lines = ['---', 'id: de-lead-in', 'title: Strafprozeßordnung', 'type: law', 'language: de', '---', '', '#### § 1', '', 'Text.', '', '#### § 2', '',
      '(2) Schwere Straftaten im Sinne des Absatzes 1 Nr. 1 sind:', '', '9.  aus dem Gesetz über die Kontrolle von Kriegswaffen:', ''];
    const items = ['Straftaten des Friedensverrats, des Hochverrats und der Gefährdung des demokratischen Rechtsstaates sowie des Landesverrats und der Gefährdung der äußeren Sicherheit nach den §§ 80a bis 82, 84 bis 86,',
      'Bestechlichkeit und Bestechung von Mandatsträgern nach § 108e,', 'Straftaten gegen die Landesverteidigung nach den §§ 109d bis 109h,',
      'Straftaten gegen die öffentliche Ordnung nach § 129 Absatz 1 in Verbindung mit Absatz 5 Satz 3,',
      'Geld- und Wertzeichenfälschung nach den §§ 146 und 151, jeweils auch in Verbindung mit § 152,',
      'Straftaten nach § 19 Abs. 1 bis 3 und § 20 Abs. 1 und 2 sowie § 20a Abs. 1 bis 3, jeweils auch in Verbindung mit § 21,', 'Straftaten nach § 22a Abs. 1 bis 3,'];
    items.forEach((item, i) => lines.push(`    ${String.fromCharCode(97 + i)})  ${item}`, ''));
    const text = lines.join('\n');
    const workspace = new Workspace();
    workspace.set(uri, text, 1);
    workspace.set(uri, text, 2);
    workspace.resolved(uri);
    // "Kontrolle" made "Kontrolexle": the items below cite a code of another name (typed away from "a)", whose parenthesis makes every citation resolve again).
    const at = text.indexOf('Kontrolle von Kriegswaffen:') + 'Kontrol'.length;
    const typed = text.slice(0, at) + 'ex' + text.slice(at);
    assert.ok(typed.lastIndexOf('§ 22a') - at > 420, 'the last item stands beyond what resolution reads around the edit');
    const model = workspace.set(uri, typed, 3);
    assert.ok(inPlaceEditOf(model), 'the letters were typed in place');
    const fresh = new Workspace();
    fresh.set(uri, typed, 1);
    assert.equal(resolvedData(workspace, uri), resolvedData(fresh, uri));
  });

  it('"subsection 1 of that section" beyond what resolution reads around the edit follows the citation before it, which the edit changed', () => {
    // A law written for this test (no corpus text chains "of that section" to a citation that
    // resolves in the workspace): one sentence amends the Kenyan Act (corpus) "in section 2", and
    // goes on, without a sentence break, to "subsection 1 of that section". "amended" made "amend":
    // the sentence no longer amends, so "section 2" is this law's own section 2, and the chained
    // citation, too far from the edit to read it, must follow it there.
    const uri = 'file:///workspace/test-chained-amendment.md';
    const text = ['---', 'id: test-chained-amendment', 'title: Chained Amendment Law for Testing', 'type: law', 'language: en', '---', '',
      '# Chained Amendment Law for Testing', '', '## Section 1 – Amendments', '',
      '1. The Computer Misuse and Cybercrimes Act is hereby amended in the provisions on offences against computer systems and in those on the powers of investigation and on the duties of service providers and of the persons who keep computer data for others, as they stand on the day the amendments take effect, in the way set out in section 2 for every offence it describes and for every penalty that an offence under it carries, whether the offence is committed against a computer system, against computer data or against a program, and in the way that subsection 1 of that section sets out for offences in general.', '',
      '## Section 2 – Offences', '', '1. A person who accesses a computer system without authority commits an offence.', '',
      '2. A person who intercepts a transmission without authority commits an offence.', ''].join('\n');
    const kenya = corpusUri('ke-cmca-2018.md');
    const workspace = new Workspace();
    workspace.set(kenya, corpusText('ke-cmca-2018.md'), 1);
    workspace.set(uri, text, 1);
    workspace.set(uri, text, 2);
    workspace.resolved(uri);
    const chained = () => workspace.resolved(uri).find((r) => r.reference.text.startsWith('subsection 1'));
    assert.equal(chained()?.status, 'external', 'before: the section named just before is the amended Act\'s');
    const at = text.indexOf('amended') + 'amend'.length;
    let current = text;
    for (const [typed, what] of [[text.slice(0, at) + text.slice(at + 2), '"amended" made "amend"'], [text, '"amend" made "amended" again']]) {
      const previous = current;
      current = typed;
      assert.ok(current.indexOf('subsection 1 of that section') - at > 420 && current.indexOf('section 2 for') - at < 300, `${what}: the chained citation stands beyond what resolution reads around the edit, the one before it within`);
      const reuse = { ...reuseStats };
      const model = workspace.set(uri, current, previous === text ? 3 : 4);
      assert.ok(inPlaceEditOf(model), `${what}: typed in place`);
      const fresh = new Workspace();
      fresh.set(kenya, corpusText('ke-cmca-2018.md'), 1);
      fresh.set(uri, current, 1);
      assert.equal(resolvedData(workspace, uri), resolvedData(fresh, uri), what);
      // Counted only when the previous resolutions were reused around the edit (resolutionReuse.ts, reuseResolutions).
      assert.ok(reuseStats.resolvedAgain > reuse.resolvedAgain, `${what}: the citations near the edit were resolved again, through the reuse`);
      assert.equal(diagnosticsData(workspace, uri), diagnosticsData(fresh, uri), `${what}: diagnostics`);
    }
    assert.equal(chained()?.status, 'external', 'and back: the amended Act\'s again');
  });

  it('documents appearing between keystrokes (the workspace indexing): the same resolutions and diagnostics as a fresh workspace', () => {
    const uris = [...NAMES.map((name) => corpusUri(name)), AMENDING_URI];
    const texts = [...NAMES.map((name) => corpusText(name)), AMENDING_LAW];
    const before = { ...reuseStats };
    fc.assert(fc.property(fc.array(editArbitrary, { minLength: 7, maxLength: 7 }), fc.nat({ max: 5040 }), (sequence, order) => {
      const current = texts.slice();
      // The amending law is open and typed in; the others are indexed one between two keystrokes, in some order.
      const typed = uris.length - 1;
      const rest = Array.from({ length: uris.length - 1 }, (_, i) => i);
      const queue: number[] = [];
      for (let seed = order; rest.length; seed = Math.floor(seed / (rest.length + 1))) queue.push(...rest.splice(seed % rest.length, 1));
      const workspace = new Workspace();
      workspace.set(uris[typed], current[typed], 1);
      workspace.set(uris[typed], current[typed], 2);
      workspace.resolved(uris[typed]);
      /** In the order they were first set, as the fresh workspace sets them. */
      const present = [typed];
      for (const [step, edit] of sequence.entries()) {
        const next = queue.shift();
        if (next !== undefined) {
          workspace.set(uris[next], current[next], 1);
          present.push(next);
        }
        const model = workspace.get(uris[typed]);
        if (model && model.references.length && edit.keyWord) {
          const citation = model.references[edit.citation % model.references.length];
          const at = keyWordNear(current[typed], citation.span.start - 450, citation.span.end + 250, edit.citation) ?? citation.span.end + edit.offset;
          const changed = typeInWord(current[typed], at, edit.remove, edit.insert);
          if (changed !== undefined) {
            current[typed] = changed;
            workspace.set(uris[typed], changed, step + 3);
          }
        }
        const fresh = new Workspace();
        for (const i of present) fresh.set(uris[i], current[i], 1);
        assert.equal(resolvedData(workspace, uris[typed]), resolvedData(fresh, uris[typed]), `after ${present.join(',')} and ${JSON.stringify(edit)}`);
        assert.equal(diagnosticsData(workspace, uris[typed]), diagnosticsData(fresh, uris[typed]), `diagnostics after ${present.join(',')} and ${JSON.stringify(edit)}`);
      }
    }), { numRuns: 10, seed: 22, endOnFailure: true });
    assert.ok(reuseStats.reused - before.reused > 0 && reuseStats.resolvedAgain - before.resolvedAgain > 0, `reused ${reuseStats.reused - before.reused}, resolved again ${reuseStats.resolvedAgain - before.resolvedAgain}`);
  });
});
