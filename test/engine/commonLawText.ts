// Canadian federal Acts as github.com/XYOca/laws-lois-markdown converts the Justice Laws XML (commit b48e944), verbatim
// excerpts: where each comes from is in its comment. Not in the corpus: read as a user brings them.

/** Firearms Act, section 12 heading and subsections (6) to (9) with the historical note (laws/en/acts/F-11.6-firearms-act.md, lines 362 and 410–461). */
export const CA_FIREARMS_SECTION_12 = `### 12 Prohibited firearms — individuals

(6) A particular individual is eligible to hold a licence authorizing that particular individual to possess a handgun referred to in subsection (6.1) if

- (a) on December 1, 1998 the particular individual
  - (i) held a registration certificate under the former Act for that kind of handgun, or
  - (ii) had applied for a registration certificate that was subsequently issued for that kind of handgun; and

- (b) beginning on December 1, 1998 the particular individual was continuously the holder of a registration certificate for that kind of handgun.

**Grandfathered handguns — pre-December 1, 1998 handguns**

(6.1) Subsection (6) applies in respect of a handgun

- (a) that has a barrel equal to or less than 105 mm in length or that is designed or adapted to discharge a 25 or 32 calibre cartridge; and

- (b) in respect of which
  - (i) on December 1, 1998 a registration certificate had been issued to an individual under the former Act,
  - (ii) on December 1, 1998 a registration certificate had been applied for by an individual under the former Act, if the certificate was subsequently issued to the individual, or
  - (iii) a record was sent before December 1, 1998 to the Commissioner of the Royal Canadian Mounted Police and received by that officer before, on or after that date.

**Next of kin of grandfathered individuals**

(7) A particular individual is eligible to hold a licence authorizing the particular individual to possess a particular handgun referred to in subsection (6.1) that was manufactured before 1946 if the particular individual is the spouse or common-law partner or a brother, sister, child or grandchild of an individual who was eligible under this subsection or subsection (6) to hold a licence authorizing the individual to possess the particular handgun.

**Grandfathered individuals — regulations re prohibited firearms**

(8) An individual is, in the prescribed circumstances, eligible to hold a licence authorizing the individual to possess firearms prescribed by a provision of regulations made by the Governor in Council under section 117.15 of the *Criminal Code* to be prohibited firearms if the individual

- (a) on the day on which the provision comes into force possesses one or more of those firearms; and

- (b) beginning on
  - (i) the day on which that provision comes into force, or
  - (ii) in the case of an individual who on that day did not hold but had applied for a registration certificate for one or more of those firearms, the day on which the registration certificate was issued
  was continuously the holder of a registration certificate for one or more of those firearms.

**Grandfathered individuals — regulations**

(9) An individual is eligible to hold a licence authorizing the individual to possess prohibited firearms of a prescribed class if the individual

- (a) possesses one or more firearms of that class on a day that is prescribed with respect to that class;

- (b) holds a registration certificate for one or more firearms of that class in the circumstances prescribed with respect to that class; and

- (c) was continuously the holder of a registration certificate for one or more firearms of that class beginning on the day that is prescribed — or that is determined under the regulations — with respect to that class.

<details>
<summary>Historical Note</summary>

- 1995, c. 39, s. 12; 2000, c. 12, s. 117; 2003, c. 8, s. 14
- 2019, c. 9, s. 3

</details>
`;

/** Firearms Act, section 19 (1) to (2): paragraphs "(a.1)" and subparagraph "(iii.1)" put between two (same file, lines 527–548). */
export const CA_FIREARMS_SECTION_19 = `### 19 Transporting and using prohibited firearms or restricted firearms

(1) An individual who holds a licence authorizing the individual to possess prohibited firearms or restricted firearms may be authorized to transport a particular prohibited firearm or restricted firearm between two or more specified places for any good and sufficient reason, including, without restricting the generality of the foregoing,

- (a) for use in target practice, or a target shooting competition, under specified conditions or under the auspices of a shooting club or shooting range that is approved under section 29;

- (a.1) to provide instructions in the use of firearms as part of a restricted firearms safety course that is approved by the federal Minister; or

- (b) if the individual
  - (i) changes residence,
  - (ii) wishes to transport the firearm to a peace officer, firearms officer or chief firearms officer for registration or disposal in accordance with this Act or Part III of the *Criminal Code*,
  - (iii) wishes to transport the firearm for repair, storage, sale, exportation or appraisal, or
  - (iii.1) wishes to transport the firearm to another individual or business that holds a licence authorizing that individual or business to possess prohibited firearms or restricted firearms for purposes of storage for the time necessary for the individual to address a mental illness or similar problem, or
  - (iv) wishes to transport the firearm to a gun show.

**Target practice or competition**

(1.1) In the case of an authorization to transport issued for a reason referred to in paragraph (1)(a) within the province where the holder of the authorization resides, the specified places must — except in the case of an authorization that is issued for a prohibited firearm referred to in subsection 12(9) — include all shooting clubs and shooting ranges that are approved under section 29 and that are located in that province.

**Exception for prohibited firearms other than prohibited handguns**

(2) Despite subsection (1), an individual must not be authorized to transport a prohibited firearm — other than a handgun referred to in subsection 12(6.1) or a prohibited firearm referred to in subsection 12(9) — between specified places except for the purposes referred to in paragraph (1)(b).`;

// Legislation.gov.uk texts as github.com/i-dot-ai/lex converts them (commit 363efd8, tests/test_data/legislation_text_target.py:
// the provisions of each item joined by blank lines), verbatim excerpts.

