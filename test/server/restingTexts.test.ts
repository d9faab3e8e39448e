// Closed documents keep their texts deflated in the server (engine/restingText.ts). What a user
// sees of a closed document must not change: a hover quotes the indexed wording, verbatim, and a
// file changed on disk is never read as the indexed version — until the change is reported and
// the document is indexed again.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusCopy, LspTestClient } from '../helpers/lspClient';
import { Workspace } from '../../server/src/engine/workspace';
import { unitText } from '../../server/src/engine/queries';

const LAW = 'ke-cmca-2018.md';

interface HoverAnswer { contents: { value: string } }

describe('language server: closed documents at rest', function () {
  this.timeout(120000);
  let root = '';
  let client: LspTestClient | undefined;
  after(async () => {
    await client?.stop();
    if (root) await fs.rm(root, { recursive: true, force: true });
  });

  it('a hover on a closed document quotes its indexed wording, even after the file changed on disk', async () => {
    root = await corpusCopy();
    const file = path.join(root, LAW);
    const uri = pathToFileURL(file).href;
    const original = await fs.readFile(file, 'utf8');
    // A citation of the law into itself whose target has wording of its own (found by the engine on the same text).
    const engine = new Workspace({ restTexts: false });
    engine.set(uri, original, 0);
    const model = engine.get(uri)!;
    const cited = engine.resolved(uri).map((resolved) => {
      const target = resolved.targets[0];
      const unit = target && target.documentId === model.id && target.unitId ? model.unitsById.get(target.unitId) : undefined;
      const wording = unit ? unitText(model, unit, 10000).text : '';
      // A phrase of the target's own wording, far from the citation, that occurs once in the law.
      const phrase = wording.split('\n').map((line) => line.trim()).find((line) => line.length > 60 && original.indexOf(line) === original.lastIndexOf(line));
      return { resolved, unit, phrase };
    }).find((candidate) => candidate.unit && candidate.phrase && (original.indexOf(candidate.phrase) > candidate.resolved.reference.span.end + 200 || original.indexOf(candidate.phrase) + candidate.phrase.length < candidate.resolved.reference.span.start - 200));
    assert.ok(cited?.phrase, 'the law cites one of its own provisions');
    const phrase = cited.phrase.slice(0, 50);
    const position = model.lines.position(cited.resolved.reference.span.start + 1);

    client = await LspTestClient.start(root);
    const hoverAt = async (at: { line: number; character: number }) =>
      (await client!.request<HoverAnswer | null>('textDocument/hover', { textDocument: { uri }, position: at }))?.contents.value ?? '';
    const before = await hoverAt(position);
    assert.ok(before.includes(phrase), `the hover quotes the cited provision: ${before.slice(0, 300)}`);

    // The file changes on disk (same length, same lines), and nobody has told the server yet.
    const changedWording = phrase.replace(/[a-z]/g, 'x');
    await fs.writeFile(file, original.replace(phrase, changedWording));
    const unreported = await hoverAt(position);
    assert.equal(unreported, before, 'the indexed wording, not the disk\'s');

    // Reported: the document is indexed again, and the hover quotes the new wording.
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    let after = unreported;
    for (let tries = 0; tries < 600 && !after.includes(changedWording); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      after = await hoverAt(position);
    }
    assert.ok(after.includes(changedWording) && !after.includes(phrase), `the hover shows the changed file: ${after.slice(0, 300)}`);
  });
});
