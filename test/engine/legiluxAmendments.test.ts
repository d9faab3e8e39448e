// Luxembourg's laws as Legilux publishes them and legalize-lu converts them: an amended law named in a link ("de la [loi
// précitée](/eli/…)"), a paragraph of an article made a heading at the article's level, the new wording an amendment sets out
// unquoted after "est remplacé par la disposition suivante:" or quoted right after "est modifié comme suit:", a point cited
// "sous c)", a lettered list whose letters the converter lost or turned into numbers, and ministers signing by their office. Each
// rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import {
  LU_1979_ARTICLE_3, LU_1981_ARTICLES_6_7, LU_1981_ARTICLE_13, LU_1988_ARTICLE_19, LU_1988_N3_ARTICLES, LU_1999_ARTICLE_1, LU_2014_ARTICLE_24,
  LU_2014_DEFINITIONS, LU_2014_SIGNATURES, LU_2019_ARTICLE_5,
} from './legiluxAmendmentsText';

const law = (title: string) => oneDocument('lu.md', `---\nid: lu\ntitle: "${title}"\ntype: law\nlanguage: fr\n---\n\n# ${title}\n\n`);
const patient = law('Loi du 24 juillet 2014 relative aux droits et obligations du patient');
const articles = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `#### Art. ${from + k}.\n\nTexte de l'article ${from + k}.\n`).join('\n');

