// Colombia's decrees as legalize-co converts them (verbatim lines, colombiaDecreesText.ts): articles of a compiled decree
// numbered by its parts ("**Artículo 2.6.12.1.2.**"), cited "el artículo 2.6.12.1.2. del presente decreto".
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { CO_BOLD_LABELS, CO_DECRETO_2955_DOTTED_ARTICLES, CO_DECRETO_4591_BOLD_STOP, CO_LEY_994_ARTICLE_5, CO_LEY_994_STOCKHOLM } from './colombiaDecreesText';

const FRONT = '---\nid: co-decreto\ntitle: Decreto\nlanguage: es\n---\n# Decreto\n\n### DECRETA:\n\n**Artículo 1.** Texto.\n\n';
const decree = oneDocument('decreto.md', FRONT);
const { broken } = decree;

describe('engine: articles numbered by the parts of a compiled decree (Colombia)', () => {
  it('"el artículo 2.6.12.1.2. del presente decreto" is the article so labelled, not a path into article 2', () => {
    assert.deepStrictEqual(broken(CO_DECRETO_2955_DOTTED_ARTICLES), []);
    const cited = decree.citation(CO_DECRETO_2955_DOTTED_ARTICLES, 'artículo 2.6.12.1.2', true);
    assert.strictEqual(cited.targets[0].status, 'resolved');
    assert.strictEqual(cited.targets[0].unitId, 'art_2.6.12.1.2');
  });

  it('"el artículo 2.6.11.1.15 de este decreto", an article of the compiled decree not set out here: not checked, with the reason', () => {
    assert.match(decree.citation(CO_DECRETO_2955_DOTTED_ARTICLES, 'artículo 2.6.11.1.15', true).targets[0].reason ?? '', /numbered as the articles set out here are \("Artículo 2\.6\.12\.1\.1"\)/);
    // must not: where the document numbers no article so, a path into article 2 it does not have is reported
    const plain = CO_DECRETO_2955_DOTTED_ARTICLES.replace(/\*\*Artículo 2\.6\.12\.1\.(\d+)\.\*\*/g, '**Artículo $1.**');
    assert.notStrictEqual(plain, CO_DECRETO_2955_DOTTED_ARTICLES);
    assert.ok(broken(plain).some((message) => message.startsWith('"artículo 2.6.11.1.15')), broken(plain).join('\n'));
  });

  it('"### Artículo 6" then "### Medidas para reducir …": the article\'s title, its paragraphs its own ("el párrafo 1 del artículo 6" found)', () => {
    // (article 3, which article 6 cites, is not among these lines)
    assert.deepStrictEqual(broken(CO_LEY_994_STOCKHOLM).filter((message) => !message.includes('artículo 3')), []);
    assert.strictEqual(decree.citation(CO_LEY_994_STOCKHOLM, 'párrafo 1 del artículo 6').targets[0].unitId, 'art_6__para_1');
    const model = decree.read(CO_LEY_994_STOCKHOLM).model;
    assert.strictEqual(model.units.find((u) => u.id === 'art_6')?.title, 'Medidas para reducir o eliminar las liberaciones derivadas de existencias y desechos');
    // must not: a heading that names a grouping ("### Parte General") is no title of the article before it
    const grouping = CO_LEY_994_STOCKHOLM.replace('### Medidas para reducir o eliminar las liberaciones derivadas de existencias y desechos', '### Parte General');
    assert.notStrictEqual(grouping, CO_LEY_994_STOCKHOLM);
    assert.notStrictEqual(decree.read(grouping).model.units.find((u) => u.id === 'art_6')?.title, 'Parte General');
  });

  it('"*Anexo A*" in italics on its line is annex A, as "Anexo C" is annex C: "el anexo A, o el anexo B" found', () => {
    const ids = decree.unitIds(CO_LEY_994_STOCKHOLM);
    assert.ok(['annex_a', 'annex_b', 'annex_c'].every((id) => ids.includes(id)), ids.join(' '));
    // must not: italics around a sentence ("*Anexo A de este Convenio, según …*") open no annex
    const sentence = CO_LEY_994_STOCKHOLM.replace('*Anexo A*', '*Véase el Anexo A del Convenio*');
    assert.ok(!decree.unitIds(sentence).includes('annex_a'));
  });

  it('"**Artículo 2º****.** *Operaciones de crédito.*": the full stop in bold of its own closes the label of article 2', () => {
    const gazette = oneDocument('decreto.md', '---\nid: co-decreto\ntitle: Decreto\nlanguage: es\n---\n# Decreto\n\n');
    assert.deepStrictEqual(gazette.problems(CO_DECRETO_4591_BOLD_STOP, 'broken-reference').filter((message) => message.includes('artículo 2º') || message.startsWith('"Artículo')), []);
    const ids = gazette.unitIds(CO_DECRETO_4591_BOLD_STOP);
    assert.ok(ids.includes('art_2') && ids.includes('art_3'), ids.join(' '));
    // must not: a sentence in bold that cites an article before a bold stop opens none
    const sentence = CO_DECRETO_4591_BOLD_STOP.replace('**Artículo 2º****.**', '**Véase el Artículo 2º****.**');
    assert.notStrictEqual(sentence, CO_DECRETO_4591_BOLD_STOP);
    assert.ok(!gazette.unitIds(sentence).includes('art_2'));
  });

  it('"**Artículo 10. De la dirección de los Ministerios.**", "**Artículo 3**ºDETERMINACIÓN …", "**Artículo 37***.**Grupos …*", "**Artículo 111****.***…*": labels', () => {
    const gazette = oneDocument('decreto.md', '---\nid: co-decreto\ntitle: Decreto\nlanguage: es\n---\n# Decreto\n\n');
    const ids = gazette.unitIds(CO_BOLD_LABELS);
    assert.ok(['art_10', 'art_14', 'art_3', 'art_37', 'art_111'].every((id) => ids.includes(id)), ids.join(' '));
    assert.deepStrictEqual(gazette.problems(CO_BOLD_LABELS, 'broken-reference'), []);
    // must not: a sentence in bold that opens with a citation is no label
    const sentence = '**Artículo 5 de la Ley 100. Establece lo siguiente.** Texto del decreto.\n';
    assert.ok(!gazette.unitIds(sentence).includes('art_5'), gazette.unitIds(sentence).join(' '));
  });

  it('"las obligaciones estipuladas en el presente párrafo" in an item of article 5, which numbers no paragraphs: not reported, with the reason', () => {
    // (after an article that numbers its paragraphs, as article 4 of the Convention does)
    const text = '### Artículo 4\n\n1. Texto.\n\n2. Texto.\n\n' + CO_LEY_994_ARTICLE_5;
    assert.deepStrictEqual(decree.problems(text, 'reference-outside-unit'), []);
    assert.match(decree.citation(text, 'presente párrafo').targets[0].reason ?? '', /numbers no paragraphs/);
    // must not: where the article numbers its paragraph ("1. Cada parte adoptará …"), "this paragraph" is that one
    const numbered = text.replace('\nCada parte adoptará', '\n1. Cada parte adoptará');
    assert.notStrictEqual(numbered, text);
    assert.strictEqual(decree.citation(numbered, 'presente párrafo').targets[0].unitId, 'art_5__para_1');
  });
});
