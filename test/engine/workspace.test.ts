// The workspace index: generations, incoming citations, duplicate ids.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { corpusText, frontMatter, joinLines, loadCorpus, uriOf, workspaceOf } from '../helpers/workspace';

const TREATY = frontMatter({ id: 'coe-ets185-en', title: 'Convention on Cybercrime', type: 'treaty', language: 'en', aliases: ['Convention on Cybercrime'] }) + joinLines(
  '# Convention on Cybercrime', '', '### Article 1 – Definitions', '', 'a) “computer data” means any representation.', '',
  '### Article 2 – Illegal access', '', 'Each Party shall adopt measures.', '', '### Article 3 – Illegal interception', '', 'Each Party shall adopt measures.');
const LAW = frontMatter({ id: 'law', title: 'Computer Crimes Act', type: 'law', language: 'en', implements: ['coe-ets185-en'] }) + joinLines(
  '# Computer Crimes Act', '', '### Section 1 – Access', '', 'This section gives effect to article 2 of the Convention.', '',
  '### Section 2 – Scope', '', 'Articles 2 through 3 of the Convention on Cybercrime apply.');

describe('engine: workspace', () => {
  describe('generation', () => {
    it('does not move on a prose-only edit', () => {
      const workspace = workspaceOf({ 'treaty.md': TREATY, 'law.md': LAW });
      const before = workspace.generation;
      workspace.set(uriOf('treaty.md'), TREATY.replace('Each Party shall adopt measures.', 'Each Party shall adopt legislative measures.'), 1);
      assert.strictEqual(workspace.generation, before);
      assert.strictEqual(workspace.get(uriOf('treaty.md'))?.version, 1);
    });
    it('moves when a unit is renamed', () => {
      const workspace = workspaceOf({ 'treaty.md': TREATY, 'law.md': LAW });
      const before = workspace.generation;
      workspace.set(uriOf('treaty.md'), TREATY.replace('### Article 3 – Illegal interception', '### Article 4 – Illegal interception'), 1);
      assert.ok(workspace.generation > before);
    });
    it('moves when a definition changes, and when a document is deleted', () => {
      const workspace = workspaceOf({ 'treaty.md': TREATY, 'law.md': LAW });
      let before = workspace.generation;
      workspace.set(uriOf('treaty.md'), TREATY.replace('any representation', 'any representation of facts'), 1);
      assert.ok(workspace.generation > before);
      before = workspace.generation;
      assert.ok(workspace.delete(uriOf('law.md')));
      assert.ok(workspace.generation > before);
    });
    it('re-resolves citations after the cited unit is renamed', () => {
      const workspace = workspaceOf({ 'treaty.md': TREATY, 'law.md': LAW });
      assert.strictEqual(workspace.resolved(uriOf('law.md'))[1].status, 'resolved');
      workspace.set(uriOf('treaty.md'), TREATY.replace('### Article 2 – Illegal access', '### Article 12 – Illegal access'), 1);
      const first = workspace.resolved(uriOf('law.md')).find((r) => r.reference.text === 'article 2 of the Convention');
      assert.strictEqual(first?.status, 'unresolved');
    });
  });

  describe('incoming', () => {
    it('lists citations from other documents, named and via ranges', () => {
      const workspace = workspaceOf({ 'treaty.md': TREATY, 'law.md': LAW });
      const incoming = workspace.incoming('coe-ets185-en', 'art_2');
      assert.deepStrictEqual(incoming.map((i) => [i.uri, i.resolved.reference.text, i.viaRange]), [
        [uriOf('law.md'), 'article 2 of the Convention', false],
        [uriOf('law.md'), 'Articles 2 through 3 of the Convention on Cybercrime', false],
      ]);
      const article3 = workspace.incoming('coe-ets185-en', 'art_3');
      assert.deepStrictEqual(article3.map((i) => i.viaRange), [true]);
      assert.deepStrictEqual(workspace.incoming('coe-ets185-en', 'art_3', false), []);
    });
    it('in the corpus, the US laws cite sections of one another', () => {
      const workspace = loadCorpus();
      const incoming = workspace.incoming('us-18usc2510', 'sec_2510').filter((i) => !i.uri.endsWith('us-18usc2510.md'));
      assert.ok(incoming.some((i) => i.uri.endsWith('us-18usc-ch121.md')), 'chapter 121 cites section 2510');
    });
  });

  describe('duplicate document ids', () => {
    it('gives duplicate-document-id on both documents', () => {
      const text = corpusText('coe-ets189-en.md');
      const workspace = workspaceOf({ 'a.md': text, 'b.md': text });
      for (const name of ['a.md', 'b.md']) {
        const diagnostics = checkDocument(workspace, uriOf(name)).filter((d) => d.code === 'duplicate-document-id');
        assert.strictEqual(diagnostics.length, 1, name);
        assert.match(diagnostics[0].message, /coe-ets189-en/);
        assert.strictEqual(diagnostics[0].related[0].uri, uriOf(name === 'a.md' ? 'b.md' : 'a.md'));
      }
    });
  });

  describe('ids taken from file names', () => {
    // As converters write a code: one README.md per grouping folder, none with front matter
    // (etalab/codes-juridiques-francais). The id "README" is ours, not the user's.
    const livre = joinLines('# Livre IV : De quelques procédures particulières', '', '- [Titre XXV : De la procédure applicable à la criminalité et à la délinquance organisées](titre-xxv)');
    const titre = joinLines('# Titre XXV : De la procédure applicable à la criminalité et à la délinquance organisées', '', '- [Article 706-73](article-706-73.md)', '- [Article 706-74](article-706-74.md)');

    it('README.md files in nested folders give no duplicate-document-id', () => {
      const workspace = workspaceOf({ 'livre-iv/README.md': livre, 'livre-iv/titre-xxv/README.md': titre });
      for (const name of ['livre-iv/README.md', 'livre-iv/titre-xxv/README.md']) {
        assert.deepStrictEqual(checkDocument(workspace, uriOf(name)).filter((d) => d.code === 'duplicate-document-id'), [], name);
      }
    });

    it('a declared id is the one found, even when a file without front matter, read first, bears that name', () => {
      const text = corpusText('coe-ets189-en.md');
      const body = text.slice(text.indexOf('\n---', 3) + 4);
      const workspace = workspaceOf({ 'copies/coe-ets189-en.md': body, 'corpus/protocol.md': text });
      assert.strictEqual(workspace.byId('coe-ets189-en')?.uri, uriOf('corpus/protocol.md'));
      for (const name of ['copies/coe-ets189-en.md', 'corpus/protocol.md']) {
        assert.deepStrictEqual(checkDocument(workspace, uriOf(name)).filter((d) => d.code === 'duplicate-document-id'), [], name);
      }
    });
  });

  describe('byId and unit', () => {
    it('finds documents by front matter id and units by id', () => {
      const workspace = workspaceOf({ 'treaty.md': TREATY });
      assert.strictEqual(workspace.byId('coe-ets185-en')?.uri, uriOf('treaty.md'));
      assert.strictEqual(workspace.unit('coe-ets185-en', 'art_2')?.unit.title, 'Illegal access');
      assert.strictEqual(workspace.unit('coe-ets185-en', 'art_9'), undefined);
    });
    it('a document without front matter takes its id from the file name', () => {
      const workspace = workspaceOf({ 'My%20Law.md': '### Section 1\n\nText.' });
      assert.ok(workspace.byId('My Law'));
    });
  });
});
