// Citations in Chile's laws as the BCN gives them (verbatim lines, chileCitationsText.ts): a Latin adverb after a line break
// ("artículo 133\nbis"), "161 B," in a list, ", todos del Código Penal" and ", ambos del Código Tributario" closing a list, an
// amending list's items as sentences of their own, words put in by an amendment, and a margin note run in before "bis".
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { oneDocument } from '../helpers/oneDocument';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { CL_ARTICULO_UNICO_RULING, CL_TRANSITIONAL_OF_LAW, CL_ARTICLE_13_AMBOS_DEL, CL_CONCURSAL_ARTICLE_346, CL_CONCURSAL_COMERCIO_AMENDMENTS, CL_OBRAS_PUBLICAS_QUOTED_INCISO, CL_PERSONAS_JURIDICAS_ARTICLE_9, CL_PROCEDIMIENTO_CIVIL_SET_OUT_ARTICLES, CL_PROCESAL_PENAL_ARTICLE_241, CL_TRABAJO_ARTICLE_172 } from './chileCitationsText';

const FRONT = '---\nid: cl-ley\ntitle: Ley\nlanguage: es\n---\n# Ley\n\n### Artículo 1\n\nTexto.\n\n### Artículo 2\n\nTexto.\n\n';
const law = oneDocument('ley.md', FRONT);
const { broken } = law;

