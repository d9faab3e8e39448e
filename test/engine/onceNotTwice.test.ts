// Helpers that existed twice and disagreed, now one: each test is a case where the two copies
// gave different answers, with the answer the kept one gives.
import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/engine/workspace';
import { guessLanguage } from '../../server/src/engine/language';
import { truncateAtWord } from '../../server/src/engine/text';
import { checkDocument } from '../../server/src/engine/checks';
import { corpusFiles, corpusText, corpusUri, joinLines } from '../helpers/workspace';

describe('one helper where there were two', () => {
  it('guessLanguage: every corpus document without its language line is guessed as it declares', () => {
    for (const name of corpusFiles()) {
      const text = corpusText(name);
      const declared = /^language:\s*"?([\w-]+)"?\s*$/m.exec(text)?.[1];
      if (!declared) continue;
      const workspace = new Workspace();
      const model = workspace.set(corpusUri(name), text.replace(/^language:.*\n/m, ''));
      assert.equal(model.language, declared.split('-')[0], name);
    }
  });

  it('guessLanguage: a few quoted Arabic words do not make an English law Arabic (the document parser said "ar")', () => {
    const budapest = corpusText('coe-ets185-en.md').replace(/^language:.*\n/m, '');
    const quoting = budapest.replace('# ', '# The term "الاتفاقية" in the Arabic text.\n\n# ');
    assert.equal(guessLanguage(quoting), 'en');
    assert.equal(new Workspace().set('file:///q.md', quoting).language, 'en');
  });

  it('guessLanguage: German is German, not French for its "des" (the document parser said "fr")', () => {
    const german = 'Die Vorschriften des Gesetzes gelten für die Verarbeitung der Daten, und der Verantwortliche wird die Betroffenen informieren oder die Daten löschen.';
    assert.equal(guessLanguage(german), 'de');
    assert.equal(guessLanguage(''), undefined);
  });

  it('truncateAtWord: a long text with no space is cut at the limit, not one character before its end', () => {
    const unspaced = '计算机数据是指'.repeat(60);
    const cut = truncateAtWord(unspaced, 200);
    assert.equal(cut, unspaced.slice(0, 200) + ' …');
    const spaced = truncateAtWord('any representation of facts, information or concepts in a form suitable for processing', 40);
    assert.equal(spaced, 'any representation of facts, information …');
  });

  it('function words: an abbreviation leaves out the same words the definition comparison ignores ("in")', () => {
    const draft = joinLines('---', 'id: draft-law', 'title: Draft Act', 'type: law', 'language: en', '---', '', '# Draft Act', '', '## Section 1', '',
      '“information in electronic form” means data processed by a computer;', '', '## Section 2', '', 'Information in electronic form or IE form is kept.', '');
    const workspace = new Workspace();
    workspace.set('file:///draft.md', draft);
    const variants = checkDocument(workspace, 'file:///draft.md').filter((d) => d.code === 'inconsistent-variant').map((d) => draft.slice(d.span.start, d.span.end));
    assert.ok(variants.includes('IE form'), JSON.stringify(variants));
  });

  it('digits: full-width digits in a heading are the same number as in a citation (headings kept them, citations folded them)', () => {
    const law = joinLines('---', 'id: fw-law', 'title: Full-width Act', 'type: law', 'language: en', '---', '', '# Full-width Act', '', '## Article ７', '', 'Text.', '', '## Article 8', '', 'As set out in article 7.', '');
    const workspace = new Workspace();
    const model = workspace.set('file:///fw.md', law);
    assert.ok(model.units.some((unit) => unit.number === '7'), JSON.stringify(model.units.map((u) => u.number)));
    const resolved = workspace.resolved('file:///fw.md').find((r) => r.reference.text === 'article 7');
    assert.equal(resolved?.status, 'resolved');
  });

  it('commentary: a citation followed by another document\'s name points into that document, not the annotated one', () => {
    const workspace = new Workspace();
    for (const name of ['coe-ets185-en.md', 'coe-ets189-en.md', 'notes-coe-ets185-offences.md']) workspace.set(corpusUri(name), corpusText(name));
    const notes = corpusText('notes-coe-ets185-offences.md');
    const edited = notes.replace('## Article 3\n', '## Article 3\n\nCompare Article 3 of ETS No. 189 on racist material.\n');
    workspace.set(corpusUri('notes-coe-ets185-offences.md'), edited, 2);
    const cited = workspace.resolved(corpusUri('notes-coe-ets185-offences.md')).filter((r) => r.reference.text.startsWith('Article 3') && edited.slice(r.reference.span.end, r.reference.span.end + 16).includes('ETS No. 189'));
    assert.equal(cited.length, 1);
    assert.equal(cited[0].targets[0].documentId, 'coe-ets189-en');
    // a bare "Article 3" in the same note is still the annotated Convention's
    const bare = workspace.resolved(corpusUri('notes-coe-ets185-offences.md')).find((r) => r.status === 'resolved' && r.targets[0].documentId === 'coe-ets185-en');
    assert.ok(bare);
  });

  it('Chinese numerals: a heading reads thousands and digit runs as a citation does (headings stopped at 百)', () => {
    // The Civil Code of the People's Republic of China has 1,260 articles; its last is 第一千二百六十条.
    const code = joinLines('---', 'id: zh-code', 'type: law', 'language: zh', '---', '', '# 测试法典', '', '### 第一千二百五十九条 术语', '', '本法所称的“以上”包括本数。', '',
      '### 第一千二百六十条 施行', '', '本法自公布之日起施行。第一千二百五十九条的规定适用。', '');
    const workspace = new Workspace();
    const model = workspace.set('file:///zh-code.md', code);
    assert.deepEqual(model.units.filter((unit) => unit.kind === 'article').map((unit) => unit.number), ['1259', '1260']);
    const resolved = workspace.resolved('file:///zh-code.md').find((r) => r.reference.text.startsWith('第一千二百五十九条'));
    assert.equal(resolved?.status, 'resolved');
    assert.equal(resolved?.targets[0].unitId, model.units.find((unit) => unit.number === '1259')?.id);
  });

  it('ordinal words: a heading numbered by a word the citation tables know is that number ("Artículo primero")', () => {
    const ley = joinLines('---', 'id: es-ley', 'type: law', 'language: es', '---', '', '# Ley de prueba', '', '## Artículo primero', '', 'Objeto.', '',
      '## Artículo segundo', '', 'Lo dispuesto en el artículo primero se aplica.', '');
    const workspace = new Workspace();
    const model = workspace.set('file:///es-ley.md', ley);
    assert.deepEqual(model.units.filter((unit) => unit.kind === 'article').map((unit) => unit.number), ['1', '2']);
    const resolved = workspace.resolved('file:///es-ley.md').find((r) => r.reference.text === 'artículo primero');
    assert.equal(resolved?.status, 'resolved');
  });
});