/** Dioceses, Pastoral and Mission Measure 2007, sections 1 to 3 (target_texts[1], lines 7–25 of the probe's file). */
export const UK_DIOCESES_MEASURE_SECTIONS_1_TO_3 = `Section 1) **General duty**
It shall be the duty of any person or body carrying out functions under this Measure  ... to have due regard to the furtherance of the mission of the Church of England. 

Section 2) **Dioceses Commission**

1) There shall be established a body known as the Dioceses Commission which shall have the functions conferred on it by or under this Measure and the body of that name established under section 1 of the Dioceses Measure 1978 (1978 No. 1) shall cease to exist. 
2) The provisions of Schedule 1 to this Measure shall have effect with regard to the Commission, its members and its procedures. 
3) The Commission shall present annually to the General Synod a report of its activities during the preceding year. 

Section 3) **Review of provincial and diocesan structure**

1) It shall be the duty of the Commission to keep under review the provincial and diocesan structure of the Church of England and, in particular— 
	a) the size, boundaries and number of provinces, 
	b) the size, boundaries and number of dioceses and their distribution between the provinces, and 
	c) the number and distribution of episcopal offices and the arrangements for episcopal oversight. 
2) The Commission shall, when carrying out its duties under subsection (1) above— 
	a) ensure that it is kept informed of views within the Church of England on the matters referred to in subsection (1) and of any changes in the structure of the Church which may take place, so far as these are relevant to its functions, and consult such persons and bodies as it thinks fit; 
	b) without prejudice to its duties under sections 4, 6 and 7 below, consider whether changes are required, put forward proposals for discussion, where appropriate, and encourage detailed and reasoned responses from those persons and bodies consulted; 
	c) disseminate, to the extent that the Commission thinks necessary and in whatever form the Commission thinks fit, guidance and information about good practice to persons and bodies involved in the administration of dioceses; `;

/** Payment Card Interchange Fee Regulations 2015, the interpretation provision: "“the 2013 Act” means …", then "section 40(1) of the 2013 Act" (target_texts[13], lines 10–37). */
export const UK_PAYMENT_CARD_INTERPRETATION = `Section 2) **Interpretation**

1) In these Regulations— 
	- “the 2013 Act” means the Financial Services (Banking Reform) Act 2013  ;
	- “card-based payment transaction” means a service based on a payment card scheme’s infrastructure and business rules to make a payment transaction by means of any card, telecommunication, digital or IT device or software if this results in a debit or a credit card transaction, but does not include transactions based on other kinds of payment services;
	- “co-badging” means the inclusion of two or more payment brands or payment applications of the same brand on the same card-based payment instrument;
	- “compliance failure” means a failure by a person to comply with— an obligation, prohibition or restriction imposed by the interchange fee regulation, ora direction given under regulation 4 or 4A;
	- “general direction” has the meaning given in regulation 4(6) or 4A(8) ;
	- “general guidance” has the meaning given in regulation 13(3);
	- “interchange fee” means a fee paid for each transaction directly or indirectly (including fees paid through a third party) between the issuer and the acquirer involved in a card-based payment transaction, and includes the net compensation or other agreed remuneration;
	- “the interchange fee regulation” means Regulation (EU) 2015/751 of the European Parliament and of the Council of 29th April 2015 on interchange fees for card-based payment transactions  ;
	- “payee” means a person who is the intended recipient of funds which have been the subject of a payment transaction;
	- “payer” means a person who holds a payment account and allows a payment order from that payment account, or, where there is no payment account, a natural or legal person who gives a payment order;
	- “payment account” means an account held in the name of one or more payment service users which is used for the execution of payment transactions, including a specific account for electronic money as defined in regulation 2(1) of the Electronic Money Regulations 2011;
	- “payment application” means computer software or equivalent loaded on a device enabling card-based payment transactions to be initiated and allowing the payer to issue payment orders;
	- “payment brand” means any material or digital name, term, sign, symbol or combination thereof, capable of denoting under which payment card scheme card-based payment transactions are carried out;
	- “payment card” means a category of payment instrument that enables the payer to initiate a debit or credit card transaction;
	- “payment card scheme” means a single set of rules, practices, standards and/or implementation guidelines for the execution of card-based payment transactions and which is separated from any infrastructure or payment system that supports its operation, and includes any specific decision-making body, organisation or entity accountable for the functioning of the scheme;
	- “payment instrument” means any personalised device and/or set of procedures agreed between the payment service user and the payment service provider and used in order to initiate a payment order;
	- “payment order” means any instruction by a payer to its payment service provider requesting the execution of a payment transaction;
	- “payment service provider” has the meaning given in regulation 2(1) of the Payment Services Regulations 2017;
	- “payment services” has the meaning given in regulation 2 of the Payment Services Regulations 2017;
	- “payment system” has the meaning given in regulation 2 of the Payment Services Regulations 2017;
	- “payment transaction” means an action, initiated by the payer or on its behalf by the payee of transferring funds, irrespective of any underlying obligation between the payer and the payee;
	- “processing” means the performance of payment transaction processing services in terms of the actions required for the handling of a payment instruction between the acquirer and the issuer;
	- “processing entity” means any person providing payment transaction processing services;
	- “the Payment Systems Regulator” means the body established under section 40(1) of the 2013 Act; and
	- “regulated person” means a person— on whom an obligation, prohibition or restriction is imposed by any provision of the interchange fee regulation, orwho is subject to a direction under regulation 4A(1).`;

/**
 * Scarweather Sands Offshore Wind Farm Order 2004, schedule 1 as i-dot-ai/lex gives it: the heading on one plain line with
 * the article that brings it in ("Article 2(1)"), then paragraphs "1)", "2)"; works located by grid references (target_texts[2],
 * lines 338, 339, 353 and 357 of the probe's file: the works' table and works 1, 3–5 left out).
 */
