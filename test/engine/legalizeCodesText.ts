// Codes as the legalize repositories convert official sites' texts, verbatim excerpts (not in the corpus):
// legalize-dev/legalize-fr (Légifrance, commit bde5444d: every grouping written "####", whatever its rank) and
// dsuarezv/legalize-es (BOE, commit 7f3e4e5f, a fork of legalize-dev/legalize-es) and legalize-nl/legalize-nl (wetten.overheid.nl,
// commit 1f44e879).

/** Código de Comercio (es/BOE-A-1885-6627.md, lines 335–349): "#### Sección segunda. De las cuentas anuales", article 34, whose paragraph 6 cites "la presente sección". */
export const ES_CODIGO_COMERCIO_SECCION_SEGUNDA = `#### Sección segunda. De las cuentas anuales

##### Art. 34.

1. Al cierre del ejercicio, el empresario deberá formular las cuentas anuales de su empresa, que comprenderán el balance, la cuenta de pérdidas y ganancias, un estado que refleje los cambios en el patrimonio neto del ejercicio, un estado de flujos de efectivo y la Memoria. Estos documentos forman una unidad. El estado de cambios en el patrimonio neto y el estado de flujos de efectivo no serán obligatorios cuando así lo establezca una disposición legal.

2. Las cuentas anuales deben redactarse con claridad y mostrar la imagen fiel del patrimonio, de la situación financiera y de los resultados de la empresa, de conformidad con las disposiciones legales. A tal efecto, en la contabilización de las operaciones se atenderá a su realidad económica y no sólo a su forma jurídica.

3. Cuando la aplicación de las disposiciones legales no sea suficiente para mostrar la imagen fiel, se suministrarán en la memoria las informaciones complementarias precisas para alcanzar ese resultado.

4. En casos excepcionales, si la aplicación de una disposición legal en materia de contabilidad fuera incompatible con la imagen fiel que deben proporcionar las cuentas anuales, tal disposición no será aplicable. En estos casos, en la memoria deberá señalarse esa falta de aplicación, motivarse suficientemente y explicarse su influencia sobre el patrimonio, la situación financiera y los resultados de la empresa.

5. Las cuentas anuales deberán ser formuladas expresando los valores en euros.

6. Lo dispuesto en la presente sección también será aplicable a los casos en que cualquier persona física o jurídica formule y publique cuentas anuales.
`;

/** Code des communes (fr/LEGITEXT000006070162.md, lines 2805–2838): "#### SECTION 6", "#### SOUS-SECTION 1", "#### PARAGRAPHE 1", all at one depth. */
export const FR_CODE_COMMUNES_FLAT_DIVISIONS = `#### SECTION 5 : Discipline.

#### SECTION 6 : Positions.

##### Article R*444-88

Tout fonctionnaire de la commune de Paris est placé dans une des positions suivantes :

1° En activité ;

2° En service détaché ;

3° Hors cadre ;

4° En disponibilité ;

5° Sous les drapeaux ;

6° En congé post-natal.

#### SOUS-SECTION 1 : Activité, congés.

##### Article R*444-89

L'activité est la position du fonctionnaire qui, régulièrement titulaire du grade, exerce effectivement les fonctions de l'un des emplois correspondants.

#### PARAGRAPHE 1 : Service à temps partiel.

##### Article R444-90

Le fonctionnaire titulaire en activité ou en service détaché, qui occupe un emploi conduisant à pension du régime de la Caisse nationale de retraite des agents des collectivités locales peut, sur sa demande, et sous réserve des nécessités de fonctionnement du service, notamment de la nécessité d'assurer sa continuité compte tenu du nombre d'agents exerçant à temps partiel, être autorisé à accomplir un service à temps partiel dans les mêmes conditions que les fonctionnaires de l'Etat.

##### Article R444-91
`;

/** Code des communes (lines 208, "#### TITRE 4 : Dispositions particulières", and 1200–1203): one citation of sixteen articles "des chapitres III, V, VI et VII du titre V", a title the code (as exported) does not have. */
export const FR_CODE_COMMUNES_TITLE_V = `#### TITRE 4 : Dispositions particulières

Sont applicables aux communes du département de Saint-Pierre-et-Miquelon :


   1° Les dispositions contenues dans les titres Ier à V du présent livre à l'exception de celles des articles R. 233-102, R. 233-106, R. 234-4 à R. 234-6, R. 234-13 à R. 234-28, R. 235-46 à R. 235-48, R. 236-49, R. 236-50, R. 251-10 des chapitres III, V, VI et VII du titre V.
`;

