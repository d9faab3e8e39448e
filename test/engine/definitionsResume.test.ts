// After letters typed inside one block's words (the in-place update, inPlaceEdit.ts), the
// definitions are read again only from the first block whose reading looked at the edited text
// (its next block, a body running over later blocks, limbs and senses after it) through the
// edited block, and on until the lead-in in force is the previous version's; the rest are the
// previous version's, moved (definitions.ts: resumeAt). They must be exactly the definitions of a
// fresh parse. Letters typed and deleted near defining words, quoted terms and lead-ins ("In this
// Act", "means", "for the purposes of") in every corpus document, raw law and ../shared/sources text.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { definitionsResumed, inPlaceEditOf, parseDocument } from '../../server/src/engine/document';
import { corpusFiles, corpusText, corpusUri, SOURCES_DIR } from '../helpers/workspace';
import { rawLawFiles, rawLawText, rawLawUri } from '../helpers/rawLaws';
import { seededRandom } from '../helpers/generator';

/** Where a wrong reuse would show: defining words, quoted terms, lead-ins, limbs. */
const NEAR = /means|includes|mean|“|"|«|In this|purposes|context otherwise|hereinafter|following|Part|Act|Diffusion|:\s*$|—$/gm;
const LETTERS = ['e', 's', 'x', 'an', 'ing', 'Act', 'Part', 'means'];


/**
 * A law written for the test, where letters typed past the place a marker is read change what the
 * next blocks define: the lead-in "in this Part" late in its paragraph (a block quote inside its
 * list does not end it) (a letter deleted from
 * "Part" ends the list: the items' scope changes), and a French term whose senses follow as items
 * ("Accès :"), where an item's colon pushed past 80 characters makes it a sense of the term (the
 * term's body then runs over it).
 */
const WRITTEN = `---
id: test-definitions-resume
title: Definitions typed in
type: law
language: en
---

## Part I – General

### Section 1 – Interpretation

(1) Subject to the exceptions made by sections 4 and 9, in this Part the following words have these meanings:

> Drafting note: the entries below were renumbered by the amending Act of this year.

(a) “data” means any representation of facts, information or concepts in a form suitable for processing;

(b) “operator” means a person who runs a computer system for others;

(c) **device** includes any apparatus that stores data;

(2) A reference to a person includes a body of persons, corporate or unincorporate, for every purpose.

### Section 2 – Termes

Pour l'application de la présente section, on entend par :

- Accès :
- au sens du Livre I : le fait de pénétrer dans un système;
- Diffusion des données personnelles vers des tiers autorisés par la loi des Etats : toute communication;
- au sens du Livre II : le fait de se maintenir dans un système;
- Traitement : toute opération portant sur des données.
`;

function documents(): Array<{ uri: string; text: string }> {
  const all = [
    { uri: 'file:///test/definitions-resume.md', text: WRITTEN },
    ...corpusFiles().map((name) => ({ uri: corpusUri(name), text: corpusText(name) })),
    ...rawLawFiles().map((file) => ({ uri: rawLawUri(file), text: rawLawText(file) })),
  ];
  if (SOURCES_DIR) {
    for (const name of readdirSync(SOURCES_DIR).filter((file) => file.endsWith('.md'))) all.push({ uri: `file:///sources/${name}`, text: readFileSync(join(SOURCES_DIR, name), 'utf8') });
  }
  return all;
}

/** Lead-ins of definition lists: a letter deleted in their last word ends them ("In this Act" → "In this At"). */
const LEAD_IN = /(?:[Ii]n this (?:Act|Part|Article|Convention)|for the purposes|unless the context|the following terms|on entend par)/g;
/** Lead-ins and terms whose body runs over the paragraphs after them ("means—", "includes:"). */
const RUNS_ON = /(?:—|:|means|includes)[ \t]*\n/g;

/** Letters typed at, or deleted from, a word: near a definition, in the limbs after a lead-in, or in a lead-in itself. */
function letterEdit(text: string, places: { near: number[]; leadIns: Array<[number, number]>; runsOn: number[] }, next: () => number): string {
  const kind = next();
  if (kind < 0.25 && places.leadIns.length) {
    const [start, end] = places.leadIns[Math.floor(next() * places.leadIns.length)];
    // A letter of the lead-in's last word (never its first: the letter before stays a letter).
    const wordStart = text.lastIndexOf(' ', end - 1) + 2;
    if (wordStart < end && wordStart > start) {
      const at = wordStart + Math.floor(next() * (end - wordStart));
      return text.slice(0, at) + text.slice(at + 1);
    }
  }
  let at = kind < 0.5 && places.runsOn.length ? places.runsOn[Math.floor(next() * places.runsOn.length)] + Math.floor(next() * 800)
    : places.near.length && kind < 0.85 ? places.near[Math.floor(next() * places.near.length)] + Math.floor(next() * 60) - 30 : Math.floor(next() * text.length);
  at = Math.max(1, Math.min(text.length - 1, at));
  while (at < text.length && !/\p{L}/u.test(text[at])) at++;
  if (at >= text.length) return text;
  let end = at;
  while (end < text.length && /\p{L}/u.test(text[end])) end++;
  if (next() < 0.3 && end - at > 1) return text.slice(0, at + 1) + text.slice(Math.min(end, at + 1 + 1 + Math.floor(next() * 3)));
  const place = at + Math.floor(next() * (end - at + 1));
  return text.slice(0, place) + LETTERS[Math.floor(next() * LETTERS.length)] + text.slice(place);
}

