// treaty-lens import's front matter: the YAML library writes it, so what the user passed reads back as passed.
import * as assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { importText } from '../../server/src/cli/importText';
import { findFrontMatter } from '../../server/src/engine/frontMatter';
import { parseDocument } from '../../server/src/engine/document';
import { GT_CONSTITUTION_ARTICLES_135_TO_150 } from './importGuatemalaText';

const TEXT = ['Cybercrime Act', '', 'Section 1 – Definitions', '', '“computer” means any device.', ''].join('\n');

function frontMatterOf(markdown: string): Record<string, unknown> {
  const found = findFrontMatter(markdown);
  assert.ok(found, 'the import starts with front matter');
  return parseYaml(markdown.slice(found.body.start, found.body.end)) as Record<string, unknown>;
}

describe('import: front matter through yaml.stringify', () => {
  it('a language or title with YAML syntax in it ("[", ": ", " #") reads back verbatim', () => {
    const { markdown } = importText(TEXT, { language: '[en', title: 'Act: "Data" # 2', implements: ['coe-ets185-en', 'x: y'] });
    const front = frontMatterOf(markdown);
    assert.equal(front.language, '[en');
    assert.equal(front.title, 'Act: "Data" # 2');
    assert.deepEqual(front.implements, ['coe-ets185-en', 'x: y']);
    assert.deepEqual(front.aliases, ['Act: "Data" # 2']);
    assert.deepEqual(front.gaps, []);
  });

  it('the title found in the text becomes the title, short title and alias', () => {
    const front = frontMatterOf(importText(TEXT).markdown);
    assert.equal(front.title, 'Cybercrime Act');
    assert.equal(front['short-title'], 'Cybercrime Act');
    assert.deepEqual(front.aliases, ['Cybercrime Act']);
    assert.equal(front.id, 'cybercrime-act');
  });
});

describe('import: a law as text out of its official PDF (Guatemala\'s Constitution)', () => {
  const { markdown } = importText(GT_CONSTITUTION_ARTICLES_135_TO_150);
  const headings = markdown.split('\n').filter((line) => line.startsWith('#')).map((line) => line.replace(/^#+ /, ''));

  it('a chapter numbered anew in the next title ("CAPÍTULO III" twice, other chapters between) is a chapter, no running title', () => {
    assert.deepEqual(headings.filter((heading) => heading.startsWith('CAPÍTULO III')),
      ['CAPÍTULO III – Deberes y derechos cívicos y políticos', 'CAPÍTULO III – Relaciones internacionales del Estado']);
    // must not: a heading given again at a page break with none of its rank between is a running title, and removed
    const lines = GT_CONSTITUTION_ARTICLES_135_TO_150.split('\n');
    const pageAfterChapter = lines.indexOf('33');
    const repeated = [...lines.slice(0, pageAfterChapter + 1), 'CAPÍTULO IV', ...lines.slice(pageAfterChapter + 1)].join('\n');
    assert.ok(lines.indexOf('CAPÍTULO IV') < pageAfterChapter && !lines.slice(lines.indexOf('CAPÍTULO IV') + 1, pageAfterChapter).some((line) => /^(?:CAPÍTULO|TÍTULO)/.test(line)));
    assert.equal(importText(repeated).markdown.split('\n').filter((line) => /^#+ CAPÍTULO IV/.test(line)).length, 1);
  });

  it('an article\'s title closed by its stop, then its first words (on the label\'s line or the next): the words begin its text, not its heading', () => {
    for (const article of ['Artículo 135. Deberes y derechos cívicos.', 'Artículo 136 – Deberes y derechos políticos.', 'Artículo 142. De la soberanía y el territorio.',
      'Artículo 149. De las relaciones internacionales.', 'Artículo 150. De la comunidad centroamericana.']) assert.ok(headings.includes(article), `${article} among ${headings.join(' | ')}`);
    assert.match(markdown, /### Artículo 142\. De la soberanía y el territorio\.\n\nEl Estado ejerce plena soberanía, sobre:/);
    assert.match(markdown, /### Artículo 136 – Deberes y derechos políticos\.\n\nSon derechos y deberes de los ciudadanos:/);
    // every article of the excerpt is read, in order
    const model = parseDocument('file:///gt.md', markdown);
    assert.deepEqual(model.units.filter((unit) => unit.kind === 'article').map((unit) => unit.number), Array.from({ length: 16 }, (_, k) => String(135 + k)));
    // must not: a label whose line goes on with lower-case prose is no heading with a title ("Artículo 7. de la …")
    assert.ok(!importText('Ley\n\nArtículo 1. Objeto.\nEsta ley regula lo siguiente.\nArtículo 2. de conformidad con el artículo 1. Texto de la ley.\n').markdown.includes('# Artículo 2'));
  });
});
