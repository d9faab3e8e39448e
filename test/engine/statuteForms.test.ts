// Statute forms read as converters give them: the deep levels of the US Code in its chunk form
// (codexstanford's markdown of the US Code), and the run-in section labels of Philippine acts.
// The wording is the statutes' own (US Code: public domain; RA 10173: Philippine official text;
// its section 4 here is written for the test in the act's run-in form), in the shapes the converters
// write; each principle has a case where it must not apply.
import * as assert from 'node:assert';
import { parseDocument, type DocumentModel } from '../../server/src/engine/document';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { normaliseNumber } from '../../server/src/engine/keywords';
import { SOURCES_DIR, rawSourceWithFrontMatter } from '../helpers/workspace';
import { parseReferences } from '../../server/src/engine/references/grammar';

function parse(text: string): DocumentModel {
  return parseDocument('file:///workspace/law.md', text);
}

function ids(model: DocumentModel): string[] {
  return model.units.map((unit) => unit.id);
}

function workspaceOfOne(text: string): Workspace {
  const workspace = new Workspace();
  workspace.set('file:///workspace/law.md', text);
  return workspace;
}

function errorsOf(text: string): string[] {
  const workspace = new Workspace();
  workspace.set('file:///workspace/law.md', text);
  return checkDocument(workspace, 'file:///workspace/law.md').filter((d) => d.severity === 'error').map((d) => d.message);
}

const CHUNK_HEAD = ['# Title 18— CRIMES AND CRIMINAL PROCEDURE', '### CHAPTER 119— WIRE AND ELECTRONIC COMMUNICATIONS INTERCEPTION AND INTERCEPTION OF ORAL COMMUNICATIONS',
  '#### § 2511. Interception and disclosure of wire, oral, or electronic communications prohibited'];