describe('engine: definitions read around the edited block equal a fresh parse\'s (property)', function () {
  this.timeout(300_000);

  it('a lead-in ended and a sense made by letters typed late in a paragraph (a law written for the test)', () => {
    const uri = 'file:///test/definitions-resume.md';
    let text = WRITTEN;
    let model = parseDocument(uri, text, 1);
    model = parseDocument(uri, text, 2, {}, model);
    // `resumes`: whether the definitions are read around the edited block only (a block quote is no place to resume from: its lead-in in force is not recorded).
    const edits: Array<{ what: string; at: number; remove: number; insert: string; changes?: boolean; resumes?: false }> = [
      { what: 'a letter typed in the body of (b)', at: text.indexOf('runs a') + 3, remove: 0, insert: 'x', changes: true },
      { what: 'a letter typed in a block quote inside the list', at: text.indexOf('amending Act') + 4, remove: 0, insert: 'x', resumes: false },
      { what: 'the colon of "Diffusion …" pushed past 80 characters', at: text.indexOf('autorisés par') + 7, remove: 0, insert: 'x', changes: true },
      { what: 'the colon brought back', at: text.indexOf('autorisés par') + 7, remove: 1, insert: '', changes: true },
      { what: '"in this Part" becomes "in this Prt"', at: text.indexOf('this Part') + 6, remove: 1, insert: '', changes: true },
      { what: '"in this Prt" becomes "in this Part" again', at: text.indexOf('this Part') + 6, remove: 0, insert: 'a', changes: true },
    ];
    for (const [step, edit] of edits.entries()) {
      const before = JSON.stringify(model.definitions);
      text = text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);
      model = parseDocument(uri, text, step + 3, {}, model);
      assert.ok(inPlaceEditOf(model), `${edit.what}: not made in place`);
      assert.equal(definitionsResumed(model), edit.resumes ?? true, `${edit.what}: the definitions were ${edit.resumes === false ? 'not ' : ''}read in full`);
      const fresh = parseDocument(uri, text, step + 3);
      assert.equal(JSON.stringify(model.definitions), JSON.stringify(fresh.definitions), `${edit.what}: the definitions differ from a fresh parse's`);
      if (edit.changes !== undefined) assert.equal(JSON.stringify(model.definitions) !== before, edit.changes, `${edit.what}: the definitions should ${edit.changes ? '' : 'not '}change`);
    }
  });

  it('letters typed and deleted near definitions in corpus documents, raw laws and ../shared/sources texts', () => {
    const next = seededRandom(16);
    let resumed = 0;
    let inPlace = 0;
    let edits = 0;
    const all = documents();
    assert.ok(all.length >= 20, `only ${all.length} documents found`);
    for (const { uri, text: initial } of all) {
      let text = initial;
      // Found in the initial text: the edits move them by a few characters at most.
      const places = {
        near: [...text.matchAll(NEAR)].map((match) => match.index ?? 0),
        leadIns: [...text.matchAll(LEAD_IN)].map((match): [number, number] => [match.index ?? 0, (match.index ?? 0) + match[0].length]),
        runsOn: [...text.matchAll(RUNS_ON)].map((match) => (match.index ?? 0) + match[0].length),
      };
      let model = parseDocument(uri, text, 1);
      model = parseDocument(uri, text, 2, {}, model);
      for (let step = 0; step < 16; step++) {
        text = letterEdit(text, places, next);
        model = parseDocument(uri, text, step + 3, {}, model);
        edits++;
        if (inPlaceEditOf(model)) inPlace++;
        if (definitionsResumed(model)) resumed++;
        const fresh = parseDocument(uri, text, step + 3);
        assert.equal(JSON.stringify(model.definitions), JSON.stringify(fresh.definitions), `${uri}, edit ${step + 1}: the definitions differ from a fresh parse's`);
      }
    }
    // The property is about the definitions read around the edit: most in-place edits must have taken it.
    assert.ok(inPlace > edits / 5, `only ${inPlace} of ${edits} edits were made in place`);
    assert.ok(resumed > inPlace / 2, `only ${resumed} of ${inPlace} in-place edits read the definitions around the edited block only`);
  });
});
