// Swiss federal acts as legalize-dev converts them from Fedlex's PDFs (verbatim excerpts, fedlexPdfText.ts): a margin's title before
// an article's label ("<sup>11</sup> Kindeswohl Art. 1 a"), paragraphs run together into one line ("unter Vorbehalt von Absatz 2"
// in an article read as one paragraph), and a Latin adverb raised in tags ("40*a*<sup>ter</sup>"). Each rule has a must-not.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { CH_1966_1517_LUGGAGE, CH_2022_373_LINE_76, CH_FGA_LINE_42, CH_FGA_LINE_740, CH_GA_I_ARTICLES_37_38, CH_PAVO_ARTICLES_1_2, CH_PAVO_ARTICLES_6_7, CH_PAVO_LINE_397, CH_SCHKG_LABELS_CLOSING_PARAGRAPHS, CH_SAMV_LONE_TITLED_LABEL, CH_LBV_LETTER_AFTER_NOTE_MARK } from './fedlexPdfText';
import { parseDocument } from '../../server/src/engine/document';

const URI = uriOf('erlass.md');
const FRONT = '---\nid: ch-erlass\ntitle: Erlass\nlanguage: de\n---\n# Erlass\n\n';
const read = (text: string) => {
  const workspace = workspaceOf({ 'erlass.md': FRONT + text });
  return {
    broken: checkDocument(workspace, URI).filter((d) => d.code === 'broken-reference').map((d) => d.message),
    twice: checkDocument(workspace, URI).filter((d) => d.code === 'duplicate-definition').map((d) => d.message),
    articles: workspace.get(URI)!.units.filter((unit) => unit.kind === 'article').map((unit) => `${unit.number} ${unit.title ?? ''}`.trim()),
    reasons: workspace.resolved(URI).flatMap((resolved) => resolved.targets.map((target) => `${resolved.reference.text}: ${target.reason ?? ''}`)),
  };
};