export const UK_SCARWEATHER_SCHEDULE_1 = `SCHEDULE 1 THE SCHEDULED WORKS Article 2(1) 
1) The works which the undertaker is authorised to construct and maintain by article 3(1) are the following works on the bed of Swansea Bay adjoining the coast between Porthcawl in the County Borough of Bridgend and Port Talbot in the County Borough of Neath Port Talbot and on land within the County Borough of Neath Port Talbot— 
	- Work No. 2A — An extension of the cables comprised in Work No. 2 buried underground, commencing in a junction box at reference point 277406E, 184576N, extending for 121 metres in an easterly direction and terminating in Work No. 3.
2) In this Schedule, references to the locations of a wind turbine or an electrical substation are references to the centre point of that wind turbine or substation as shown on the works plans. `;

/** Dioceses, Pastoral and Mission Measure 2007, the heading of schedule 1 and its first paragraphs (target_texts[1], lines 461–463). */
export const UK_DIOCESES_SCHEDULE_1 = `SCHEDULE 1 The Dioceses Commission Section 2(2) *Constitution and Membership*

1) The Commission shall consist of a person to be known as  “the Chair”, a person to be known as  “the Vice-Chair” and eight other members. `;

/**
 * Dioceses, Pastoral and Mission Measure 2007, schedule 2 paragraphs 1 to 5(1) (target_texts[1], lines 502–526): lex writes a
 * paragraph's sub-paragraphs at its own level, after the paragraph's number alone ("4) " then "1) …", "2) …"), and paragraph 4's
 * last sub-paragraph "5) Where …" right before paragraph "5) " alone.
 */
export const UK_DIOCESES_SCHEDULE_2_PARAGRAPHS_1_TO_5 = `SCHEDULE 2 Contents of Reorganisation Schemes Section 4(4) *Preliminary*

1) In this Schedule a  “scheme” means a reorganisation scheme,  “the 1533 Act” means the Appointment of Bishops Act 1533 (25 Hen. 8 c. 20)  .... *Provisions relating to bishops*

2) A scheme by which a new bishopric is to be founded and a new diocese is created shall specify the see of the bishop of the diocese and provide for— 
	a) constituting the bishop of the diocese a corporation sole and investing him with all such rights, privileges and jurisdictions as are possessed by any other diocesan bishop in England; 
	b) subjecting the bishop to the metropolitan jurisdiction of one of the archbishops; and 
	c) the election of a bishop of the diocese. 
3) A scheme by which a diocese is to be dissolved shall provide for abolishing the bishopric and conferring rights to compensation on the bishop of the diocese in accordance with paragraph 16 below. *Provisions relating to cathedral church etc.*

4) 
1) Where the scheme creates a new diocese or where the area in which a cathedral is situated is transferred to another diocese the scheme shall provide— 
	a) for the establishment of a cathedral for the diocese, or 
	b) for the establishment of a church to be known as the pro-cathedral of the diocese. 
2) Where sub-paragraph (1)(a) above applies, the scheme shall either designate an existing church as the cathedral church, whether or not that church was previously a cathedral church for another diocese or provide for a new church to be the cathedral church. 
3) Where sub-paragraph (1)(a) above applies, the scheme shall— 
	a) provide for the establishment of a provisional council whose function shall be to prepare a constitution and statutes for the cathedral in accordance with the Cathedrals Measure 2021 ; 
	b) provide for the governance of the cathedral and for its worship and administration and, so far as is appropriate, for the appointment of persons to hold office in the cathedral and for its ownership and the ownership of any assets belonging to or used for the purposes of the cathedral until the constitution and statutes have effect; 
	c) constitute a body which shall consist of the holders of such offices in the cathedral as the scheme shall specify and which shall continue to exist until a college of canons is established in accordance with section 3 of the Cathedrals Measure 2021 and which shall perform the functions conferred on the Chapter of a cathedral under the 1533 Act, which shall have effect accordingly; 
	d) apply any provision of the Cathedrals Measure 2021 , subject to such modifications as may be specified in the scheme, including any provision which may be appropriate in respect of the coming into force of the constitution and statutes; and 
	e) provide, as necessary, relating to the jurisdiction of the consistory court. 
4) Where sub-paragraph (1)(b) above applies the scheme shall either designate an existing church as or provide for a new church to be the seat of the bishop and to be known as the pro-cathedral of the diocese and sub-paragraphs (3)(b) and (c) and (e) above shall apply as they apply in relation to the establishment of a cathedral church, but with the omission, in sub-paragraph (b), of the words  “until the constitution and statutes have effect” and, in sub-paragraph (c), of the words  “which shall continue to exist until a college of canons is established in accordance with section 3 of the Cathedrals Measure 2021 and”. 
5) Where sub-paragraph (1)(b) applies the scheme shall include provision enabling a cathedral church to be established for the diocese if the bishop's council and standing committee of the diocesan synod at any time, with the consent of the bishop and after consulting the Commissioners, the Dioceses Commission and any person holding office in the pro-cathedral, so decides and may make provision for any of the matters referred to in sub-paragraph (3) above in the event of a cathedral church being established. 
5) 
1) Where a scheme dissolves a diocese or the area in which the cathedral is situated is transferred to another diocese the scheme shall provide that the cathedral shall— `;

/** The same Measure, schedule 1 paragraphs 1 to 3 (lines 461–469): "2) " alone, its "1) …", "2) …", then paragraph "3) Four members …". */
export const UK_DIOCESES_SCHEDULE_1_PARAGRAPHS_1_TO_3 = `SCHEDULE 1 The Dioceses Commission Section 2(2) *Constitution and Membership*

1) The Commission shall consist of a person to be known as  “the Chair”, a person to be known as  “the Vice-Chair” and eight other members. 
2) 
1) The Chair and Vice-Chair shall be appointed by the Archbishops of Canterbury and York acting jointly in the following manner— 
	a) the Chair shall be appointed with the approval of the General Synod, and 
	b) the Vice-Chair shall be appointed from among the members of the House of Clergy and the House of Laity of the General Synod. 
2) Before appointing a lay person to be the Chair the Archbishops shall satisfy themselves that that person is an actual communicant within the meaning of Rule 83(2) of the Church Representation Rules contained in Schedule 3 to the Synodical Government Measure 1969. 
3) Four members of the Commission shall be elected by the General Synod from among its members and four members shall be appointed by the Appointments Committee of the Church of England either from among the members of the Synod or otherwise. `;

