// UK legislation as i-dot-ai/lex converts legislation.gov.uk (commit 363efd8, tests/test_data/legislation_text_target.py,
// the lists `target_texts`), verbatim excerpts: where each comes from is in its comment. Not in the corpus.

/** Legislation (Wales) Act 2019, sections 21 and 25, each saying "In subsection (1), “enactment” includes …" (target_texts[10], lines 156–165 and 196–206). */
export const UK_WALES_LEGISLATION_SECTIONS_21_AND_25 = `Section 21) **References to portions of enactments, instruments and documents**

1) Where an Act of Senedd Cymru or a Welsh subordinate instrument— 
	a) describes or refers to a portion of any enactment, instrument or document, and 
	b) does so by referring to words, sections or other parts from or to which (or from and to which) the portion extends, the portion includes the words, sections or other parts referred to. 
2) In subsection (1),  “enactment” includes an enactment which is, or is contained in, any of the following— 
	a) an Act of the Scottish Parliament; 
	b) Northern Ireland legislation (within the meaning given by section 24(5) of the Interpretation Act 1978 (c. 30)); 
	c) an instrument made under legislation mentioned in paragraph (a) or (b). 


Section 25) **References to enactments are to enactments as amended**

1) This section applies where— 
	a) an Act of Senedd Cymru or a Welsh subordinate instrument refers to an enactment (“A”), and 
	b) at any time (whether before, on or after the day on which the  ... Act receives Royal Assent or the  ... instrument is made) A is amended, extended or applied by an enactment (”B”). 
2) The reference to A is a reference to A as amended, extended or applied by B. 
3) Nothing in sections 22 to 24 limits the operation of this section. 
4) In subsection (1),  “enactment” includes an enactment which is, or is contained in, any of the following— 
	a) an Act of the Scottish Parliament; 
	b) Northern Ireland legislation (within the meaning given by section 24(5) of the Interpretation Act 1978 (c. 30)); 
	c) an instrument made under legislation mentioned in paragraph (a) or (b). `;

/** Payment Card Interchange Fee Regulations 2015, regulation 17: the regulation it inserts gives "the interchange fee regulation" a meaning "In paragraph (1)", under a lead-in "For the purposes of this Part" (target_texts[13], lines 305–316). */
export const UK_PAYMENT_CARD_REGULATION_17 = `Section 17) **Amendment of the Payment Services Regulations 2009**

1) The Payment Services Regulations 2009  are amended as follows. 
2) After regulation 80 (functions of the Authority) insert— 

Section 80A) **Application of this Part to requirements of the Interchange Fee Regulation**

1) For the purposes of this Part with the exception of regulation 92A and Schedule 4A— 
	a) the requirements imposed on payment services providers by Articles 8(2), 9(2) and 12 of the interchange fee regulation are to be treated as if they were included in Part 5 of these Regulations, and 
	b) the requirements imposed on payment services providers by Articles 8(5) and (6), 9(1), 10(1) and (5) and 11 of the interchange fee regulation are to be treated as if they were included in Part 6 of these Regulations. 
2) In paragraph (1)  “the interchange fee regulation” means Regulation (EU) 2015/751 of the European Parliament and of the Council of 29th April 2015 on interchange fees for card-based payment transactions. . 
3) In paragraph 10 of Schedule 5 (application and modification of the Financial Services and Markets Act 2000 (Disclosure of Confidential Information) Regulations 2001)— `;

/** Senedd Cymru (Members and Elections) Act 2024, Schedule 2, paragraphs 3 and 13: terms with their Welsh equivalents, and "“review date” … has the meaning given in paragraph 3" (target_texts[3], lines 643, 656–662 and 763–770). */
export const UK_SENEDD_SCHEDULE_2_PARAGRAPHS_3_AND_13 = `SCHEDULE 2 SENEDD CONSTITUENCIES FOR FIRST GENERAL ELECTION AFTER 6 APRIL 2026 (Introduced by section 17) 

Section 3) **Notice of commencement of 2026 boundary review**

1) As soon as reasonably practicable after commencing the 2026 boundary review, the Commission must publish a notice— 
	a) stating that the Commission has commenced the review, and 
	b) specifying the date on which the review commenced. 
2) In this Schedule, “review date” means the date specified in the notice under sub-paragraph‍ (1)(b). 


Section 13) **Interpretation**
In this Schedule— 
	- “the Commission” (“y Comisiwn”) has the meaning given in paragraph 2(2);
	- “local government boundaries” (“ffiniau llywodraeth leol”) are the boundaries of counties, county boroughs, electoral wards, communities and community wards in Wales;
	- “review date” (“dyddiad yr adolygiad”) has the meaning given in paragraph 3;
	- “Senedd constituency” (“etholaeth Senedd”) is to be interpreted in accordance with paragraph 1;
	- “UK parliamentary constituency” (“etholaeth seneddol y DU”) means a constituenc‍y, specified in the Parliamentary Constituencies Order 2023 ( S.I. 2023/1230 ), returning a member of Parliament of the United Kingdom.
14) Where this Schedule imposes a duty on the Commission to publish a notice, report or other document, the notice, report or other document must be published— `;

