// Verbatim excerpts of Australian and Indian Acts as converters give them (not in the corpus), for
// test/engine/commonLaw.test.ts. Sources:
// - Acts Interpretation Act 1901 (Cth), Compilation No. 38: CXVII-Tech/mirror_cybersecurity-docs-au at commit
//   4896ad55a870bd9dcdf9beed3881087c50b793c8, mirror_au-law/mirror_acts-interpretation-act-1901/acts-interpretation-act-1901.md
// - The Information Technology Act, 2000 (India Code as converted, part 1 of 2): Svetozar-Technologies/indian-law at
//   commit 3e85bd66ccd0c8d9cf16bcbadc80d034bea0b891, docs/laws/en/the-information-technology-act-2000/part-001.md

/** Acts Interpretation Act 1901, section 2B's list of definitions, with notes set as items ("- Note: See also section 15B."; lines 97–113). */
export const AU_ACTS_INTERPRETATION_2B = `
#### 2B Definitions

In any Act:
- \`acting SES employee\` has the same meaning as in the *Public Service Act 1999*.
- \`Administrative Arrangements Order\`:
    - (a) means an instrument (a \`primary AAO\`) made by the Governor‑General that is described as an Administrative Arrangements Order; and
    - (b) includes an instrument made by the Governor‑General that:
        - (i) amends a primary AAO; or
        - (ii) revokes a primary AAO and substitutes a new primary AAO.
    - Note: The Administrative Arrangements Order sets out, from time to time, the matters dealt with by Departments of State of the Commonwealth together with the legislation administered by the Ministers for those Departments.
- \`affidavit\` includes affirmation, declaration and promise.
- \`appoint\`: see section 33AA.
- \`APS employee\` has the same meaning as in the *Public Service Act 1999*.
- \`Australia\` means the Commonwealth of Australia and, when used in a geographical sense, includes Norfolk Island, the Territory of Christmas Island and the Territory of Cocos (Keeling) Islands, but does not include any other external Territory.
    - Note: See also section 15B.
- \`Australian citizen\` has the same meaning as in the *Australian Citizenship Act 2007*.`;

/** The Information Technology Act, 2000, section 1: sub-section (4) substituted by an amendment, "^2" then "[(4) Nothing …" (lines 21–49). */
export const IN_IT_ACT_SECTION_1 = `## Section 1 - Short title, extent, commencement and application.

(1) This Act may be
called the
Information Technology Act, 2000.

(2) It shall extend to the whole of India and, save as otherwise provided in this Act, it applies also to
any offence or contravention thereunder committed outside India by any person.

(3) It shall come into fo
rce on such date
^1
as the Central Government may, by notificati
on, appoint and
different dates may
be appointed for different provisions of this Act and any reference in any such
provision to the commencement of this Act shall be construed as a reference to
the commencement of that
provision.

^2
[(4) Nothing in this Act shall apply to documents or transactions specified in the First Schedule:

Provided that the Central Government may, by notification in the Official Gazette, amend the First
Schedule by way of a
ddition
or deletion of entries thereto.

(5) Every notification issued under sub-section (4) shall be laid before each House of Parliament.]`;

/** The same Act's footnotes on section 48: "Subs. by Act 7 of 2017, s. 169, …", then "Subs. by s. 169, ibid., …" (lines 1413–1419). */
export const IN_IT_ACT_FOOTNOTES = `1 Subs. by Act 7 of 2017, s. 169, for "Cyber Appellate Tribunal" (w.e.f. 26-5-2017)

2. Subs. by s. 169, ibid., for " Establishment of Appellate Tribunal" (w.e.f. 26-5-2017).

3. Subs. by s. 169, ibid., for sub-section (1) (w.e.f. 26-5-2017).

4. Subs. by s. 169, ibid., for "shall also specify, in the notification referred to in sub-section (1)" (w.e.f. 26-5-2017)`;

/** The same list's entry "- `person`: see section 2C." (line 172), and section 2C, which defines “person” in its text (lines 197–199). */
export const AU_ACTS_INTERPRETATION_PERSON = `- \`person\`: see section 2C.`;
export const AU_ACTS_INTERPRETATION_2C = `#### 2C References to persons

- (1) In any Act, expressions used to denote persons generally (such as “person”, “party”, “someone”, “anyone”, “no‑one”, “one”, “another” and “whoever”), include a body politic or corporate as well as an individual.`;