/** Scarweather Sands Offshore Wind Farm Order 2004, article 5 as lex heads it ("Section 5) **…**"), which its text calls "this article" (target_texts[2], lines 80–87). */
export const UK_SCARWEATHER_ARTICLE_5 = `Section 5) **Power to execute street works**

1) The undertaker may, for the purposes of the authorised works, enter upon so much of any street specified in columns (1) and (2) of Schedule 2 to this Order as is within the limits of deviation and may — 
	a) place apparatus in that street; 
	b) maintain apparatus in that street or change the position of such apparatus; 
	c) improve the surface of Heol Caer Bont between points A and F shown on the works plan for the purpose of providing an access to construct and maintain the authorised works; and 
	d) execute any works required for, or incidental to, the authorised works or any works referred to in sub-paragraphs (a), (b) and (c) (including, in particular, breaking up or opening the street, or any sewer, drain or tunnel under it, or tunnelling or boring under the street). 
2) In this article, “apparatus” has the same meaning as in Part III of the Street Works Act. `;

/**
 * York and North Yorkshire Combined Authority Order 2023, article 1(1) and article 10 (target_texts[12], lines 7–9 and
 * 184–196): "The provisions in the 2011 Act referred to in paragraph (1) are—" then that Act's sections, one an item.
 */
export const UK_YORK_ARTICLES_1_AND_10 = `Section 1) **Citation, commencement and extent**

1) This Order may be cited as the York and North Yorkshire Combined Authority Order 2023. 

Section 10) **Mayoral development corporation**

1) The Combined Authority has, in relation to the Area, functions corresponding to the functions described in the provisions in the 2011 Act referred to in paragraph (2) that the Mayor of London has in relation to Greater London. 
2) The provisions in the 2011 Act referred to in paragraph (1) are— 
	a) section 197 (designation of Mayoral development areas); 
	b) section 199 (exclusion of land from Mayoral development areas); 
	c) section 200 (transfers of property etc to a Mayoral development corporation)  ; 
	d) section 202 (functions in relation to town and country planning)  ; 
	e) section 204 (removal or restriction of planning functions); 
	f) section 214 (powers in relation to discretionary relief from non-domestic rates); 
	g) section 215 (reviews); 
	h) section 216 (transfers of property, rights and liabilities)  ; 
	i) section 217 (dissolution: final steps); `;

/**
 * Personal Information Protection and Electronic Documents Act, section 7 heading and subsection (3) to paragraph (c.2)
 * (XYOca/laws-lois-markdown, laws/en/acts/P-8.6-…md, lines 196 and 238–252): "(c.1)" put between "(c)" and "(c.2)",
 * whose letter could be the roman numeral 100, holding subparagraphs "(i)" to "(iv)".
 */
export const CA_PIPEDA_SECTION_7_3 = `### 7 Collection without knowledge or consent

(3) For the purpose of clause 4.3 of Schedule 1, and despite the note that accompanies that clause, an organization may disclose personal information without the knowledge or consent of the individual only if the disclosure is

- (a) made to, in the Province of Quebec, an advocate or notary or, in any other province, a barrister or solicitor who is representing the organization;

- (b) for the purpose of collecting a debt owed by the individual to the organization;

- (c) required to comply with a subpoena or warrant issued or an order made by a court, person or body with jurisdiction to compel the production of information, or to comply with rules of court relating to the production of records;

- (c.1) made to a government institution or part of a government institution that has made a request for the information, identified its lawful authority to obtain the information and indicated that
  - (i) it suspects that the information relates to national security, the defence of Canada or the conduct of international affairs,
  - (ii) the disclosure is requested for the purpose of enforcing any law of Canada, a province or a foreign jurisdiction, carrying out an investigation relating to the enforcement of any such law or gathering intelligence for the purpose of enforcing any such law,
  - (iii) the disclosure is requested for the purpose of administering any law of Canada or a province, or
  - (iv) the disclosure is requested for the purpose of communicating with the next of kin or authorized representative of an injured, ill or deceased individual;

- (c.2) made to the government institution mentioned in section 7 of the *Proceeds of Crime (Money Laundering) and Terrorist Financing Act* as required by that section;`;

/** Competition Act, section 96 as repealed, its heading a number alone, between sections 95 and 97 (laws/en/acts/C-34-competition-act.md at b48e944, lines 4661–4667). */
export const CA_COMPETITION_SECTIONS_96_97 = `### 96

[Repealed, 2023, c. 31, s. 10]

### 97 Limitation period

No application may be made under section 92,`;

/**
 * The same Act's related provisions: sections of the amending Acts, each under a heading that credits it ("### — 1999, c.
 * 2, ss. 38 to 40"), citing that Act's own sections and "this Act" (lines 5984–6042).
 */
