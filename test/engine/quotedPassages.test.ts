// Text of another instrument quoted in this one (quotedPassages.ts): its citations are that
// instrument's units, not this document's. Verbatim: the Code monétaire et financier's article
// L313-6, which reproduces two articles of the Code de la consommation (etalab/codes-juridiques-
// francais, commit 2afcea3fd5, file code-monetaire-et-financier/partie-legislative/livre-iii/titre-ier/
// chapitre-iii/section-1/sous-section-3/article-l313-6.md), and the Bénin Code du numérique's
// article 586, which inserts an article into the code de procédure pénale (../shared/sources).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { findPassages } from '../../server/src/engine/quotedPassages';
import { confirmedRatio, describeMeasure } from '../helpers/linearTime';
import { SOURCES_DIR } from '../helpers/workspace';

const CMF_L313_6 = "# Article L313-6\n\nLes règles relatives au fichier des incidents de paiement caractérisés sont fixées par les articles L. 333-4 et L. 333-5 du code de la consommation, ci-après reproduits :\n\n\" Art. L. 333-4-I.-Il est institué un fichier national recensant les informations sur les incidents de paiement caractérisés liés aux crédits accordés aux personnes physiques pour des besoins non professionnels. Ce fichier est géré par la Banque de France, laquelle est seule habilitée à centraliser ces informations. Il est soumis à la\nloi n° 78-17 du 6 janvier 1978\nrelative à l'informatique, aux fichiers et aux libertés.\n\nCe fichier a pour finalité de fournir aux établissements de crédit mentionnés au titre Ier du livre V du code monétaire et financier, aux établissements de monnaie électronique et aux établissements de paiement mentionnés au titre II du même livre V et aux organismes mentionnés au 5 de l'article L. 511-6 du même code un élément d'appréciation de la solvabilité des personnes qui sollicitent un crédit. Toutefois, l'inscription d'une personne physique au sein du fichier n'emporte pas interdiction de délivrer un crédit.\n\nLe fichier peut fournir un élément d'appréciation à l'usage des établissements de crédit, des établissements de monnaie électronique et des établissements de paiement dans leurs décisions d'attribution des moyens de paiement.\n\nLes informations qu'il contient peuvent également être prises en compte par les mêmes établissements et organismes mentionnés au deuxième alinéa pour la gestion des risques liés aux crédits souscrits par leurs clients.\n\nII.-Les établissements et les organismes visés au deuxième alinéa du I sont tenus de déclarer à la Banque de France, dans des conditions précisées par arrêté, les incidents de paiement caractérisés définis par l'arrêté mentionné à l'article L. 333-5. Dès la réception de cette déclaration, la Banque de France inscrit immédiatement les incidents de paiement caractérisés au fichier et, dans le même temps, met cette information à la disposition de l'ensemble des établissements et des organismes ayant accès au fichier. Les frais afférents à cette déclaration ne peuvent être facturés aux personnes physiques concernées.\n\nLes informations relatives à ces incidents sont radiées immédiatement à la réception de la déclaration de paiement intégral des sommes dues effectuée par l'établissement ou organisme à l'origine de l'inscription au fichier. Elles ne peuvent en tout état de cause être conservées dans le fichier pendant plus de cinq ans à compter de la date d'enregistrement par la Banque de France de l'incident ayant entraîné la déclaration.\n\nIII.-Dès que la commission instituée à l'article L. 331-1 est saisie par un débiteur, elle en informe la Banque de France aux fins d'inscription au fichier. La même obligation pèse sur le greffe du juge du tribunal d'instance lorsque, sur recours de l'intéressé en application du IV de l'article L. 331-3, la situation visée à l'article L. 331-2 est reconnue par ce juge ou lorsque le débiteur a bénéficié de l'effacement des dettes résultant de la procédure de rétablissement personnel en application des articles L. 332-9 , L. 332-5, L. 332-5-1 ou L. 332-5-2.\n\nLe fichier recense les mesures du plan conventionnel de redressement mentionnées à l'article L. 331-6. Ces mesures sont communiquées à la Banque de France par la commission.L'inscription est conservée pendant toute la durée de l'exécution du plan conventionnel, sans pouvoir excéder huit ans.\n\nLe fichier recense également les mesures prises en vertu des articles L. 331-7, L. 331-7-1 et L. 331-7-2 qui sont communiquées à la Banque de France par la commission ou le greffe du juge du tribunal d'instance lorsqu'elles sont soumises à son homologation.L'inscription est conservée pendant toute la durée d'exécution de ces mesures, sans pouvoir excéder sept ans.\n\nLorsque les mesures du plan conventionnel mentionnées à l'article L. 331-6 et celles prises en application des articles L. 331-7, L. 331-7-1 et L. 331-7-2 sont exécutées sans incident, les informations relatives aux mentions qui ont entraîné leur déclaration sont radiées à l'expiration d'une période de cinq ans à compter de la signature du plan conventionnel ou de la date de la décision de la commission qui impose des mesures ou lorsque les mesures recommandées par la commission ont acquis force exécutoire. Lorsque, pour une même personne, sont prescrits successivement, dans le cadre d'une révision ou d'un renouvellement du plan ou des mesures, un plan conventionnel mentionné à l'article L. 331-6 et des mesures prises en application des articles L. 331-7, L. 331-7-1 et L. 331-7-2, l'inscription est maintenue pendant la durée globale d'exécution du plan et des mesures sans pouvoir excéder sept ans.\n\nPour les personnes ayant bénéficié de la procédure de rétablissement personnel, les informations relatives aux mentions correspondantes sont radiées à l'expiration d'une période de cinq ans à compter de la date d'homologation ou de clôture de la procédure. La même durée de cinq ans est applicable aux personnes physiques ayant fait l'objet d'une liquidation judiciaire en application de l'\narticle L. 670-6 du code de commerce\n.\n\nIV.-La Banque de France est déliée du secret professionnel pour la diffusion, aux établissements et aux organismes visés au deuxième alinéa du I, des informations nominatives contenues dans le fichier.\n\nLes conditions dans lesquelles la Banque de France, les établissements et les organismes visés au deuxième alinéa du I informent les personnes de leur inscription et de leur radiation du fichier ainsi que de leurs droits sont précisées par arrêté, pris après avis de la Commission nationale de l'informatique et des libertés.\n\nIl est interdit à la Banque de France, aux établissements et aux organismes visés au deuxième alinéa du I de remettre à quiconque copie des informations contenues dans le fichier, sous peine des sanctions prévues aux articles 226-21 et 226-22 du code pénal. Cette interdiction ne s'applique pas aux intéressés, lesquels exercent leur droit d'accès aux informations les concernant contenues dans le fichier conformément à l'\narticle 39 de la loi n° 78-17 du 6 janvier 1978 précitée\n.\n\nLa collecte des informations contenues dans le fichier par des personnes autres que la Banque de France, les établissements et les organismes visés au deuxième alinéa du I du présent article est punie des peines prévues à l'article 226-18 du code pénal.\n\nArt.L. 333-5.-Un arrêté du ministre, pris après avis de la Commission nationale de l'informatique et des libertés et du Comité consultatif du secteur financier, fixe notamment les modalités de collecte, d'enregistrement, de conservation et de consultation de ces informations.\n\nCet arrêté détermine également les modalités selon lesquelles les établissements et organismes mentionnés au deuxième alinéa du I de l'article L. 333-4 peuvent justifier qu'ils ont consulté le fichier, notamment en application de l'article L. 311-9. \"\n";