/** The same Act, sections 49F and 49G of the Part it inserts: "In subsection (2)(d), “remote facilities” means …", then in section 49G "remote facilities (within the meaning given in section 49F(4))" (target_texts[3], lines 857–875). */
export const UK_SENEDD_SECTIONS_49F_AND_49G = `Section 49F) **Publication of, and consultation on, representations**

1) At the end of the first period for representations the Commission must publish a document setting out any representations received during that period (including any representations on the initial report made by the Welsh Language Commissioner when consulted under section 49E(3)). 
2) The Commission must also— 
	a) inform any person it considers appropriate of how to access the document published under subsection (1), 
	b) invite representations in respect of the representations set out in the document published under subsection (1), 
	c) notify any person it considers appropriate of the second period for representations, and 
	d) publish information about the times and places at which public hearings under section 49G will be held and, where hearings are to be held partly in person and partly through the use of remote facilities, specify instructions on how to make representations using remote facilities. 
3) The second period for representations is a period of six weeks, beginning with the date on which the document is published under subsection (1). 
4) In subsection (2)(d), “remote facilities” means any equipment or other facility that enables people who are not in the place where the hearing is being held to make representations at the hearing. 

Section 49G) **Public hearings**

1) During the second period for representations, the Commission must hold at least two but no more than five public hearings to enable representations to be made about its proposals. 
2) The public hearings must between them cover the whole of Wales. 
3) A public hearing must be completed within two days. 
4) If a hearing is to be held partly through the use of remote facilities (within the meaning given in section 49F(4)), the remote facilities must enable the people making representations at the hearing but who are not in the place where the hearing is being held to speak to and be heard by (whether or not it enables those people to see and be seen by)— 
	a) each other, and 
	b) people at the place where the hearing is being held. `;

/** Scarweather Sands Offshore Wind Farm Order 2004, the first entries of article 2 and article 6, which uses "the 1961 Act" only in a citation (target_texts[2], lines 4–8 and 83–101). */
export const UK_SCARWEATHER_ARTICLES_2_AND_6 = `Section 2) **Interpretation**

1) In this Order — 
	- “the 1961 Act” (“Deddf 1961”) means the Land Compensation Act 1961  ;
	- “the 1965 Act” (“Deddf 1965”) means the Compulsory Purchase Act 1965  ;

Section 6) **Temporary stopping up of streets**

1) The undertaker may, during and for the purposes of the execution of the authorised works, temporarily stop up the streets specified in columns (1) and (2) of Schedule 2 to this Order to the extent specified by reference to the letters in column (3) to that Schedule and may for any reasonable time — 
	a) divert the traffic from the street; and 
	b) subject to paragraph (2), prevent all persons from passing along the street. 
2) The undertaker must provide reasonable access at all times for pedestrians going to or from premises abutting on a street affected by the exercise of the powers conferred by this article if there would otherwise be no such access. 
3) The undertaker must not exercise the powers of this article in relation to any street specified as mentioned in paragraph (1) without first consulting the street authority. 
4) The provisions of the Street Works Act mentioned in paragraph (5) and any regulations made, or code of practice issued or approved, under those provisions apply (with the necessary modifications) in relation to the stopping up, alteration or diversion of a street by the undertaker under the powers conferred by this article where no street works are executed in that street as they would apply if the stopping up, alteration or diversion were occasioned by street works executed in that street by the undertaker. 
5) The provisions of the Street Works Act referred to in paragraph (4) are — 
	a) section 54 (advance notice of certain works); 
	b) section 55 (notice of starting date of works); 
	c) section 59 (general duty of street authority to co-ordinate works); 
	d) section 60 (general duty of undertakers to co-operate); 
	e) section 69 (works likely to affect other apparatus in the street); 
	f) section 76 (liability for cost of temporary traffic regulation); 
	g) section 77 (liability for cost of use of alternative route); and 
	h) all such other provisions as apply for the purposes of the provisions mentioned above. 
6) Any person who suffers loss by the suspension of a private right of way under this article is entitled to compensation to be determined, in case of dispute, under Part I of the 1961 Act. 
`;