export const CA_COMPETITION_RELATED_PROVISIONS = `## RELATED PROVISIONS

### — R.S., 1985, c. 19 (2nd Supp.), s. 61

### 61 Orders of the Commission

For the purposes of the *Competition Act*, as amended by this Act, an order of the Restrictive Trade Practices Commission under Part V, as it read immediately prior to the coming into force of section 29 of this Act, or pursuant to subsection 60(1) shall be deemed to be an order of the Competition Tribunal under the *Competition Act*.

### — 1999, c. 2, ss. 38 to 40

### 38 Person holding office of Director

(1) The person holding the office of Director of Investigation and Research immediately before the coming into force of section 4 shall continue in office as the Commissioner of Competition referred to in section 7 of the *Competition Act*, as amended by this Act.

**Persons holding office as Deputy Director**

(2) Every person holding the office of Deputy Director of Investigation and Research immediately before the coming into force of section 5 shall continue in office as a Deputy Commissioner of Competition referred to in section 8 of the *Competition Act*, as enacted by this Act.

### — 1999, c. 2, ss. 38 to 40

### 39 Outstanding prohibition orders

An order made under section 34 of the *Competition Act* in respect of an offence under any of sections 52, 53 or 57 to 59 of that Act, as those sections read immediately before the coming into force of sections 12, 14 and 17 of this Act, is deemed to have been made under paragraph 74.1(1)(a) of the *Competition Act*, as enacted by section 22 of this Act.

### — 1999, c. 2, ss. 38 to 40

### 40 Variation or rescission of orders

Subsection 34(2.3) of the *Competition Act*, as enacted by subsection 11(2) of this Act, applies in respect of orders made under section 34 of the *Competition Act* whether before or after the coming into force of section 11 of this Act.

### — 1999, c. 2, s. 54

### 54 References to “Director”

Every reference to the Director of Investigation and Research or a Deputy Director of Investigation and Research in any other Act of Parliament or in a regulation, order or other instrument made under any Act of Parliament is deemed to be a reference to the Commissioner of Competition or a Deputy Commissioner of Competition, as the case may be.

### — 2009, c. 2, s. 440

### 440 Agreements or arrangements entered into before royal assent

Any party to an agreement or arrangement entered into before the day on which this Act receives royal assent may, within one year after that day, apply under section 124.1 of the *Competition Act* without payment of any fee for an opinion on the applicability to the agreement or arrangement of section 45 or 90.1 of the *Competition Act*, as enacted by sections 410 and 429, respectively, as if the agreement or arrangement had not yet been entered into and as if that section 45 or 90.1 were in force.

### — 2023, c. 31, s. 12

### 12 Sections 92 and 96 of the *Competition Act*

Sections 92 and 96 of the *Competition Act*, as they read before the day on which sections 9 and 10 come into force, continue to apply after that day to a proposed transaction notified under section 114 of that Act before that day or to a merger that has been substantially completed before that day.

### — 2024, c. 15, s. 267

### 267 Subsection 67(4) of the *Competition Act*

Subsection 67(4) of the *Competition Act*, as enacted by section 235, applies only in respect of corporations that are charged with an offence under that Act on or after the day on which this Act receives royal assent.

### — 2024, c. 15, s. 268

### 268 Subsection 92(2) of the *Competition Act*

Subsection 92(2) of the *Competition Act*, as that subsection read before the day on which subsection 249(2) comes into force, continues to apply after that day in respect of a proposed transaction that was the subject of a notification provided under section 114 of that Act before that day or to a merger that is substantially completed before that day.`;

/** Competition Act, sections 82 and 83 (1)(a): a section lettered with no subsections, and "subparagraphs 82(b)(i) to (iv)" (lines 4145–4178). */
export const CA_COMPETITION_SECTIONS_82_83 = `### 82 Foreign judgments, etc.

Where, on application by the Commissioner, the Tribunal finds that

- (a) a judgment, decree, order or other process given, made or issued by or out of a court or other body in a country other than Canada can be implemented in whole or in part by persons in Canada, by companies incorporated by or pursuant to an Act of Parliament or of the legislature of a province, or by measures taken in Canada, and

- (b) the implementation in whole or in part of the judgment, decree, order or other process in Canada, would
  - (i) adversely affect competition in Canada,
  - (ii) adversely affect the efficiency of trade or industry in Canada without bringing about or increasing in Canada competition that would restore or improve that efficiency,
  - (iii) adversely affect the foreign trade of Canada without compensating advantages, or
  - (iv) otherwise restrain or injure trade or commerce in Canada without compensating advantages,
  the Tribunal may, by order, direct that

- (c) no measures be taken in Canada to implement the judgment, decree, order or process, or

- (d) no measures be taken in Canada to implement the judgment, decree, order or process except in such manner as the Tribunal prescribes for the purpose of avoiding an effect referred to in subparagraphs (b)(i) to (iv).

<details>
<summary>Historical Note</summary>

- R.S., 1985, c. 19 (2nd Supp.), s. 45; 1999, c. 2, s. 37

</details>

### 83 Foreign laws and directives

(1) Where, on application by the Commissioner, the Tribunal finds that a decision has been or is about to be made by a person in Canada or a company incorporated by or pursuant to an Act of Parliament or of the legislature of a province

- (a) as a result of
  - (i) a law in force in a country other than Canada, or
  - (ii) a directive, instruction, intimation of policy or other communication to that person or company or to any other person from
    - (A) the government of a country other than Canada or of any political subdivision thereof that is in a position to direct or influence the policies of that person or company, or
    - (B) a person in a country other than Canada who is in a position to direct or influence the policies of that person or company,
  and that the decision, if implemented, would have or would be likely to have any of the effects mentioned in subparagraphs 82(b)(i) to (iv), or`;

/**
 * Personal Information Protection and Electronic Documents Act: "clause 4.3 or 4.9 of Schedule 1" (line 77), and Schedule 1
 * as converted, its heading and margin note only (the Model Code's text is left out; lines 1546–1549).
 */
export const CA_PIPEDA_NOTES_IN_SCHEDULE_1 = `**Notes in Schedule 1**

(2) In this Part, a reference to clause 4.3 or 4.9 of Schedule 1 does not include a reference to the note that accompanies that clause.`;
export const CA_PIPEDA_SCHEDULE_1 = `## SCHEDULE 1  Principles Set Out in the National Standard of Canada Entitled Model Code for the Protection of Personal Information, CAN/CSA-Q830-96

(Section 5)
`;

