// French codes as Légifrance gives them (legalize-fr), read from a sample of 40 drawn at random: enumerations of citations that
// name their code once, after the last ("… ou de l'article 494-10 du code civil"), an article's alineas in brackets after it in a
// list, another code's articles reproduced in quotation marks, "dudit code" and "de ce code" after another code, a code whose
// every article is lettered citing "l'article 131-38", an article whose "I" the copy lost, parts written "II. −" (a minus
// sign), and "au 3° du I" of the article cited earlier in the sentence. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { uriOf } from '../helpers/workspace';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { findPassages } from '../../server/src/engine/quotedPassages';
import {
  FR_CPC_ARTICLE_397, FR_CPC_CIVIL_CODE_LIST, FR_INSURANCE_BRACKETED_ALINEAS, FR_INSURANCE_REPRODUCED_ARTICLES, FR_INSURANCE_SAME_CODE_AFTER_SAID,
  FR_IP_CODE_UNLETTERED_ARTICLES, FR_IP_CODE_FIRST_PART_UNLABELLED, FR_DEFENCE_MINUS_SIGN_PARTS, FR_IMMIGRATION_THIS_CODE_AFTER_LABOUR_CODE,
  FR_ENERGY_PARTS_OF_ARTICLE_CITED_BEFORE, FR_CIVIL_CODE_HOLES, FR_PRISON_CODE_REPLACED_REFERENCES, FR_IMMIGRATION_WORDS_REPLACED,
  FR_JUDICIAL_ORGANISATION_READ_AS, FR_INSURANCE_COLUMNS_LISTED, FR_INSURANCE_SECTION_HEADING_LEFT_OUT, FR_RESEARCH_CODE_HEALTH_CODE_ARTICLES,
  FR_PRISON_CODE_ITEM_IN_PART,
} from './legifranceEnumerationsText';

// legalize-fr's front matter: a title, no type and no language
const code = (title: string) => oneDocument('code.md', `---\ntitle: "${title}"\nidentifier: "LEGITEXT000000000001"\ncountry: "fr"\nrank: "code"\n---\n# ${title}\n\n`);
const civilProcedure = code('Code de procédure civile');
const civil = code('Code civil');
const research = code('Code de la recherche');
const prisons = code('Code pénitentiaire');
const judicial = code("Code de l'organisation judiciaire");
const terms = (doc: ReturnType<typeof code>, text: string) => doc.read(text).model.definitions.map((definition) => definition.term);
const insurance = code('Code des assurances');
const intellectualProperty = code('Code de la propriété intellectuelle');
const defence = code('Code de la défense');
const immigration = code("Code de l'entrée et du séjour des étrangers et du droit d'asile");
const energy = code("Code de l'énergie");
/** Broken references but those to articles an excerpt does not hold (each excerpt is a few articles of a whole code). */
const brokenWithin = (doc: ReturnType<typeof code>, text: string) => doc.broken(text).filter((message) => !/: this document has no article /.test(message));
const read = (text: string) => parseReferences(text, { language: 'fr', offset: 0 });
const paths = (text: string) => read(text).map((r) => r.targets.map((t) => t.path.map((s) => `${s.kind} ${s.number}`).join('/')).join(', '));

