// Treaties as users bring them in other UN languages (imported text): headings, definitions and
// term uses in Chinese (no spaces) and Russian. Synthetic fixtures, not official wording.
import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/engine/workspace';

function load(text: string) {
  const workspace = new Workspace();
  const uri = 'file:///draft.md';
  const model = workspace.set(uri, text);
  const uses = workspace.termUses(uri).filter((use) => !use.isDefinition).map((use) => model.text.slice(use.span.start, use.span.end));
  return { model, uses };
}

describe('engine: Chinese and Russian documents', () => {
  it('reads Chinese articles, definitions with 系指 and term uses without spaces', () => {
    const { model, uses } = load(['---', 'id: zh-draft', 'type: treaty', 'language: zh', '---', '', '# 测试公约', '', '## 第一章 总则', '', '### 第二条 术语的使用', '',
      '就本公约而言：', '', '(a) “电子数据”系指任何事实的表示；', '', '(b) “服务提供者”系指任何实体；', '', '### 第三条 非法访问', '', '1. 服务提供者应当保存电子数据。', ''].join('\n'));
    assert.deepEqual(model.units.filter((u) => u.headingDepth > 0).map((u) => u.id), ['chp_1', 'art_2', 'art_3']);
    assert.deepEqual(model.definitions.map((d) => [d.term, d.unitId, d.body]), [['电子数据', 'art_2__subpara_a', '任何事实的表示'], ['服务提供者', 'art_2__subpara_b', '任何实体']]);
    assert.deepEqual(uses, ['服务提供者', '电子数据']);
  });

  it('reads Russian articles, definitions with «…» означают, and case variants of a term', () => {
    const { model, uses } = load(['---', 'id: ru-draft', 'type: treaty', 'language: ru', '---', '', '# Тестовая конвенция', '', '### Статья 2 – Термины', '',
      'Для целей настоящей Конвенции:', '', 'a) «электронные данные» означают любое представление фактов;', '', '### Статья 3 – Доступ', '', '1. Электронные данные хранятся.', ''].join('\n'));
    assert.deepEqual(model.units.filter((u) => u.headingDepth > 0).map((u) => [u.id, u.title]), [['art_2', 'Термины'], ['art_3', 'Доступ']]);
    assert.deepEqual(model.definitions.map((d) => [d.term, d.unitId]), [['электронные данные', 'art_2__subpara_a']]);
    assert.deepEqual(uses, ['Электронные данные']);
  });
});