/**
 * Senedd Cymru (Members and Elections) Act 2024 (legislation.gov.uk asc/2024/4 as i-dot-ai/lex converts it:
 * tests/test_data/legislation_text_target.py at commit 363efd8854a7cb0df1dbfca7b94affb621d12b31, target 3), section 5:
 * a lead-in naming the 2006 Act's section 51 by its title in brackets and ending with a dash, and subsections
 * inserted with their quotation marks dropped ("b) after subsection (2) insert— " then "3) …", "4) …"; lines 59–69).
 */
export const UK_SENEDD_SECTION_5 = `Section 5) **Increase in maximum number of Welsh Ministers**
In section 51 (limit on number of Ministers) of the 2006 Act— 
	a) in subsection (1), for “twelve” substitute “17” ; 
	b) after subsection (2) insert— 
	3) The Welsh Ministers may by regulations amend subsection (1) to increase the maximum number of holders of a relevant Welsh Ministerial office— 
		a) from 17 to 18 or 19; 
		b) from 18 to 19. 
	4) The power in subsection (3) may not be used to lower the maximum number (including by revoking regulations made under that subsection). 
	5) A statutory instrument containing regulations under subsection (3) may not be made unless‍— 
		a) a draft of the instrument has been laid before‍ the Senedd, and 
		b) the number of Members of the Senedd voting in favour of a resolution of the Senedd approving the draft is at least two-thirds of the total number of Senedd seats. `;

/**
 * York and North Yorkshire Combined Authority Order 2023 (uksi/2023/1432 as i-dot-ai/lex converts it, target 12 of the
 * same file), the schedule's provision on the Local Government Finance Act 1988: its opening paragraph says the Act "is
 * modified as follows", and the paragraphs after it cite that Act's sections 114 and 115 (lines 952–965).
 */
export const UK_YORK_LGFA_1988_MODIFIED = `Section 7) **Local Government Finance Act 1988**

1) The Local Government Finance Act 1988  is modified as follows. 
2) In section 114 (functions of responsible officer as regards reports)— 
	a) for section (4)(b)(i)  substitute— 
			i) the Mayor exercising PCC functions, each member of the Combined Authority, including the Mayor, and each member of the police and crime panel for the Mayor’s area; 
	b) in subsection (8A)(b)  , for “relevant authority”, substitute “Mayor” . 
3) In section 115 (authority’s duties as regards reports)— 
	a) for subsection (1B)  substitute— 
	1B) In the case of a report made by the chief finance officer of the Combined Authority in relation to the Mayor’s PCC functions, the Mayor must consider the report and decide whether the Mayor agrees or disagrees with the views contained in the report and what action (if any) the Mayor proposes to take in consequence of it. ; 
	b) in subsection (1E)— 
		i) for “the elected local policing body”, substitute “the Mayor” ; 
		ii) for “that body”, in each place it occurs, substitute “the Mayor” ; 
	c) in subsection (1F)(b), for “elected local policing body’s” substitute “Combined Authority’s” ; `;

/**
 * Energy Administration Act (laws/en/acts/E-6-energy-administration-act.md at b48e944): two parts headed by their titles
 * alone ("## Domestic Oil", "## Domestic Gas": the converter left "PART I" out), each defining "price" "In this Part,"
 * (lines 395–412 and 669–684).
 */
export const CA_ENERGY_DOMESTIC_OIL_DEFINITIONS = `## Domestic Oil

### Interpretation

### 20 Definitions

In this Part,

**consumption** means, in relation to crude oil, the action of using it as a fuel or energy source or consuming it in the manufacture of products of trade and commerce; (**consommation**)

**crude oil** means any hydrocarbon or mixture of hydrocarbons other than gas; (**pétrole brut**)

**offshore area** means Sable Island or any area of land not within a province that belongs to Her Majesty in right of Canada or in respect of which Her Majesty in right of Canada has the right to dispose of or exploit the natural resources and that is situated in submarine areas in the internal waters of Canada, the territorial sea of Canada or the continental shelf of Canada; (**zone extracôtière**)

**prescribed price** means, in relation to any quality or kind of crude oil, the maximum price established therefor under this Part for the purpose of interprovincial and international trade; (**prix imposé**)

**price** means the value in money of the consideration given for a quantity of crude oil or the value of that quantity of oil, as may be determined by regulation in a case where no consideration is given therefor, exclusive of the amount of any charge imposed under this Act; (**prix**)
`;
export const CA_ENERGY_DOMESTIC_GAS_DEFINITIONS = `## Domestic Gas

### Interpretation

### 36 Definitions

(1) In this Part,

**consumption** means, in relation to gas, the action of using it as a fuel or energy source or consuming it in the manufacture of products of trade and commerce; (**consommation**)

**offshore area** has the same meaning as in section 20; (**zone extracôtière**)

**prescribed price** means, in relation to any kind of gas, a price that is prescribed by regulation under this Part for that kind of gas; (**prix imposé**)

**price** means the value in money for a quantity of gas; (**prix**)
`;

/**
 * Pensions (Miscellaneous Provisions) (Northern Ireland) Order 1990 (nisi/1990/1509 as i-dot-ai/lex converts it, target 7 of
 * the same file), article 3 (headed "Section 3)"): "4) At the end of that section there shall be added the following
 * subsections— " then the subsections "9)", "10)", "11)" at the instruction's own level, then the next instruction "5)"
 * (lines 12–46).
 */