describe('engine: Luxembourg\'s laws as legalize-lu converts them', () => {
  it('"de la [loi précitée](/eli/…)", new wording after "est remplacé par la disposition suivante:", paragraphs made headings: article 24 of the 2014 law', () => {
    // before: "article 36 de la [loi", "articles 40, 41, 43, 44 et 46 de la [loi" read as this law's (7 errors), "présent article" in
    // the new article 36 reported outside any article (a paragraph made a heading had closed article 24), "article 36 de la présente
    // loi" in the new article 39 (the amended law's words for itself) reported as this law's
    const text = `${articles(1, 1)}\n${LU_2014_DEFINITIONS}\n${articles(3, 23)}\n${LU_2014_ARTICLE_24}\n${articles(25, 28)}`;
    assert.deepStrictEqual(patient.broken(text), []);
    assert.deepStrictEqual(patient.problems(text, 'reference-outside-unit'), []);
    // (the law named before it, when the text shortly before shows one, is not in the workspace; otherwise it cannot be checked)
    assert.ok(patient.citation(text, 'articles 40, 41, 43, 44 et 46 de la [loi').targets.every((target) => target.status === 'external' &&
      /^"loi .+ is not a document in the workspace$|names the loi named before it/.test(target.reason ?? '')));
    const ids = patient.unitIds(text);
    assert.ok(ids.includes('art_24__para_11') && !ids.some((id) => /^chp_4__para/.test(id)), ids.join());
    // must not: a heading of a few words, a title, still stands as one ("#### Dispositions finales" closes article 24)
    const titled = text.replace('#### Sans préjudice des dispositions', '#### Dispositions finales\n\nSans préjudice des dispositions');
    assert.ok(patient.unitIds(titled).some((id) => /^chp_4__/.test(id)), patient.unitIds(titled).join());
    // must not: "la présente loi" outside new wording is this law, its missing article reported
    assert.deepStrictEqual(patient.broken(`${text}\nL'article 36 de la présente loi s'applique.\n`), ['"article 36 de la présente loi": this document has no article 36 (it has articles 1–28).']);
  });

  it('"de la loi précitée": the law named before, never this one; "la présente loi" stays this one', () => {
    const amending = law('Loi du 1er mars 1979 portant modification de la loi du 30 juillet 1960 concernant la création d\'un fonds national de solidarité');
    const text = `#### Art. 1er.\n\nLa loi du 30 juillet 1960 concernant la création d'un fonds national de solidarité est modifiée.\n\n#### Art. 2.\n\nTexte.\n\n${LU_1979_ARTICLE_3}`;
    // before: "paragraphe (1) de l'article 22 de la loi" was this law's article 22 (an error)
    assert.deepStrictEqual(amending.broken(text), []);
    assert.strictEqual(amending.citation(text, "paragraphe (1) de l'article 22 de la loi").status, 'external');
    assert.deepStrictEqual(amending.broken(text.replace('la loi précitée', 'la présente loi')), ['"paragraphe (1) de l\'article 22 de la présente loi": this document has no article 22 (it has articles 1–4).']);
  });

  it('"à l´article 134, sous c) de la convention sur la délivrance de brevets européens": the convention\'s article and its point', () => {
    const access = law('Loi du 28 décembre 1988 réglementant l\'accès aux professions d\'artisan, de commerçant, d\'industriel ainsi qu\'à certaines professions libérales');
    // before: "article 134" alone, this law's (an error)
    assert.deepStrictEqual(access.broken(LU_1988_ARTICLE_19), []);
    const cited = access.citation(LU_1988_ARTICLE_19, 'article 134, sous c) de la convention', true);
    assert.strictEqual(cited.status, 'external');
    assert.deepStrictEqual(cited.reference.targets[0].path.map((step) => `${step.kind} ${step.number}`), ['article 134', 'point c']);
    // must not: "sous" as the preposition it mostly is ("sous réserve", "sous peine")
    assert.deepStrictEqual(access.broken('#### Art. 1er.\n\nSous réserve de l\'article 2 sous peine de nullité.\n\n#### Art. 2.\n\nTexte.\n'), []);
    assert.deepStrictEqual(access.read('#### Art. 1er.\n\nVu l\'article 1er, sous réserve de son alinéa 2.\n').model.references.map((ref) => ref.targets.map((target) => target.path.map((step) => step.kind).join('/')).join()), ['article', 'alinea']);
  });

  it('"l\'article 6 sous b) et d)" where article 6\'s lettered list lost its letters, "l\'article 49, paragraphe 2 sous a) de la loi …"', () => {
    const vat = law('Règlement grand-ducal du 28 octobre 1981 concernant les franchises et exonérations de la taxe sur la valeur ajoutée accordées aux missions diplomatiques');
    const text = `${articles(1, 5)}\n${LU_1981_ARTICLES_6_7}\n${articles(8, 12)}\n${LU_1981_ARTICLE_13}\n${articles(14, 18)}`;
    // before: "article 49, paragraphe 2" was this regulation's (an error); with "sous" read, "article 6 sous b) et d)" asked for
    // points article 6 shows as lines with no letter
    assert.deepStrictEqual(vat.broken(text), []);
    assert.match(vat.citation(text, 'article 6 sous b) et d)').targets[0].reason ?? '', /letters none of its parts in this copy/);
    assert.strictEqual(vat.citation(text, 'article 49, paragraphe 2 sous a) de la loi du 12 février 1979', true).status, 'external');
    // must not: an article whose points are lettered still reports the letter it lacks
    const lettered = text.replace(/\n {20,}les livraisons de biens d'alimentation/, '\n\na) les livraisons de biens d\'alimentation').replace(/\n {20,}les livraisons consistant/, '\n\nb) les livraisons consistant');
    assert.notStrictEqual(lettered, text);
    assert.ok(vat.broken(lettered).some((message) => /point \(d\)/.test(message)), vat.broken(lettered).join('\n'));
  });

  it('"Le [règlement grand-ducal du 4 novembre 1994](/eli/…) concernant … est modifié comme suit:" and "… modifié comme suit:«… du présent règlement …»"', () => {
    const regulation = law('Règlement grand-ducal du 8 juin 1999 portant modification et première adaptation au progrès technique du règlement grand-ducal du 4 novembre 1994');
    const text = `${LU_1999_ARTICLE_1}\n### Art. 2.\n\nNotre ministre est chargé de l'exécution du présent règlement.\n`;
    // before: every article the items cite (3, 4, 5 to 16, 7, 11, 14, 17, 18, 19) was read as this regulation's: 13 errors
    assert.deepStrictEqual(regulation.broken(text), []);
    assert.match(regulation.citation(text, 'article 14 du présent règlement').targets[0].reason ?? '', /quot/);
    // must not: words quoted after a colon that amends nothing are this regulation's
    assert.deepStrictEqual(regulation.broken('### Art. 1er.\n\nLe ministre déclare:«Le dossier visé à l\'article 14 du présent règlement est tenu.» Il est publié.\n\n### Art. 2.\n\nTexte.\n'),
      ['"article 14 du présent règlement": this document has no article 14 (it has articles 1–2).']);
  });

  it('"L´article 41, alinéa 2 du code des assurances sociales est conçu comme suit:" then its new wording citing "l´article 38"', () => {
    const social = law('Loi du 28 décembre 1988 ayant pour objet de modifier les articles 38, 41 et 54 du code des assurances sociales');
    // before: "article 38" in the new wording of article 41 (the code's) was this law's (2 errors)
    assert.deepStrictEqual(social.broken(LU_1988_N3_ARTICLES), []);
    // must not: "la demande est complétée par les documents suivants :" introduces no wording of another text
    const own = '#### Art. 1er.\n\nb) A la réception des travaux, la demande est complétée par les documents suivants :\n\n13° les attestations visées à l\'article 9 ;\n\n#### Art. 2.\n\nTexte.\n';
    assert.deepStrictEqual(social.broken(own), ['"article 9": this document has no article 9 (it has articles 1–2).']);
  });

  it('"conformément au point c)" under a paragraph whose lettered list the converter numbered "1." to "4."', () => {
    const ships = law('Règlement grand-ducal du 16 mai 2019 relatif aux règles et normes de sécurité applicables aux navires à passagers');
    // before: "article 5 has no point (c)" (an error)
    assert.deepStrictEqual(ships.broken(`${LU_2019_ARTICLE_5}\n### Art. 6.\n\nTexte.\n`), []);
    assert.match(ships.citation(LU_2019_ARTICLE_5, 'point c)').targets[0].reason ?? '', /numbers its list's items 1\.–4\./);
    // must not: a letter past the numbered items' count ("point f)" of four) is still reported
    assert.ok(ships.broken(LU_2019_ARTICLE_5.replace('conformément au point c)', 'conformément au point f)')).some((message) => /point \(f\)/.test(message)));
  });

  it('"La Ministre de la Santé," signing a law that defines «ministre»: an office\'s name, no variant of the term', () => {
    const text = `${LU_2014_DEFINITIONS}\n#### Art. 3.\n\nLe ministre veille à l'application de la présente loi.\n\n${LU_2014_SIGNATURES}`;
    // before: a warning "“Ministre” is the defined term “ministre” with other capitals (3 occurrences)"
    assert.deepStrictEqual(patient.problems(text, 'inconsistent-variant'), []);
    // must not: the term capitalised mid-sentence with no name after it is still reported
    assert.strictEqual(patient.problems(text.replace('Le ministre veille', 'Sur proposition du Ministre, il veille'), 'inconsistent-variant').length, 1);
  });
});