/** Wet op de rechterlijke organisatie (nederland/BWBR0001830.md, line 632): "artikel 46o juncto artikel 46d, … van de Wet rechtspositie rechterlijke ambtenaren", a law named by its bare noun and lower-case words. */
export const NL_WET_RO_LINE_632 = `door de procureur-generaal een vordering als bedoeld in artikel 46o juncto artikel 46d, tweede lid , 46f , 46l of 46m van de Wet rechtspositie rechterlijke ambtenaren is of zal worden ingesteld.
`;

/** Código de Comercio (es/BOE-A-1885-6627.md, lines 1779–1795): articles 247–249; 249 cites "el párrafo segundo del artículo anterior", 247 "el párrafo anterior". */
export const ES_CODIGO_COMERCIO_ARTS_247_249 = `##### Art. 247.

Si el comisionista contratare en nombre del comitente, deberá manifestarlo; y, si el contrato fuere por escrito, expresarlo en el mismo o en la antefirma, declarando el nombre, apellido y domicilio de dicho comitente.

En el caso prescrito en el párrafo anterior, el contrato y las acciones derivadas del mismo producirán su efecto entre el comitente y la persona o personas que contrataren con el comisionista; pero quedará éste obligado con las personas con quienes contrató, mientras no pruebe la comisión, si el comitente la negare, sin perjuicio de la obligación y acciones respectivas entre el comitente y el comisionista.

##### Art. 248.

En el caso de rehusar un comisionista el encargo que se le hiciere, estará obligado a comunicarlo al comitente por el medio más rápido posible, debiendo confirmarlo, en todo caso, por el correo más próximo al día en que recibió la comisión.

Lo estará, asimismo, a prestar la debida diligencia en la custodia y conservación de los efectos que el comitente le haya remitido, hasta que éste designe nuevo comisionista, en vista de su negativa, o hasta que, sin esperar nueva designación, el Juez o Tribunal se haya hecho cargo de los efectos, a solicitud del comisionista.

La falta de cumplimiento de cualquiera de las obligaciones establecidas en los dos párrafos anteriores, constituye al comisionista en la responsabilidad de indemnizar los daños y perjuicios que por ello sobrevengan al comitente.

##### Art. 249.

Se entenderá aceptada la comisión siempre que el comisionista ejecute alguna gestión, en el desempeño del encargo que le hizo el comitente, que no se limite a la determinada en el párrafo segundo del artículo anterior.
`;

/** Code des douanes de Mayotte (fr/LEGITEXT000006071645.md, lines 55–63): every heading a line of text, "Paragraphe 3 : Dispositions spéciales à l'importation." among them. */
export const FR_DOUANES_MAYOTTE_PLAIN_HEADINGS = `Paragraphe 2 : Dispositions spéciales à l'exportation.

Article 8

Des arrêtés du représentant de l'Etat peuvent provisoirement et en cas d'urgence permettre ou suspendre l'exportation de certains produits.

Paragraphe 3 : Dispositions spéciales à l'importation.

Article 9
`;

/** Ley 39/2015 (es/BOE-A-2015-10565.md, lines 1060–1062 and 2058–2066): its own article 64, then a final provision that gives another law's article 64 in quotes, «Artículo 64. …». */
export const ES_LEY_39_2015_QUOTED_ARTICLE = `##### Artículo 64. Acuerdo de iniciación en los procedimientos de naturaleza sancionadora.

1. El acuerdo de iniciación se comunicará al instructor del procedimiento, con traslado de cuantas actuaciones existan al respecto, y se notificará a los interesados, entendiendo en todo caso por tal al inculpado.

##### Disposición final tercera. Modificación de la Ley 36/2011, de 10 de octubre, reguladora de la jurisdicción social.

La Ley 36/2011, de 10 de octubre, reguladora de la jurisdicción social, queda redactada en los siguientes términos:

Uno. El artículo 64 queda redactado como sigue:

«Artículo 64. Excepciones a la conciliación o mediación previas.

1. Se exceptúan del requisito del intento de conciliación o, en su caso, de mediación los procesos que exijan el agotamiento de la vía administrativa, en su caso, los que versen sobre Seguridad Social, los relativos a la impugnación del despido colectivo por los representantes de los trabajadores, disfrute de vacaciones y a materia electoral, movilidad geográfica, modificación sustancial de las condiciones de trabajo, suspensión del contrato y reducción de jornada por causas económicas, técnicas, organizativas o de producción o derivadas de fuerza mayor, derechos de conciliación de la vida personal, familiar y laboral a los que se refiere el artículo 139, los iniciados de oficio, los de impugnación de convenios colectivos, los de impugnación de los estatutos de los sindicatos o de su modificación, los de tutela de los derechos fundamentales y libertades públicas, los procesos de anulación de laudos arbitrales, los de impugnación de acuerdos de conciliaciones, de mediaciones y de transacciones, así como aquellos en que se ejerciten acciones laborales de protección contra la violencia de género.
`;