/** The Information Technology Act, 2000 as the repository splits it: part 2's front matter and heading (lines 1–13) and its section 81 (lines 910–913; same commit, part-002.md). */
export const IN_IT_ACT_PART_2_HEAD = `---
title: "The Information Technology Act, 2000"
language: en
part: 2
parts: 2
line_limit: 1500
source: "https://www.indiacode.nic.in/handle/123456789/1999"
---
# The Information Technology Act, 2000

Language: English
Part 2 of 2
Sections: 52A to 94`;
export const IN_IT_ACT_SECTION_81 = `## Section 81 - Act to have overriding effect.

The provisions of this Act shall have effect notwithstanding
anything inconsistent therewith contained in any other law for the time being in force.`;
/** Part 1's front matter and heading (lines 1–13 of part-001.md). */
export const IN_IT_ACT_PART_1_HEAD = `---
title: "The Information Technology Act, 2000"
language: en
part: 1
parts: 2
line_limit: 1500
source: "https://www.indiacode.nic.in/handle/123456789/1999"
---
# The Information Technology Act, 2000

Language: English
Part 1 of 2
Sections: 1 to 52`;

/**
 * The Digital Personal Data Protection Act, 2023 (same repository and commit, docs/laws/en/the-digital-personal-data-protection-
 * act-2023/part-001.md): its front matter (lines 1–9), and section 44 (2), which amends the Information Technology Act, 2000
 * "in the following manner, namely:---" (lines 1211–1220).
 */
export const IN_DPDP_HEAD = `---
title: "The Digital Personal Data Protection Act, 2023."
language: en
part: 1
parts: 1
line_limit: 1500
source: "https://www.indiacode.nic.in/handle/123456789/22037"
---
# The Digital Personal Data Protection Act, 2023.`;
export const IN_DPDP_SECTION_44_2 = `(2) The Information Technology Act, 2000 (21 of 2000) shall be amended in the following manner,
namely:---

(a) section 43A shall be omitted;

(b) in section 81, in the proviso, after the words and figures "the Patents Act, 1970 (39 of
1970)", the words and figures "or the Digital Personal Data Protection Act, 2023" shall be
inserted; and

(c) in section 87, in sub-section (2), clause (ob) shall be omitted.`;

/**
 * The State Bank of India Act, 1955 (same repository and commit, docs/laws/en/the-state-bank-of-india-act-1955/part-001.md),
 * section 19: clauses amended in brackets after a footnote's mark with no space, "^4[(b) …", "^8[(ca) …" (lines 467–506).
 */
export const IN_SBI_SECTION_19 = `## Section 19 - Composition of the Central Board.

^1*** The Central Board shall consist of the following,
namely:

(a) a chairman ^2*** to be appointed by the Central Government in consultation with the Reserve
Bank ^3***.

^4[(b) such number of managing directors not exceeding four, as may be appointed by the Central
Government in consultation with the Reserve Bank;]

^5*****

(c) if the total amount of the holdings of the shareholders, other than the ^6[Central Government],
whose names are on the ^7[register of shareholders] three months before the date fixed for election of
directors is--

(i) not more than ten per cent. of the total issued capital, two directors,

(ii) more than ten per cent. but not more than twenty-five per cent. of such capital three
directors, and

(iii) more than twenty-five per cent. of such capital, four directors, to be elected in the
prescribed manner by such shareholders;

^8[(ca) one director, from among the employees of the State Bank, who are workmen, to be
appointed by the Central Government in the manner provided in the rules made under this Act;

(cb) one director, from among such of the employees of the State Bank, as are not workmen, to be
appointed by the Central Government in the manner provided in the rules made under this Act];

(d) not less than two and not more than six directors to be nominated by the Central
Government, ^9*** from among persons having special knowledge of the working of co-operative
institutions and of rural economy or experience in commerce, industry, banking or finance;]

(e) one director to be nominated by the Central Government; and

^10[(f) one director, possessing necessary expertise and experience in matters relating to regulation
or supervision of commercial banks to be nominated by the Central Government on the
recommendation of the Reserve Bank.]`;

/**
 * The Disaster Management Act, 2005 (docs/laws/en/the-disaster-management-act-2005/part-001.md): definitions (ga) and (gb)
 * inserted by an amendment, then "Explanation.---For the purposes of this clause, …" (lines 128–135).
 */