describe('engine: statute forms as converters give them', () => {
  describe('the US Code below subparagraphs: (i) clauses, (I) subclauses, (aa) items', () => {
    it('18 U.S.C. § 2710 (b)(2)(B)(ii)(I): "(I)" under clause "(ii)" is a subclause, not the letter after "(H)" (../shared/sources)', function () {
      if (!SOURCES_DIR) this.skip();
      const model = parse(rawSourceWithFrontMatter('us-18usc-ch121-stored-communications-2701-2713.md', 'us-18usc-ch121'));
      assert.ok(ids(model).includes('sec_2710__subsec_b__para_2__subpara_B__clause_ii__item_I'), ids(model).filter((id) => id.startsWith('sec_2710__subsec_b')).join(' '));
      assert.ok(!ids(model).some((id) => /^sec_2710__subsec_b__para_2__subpara_I/.test(id)));
    });

    it('"(iii) … (I) … (II) … (iv) … (v)": subclauses nest under the clause, and the clauses go on (§ 2511(2)(f) wording)', () => {
      const model = parse([...CHUNK_HEAD, '', '(2)', '', '(g) It shall not be unlawful under this chapter or chapter 121 of this title for any person—', '',
        '(i) to intercept or access an electronic communication made through an electronic communication system that is configured so that such electronic communication is readily accessible to the general public;', '',
        '(ii) to intercept any radio communication which is transmitted—', '',
        '(I) by any station for the use of the general public, or that relates to ships, aircraft, vehicles, or persons in distress;', '',
        '(II) by any governmental, law enforcement, civil defense, private land mobile, or public safety communications system, including police and fire, readily accessible to the general public;', '',
        '(iii) by a station operating on an authorized frequency within the bands allocated to the amateur, citizens band, or general mobile radio services; or', '',
        '(iv) by any marine or aeronautical communications system;', '',
        '(v) for other users of the same frequency to intercept any radio communication made through a system that utilizes frequencies monitored by individuals engaged in the provision or the use of such system, if such communication is not scrambled or encrypted.', ''].join('\n'));
      const under = (id: string) => ids(model).includes(`sec_2511__para_2__subpara_g__${id}`);
      assert.ok(under('clause_ii__item_I') && under('clause_ii__item_II'), ids(model).join(' '));
      assert.ok(under('clause_iii') && under('clause_iv') && under('clause_v'), ids(model).join(' '));
    });

    it('"(aa)", "(bb)" are items below a subclause; "(aa)" right after "(a)" stays a clause inserted after (a) (India)', () => {
      const us = parse([...CHUNK_HEAD, '', '(b)', '', '(1) In general.', '', '(A) the court finds that—', '', '(i) an order would be inadequate;', '', '(I) the information is a trade secret; and', '', '(aa) the information is a trade secret; and', '', '(bb) the person used improper means;', ''].join('\n'));
      assert.ok(ids(us).some((id) => id.endsWith('__item_I__item_aa')) && ids(us).some((id) => id.endsWith('__item_I__item_bb')), ids(us).join(' '));
      const india = parse(['### Section 2', '', '(1) In this Act,—', '', '(a) "access" means gaining entry;', '', '(aa) "addressee" means a person;', '', '(b) "adjudicating officer" means an officer;', ''].join('\n'));
      assert.deepStrictEqual(ids(india).filter((id) => /subsec_aa|para_1__\w+_aa/.test(id)).length, 1, ids(india).join(' '));
      assert.ok(!ids(india).some((id) => id.includes('item_aa')), ids(india).join(' '));
    });

    it('"(B) … (i) … (ii) … (C)": a capital C or D after clauses is the next subparagraph, never a roman numeral', () => {
      const model = parse([...CHUNK_HEAD, '', '(1)', '', '(A) first;', '', '(B) second—', '', '(i) one;', '', '(ii) two;', '', '(C) third;', '', '(D) fourth.', ''].join('\n'));
      assert.ok(ids(model).includes('sec_2511__para_1__subpara_C') && ids(model).includes('sec_2511__para_1__subpara_D'), ids(model).join(' '));
    });

    it('"####### (h) It shall not be unlawful": a level written with seven hashes (no markdown heading) is read by its marker', () => {
      const model = parse([...CHUNK_HEAD, '', '(2)', '', '(g) It shall not be unlawful under this chapter for any person to intercept.', '',
        '####### (h) It shall not be unlawful under this chapter', '', '(i) to use a pen register or a trap and trace device; or', '',
        '(ii) for a provider of electronic communication service to record the fact that a wire or electronic communication was initiated or completed.', '',
        '####### (i) It shall not be unlawful under this chapter for a person acting under color of law to intercept the wire or electronic communications of a computer trespasser, if—', '',
        '(j) It shall not be unlawful under this chapter for a provider of electronic communication service to the public to disclose the contents.', ''].join('\n'));
      const under = (id: string) => ids(model).includes(`sec_2511__para_2__${id}`);
      assert.ok(under('subpara_h') && under('subpara_h__clause_i') && under('subpara_h__clause_ii') && under('subpara_i') && under('subpara_j'), ids(model).join(' '));
      const h = model.unitsById.get('sec_2511__para_2__subpara_h')!;
      assert.strictEqual(model.text.slice(h.labelSpan.start, h.labelSpan.end).trim(), '####### (h)');
    });
  });

  describe('citations of the larger code a chunk belongs to', () => {
    it('"chapter 63" in a document holding chapter 47 of title 18 is another chapter of the code, not a missing one', () => {
      const text = ['# Title 18— CRIMES AND CRIMINAL PROCEDURE', '### CHAPTER 47— FRAUD AND FALSE STATEMENTS', '#### § 1028. Fraud and related activity in connection with identification documents', '',
        '(c) the term “felony violation enumerated in subsection (c)” means any offense that is a felony violation of any provision contained in chapter 63 (relating to mail, bank, and wire fraud);', ''].join('\n');
      assert.deepStrictEqual(errorsOf(text), []);
    });

    it('must not: "chapter 9" in a law whose chapters are 1 to 3 is reported', () => {
      const text = ['# Cybercrime Act', '', '## Chapter 1', '', '### Section 1', '', 'Text.', '', '## Chapter 3', '', '### Section 2', '', 'As provided in chapter 9, the court decides.', ''].join('\n');
      assert.ok(errorsOf(text).some((e) => e.includes('chapter 9')), errorsOf(text).join('\n'));
    });

    it('"subsection (b)(3) or (c)(3) (as the case may be) of section 3571 of this title": the aside does not cut the citation from its section', () => {
      const text = [...CHUNK_HEAD.slice(0, 2), '#### § 1039. Fraud', '', '(b) Prohibition.', '', '(1) Whoever sells.', '', '(2) For purposes of this subsection.', '',
        '(d) Enhanced Penalties.', '', 'Whoever violates subsection (b) shall be fined twice the amount provided in subsection (b)(3) or (c)(3) (as the case may be) of section 3571 of this title.', ''].join('\n');
      assert.deepStrictEqual(errorsOf(text), []);
    });
  });

  describe('Commonwealth sections as Singapore Statutes Online gives them: a title line, then "1.  …", "2.—(1) …"', () => {
    const act = ['# Cybersecurity Act 2018', '', 'PART 1', 'PRELIMINARY', '', 'Short title and commencement', '',
      '1.  This Act is the Cybersecurity Act 2018 and comes into operation on a date that the Minister appoints by notification in the Gazette.', '',
      'Interpretation', '', '2.—(1) In this Act, unless the context otherwise requires —', '',
      '“computer” means an electronic, magnetic, optical, electrochemical, or other data processing device;', '',
      '(2) In this Act, a reference to a computer includes a computer system.', '',
      'Unauthorised disclosure', '', '3.  Any person who discloses information obtained under section 2(2) shall be guilty of an offence.', '',
      'Offences by bodies corporate', '', '4.—(1) Where an offence under section 3 or section 1 is committed by a body corporate, subsection (2) applies.', '',
      '(2) In subsection (1), the officer is guilty.', ''].join('\n');

    it('the bare first section, the run-in ones, and a bare one after them are sections 1 to 4, each with its title', () => {
      const model = parse(act);
      for (const id of ['sec_1', 'sec_2', 'sec_2__para_1', 'sec_2__para_2', 'sec_3', 'sec_4', 'sec_4__para_2']) assert.ok(ids(model).includes(id), `${id}: ${ids(model).join(' ')}`);
      // the title line before "2.—(1)" is not a paragraph of section 1
      assert.ok(!ids(model).includes('sec_1__al_2'), ids(model).join(' '));
      assert.deepStrictEqual(errorsOf(act), []);
    });

    it('must not: a numbered list under a title line, in a text with no marked sections, stays a list', () => {
      const model = parse(['# Form of notice', '', 'Particulars of the applicant', '', '1.  Name of the applicant.', '', '2.  Address of the applicant.', ''].join('\n'));
      assert.ok(!model.units.some((unit) => unit.kind === 'section'), ids(model).join(' '));
    });
  });

  describe('sections titled by a plain line "1 Short title" (text from PDFs, Veritas-style)', () => {
    const act = ['DATA PROTECTION ACT [CHAPTER 11:12]', '', 'PART I', 'PRELIMINARY', '', '1 Short title', '',
      'This Act may be cited as the Data Protection Act [Chapter 11:12].', '', '2 Interpretation', '', '(1) In this Act—', '',
      '“child” means any person below the age of eighteen years;', '', '(2) In this Act, a reference to a child includes a person referred to in section 3.', '',
      '3 Application', '', 'This Act applies to the processing of personal information, subject to section 2(1).', ''].join('\n');

    it('"1 Short title", "2 Interpretation", "3 Application" open sections 1 to 3, and the law is read (it was not a document at all)', () => {
      const model = parse(act);
      for (const id of ['sec_1', 'sec_2', 'sec_2__para_1', 'sec_2__para_2', 'sec_3']) assert.ok(ids(model).includes(id), `${id}: ${ids(model).join(' ')}`);
      assert.strictEqual(model.unitsById.get('sec_2')!.title, 'Interpretation');
      assert.ok(model.inCorpusFormat);
      assert.deepStrictEqual(errorsOf(act), []);
    });

    it('must not: a list of numbered lines with no text between them ("1 Apples", "2 Pears") is no run of sections', () => {
      const model = parse(['# Shopping', '', '1 Apples', '', '2 Pears', '', '3 Plums', ''].join('\n'));
      assert.ok(!model.units.some((unit) => unit.kind === 'section'), ids(model).join(' '));
    });
  });

  describe('a code kept one article per file (the French Code civil as "Livre II/Titre II/Article 572.md")', () => {
    const folder = 'file:///workspace/code-civil/Livre%20II/Titre%20II/';
    const files: Record<string, string> = {
      'Article 572.md': ['Article 572', '----', 'Lorsqu\'une personne a employé en partie la matière qui lui appartenait et en', 'partie celle qui ne lui appartenait pas à former une chose d\'une espèce',
        'nouvelle, la chose est commune aux deux propriétaires. Le prix de la', 'main-d\'oeuvre est estimé à la date de la licitation prévue à l\'article 575.', ''].join('\n'),
      'Article 575.md': ['Article 575', '----', 'Lorsque la chose reste en commun entre les propriétaires des matières dont elle', 'a été formée, elle doit être licitée au profit commun.', ''].join('\n'),
      'Article 1618.md': ['Article 1618', '----', 'Si, au contraire, dans le cas de l\'article précédent, il se trouve une', 'contenance plus grande que celle exprimée au contrat, l\'acquéreur a le choix de',
        'fournir le supplément du prix, ou de se désister du contrat, sous réserve des dispositions de la présente section.', ''].join('\n'),
      'Article 727-1.md': ['Article 727-1', '----', 'La déclaration d\'indignité prévue à l\'article 727 est prononcée après', 'l\'ouverture de la succession.', ''].join('\n'),
    };
    const workspace = new Workspace();
    for (const [name, text] of Object.entries(files)) workspace.set(folder + encodeURIComponent(name), text);
    const uri = (name: string) => folder + encodeURIComponent(name);

    it('"l\'article 575" in Article 572.md is the article of the file beside it', () => {
      const found = workspace.resolved(uri('Article 572.md')).find((r) => r.reference.text === 'article 575')!;
      assert.strictEqual(found.targets[0].status, 'resolved');
      assert.strictEqual(found.targets[0].uri, uri('Article 575.md'));
    });

    it('"l\'article précédent", "la présente section", "l\'article 727" in a one-article file are elsewhere in the code, not errors', () => {
      for (const name of ['Article 1618.md', 'Article 727-1.md']) {
        assert.deepStrictEqual(checkDocument(workspace, uri(name)).filter((d) => d.severity === 'error').map((d) => d.message), [], name);
      }
      const missing = workspace.resolved(uri('Article 727-1.md')).find((r) => r.reference.text === 'article 727')!;
      assert.ok(missing.targets[0].status === 'external' && missing.targets[0].notInWorkspace, JSON.stringify(missing.targets));
    });

    it('must not: a folder of whole laws side by side ("section 25" of one is not "Article 25" of another)', () => {
      const laws = new Workspace();
      laws.set('file:///workspace/laws/coppa.md', ['#### § 6501. Definitions', '', 'Text.', '', '#### § 6502. Regulation', '', 'As provided in section 25, the Commission acts.', ''].join('\n'));
      laws.set('file:///workspace/laws/pdpl.md', ['## Article 25', '', 'Text.', '', '## Article 26', '', 'Text.', ''].join('\n'));
      const found = laws.resolved('file:///workspace/laws/coppa.md').find((r) => r.reference.text.startsWith('section 25'))!;
      assert.notStrictEqual(found.targets[0].documentId, laws.get('file:///workspace/laws/pdpl.md')!.id);
    });
  });

  describe('a code kept one article per file in nested grouping folders (etalab/codes-juridiques-francais: "livre-ier/titre-ier/chapitre-ier/article-l2-1.md")', () => {
    // Code des postes et des communications électroniques, articles L2-1 and L3, verbatim (2011).
    const postes = 'file:///workspace/code-des-postes/partie-legislative/livre-ier/titre-ier/';
    const l21 = ['# Article L2-1', '', 'Le prestataire du service universel peut conclure, avec les expéditeurs d\'envois de correspondance en nombre, les intermédiaires groupant les envois de correspondance de plusieurs clients ou les titulaires de l\'autorisation prévue à l\'article L. 3, des contrats dérogeant aux conditions générales de l\'offre du service universel et incluant des tarifs spéciaux pour des services aux entreprises, dans le respect des règles énoncées au quatrième alinéa de l\'article L. 1.', ''].join('\n');
    const l3 = ['# Article L3', '', 'Les prestataires de services postaux non réservés relatifs aux envois de correspondance, y compris transfrontalière, doivent être titulaires d\'une autorisation délivrée dans les conditions prévues à l\'article L. 5-1.', ''].join('\n');
    const readme = ['# Chapitre Ier : Le service universel postal et les obligations du service postal', '', '- [Article L2-1](article-l2-1.md)', ''].join('\n');

    it('"l\'article L. 3" in chapitre-ier/article-l2-1.md is the article of chapitre-ii/article-l3.md; "L. 1", not there, is a note', () => {
      const workspace = new Workspace();
      workspace.set(postes + 'chapitre-ier/README.md', readme);
      workspace.set(postes + 'chapitre-ier/article-l2-1.md', l21);
      workspace.set(postes + 'chapitre-ii/article-l3.md', l3);
      const found = workspace.resolved(postes + 'chapitre-ier/article-l2-1.md').find((r) => r.reference.text === 'article L. 3')!;
      assert.strictEqual(found.targets[0].status, 'resolved', JSON.stringify(found.targets));
      assert.strictEqual(found.targets[0].uri, postes + 'chapitre-ii/article-l3.md');
      for (const uri of [postes + 'chapitre-ier/article-l2-1.md', postes + 'chapitre-ii/article-l3.md']) {
        assert.deepStrictEqual(checkDocument(workspace, uri).filter((d) => d.severity === 'error').map((d) => d.message), [], uri);
      }
    });

    it('edits to one file of the code, one after another, give what a fresh workspace gives (the folder index follows each new model)', () => {
      const files: Record<string, string> = {
        [postes + 'chapitre-ier/README.md']: readme,
        [postes + 'chapitre-ier/article-l2-1.md']: l21.replace("l\'article L. 3,", "au 1° de l\'article L. 3,"),
        [postes + 'chapitre-ii/article-l3.md']: l3,
      };
      const workspace = new Workspace();
      for (const [uri, text] of Object.entries(files)) workspace.set(uri, text);
      const l3uri = postes + 'chapitre-ii/article-l3.md';
      // A user types in article L3: an item 1° appears (the file still holds article L3), the heading
      // is renumbered L4 and back, a line goes in above the heading, the item goes and comes back.
      const item = '\n1° Les envois ;\n';
      const edits = [l3, l3 + item, l3 + item, l3.replace('# Article L3', '# Article L4') + item, l3 + item, '\n' + l3 + item, l3, l3 + item];
      const citing = postes + 'chapitre-ier/article-l2-1.md';
      for (const [step, text] of edits.entries()) {
        workspace.set(l3uri, text);
        files[l3uri] = text;
        // Read before a fresh workspace is built: the edited workspace's own index answers.
        const seenHere = Object.keys(files).map((uri) => ({ targets: workspace.resolved(uri).map((r) => r.targets), diagnostics: checkDocument(workspace, uri) }));
        const fresh = new Workspace();
        for (const [uri, body] of Object.entries(files)) fresh.set(uri, body);
        for (const [i, uri] of Object.keys(files).entries()) {
          assert.deepStrictEqual(seenHere[i].targets, fresh.resolved(uri).map((r) => r.targets), `${uri} after edit ${step}`);
          assert.deepStrictEqual(seenHere[i].diagnostics, checkDocument(fresh, uri), uri);
        }
        // What the user sees, step by step (the fresh workspace shares the engine's module state, so it is no oracle for that).
        const found = workspace.resolved(citing).find((r) => r.reference.text.startsWith('1° de l'))!;
        assert.strictEqual(found.targets[0].status, text.includes('# Article L3') && text.includes('1°') ? 'resolved' : 'external', `after edit ${step}`);
      }
    });

    it('must not: the article L3 of another code, beside this one under one folder, is never linked (both codes hold an article L2-1)', () => {
      const workspace = new Workspace();
      workspace.set('file:///workspace/codes/code-des-postes/chapitre-ier/article-l2-1.md', l21);
      workspace.set('file:///workspace/codes/code-de-commerce/livre-ier/article-l2-1.md', l21.replace('# Article L2-1', '# Article L2-1'));
      workspace.set('file:///workspace/codes/code-de-commerce/livre-ier/article-l3.md', l3);
      const found = workspace.resolved('file:///workspace/codes/code-des-postes/chapitre-ier/article-l2-1.md').find((r) => r.reference.text === 'article L. 3')!;
      assert.notStrictEqual(found.targets[0].status, 'resolved', JSON.stringify(found.targets));
      assert.ok(found.targets[0].notInWorkspace, JSON.stringify(found.targets));
    });
  });

  describe('a code kept one article per file: ranges and lists that run on into other articles (Code monétaire et financier, etalab 2afcea3fd5, verbatim)', () => {
    const folder = 'file:///workspace/code-monetaire-et-financier/partie-legislative/livre-iii/';
    const L313_23 = "# Article L313-23\n\nTout crédit qu'un établissement de crédit ou qu'une société de financement consent à une personne morale de droit privé ou de droit public, ou à une personne physique dans l'exercice par celle-ci de son activité professionnelle, peut donner lieu au profit de cet établissement ou de cette société, par la seule remise d'un bordereau, à la cession ou au nantissement par le bénéficiaire du crédit, de toute créance que celui-ci peut détenir sur un tiers, personne morale de droit public ou de droit privé ou personne physique dans l'exercice par celle-ci de son activité professionnelle.\n\nPeuvent être cédées ou données en nantissement les créances liquides et exigibles, même à terme. Peuvent également être cédées ou données en nantissement les créances résultant d'un acte déjà intervenu ou à intervenir mais dont le montant et l'exigibilité ne sont pas encore déterminés.\n\nLe bordereau doit comporter les énonciations suivantes :\n\n1. La dénomination, selon le cas, \" acte de cession de créances professionnelles \" ou \" acte de nantissement de créances professionnelles \" ;\n\n2. La mention que l'acte est soumis aux dispositions des articles L. 313-23 à L. 313-34 ;\n\n3. Le nom ou la dénomination sociale de l'établissement de crédit ou de la société de financement bénéficiaire ;\n\n4. La désignation ou l'individualisation des créances cédées ou données en nantissement ou des éléments susceptibles d'effectuer cette désignation ou cette individualisation, notamment par l'indication du débiteur, du lieu de paiement, du montant des créances ou de leur évaluation et, s'il y a lieu, de leur échéance.\n\nToutefois, lorsque la transmission des créances cédées ou données en nantissement est effectuée par un procédé informatique permettant de les identifier, le bordereau peut se borner à indiquer, outre les mentions indiquées aux 1, 2 et 3 ci-dessus, le moyen par lequel elles sont transmises, leur nombre et leur montant global.\n\nEn cas de contestation portant sur l'existence ou sur la transmission d'une de ces créances, le cessionnaire pourra prouver, par tous moyens, que la créance objet de la contestation est comprise dans le montant global porté sur le bordereau.\n\nLe titre dans lequel une des mentions indiquées ci-dessus fait défaut ne vaut pas comme acte de cession ou de nantissement de créances professionnelles au sens des articles L. 313-23 à L. 313-34.\n";
    const L351_1 = "# Article L351-1\n\nEst puni d'une amende fiscale de 75 euros le fait de méconnaître l'une des obligations mentionnées aux deuxième, quatrième, cinquième et huitième alinéas du I de l'article L. 312-1-1 et, lorsque le client est une personne physique agissant pour des besoins non professionnels, à l'article L. 314-12 et au II de l'article L. 314-13. Cette amende est prononcée et recouvrée suivant les règles applicables à la taxe sur la valeur ajoutée. Le contentieux est suivi par l'administration qui a constaté l'infraction.\n\nEst puni de la peine d'amende prévue pour les contraventions de la cinquième classe le fait de méconnaître l'une des obligations mentionnées au premier alinéa du I, au II de l'article L. 312-1-1, au III de l'article L. 314-13 lorsque le client est une personne physique agissant pour des besoins non professionnels, au VII de l'article L. 314-13 et aux articles L. 315-5 à L. 315-8 ou l'une des interdictions édictées au I de l'article L. 312-1-2.\n\nAvant d'engager l'action publique tendant à l'application de la sanction pénale prévue au présent article, le parquet peut saisir pour avis le comité de la médiation bancaire s'il l'estime nécessaire. En cas de dépôt d'une plainte avec constitution de partie civile portant sur des infractions aux dispositions mentionnées au premier alinéa, le procureur de la République peut, avant de prendre ses réquisitions, saisir pour avis le comité de la médiation bancaire. Les réquisitions sont transmises au juge d'instruction après avis du comité.\n\nEn cas de citation directe à l'audience du tribunal correctionnel par la victime pour les infractions visées à l'alinéa précédent, le président peut, avant tout examen au fond, saisir le comité de la médiation bancaire pour avis. Cet avis est transmis aux parties et au tribunal par le comité et versé au dossier.\n\nLe comité de la médiation bancaire se prononce dans un délai de six semaines au plus tard après la réception de la demande d'avis. Dans son avis, il apprécie notamment la gravité des faits ainsi que leur éventuel caractère répétitif.\n";

    it('L313-23: "articles L. 313-23 à L. 313-34" in the file of article L313-23 runs on into the files beside it: a note, not an error', () => {
      const workspace = new Workspace();
      const uri = folder + 'titre-ier/chapitre-iii/section-3/sous-section-1/article-l313-23.md';
      workspace.set(uri, L313_23);
      assert.deepStrictEqual(checkDocument(workspace, uri).filter((d) => d.severity === 'error').map((d) => d.message), []);
      const range = workspace.resolved(uri).find((r) => r.reference.text.startsWith('articles L. 313-23 à L. 313-34'))!;
      assert.match(range.targets[0].reason ?? '', /runs on past this file, which holds Article L313-23 only/);
    });

    it('L351-1: "au premier alinéa du I, au II de l\'article L. 312-1-1": part I is article L312-1-1\'s, named after it in the list', () => {
      const workspace = new Workspace();
      const uri = folder + 'titre-v/chapitre-ier/article-l351-1.md';
      workspace.set(uri, L351_1);
      assert.deepStrictEqual(checkDocument(workspace, uri).filter((d) => d.severity === 'error').map((d) => d.message), []);
      const part = workspace.resolved(uri).find((r) => r.reference.text === 'premier alinéa du I')!;
      assert.match(part.targets[0].reason ?? '', /the list goes on with "II de l'article L\. 312-1-1"/);
    });

    it('must not: a part of this article named before an article that starts its own citation ("Absatz 4 und § 77e Absatz 1") is still reported when missing', () => {
      const workspace = new Workspace();
      const uri = 'file:///workspace/gesetz.md';
      workspace.set(uri, ['---', 'id: gesetz', 'title: Gesetz', 'type: law', 'language: de', '---', '', '### § 1', '', '(1) Text.', '', '(2) Es gilt Absatz 4 und § 77e Absatz 1.', '', '### § 77e', '', '(1) Text.', ''].join('\n'));
      assert.equal(workspace.resolved(uri).find((r) => r.reference.text === 'Absatz 4')!.status, 'unresolved');
    });
  });

  describe('a French code from etalab/codes-juridiques-francais: items "1°", parts "I.-", abbreviated lists (Code de procédure pénale, 2011, verbatim)', () => {
    const folder = 'file:///workspace/code-de-procedure-penale/partie-legislative/livre-iv/titre-xx/';
    const article70656 = "# Article 706-56\n\nI.-L'officier de police judiciaire peut procéder ou faire procéder sous son contrôle, à l'égard des personnes mentionnées au premier, au deuxième ou au troisième alinéa de l'article 706-54, à un prélèvement biologique destiné à permettre l'analyse d'identification de leur empreinte génétique. Préalablement à cette opération, il peut vérifier ou faire vérifier par un agent de police judiciaire placé sous son contrôle ou par un agent spécialisé, technicien ou ingénieur de police technique et scientifique placé sous son contrôle, que l'empreinte génétique de la personne concernée n'est pas déjà enregistrée, au vu de son seul état civil, dans le fichier national automatisé des empreintes génétiques.\n\nPour qu'il soit procédé à cette analyse, l'officier de police judiciaire peut requérir toute personne habilitée dans les conditions fixées par l'article 16-12 du code civil, sans qu'il soit toutefois nécessaire que cette personne soit inscrite sur une liste d'experts judiciaires ; dans ce cas, la personne prête alors par écrit le serment prévu au deuxième alinéa de l'article 60 du présent code. Les réquisitions prévues par le présent alinéa peuvent également être faites par le procureur de la République ou le juge d'instruction.\n\nLes personnes requises conformément à l'alinéa précédent peuvent procéder, par tous moyens y compris télématiques, à la demande de l'officier de police judiciaire, du procureur de la République ou du juge d'instruction, aux opérations permettant l'enregistrement des empreintes dans le fichier national automatisé des empreintes génétiques.\n\nLorsqu'il n'est pas possible de procéder à un prélèvement biologique sur une personne mentionnée au premier alinéa, l'identification de son empreinte génétique peut être réalisée à partir de matériel biologique qui se serait naturellement détaché du corps de l'intéressé.\n\nLorsqu'il s'agit d'une personne condamnée pour crime ou déclarée coupable d'un délit puni de dix ans d'emprisonnement, le prélèvement peut être effectué sans l'accord de l'intéressé sur réquisitions écrites du procureur de la République. Il en va de même pour les personnes poursuivies pour un crime ou un délit puni de dix ans d'emprisonnement ayant fait l'objet d'une décision d'irresponsabilité pénale en application des articles 706-120, 706-125, 706-129, 706-133 ou 706-134.\n\nII.-Le fait de refuser de se soumettre au prélèvement biologique prévu au premier alinéa du I est puni d'un an d'emprisonnement et de 15 000 euros d'amende.\n\nLorsque ces faits sont commis par une personne condamnée pour crime, la peine est de deux ans d'emprisonnement et de 30 000 euros d'amende.\n\nNonobstant les dispositions des articles 132-2 à 132-5 du code pénal, les peines prononcées pour les délits prévus au présent article se cumulent, sans possibilité de confusion, avec celles que la personne subissait ou celles prononcées pour l'infraction ayant fait l'objet de la procédure à l'occasion de laquelle les prélèvements devaient être effectués.\n\nLe fait, pour une personne faisant l'objet d'un prélèvement, de commettre ou de tenter de commettre des manoeuvres destinées à substituer à son propre matériel biologique le matériel biologique d'une tierce personne, avec ou sans son accord, est puni de trois ans d'emprisonnement et de 45 000 euros d'amende.\n\nIII.-Lorsque les infractions prévues par le présent article sont commises par une personne condamnée, elles entraînent de plein droit le retrait de toutes les réductions de peine dont cette personne a pu bénéficier et interdisent l'octroi de nouvelles réductions de peine.\n";
    const article706561 = "# Article 706-56-1\n\nSur instruction du procureur de la République du lieu de résidence ou de détention de l'intéressé, sont inscrites, dans le fichier prévu par le présent titre, les empreintes génétiques des personnes de nationalité française, ou de nationalité étrangère résidant de façon habituelle sur le territoire national, et qui ont été condamnées par une juridiction pénale étrangère pour une infraction de même nature que celles mentionnées aux 1° et 2° de l'article 706-55, lorsque ces condamnations, en application d'une convention ou d'un accord international, ont fait l'objet d'un avis aux autorités françaises ou ont été exécutées en France à la suite du transfèrement des personnes condamnées. Les dispositions de l'article 706-56 sont applicables à ces personnes.\n";

    it('"premier alinéa du I" is the first paragraph of part I (counted in its text); "sixième alinéa du I" of a five-paragraph part is reported', () => {
      const workspace = new Workspace();
      workspace.set(folder + 'article-706-56.md', article70656);
      const found = workspace.resolved(folder + 'article-706-56.md').find((r) => r.reference.text === 'premier alinéa du I')!;
      assert.strictEqual(found.targets[0].status, 'resolved', JSON.stringify(found.targets));
      assert.strictEqual(found.targets[0].unitId, 'art_706-56__para_I');
      assert.deepStrictEqual(checkDocument(workspace, folder + 'article-706-56.md').filter((d) => d.severity === 'error').map((d) => d.message), []);
      const wrong = new Workspace();
      wrong.set(folder + 'article-706-56.md', article70656.replace('au premier alinéa du I est puni', 'au sixième alinéa du I est puni'));
      const errors = checkDocument(wrong, folder + 'article-706-56.md').filter((d) => d.severity === 'error');
      assert.strictEqual(errors.length, 1, errors.map((d) => d.message).join('; '));
      assert.match(errors[0].message, /sixième alinéa du I/);
    });

    it('"aux 1° et 2° de l\'article 706-55": both items are article 706-55\'s, which is elsewhere in the code, not this article\'s', () => {
      const workspace = new Workspace();
      workspace.set(folder + 'article-706-56-1.md', article706561);
      workspace.set(folder + 'article-706-56.md', article70656);
      const found = workspace.resolved(folder + 'article-706-56-1.md').find((r) => r.reference.text.startsWith('1°'))!;
      assert.strictEqual(found.reference.text, '1° et 2° de l\'article 706-55');
      assert.deepStrictEqual(found.targets.map((t) => t.status), ['external', 'external']);
      assert.ok(found.targets.every((t) => t.notInWorkspace), JSON.stringify(found.targets));
      assert.match(found.targets[0].reason ?? '', /holds Article 706-56-1 only/);
      assert.deepStrictEqual(checkDocument(workspace, folder + 'article-706-56-1.md').filter((d) => d.severity === 'error').map((d) => d.message), []);
      const sibling = workspace.resolved(folder + 'article-706-56-1.md').find((r) => r.reference.text === 'article 706-56')!;
      assert.strictEqual(sibling.targets[0].uri, folder + 'article-706-56.md');
    });

    it('"au 8° bis de l\'article 706-73" is item 8 bis of that article; "aux 2° à 7° de l\'article L. 542-1" a range of its items', () => {
      const parse = (text: string) => parseReferences(text, { language: 'fr' });
      const bis = parse("Le présent article n'est pas applicable au délit prévu au 8° bis de l'article 706-73.").find((r) => r.text.startsWith('8°'))!;
      assert.deepStrictEqual(bis.targets.map((t) => t.path.map((step) => `${step.kind} ${step.number}`)), [['article 706-73', 'unspecified 8bis']]);
      const [range] = parse("l'intermédiaire financier mentionné aux 2° à 7° de l'article L. 542-1 du code monétaire et financier");
      assert.deepStrictEqual(range.targets.map((t) => [t.path.map((step) => step.number), t.through?.map((step) => step.number)]), [[['L542-1', '2'], ['L542-1', '7']]]);
    });

    it('"art. L. 1, L. 2, L. 3, al. 2, L. 4 à L. 10" (code des postes, article L140): after "al. 2" the list goes on with articles, not alinéas', () => {
      const [list] = parseReferences("dans les articles suivants du code des postes, télégraphes et téléphones : art. L. 1, L. 2, L. 3, al. 2, L. 4 à L. 10, L. 12 à L. 14, L. 59, al. 5, L. 63.", { language: 'fr' });
      const paths = list.targets.map((t) => t.path.map((step) => `${step.kind} ${step.number}`).join(' / ') + (t.through ? ' … ' + t.through.map((step) => step.number).join(' / ') : ''));
      assert.deepStrictEqual(paths, ['article L1', 'article L2', 'article L3 / alinea 2', 'article L4 … L10', 'article L12 … L14', 'article L59 / alinea 5', 'article L63']);
    });
  });

  describe('the groupings and cross-references of French codes kept one article per file (Code de la sécurité intérieure, Code de procédure pénale, etalab 2011, verbatim)', () => {
    const csi = 'file:///workspace/codes/code-de-la-securite-interieure/';
    const cppRoot = 'file:///workspace/codes/code-de-procedure-penale/';
    const files: Record<string, string> = {
      [csi + 'partie-reglementaire/livre-v/titre-ier/chapitre-ier/section-4/sous-section-1/paragraphe-3/article-r511-20.md']: "# Article R511-20\n\nSi l'agent cesse définitivement d'exercer les missions définies au paragraphe 2 de la présente sous-section, l'autorisation de port d'arme devient caduque.\n\nLa notification à l'agent de police municipale du retrait de l'agrément prévu à l'article L. 511-2 rend caduque son autorisation de port d'arme.\n\nLa suspension de l'agrément dans les conditions fixées au même article entraîne la suspension de l'autorisation de port d'arme.\n",
      [csi + 'partie-reglementaire/livre-vi/titre-iii/chapitre-ii/section-2/sous-section-1/article-r632-7.md']: "# Article R632-7\n\nLe collège se réunit au moins trois fois par an, sur convocation du président, qui fixe l'ordre du jour. Il est également réuni par le président à la demande du ministre de l'intérieur ou d'un tiers de ses membres qui, dans ce cas, proposent l'ordre du jour de la séance.\n\nLe collège ne peut valablement délibérer que si plus de la moitié de ses membres sont présents ou représentés. Si le quorum n'est pas atteint, le collège est à nouveau convoqué sur le même ordre du jour dans un délai de huit jours. Il délibère alors sans condition de quorum.\n\nLes décisions sont prises à la majorité des membres présents ou représentés. En cas de partage égal des voix, celle du président est prépondérante.\n\nLes membres désignés aux 2°, 3°, 4° et 5° de l'article R. 632-2 peuvent donner, par écrit, mandat à un autre membre du collège de les représenter à une séance. Les membres désignés aux 2° et 3° ne peuvent donner mandat qu'à un membre désigné aux 1°, 2° ou 3°. Chaque membre ne peut recevoir qu'un seul mandat.\n\nLe directeur du Conseil national, le contrôleur budgétaire et l'agent comptable assistent de droit aux séances du collège, avec voix consultative.\n\nLe président du collège peut appeler le directeur de l'agence centrale des organismes de sécurité sociale ou son représentant à participer aux séances avec voix consultative.\n",
      [csi + 'partie-legislative/livre-vi/titre-ier/chapitre-vii/section-5/article-l617-16.md']: "# Article L617-16\n\nLes personnes morales déclarées responsables, dans les conditions prévues à l'article 121-2 du code pénal, des infractions prévues aux articles L. 617-1 à L. 617-14, encourent, outre l'amende, dans les conditions prévues par l'article 131-38 du code pénal, les peines mentionnées aux 1°, 2°, 4°, 7°, 8° et 9° de l'article 131-39 du même code.\n\nToutefois, pour l'infraction prévue à l'article L. 617-12, les personnes morales encourent les peines mentionnées aux 2°, 4°, 6°, 7° et 9° de l'article 131-39 du même code.\n\nL'interdiction mentionnée au 2° de cet article porte sur les activités dans l'exercice ou à l'occasion de l'exercice desquelles l'infraction a été commise.\n",
      [csi + 'partie-legislative/livre-ier/titre-iii/chapitre-ii/section-2/article-l132-10-1.md']: "# Article L132-10-1\n\nI.-Au sein du conseil départemental de prévention de la délinquance et, le cas échéant, de la zone de sécurité prioritaire, l'état-major de sécurité et la cellule de coordination opérationnelle des forces de sécurité intérieure sont chargés d'animer et de coordonner, sur leur territoire, les actions conduites par l'administration pénitentiaire, les autres services de l'Etat, les collectivités territoriales, les associations et les autres personnes publiques ou privées, en vue de favoriser l'exécution des peines et prévenir la récidive.\n\nDans le cadre de leurs attributions, l'état-major de sécurité et la cellule de coordination opérationnelle des forces de sécurité intérieure :\n\n1° Sont informés par le procureur de la République, au moins une fois par an, de la politique pénale mise en œuvre sur leur territoire ;\n\n2° Examinent et donnent leur avis sur les conditions de mise en œuvre des mesures prévues à l'article 41-1 du code de procédure pénale ;\n\n3° Organisent les modalités du suivi et du contrôle en milieu ouvert, par les services et personnes publiques ou privées mentionnés au premier alinéa du présent I, des personnes condamnées sortant de détention, désignées par l'autorité judiciaire compte tenu de leur personnalité, de leur situation matérielle, familiale et sociale ainsi que des circonstances de la commission des faits ;\n\n4° Informent régulièrement les juridictions de l'application des peines ainsi que le service pénitentiaire d'insertion et de probation des conditions de mise en œuvre, dans le ressort, du suivi et du contrôle des personnes désignées en application du 3° du présent I et peuvent se voir transmettre par ces mêmes juridictions et ce même service toute information que ceux-ci jugent utile au bon déroulement du suivi et du contrôle de ces personnes.\n\nII.-Les informations confidentielles échangées en application du I du présent article ne peuvent être communiquées à des tiers.\n\nL'échange d'informations est réalisé selon les modalités prévues par un règlement intérieur établi par le conseil départemental de prévention de la délinquance sur la proposition des membres des groupes de travail mentionnés au premier alinéa.\n\nIII.-Les modalités d'application du présent article sont fixées par décret en Conseil d'Etat.\n",
      [cppRoot + 'README.md']: "# Code de procédure pénale\n\n- [Partie législative](partie-legislative)\n- [Partie réglementaire - Décrets simples](partie-reglementaire)\n- [Partie Arrêtés](partie-arretes)\n",
      [cppRoot + 'partie-legislative/livre-ier/titre-ier/chapitre-ii/section-3/article-41-1.md']: "# Article 41-1\n\nS'il lui apparaît qu'une telle mesure est susceptible d'assurer la réparation du dommage causé à la victime, de mettre fin au trouble résultant de l'infraction ou de contribuer au reclassement de l'auteur des faits, le procureur de la République peut, préalablement à sa décision sur l'action publique, directement ou par l'intermédiaire d'un officier de police judiciaire, d'un délégué ou d'un médiateur du procureur de la République :\n\n1° Procéder au rappel auprès de l'auteur des faits des obligations résultant de la loi ;\n\n2° Orienter l'auteur des faits vers une structure sanitaire, sociale ou professionnelle ; cette mesure peut consister dans l'accomplissement par l'auteur des faits, à ses frais, d'un stage ou d'une formation dans un service ou un organisme sanitaire, social ou professionnel, et notamment d'un stage de citoyenneté, d'un stage de responsabilité parentale, d'un stage de responsabilisation pour la prévention et la lutte contre les violences au sein du couple et sexistes ou d'un stage de sensibilisation aux dangers de l'usage de produits stupéfiants ; en cas d'infraction commise à l'occasion de la conduite d'un véhicule terrestre à moteur, cette mesure peut consister dans l'accomplissement, par l'auteur des faits, à ses frais, d'un stage de sensibilisation à la sécurité routière ;\n\n3° Demander à l'auteur des faits de régulariser sa situation au regard de la loi ou des règlements ;\n\n4° Demander à l'auteur des faits de réparer le dommage résultant de ceux-ci ;\n\n5° Faire procéder, à la demande ou avec l'accord de la victime, à une mission de médiation entre l'auteur des faits et la victime. En cas de réussite de la médiation, le procureur de la République ou le médiateur du procureur de la République en dresse procès-verbal, qui est signé par lui-même et par les parties, et dont une copie leur est remise ; si l'auteur des faits s'est engagé à verser des dommages et intérêts à la victime, celle-ci peut, au vu de ce procès-verbal, en demander le recouvrement suivant la procédure d'injonction de payer, conformément aux règles prévues par le code de procédure civile. Lorsque des violences ont été commises par le conjoint ou l'ancien conjoint de la victime, son partenaire lié par un pacte civil de solidarité ou son ancien partenaire, son concubin ou son ancien concubin, il n'est procédé à la mission de médiation que si la victime en a fait expressément la demande. Dans cette hypothèse, l'auteur des violences fait également l'objet d'un rappel à la loi en application du 1° du présent article. Lorsque, après le déroulement d'une mission de médiation entre l'auteur des faits et la victime, de nouvelles violences sont commises par le conjoint ou l'ancien conjoint de la victime, son partenaire lié par un pacte civil de solidarité ou son ancien partenaire, son concubin ou son ancien concubin, il ne peut être procédé à une nouvelle mission de médiation. Dans ce cas, sauf circonstances particulières, le procureur de la République met en œuvre une composition pénale ou engage des poursuites ;\n\n6° En cas d'infraction commise soit contre son conjoint, son concubin ou son partenaire lié par un pacte civil de solidarité, soit contre ses enfants ou ceux de son conjoint, concubin ou partenaire, demander à l'auteur des faits de résider hors du domicile ou de la résidence du couple et, le cas échéant, de s'abstenir de paraître dans ce domicile ou cette résidence ou aux abords immédiats de celui-ci, ainsi que, si nécessaire, de faire l'objet d'une prise en charge sanitaire, sociale ou psychologique ; les dispositions du présent 6° sont également applicables lorsque l'infraction est commise par l'ancien conjoint ou concubin de la victime, ou par la personne ayant été liée à elle par un pacte civil de solidarité, le domicile concerné étant alors celui de la victime. Pour l'application du présent 6°, le procureur de la République recueille ou fait recueillir, dans les meilleurs délais et par tous moyens l'avis de la victime sur l'opportunité de demander à l'auteur des faits de résider hors du logement du couple. Sauf circonstances particulières, cette mesure est prise lorsque sont en cause des faits de violences susceptibles d'être renouvelés et que la victime la sollicite. Le procureur de la République peut préciser les modalités de prise en charge des frais afférents à ce logement pendant une durée qu'il fixe et qui ne peut excéder six mois.\n\nLa procédure prévue au présent article suspend la prescription de l'action publique.\n\nEn cas de non-exécution de la mesure en raison du comportement de l'auteur des faits, le procureur de la République, sauf élément nouveau, met en oeuvre une composition pénale ou engage des poursuites.\n",
    };
    const workspace = new Workspace();
    for (const [uri, text] of Object.entries(files)) workspace.set(uri, text);
    const errors = (uri: string) => checkDocument(workspace, uri).filter((d) => d.severity === 'error').map((d) => d.message);
    const cited = (uri: string, text: string) => workspace.resolved(uri).find((r) => r.reference.text === text)!;

    it('no errors in any of these articles', () => {
      for (const uri of Object.keys(files)) assert.deepStrictEqual(errors(uri), [], uri);
    });

    it('"au paragraphe 2 de la présente sous-section" is the code around the file (a grouping), not a numbered paragraph of the article', () => {
      const found = cited(csi + 'partie-reglementaire/livre-v/titre-ier/chapitre-ier/section-4/sous-section-1/paragraphe-3/article-r511-20.md', 'paragraphe 2 de la présente sous-section');
      assert.strictEqual(found.targets[0].status, 'external');
      assert.match(found.targets[0].reason ?? '', /holds Article R511-20 only; "présente sous-section" is the part of the code around it/);
    });

    it('"aux 2° et 3°", sentences after "aux 2°, 3°, 4° et 5° de l\'article R. 632-2", in an article with no numbered parts, are that article\'s', () => {
      const found = cited(csi + 'partie-reglementaire/livre-vi/titre-iii/chapitre-ii/section-2/sous-section-1/article-r632-7.md', '2° et 3°');
      assert.deepStrictEqual(found.targets.map((t) => t.status), ['external', 'external']);
      assert.match(found.targets[0].reason ?? '', /R\. 632-2/);
    });

    it('"au 2° de cet article" names the article cited before ("l\'article 131-39 du même code"), not this one', () => {
      const found = cited(csi + 'partie-legislative/livre-vi/titre-ier/chapitre-vii/section-5/article-l617-16.md', '2°');
      assert.strictEqual(found.targets[0].status, 'external');
      assert.match(found.targets[0].reason ?? '', /de cet article/);
    });

    it('"l\'article 41-1 du code de procédure pénale" finds the code\'s contents page by its title, and the article in the file below it', () => {
      const found = cited(csi + 'partie-legislative/livre-ier/titre-iii/chapitre-ii/section-2/article-l132-10-1.md', 'article 41-1 du code de procédure pénale');
      assert.strictEqual(found.targets[0].status, 'resolved', JSON.stringify(found.targets));
      assert.strictEqual(found.targets[0].uri, cppRoot + 'partie-legislative/livre-ier/titre-ier/chapitre-ii/section-3/article-41-1.md');
    });

    it('must not: an article the code\'s files do not hold is a note that says the page named is a table of contents', () => {
      const text = files[csi + 'partie-legislative/livre-ier/titre-iii/chapitre-ii/section-2/article-l132-10-1.md'].replace("l'article 41-1 du code de procédure pénale", "l'article 41-9 du code de procédure pénale");
      const other = new Workspace();
      for (const [uri, body] of Object.entries(files)) other.set(uri, uri.endsWith('article-l132-10-1.md') ? text : body);
      const found = other.resolved(csi + 'partie-legislative/livre-ier/titre-iii/chapitre-ii/section-2/article-l132-10-1.md').find((r) => r.reference.text === 'article 41-9 du code de procédure pénale')!;
      assert.strictEqual(found.targets[0].status, 'external');
      assert.match(found.targets[0].reason ?? '', /table of contents/);
    });
  });

  describe('French alinéas, items and code numbers (Code de la sécurité intérieure, etalab 2011, verbatim)', () => {
    const l2241 = "# Article L224-1\n\nTout Français peut faire l'objet d'une interdiction de sortie du territoire lorsqu'il existe des raisons sérieuses de penser qu'il projette :\n\n1° Des déplacements à l'étranger ayant pour objet la participation à des activités terroristes ;\n\n2° Ou des déplacements à l'étranger sur un théâtre d'opérations de groupements terroristes, dans des conditions susceptibles de le conduire à porter atteinte à la sécurité publique lors de son retour sur le territoire français.\n\nL'interdiction de sortie du territoire est prononcée par le ministre de l'intérieur pour une durée maximale de six mois à compter de sa notification. La décision est écrite et motivée. Le ministre de l'intérieur ou son représentant met la personne concernée en mesure de lui présenter ses observations dans un délai maximal de huit jours après la notification de la décision. Cette personne peut se faire assister par un conseil ou représenter par un mandataire de son choix.\n\nLorsque les conditions en sont réunies, l'interdiction de sortie du territoire peut être renouvelée par décision expresse et motivée. Elle est levée aussitôt que ces conditions ne sont plus satisfaites. Les renouvellements consécutifs d'une interdiction initiale ne peuvent porter la durée globale d'interdiction au-delà de deux années.\n\nLa personne qui fait l'objet d'une interdiction de sortie du territoire peut, dans le délai de deux mois suivant la notification de la décision et suivant la notification de chaque renouvellement, demander au tribunal administratif l'annulation de cette décision. Le tribunal administratif statue dans un délai de quatre mois à compter de sa saisine. Ces recours s'exercent sans préjudice des procédures ouvertes aux articles L. 521-1 et L. 521-2 du code de justice administrative.\n\nL'interdiction de sortie du territoire emporte dès son prononcé et à titre conservatoire l'invalidation du passeport et de la carte nationale d'identité de la personne concernée ou, le cas échéant, fait obstacle à la délivrance d'un tel document. L'autorité administrative informe la personne concernée par tout moyen.\n\nDès notification de l'interdiction de sortie du territoire, et au plus tard dans les vingt-quatre heures à compter de celle-ci, la personne concernée est tenue de restituer son passeport et sa carte nationale d'identité.\n\nUn récépissé valant justification de son identité est remis à la personne concernée en échange de la restitution de son passeport et de sa carte nationale d'identité ou, à sa demande, en lieu et place de la délivrance d'un tel document. Ce récépissé suffit à justifier de l'identité de la personne concernée sur le territoire national en application de l'article 1er de la loi n° 2012-410 du 27 mars 2012 relative à la protection de l'identité.\n\nLe fait de quitter ou de tenter de quitter le territoire français en violation d'une interdiction de sortie du territoire prise en application du présent article est puni de trois ans d'emprisonnement et de 45 000 € d'amende.\n\nLe fait, pour toute personne s'étant vu notifier une décision d'interdiction de sortie du territoire, de se soustraire à l'obligation de restitution de son passeport et de sa carte nationale d'identité est puni de deux ans d'emprisonnement et de 4 500 € d'amende.\n\nUn décret en Conseil d'Etat précise les modalités de mise en œuvre du présent article, s'agissant notamment des modalités d'établissement du récépissé mentionné au neuvième alinéa.\n";

    it('"au neuvième alinéa" of article L224-1 counts its paragraphs and its items "1°", "2°" (each is an alinéa in French drafting)', () => {
      const model = parseDocument('file:///workspace/csi/article-l224-1.md', l2241);
      assert.ok(model.units.some((unit) => unit.number === '1°' || unit.number === '1'), 'the article has its items');
      const workspace = new Workspace();
      workspace.set(model.uri, l2241);
      assert.deepStrictEqual(checkDocument(workspace, model.uri).filter((d) => d.severity === 'error').map((d) => d.message), []);
      const tooFar = new Workspace();
      tooFar.set(model.uri, l2241.replace('au neuvième alinéa', "à l'alinéa 30"));
      assert.strictEqual(checkDocument(tooFar, model.uri).filter((d) => d.severity === 'error' && /alinéa 30/.test(d.message)).length, 1);
    });

    it('"l\'article R. * 122-5" is article R122-5, as the heading "Article R*122-53" is article R122-53', () => {
      const [cited] = parseReferences("du troisième alinéa de l'article R. * 122-5, dans la composition", { language: 'fr' });
      assert.deepStrictEqual(cited.targets.map((t) => t.path.map((step) => `${step.kind} ${step.number}`)), [['article R122-5', 'alinea 3']]);
      const model = parseDocument('file:///workspace/csi/article-r-122-53.md', '# Article R*122-53\n\nDans le département de Paris, le préfet de police a la charge de l\'ordre public.\n');
      assert.strictEqual(model.units.find((unit) => unit.citable)?.number, 'r122-53');
    });

    it('"aux 3° à 5° et aux 7° à 9° de l\'article D. 123-18": both ranges are items of that article', () => {
      const [cited] = parseReferences("Les membres du conseil d'administration mentionnés aux 3° à 5° et aux 7° à 9° de l'article D. 123-18 sont nommés", { language: 'fr' });
      assert.deepStrictEqual(cited.targets.map((t) => t.path.map((step) => step.number).join(' ') + ' … ' + t.through?.map((step) => step.number).join(' ')), ['D123-18 3 … D123-18 5', 'D123-18 7 … D123-18 9']);
    });

    it('"un retrait de point (s) du permis de conduire" (Code de procédure pénale, art. A37-9) and "section(s)" are plurals, no unit (s); "subsection (s) of section 3" stays one', () => {
      assert.deepStrictEqual(parseReferences("4. Les retraits et reconstitutions de point (s) du permis de conduire font l'objet d'un traitement automatisé", { language: 'fr' }).map((r) => r.text), []);
      assert.deepStrictEqual(parseReferences('the relevant section(s) of this Act and subsection (s) of section 3', { language: 'en' }).map((r) => r.text), ['this Act', 'subsection (s) of section 3']);
    });

    it('"II. ― Les prêts …" (a horizontal bar after the part number, CMF art. L513-29) opens part II', () => {
      const model = parseDocument('file:///workspace/cmf/article-l513-29.md', ['# Article L513-29', '', 'I. ― Pour la réalisation de leur objet, les sociétés de financement de l\'habitat peuvent :', '', '1° Consentir à tout établissement de crédit des prêts garantis ;', '', 'II. ― Les prêts à l\'habitat consentis ou financés par les sociétés de financement de l\'habitat sont garantis.', '', 'IV. ― Elles ne peuvent détenir de participations.', ''].join('\n'));
      assert.deepStrictEqual(model.units.filter((unit) => unit.kind === 'paragraph').map((unit) => unit.number), ['I', 'II', 'IV']);
    });

    it('"aux articles 221-1 et suivants du code pénal" and "l\'article L. 542-1 du code monétaire et financier": the open end is read and the name keeps its adjectives', () => {
      const [following] = parseReferences('-meurtre, assassinat ou empoisonnement prévus aux articles 221-1 et suivants du code pénal ;', { language: 'fr' });
      assert.deepStrictEqual([following.text, following.anchor.kind === 'instrument' ? following.anchor.name : ''], ['articles 221-1 et suivants du code pénal', 'code pénal']);
      const [named] = parseReferences("l'intermédiaire financier mentionné à l'article L. 542-1 du code monétaire et financier teneur du compte", { language: 'fr' });
      assert.deepStrictEqual(named.anchor.kind === 'instrument' ? named.anchor.name : '', 'code monétaire et financier');
      const [seq] = parseReferences('as provided in sections 2510 et seq. of title 18', { language: 'en' });
      assert.strictEqual(seq.text, 'sections 2510 et seq. of title 18');
    });

    it('must not: a verb after the noun is no part of the name ("l\'article 5 du code est applicable")', () => {
      const [cited] = parseReferences("l'article 5 du code est applicable", { language: 'fr' });
      assert.strictEqual(cited.text, "article 5 du code");
    });

    it('must not: "au premier alinéa de l\'article L. 324-1 et aux 1° et 5° de l\'article L. 324-2": "1°" and "5°" are no articles of the first list', () => {
      const cited = parseReferences("Est puni des peines prévues au premier alinéa de l'article L. 324-1 et aux 1° et 5° de l'article L. 324-2", { language: 'fr' });
      assert.deepStrictEqual(cited.map((r) => r.targets.map((t) => t.path.map((step) => `${step.kind} ${step.number}`).join(' / '))), [['article L324-1 / alinea 1'], ['article L324-2 / unspecified 1', 'article L324-2 / unspecified 5']]);
    });

    it('items "1° bis", "1° ter" inserted after "1°" (CPP art. 21) are units 1bis and 1ter, which "aux 1°, 1° bis et 1° ter de l\'article 21" cites', () => {
      const article = ['# Article 21', '', 'Sont agents de police judiciaire adjoints :', '', '1° Les fonctionnaires des services actifs de police nationale ne remplissant pas les conditions prévues par l\'article 20 ;', '',
        '1° bis Les volontaires servant en qualité de militaire dans la gendarmerie ;', '', '1° ter Les adjoints de sécurité ;', '', '2° Les agents de police municipale.', ''].join('\n');
      const model = parseDocument('file:///workspace/cpp/article-21.md', article);
      assert.deepStrictEqual(model.units.filter((unit) => unit.parent?.kind === 'article' && unit.kind !== 'alinea').map((unit) => unit.number), ['1', '1bis', '1ter', '2']);
      const workspace = new Workspace();
      workspace.set(model.uri, article);
      workspace.set('file:///workspace/cpp/article-21-2.md', "# Article 21-2\n\nLes agents de police judiciaire adjoints mentionnés aux 1°, 1° bis et 1° ter de l'article 21 peuvent constater les contraventions.\n");
      const found = workspace.resolved('file:///workspace/cpp/article-21-2.md').find((r) => r.reference.text.startsWith('1°'))!;
      assert.deepStrictEqual(found.targets.map((t) => t.unitId), ['art_21__para_1', 'art_21__para_1bis', 'art_21__para_1ter']);
    });

    it('"aux alinéas c à n du 2° de l\'article L. 531-2" and "au premier alinéa du 3° du présent article": an item between the inner unit and the article', () => {
      const [letters] = parseReferences("à l'exception des personnes mentionnées aux alinéas c à n du 2° de l'article L. 531-2 qui", { language: 'fr' });
      assert.deepStrictEqual(letters.targets.map((t) => t.path.map((step) => step.number)), [['L531-2', '2', 'c']]);
      const [own] = parseReferences('prévues au premier alinéa du 3° du présent article', { language: 'fr' });
      assert.deepStrictEqual([own.text, own.anchor.kind], ['premier alinéa du 3° du présent article', 'this']);
    });

    it('a contents page\'s links ("- [Paragraphe 2 : Désignation des officiers …](paragraphe-2)") are no broken citations', () => {
      const workspace = new Workspace();
      const uri = 'file:///workspace/cpp/partie-reglementaire/livre-ier/titre-ier/chapitre-ier/section-2/README.md';
      workspace.set(uri, ['# Section 2 : Des officiers de police judiciaire', '', '- [Paragraphe 1 : Habilitation](paragraphe-1)', '- [Paragraphe 2 : Désignation des officiers de police judiciaire](paragraphe-2)', ''].join('\n'));
      assert.deepStrictEqual(checkDocument(workspace, uri).filter((d) => d.severity === 'error').map((d) => d.message), []);
    });

    it('must not: "au 1° de la catégorie D" (an item of a category of weapons, no unit of ours) is no citation', () => {
      assert.deepStrictEqual(parseReferences("des armes mentionnées au 1° de la catégorie D s'effectuent dans les conditions prévues", { language: 'fr' }).map((r) => r.text), []);
    });
  });

  describe('amending instructions in a list after a lead-in ending with ":" (Code de la sécurité intérieure, article L285-2, etalab 2011, verbatim)', () => {
    it('"a) Les mots : « … » sont remplacés par les mots : « … »" defines nothing, so two of them are no duplicate-definition', () => {
      const text = "# Article L285-2\n\nPour l'application des dispositions énumérées à l'article L. 285-1 :\n\n1° Les références au département sont remplacées par la référence à la Polynésie française ;\n\n2° Les références au représentant de l'Etat dans le département sont remplacées par la référence au haut-commissaire de la République en Polynésie française ;\n\n3° Les références à la commission départementale de vidéoprotection sont remplacées par la référence à la commission locale de vidéoprotection ;\n\n4° Les montants exprimés en euros sont remplacés par leur contre-valeur en monnaie locale ;\n\n5° Au 2° de l'article L. 223-2, les mots : \" régie par l'article L. 1000-1 du code des transports \" sont supprimés ;\n\n6° A l'article L. 242-1, l'autorisation peut également être donnée sur proposition écrite et motivée du ministre chargé de l'outre-mer ;\n\n7° A l'article L. 242-9 :\n\na) Les mots : \" des services ou organismes placés sous l'autorité ou la tutelle du ministre chargé des communications électroniques ou des exploitants de réseaux ou fournisseurs de services de télécommunications \" sont remplacés par les mots : \" des organismes chargés de l'exploitation d'un service public de télécommunications \" ;\n\nb) Les mots : \" par des agents qualifiés de ces services, organismes, exploitants ou fournisseurs dans leurs installations respectives \" sont remplacés par les mots : \" par des agents qualifiés de ces organismes \" ;\n\n8° A l'article L. 254-1, les mots : \" des articles 226-1 du code pénal et L. 1121-1, L. 1221-9, L. 1222-4 et L. 2323-32 du code du travail \" sont remplacés par les mots : \" de l'article 226-1 du code pénal et des dispositions du code du travail applicables localement \" ;\n\n9° Le deuxième alinéa de l'article L. 271-1 est ainsi rédigé :\n\n\" Un arrêté du haut-commissaire de la République en Polynésie française précise les zones dans lesquelles cette obligation s'applique ainsi que les caractéristiques des immeubles ou locaux qui y sont assujettis. \"\n";
      const workspace = new Workspace();
      workspace.set('file:///workspace/csi/article-l285-2.md', text);
      const model = workspace.get('file:///workspace/csi/article-l285-2.md')!;
      assert.deepStrictEqual(model.definitions.map((d) => d.term), []);
      assert.deepStrictEqual(checkDocument(workspace, model.uri).filter((d) => d.code === 'duplicate-definition'), []);
    });

    it('must not: a definitions list in the same form still defines ("- Abonné : toute personne …")', () => {
      const model = parseDocument('file:///workspace/def.md', ['# Article 1', '', 'Au sens de la présente loi, on entend par :', '', '- Abonné : toute personne physique ou morale liée par contrat ;', '', '- Opérateur : toute personne exploitant un réseau.', ''].join('\n'));
      assert.deepStrictEqual(model.definitions.map((d) => d.term), ['Abonné', 'Opérateur']);
    });
  });

  describe('citations inside an amending instruction (Code monétaire et financier, article L742-6-1, etalab 2011, verbatim)', () => {
    const text = "# Article L742-6-1\n\nLes articles L. 221-1 à L. 221-9 et L. 221-38 sont applicables en Nouvelle-Calédonie sous réserve des adaptations suivantes :\n\n1° Aux articles L. 221-2,\nL. 221-4 et L. 221-6, les mots : \" l'établissement de crédit mentionné à l'article L. 518-25-1 \" sont remplacés par les mots : \" l'office des postes et télécommunications \" ;\n\n2° A l'article L. 221-3 :\n\na) Au premier alinéa, les mots : \", aux associations mentionnées au 5 de l'article 206 du code général des impôts et aux organismes d'habitations à loyer modéré \" sont supprimés ;\n\nb) Au troisième alinéa, les mots : \" ou d'un seul compte spécial sur livret du Crédit mutuel ouvert avant le 1er janvier 2009 \" sont supprimés ;\n\n3° A l'article L. 221-5 :\n\na) Au premier alinéa, les mots : \" et du livret de développement durable régi par l'article L. 221-27 \" sont supprimés et les mots : \" l'un ou l'autre livret \" sont remplacés par les mots : \" ce livret \" ;\n\nb) Au deuxième alinéa, les mots : \" et du livret de développement durable \" sont supprimés et les mots : \" ces livrets \" sont remplacés par les mots : \" ce livret \" ;\n\nc) Aux quatrième, cinquième et sixième alinéas, les mots : \" ou le livret de développement durable \" sont supprimés ;\n\nd) Au cinquième alinéa, les mots : \" ces deux livrets \" sont remplacés par les mots : \" ce livret \" ;\n\n4° Au premier alinéa de l'article L. 221-6, les mots : \" et ceux distribuant le livret de développement durable \" sont supprimés ;\n\n5° A l'article L. 221-8, les mots : \" ainsi que celles relatives aux comptes spéciaux sur livret du Crédit mutuel ouverts avant le 1er janvier 2009 \" sont supprimés.\n";

    it('"c) Aux quatrième, cinquième et sixième alinéas, les mots : « … » sont supprimés" cites the amended article\'s alinéas: a note, not an error', () => {
      const workspace = new Workspace();
      workspace.set('file:///workspace/cmf/article-l742-6-1.md', text);
      assert.deepStrictEqual(checkDocument(workspace, 'file:///workspace/cmf/article-l742-6-1.md').filter((d) => d.severity === 'error').map((d) => d.message), []);
      const found = workspace.resolved('file:///workspace/cmf/article-l742-6-1.md').find((r) => r.reference.text.startsWith('quatrième, cinquième et sixième alinéas'))!;
      assert.ok(found.targets.some((t) => t.status === 'external' && /amends another text/.test(t.reason ?? '')), JSON.stringify(found.targets));
    });

    it('must not: the same citation in a sentence that amends nothing is still reported', () => {
      const workspace = new Workspace();
      workspace.set('file:///workspace/cmf/article-l742-6-1.md', text.replace('les mots : " ou le livret de développement durable " sont supprimés', 'les mots " ou le livret de développement durable " désignent le livret A'));
      const errors = checkDocument(workspace, 'file:///workspace/cmf/article-l742-6-1.md').filter((d) => d.severity === 'error');
      assert.ok(errors.some((d) => /sixième alinéas/.test(d.message)), errors.map((d) => d.message).join('; '));
    });
  });

  describe('sections headed by a number and title in bold, run into their first subsection (India Code: "**2. Definitions.**–(1) …")', () => {
    const act = ['# THE INFORMATION TECHNOLOGY ACT, 2000', '', '## CHAPTER I PRELIMINARY', '',
      '**1. Short title, extent, commencement and application.**–(1) This Act may be called the Information Technology Act, 2000.', '',
      '(2) It shall extend to the whole of India.', '',
      '**2. Definitions.**–(1) In this Act, unless the context otherwise requires,–', '',
      '(a) "access" with its grammatical variations and cognate expressions means gaining entry into, instructing or communicating with the logical, arithmetical, or memory function resources of a computer;', '',
      '(ha) "communication device" means cell phones, personal digital assistance or combination of both;', '',
      '(i) "computer" means any electronic, magnetic, optical or other high-speed data processing device;', '',
      '(2) Any reference in this Act to any enactment shall be construed as a reference to the corresponding law.', '',
      '**43. Penalty and compensation for damage to computer, computer system, etc.**–If any person without permission of the owner accesses such computer as defined in clause (a) of sub-section (1) of section 2, he shall be liable to pay damages.', '',
      '**66. Computer related offences.**–If any person, dishonestly or fraudulently, does any act referred to in section 43, he shall be punishable.', ''].join('\n');

    it('sections 1, 2, 43 and 66 with their titles; "(1)" after the dash opens sub-section (1), and its clauses nest in it', () => {
      const model = parse(act);
      for (const id of ['sec_1__para_1', 'sec_1__para_2', 'sec_2__para_1__subpara_a', 'sec_2__para_1__subpara_ha', 'sec_2__para_1__subpara_i', 'sec_2__para_2', 'sec_43', 'sec_66']) {
        assert.ok(ids(model).includes(id), `${id}: ${ids(model).join(' ')}`);
      }
      assert.strictEqual(model.unitsById.get('sec_43')!.title, 'Penalty and compensation for damage to computer, computer system, etc.');
      assert.deepStrictEqual(errorsOf(act), []);
    });

    it('must not: "**19. (1) Where any law requires …**" (bold run over the subsection, as PDF converters give it) keeps its subsection (1)', () => {
      const model = parse(['**18.** Text.', '', '**Submission of a document**', '', '**19. (1) Where any law requires the filing or submission of any**', 'document, the requirement is fulfilled.', '', '(2) For the purposes of subsection (1), the form applies.', ''].join('\n'));
      assert.ok(ids(model).includes('sec_19__para_1') && ids(model).includes('sec_19__para_2'), ids(model).join(' '));
    });
  });

  describe('the numbering of Dutch codes as wetten.overheid.nl markdown gives it (Wetboek van Strafvordering)', () => {
    const code = ['### Titel  IV  ', '', '### Eerste  afdeeling  ', '', '### Artikel  5  ', '', 'Tekst.', '', '### Tweede  afdeeling  ', '', '### Artikel  6  ', '', 'Tekst.', '',
      '### Tweede afdeling  A  ', '', '### Artikel  6a  ', '', 'Tekst.', '', '### Titel  IVA  ', '', '### Eerste  afdeling  ', '', '### Artikel  7  ', '', 'Tekst.', '',
      '###Vijfde Boek ', '', '### Titel  3  ', '', '### Artikel  5:3:1  ', '', 'In deze titel wordt verstaan onder toezichtmaatregel: een verplichting als bedoeld in artikel 5:3:3.', '',
      '### Artikel  5:3:3  ', '', 'Tekst, en artikel 5 blijft van toepassing.', ''].join('\n');

    it('"Artikel 5:3:1" is its own article (not a second article 5), "Titel IVA" and "Tweede afdeling A" are units of their own; "artikel 5:3:3" resolves', () => {
      const model = parse(['---', 'id: sv', 'title: Wetboek van Strafvordering', 'type: law', 'language: nl', '---', '', code].join('\n'));
      assert.deepStrictEqual(model.problems.filter((p) => p.code === 'duplicate-unit').map((p) => p.message), []);
      assert.ok(model.units.some((u) => u.kind === 'article' && u.number === '5:3:1'), ids(model).join(' '));
      assert.ok(model.units.some((u) => u.kind === 'title' && u.number === 'iva') && model.units.some((u) => u.kind === 'division' && u.number === '2a'), ids(model).join(' '));
      assert.deepStrictEqual(errorsOf(['---', 'id: sv', 'title: Wetboek van Strafvordering', 'type: law', 'language: nl', '---', '', code].join('\n')), []);
    });

    it('"artikel 2, onder b, van de Politiewet 2012", "artikel 13 van de Opiumwet": another law, not a missing point of article 2 here', () => {
      const text = ['---', 'id: sv', 'title: Wetboek van Strafvordering', 'type: law', 'language: nl', '---', '', '### Artikel  1  ', '', 'Tekst.', '', '### Artikel  2  ', '',
        '1.  De ambtenaren van politie, bedoeld in artikel 2, onder b, van de Politiewet 2012, stellen de identiteit vast.', '',
        '2.  Een feit als bedoeld in artikel 13 van de Opiumwet.', ''].join('\n');
      assert.deepStrictEqual(errorsOf(text), []);
    });

    it('"Artikel 126nd" is an article of its own, not article 126 ("nd" is no ordinal ending of 126); "2nd", "21st", "1er" still are ordinals', () => {
      const text = ['---', 'id: sv', 'title: Wetboek van Strafvordering', 'type: law', 'language: nl', '---', '', '### Artikel  126  ', '', '1. Tekst.', '', '### Artikel  126nd  ', '',
        '1. Tekst.', '', '2. Tekst.', '', '3. Tekst.', '', '4. Tekst.', '', '5. Tekst.', '', '6. Tekst.', '', '7. Tekst.', '', '### Artikel  126nf  ', '',
        // Sv art. 126nf (4), verbatim: a range of ordinals, then one more.
        '4. Artikel 126nd, derde tot en met vijfde en zevende lid, is van overeenkomstige toepassing. ', ''].join('\n');
      const workspace = new Workspace();
      workspace.set('file:///workspace/sv.md', text);
      const found = workspace.resolved('file:///workspace/sv.md').find((r) => r.reference.text.startsWith('Artikel 126nd'))!;
      assert.deepStrictEqual(found.targets.map((t) => `${t.status} ${t.unitId}${t.throughUnitId ? ` … ${t.throughUnitId}` : ''}`),
        ['resolved art_126nd__para_3 … art_126nd__para_5', 'resolved art_126nd__para_7']);
      for (const [written, value] of [['2nd', '2'], ['21st', '21'], ['12th', '12'], ['1er', '1'], ['126nd', '126nd'], ['3st', '3st']]) assert.strictEqual(normaliseNumber(written), value, written);
    });

    it('"Artikel 509*j*, derde lid" (Sv art. 509p, the letter in italics as the converter wrote it) is article 509j', () => {
      const text = ['---', 'id: sv', 'title: Wetboek van Strafvordering', 'type: law', 'language: nl', '---', '', '### Artikel  509j  ', '', '1. Tekst.', '', '2. Tekst.', '', '3. Tekst.', '', '### Artikel  509p  ', '',
        'Tot kennisneming van de vordering is bij uitsluiting bevoegd de rechtbank die in eerste aanleg heeft kennis genomen van het misdrijf ter zake waarvan de terbeschikkingstelling is gelast. Artikel 509*j*, derde lid, is van toepassing.  ', ''].join('\n');
      const workspace = new Workspace();
      workspace.set('file:///workspace/sv.md', text);
      const found = workspace.resolved('file:///workspace/sv.md').find((r) => r.reference.text.startsWith('Artikel 509'))!;
      assert.deepStrictEqual(found.targets.map((t) => `${t.status} ${t.unitId}`), ['resolved art_509j__para_3']);
      assert.strictEqual(found.reference.text, 'Artikel 509*j*, derde lid');
    });

    it('must not: "Article 5: Scope" is article 5 titled "Scope"', () => {
      const model = parse(['### Article 5: Scope', '', 'Text.', ''].join('\n'));
      assert.ok(model.units.some((u) => u.kind === 'article' && u.number === '5' && u.title === 'Scope'), ids(model).join(' '));
    });
  });

  describe('run-in section labels of Philippine acts (RA 10173)', () => {
    const act = ['CHAPTER I', 'GENERAL PROVISIONS', '',
      'SECTION 1. Short Title. – This Act shall be known as the “Data Privacy Act of 2012”.', '',
      'SEC. 2. Declaration of Policy. – It is the policy of the State to protect the fundamental human right of privacy.', '',
      'SEC. 3. Definition of Terms. – Whenever used in this Act, the following terms shall have the respective meanings hereafter set forth:', '',
      '(a) Commission shall refer to the National Privacy Commission created by virtue of this Act.', '',
      '(b) Data subject refers to an individual whose personal information is processed.', '',
      'SEC. 4. Every personal information controller shall comply with this Act: Provided, That the requirements of Section 2 and Section 3(b) are complied with.', ''].join('\n');

    it('"SECTION 1. Short Title. –", "SEC. 2. … –" and "SEC. 4. Every … " open sections 1 to 4; "Section 3(b)" resolves', () => {
      const model = parse(act);
      for (const id of ['sec_1', 'sec_2', 'sec_3', 'sec_3__subsec_a', 'sec_3__subsec_b', 'sec_4']) assert.ok(ids(model).includes(id), `${id}: ${ids(model).join(' ')}`);
      assert.deepStrictEqual(errorsOf(act), []);
      assert.deepStrictEqual(model.definitions.map((d) => d.term), ['Commission', 'Data subject']);
    });

    it('must not: "Section 5 of this Act applies" opening a paragraph is a citation, not a section', () => {
      const model = parse([act, 'Section 3 of this Act applies to the Commission.', ''].join('\n'));
      assert.ok(!ids(model).includes('sec_3_dup2'), ids(model).join(' '));
    });
  });

  describe('Peruvian codes converted from the official PDF (DLeg 957, Código Procesal Penal, verbatim)', () => {
    // The converter's shapes: an article's label, its short title and ".-" on one line; page breaks
    // (a form feed) leaving no blank line before the next article; long titles wrapped once.
    const code = ['# Nuevo Código Procesal Penal', '',
      ' Artículo 1 Acción penal.- La acción penal es pública.', '',
      ' Artículo 4 Cuestión previa.-', '',
      ' 1. La cuestión previa procede cuando el Fiscal decide continuar con la Investigación Preparatoria',
      'omitiendo un requisito de procedibilidad explícitamente previsto en la Ley. Si el órgano jurisdiccional la',
      'declara fundada se anulará lo actuado.', '',
      ' 2. La Investigación Preparatoria podrá reiniciarse luego que el requisito omitido sea satisfecho.',
      '\f Artículo 5 Cuestión prejudicial.-', '',
      ' 7. Conocer de los demás casos que este Código y las Leyes determinen.',
      '\f Artículo 30 Competencia de los Juzgados de Paz Letrados.- Compete a los Juzgados de Paz Letrados',
      'conocer de los procesos por faltas.', '',
      ' Artículo 129 Citaciones.', '',
      ' 1. Las víctimas, testigos, peritos, interpretes y depositarios, podrán ser citados por medio de la',
      'Policía o por el personal oficial de la Fiscalía o del órgano jurisdiccional.', '',
      ' Artículo 230 Intervención o grabación o registro de comunicaciones telefónicas o de otras formas de',
      'comunicación.-', '',
      // The code's article 164 (1) cites article 129 so; the list after it is written for the test.
      ' 1. La citación del testigo se efectuará de conformidad con el artículo 129.', '',
      ' 2. Se aplican los artículos 4, 5, 30 y 230.', ''].join('\n');

    it('opens articles 1, 4, 5, 30, 129 and 230 in every shape, and the citations to them resolve', () => {
      const model = parse(code);
      const articles = model.units.filter((unit) => unit.kind === 'article').map((unit) => unit.number);
      assert.deepStrictEqual(articles, ['1', '4', '5', '30', '129', '230']);
      assert.ok(ids(model).includes('art_4__para_2'), ids(model).join(' '));
      assert.deepStrictEqual(errorsOf(code), []);
    });

    it('must not: a sentence citing on ("§ 58a Absatz 2 gilt entsprechend."), a compound ("Artikel 10-Gesetzes"), or "Article 5 applies." is no heading', () => {
      const text = ['# Gesetz', '', '### § 58 Vernehmung', '', '(1) Text.', '', '§ 58a Absatz 2 gilt entsprechend.', '',
        '1.  Die Übermittlung an die G 10-Kommission nach § 1 des', '    Artikel 10-Gesetzes den Mitgliedern und Mitarbeitern der G', '    10-Kommission.', '',
        'Article 5 applies.', ''].join('\n');
      const model = parse(text);
      assert.deepStrictEqual(model.units.filter((unit) => unit.kind === 'section' || unit.kind === 'article').map((unit) => unit.number), ['58']);
    });
  });

  describe('Peruvian laws as the official site (SPIJ) gives them in HTML converted to markdown (DS 179-2004-EF, verbatim)', () => {
    // A note's mark before the label, labels in bold and italic, italics opened before the bold label;
    // lines indented with no-break spaces, as the site's HTML gives them (no code block then).
    const indent = '\u00a0 \u00a0 \u00a0';
    const law = ['# Texto Único Ordenado de la Ley del Impuesto a la Renta', '',
      `${indent}**_(1)_** **Artículo 1.-** El Impuesto a la Renta grava:`, '',
      `${indent}a) Las rentas que provengan del capital, del trabajo y de la aplicación conjunta de ambos factores.`, '',
      `${indent}**_(4)_** **_Artículo 4.-_** _Sólo se presumirá que existe habitualidad, en la enajenación de bienes hecha por una persona natural._`, '',
      `${indent}_**Artículo 5.-** Para los efectos de esta ley, se entiende por enajenación la venta, permuta, cesión definitiva, expropiación, aporte a sociedades._`, '',
      // written for the test: a citation of each
      'Véanse el inciso a) del artículo 1 y los artículos 4 y 5.', ''].join('\n');

    it('a label in bold with a note\'s mark or a quote ("**_(8) Artículo 13.-_**", "**“Artículo 19.**") opens the article and is no citation; "Artículo 14 de la Ley" opening a line still is one', () => {
      const labels = [law, `${indent}**_(8) Artículo 13.-_** _Los extranjeros que ingresen al país y que cuenten con las siguientes calidades migratorias, de acuerdo a la ley de la materia, se sujetarán a las reglas que a continuación se indican:_`, '',
        `${indent}**_Artículo 19.- (17)_** _Están exonerados del impuesto hasta el 31 de diciembre del año 2006:_`, '',
        `${indent} **“Artículo 19.** Están exonerados del impuesto hasta el 31 de diciembre de 2026:**"**`, ''].join('\n');
      assert.deepStrictEqual(errorsOf(labels), []);
      // the labels open articles 13 and 19 (twice: as enacted and as amended); written for the test:
      // a citation opening its line is still one, of an article there is (13) or not (14)
      assert.deepStrictEqual(parse(labels).units.filter((unit) => unit.kind === 'article').map((unit) => unit.number), ['1', '4', '5', '13', '19', '19']);
      // article 19 given again as amended (its label opens the quoted new text): said, not warned of
      assert.deepStrictEqual(parse(labels).problems.filter((p) => p.code === 'unit-given-again' || p.code === 'duplicate-unit').map((p) => p.code), ['unit-given-again']);
      assert.strictEqual(errorsOf([labels, 'Artículo 13 de esta Ley.', ''].join('\n')).length, 0);
      assert.strictEqual(errorsOf([labels, 'Artículo 14 de esta Ley.', ''].join('\n')).length, 1);
    });

    it('opens articles 1, 4 and 5, and the citations to them resolve', () => {
      const model = parse(law);
      assert.deepStrictEqual(model.units.filter((unit) => unit.kind === 'article').map((unit) => unit.number), ['1', '4', '5']);
      assert.deepStrictEqual(errorsOf(law), []);
    });

    it('a note\'s mark or an amended text\'s quote inside the bold label, or in bold of its own before it, opens the article ("**_(31) Artículo 20.-_**", "**“Artículo 20.-**", "_**_(103)_** **_Artículo 73.-_**", "_**“**_ **Artículo 57.-**")', () => {
      const marked = ['# Texto Único Ordenado de la Ley del Impuesto a la Renta', '',
        ' \u00a0 \u00a0 \u00a0**_(31) Artículo 20.-_** _La renta bruta está constituida por el conjunto de ingresos afectos al impuesto que se obtenga en el ejercicio gravable.  ', '',
        `${indent}**“Artículo 20.-** La renta bruta está constituida por el conjunto de ingresos afectos al impuesto que se obtenga en el ejercicio gravable.`, '',
        ' \u00a0 \u00a0 \u00a0_**“**_ **Artículo 57.-** A los efectos de esta Ley, el ejercicio gravable comienza el 1 de enero de cada año y finaliza el 31 de diciembre.', '',
        `${indent}_**_(103)_** **_Artículo 73.-_** _Las personas jurídicas que paguen o acrediten rentas de obligaciones al portador u otros valores al portador, deberán retener el treinta por ciento (30%) de los importes pagados o acreditados._`, '',
        // written for the test: a citation of each
        'Véanse los artículos 20, 57 y 73 de esta Ley.', ''].join('\n');
      const model = parse(marked);
      assert.deepStrictEqual(model.units.filter((unit) => unit.kind === 'article').map((unit) => unit.number), ['20', '20', '57', '73']);
      assert.deepStrictEqual(errorsOf(marked), []);
    });

    it('in the text the site gives for download (no blank lines), "(45) Artículo 27.- …" on a line of its own opens article 27; "(44) Artículo sustituido por el Artículo 17 …" does not', () => {
      const text = ['# Texto Único Ordenado de la Ley del Impuesto a la Renta', '',
        'vinculación, será de aplicación lo dispuesto por el numeral 4) del Artículo 32 de esta Ley. (*)',
        '(44) Artículo sustituido por el Artículo 17 del Decreto Legislativo Nº 945, publicado el 23',
        'de diciembre de 2003.',
        '(45) Artículo 27.- Cualquiera sea la denominación que le acuerden las partes, se considera',
        'regalía a toda contraprestación en efectivo o en especie originada por el uso o por el privilegio de usar', ''].join('\n');
      const model = parse(text);
      assert.deepStrictEqual(model.units.filter((unit) => unit.kind === 'article').map((unit) => unit.number), ['27']);
    });
  });

  describe('a code brought without front matter is "el Código" of its own text', () => {
    it('"los artículos 1 y 3 del Código" in "… - Código Penal" are its own, though it also names the "Nuevo Código Procesal Penal"', () => {
      const workspace = new Workspace();
      workspace.set('file:///workspace/cpp.md', ['---', 'title: Nuevo Código Procesal Penal', '---', '', '# Nuevo Código Procesal Penal', '', ' Artículo 1 Acción penal.- La acción penal es pública.', ''].join('\n'));
      // The penal code's article 57 cites the procedural code by name, then itself as "del Código".
      workspace.set('file:///workspace/cp.md', ['---', 'title: Decreto Legislativo N° 635 - Código Penal', '---', '', '# CÓDIGO PENAL', '',
        '**Artículo 1.-** Conforme a los alcances del artículo 1 del Nuevo Código Procesal Penal.', '',
        '**Artículo 2.-** La suspensión es inaplicable a los condenados por los delitos previstos en los artículos 1 y 3 del Código.', '',
        '**Artículo 3.-** Texto.', ''].join('\n'));
      const model = workspace.get('file:///workspace/cp.md')!;
      const resolved = workspace.resolved('file:///workspace/cp.md');
      const textOf = (r: (typeof resolved)[number]) => model.text.slice(r.reference.span.start, r.reference.span.end);
      const own = resolved.filter((r) => textOf(r).includes('del Código') && !textOf(r).includes('Procesal'));
      assert.ok(own.length > 0, resolved.map(textOf).join(' | '));
      for (const r of own) for (const target of r.targets) assert.strictEqual(target.documentId, 'cp', JSON.stringify(target));
      assert.deepStrictEqual(checkDocument(workspace, 'file:///workspace/cp.md').filter((d) => d.severity === 'error').map((d) => d.message), []);
    });
  });

  describe('an article given twice, as enacted and as amended (Código Penal of Peru, DLeg 635, verbatim as SPIJ gives it)', () => {
    const code = ['---', 'language: es', '---', '', '# CÓDIGO PENAL', '',
      "**Artículo 36.-**\u00a0La inhabilitación producirá, según disponga la sentencia:(*)",
      "",
      "(*) Texto modificado por el Artículo 1 de la Ley N° 29439, publicada el 19 noviembre 2009, cuyo texto es el siguiente:",
      "",
      "\u00a0 \u00a0 \u00a0\"",
      "",
      "**Artículo 36.-** Inhabilitación",
      "",
      "\u00a0 \u00a0 \u00a0\u00a0La inhabilitación producirá, según disponga la sentencia:\"",
      "",
      "\u00a0 \u00a0 \u00a01. Privación de la función, cargo o comisión que ejercía el condenado, aunque provenga de elección popular;",
      "",
      "\u00a0 \u00a0 \u00a02. Incapacidad para obtener mandato, cargo, empleo o comisión de carácter público;",
      "",
      "\u00a0 \u00a0 \u00a03. Suspensión de los derechos políticos que señale la sentencia;",
      "",
      "\u00a0 \u00a0 \u00a04. Incapacidad para\u00a0 ejercer por cuenta propia o por intermedio de tercero profesión, comercio, arte o industria, que deben especificarse en la sentencia;",
      "",
      "\u00a0 \u00a0 \u00a05. Incapacidad para el ejercicio de la patria potestad, tutela o curatela;",
      "",
      "\u00a0 \u00a0 \u00a06. Suspensión o cancelación de la autorización para portar o hacer uso de armas de fuego;(*)",
      "",
      "",
      "**Artículo 38.-** Duración de la inhabilitación principal",
      "",
      "\u00a0 \u00a0 \u00a0\u00a0La inhabilitación principal se extiende de seis (6) meses a cinco (5) años, salvo en los casos a los que se refiere el segundo párrafo del numeral 6) del artículo 36, en la que es definitiva.\" (*)", ''].join('\n');

    it('"segundo párrafo del numeral 6) del artículo 36" is found in the amended version, the only one with numerals', () => {
      const workspace = workspaceOfOne(code);
      const model = workspace.get('file:///workspace/law.md')!;
      const cited = workspace.resolved('file:///workspace/law.md').find((r) => model.text.slice(r.reference.span.start, r.reference.span.end).includes('numeral 6) del artículo 36'));
      assert.ok(cited, workspace.resolved('file:///workspace/law.md').map((r) => model.text.slice(r.reference.span.start, r.reference.span.end)).join(' | '));
      const target = cited.targets[0];
      assert.strictEqual(target.status, 'resolved', JSON.stringify(target));
      const unit = model.units.find((u) => u.id === target.unitId)!;
      assert.ok(model.text.slice(unit.span.start, unit.span.end).includes('armas de fuego'), unit.id);
    });

    it('must not: a path the first version holds goes to the first version', () => {
      const workspace = workspaceOfOne(code + '\nConforme al artículo 36 y al artículo 38.\n');
      const model = workspace.get('file:///workspace/law.md')!;
      const cited = workspace.resolved('file:///workspace/law.md').find((r) => r.reference.span.start > code.length && model.text.slice(r.reference.span.start, r.reference.span.end).startsWith('artículo 36'));
      assert.strictEqual(cited?.targets[0].unitId, 'art_36', JSON.stringify(cited?.targets));
    });
  });

  describe('a decree\'s own articles before those of the text it approves (DS 179-2004-EF, verbatim)', () => {
    const text = ['---', 'language: es', '---', '', '# Aprueban el Texto Único Ordenado de la Ley del Impuesto a la Renta', '',
      "\u00a0 \u00a0 \u00a0**Artículo 1.-** Apruébase el nuevo Texto Único Ordenado de la Ley del Impuesto a la Renta, que consta de diecisiete (17) Capítulos, ciento veinticuatro (124) Artículos y cincuenta y uno (51) Disposiciones Transitorias y Finales, los cuales forman parte integrante del presente Decreto Supremo.",
      "",
      "\u00a0 \u00a0 \u00a0 **Artículo 2.-** Deróguese el Decreto Supremo Nº 054-99-EF.",
      "",
      "\u00a0 \u00a0 \u00a0**Artículo 3.-** El presente Decreto Supremo será refrendado por el Ministro de Economía y Finanzas.",
      "",
      "**NUEVO TEXTO ÚNICO ORDENADO DE LA LEY DEL IMPUESTO A LA RENTA  ",
      "**",
      "",
      "**CAPÍTULO I  ",
      "**",
      "",
      "**DEL ÁMBITO DE APLICACIÓN  ",
      "**",
      "",
      "\u00a0 \u00a0 \u00a0**_(2)_** **Artículo 2.-** Para efectos de esta Ley, constituye ganancia de capital cualquier ingreso que provenga de la enajenación de bienes de capital. Se entiende por bienes de capital a aquellos que no están destinados a ser comercializados en el ámbito de un giro de negocio o de empresa.",
      "",
      "\u00a0 \u00a0 \u00a0Entre las operaciones que generan ganancias de capital, de acuerdo a esta Ley, se encuentran:",
      "",
      "\u00a0 \u00a0 \u00a0_a) La enajenación, redención o rescate, según sea el caso, de acciones y participaciones representativas del capital, acciones de inversión, certificados, títulos, bonos y papeles comerciales, valores representativos de cédulas hipotecarias, obligaciones al portador u otros valores al portador y otros valores mobiliarios_.**(1)(2)(3)  ",
      "**",
      "\u00a0 \u00a0 \u00a0(i) Pérdidas de capital provenientes de la enajenación de bienes a que se refiere el inciso a) del artículo 2 de esta Ley, siempre que estuviera gravada con el Impuesto.", ''].join('\n');

    it('"el inciso a) del artículo 2 de esta Ley" is the approved text\'s article 2 (a), not a missing (a) of the decree\'s article 2', () => {
      const workspace = workspaceOfOne(text);
      const model = workspace.get('file:///workspace/law.md')!;
      const cited = workspace.resolved('file:///workspace/law.md').find((r) => model.text.slice(r.reference.span.start, r.reference.span.end).startsWith('inciso a) del artículo 2'));
      assert.ok(cited, 'the citation is read');
      const unit = model.units.find((u) => u.id === cited.targets[0].unitId);
      assert.ok(unit && model.text.slice(unit.span.start, unit.span.end).includes('La enajenación, redención o rescate'), JSON.stringify(cited.targets));
      assert.deepStrictEqual(errorsOf(text), []);
    });
  });

  describe('a law of one article: "Artículo Unico" (Uruguay\'s law 20049 as IMPO gives it, verbatim)', () => {
    it('is the law\'s article, so the law is read as one; "Article unique" likewise', () => {
      const law = ['---', 'language: es', '---', '',
      "# Ley Nº 20049 - AUTORIZACION DE SALIDA DEL PAIS DE TROPAS NACIONALES PARA EL CUMPLIMIENTO DEL EJERCICIO COMBINADO QUE SE DESARROLLA EN EL EXTERIOR, COMO LA ENTRADA DE FUERZAS EXTRANJERAS EN NUESTRO PAIS, CON MOTIVO DE LA PARTICIPACION DEL PERSONAL Y MEDIOS DE LA FUERZA AEREA URUGUAYA EN EL EJERCICIO MILITAR COMBINADO \"RÍO 2022\"",
      "",
      "##### Artículo Unico",
      "",
      "Autorízase la salida de tropas nacionales para el cumplimiento del Ejercicio Combinado que se desarrolla en el exterior, como la entrada de fuerzas extranjeras en nuestro país, con motivo de la participación del personal y medios de la Fuerza Aérea Uruguaya en el Ejercicio Militar Combinado \"Río 2022\", previsto desde el 26 de junio al 1° de julio de 2022 de acuerdo al Plan Anual de Actividades que se detalla:", ''].join('\n');
      // numbered 1, as "Article unique" already was
      assert.deepStrictEqual(parse(law).units.filter((unit) => unit.kind === 'article').map((unit) => unit.id), ['art_1']);
      assert.deepStrictEqual(parse('# Loi\n\n## Article unique\n\nTexte.\n').units.filter((unit) => unit.kind === 'article').map((unit) => unit.id), ['art_1']);
    });
    it('must not: "Article unique to this Part" or "Section only" are no such heading', () => {
      assert.deepStrictEqual(parse('# Act\n\n## Only Section\n\nText.\n').units.filter((unit) => unit.kind === 'section').map((unit) => unit.id), []);
    });
  });
});