describe('engine: citations in Chile\'s laws (BCN)', () => {
  it('"el artículo 133\\nbis de la ley Nº18.046": the adverb on the next line is the number\'s', () => {
    assert.deepStrictEqual(broken(CL_PERSONAS_JURIDICAS_ARTICLE_9), []);
    const cited = law.citation(CL_PERSONAS_JURIDICAS_ARTICLE_9, 'artículo 133\nbis', true);
    assert.strictEqual(cited.targets[0].status, 'external');
    // must not: a capitalised word opening the next line ("Bis. …") is no adverb of the number
    const capital = CL_PERSONAS_JURIDICAS_ARTICLE_9.replace('artículo 133\nbis de la ley', 'artículo 133\nBis de la ley');
    assert.notStrictEqual(capital, CL_PERSONAS_JURIDICAS_ARTICLE_9);
    assert.ok(law.read(capital).model.references.some((r) => r.text === 'artículo 133'));
  });

  it('"los artículos 144 inciso\\nprimero, 146, 161-A, 161 B, 231, …, todos del Código\\nPenal": units of the Penal Code, "161 B" one article', () => {
    assert.deepStrictEqual(broken(CL_PROCESAL_PENAL_ARTICLE_241), []);
    const cited = law.citation(CL_PROCESAL_PENAL_ARTICLE_241, 'artículos 144 inciso', true);
    assert.deepStrictEqual(cited.targets.slice(2, 4).map((t) => t.status), ['external', 'external']);
    assert.ok(cited.targets.every((t) => /Código\s+Penal/.test(t.reason ?? '')), JSON.stringify(cited.targets));
    // must not: where the list closes with "todos de esta ley", they are this law's, and checked
    const ours = CL_PROCESAL_PENAL_ARTICLE_241.replace('todos del Código\nPenal', 'todos de esta\nley');
    assert.notStrictEqual(ours, CL_PROCESAL_PENAL_ARTICLE_241);
    assert.ok(broken(ours).some((message) => /no article 161B/.test(message)), broken(ours).join('\n'));
  });

  it('"los artículos 69, inciso final, y 70, ambos del Código Tributario": both of that code', () => {
    assert.deepStrictEqual(broken(CL_ARTICLE_13_AMBOS_DEL), []);
    assert.match(law.citation(CL_ARTICLE_13_AMBOS_DEL, 'artículos 69', true).targets[0].reason ?? '', /Código Tributario/);
    // must not: "ambos de la presente ley" are this law's
    const ours = CL_ARTICLE_13_AMBOS_DEL.replace('ambos del Código Tributario', 'ambos de la presente ley');
    assert.notStrictEqual(ours, CL_ARTICLE_13_AMBOS_DEL);
    assert.ok(broken(ours).some((message) => /no article 69/.test(message)), broken(ours).join('\n'));
  });

  it('"Introdúcense las siguientes\nmodificaciones al Código Civil:": each item\'s article is the Civil Code\'s, not the Penal Code\'s its new words name', () => {
    // beside a copy of the Penal Code (articles 1–3), as in a workspace of the country's codes
    const penalCode = '---\nid: cl-codigo-penal\ntitle: Código Penal\nlanguage: es\n---\n# Código Penal\n\n### Artículo 1\n\nTexto.\n\n### Artículo 2\n\nTexto.\n\n### Artículo 3\n\nTexto.\n';
    const reported = (text: string) => checkDocument(workspaceOf({ 'ley.md': FRONT + text, 'cp.md': penalCode }), uriOf('ley.md')).filter((d) => d.code === 'broken-reference').map((d) => d.message);
    // (the words put in cite "el Párrafo 7 del Título IX del Libro Segundo del Código Penal", which this short copy lacks)
    assert.deepStrictEqual(reported(CL_CONCURSAL_ARTICLE_346).filter((message) => message.startsWith('"artículo')), []);
    // with no code named in the lead-in, each item is a sentence of its own: the Penal Code named in item 2's new words is not item 3's
    const unnamed = CL_CONCURSAL_ARTICLE_346.replace('modificaciones al Código Civil:', 'modificaciones:');
    assert.notStrictEqual(unnamed, CL_CONCURSAL_ARTICLE_346);
    assert.ok(!reported(unnamed).some((message) => message.startsWith('"artículo 2163"')), reported(unnamed).join('\n'));
    // must not: item 3 run into item 2, in one sentence with the Penal Code's name, is read with it
    const joined = unnamed.replace('Código Penal".\n3) Reemplázase el número 6º del artículo 2163', 'Código Penal", y reemplázase el número 6º del artículo 2163');
    assert.notStrictEqual(joined, unnamed);
    assert.ok(reported(joined).some((message) => message.startsWith('"artículo 2163"')), reported(joined).join('\n'));
  });

  it('"los artículos 163, 163 Art. 14\\nbis, 168, 169, 170 y 171" (a margin note between 163 and its "bis"): no article 14 bis reported', () => {
    // (articles 163 to 171 are not among these lines)
    assert.deepStrictEqual(broken(CL_TRABAJO_ARTICLE_172).filter((message) => /14bis/.test(message)), []);
    // must not: "Art. 14 bis" within the line is a citation, and checked
    const inLine = CL_TRABAJO_ARTICLE_172.replace('Art. 14\nbis, 168', 'Art. 14 bis, 168');
    assert.notStrictEqual(inLine, CL_TRABAJO_ARTICLE_172);
    assert.ok(broken(inLine).some((message) => /14bis/.test(message)), broken(inLine).join('\n'));
  });

  it('"ART. 9.° … el artículo anterior" in the text of "ARTICULO PRIMERO", among other run-in labels: not reported, with the reason', () => {
    const code = oneDocument('codigo.md', '---\nid: cl-codigo\ntitle: Código\nlanguage: es\n---\n# Código\n\n');
    assert.deepStrictEqual(code.problems(CL_PROCEDIMIENTO_CIVIL_SET_OUT_ARTICLES, 'broken-reference'), []);
    assert.match(code.citation(CL_PROCEDIMIENTO_CIVIL_SET_OUT_ARTICLES, 'artículo anterior').targets[0].reason ?? '', /labels of other articles stand at lines' starts in its text \("ART\. 2\.°"\)/);
    // must not: with no such label before it, the first article's "artículo anterior" is reported
    const alone = CL_PROCEDIMIENTO_CIVIL_SET_OUT_ARTICLES.replace(/\nART\. [2-9]\.° /g, '\n');
    assert.notStrictEqual(alone, CL_PROCEDIMIENTO_CIVIL_SET_OUT_ARTICLES);
    assert.ok(code.problems(alone, 'broken-reference').some((message) => message.startsWith('"artículo anterior"')), code.problems(alone, 'broken-reference').join('\n'));
  });

  it('"Introdúcense las siguientes\nmodificaciones al Código de Comercio:" (the words before the code\'s name): its items cite that code', () => {
    assert.deepStrictEqual(broken(CL_CONCURSAL_COMERCIO_AMENDMENTS), []);
    assert.match(law.citation(CL_CONCURSAL_COMERCIO_AMENDMENTS, 'artículo 559', true).targets[0].reason ?? '', /Código de Comercio/);
    // must not: "las siguientes modificaciones a esta ley:" amends this law, whose article 559 is checked
    const ours = CL_CONCURSAL_COMERCIO_AMENDMENTS.replace('modificaciones al Código de Comercio:', 'modificaciones a la presente ley:');
    assert.notStrictEqual(ours, CL_CONCURSAL_COMERCIO_AMENDMENTS);
    assert.ok(broken(ours).some((message) => /no article 559/.test(message)), broken(ours).join('\n'));
  });

  it('"…: "Lo dispuesto en el inciso anterior será aplicable …"" (an amendment\'s new inciso, quoted in one long line): not reported, with the reason', () => {
    // (the article's opening, "Introdúcense las siguientes modificaciones al decreto con fuerza de ley Nº 382, …:", a few words of
    // the instrument's kind before its name as read, makes its other citations that decree's)
    assert.match(law.citation(CL_OBRAS_PUBLICAS_QUOTED_INCISO, 'artículo 9º bis').targets[0].reason ?? '', /ley Nº 382/);
    const quoted = law.citation(CL_OBRAS_PUBLICAS_QUOTED_INCISO, 'inciso anterior');
    assert.match(quoted.targets[0].reason ?? '', /quoted words/);
    // must not: the same words unquoted are this law's, and reported where nothing stands before
    const unquoted = CL_OBRAS_PUBLICAS_QUOTED_INCISO.replace('respectivamente: "Lo dispuesto en el inciso anterior', 'respectivamente. Lo dispuesto en el inciso anterior');
    assert.notStrictEqual(unquoted, CL_OBRAS_PUBLICAS_QUOTED_INCISO);
    assert.doesNotMatch(law.citation(unquoted, 'inciso anterior').targets[0].reason ?? '', /quoted words/);
  });

  it('"el artículo 37 C" in a law of one "Artículo UNICO" (the Court\'s ruling set after it): the amended law\'s, not reported', () => {
    const single = oneDocument('ley.md', '---\nid: cl-ley\ntitle: Ley\nlanguage: es\n---\n# Ley\n\n');
    assert.deepStrictEqual(single.problems(CL_ARTICULO_UNICO_RULING, 'broken-reference'), []);
    assert.match(single.citation(CL_ARTICULO_UNICO_RULING, 'inciso segundo del artículo 37', true).targets[0].reason ?? '', /one article only \("Artículo UNICO"\)/);
    // must not: a law whose one article is numbered ("Artículo 1") is checked
    const numbered = CL_ARTICULO_UNICO_RULING.replace('##### Artículo UNICO', '##### Artículo 1');
    assert.notStrictEqual(numbered, CL_ARTICULO_UNICO_RULING);
    assert.ok(single.problems(numbered, 'broken-reference').length > 0);
  });

  it('"el artículo undécimo transitorio de la ley N°20.972": a transitional article of that law', () => {
    const decree = oneDocument('dfl.md', '---\nid: cl-dfl\ntitle: Decreto\nlanguage: es\n---\n# Decreto\n\n##### Artículo 1\n\nTexto.\n\n');
    // (the transitional articles second, third, sixth and seventh it cites are not among these lines)
    assert.deepStrictEqual(decree.problems(CL_TRANSITIONAL_OF_LAW, 'broken-reference').filter((message) => message.includes('undécimo')), []);
    assert.match(decree.citation(CL_TRANSITIONAL_OF_LAW, 'artículo undécimo').targets[0].reason ?? '', /20\.972/);
    // must not: "transitorio de este decreto" is this decree's, and checked
    const ours = CL_TRANSITIONAL_OF_LAW.replace('artículo undécimo transitorio de la ley N°20.972', 'artículo undécimo transitorio de este decreto');
    assert.notStrictEqual(ours, CL_TRANSITIONAL_OF_LAW);
    assert.ok(decree.problems(ours, 'broken-reference').some((message) => message.startsWith('"artículo undécimo')), decree.problems(ours, 'broken-reference').join('\n'));
  });
});
