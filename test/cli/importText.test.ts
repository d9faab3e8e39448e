// treaty-lens import's front matter: the YAML library writes it, so what the user passed reads back as passed.
import * as assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { importText } from '../../server/src/cli/importText';
import { findFrontMatter } from '../../server/src/engine/frontMatter';

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