/** Ley 39/2015 (es/BOE-A-2015-10565.md, lines 42–44, 142–146 and 410): the preamble's part "### II", article 2 and its paragraph 1, and a citation "el artículo 2.1". */
export const ES_LEY_39_2015_PREAMBLE_II_AND_ART_2 = `
### II

La Constitución recoge en su título IV, bajo la rúbrica «Del Gobierno y la Administración», los rasgos propios que diferencian al Gobierno de la Nación de la Administración, definiendo al primero como un órgano eminentemente político al que se reserva la función de gobernar, el ejercicio de la potestad reglamentaria y la dirección de la Administración y estableciendo la subordinación de ésta a la dirección de aquel.
##### Artículo 2. Ámbito subjetivo de aplicación.

1. La presente Ley se aplica al sector público, que comprende:

a) La Administración General del Estado.
a) En el registro electrónico de la Administración u Organismo al que se dirijan, así como en los restantes registros electrónicos de cualquiera de los sujetos a los que se refiere el artículo 2.1.
`;

/** Code de l'expropriation (fr/LEGITEXT000006074224.md, lines 2768–2801): "### ANNEXES", then "##### Article Annexe 1" and "##### Article Annexe 2", model clauses each numbered "Article A.", "Article B." … from the start. */
export const FR_EXPROPRIATION_ANNEXES = `### ANNEXES

##### Article Annexe 1

CLAUSES TYPES À INSÉRER DANS LE CAHIER DES CHARGES ANNEXÉ À L'ACTE DE CESSION D'UN TERRAIN LORSQUE LE BÉNÉFICIAIRE DE LA CESSION EST UNE COLLECTIVITÉ PUBLIQUE OU UN ÉTABLISSEMENT PUBLIC

Article A. - Objet de la cession.

La présente cession est consentie à C (la lettre C désigne le bénéficiaire de la cession) en vue de...

(Nota. - Indiquer l'objet général de la cession : réalisation d'équipements publics, construction de bâtiments publics, réalisation d'un lotissement, aménagement d'une zone industrielle, aménagement de terrains destinés à recevoir un ou plusieurs groupes de constructions, etc., qui devra être réalisé dans les conditions ci-après...)

(Nota. - Préciser, dans toute la mesure du possible, les caractères généraux de l'opération et les conditions de sa réalisation.)

Article B. - Délais d'exécution.

C s'engage à restituer les terrains à P (la lettre P désigne la collectivité publique ou l'établissement public cédant), à sa demande, s'il n'a pu réaliser l'opération définie ci-dessus dans un délai de...

Article C. - Gestion des terrains.

Tant qu'il n'a pas réalisé l'opération prévue, C s'engage à ne consentir à qui que ce soit un droit, même précaire, sur les terrains sans avoir au préalable obtenu l'agrément de P.

Article D. - Cession par C des terrains à des constructeurs.

Les actes des cessions de tout ou partie de terrains que C consentira dans le cadre de l'opération définie ci-dessus devront comporter en annexe des cahiers des charges conformes à ceux figurant aux annexes 1 à 5 du code de l'expropriation pour cause d'utilité publique.

(Nota. - Article à insérer uniquement si les terrains cédés à C sont destinés à être ultérieurement cédés par C à des constructeurs.)

##### Article Annexe 2

CLAUSES TYPES À INSÉRER DANS LE CAHIER DES CHARGES ANNEXÉ À L'ACTE DE CESSION D'UN TERRAIN DESTINÉ À LA CONSTRUCTION D'UN SEUL BÂTIMENT À USAGE PRINCIPAL D'HABITATION LORSQUE LE CESSIONNAIRE N'EST PAS UNE COLLECTIVITÉ PUBLIQUE OU UN ÉTABLISSEMENT PUBLIC

Article A. - Objet de la cession.
`;