describe('engine: Fedlex\'s PDFs as legalize-ch converts them', () => {
  it('"<sup>11</sup> Kindeswohl Art. 1 a" opens article 1a, titled "Kindeswohl"; a sentence citing "Artikel 20 a Buchstaben b–d" opens nothing', () => {
    // (read so in an act that opens articles so more than once: 1a and 6b here)
    const text = CH_PAVO_ARTICLES_1_2 + '\n' + CH_PAVO_ARTICLES_6_7;
    const { broken, articles } = read(text);
    assert.deepStrictEqual(broken, []);
    assert.deepStrictEqual(articles, ['1 Grundsätze', '1a Kindeswohl', '2 Zuständige Behörde', '6 Aufnahme ausländischer Kinder', '6a', '6b Erleichterte Aufnahme ausländischer Kinder']);
    // must not: a line's mark, words, then a citation and a unit's noun is a sentence; article 20a is cited, and not here
    const sentence = read(text + '\n' + CH_PAVO_LINE_397);
    assert.deepStrictEqual(sentence.articles, articles);
    assert.ok(sentence.broken.some((message) => message.startsWith('"Artikel 20 a Buchstaben b–d"')), sentence.broken.join('\n'));
  });

  it('"Absatz 2" of an article whose paragraphs a PDF ran into one line is not reported, and says why', () => {
    const { broken, reasons } = read(CH_GA_I_ARTICLES_37_38);
    assert.deepStrictEqual(broken, []);
    assert.ok(reasons.some((reason) => reason.startsWith('Absatz 2: ') && reason.includes('run together')), reasons.join('\n'));
    // must not: an article of one sentence has no second paragraph, however its text was converted
    const oneSentence = '##### **Art. 37**\n\nSanitätsluftfahrzeuge dürfen unter Vorbehalt von Absatz 2 das Gebiet neutraler Mächte überfliegen.\n';
    assert.ok(read(oneSentence).broken.some((message) => message.startsWith('"Absatz 2"')), read(oneSentence).broken.join('\n'));
  });

  it('"den Artikeln 40*a*<sup>ter</sup>–40*a*<sup>quinquies</sup> des Eisenbahngesetzes": the raised adverbs number the range, of that act', () => {
    const [cited] = parseReferences(CH_2022_373_LINE_76, { language: 'de' });
    assert.ok(cited.anchor.kind === 'instrument' && cited.anchor.name.startsWith('Eisenbahngesetzes'), JSON.stringify(cited.anchor));
    assert.deepStrictEqual(cited.targets.map((target) => [target.path[0].number, target.through?.[0].number]), [['40ater', '40aquinquies']]);
    // must not: a note's number raised after a word is no number's adverb ("Gesetz<sup>12</sup>")
    const [noted] = parseReferences('nach Artikel 40<sup>12</sup> des Gesetzes', { language: 'de' });
    assert.strictEqual(noted.targets[0].path[0].number, '40');
  });

  it('"das Gepäck der Reisenden (Nichttouristen)" given twice is one gloss, not a term defined twice', () => {
    assert.deepStrictEqual(read('##### **Art. 9**\n\n' + CH_1966_1517_LUGGAGE).twice, []);
    // must not: the same name in brackets after other words gives it another meaning
    const other = CH_1966_1517_LUGGAGE.replace('über das Gepäck der Reisenden (Nichttouristen) oder', 'über die Einfuhr von Hausrat (Nichttouristen) oder');
    assert.notStrictEqual(other, CH_1966_1517_LUGGAGE);
    assert.strictEqual(read('##### **Art. 9**\n\n' + other).twice.length, 1);
  });

  it('"… Bestimmungen. a Art. 3" ending a paragraph and "<sup>35</sup> Art. 83 VII. Titel: …" are labels, not citations', () => {
    // (two articles: a file holding one article only is a part of a larger text, whose other articles are not checked)
    const text = '##### **Art. 1**\n\nEins.\n\n##### **Art. 2**\n\n' + CH_FGA_LINE_42 + '\n' + CH_FGA_LINE_740;
    assert.deepStrictEqual(read(text).broken, []);
    // must not: a citation ending a sentence's words ("… nach Art. 3") is one, and reported
    const cited = text.replace('Bestimmungen. a Art. 3', 'Bestimmungen nach Art. 3');
    assert.notStrictEqual(cited, text);
    assert.ok(read(cited).broken.some((message) => message.startsWith('"Art. 3"')), read(cited).broken.join('\n'));
  });

  it('"… erfolgt ist. 139 Art. 73" closing a paragraph: the next article\'s label after its footnote\'s number, not a citation', () => {
    // before: "Art. 73" and "Art. 75" were reported (the articles' labels, run into the text, are no headings here)
    const { broken, reasons } = read(CH_SCHKG_LABELS_CLOSING_PARAGRAPHS);
    assert.deepStrictEqual(broken, []);
    assert.ok(reasons.some((reason) => reason.startsWith('Art. 73: ') && reason.includes('closes its paragraph after a footnote')), reasons.join('\n'));
    // must not: a sentence ending in a citation ("… nach Art. 73.") is a citation, and the missing article is reported
    const cited = CH_SCHKG_LABELS_CLOSING_PARAGRAPHS.replace('erfolgt ist. 139 Art. 73', 'erfolgt ist, nach Art. 73.');
    assert.notStrictEqual(cited, CH_SCHKG_LABELS_CLOSING_PARAGRAPHS);
    assert.ok(read(cited).broken.some((message) => message.startsWith('"Art. 73"')), read(cited).broken.join('\n'));
  });

  it('"<sup>6</sup> Liste der eingeteilten Mikroorganismen Art. 4" alone, then "<sup>1</sup> Das Bundesamt …": article 4, though the only one so written', () => {
    // before: no article 4, and "die Liste nach Artikel 4" reported three times
    const { broken, articles } = read(CH_SAMV_LONE_TITLED_LABEL);
    assert.deepStrictEqual(broken, []);
    assert.ok(articles.includes('4 Liste der eingeteilten Mikroorganismen'), articles.join(' | '));
    // must not: without the first paragraph after it (its mark and a capital), one such line alone is no label
    const unmarked = CH_SAMV_LONE_TITLED_LABEL.replace('<sup>1</sup> Das Bundesamt', '<sup>1</sup> das Bundesamt');
    assert.notStrictEqual(unmarked, CH_SAMV_LONE_TITLED_LABEL);
    assert.ok(!read(unmarked).articles.some((article) => article.startsWith('4 ')), read(unmarked).articles.join(' | '));
    // an edit to the paragraph after it reads the label's paragraph again (the legal reading resumes one block before the edit):
    // the edited document equals a fresh parse of its text
    const uri = 'file:///samv.md';
    const first = parseDocument(uri, FRONT + CH_SAMV_LONE_TITLED_LABEL, 1);
    const kept = parseDocument(uri, FRONT + CH_SAMV_LONE_TITLED_LABEL, 2, {}, first);
    const edited = parseDocument(uri, FRONT + unmarked, 3, {}, kept);
    const units = (model: typeof edited) => model.units.map((unit) => `${unit.id} ${unit.span.start}-${unit.span.end}`).join('\n');
    assert.strictEqual(units(edited), units(parseDocument(uri, FRONT + unmarked, 3)));
    assert.strictEqual(units(parseDocument(uri, FRONT + CH_SAMV_LONE_TITLED_LABEL, 4, {}, edited)), units(first));
  });

  it('"nach Absatz 2 Buchstabe c Ziffern 1–4" where the copy gives "<sup>7</sup> c. Zuschläge …": the letter is in the text, not reported', () => {
    // before "Ziffer" was read, "Absatz 2 Buchstabe c Ziffern 1–4" was read as "Absatz 2"; read whole, "c." must be found as it stands
    const { broken, reasons } = read(CH_LBV_LETTER_AFTER_NOTE_MARK);
    assert.deepStrictEqual(broken, []);
    assert.ok(reasons.some((reason) => reason.startsWith('Absatz 2 Buchstabe c Ziffern 1–4: "c." stands in the text of paragraph 2')), reasons.join('\n'));
    // must not: a letter that stands nowhere in the paragraph is reported
    const missing = CH_LBV_LETTER_AFTER_NOTE_MARK.replace('nach Absatz 2 Buchstabe c Ziffern 1–4', 'nach Absatz 2 Buchstabe d Ziffern 1–4');
    assert.notStrictEqual(missing, CH_LBV_LETTER_AFTER_NOTE_MARK);
    assert.ok(read(missing).broken.some((message) => message.startsWith('"Absatz 2 Buchstabe d Ziffern 1–4"')), read(missing).broken.join('\n'));
  });
});