/** Law 689/1981 (Modifiche al sistema penale), article 101's words replacing articles 163, 175 and 237 of the penal code, verbatim. */
const LAW_689_1981_ART_101 = "Gli articoli 163, 175 e 237 del codice penale sono sostituiti dai seguenti: \"Art. 163. - (Sospensione condizionale della pena). - Nel pronunciare sentenza di condanna alla reclusione o all'arresto per un tempo non superiore a due anni, ovvero a pena pecuniaria che, sola o congiunta alla pena detentiva e ragguagliata a norma dell'articolo 135, sia equivalente ad una pena privativa della liberta' personale per un tempo non superiore, nel complesso, a due anni, il giudice puo' ordinare che l'esecuzione della pena rimanga sospesa per il termine di cinque anni se la condanna e' per delitto e di due anni se la condanna e' per contravvenzione. Se il reato e' stato commesso da un minore degli anni diciotto, la sospensione puo' essere ordinata quando si infligga una pena restrittiva della liberta' personale non superiore a tre anni, ovvero una pena pecuniaria che, sola o congiunta alla pena detentiva e ragguagliata a norma dell'articolo 135, sia equivalente ad una pena privativa della liberta' personale per un tempo non superiore, nel complesso, a tre anni. Se il reato e' stato commesso da persona di eta' superiore agli anni diciotto ma inferiore agli anni ventuno o da chi ha compiuto gli anni settanta, la sospensione puo' essere ordinata quando si infligga una pena restrittiva della liberta' personale non superiore a due anni e sei mesi ovvero una pena pecuniaria che, sola o congiunta alla pena detentiva e ragguagliata a norma dell'articolo 135, sia equivalente ad una pena privativa della liberta' personale per un tempo non superiore, nel complesso, a due anni e sei mesi\". \"Art. 175. - (Non menzione della condanna nel certificato del casellario giudiziale). - Se, con una prima condanna, e' inflitta una pena detentiva non superiore a due anni, ovvero una pena pecuniaria non superiore a un milione, il giudice, avuto riguardo alle circostanze indicate nell'articolo 133, puo' ordinare in sentenza che non sia fatta menzione della condanna nel certificato del casellario giudiziale, spedito a richiesta di privati, non per ragione di diritto elettorale. La non menzione della condanna puo' essere altresi' concessa quando e' inflitta congiuntamente una pena detentiva non superiore a due anni ed una pena pecuniaria che, ragguagliata a norma dell'articolo 135 e cumulata alla pena detentiva, priverebbe complessivamente il condannato della liberta' personale per un tempo non superiore a trenta mesi. Se il condannato commette successivamente un delitto, l'ordine di non fare menzione della condanna precedente e' revocato. Le disposizioni di questo articolo non si applicano quando alla condanna conseguono pene accessorie\". \"Art. 237. - (Cauzione di buona condotta). - La cauzione di buona condotta e' data mediante il deposito, presso la Cassa delle ammende, di una somma non inferiore a lire duecentomila, ne' superiore a lire quattro milioni. In luogo del deposito, e' ammessa la prestazione di una garanzia mediante ipoteca o anche mediante fideiussione solidale. La durata della misura di sicurezza non puo' essere inferiore a un anno, ne' superiore a cinque, e decorre dal giorno in cui la cauzione fu prestata\".";

