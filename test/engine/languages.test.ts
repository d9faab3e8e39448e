// Treaties as users bring them in other UN languages (imported text): headings, definitions and
// term uses in Chinese (no spaces) and Russian. Synthetic fixtures, not official wording.
import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/engine/workspace';
import { guessLanguage } from '../../server/src/engine/language';

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

describe('engine: the language of a law that does not say it', () => {
  // Uruguay's law 18119 as IMPO's converter gives it (verbatim): long front matter, then Spanish.
  const law = [
      "---",
      "title: \"Ley Nº 18119 - RELIQUIDACION DE PASIVIDADES\"",
      "identifier: \"UY-ley-18119\"",
      "country: \"uy\"",
      "rank: \"ley\"",
      "publication_date: \"2007-05-07\"",
      "last_updated: \"2007-05-07\"",
      "status: \"in_force\"",
      "source: \"https://www.impo.com.uy/bases/leyes/18119-2007\"",
      "department: \"TABARE VAZQUEZ - EDUARDO BONOMI - DANILO ASTORI\"",
      "official_type: \"Ley\"",
      "official_number: \"18119\"",
      "year: \"2007\"",
      "promulgation_date: \"2007-04-27\"",
      "update_label: \"Documento Actualizado\"",
      "gazette_scan_url: \"https://www.impo.com.uy/diariooficial/2007/05/07/15\"",
      "rnld_citation: \"tomo 1, semestre 1, 2007, p. 793\"",
      "signatories: \"TABARE VAZQUEZ - EDUARDO BONOMI - DANILO ASTORI\"",
      "article_count: \"5\"",
      "collection: \"leyes\"",
      "source_encoding: \"ISO-8859-1\"",
      "images_dropped: \"0\"",
      "editorial_notes_count: \"1\"",
      "---",
      "# Ley Nº 18119 - RELIQUIDACION DE PASIVIDADES",
      "",
      "##### Artículo 1",
      "",
      "Las personas jubiladas por el régimen del llamado Acto Institucional",
      "Nº 9, de 23 de octubre de 1979, y modificativas, cuyos ceses en la actividad se produjeron a partir del 1º de enero de 1994, y sus pasividades fueron limitadas por el tope jubilatorio de 7 (siete) salarios mínimos nacionales, tendrán derecho a la reliquidación de sus pasividades sobre la base de aumentar el mencionado tope inicial a partir del año 1994, inclusive, a razón de un salario mínimo nacional por año, según la",
      "fecha del cese, hasta alcanzar el límite máximo establecido por el inciso",
      "segundo del artículo 76 de la Ley Nº 16.713, de 3 de setiembre de 1995.",
      "Consecuentemente, se realizarán las siguientes reliquidaciones:",
      "A) Para los cesantes en el año 1994, se elevará la pasividad tomando",
      " en consideración la que le hubiera correspondido al momento de",
      " jubilarse, si el tope hubiera sido de 8 (ocho) salarios mínimos",
      " nacionales vigentes a la fecha del cese e incorporando los",
      " distintos ajustes posteriores.", ''].join('\n');

  it('is Spanish, read from the text after the front matter; its citations are read ("inciso segundo del artículo 76 de la Ley Nº 16.713")', () => {
    assert.equal(guessLanguage(law), 'es');
    const { model } = load(law);
    assert.equal(model.language, 'es');
    assert.ok(model.references.some((r) => r.text.replace(/\s+/g, ' ').startsWith('inciso segundo del artículo 76')), model.references.map((r) => r.text).join(' | '));
  });

  it('must not: words Spanish, French and Dutch share ("de", "en", "que", "il y a") do not decide', () => {
    // Code de procédure pénale, art. 78-4 (verbatim, Légifrance): French though it has "que"-less Spanish-looking words
    assert.equal(guessLanguage("# Article 78-4\n\nLa durée de la rétention prévue par l'article précédent s'impute, s'il y a lieu, sur celle de la garde à vue."), 'fr');
    assert.equal(guessLanguage('De verdachte wordt gehoord en de rechter beslist van geval tot geval.'), 'nl');
    // a heading and a link alone still lean on the shared words
    assert.equal(guessLanguage('# Section 2 : Associations de supporters\n\n- [Article L212-2](article-l212-2.md)'), guessLanguage('Associations de supporters'));
  });
});
