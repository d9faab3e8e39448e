// Definition forms of real laws beyond the corpus's clean shape (issue 10): converters' quotes,
// limbs after a dash, bare list entries, "construed accordingly", the Dutch verb-first forms, and
// definitions made for one paragraph of an article.
import * as assert from 'node:assert';
import { parseDocument } from '../../server/src/engine/document';
import type { Definition } from '../../server/src/engine/model';
import { corpusDoc, joinLines, textOf } from '../helpers/workspace';
import { rawLawText } from '../helpers/rawLaws';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';

function definitionsOf(text: string): Definition[] {
  return parseDocument('file:///workspace/doc.md', text).definitions;
}

function termsAndBodies(text: string): string[][] {
  return definitionsOf(text).map((d) => [d.term, d.body]);
}

describe('engine: definition forms of real laws', () => {
  describe('quotation marks as converters leave them', () => {
    it('spaces inside the quotes, two terms, a dash and limbs: " data controller " or "controller"— (a) refers to …', () => {
      const text = joinLines('### 2. Interpretation', '',
        'In this Act— " service provider " or "provider"— (a) refers to any public or private entity that provides to users of its service the ability to communicate; (b) includes any other entity that processes or stores computer data on behalf of such service;');
      const found = definitionsOf(text);
      assert.deepStrictEqual(found.map((d) => d.term), ['service provider', 'provider']);
      for (const definition of found) {
        assert.ok(definition.body.startsWith('(a) refers to any public or private entity'), definition.body);
        assert.ok(definition.body.includes('(b) includes any other entity'), definition.body);
      }
      const model = parseDocument('file:///workspace/doc.md', text);
      assert.strictEqual(textOf(model, found[0].termSpan), 'service provider', 'the span is on the words, not the spaces');
    });
    it('doubled opening quotes: ""access provider" means', () => {
      assert.deepStrictEqual(termsAndBodies(joinLines('### 2. Interpretation', '', '""access provider" means any person who provides an electronic data transmission service;')),
        [['access provider', 'any person who provides an electronic data transmission service']]);
    });
    it('LaTeX-style opening quotes of a converter: ``computer system" means (raw Budapest Convention)', () => {
      const found = definitionsOf(joinLines('### Article 1', '', 'For the purposes of this Convention:', '', 'a) ``computer system" means any device or a group of interconnected or related devices;', '', 'b) ``computer data" means any representation of facts;'));
      assert.deepStrictEqual(found.map((d) => [d.term, d.unitId]), [['computer system', 'art_1__subpara_a'], ['computer data', 'art_1__subpara_b']]);
    });
  });

  describe('French codes: a term used again after "ces", a term given a meaning per case (Code monétaire et financier, etalab/codes-juridiques-francais 2afcea3fd5, verbatim)', () => {
    const L532_16 = "# Article L532-16\n\nDans la présente section et pour l'application des dispositions relatives au libre établissement et à la libre prestation de services :\n\n1. L'expression : \" autorités compétentes \" désigne les autorités d'un Etat membre de l'Union européenne habilitées conformément à la législation de cet Etat à agréer ou à contrôler les entreprises d'investissement ou les sociétés de gestion qui y ont leur siège social ;\n\n2. L'expression : \" Etat d'origine \" désigne, pour une entreprise d'investissement ou une société de gestion, l'Etat membre où elle a son siège social ou si, conformément à son droit national, elle en est dépourvue, l'Etat membre dans lequel s'exerce sa direction effective. Pour un marché réglementé, l'expression \" Etat d'origine \" désigne l'Etat membre dans lequel le marché réglementé est reconnu ou, si, conformément à son droit national, il n'a pas de siège statutaire, l'Etat membre où sa direction effective est située ;\n\n3. L'expression : \" Etat d'accueil \" désigne tout Etat membre dans lequel l'entreprise d'investissement ou la société de gestion exerce son activité par le biais d'une succursale ou de la libre prestation de service ou l'Etat membre dans lequel un marché réglementé d'un autre Etat membre fournit des dispositifs permettant aux membres établis dans ce premier Etat membre d'accéder à distance à son système de négociation ;\n\n4. L'expression : \" succursale \" désigne une ou plusieurs parties, dépourvues de la personnalité morale, d'une entreprise d'investissement dont l'objet est de fournir des services d'investissement ou d'une société de gestion qui gèrent un ou plusieurs      OPCVM agréés conformément à la directive 2009/65/ CE du Parlement européen et du Conseil du 13 juillet 2009 ou FIA relevant de la directive 2011/61/ UE du Parlement européen et du Conseil du 8 juin 2011. Tous les lieux d'exploitation établis dans le même Etat membre par une entreprise d'investissement ou une société de gestion dont le siège social se trouve dans un autre Etat membre sont considérés comme une succursale unique ;\n\n5. L'expression : \" opération réalisée en libre prestation de services \" désigne l'opération par laquelle, sans présence permanente dans l'Etat d'accueil, une entreprise d'investissement fournit un service d'investissement dans cet Etat ou une société de gestion y gère un ou plusieurs      OPCVM agréés conformément à la directive 2009/65/ CE du Parlement européen et du Conseil du 13 juillet 2009 ou FIA relevant de la directive 2011/61/ UE du Parlement européen et du Conseil du 8 juin 2011.\n";
    const L214_24 = "# Article L214-24\n\nI.-Les fonds d'investissement relevant de la directive 2011/61/ UE du Parlement européen et du Conseil du 8 juin 2011, dits \" FIA \" :\n\n1° Lèvent des capitaux auprès d'un certain nombre d'investisseurs en vue de les investir, dans l'intérêt de ces investisseurs, conformément à une politique d'investissement que ces FIA ou leurs sociétés de gestion définissent ;\n\n2° Ne sont pas des OPCVM.\n\nLorsque le FIA ne délègue pas globalement la gestion des capitaux levés, et sous réserve des dispositions du dernier alinéa du II et des dispositions des 2°, 3° et du dernier alinéa du III du présent article, du second alinéa du III de l'article L. 532-9 et du I de l'article L. 214-167, il doit remplir les conditions applicables aux sociétés de gestion de portefeuille et respecter les dispositions applicables à ces sociétés.\n\nII.-Sont régis par la présente section :\n\n1° Les FIA ouverts à des investisseurs non professionnels régis par la sous-section 2 ;\n\n2° Les FIA ouverts à des investisseurs professionnels régis par la sous-section 3 ;\n\n3° Les fonds d'épargne salariale régis par la sous-section 4 ;\n\n4° Les organismes de titrisation régis par la sous-section 5.\n\nLorsqu'une société de gestion de portefeuille gère un ou plusieurs FIA relevant des 1° à 4° du présent II dont la valeur totale des actifs, combinée avec les autres actifs qu'elle gère et calculée conformément à l'article 2 du règlement délégué (UE) n° 231/2013 de la Commission du 19 décembre 2012 est inférieure aux seuils mentionnés au IV de l'article L. 532-9, ces FIA n'appliquent pas les dispositions des paragraphes 1,3,4 et 5 de la sous-section 1 et leur société de gestion est soumise aux obligations d'information prévues par le règlement général de l'Autorité des marchés financiers. Leur société de gestion de portefeuille peut choisir de soumettre ces FIA aux dispositions des paragraphes 1 à 5 de la sous-section 1.\n\nIII.-Les FIA qui ne sont pas mentionnés au II sont appelés : \" Autres FIA \".\n\nLorsqu'une personne morale gère un ou plusieurs \" Autres FIA \" dont la valeur totale des actifs, combinée avec les autres actifs qu'elle gère et calculée conformément à l'article 2 du règlement délégué (UE) n° 231/2013 de la Commission du 19 décembre 2012 :\n\n1° Est supérieure aux seuils mentionnés au IV de l'article L. 532-9, ces \" Autres FIA \" désignent un dépositaire et sont gérés par une société de gestion de portefeuille. Ces \" Autres FIA \" appliquent les dispositions des paragraphes 1 à 5 de la sous-section 1 et leur société de gestion est soumise aux obligations d'information prévues par le règlement général de l'Autorité des marchés financiers ;\n\n2° Est inférieure aux seuils mentionnés au IV de l'article L. 532-9, ces \" Autres FIA \" désignent un dépositaire et sont gérés par une société de gestion de portefeuille lorsqu'ils ont au moins un porteur de parts ou actionnaire non professionnel. Ces \" Autres FIA \" n'appliquent pas les dispositions des paragraphes 1,3,4 et 5 de la sous-section 1 et leur société de gestion de portefeuille est soumise aux obligations d'information prévues par le règlement général de l'Autorité des marchés financiers. Leur société de gestion de portefeuille peut choisir de soumettre ces \" Autres FIA \" au régime décrit au 1° ;\n\n3° Est inférieure aux seuils mentionnés au IV de l'article L. 532-9, ces \" Autres FIA \" ne sont pas tenus de désigner un dépositaire et d'être gérés par une société de gestion de portefeuille lorsqu'ils n'ont que des porteurs de parts ou actionnaires professionnels. Ces \" Autres FIA \" n'appliquent pas les dispositions des paragraphes 1 à 5 de la sous-section 1. La personne morale qui gère ces \" Autres FIA \" est enregistrée auprès de l'Autorité des marchés financiers et est soumise aux obligations d'information prévues par le règlement général de l'Autorité des marchés financiers. Elle peut choisir de soumettre ces \" Autres FIA \" au régime décrit au 1°.\n\nLorsqu'une société de gestion de portefeuille gère un ou plusieurs FIA relevant du II du présent article ainsi qu'un ou plusieurs \" Autres FIA \" relevant du présent III, dont la valeur totale des actifs, combinée avec les autres actifs qu'elle gère et calculée conformément à l'article 2 du règlement délégué (UE) n° 231/2013 de la Commission du 19 décembre 2012 est inférieure aux seuils mentionnés au IV de l'article L. 532-9, ces FIA n'appliquent pas les dispositions des paragraphes 1,3,4 et 5 de la sous-section 1 et leur société de gestion est soumise aux obligations d'information prévues par le règlement général de l'Autorité des marchés financiers. Leur société de gestion de portefeuille peut choisir de soumettre ces FIA au régime décrit au 1°.\n\nIV.-Un \" FIA nourricier au sens de la directive 2011/61/ UE du Parlement européen et du Conseil du 8 juin 2011 \" est un FIA qui remplit l'une des conditions suivantes :\n\n1° Etre investi à hauteur d'au moins 85 % de son actif dans les parts ou actions d'un FIA maître au sens de la directive 2011/61/ UE du Parlement européen et du Conseil du 8 juin 2011 ;\n\n2° Etre investi à hauteur d'au moins 85 % de son actif dans plusieurs FIA maîtres lorsque ces FIA maîtres ont des stratégies d'investissement identiques ;\n\n3° Etre exposé pour au moins 85 % de ses actifs à un FIA maître.\n\nUn FIA maître au sens de la directive 2011/61/ UE du Parlement européen et du Conseil du 8 juin 2011 est un FIA dans lequel un autre FIA investit ou auquel un autre FIA est exposé conformément au 1°, 2° ou 3°.\n\nV.-Le siège social et l'administration centrale d'un FIA ou de la société de gestion de portefeuille qui gère un FIA sont situés en France. Ceux de la société de gestion peuvent toutefois être situés dans un autre Etat membre de l'Union européenne ou un pays tiers lorsqu'elle exerce en France son activité en libre établissement ou en libre prestation de services en application de l'article L. 532-21-3 ou de l'article L. 532-30.\n\nVI.-Un FIA qui n'a pas délégué globalement la gestion de son portefeuille à une société de gestion de portefeuille dispose d'un capital initial d'au moins 300 000 €.\n\nVII.-Le \" courtier principal \" est un établissement de crédit, une entreprise d'investissement réglementée ou une autre entité soumise à une réglementation prudentielle et à une surveillance adéquate offrant des services aux investisseurs professionnels essentiellement pour financer et exécuter des transactions sur des instruments financiers à titre de contrepartie et qui peut également fournir d'autres services tels que la compensation et le règlement de transactions, des services de conservation, le prêt de titres, les services techniques et le soutien opérationnel sur mesure.\n\nVIII.-La société de gestion de portefeuille peut déléguer ses fonctions dans les conditions fixées par le règlement général de l'Autorité des marchés financiers.\n\nIX.-Les I à IV sont applicables aux compartiments tels que définis à l'article L. 214-24-26.\n";

    it('L214-24: "ces " Autres FIA " désignent un dépositaire" (they appoint one) defines nothing', () => {
      assert.deepStrictEqual(definitionsOf(L214_24).filter((d) => d.term === 'Autres FIA').map((d) => d.line), []);
    });

    it('L532-16 2.: " Etat d\'origine " defined for an investment firm, then for a regulated market, in one paragraph: no duplicate-definition', () => {
      const workspace = new Workspace();
      const uri = 'file:///workspace/code-monetaire-et-financier/article-l532-16.md';
      workspace.set(uri, L532_16);
      assert.strictEqual(workspace.get(uri)!.definitions.filter((d) => d.term === "Etat d'origine").length, 2);
      assert.deepStrictEqual(checkDocument(workspace, uri).filter((d) => d.code === 'duplicate-definition'), []);
    });

    it('must not: the same term defined in two paragraphs is still a duplicate', () => {
      const workspace = new Workspace();
      const uri = 'file:///workspace/doc.md';
      workspace.set(uri, L532_16.replace("Pour un marché réglementé, l'expression", "\n\n3 bis. Pour un marché réglementé, l'expression"));
      assert.strictEqual(checkDocument(workspace, uri).filter((d) => d.code === 'duplicate-definition').length, 1);
    });
  });

  describe('definitions lists', () => {
    it('a bare entry with no verb: " recipient " a natural or legal person …', () => {
      const text = joinLines('### 3. Interpretation', '', 'In this Act, unless the context otherwise requires—', '',
        '" recipient " a natural or legal person, public authority or other body to which the data are disclosed;', '',
        '"data" means any representation of facts;');
      assert.deepStrictEqual(termsAndBodies(text), [['recipient', 'a natural or legal person, public authority or other body to which the data are disclosed'], ['data', 'any representation of facts']]);
    });
    it('a bare entry inside a list a converter ran into one paragraph', () => {
      const text = joinLines('### 3. Interpretation', '', 'In this Act— "data" means any representation of facts; "recipient" a natural or legal person to which the data are disclosed; and "subscriber" means a person who uses a service.');
      assert.deepStrictEqual(definitionsOf(text).map((d) => d.term), ['data', 'recipient', 'subscriber']);
    });
    it('a quoted word followed by an article outside a definitions list is no definition', () => {
      assert.deepStrictEqual(definitionsOf(joinLines('### 9. Offences', '', 'A person who sends "spam" a second time commits an offence.')), []);
    });
    it('a qualified entry in a run-in list: "seize" with respect to a program or data includes … (raw Kenya Act)', () => {
      const text = joinLines('### 2. Interpretation', '', 'In this Act, unless the context otherwise requires— "program" means data representing instructions; "seize" with respect to a program or data includes to— (a) secure a computer system; (b) render the computer system inaccessible; "service provider" means a public or private entity.');
      const seize = definitionsOf(text).find((d) => d.term === 'seize');
      assert.ok(seize, 'seize is defined');
      assert.ok(seize.body.startsWith('to— (a) secure a computer system'), seize.body);
    });
  });

  describe('a body in the limbs that follow ("means—" then (A), (B))', () => {
    // 15 U.S.C. § 6501 as the Cornell LII converter gives it: the term alone, its limbs as paragraphs.
    const coppa = joinLines('### § 6501. Definitions', '', 'In this chapter:', '', '(2) Operator', '', 'The term “operator”', '',
      '(A) means any person who operates a website located on the Internet or an online service; but', '',
      '(B) does not include any nonprofit entity that would otherwise be exempt from coverage under section 45 of this title .', '',
      '(3) Commission', '', 'The term “Commission” means the Federal Trade Commission.', '',
      '(4) Disclosure', '', 'The term “disclosure” means, with respect to personal information', '',
      '(A) the release of personal information collected from a child in identifiable form; and', '',
      '(B) making personal information collected from a child publicly available in identifiable form.', '',
      '(5) Federal agency', '', 'The term “Federal agency” means an agency.');
    const found = definitionsOf(coppa);
    const body = (term: string) => found.find((d) => d.term === term)?.body ?? '';
    it('"The term “operator”" alone, then "(A) means …", "(B) does not include …": one definition with both limbs', () => {
      assert.deepStrictEqual(found.map((d) => d.term), ['operator', 'Commission', 'disclosure', 'Federal agency']);
      assert.ok(body('operator').startsWith('any person who operates a website'), body('operator'));
      assert.ok(body('operator').endsWith('(B) does not include any nonprofit entity that would otherwise be exempt from coverage under section 45 of this title .'), body('operator'));
    });
    it('"means, with respect to personal information" (the dash dropped): the body runs through (A) and (B), and stops at (5)', () => {
      assert.ok(body('disclosure').startsWith('with respect to personal information (A) the release of personal information'), body('disclosure'));
      assert.ok(body('disclosure').endsWith('publicly available in identifiable form.'), body('disclosure'));
    });
    it('a body that ends with a full stop takes no further paragraphs', () => {
      assert.strictEqual(body('Commission'), 'the Federal Trade Commission.');
    });
  });

  describe('German: "Im Sinne dieses Gesetzes ist oder sind" and quoted terms with no verb (TTDSG § 2)', () => {
    const ttdsg = joinLines('### § 2 Begriffsbestimmungen', '', '(2) Im Sinne dieses Gesetzes ist oder sind', '',
      '1.  „Anbieter von Telemedien“ jede natürliche oder juristische Person, die eigene oder fremde Telemedien erbringt,', '',
      '2.  „Bestandsdaten“ im Sinne des Teils 3 dieses Gesetzes die personenbezogenen Daten, deren Verarbeitung erforderlich ist,', '',
      '3.  „Nachricht“ jede Information, die zwischen einer endlichen Zahl von Beteiligten ausgetauscht wird.');
    it('finds each numbered entry, with the body after the term (and after an "im Sinne …" qualifier)', () => {
      assert.deepStrictEqual(termsAndBodies(ttdsg), [
        ['Anbieter von Telemedien', 'jede natürliche oder juristische Person, die eigene oder fremde Telemedien erbringt'],
        ['Bestandsdaten', 'die personenbezogenen Daten, deren Verarbeitung erforderlich ist'],
        ['Nachricht', 'jede Information, die zwischen einer endlichen Zahl von Beteiligten ausgetauscht wird.'],
      ]);
      assert.ok(definitionsOf(ttdsg).every((d) => d.scope.kind === 'document'), '"dieses Gesetzes"');
    });
    it('"im Sinne dieses Gesetzes" in a rule, not a lead-in, opens no list', () => {
      assert.deepStrictEqual(definitionsOf(joinLines('### § 5 Pflichten', '', '(1) Anbieter im Sinne dieses Gesetzes haben Folgendes zu beachten:', '', '1.  „Cookies“ die Nutzer nicht wollen, sind abzulehnen.')), []);
    });
  });

  describe('definitions without quotation marks, in a definitional context', () => {
    it('English list entries under "the following terms shall have the respective meanings" (Philippine Data Privacy Act 2012, s. 3)', () => {
      const text = joinLines('### Section 3. Definition of Terms', '', 'Whenever used in this Act, the following terms shall have the respective meanings hereafter set forth:', '',
        '(a) Commission shall refer to the National Privacy Commission created by virtue of this Act.', '',
        '(b) Consent of the data subject refers to any freely given, specific, informed indication of will.', '',
        '(c) Data subject refers to an individual whose personal information is processed.');
      assert.deepStrictEqual(termsAndBodies(text), [
        ['Commission', 'the National Privacy Commission created by virtue of this Act.'],
        ['Consent of the data subject', 'any freely given, specific, informed indication of will.'],
        ['Data subject', 'an individual whose personal information is processed.'],
      ]);
    });
    it('no definitional context, no definition: "(a) Commission shall refer the matter …" in an ordinary section', () => {
      assert.deepStrictEqual(definitionsOf(joinLines('### Section 9. Complaints', '', '(a) Commission means of redress are described in section 10.')), []);
    });
    it('"by means of" is no verb: "b) Other criminal offences committed by means of a computer system" (Budapest art. 14 form)', () => {
      const text = joinLines('### Article 14 – Scope of procedural provisions', '', '2. For the purposes of this article, each Party shall apply the powers to:', '',
        'a) the criminal offences established in accordance with Articles 2 through 11 of this Convention;', '', 'b) Other criminal offences committed by means of a computer system; and');
      assert.deepStrictEqual(definitionsOf(text), []);
    });
    it('a lower-case phrase before "means" is no term ("… stored by an electronic means …")', () => {
      assert.deepStrictEqual(definitionsOf(joinLines('### 5. Interpretation', '', 'In this Act— "data" means any representation; received or stored by an electronic means in a system.')).map((d) => d.term), ['data']);
    });
    it('German, under a "Begriffsbestimmungen" heading: "(1) Öffentliche Stellen des Bundes sind die Behörden …" (BDSG § 2)', () => {
      const text = joinLines('#### § 2 Begriffsbestimmungen', '', '(1) Öffentliche Stellen des Bundes sind die Behörden, die Organe der Rechtspflege und andere öffentlich-rechtlich organisierte Einrichtungen des Bundes.', '',
        '(4) Nichtöffentliche Stellen sind natürliche und juristische Personen, Gesellschaften und andere Personenvereinigungen des privaten Rechts.');
      assert.deepStrictEqual(termsAndBodies(text), [
        ['Öffentliche Stellen des Bundes', 'die Behörden, die Organe der Rechtspflege und andere öffentlich-rechtlich organisierte Einrichtungen des Bundes.'],
        ['Nichtöffentliche Stellen', 'natürliche und juristische Personen, Gesellschaften und andere Personenvereinigungen des privaten Rechts.'],
      ]);
    });
    it('German "X im Sinne dieses Gesetzes bedeutet …" (BSIG § 2) and "X im Sinne des Absatzes 1 sind …", scoped to the section', () => {
      const text = joinLines('#### § 2 Anlagen', '', '(1) Der Betreiber sichert seine Anlagen.', '',
        '(2) Sicherheit in der Informationstechnik im Sinne dieses Gesetzes bedeutet die Einhaltung bestimmter Sicherheitsstandards.', '',
        '(3) Anlagen im Sinne des Absatzes 1 sind nur solche Einrichtungen, die Daten verarbeiten.', '', '#### § 3 Pflichten', '', 'Anlagen werden geprüft.');
      const found = definitionsOf(text);
      assert.deepStrictEqual(found.map((d) => [d.term, d.body, d.scope.kind === 'unit' ? d.scope.unitId : 'document']), [
        ['Sicherheit in der Informationstechnik', 'die Einhaltung bestimmter Sicherheitsstandards.', 'document'],
        ['Anlagen', 'nur solche Einrichtungen, die Daten verarbeiten.', 'sec_2'],
      ]);
    });
    it('German "Im Sinne dieses Gesetzes ist 1. X: …", as a list and run into one paragraph', () => {
      const list = joinLines('#### § 1 Begriffe', '', '(1) Im Sinne dieses Gesetzes ist', '', '1. Anbieter: wer eigene Telemedien erbringt;', '', '2. Nutzer: wer Telemedien in Anspruch nimmt.');
      assert.deepStrictEqual(termsAndBodies(list), [['Anbieter', 'wer eigene Telemedien erbringt'], ['Nutzer', 'wer Telemedien in Anspruch nimmt.']]);
      const runIn = joinLines('#### § 1 Allgemeines', '', '(1) Im Sinne dieses Gesetzes ist 1. Anbieter: wer eigene Telemedien erbringt, 2. Nutzer: wer Telemedien in Anspruch nimmt.');
      assert.deepStrictEqual(definitionsOf(runIn).map((d) => d.term), ['Anbieter', 'Nutzer']);
    });
    it('French "On entend par X tout …" (LCEN art. 1) and "Constitue une X toute …" (loi 78-17 art. 2)', () => {
      const text = joinLines('# Article 1', '', "On entend par courrier électronique tout message, sous forme de texte, de voix, de son ou d'image, envoyé par un réseau public de communication.", '',
        "Constitue une donnée à caractère personnel toute information relative à une personne physique identifiée ou qui peut être identifiée.", '',
        'On entend par mise à la disposition du public toute offre faite en ligne.');
      assert.deepStrictEqual(termsAndBodies(text), [
        ['courrier électronique', "tout message, sous forme de texte, de voix, de son ou d'image, envoyé par un réseau public de communication."],
        ['donnée à caractère personnel', 'toute information relative à une personne physique identifiée ou qui peut être identifiée.'],
        ['mise à la disposition du public', 'toute offre faite en ligne.'],
      ]);
    });
    it('French "Constitue une X le fait …" classifies an act, unless a definitions heading says it defines (Benin art. 546)', () => {
      assert.deepStrictEqual(definitionsOf(joinLines('### Article 535 : Atteintes', '', 'Constitue une atteinte à la propriété intellectuelle le fait de vendre un bien protégé.')), []);
      const benin = corpusDoc('bj-code-numerique').definitions.find((d) => d.term === 'négligence caractérisée');
      assert.strictEqual(benin?.unitId, 'art_546__al_1');
      assert.ok(benin?.body.startsWith('le fait, sans motif légitime, pour la personne titulaire'), benin?.body);
    });
    it('French "Au sens du présent code, on entend par : Abonné : … ; Accès illégal : … ;" run into one paragraph', () => {
      const text = joinLines('### Article 1er : Définitions', '', "Au sens du présent code, on entend par : Abonné : toute personne physique ou morale qui utilise un service ; Accès illégal : accès sans droit à un système informatique ; Altérer : modifier ;");
      assert.deepStrictEqual(termsAndBodies(text), [['Abonné', 'toute personne physique ou morale qui utilise un service'], ['Accès illégal', 'accès sans droit à un système informatique'], ['Altérer', 'modifier']]);
    });
  });

  describe('"shall be construed accordingly"', () => {
    it('… and "device" shall be construed accordingly: defined, with the clause it relates to as its body', () => {
      const text = joinLines('### 2. Interpretation', '', 'In this Act— "devise" means to design or adapt any apparatus, and "device" shall be construed accordingly; "data" means any representation of facts.');
      const found = definitionsOf(text);
      assert.deepStrictEqual(found.map((d) => d.term), ['devise', 'device', 'data']);
      const device = found[1];
      assert.strictEqual(device.style, 'construed-accordingly');
      assert.ok(device.body.startsWith('“devise” means'.replace(/[“”]/g, '"')), device.body);
      assert.ok(device.body.endsWith('shall be construed accordingly'), device.body);
    });
    it('after "; and" the body is the clause before it', () => {
      const found = definitionsOf(joinLines('### 2. Interpretation', '', '(1) "intercept" means to acquire the contents of a communication; and "interception" shall be construed accordingly.'));
      const interception = found.find((d) => d.term === 'interception');
      assert.ok(interception?.body.startsWith('"intercept" means to acquire'), interception?.body);
    });
  });

  describe('Dutch Budapest Convention (corpus/coe-ets185-nl.md): all seven terms', () => {
    const model = corpusDoc('coe-ets185-nl');
    it('finds the seven terms the English text defines, where the text puts them', () => {
      assert.deepStrictEqual(model.definitions.map((d) => [d.term, d.unitId]), [
        ['computersysteem', 'art_1__subpara_a'], ['computergegevens', 'art_1__subpara_b'], ['serviceprovider', 'art_1__subpara_c'],
        ['verkeersgegevens', 'art_1__subpara_d'], ['kinderpornografie', 'art_9__para_2'], ['minderjarige', 'art_9__para_3'],
        ['abonnee-informatie', 'art_18__para_3'],
      ]);
    });
    it('gives each of the three verb-first forms its own body', () => {
      const body = (term: string) => model.definitions.find((d) => d.term === term)?.body ?? '';
      assert.ok(body('kinderpornografie').startsWith('pornografisch materiaal dat visueel het volgende uitbeeldt: a. een minderjarige'), body('kinderpornografie'));
      assert.ok(body('minderjarige').startsWith('iedere persoon beneden de leeftijd van 18 jaar.'), body('minderjarige'));
      assert.ok(body('abonnee-informatie').startsWith('de informatie, in de vorm van computergegevens of in andere vorm'), body('abonnee-informatie'));
      for (const definition of model.definitions) assert.strictEqual(textOf(model, definition.termSpan), definition.term);
    });
    it('scopes them as the English text does: art. 9 ("het eerste lid", "het tweede lid") and art. 18 ("dit artikel")', () => {
      const scope = (term: string) => model.definitions.find((d) => d.term === term)?.scope.unitId;
      assert.deepStrictEqual(['kinderpornografie', 'minderjarige', 'abonnee-informatie'].map(scope), ['art_9', 'art_9', 'art_18']);
    });
    it('the unquoted verb-first form: "wordt onder gegevens verstaan"', () => {
      assert.deepStrictEqual(termsAndBodies(joinLines('## Artikel 1', '', 'In deze wet wordt onder gegevens verstaan: iedere weergave van feiten.')), [['gegevens', 'iedere weergave van feiten.']]);
    });
    it('"wordt verstaan onder:" still opens a list and is no term', () => {
      assert.deepStrictEqual(definitionsOf(joinLines('## Artikel 1', '', 'In deze wet wordt verstaan onder: iets.')), []);
    });
  });

  describe('scope: a definition made for one paragraph', () => {
    it('Budapest art. 9: "For the purpose of paragraph 1 above, the term “child pornography” shall include" applies in article 9', () => {
      const model = corpusDoc('coe-ets185-en');
      const scope = (term: string) => model.definitions.find((d) => d.term === term)?.scope;
      assert.deepStrictEqual(scope('child pornography'), { kind: 'unit', unitId: 'art_9', phrase: 'For the purpose of paragraph 1 above' });
      assert.deepStrictEqual(scope('minor'), { kind: 'unit', unitId: 'art_9', phrase: 'For the purpose of paragraph 2 above' });
    });
    it('a paragraph named later in the body does not limit the scope', () => {
      const found = definitionsOf(joinLines('### Article 1', '', 'For the purposes of this Convention:', '', 'a) “minor” means a person under 18. For the purposes of paragraph 2, a Party may require a lower age.'));
      assert.strictEqual(found[0].scope.kind, 'document');
    });
  });

  describe('a German Klammerdefinition and a French definition by genus (the raw set: BDSG § 4, TTDSG § 11, LCEN art. 14)', () => {
    const german = (text: string) => parseDocument('file:///workspace/de.md', joinLines('---', 'type: law', 'language: de', '---', '', '### § 4 Videoüberwachung', '', text)).definitions;
    it('"… mit optisch-elektronischen Einrichtungen (Videoüberwachung) ist nur zulässig": the noun in parentheses, defined by the words before it', () => {
      const bdsg = parseDocument('file:///workspace/de-bdsg.md', rawLawText('de-bdsg.md'));
      const found = bdsg.definitions.find((d) => d.term === 'Videoüberwachung');
      assert.ok(found, bdsg.definitions.map((d) => d.term).join(', '));
      assert.strictEqual(found.body, 'Die Beobachtung öffentlich zugänglicher Räume mit optisch- elektronischen Einrichtungen');
      const ttdsg = parseDocument('file:///workspace/de-ttdsg.md', rawLawText('de-ttdsg.md'));
      assert.ok(ttdsg.definitions.some((d) => d.term === 'Bundesnetzagentur'), 'a short name: "die Bundesnetzagentur für Elektrizität, Gas, … (Bundesnetzagentur) in eine Liste"');
    });
    it('must not: an abbreviation, a citation, a parenthesis that ends the sentence, or a text that is not German', () => {
      assert.deepStrictEqual(german('(1) Die Richtlinie (EU) 2016/680 und das Amtsblatt (ABl. L 201) gelten (Anwendungsbereich).').map((d) => d.term), []);
      assert.deepStrictEqual(definitionsOf(joinLines('### Article 35', '', 'The International Criminal Police Organisation (Interpol) shall be informed.')).map((d) => d.term), []);
    });
    it('"Le commerce électronique est l\'activité économique par laquelle …", the words that open article 14, define "commerce électronique"', () => {
      const lcen = parseDocument('file:///workspace/fr-lcen.md', rawLawText('fr-lcen.md'));
      const found = lcen.definitions.find((d) => d.term === 'commerce électronique');
      assert.ok(found);
      assert.ok(found.body.startsWith("l'activité économique par laquelle une personne propose ou assure à distance"), found.body);
    });
    it('must not: a body named in capitals ("L\'Agence est un établissement …", Benin art. 604), a rule without the genus\'s relative clause, or the same words later in an article', () => {
      const french = (...lines: string[]) => parseDocument('file:///workspace/fr.md', joinLines('---', 'type: law', 'language: fr', '---', '', '### Article 604', '', ...lines)).definitions.map((d) => d.term);
      assert.deepStrictEqual(french("L'Agence est un établissement de droit public qui a la personnalité juridique."), []);
      assert.deepStrictEqual(french('Le délai est un mois à compter de la notification.'), []);
      assert.deepStrictEqual(french('Le présent article est applicable.', "Le commerce électronique est l'activité économique par laquelle une personne propose des biens."), []);
    });
  });

  describe('numbered entries with the term in bold and its colon (the raw Saudi PDPL in English)', () => {
    it('"1- **Law:** The Personal Data Protection Law." after "the following terms shall have the meanings assigned thereto": 19 terms, each in its paragraph', () => {
      const pdpl = parseDocument('file:///workspace/sa-pdpl.md', rawLawText('sa-pdpl-2021-en.md'));
      const article1 = pdpl.definitions.filter((d) => d.unitId.startsWith('art_1__'));
      assert.strictEqual(article1.length, 19);
      assert.deepStrictEqual([article1[0].term, article1[0].unitId, article1[0].body], ['Law', 'art_1__para_1', 'The Personal Data Protection Law.']);
      assert.deepStrictEqual([article1[18].term, article1[18].unitId], ['Processor', 'art_1__para_19']);
    });
    it('must not: a bold lead-in with a colon in a numbered paragraph outside a definitions list', () => {
      assert.deepStrictEqual(definitionsOf(joinLines('## Article 5', '', '1- **Note:** The Controller shall keep a record.', '2- **Timing:** Within thirty days.')).map((d) => d.term), []);
    });
  });

  describe('terms in bold or italics without quotation marks (the typography of Australian and New Zealand acts)', () => {
    const part = joinLines('### 476.1 Definitions', '', '(1) In this Part:', '',
      '**access to data held in a computer** means:', '', '(a) the display of the data by the computer; or', '', '(b) the copying or moving of the data to any other place in the computer.', '',
      '***data*** includes:', '', '(a) information in any form; or', '', '(b) any program (or part of a program).', '',
      '*electronic communication* means a communication of information in any form.', '',
      '__computer system__— (a) means a device; and (b) includes a group of devices.', '',
      '### 477.1 Unauthorised access', '', '(1) A person commits an offence if the person causes unauthorised access to data held in a computer by an electronic communication.');

    it('each emphasised term before "means", "includes" or a dash is defined, its limbs as its body', () => {
      assert.deepStrictEqual(termsAndBodies(part), [
        ['access to data held in a computer', '(a) the display of the data by the computer; or (b) the copying or moving of the data to any other place in the computer.'],
        ['data', '(a) information in any form; or (b) any program (or part of a program).'],
        ['electronic communication', 'a communication of information in any form.'],
        ['computer system', '(a) means a device; and (b) includes a group of devices.'],
      ]);
    });

    it('the lead-in "(1) In this Part:" is no term', () => {
      assert.ok(!definitionsOf(part).some((d) => /In this Part/.test(d.term)));
    });

    it('must not: emphasis outside a definitional context, or before a verb that defines nothing', () => {
      assert.deepStrictEqual(definitionsOf(joinLines('### 10 Offences', '', '**Note** means nothing here: the section has no definitions.', '', 'The *data* includes what was copied.')).map((d) => d.term), []);
      assert.deepStrictEqual(definitionsOf(joinLines('### 476.1 Definitions', '', 'In this Part:', '', '**computer** is used in section 477.1.')).map((d) => d.term), []);
    });
  });
});