describe('engine: French codes, enumerations and parts as Légifrance gives them', () => {
  it('"des articles 217 et 219, du deuxième alinéa de l\'article 397, … ou de l\'article 494-10 du code civil": every item is the civil code\'s', () => {
    const text = FR_CPC_ARTICLE_397 + FR_CPC_CIVIL_CODE_LIST;
    // before: "deuxième alinéa de l'article 397" was read in this code, whose article 397 has one paragraph (an error)
    assert.deepStrictEqual(brokenWithin(civilProcedure, text), []);
    for (const cited of ['articles 217 et 219', "deuxième alinéa de l'article 397", "article 417", "article 483"]) {
      const found = civilProcedure.citation(text, cited);
      assert.ok(found.targets.every((target) => target.status === 'external'), `${cited}: ${JSON.stringify(found.targets)}`);
    }
    const list = FR_CPC_CIVIL_CODE_LIST.slice(FR_CPC_CIVIL_CODE_LIST.indexOf('des articles 217'), FR_CPC_CIVIL_CODE_LIST.indexOf('du code civil,'));
    assert.ok(read(list + 'du code civil').every((r) => r.anchor.kind === 'instrument' && r.anchor.name === 'code civil'));
    // must not: two items ("de l'article 5 et de l'article 7 de la loi") may cite this code's article 5; a code's lettered number
    // ("L. 121-1") and a law's plain one are no items of one instrument
    const pair = read("en application de l'article 5 et de l'article 7 de la loi n° 78-17 du 6 janvier 1978");
    assert.deepStrictEqual(pair.map((r) => r.anchor.kind), ['none', 'instrument']);
    const mixed = read("prévues à l'article L. 121-1, à l'article L. 121-3 et à l'article 5 de la loi n° 2004-575 du 21 juin 2004");
    assert.deepStrictEqual(mixed.map((r) => r.anchor.kind), ['none', 'none', 'instrument']);
  });

  it('"de l\'article 469, du 4° de l\'article 483": two citations, no article inside an item', () => {
    // (a bare number after "du" is not read: "du 4°" is left out, and the citation is of article 483 whole)
    assert.deepStrictEqual(paths("des deuxième et troisième alinéas de l'article 469, du 4° de l'article 483, de l'article 484"),
      ['article 469/alinea 2, article 469/alinea 3', 'article 483', 'article 484']);
    // must not: an alinea inside an item, and an item inside a part, are still read so
    assert.deepStrictEqual(paths("le deuxième alinéa du 3° de l'article L. 123-4"), ['article L123-4/unspecified 3/alinea 2']);
    assert.deepStrictEqual(paths("aux 1° et 2° du I de l'article 6"), ['article 6/unspecified I/unspecified 1, article 6/unspecified I/unspecified 2']);
  });

  it('"L. 175-14 (premier, deuxième, quatrième et cinquième alinéas), L. 175-15": the alineas are that article\'s, and the list goes on', () => {
    // before: the alineas were read as article L171-2's own (it has one paragraph: six errors), and L. 175-15 … L. 176-4 not at all
    assert.deepStrictEqual(brokenWithin(insurance, FR_INSURANCE_BRACKETED_ALINEAS), []);
    const list = read(FR_INSURANCE_BRACKETED_ALINEAS).find((r) => r.text.startsWith('articles L. 171-3'))!;
    const targets = list.targets.map((t) => t.path.map((s) => s.number).join('/'));
    for (const expected of ['L175-14/1', 'L175-14/5', 'L175-15', 'L175-16/3', 'L175-19', 'L175-22/1', 'L176-3']) assert.ok(targets.includes(expected), `${expected} in ${targets.join(' ')}`);
    // must not: a grouping's bracket says which units it holds ("Part II (ss.4-13)", the corpus's Kenyan Act), no path into it
    assert.deepStrictEqual(parseReferences('NOT included: Part II (ss.4-13), ss.18 onward', { language: 'en', offset: 0 }).map((r) => r.text).slice(0, 2), ['Part II', 'ss.4-13']);
  });

  it('"… ci-après reproduites :" then the consumer code\'s articles in quotation marks, each closed at its end: another code\'s text', () => {
    // before: "La présente sous-section" there stood outside any sub-section of this code (three errors)
    assert.deepStrictEqual(insurance.problems(FR_INSURANCE_REPRODUCED_ARTICLES, 'reference-outside-unit'), []);
    const passages = findPassages(FR_INSURANCE_REPRODUCED_ARTICLES);
    const at = FR_INSURANCE_REPRODUCED_ARTICLES.indexOf('les dispositions de la présente sous-section ne');
    assert.ok(passages.some((span) => span.start < at && at < span.end), 'the second article set out is in the passage');
    // must not: a paragraph that opens with a quoted term closes it inside (a definition), and is no part of the passage
    const text = 'Les articles sont ainsi rédigés :\n\n"Art. 1. - Le texte est clos."\n\n"Abonné" désigne toute personne ; "Accès" désigne le service.\n';
    const found = findPassages(text);
    assert.strictEqual(found.length, 1);
    assert.ok(found[0].end <= text.indexOf('"Abonné"'), JSON.stringify(found));
  });

  it('"du code monétaire et financier, … dudit code, … au 4° de l\'article L. 321-1 du même code": the monetary code\'s', () => {
    const text = '##### Article L321-1\n\nLe texte.\n\n##### Article L380-1\n\n' + FR_INSURANCE_SAME_CODE_AFTER_SAID;
    // before: "dudit code" was read as "dit code" (this code), so "du même code" was this code: four errors
    assert.deepStrictEqual(brokenWithin(insurance, text), []);
    const same = insurance.citation(text, "article L. 532-9 du même code");
    assert.ok(same.targets.every((target) => target.status === 'external' && /monétaire/.test(target.reason ?? '')), JSON.stringify(same.targets));
    // (the code is named more than 600 characters before: not read so far back, said, and not reported)
    assert.strictEqual(insurance.citation(text, "4° de l'article L. 321-1 du même code").targets[0].status, 'external');
  });

  it('"l\'article 131-38" in a code whose every article is lettered ("L218-1" … "L335-8"): another instrument\'s, a note', () => {
    assert.deepStrictEqual(brokenWithin(intellectualProperty, FR_IP_CODE_UNLETTERED_ARTICLES), []);
    const penal = intellectualProperty.citation(FR_IP_CODE_UNLETTERED_ARTICLES, 'article 131-38');
    assert.match(penal.targets[0].reason ?? '', /carries its part's letter/);
    // must not: a lettered article the code lacks is reported; in a code of plain numbers, a plain number is the code's
    assert.strictEqual(intellectualProperty.broken(`${FR_IP_CODE_UNLETTERED_ARTICLES}\nLes dispositions de l'article L. 218-9 sont applicables.\n`).filter((message) => message.includes('L218-9')).length, 1);
    assert.strictEqual(civilProcedure.citation(`${FR_CPC_ARTICLE_397}\nLes dispositions de l'article 397 sont applicables.\n`, 'article 397').targets[0].unitId, 'art_397');
  });

  it('"au I et au II" in an article whose copy shows "II.-" and "III.-" after unlabelled words: its "I" was lost', () => {
    // before: "article r212-8 has no (I): it has 2 paragraphs (II.-–III.-)"
    assert.deepStrictEqual(brokenWithin(intellectualProperty, FR_IP_CODE_FIRST_PART_UNLABELLED), []);
    const first = intellectualProperty.citation(FR_IP_CODE_FIRST_PART_UNLABELLED, 'I et au II');
    assert.match(first.targets[0].reason ?? '', /opening words .* have no label/);
    assert.strictEqual(first.targets[1].status, 'resolved');
    // must not: a part past the last is reported
    assert.strictEqual(intellectualProperty.broken(`${FR_IP_CODE_FIRST_PART_UNLABELLED}\nLes conditions prévues au IV du présent article s'appliquent.\n`).length, 1);
  });

  it('"I. −", "II. −" (a minus sign) are an article\'s parts; "au II" is found', () => {
    assert.deepStrictEqual(brokenWithin(defence, FR_DEFENCE_MINUS_SIGN_PARTS), []);
    const ids = defence.unitIds(FR_DEFENCE_MINUS_SIGN_PARTS);
    assert.ok(['art_r413-5-1__para_I', 'art_r413-5-1__para_II', 'art_r413-5-1__para_VII'].every((id) => ids.includes(id)), ids.join(' '));
    assert.strictEqual(defence.citation(FR_DEFENCE_MINUS_SIGN_PARTS, 'II').targets[0].unitId, 'art_r413-5-1__para_II');
  });

  it('"à l\'article L. 8112-1 du code du travail … à l\'article L. 8113-7 de ce code": the labour code\'s', () => {
    assert.deepStrictEqual(brokenWithin(immigration, FR_IMMIGRATION_THIS_CODE_AFTER_LABOUR_CODE), []);
    const labour = immigration.citation(FR_IMMIGRATION_THIS_CODE_AFTER_LABOUR_CODE, 'article L. 8113-7 de ce code');
    assert.match(labour.targets[0].reason ?? '', /code du travail/);
    // must not: "de ce code" with no other code named before it is this code
    const own = immigration.citation("##### Article R8113-7\n\nTexte.\n\n##### Article R142-17\n\nLes agents mentionnés à l'article R. 8113-7 de ce code sont habilités.\n", 'article R. 8113-7 de ce code');
    assert.strictEqual(own.targets[0].unitId, 'art_r8113-7');
  });

  it('"définies à l\'article D. 111-53 … celles mentionnées au 3° du I et au 6° du II": parts of that article, not of the one citing them', () => {
    // before: "paragraph I has no (3)", "paragraph II has no (6)" in article D111-55
    assert.deepStrictEqual(brokenWithin(energy, FR_ENERGY_PARTS_OF_ARTICLE_CITED_BEFORE), []);
    const parts = energy.citation(FR_ENERGY_PARTS_OF_ARTICLE_CITED_BEFORE, '3° du I');
    assert.match(parts.targets[0].reason ?? '', /article D111-53/i);
    // must not: parts that no article cited before has are reported
    const text = FR_ENERGY_PARTS_OF_ARTICLE_CITED_BEFORE.replace('au 3° du I et au 6° du II', 'au 9° du I');
    assert.strictEqual(energy.broken(text).length, 1);
  });

  it('"aux articles 149, 150, 158 et 159 du présent code" in the civil code as consolidated, whose numbers have many holes: 158 was repealed, a note', () => {
    // before: "this document has no article 158" (an error)
    assert.deepStrictEqual(civil.broken(FR_CIVIL_CODE_HOLES), []);
    const list = civil.citation(FR_CIVIL_CODE_HOLES, 'articles 149, 150, 158 et 159 du présent code');
    assert.deepStrictEqual(list.targets.map((target) => target.status), ['resolved', 'resolved', 'external', 'resolved']);
    assert.match(list.targets[2].reason ?? '', /holds 23 of the 36 article numbers from 129 to 164: a consolidated text leaves out the articles repealed/);
    // must not: in a run with a few holes only (articles 143 to 164, three numbers missing) the missing article is reported
    const fewHoles = FR_CIVIL_CODE_HOLES.slice(FR_CIVIL_CODE_HOLES.indexOf('##### Article 143'));
    assert.strictEqual(civil.broken(fewHoles).filter((message) => message.includes('article 158')).length, 1);
  });

  it('words replaced, not defined: "… les références énumérées ci-après sont remplacées comme suit :", "a) les mots : …", "Il y a lieu de lire :"', () => {
    // before: "L'opérateur France Travail" read as defined by a definitions list ("Pour l'application du présent code …"), "les mots"
    // and "Il y a lieu de lire" as terms before a colon, each given twice: errors
    for (const [doc, text] of [[prisons, FR_PRISON_CODE_REPLACED_REFERENCES + FR_PRISON_CODE_REPLACED_REFERENCES.replace('Article R751-2', 'Article R761-2')], [immigration, FR_IMMIGRATION_WORDS_REPLACED + FR_IMMIGRATION_WORDS_REPLACED], [judicial, FR_JUDICIAL_ORGANISATION_READ_AS]] as const) {
      assert.deepStrictEqual(terms(doc, text), []);
      assert.deepStrictEqual(doc.problems(text, 'duplicate-definition'), []);
    }
    // must not: "Pour l'application du présent titre, on entend par :" and its entries define, replacing nothing
    const definitions = "##### Article R1\n\nPour l'application du présent titre, on entend par :\n\n1° \" Opérateur \", toute personne qui exploite un réseau ;\n";
    assert.deepStrictEqual(terms(prisons, definitions), ['Opérateur']);
  });

  it('"- frais de soins : …" twice in one list of an order\'s columns: labels of cases, not a term defined twice', () => {
    assert.deepStrictEqual(insurance.problems(FR_INSURANCE_COLUMNS_LISTED, 'duplicate-definition'), []);
    // must not: a term quoted and defined twice in one provision's two paragraphs is still reported
    const twice = '##### Article A1\n\nLe terme « assuré » désigne le souscripteur.\n\nLe terme « assuré » désigne le bénéficiaire.\n';
    assert.strictEqual(insurance.problems(twice, 'duplicate-definition').length, 1);
  });

  it('"la présente section" in a chapter whose copy shows no Section heading, where the code\'s other chapters show theirs: not reported', () => {
    // before: "this section" stands outside any section (an error)
    assert.deepStrictEqual(insurance.problems(FR_INSURANCE_SECTION_HEADING_LEFT_OUT, 'reference-outside-unit'), []);
    const { workspace } = insurance.read(FR_INSURANCE_SECTION_HEADING_LEFT_OUT);
    const reasons = workspace.resolved(uriOf('code.md')).filter((r) => r.reference.text === 'présente section').map((r) => r.targets[0]?.reason ?? r.status);
    assert.ok(reasons.some((reason) => /leaves out this one's heading/.test(reason)), reasons.join('\n'));
    // must not: in a text with no Section heading at all, "la présente section" outside any is reported
    const noSections = FR_INSURANCE_SECTION_HEADING_LEFT_OUT.slice(FR_INSURANCE_SECTION_HEADING_LEFT_OUT.indexOf('#### Titre II'));
    assert.strictEqual(insurance.problems(noSections, 'reference-outside-unit').length, 1);
  });

  it('"les articles L. 1232-1 à L. 1232-3" in a code whose articles open with three figures ("L222-1"): another code\'s, a note', () => {
    // before: "this document has no article L1232-1" and six more errors
    // (the excerpt's own articles cited and not in it are still reported: a few articles of a whole code)
    assert.deepStrictEqual(research.broken(FR_RESEARCH_CODE_HEALTH_CODE_ARTICLES).filter((message) => /L12\d\d-|L13\d\d-/.test(message)), []);
    const health = research.citation(FR_RESEARCH_CODE_HEALTH_CODE_ARTICLES, 'articles L. 1232-1 à L. 1232-3');
    assert.match(health.targets[0].reason ?? '', /open with 3 figures before the hyphen \("L114-4"\), article L1232-1 with 4/);
    // must not: an article numbered as the code numbers its own is the code's
    const own = research.citation(`${FR_RESEARCH_CODE_HEALTH_CODE_ARTICLES}\nLes dispositions de l'article L. 221-2 sont applicables.\n`, 'article L. 221-2');
    assert.deepStrictEqual(own.targets.map((target) => target.unitId), ['art_l221-2']);
  });

  it('"au 3° de l\'article R. 412-33" whose items 1° to 5° stand under its part "I. −": that item, in the one part that holds it', () => {
    // before the minus sign opened parts, the items were the article's own; read under "I. −", "3°" was reported missing
    const item = prisons.citation(FR_PRISON_CODE_ITEM_IN_PART, "3° de l'article R. 412-33");
    assert.deepStrictEqual(item.targets.map((target) => target.unitId), ['art_r412-33__para_I__item_3']);
    // must not: an item that no part holds (6°) is reported
    const missing = FR_PRISON_CODE_ITEM_IN_PART.replace("au 3° de l'article R. 412-33", "au 6° de l'article R. 412-33");
    assert.notStrictEqual(missing, FR_PRISON_CODE_ITEM_IN_PART);
    assert.strictEqual(prisons.broken(missing).filter((message) => message.includes("6° de l'article R. 412-33")).length, 1);
  });
});
