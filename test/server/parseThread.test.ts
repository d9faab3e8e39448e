// The cold parse in a worker thread gives the very model the server's own thread would.
import * as assert from 'node:assert/strict';
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ParseThread } from '../../server/src/node/parseThread';
import { parseDocument, DEFAULT_MAX_LENGTH } from '../../server/src/engine/document';
import { repositoryRoot } from '../helpers/lspClient';
import { BACKGROUND_NICE } from '../../server/src/node/threadPriority';

/** The nice value of each thread of this process, by thread id (Linux: /proc/self/task/<tid>/stat, field 19). */
function threadNices(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // after the command name in parentheses: field 3 (state) onwards; nice is field 19
      out.set(Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

describe('parse thread', function () {
  this.timeout(60000);
  const corpus = path.join(repositoryRoot(), 'corpus');

  async function documents() {
    const names = (await fs.readdir(corpus)).filter((name) => name.endsWith('.md')).sort();
    return Promise.all(names.map(async (name) => ({ uri: pathToFileURL(path.join(corpus, name)).href, text: await fs.readFile(path.join(corpus, name), 'utf8') })));
  }

  it('the worker gives, for every corpus document, the model parsed in this thread', async function () {
    // A hang guard, not a speed limit: deepStrictEqual of the corpus models takes 30 s alone at load 12 on 2 CPUs, over 60 s in the full suite.
    this.timeout(180000);
    const thread = new ParseThread(path.join(repositoryRoot(), 'dist', 'parseWorker.js'));
    try {
      const docs = await documents();
      // All at once: the answers come back to the right documents.
      const models = await Promise.all(docs.map((doc) => thread.parse(doc.uri, doc.text, DEFAULT_MAX_LENGTH)));
      docs.forEach((doc, i) => assert.deepStrictEqual(models[i], parseDocument(doc.uri, doc.text, 0), doc.uri));
    } finally {
      thread.stop();
    }
  });

  it('the worker parses at a lower priority than the server thread, which keeps its own (keystrokes first while indexing)', async function () {
    if (process.platform !== 'linux') this.skip();
    const mainNice = threadNices().get(process.pid)!;
    const target = Math.max(mainNice, BACKGROUND_NICE);
    if (mainNice >= BACKGROUND_NICE) this.skip(); // started at a low priority already: nothing to tell apart
    const before = new Set([...threadNices()].filter(([, nice]) => nice === target).map(([tid]) => tid));
    const thread = new ParseThread(path.join(repositoryRoot(), 'dist', 'parseWorker.js'));
    try {
      const [doc] = await documents();
      await thread.parse(doc.uri, doc.text, DEFAULT_MAX_LENGTH);
      assert.equal(thread.workerModels, 1, 'parsed by the worker');
      const lowered = [...threadNices()].filter(([tid, nice]) => nice === target && !before.has(tid));
      assert.equal(lowered.length, 1, `one new thread at nice ${target}: ${JSON.stringify([...threadNices()])}`);
      assert.equal(threadNices().get(process.pid), mainNice, 'the server thread keeps its priority');
    } finally {
      thread.stop();
    }
  });

  it('a document over the size limit is the same "too large" model', async () => {
    const thread = new ParseThread(path.join(repositoryRoot(), 'dist', 'parseWorker.js'));
    try {
      const [doc] = await documents();
      assert.deepStrictEqual(await thread.parse(doc.uri, doc.text, 1000), parseDocument(doc.uri, doc.text, 0, { maxLength: 1000 }));
    } finally {
      thread.stop();
    }
  });

  it('without its worker script, parses in this thread with the same result', async () => {
    const thread = new ParseThread(path.join(repositoryRoot(), 'dist', 'no-such-worker.js'));
    const [doc] = await documents();
    assert.deepStrictEqual(await thread.parse(doc.uri, doc.text, DEFAULT_MAX_LENGTH), parseDocument(doc.uri, doc.text, 0));
  });
});