export const IN_DMA_CLAUSE_GB = `^1[(ga) "evacuation" means moving people or assets temporarily to safer places before, during or
after the occurrence of a hazardous event;

(gb) "exposure" means the situation of people, buildings, infrastructure, production capacities and
other tangible human assets, the environment and natural resources located in hazard-prone areas.

Explanation.---For the purposes of this clause, the expression "hazard-prone areas" means those
locations where different hazards are known to have occurred or likely to occur;`;

/**
 * Legislation Act 2003 (CXVII-Tech/mirror_cybersecurity-docs-au at commit 4896ad55a870bd9dcdf9beed3881087c50b793c8,
 * mirror_au-law/mirror_legislation-act-2003/legislation-act-2003.md, line 716): subsection 15V(7), citing two paragraphs of
 * the definition of `editorial change` in subsection 15X(2).
 */
export const AU_LEGISLATION_ACT_15V_7 = `- (7) Subsection (6) does not prevent the First Parliamentary Counsel making a change to an Act or instrument mentioned in paragraph (2)(m) of the definition of \`editorial change\` in subsection 15X(2), or any editorial change consequential on such a change, as mentioned in paragraph (2)(q) of that definition.`;

/** Acts Interpretation Act 1901, section 33 (its first subsections, lines 766–790): "(2A)", "(3AB)" inserted in capitals, each under an italic margin note. */
export const AU_ACTS_INTERPRETATION_33 = `#### 33 Exercise of powers and performance of functions or duties

- *Powers, functions and duties may be exercised or must be performed as the occasion requires*
- (1) Where an Act confers a power or function or imposes a duty, then the power may be exercised and the function or duty must be performed from time to time as occasion requires.
- *Meaning of **may***
- (2A) Where an Act assented to after the commencement of this subsection provides that a person, court or body may do a particular act or thing, and the word “may” is used, the act or thing may be done at the discretion of the person, court or body.
- *Powers, functions and duties of bodies not affected by membership vacancies*
- (2B) Where an Act confers a power or function, or imposes a duty, on a body, whether incorporated or unincorporated, the exercise of the power or the performance of the function or duty is not affected merely because of a vacancy or vacancies in the membership of the body.
- *Power to make instrument includes power to vary or revoke etc. instrument*
- (3) Where an Act confers a power to make, grant or issue any instrument of a legislative or administrative character (including rules, regulations or by‑laws) the power shall be construed as including a power exercisable in the like manner and subject to the like conditions (if any) to repeal, rescind, revoke, amend, or vary any such instrument.
- (3AA) If a condition (the \`ongoing condition\`):
    - (a) must be satisfied before the making, granting or issuing of an instrument; and
    - (b) is capable of ceasing to be satisfied after the making, granting or issuing of the instrument;
    
    subsection (3) has effect, in relation to the repeal, rescission or revocation of the instrument, as if the reference to like conditions (to the extent that the reference relates to the ongoing condition) were a reference to the ongoing condition ceasing to be satisfied.
    - Example: A Minister may give a person a written permission if, among other things, the Minister is satisfied the person is of good character. This condition is capable of ceasing to be satisfied after the giving of the permission. The Minister may repeal, rescind or revoke the permission in the like manner if the Minister ceases to be satisfied that the person is of good character.
- *Scope of powers in respect of matters*
- (3A) Where an Act confers a power to make, grant or issue any instrument of a legislative or administrative character (including rules, regulations or by‑laws) with respect to particular matters (however the matters are described), the power shall be construed as including a power to make, grant or issue such an instrument with respect to some only of those matters or with respect to a particular class or particular classes of those matters and to make different provision with respect to different matters or different classes of matters.
- (3AB) If an Act confers on a person or authority the power to make an instrument (except a legislative instrument, a notifiable instrument or a rule of court):
    - (a) specifying, declaring or prescribing a matter; or
    - (b) doing anything in relation to a matter;
    
    then, in exercising the power, the person or authority may identify the matter by reference to a class or classes of matters.
    - Note: This provision has a parallel, in relation to legislative instruments, and notifiable instruments, in section 13 of the *Legislation Act 2003*.
- (3AC) For the purposes of subsections (3A) and (3AB), \`matter\` includes thing, person and animal.
`;