export const UK_NI_PENSIONS_ARTICLE_3 = `Section 3) **Qualifying conditions**

1) In section 3 of the Increase Act, in subsection (1) (increases subject to satisfaction of qualifying conditions, except in the case of a widow's pension) for the words widow's pension
 there shall be substituted the words derivative or substituted pension or a relevant injury pension
. 
2) In subsection (2) of that section (no increase for pension in respect of pensioner's own services unless a qualifying condition is satisﬁed)— 
	a) after the words own services
 there shall be inserted the words, other than a relevant injury pension,
; and 
	b) at the beginning of paragraph ( c ) (which provides for certain women with dependants to receive increases and which accordingly discriminates against men) there shall be inserted the  words subject to subsections (9) to (11),
. 
3) In consequence of paragraph (1)— 
	a) subsection (3) for that section (conditions for increase of certain derivative and substituted pensions) is hereby repealed; 
	b) in subsection (6) of that section, for the words as mentioned in subsection (3)( d )
 there shall be substituted the words for a trade, profession or vocation in such circumstances that he is required to devote the whole of his time to that training for a period of not less than two years
; and 
	c) in subsection (8) of that section, the words or (3)( a ), or in both,
 are hereby repealed. 
4) At the end of that section there shall be added the following subsections— 
9) On and after 1st January 1993 paragraph ( c )  of subsection (2) shall have eﬀect only to the extent provided by subsections (10) and (11). 
10) Where, immediately before 1st January 1993, a woman is in receipt of a pension which has been increased under this Part by virtue of paragraph (c) of subsection (2), that paragraph shall continue to have eﬀect in relation to that woman and that pension until such time as the pension falls to be increased under this Part in consequence of any other provision of that subsection. 
11) In any case where— 
	a) a woman's pension commences on  or after 1st January 1993, and 
	b) on the day on which the pension commences she  has not attained the age of 55, paragraph (c) of subsection (2) shall have eﬀect in relation to that woman and so much of the pension as is referable to service rendered before 1st January 1993 until such time as the pension falls to be increased under this Part in consequence of any other provision of that subsection. . 
5) In section 8(2) of that Act (date on which a pension begins
), after paragraph ( b ) there shall be inserted the following paragraph— 
	bb) a relevant injury pension payable by virtue of the acceptance of less favourable terms and conditions of employment is to be deemed to begin on the day on which the employment on less favourable terms and conditions begins; and . 
6) In section 15(1) of that Act (interpretation), after the deﬁnition of qualifying condition
 there shall be inserted the following deﬁnition— relevant injury pension means— 
	a) a pension paid to a person in respect of his absence from work by reason only of an injury sustained, or disease contracted, by him in the course of the employment by virtue of which his entitlement to the pension arises; or 
	b) a pension paid to a person in respect of his having accepted less favourable terms and conditions of employment by reason of ill‐health suﬀered by him in consequence of an injury so sustained or a  disease so contracted; but does not include any  pension the rate of which is periodically recalculated by reference to the rate of the salary which the pensioner could reasonably be expected to have received had he not sustained the injury or contracted the disease in question; . 
7) In Article 69 of the Pensions Order, in paragraph (1) (increases subject to satisfaction of qualifying conditions, except in the case of a widow's pension) for the words widow's pension
 there shall be substituted the words derivative or substituted pension or a relevant injury pension
. 
`;

/**
 * Mutual Legal Assistance in Criminal Matters Act, subsection 2(1)'s definition of "agreement" and section 5's heading and
 * subsection (1) (laws/en/acts/M-13.6-mutual-legal-assistance-in-criminal-matters-act.md, lines 22–28 and 102–104):
 * "paragraph (a) of the definition **agreement** in subsection 2(1)".
 */
export const CA_MLA_DEFINITION_PARAGRAPH = `### 2 Definitions

(1) In this Act,

**agreement** means
  - (a) a treaty, convention or other international agreement that is in force, to which Canada is a party and that contains a provision respecting mutual legal assistance in criminal matters, or
  - (b) to the extent of their application to criminal investigations or prosecutions and except for the purposes of Parts II and III of this Act, the Convention on Mutual Administrative Assistance in Tax Matters, concluded at Strasbourg on January 25, 1988, as amended from time to time by a protocol or other international instrument, as ratified by Canada, or a comprehensive tax information exchange agreement that has effect and to which Canada is a party or a **tax treaty**, as defined in subsection 248(1) of the *Income Tax Act*; (**accord**)

### 5 Publication in *Canada Gazette*

(1) Unless the agreement has been published under subsection (2), an agreement referred to in paragraph (a) of the definition **agreement** in subsection 2(1) — or the provisions respecting mutual legal assistance in criminal matters contained in a convention or other international agreement — must be published in the *Canada Gazette* no later than 60 days after it comes into force.`;

/**
 * Competition Act, section 52's heading and subsection (1), section 74.1's heading and subsection (6) with paragraphs (a)
 * to (d) (laws/en/acts/C-34-competition-act.md, lines 2153–2155, 3219 and 3282–3290): "paragraph 52(1)(a) as it read
 * immediately before the coming into force of this Part" (today's subsection 52(1) has no paragraphs).
 */
export const CA_COMPETITION_EARLIER_VERSION = `### 52 False or misleading representations

(1) No person shall, for the purpose of promoting, directly or indirectly, the supply or use of a product or for the purpose of promoting, directly or indirectly, any business interest, by any means whatever, knowingly or recklessly make a representation to the public that is false or misleading in a material respect.

### 74.1 Determination of reviewable conduct and judicial order

(6) For the purposes of paragraph (1)(c), an order made against a person in respect of conduct that is reviewable under paragraph 74.01(1)(a), (b), (b.1) or (c), subsection 74.01(2) or (3) or section 74.011, 74.02, 74.04, 74.05 or 74.06 is a subsequent order if

- (a) an order was previously made against the person under this section in respect of conduct reviewable under the same provision;

- (b) the person was previously convicted of an offence under the provision of Part VI, as that Part read immediately before the coming into force of this Part, that corresponded to the provision of this Part;

- (c) in the case of an order in respect of conduct reviewable under paragraph 74.01(1)(a) or section 74.011, the person was previously convicted of an offence under section 52, or under paragraph 52(1)(a) as it read immediately before the coming into force of this Part; or

- (d) in the case of an order in respect of conduct reviewable under subsection 74.01(2) or (3), the person was previously convicted of an offence under paragraph 52(1)(d) as it read immediately before the coming into force of this Part.`;