const BENIN = path.join(SOURCES_DIR ?? '', 'bj-code-numerique-livre0-livre6-fr.md');

function quoted(text: string): string[] {
  return findPassages(text).map((span) => text.slice(span.start, span.end));
}

function errors(workspace: Workspace, uri: string): string[] {
  return checkDocument(workspace, uri).filter((d) => d.severity === 'error').map((d) => d.message);
}

describe('engine: text quoted from another instrument', () => {
  describe('finding the quoted passages', () => {
    it('CMF L313-6: the two articles reproduced after "ci-après reproduits :", over many paragraphs, are one passage', () => {
      const passages = quoted(CMF_L313_6);
      assert.equal(passages.length, 1);
      assert.ok(passages[0].startsWith('" Art. L. 333-4-I.-Il est institué'), passages[0].slice(0, 60));
      assert.ok(passages[0].endsWith("notamment en application de l'article L. 311-9. \""));
    });

    it('an amending sentence\'s inserted words after a dash, closed at the end of their paragraph', () => {
      const text = 'Section 6 of the principal Act is amended by inserting after subsection (2)—\n\n"(3) A person who contravenes subsection (4) commits an offence."\n\nNext paragraph.\n';
      assert.deepEqual(quoted(text), ['"(3) A person who contravenes subsection (4) commits an offence."']);
    });

    it('must not: a list of definitions whose terms are quoted after "In this Act—" or "on entend par :"', () => {
      assert.deepEqual(quoted('In this Act—\n\n"computer" means any device, as defined in section 5;\n\n"data" means any representation of facts.\n'), []);
      assert.deepEqual(quoted("Au sens du présent article, on entend par :\n\n« Autres FIA » : les fonds mentionnés à l'article L. 214-24 ;\n\n« FIA » : les fonds.\n"), []);
    });

    it('must not: a quote that never closes, or closes only after a heading', () => {
      assert.deepEqual(quoted('The following applies:\n\n"(3) A person who contravenes subsection (4)\n\n## Section 7\n\nText."\n'), []);
      assert.deepEqual(quoted('It reads:\n\n"(3) A person who contravenes subsection (4).\n'), []);
    });

    it('Law 689/1981, article 101: the articles a sentence replaces, quoted one after the other in its paragraph ("… sei mesi". "Art. 175. - …"), are one passage', () => {
      // verbatim, ondata/normattiva_2_md refs_081U0689_19811130.md line 529
      const text = `${LAW_689_1981_ART_101}\n\nNext paragraph.\n`;
      const passages = quoted(text);
      assert.equal(passages.length, 1, passages.map((p) => p.slice(0, 40)).join(' | '));
      for (const article of ['"Art. 163.', '"Art. 175.', '"Art. 237.']) assert.ok(passages[0].includes(article), article);
      assert.ok(passages[0].startsWith('"Art. 163. - (Sospensione condizionale della pena)'));
      // must not: quoted terms listed one after the other, which go on into the sentence
      assert.deepEqual(quoted('The following terms apply: "computer", "data", and "traffic" mean what section 5 says.\n'), []);
    });

    it('French amending words: only the words put in, closed at the end of the sentence', () => {
      const text = "Au premier alinéa, les mots : « de l'article 3 » sont remplacés par les mots : « de l'article 4 ».\n";
      assert.deepEqual(quoted(text), ["« de l'article 4 »"]);
    });

    it('linear time on openers that never close ("a:\\n\\"x" repeated, each line opening a quote)', () => {
      const measure = confirmedRatio(findPassages, (size) => 'a:\n"x '.repeat(size / 6), 2.5, { startSize: 1 << 14, maxSize: 1 << 21, minMs: 2, runs: 3 });
      assert.ok(measure.ratio <= 2.5, describeMeasure(measure));
    });
  });

  describe('citations in a quoted passage', () => {
    it('CMF L313-6: "deuxième alinéa du I", "I du présent article" of the reproduced article are no errors of L313-6; each says why', () => {
      const workspace = new Workspace();
      const uri = 'file:///workspace/code-monetaire-et-financier/partie-legislative/livre-iii/titre-ier/chapitre-iii/section-1/sous-section-3/article-l313-6.md';
      workspace.set(uri, CMF_L313_6);
      assert.deepEqual(errors(workspace, uri), []);
      const reasons = workspace.resolved(uri).filter((r) => r.reference.text.startsWith('deuxième alinéa du I')).map((r) => r.targets[0].reason ?? '');
      const quotedReasons = reasons.filter((reason) => /stands in text quoted from another instrument \("Art\. L\. 333-4-I/.test(reason));
      assert.ok(quotedReasons.length >= 4, reasons.join(' | '));
    });

    it('Bénin Code du numérique, article 586: "l\'article 102" in the article it inserts into the code de procédure pénale is no error', function () {
      if (!SOURCES_DIR) this.skip();
      const text = fs.readFileSync(BENIN, 'utf8');
      const workspace = new Workspace();
      workspace.set('file:///workspace/bj.md', text);
      const cited = workspace.resolved('file:///workspace/bj.md').filter((r) => r.reference.text === 'article 102');
      assert.ok(cited.length >= 2);
      for (const r of cited) assert.equal(r.status, 'external', JSON.stringify(r.targets));
    });

    it('must not: the same citation outside the quote is still reported', () => {
      const workspace = new Workspace();
      const uri = 'file:///workspace/law.md';
      workspace.set(uri, ['---', 'id: law', 'title: Test Act', 'type: law', 'language: en', '---', '', '## Section 1', '', 'Section 6 of the Computer Act is amended by inserting after subsection (2)—', '', '"(3) A person who contravenes section 9 commits an offence."', '', '## Section 2', '', 'A person who contravenes section 9 commits an offence.', ''].join('\n'));
      const cited = workspace.resolved(uri).filter((r) => r.reference.text === 'section 9').map((r) => r.status);
      assert.deepEqual(cited, ['external', 'unresolved']);
    });

    it('"Section 6 of the principal Act" is of the Act this one amends, not this Act\'s section 6', () => {
      const workspace = new Workspace();
      const uri = 'file:///workspace/law.md';
      workspace.set(uri, ['---', 'id: law', 'title: Test (Amendment) Act', 'type: law', 'language: en', '---', '', '## Section 1', '', 'Section 6 of the principal Act is amended by deleting subsection (2).', ''].join('\n'));
      assert.deepEqual(errors(workspace, uri), []);
      assert.match(workspace.resolved(uri).find((r) => r.reference.text === 'Section 6')!.targets[0].reason ?? '', /principal Act/);
    });
  });
});
