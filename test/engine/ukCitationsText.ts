// UK legislation as i-dot-ai/lex converts legislation.gov.uk (commit 363efd8, tests/test_data/legislation_text_target.py,
// the lists `target_texts`), verbatim excerpts: where each comes from is in its comment. Not in the corpus.

/** Dioceses, Pastoral and Mission Measure 2007, section 56(1): citations "of the 1983 Measure" (target_texts[1], the section's first twelve lines). */
export const UK_DIOCESES_MEASURE_SECTION_56 = `Section 56) **Functions of Council in relation to churches proposed for closure for regular public worship**

1) The Council shall be under a duty— 
	a) to prepare the reports referred to in section 3(8) of the 1983 Measure and send copies of the reports to the bodies referred to therein; 
	b) in response to consultation by or requests for advice from the Commissioners under section 5(2), 44(5)(bb), 44(5A)(a), 44(9B)(b), 46(1), 47(2)(a), 49(1), 50(2), 50(4A) or 51(1)(b) of the 1983 Measure or otherwise to give information and advice to the Commissioners about— 
		i) the historic and archaeological interest and architectural quality of any church to which this section applies; 
		ii) the historic and architectural interest and aesthetic qualities of the contents of any such church; 
		iii) the value of any such church as part of its setting and surrounding landscape; 
		iv) the overall importance of the church; and 
		v) having regard to the matters referred to in sub-paragraphs (i) to (iv) above, the potential impact of any architectural or structural changes or other physical alterations to the church; 
	c) in response to consultation by or requests for advice from the Churches Conservation Trust under section 44(5)(bbb) or (7B) of the 1983 Measure to give information and advice to the Trust about any of the matters referred to in paragraph (b) above; 
	d) to consider and, to the extent that the Council considers appropriate, make representations on any draft pastoral church buildings scheme or pastoral (church buildings disposal) scheme of which a copy is sent to it under section 6(3) or 50(3) of the 1983 Measure; and 
`;

/** York and North Yorkshire Combined Authority Order 2023, article 17 (headed "Section 17)" by the converter): "Part 1 of, and Schedule 9 to, the 1984 Act" (target_texts[12], the article whole). */
export const UK_YORK_ORDER_ARTICLE_17 = `Section 17) **Traffic regulation**

1) The functions of the constituent councils as local traffic authorities specified in the following provisions of the 1984 Act are exercisable by the Combined Authority in relation to the Area— 
	a) section 1 (traffic regulation orders outside Greater London)  ; 
	b) section 2 (what a traffic regulation order may provide)  ; 
	c) section 9 (experimental traffic orders)  . 
2) The functions specified in paragraph (1) are exercisable by the Combined Authority concurrently with the constituent councils. 
3) Part 1 of, and Schedule 9 to, the 1984 Act apply in relation to the exercise by the Combined Authority of the functions specified in paragraph (1) as they apply in relation to the exercise by the constituent councils as local traffic authorities of those functions. 
`;

/** Pensions (Miscellaneous Provisions) (Northern Ireland) Order 1990, article 5 (headed "Section 5)"): "there shall be added the following subsection—" (target_texts[7], the article's heading and first line). */
export const UK_PENSIONS_ORDER_ARTICLE_5 = `
Section 5) **No increase for additional lump sums arising from recalculation**
At the end of section 9 of the Increase Act (gratuities and lump sums) there shall be added the following subsection— 
`;

/** York and North Yorkshire Combined Authority Order 2023, article 26(1): "The following provisions of the Local Government Act 1972 have effect as if …—" and its items (target_texts[12]). */
export const UK_YORK_ORDER_ARTICLE_26 = `Section 26) **Incidental provisions**

1) The following provisions of the Local Government Act 1972  have effect as if the Combined Authority were a local authority for the purposes of those provisions— 
	a) section 113 (the power to place staff at the disposal of other local authorities); 
	b) section 142(2) (the power to arrange for publication of information etc relating to the functions of the Combined Authority); 
	c) section 144 (the power to encourage visitors and provide conference and other facilities); 
	d) section 145 (the power to provide and support cultural activities and entertainments); and 
	e) section 222 (power to prosecute and defend legal proceedings). 
2) The Combined Authority has the power to exercise any of the functions described in subsection (1)(a) and (b) of section 88 of the Local Government Act 1985  (research and collection of information) whether or not a scheme is made under that section. 
`;

/** Dioceses, Pastoral and Mission Measure 2007, section 19(1): "In this and the next following section “diocesan body” means …" (target_texts[1], its heading and first lines). */
export const UK_DIOCESES_MEASURE_SECTION_19 = `Section 19) **Schemes with respect to discharge of functions of diocesan bodies corporate, etc.**

1) In this and the next following section  “diocesan body” means any body corporate or unincorporate or committee established for a diocese or any part thereof, other than a diocesan synod or the bishop's council and standing committee of a diocesan synod or a Diocesan Board of Education . 
`;

/** The same Measure, section 56 down to its subsection (2)'s proviso, which ends "… and in this subsection “diocesan body” means …" (target_texts[1]). */
export const UK_DIOCESES_MEASURE_SECTION_56_TO_PROVISO = UK_DIOCESES_MEASURE_SECTION_56 + `	e) when requested to do so by the Archbishops' Council, the Commissioners or the General Synod, to give information and advice on any of the matters referred to in paragraph (b) above in relation, generally, to churches to which this section applies or in relation to particular categories of such churches. 
2) The Council shall have power, when requested to do so, to give information and advice to any diocesan body or other body or person on any of the matters referred to in subsection (1)(b) above in relation to a church or group of churches to which this section applies: Provided that— 
		i) the Council shall not give any such information or advice to a person or body other than a diocesan body in a case where the Commissioners have informed it that they have received proposals from the bishop under section 4(1) of the 1983 Measure unless it has first consulted the Commissioners and had regard to any views expressed by them and in this subsection  “diocesan body” means any body corporate or unincorporate or committee established for a diocese or dioceses or part thereof; and 
`;

/** York and North Yorkshire Combined Authority Order 2023, article 26(4): "Section 13 of the 1989 Act (voting rights of members of certain committees)  has effect as if—" and the modifications listed under it (target_texts[12]). */
export const UK_YORK_ORDER_ARTICLE_26_4 = `4) Section 13 of the 1989 Act (voting rights of members of certain committees)  has effect as if— 
	a) in subsection (4) after paragraph (h) there were inserted— 
			i) subject to subsection (4A), a committee appointed by the York and North Yorkshire Combined Authority. ; 
	b) after subsection (4) there were inserted— 
	4A) A person who is a member of a committee falling within paragraph (i) of subsection (4) or a sub-committee appointed by such a committee shall for all purposes be treated as a non-voting member of that committee or sub-committee unless that person is a member of one of the constituent councils. . 
`;