/** Extradition Act, section 4 and the last sections, of which the consolidation gives "### 86 to 88", "### 89 to 128" and "### 129 and 130" (XYOca/laws-lois-markdown, laws/en/acts/E-23.01-extradition-act.md, lines 89–91 and 1306–1330). */
export const CA_EXTRADITION_SECTIONS_4_AND_84_TO_130 = `### 4 Further proceedings

For greater certainty, the discharge of a person under this Act or an Act repealed by section 129 or 130 does not preclude further proceedings, whether or not they are based on the same conduct, with a view to extraditing the person under this Act unless the judge is of the opinion that those further proceedings would be an abuse of process.

### 84 Cases pending — former *Extradition Act*

The *Extradition Act* repealed by section 129 of this Act applies to a matter respecting the extradition of a person as though it had not been repealed, if the hearing in respect of the extradition had already begun on the day on which this Act comes into force.

### 85 Cases pending — *Fugitive Offenders Act*

The *Fugitive Offenders Act* repealed by section 130 of this Act applies to a matter respecting the return under that Act of a person as though it had not been repealed, if the hearing before the provincial court judge in respect of the return had already begun on the day on which this Act comes into force.

### Consequential Amendments

### 86 to 88

[Amendments]

### Related Amendments

### 89 to 128

[Amendments]

### Repeals

### 129 and 130

[Repeals]`;

/** Canada Evidence Act, section 38.01 (C-5, lines 1061–1099): its subsection (8) under the bold marginal note "**Schedule**". */
export const CA_EVIDENCE_SECTION_38_01 = `### 38.01 Notice to Attorney General of Canada

(1) Every participant who, in connection with a proceeding, is required to disclose, or expects to disclose or cause the disclosure of, information that the participant believes is sensitive information or potentially injurious information shall, as soon as possible, notify the Attorney General of Canada in writing of the possibility of the disclosure, and of the nature, date and place of the proceeding.

**During a proceeding**

(2) Every participant who believes that sensitive information or potentially injurious information is about to be disclosed, whether by the participant or another person, in the course of a proceeding shall raise the matter with the person presiding at the proceeding and notify the Attorney General of Canada in writing of the matter as soon as possible, whether or not notice has been given under subsection (1). In such circumstances, the person presiding at the proceeding shall ensure that the information is not disclosed other than in accordance with this Act.

**Notice of disclosure from official**

(3) An official, other than a participant, who believes that sensitive information or potentially injurious information may be disclosed in connection with a proceeding may notify the Attorney General of Canada in writing of the possibility of the disclosure, and of the nature, date and place of the proceeding.

**During a proceeding**

(4) An official, other than a participant, who believes that sensitive information or potentially injurious information is about to be disclosed in the course of a proceeding may raise the matter with the person presiding at the proceeding. If the official raises the matter, he or she shall notify the Attorney General of Canada in writing of the matter as soon as possible, whether or not notice has been given under subsection (3), and the person presiding at the proceeding shall ensure that the information is not disclosed other than in accordance with this Act.

**Military proceedings**

(5) In the case of a proceeding under Part III of the *National Defence Act*, other than a **summary hearing** as defined in subsection 2(1) of that Act, notice under any of subsections (1) to (4) shall be given to both the Attorney General of Canada and the Minister of National Defence.

**Exception**

(6) This section does not apply when

- (a) the information is disclosed by a person to their solicitor in connection with a proceeding, if the information is relevant to that proceeding;

- (b) the information is disclosed to enable the Attorney General of Canada, the Minister of National Defence, a judge or a court hearing an appeal from, or a review of, an order of the judge to discharge their responsibilities under section 38, this section and sections 38.02 to 38.13, 38.15 and 38.16;

- (c) disclosure of the information is authorized by the government institution in which or for which the information was produced or, if the information was not produced in or for a government institution, the government institution in which it was first received; or

- (d) the information is disclosed to an entity and, where applicable, for a purpose listed in the schedule.

**Exception**

(7) Subsections (1) and (2) do not apply to a participant if a government institution referred to in paragraph (6)(c) advises the participant that it is not necessary, in order to prevent disclosure of the information referred to in that paragraph, to give notice to the Attorney General of Canada under subsection (1) or to raise the matter with the person presiding under subsection (2).

**Schedule**

(8) The Governor in Council may, by order, add to or delete from the schedule a reference to any entity or purpose, or amend such a reference.
`;

/** Canada Evidence Act, section 38 (C-5, lines 1037–1060): "The following definitions apply in this section and in sections 38.01 to 38.15." */
export const CA_EVIDENCE_SECTION_38 = `### 38 Definitions

The following definitions apply in this section and in sections 38.01 to 38.15.

**judge** means the Chief Justice of the Federal Court or a judge of that Court designated by the Chief Justice to conduct hearings under section 38.04. (**juge**)

**participant** means a person who, in connection with a proceeding, is required to disclose, or expects to disclose or cause the disclosure of, information. (**participant**)

**potentially injurious information** means information of a type that, if it were disclosed to the public, could injure international relations or national defence or national security. (**renseignements potentiellement préjudiciables**)

**proceeding** means a proceeding before a court, person or body with jurisdiction to compel the production of information, but does not include a **federal proceeding**, as defined in section 38.2. (**instance**)

**prosecutor** means an agent of the Attorney General of Canada or of the Attorney General of a province, the Director of Military Prosecutions under the *National Defence Act* or an individual who acts as a prosecutor in a proceeding. (**poursuivant**)

**sensitive information** means information relating to international relations or national defence or national security that is in the possession of the Government of Canada, whether originating from inside or outside Canada, and is of a type that the Government of Canada is taking measures to safeguard. (**renseignements sensibles**)

<details>
<summary>Historical Note</summary>

- R.S., 1985, c. C-5, s. 38; 2001, c. 41, ss. 43, 141; 2013, c. 9, s. 18(F)
- 2024, c. 16, s. 79

</details>

`;
