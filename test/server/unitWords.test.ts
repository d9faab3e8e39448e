// The citation tables are the one source of unit words: completion's trigger words and the
// workspace symbol search take theirs from the tables (the TextMate grammar's are checked in
// test/extension/grammar.test.ts). A word added to a table works in both at once.
import * as assert from 'node:assert/strict';
import { unitWords } from '../../server/src/engine/references/unitWords';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import type { FeatureContext } from '../../server/src/features/context';
import { completion } from '../../server/src/features/completion';
import { workspaceSymbols } from '../../server/src/features/symbols';
import { corpusText, corpusUri, workspaceOf } from '../helpers/workspace';
import { Workspace } from '../../server/src/engine/workspace';

describe('unit words from the citation tables', () => {
  const budapest = corpusText('coe-ets185-en.md');
  const context = (workspace: Workspace): FeatureContext => ({ workspace, settings: () => DEFAULT_SETTINGS });

  it('completion offers the Budapest Convention\'s articles after every article word of every table', () => {
    const words = unitWords().filter((w) => w.kind === 'article');
    assert.ok(words.some((w) => w.word === 'المادة') && words.some((w) => w.word === 'artikel') && words.some((w) => w.word === 'статьи'));
    for (const { word } of words) {
      const draft = ['---', 'id: draft-law', 'type: law', 'language: en', 'implements: [coe-ets185-en]', '---', '', '# Draft', '', `As required by ${word} `].join('\n');
      const workspace = workspaceOf({});
      workspace.set(corpusUri('coe-ets185-en.md'), budapest);
      workspace.set('file:///draft-law.md', draft);
      const lines = draft.split('\n');
      const items = completion(context(workspace), { textDocument: { uri: 'file:///draft-law.md' }, position: { line: lines.length - 1, character: lines[lines.length - 1].length } });
      assert.ok(items.some((item) => item.label === '2' && /Illegal access/.test(String(item.detail))), `no article 2 offered after "${word} "`);
    }
  });

  it('offers no units after a word that names no unit', () => {
    const draft = ['---', 'id: draft-law', 'type: law', 'language: en', 'implements: [coe-ets185-en]', '---', '', '# Draft', '', 'As required by department '].join('\n');
    const workspace = workspaceOf({});
    workspace.set(corpusUri('coe-ets185-en.md'), budapest);
    workspace.set('file:///draft-law.md', draft);
    const lines = draft.split('\n');
    const items = completion(context(workspace), { textDocument: { uri: 'file:///draft-law.md' }, position: { line: lines.length - 1, character: lines[lines.length - 1].length } });
    assert.ok(!items.some((item) => item.label === '2'));
  });

  it('workspace symbol search reads every article word of every table, with or without its dot', () => {
    const workspace = workspaceOf({});
    workspace.set(corpusUri('coe-ets185-en.md'), budapest);
    for (const { word } of unitWords().filter((w) => w.kind === 'article' && !/\s/.test(w.word))) {
      const found = workspaceSymbols(context(workspace), { query: `${word} 2` });
      assert.ok(found.some((symbol) => /^Article 2\b/.test(symbol.name)), `"${word} 2" finds no Article 2`);
    }
    // "chapter 2" is not article 2: the word decides the kind
    assert.ok(!workspaceSymbols(context(workspace), { query: 'chapitre 2' }).some((symbol) => /^Article 2\b/.test(symbol.name)));
  });
});
