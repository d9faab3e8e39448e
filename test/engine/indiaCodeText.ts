// Verbatim excerpts of India Code Acts as github.com/Svetozar-Technologies/indian-law converts them (commit
// 3e85bd66ccd0c8d9cf16bcbadc80d034bea0b891, docs/laws/en/<act>/part-001.md; not in the corpus), for test/engine/indiaCode.test.ts.
// Each section keeps its amendment marks ("^1[" opening substituted text) and its "### Footnotes" as the converter gives them.

/** The State Bank of India Act, 1955, sections 21 and 22 (lines 686–897): section 21 substituted, its label restated inside the bracket ("^1[21. Local Boards.--(1) …"). */
export const SBI_SECTIONS_21_22 = `## Section 21 - Local Boards.

^1[21. Local Boards.--(1) There shall be constituted at each place where the State Bank has a local
head office, a Local Board which shall consist of the following members, namely:--

^2[(a) the chairman, ex officio or the managing director nominated by the chairman;]

^3[(b) all such directors elected or nominated to the Central Board under clause (c) or clause (d) of
section 19 as are ordinarily resident in the area falling within the jurisdiction of the local head office;]

(c) six members to be nominated by the Central Government ^4***;

^5*****

(e) ^6[the Chief General Manager] of the local head office, appointed by the State Bank, ex officio.

^7[(2) Where as a result of the establishment of any local head office (hereinafter referred to as the new
local head office) for any area which is already falling within the jurisdiction of another local head office
(hereinafter referred to as the existing local head office) a Local Board (hereinafter referred to as the new
Local Board) is constituted for the new local head office, any person who is, at the time of such
Constitution, holding office as a member of a Local Board (hereinafter referred to as the existing Local
Board) for an existing local head office under clause (c) of sub-section (1) and is ordinarily resident in the
area falling within the jurisdiction of the new local head office, shall cease to hold office as member of
the existing Local Board and shall become a member of the new Local Board and shall on becoming such
member be deemed to have been nominated to the new Local Board and shall hold office as such member
for the unexpired portion of his term of office as a member of the existing Local Board.]

(3) Any vacancy caused in the existing Local Board as a result of any member thereof becoming a
member of the new Local Board under sub-section (2) shall be deemed to be a casual vacancy and be
filled in accordance with the provisions of section 25.

^8*****

^9[(5) The ^10[Central Government] shall, in consultation with the chairman, appoint--

(a) a member of a Local Board nominated under clause (c) of sub-section (1) to be the president
thereof; and

(b) a member of a Local Board holding office under clause (b) or nominated under clause (c) of
that sub-section to be the vice-president thereof.]]

### Footnotes

1. Subs. by Act 35 of 1964, s. 5, for section 21 (w.e.f. 1-12-1974).

2. Subs. by Act 27 of 2010, s. 13, for clause (a) (w.e.f. 15-9-2010).

3. Subs. by Act 3 of 1994, s. 10, for clause (b) (w.e.f. 15-10-1993).

4. The words ''in consultation with the Reserve Bank'' omitted by Act 27 of 2010, s. 13 (w.e.f. 15-9-2010).

5. Omitted by Act 3 of 1994, s. 10(w.e.f. 15-10-1993).

6. Subs. by Act 48 of 1973, s. 5, for ''the Secretary and Treasurer'' (w.e.f. 1-7-1974).

7. Subs. by Act 3 of 1994, s. 10, for sub-section (2) (w.e.f. 15-10-1993).

8. Omitted by s. 10, ibid. (w.e.f. 15-10-1993).

9. Subs. by s. 10, ibid., for sub-section (5) (w.e.f. 15-10-1993).

10. Subs. by Act 27of 2010, s. 13, for ''Governor of the Reserve Bank'' (w.e.f. 15-9-2010).

## Section 21A - Term of office of members of Local Board.

^1[21A. Term of office of members of Local Board.--^2[(1) Subject to the provisions contained in
this section and in sub-section (2) of section 21, a member of a Local Board--

(a) nominated under clause (c) of sub-section (1) of section 21 shall hold office for such term, not
exceeding three years, as the Central Government may specify in this behalf ^3***;

(b) elected under clause (d) of sub-section (1) of section 21 shall hold office for three years and ^4***,

and shall be eligible for re-nomination or re-election, as the case may be:

Provided that no such director shall hold office continuously for a period exceeding six years.]

^5*****

(3) A director of the Central Board becoming a member of a Local Board by virtue of the provisions
of clause (b) of sub-section (1) of section 21 shall cease to hold office as such member on his ceasing to
be a director or on his ceasing to be ordinarily resident in the relevant area.

(4) The president and the vice-president of a Local Board shall each hold office for two years or the
remaining period of his office as a member of the Local Board, whichever is shorter, and shall be eligible
for re-appointment so long as he is a member of the Local Board.

^6[(5) A member of a Local Board nominated under clause (c) of sub-section (1) of section 21 shall
hold office during the pleasure of the Central Government.]

### Footnotes

1. Ins. by Act 35 of 1964, s. 6 (w.e.f. 1-12-1964).

2. Subs. by Act 66 of 1988, s. 13, for sub-section (1) (w.e.f. 15-10-1993).

3. The words ''and thereafter until his successor has been duly nominated'' omitted by Act 45 of 2006, s. 15 (w.e.f. 16-10-2006).

4. The words ''and thereafter until his successor has been duly nominated'' omitted by Act 45 of 2006, s. 15 (w.e.f. 16-10-2006).

5. Omitted by Act 3 of 1994, s. 11 (w.e.f. 15-10-1993).

6. Ins. by Act 66 of 1988, s. 13 (w.e.f. 8-7-1992).

## Section 21B - Powers of Local Board.

^1[21B. Powers of Local Board.--In respect of the area falling within the jurisdiction of the local
head office for which the Local Board has been constituted, a Local Board shall, subject to such general
or special direction as the Central Board may give from time to time, exercise such powers and perform
such duties and functions as may be entrusted or delegated to it by the Central Board.]

### Footnotes

1. Subs. by Act 27 of 2010, s. 14, for section 21B (w.e.f. 15-9-2010).

## Section 21C - Local Committees.

^1[(1) A Local Committee may be constituted by the Central Board for any
area and shall consist of such number of members as may be prescribed.

^2[(2) The chairman or the managing director nominated by him shall be an ex officio member of every
such Local Committee.]

(3) A Local Committee shall exercise such powers and perform such functions and duties as the
Central Board may confer on or assign to it.]

### Footnotes

1. Ins. by Act 35 of 1964, s.6 (w.e.f. 1-12-1964).

2. Subs. by Act 27 of 2010, s. 15, for sub-section (2) (w.e.f. 15-9-2010).

## Section 22 - Disqualifications for directorship of Central Board or membership of Local Boards or Committees.

(1) No person shall be qualified to be a director of the Central Board or a member of a
Local Board or of a Local Committee if--

(a) he holds the office of director, provisional director, promoter, agent or manager of any
banking company already established or advertised as about to be established; or

(b) he is a salaried officer of Government not specially authorised by the Central Government to
be a director or member; or

(c) he has been removed or dismissed from the service of Government on a charge of corruption
or bribery; or

(d) he holds any office of profit under the State Bank other than the office of
chairman, ^1*** ^2[managing director] or ^3[^4[Chief General Manager or legal or technical adviser]]; or

^5[(da) in the case of a director appointed under clause (ca) or clause (cb)
^6*** of section 19,--

(i) he is not serving in the State Bank or has not been serving in it for a continuous period of
at least five years; and

(ii) he is of such age that there is a likelihood of his attaining the age of superannuation
during his term of office as a director; or]

(e) he is or at any time has been adjudicated an insolvent or has suspended payment of his debts
or has compounded with his creditors; or

(f) he is declared lunatic or becomes of unsound mind; or

(g) he is or has been convicted of any offence involving moral turpitude; or

^7[(h) in the case of an elected director, he is not registered as a holder in his own right of
unencumbered shares in the State Bank, either as sole holder or as first named holder when jointly
held, of a nominal value of at least five thousand rupees.]

(2) No two persons who are partners of the same firm or are directors of the same private company or
one of whom is an agent of the other or holds a power of attorney from a firm of which the other is a
partner may be directors of the Central Board or members of the same Local Board or Local Committee at
the same time.

(3) The appointment, nomination or election as director or member of a Local Board or of a Local
Committee of any person who is a member of Parliament or the Legislature, of any State shall be void
unless within two months of the date of his appointment, nomination or election he ceases to be a member
of Parliament or the State Legislature, and if any director or member of a Local Board or of a Local
Committee is elected or nominated as a member of Parliament or any State Legislature, he shall cease to
be a director or member of the Local Board or of Local Committee as from the date of such election or
nomination, as the case may be.

^8[(4) In this section,--

(a) “banking company” has the same meaning as in the ^9[Banking Regulation Act, 1949
(10 of 1949)];

(b) “manager” means the chief executive officer, by whatever name called, of a Banking
company;

(c) “private company” has the same meaning as in the Companies Act, 1956 (1 of 1956)].

### Footnotes

1. The word “vice-chairman” omitted by s. 16, ibid. (w.e.f 15-9-2010).

2. Subs. by Act 26 of 1959, s. 2, for “or managing director” (w.e.f. 11-6-1976).

3. Ins. by Act 35 of 1964, s. 7 (w.e.f. 1-12-1964).

4. Subs. by Act 48 of 1973, s. 7, for “secretary and treasurer” (w.e.f. 26-6-1974).

5. Ins. by Act 48 of 1973, s. 7 (w.e.f. 26-6-1974).

6. The words, brackets and figure “of sub-section (1)” omitted by Act 3 of 1994, s. 13 (w.e.f. 15-10-1993).

7. Subs. by Act 27 of 2010, s. 16, for clause (h) (w.e.f. 15-9-2010).

8. Ins. by Act 26 of 1959, s. 2 (w.e.f. 28-8-1959).

9. Subs. by Act 3 of 1994, s. 13, for “Banking Companies Act, 1949” (w.e.f. 15-10-1993).
`;

/** The Biological Diversity Act, 2002, section 8: its footnotes cite the clauses an amendment replaced ("for clauses (a), (b) and (c)"). */
export const BIODIVERSITY_SECTION_8 = `## Section 8 - Establishment of National Biodiversity Authority.

(1) With effect from such date as the Central Government may, by notification in the Official Gazette, appoint, there shall be established by the Central Government for the purposes of this Act, a body to be called the National Biodiversity Authority.

(2) The National Biodiversity Authority shall be a body corporate by the name aforesaid, having perpetual succession and a common seal, with power to acquire, hold and dispose of property, both movable and immovable, and to contract, and shall by the said name sue and be sued.

^1[(3) The head office of the National Biodiversity Authority shall be at Chennai and the National Biodiversity Authority may, with the previous approval of the Central Government, establish offices at other places in India.]

(4) The National Biodiversity Authority shall consist of the following members, namely:--

^2[(a) a Chairperson, who shall be an eminent person having adequate knowledge, expertise and experience in the conservation and sustainable use of biological diversity and in matters relating to fair and equitable sharing of benefits, to be appointed by the Central Government;

(b) sixteen ex officio members to be appointed by the Central Government, representing the Ministries dealing with--

(i) Agricultural Research and Education;

(ii) Agriculture and Farmers Welfare;

(iii) Ayurveda, Unani, Siddha, Sowa Rigpa, Yoga and Naturopathy and Homoeopathy;

(iv) Biotechnology;

(v) Environment and Climate Change;

(vi) Forests and Wildlife;

(vii) Indian Council of Forestry Research and Education;

(viii) Earth Sciences;

(ix) Panchayati Raj;

(x) Science and Technology;

(xi) Scientific and Industrial Research;

(xii) Tribal Affairs;

(c) four representatives from State Biodiversity Boards on rotational basis;]

(d) five non-official members to be appointed from amongst ^3[experts including legal expertsic9653 and scientists having special knowledge of, or experience in, matters relating to conservation of biological diversity, sustainable use of biological resources and ^4[fair and equitable] sharing of benefits arising out of the use of biological resources, representatives of industry, conservers, creators and knowledge-holders of biological resources.

^5[(e) a Member-Secretary, who shall have experience in matters relating to biodiversity conservation, to be appointed by the Central Government.]

### Footnotes

1. Subs. by Act 10 of 2023, s. 10, for sub-section (3) (w.e.f. 1-4-2024).

2. Subs. by s. 10, ibid., for clauses (a), (b) and (c) (w.e.f. 1-4-2024).

3. Subs. by s. 10, ibid., for "specialists" (w.e.f. 1-4-2024).

4. Subs. by s. 10, ibid., for "equitable" (w.e.f. 1-4-2024).

5. Ins. by s. 10, ibid., (w.e.f. 1-4-2024).
`;

/** The Special Marriage Act, 1954, section 27 (its sub-section "^1[(1)]" in a bracket closed after the marker). */
export const SPECIAL_MARRIAGE_SECTION_27 = `## Section 27 - Divorce.

^1[(1)] Subject to the provisions of this Act and to the rules made thereunder, a petition
for divorce may be presented to the district court either by the husband or the wife on the ground that the
respondent--

^2[(a) has, after the solemnization of the marriage, had voluntary sexual intercourse with any
person other than his or her spouse; or

(b) has deserted the petitioner for a continuous period of not less than two years immediately
preceding the presentation of the petition; or]

(c) is undergoing a sentence of imprisonment for seven years or more for an offence as defined in
the Indian Penal Code (45 of 1860);

^3* * * * *

(d) has since the solemnization of the marriage treated the petitioner with cruelty; or

^4[(e) has been incurably of unsound mind, or has been suffering continuously or intermittently
from mental disorder of such a kind and to such an extent that the petitioner cannot reasonably be
expected to live with the respondent.

Explanation.-- In this clause,--

(a) the expression "mental disorder" means mental illness, arrested or incomplete
development of mind, psychopathic disorder or any other disorder or disability of mind and
includes schizophrenia;

(b) the expression "psychopathic disorder" means a persistent disorder or disability of mind
(whether or not including sub-normality of intelligence) which results in abnormally aggressive
or seriously irresponsible conduct on the part of the respondent, and whether or not it requires or
is susceptible to medical treatment; or

(f) has been suffering from venereal disease in a communicable form; or]

^5* * * * *

(h) has not been heard of as being alive for a period of seven years or more by those persons who
would naturally have heard of the respondent if the respondent had been alive; ^6* * *

^7[Explanation.-- In this sub-section, the expression desertion means desertion of the petitioner by
the other party to the marriage without reasonable cause and without the consent or against the wish of
such party, and includes the wilful neglect of the petitioner by the other party to the marriage, and its
grammatical variations and cognate expressions shall be construed accordingly;

^8* * * * *

^9* * * * *

^10[(1A) A wife may also present a petition for divorce to the district court on the ground,--

(i) that her husband has, since the solemnization of the marriage, been guilty of rape, sodomy or
bestiality;

(ii) that in a suit under section 18 of the Hindu Adoptions and Maintenance Act, 1956 (78 of
1956), or in a proceeding under section 125 of the Code of Criminal Procedure, 1973 (2 of 1974) (or
under the corresponding section 488 of the Code of Criminal Procedure, 1898) (5 of 1898), a decree
or order, as the case may be, has been passed against the husband awarding maintenance to the wife
notwithstanding that she was living apart and that since the passing of such decree or order,
cohabitation between the parties has not been resumed for one year or upwards.

^11[(2) Subject to the provisions of this Act and to the rules made thereunder, either party to a marriage,
whether solemnized before or after the commencement of the Special Marriage (Amendment) Act, 1970
(29 of 1970), may present a petition for divorce to the district court on the ground--

(i) that there has been no resumption of cohabitation as between the parties to the marriage for a
period of one year or upwards after the passing of a decree for judicial separation in a proceeding to
which they were parties; or

(ii) that there has been no restitution of conjugal rights as between the parties to the marriage for a
period of one year or upwards after the passing of a decree for restitution of conjugal rights in a
proceeding to which they were parties.]

### Footnotes

1. Section 27 renumbered as sub-section (1) thereof by Act 29 of 1970, s. 3 (w.e.f. 12-8-1970).

2. Subs. by Act 68 of 1976, s. 27, for clauses (a) and (b).

3. The Proviso omitted by Act 68 of 1976, s. 27 (w.e.f. 27-5-1976).

4. Subs. by s. 27, ibid., for clauses (e) and (f) (w.e.f. 27-5-1976).

5. Clause (g) omitted by Act 6 of 2019, s. 4 (w.e.f. 1-3-2019).

6. The word or omitted by Act 29 of 1970, s. 3 (w.e.f. 12-8-1970).

7. Ins. by Act 68 of 1976, s. 27 (w.e.f. 27-5-1976).

8. The words and by the wife on the ground that her husband has, since the solemnization of the marriage, been guilty of rape,
sodomy or bestiality omitted by s. 27, ibid. (w.e.f. 27-5-1976).

9. Omitted by Act 29 of 1970), s. 3 (w.e.f. 12-8-1970).

10. Ins. by Act 68 of 1976, s. 27 (w.e.f. 27-5-1976).

11. Ins. by Act 29 of 1970, s. 3 (w.e.f. 12-8-1970).
`;

/** The Special Marriage Act, 1954, section 27A, citing "clause (h) of sub-section (1) of section 27". */
export const SPECIAL_MARRIAGE_SECTION_27A = `## Section 27A - Alternative relief in divorce proceedings.

^1[27A. Alternative relief in divorce proceedings.-- In any proceeding under this Act, on a petition
for dissolution of marriage by a decree of divorce, except insofar as the petition is founded on the ground
mentioned in clause (h) of sub-section (1) of section 27, the court may, if it considers it just so to do
having regard to the circumstances of the case, pass instead a decree for judicial separation.]

### Footnotes

1. Ins. by Act 68 of 1976, s. 28 (w.e.f. 27-5-1976).
`;

/** The Information Technology Act, 2000, section 69 (part-002.md): the footnote's mark on a line of its own, then "[69. Power to issue directions … information\nthrough any computer resource.--(1) …". */
export const IT_ACT_SECTION_69 = `## Section 69 - Power to issue directions for interception or monitoring or decryption of any information through any computer resource.

^1
[69. Power to issue directions for interception or monitoring or decryption of any information
through any computer resource.--(1) Where the Central Government or a State Government or any of
its officers specially authorised by the Central Government or the State Government, as the case may be,
in this behalf may, if satisfied that it is necessary or expedient so to do, in the interest of the sovereignty
or integrity of India, defence of India, security of the State, friendly relations with foreign States or public
order or for preventing incitement to the commission of any cognizable offence relating to above or for
investigation of any offence, it may subject to the provisions of sub-section (2), for reasons to be recorded
in writing, by order, direct any agency of the appropriate Government to intercept, monitor or decrypt or
cause to be intercepted or monitored or decrypted any information generated, transmitted, received or
stored in any computer resource.

(2) The procedure and safeguards subject to which such interception or monitoring or decryption may
be carried out, shall be such as may be prescribed.

(3) The subscriber or intermediary or any person in-charge of the computer resource shall, when called
upon by any agency referred to in sub-section (1), extend all facilities and technical assistance to--

(a) provide access to or secure access to the computer resource generating, transmitting, receiving
or storing such information; or

(b) intercept, monitor, or decrypt the information, as the case may be; or

(c) provide information stored in computer resource.

(4) The subscriber or intermediary or any person who fails to assist the agency referred to in
sub-section (3) shall be punished with imprisonment for a term which may extend to seven years and shall
also be liable to fine.

### Footnotes

1 Subs. by s. 34, ibid., for section 69 (w.e.f. 27-10-2009).
`;

/** The Life Insurance Corporation Act, 1956, section 4C (part-001.md): "^1[4C. Related party transactions.(1) Except …", no dash before "(1)". */
export const LIC_SECTION_4C = `## Section 4C - Related party transactions.

^1[4C. Related party transactions.(1) Except with the consent of the Board and subject to such
conditions as may be prescribed, the Corporation shall not enter into any contract or arrangement with a
related party with respect to

(a) sale, purchase or supply of any goods or materials;

(b) selling or otherwise disposing of, or buying, property of any kind;

(c) leasing of property of any kind;

(d) availing or rendering of any services;

(e) appointment of any agent for purchase or sale of goods, materials, services or property;

(f) such related partys appointment to any office or place of profit in the Corporation, its
subsidiary or associate company;

(g) underwriting the subscription of any securities, or derivatives thereof, of the Corporation:

Provided that no contract or arrangement involving transactions exceeding such sums as the
Board may specify, shall be entered into except with the prior approval in the general meeting:

Provided further that no member shall vote in such general meeting to approve any contract or
arrangement which may be entered into by the Corporation, if such member is a related party:

Provided also that nothing in this sub-section shall apply to any transactions entered into by the
Corporation in its ordinary course of business, other than transactions which are not on an arm's
length basis:

Provided also that the requirement of approval under the first proviso shall not be applicable for
transactions entered into between the Corporation and

(a) its wholly owned subsidiary, if any, whose financial statements are consolidated with the
Corporation and placed before the members at the general meeting for adoption;

(b) a Government company, or the Central Government, or any State Government, or any
combination thereof, in respect of contract or arrangement entered into between them.

Explanation.In this sub-section,

(a) the expression office or place of profit means any office or place

(i) where such office or place is held by a director, if the director holding it receives from
the Corporation anything by way of remuneration over and above the remuneration to which
he is entitled as director, by way of salary, fee, commission, perquisites, any rent-free
accommodation, or otherwise;

(ii) where such office or place is held by an individual other than a director or by any
firm, private company or other body corporate, if the individual, firm, private company or
body corporate holding it receives from the Corporation anything by way of remuneration,
salary, fee, commission, perquisites, any rent-free accommodation, or otherwise;

(b) the expression arm's length transaction means a transaction between two related parties
that is conducted as if they were unrelated, so that there is no conflict of interest.

(2) The Board shall formulate a policy on materiality of related party transactions and on dealing with
related party transactions, including clear threshold limits, and shall review and update such policy at
least once in every three years.

Explanation.--For the removal of doubts, it is hereby clarified that a transaction with a related party
shall be considered material if the amount of the transaction to be entered into, individually or taken
together with previous transactions during a financial year, exceeds such percentage of the annual
consolidated turnover of the Corporation as per its last audited financial statements as may be specified in
any regulation made by the Securities and Exchange Board in this behalf.

(3) Every contract or arrangement entered into under sub-section (1) shall be referred to in a report
made by the Board to the members, along with the justification for entering into such contract or
arrangement.

(4) Where any contract or arrangement is entered into by a director or any other employee, without
obtaining the consent of the Board or approval by a resolution in the general meeting under sub-section
(1) and if it is not ratified by the Board or, as the case may be, by the members at a meeting within three
months from the date on which such contract or arrangement was entered into, such contract or
arrangement shall be voidable at the option of the Board or, as the case may be, of the members and if the
contract or arrangement is with a related party to any director, or is authorised by any other director, the
directors concerned shall indemnify the Corporation against any loss incurred by it.

(5) Without prejudice to anything contained in sub-section (4), it shall be open to the Corporation to
proceed against a director or any other employee who had entered into such contract or arrangement in
contravention of the provisions of this section for recovery of any loss sustained by it as a result of such
contract or arrangement.

(6) Any director or any other employee of the Corporation who had entered into or authorised a
contract or arrangement in violation of the provisions of this section, shall be liable to pay penalty of a
sum of up to twenty-five lakh rupees.

### Footnotes

1. Subs. by s. 130, ibid., for section 4 (w.e.f. 29-6-2021).

## Section 4D - Adjudication of penalties

^1[4D. Adjudication of penalties.—(1) The Central Government may, by an order published in the
Official Gazette, appoint an officer of the Central Government, not below the rank of Joint Secretary to
the Government of India or equivalent, as adjudicating officer for adjudging penalties under the
provisions of this Act.

(2) The adjudicating officer may, on a complaint made in writing by a person authorised by the
Corporation, and after giving a reasonable opportunity of being heard, by an order impose penalty on a
director or employee liable to penalty under any provision of this Act on account of any contravention or
violation on his part.

(3) The adjudicating officer, for the purposes of discharging his functions under this Act, shall have
the same powers as are vested in a civil court under the Code of Civil Procedure, 1908 (5 of 1908) while
trying a suit, to summon and enforce the attendance of any person and examine him on oath and to require
the discovery and production of documents or other electronic records, and shall be deemed to be a civil
court for purposes of Order XXI of the Civil Procedure Code, 1908.

(4) A director or employee aggrieved by any order made by the adjudicating officer may prefer an
appeal to such officer to the Central Government of a rank higher than that of the adjudicating officer as
the Central Government may appoint as appellate authority, within thirty days from the date on which a
copy of the order made by the adjudicating officer is received by the aggrieved individual, and the officer
so appointed may, after giving the individual an opportunity of being heard, pass such order as he may
deem fit, confirming, modifying or setting aside the order appealed against, or remanding the case to the
adjudicating officer for disposal, with such directions as he may deem fit.

(5) Where a director or employee of the Corporation having already been subjected to penalty under
this Act for any contravention or violation of any provision of this Act, again commits such contravention
or violation within a period of three years from the date of order imposing such penalty passed by the
adjudicating officer, he shall be liable for the second or subsequent contravention or violation for twice
the amount of penalty provided therefor.]

### Footnotes

1.Subs. by s. 130, ibid., for section 4 (w.e.f. 29-6-2021).
`;

/** The Armed Forces Tribunal Act, 2007, section 22 (part-001.md): its "(1)" went with the label the converter made a heading of; "(2)" cites "clause (a) or clause (b) of sub-section (1)". */
export const AFT_SECTION_22 = `## Section 22 - Limitation.

The Tribunal shall not admit an application--

(a) in a case where a final order such as is mentioned in clause (a) of sub-section (2) of section 21
has been made unless the application is made within six months from the date on which such final
order has been made;

(b) in a case where a petition or a representation such as is mentioned in clause (b) of
sub-section (2) of section 21 has been made and the period of six months has expired thereafter
without such final order having been made;

(c) in a case where the grievance in respect of which an application is made had arisen by reason
of any order made at any time during the period of three years immediately preceding the date on
which jurisdiction, powers and authority of the Tribunal became exercisable under this Act, in respect
of the matter to which such order relates and no proceedings for the redressal of such grievance had
been commenced before the said date before the High Court.

(2) Notwithstanding anything contained in sub-section (1), the Tribunal may admit an application
after the period of six months referred to in clause (a) or clause (b) of sub-section (1), as the case may be,
or prior to the period of three years specified in clause (c), if the Tribunal is satisfied that the applicant
had sufficient cause for not making the application within such period.
`;

/** The Assam Rifles Act, 2006, sections 121 to 124 (part-002.md): section 124 cites "the said sub-section (4)", sub-section (4) of section 121 named just before. */
export const ASSAM_RIFLES_SECTIONS_121_124 = `## Section 121 - Lunacy of accused.

(1) Whenever, in the course of a trial by an Assam Rifles Court, it appears
to the Court that the person charged is by reason of unsoundness of mind incapable of making his
defence, or that he committed the act alleged but was by reason of unsoundness of mind incapable of
knowing the nature of the act or knowing that it was wrong or contrary to law, the Court shall record a
finding accordingly.

(2) The presiding officer of the Court, or in the case of a Summary Assam Rifles Court, the officer
holding the trial, shall forthwith report the case to the confirming officer, or to the authority empowered
to deal with its findings under section 137, as the case may be.

(3) The confirming officer to whom the case is reported under sub-section (2) may, if he does not
confirm the finding, take steps to have the accused person tried by the same or another Assam Rifles
Court for the offence with which he was charged.

(4) The authority to whom the finding of a Summary Assam Rifles Court is reported under subsection
(2), and a confirming officer confirming the finding in any case so reported to him shall order the
accused person to be kept in custody in the prescribed manner and shall report the case for the orders of
the Central Government.

(5) On receipt of a report under sub-section (4), the Central Government may order the accused
person to be detained in a lunatic asylum or other suitable place of safe custody.

## Section 122 - Subsequent fitness of lunatic accused for trial.

Where any accused person, having been
found by reason of unsoundness of mind to be incapable of making his defence, is in custody or under
detention under section 121, any officer prescribed in this behalf, may,--

(a) if such person is in custody under sub-section (4) of section 121, on the report of a medical
officer that he is capable of making his defence, or

(b) if such person is detained in a jail under sub-section (5) of section 121 on a certificate of the
Inspector-General of Prisons, and if such person is detained in a lunatic asylum under the said subsection,
on a certificate of any two or more of the visitors of such asylum and if he is detained in any
other place under that sub-section, on a certificate of the prescribed authority, that he is capable of
making his defence,

take steps to have such person tried by the same or another Assam Rifles Court for the offence with which
he was originally charged or, if the offence is a civil offence, by a criminal court.

## Section 123 - Transmission to Central Government of orders under section 122.

A copy of every order
made by an officer under section 122 for the trial of the accused shall forthwith be sent to the Central
Government.

## Section 124 - Release of lunatic accused.

Where any person is in custody under sub-section (4) of section
121 or under detention under sub-section (5) of that section,

(a) if such person is in custody under the said sub-section (4), on the report of a medical officer,
or

(b) if such person is detained under the said sub-section (5), on a certificate from any of the
authorities mentioned in clause (b) of section 122 that in the judgment of such officer or authority
such person may be released without danger of his doing injury to himself or to any other person,

the Central Government may order that such person be released or detained in custody, or transferred to a
public lunatic asylum if he has not already been to such an asylum.
`;

/** The Railway Protection Force Act, 1957, section 8 (part-001.md): "DirectorGeneral" (the hyphen lost at a line break in the PDF) beside "Director-General". */
export const RPF_SECTION_8 = `## Section 8 - Superintendence and administration of the Force.

^1[8. Superintendence and administration of the Force.--(1) The superintendence of the Force shall
vest in the Central Government, and subject thereto and to the provisions of this Act and of any rules
made thereunder, the command supervision and administration of the Force shall vest in the DirectorGeneral.

(2) Subject to the provisions of sub-section (1), the administration of the Force, within such local
limits in relation to a railway as may be prescribed shall be carried on by an Inspector-General, an
Additional Inspector-General or a Deputy Inspector-General in accordance with the provisions of this Act
and of any rules made thereunder and they shall, subject to any direction that may be given by the Central
Government or the Director-General in this behalf discharge his function under the general supervision of
the General Manager of the Railway.

### Footnotes

1 . Subs. by Act 60 of 1985 s. 9, for section 8 (w.e.f. 20-9-1985)
`;

/** The Rajiv Gandhi Institute of Petroleum Technology Act, 2007, sections 3 to 8 (part-001.md, lines 41-174): under section 6's "### Footnotes" the converter left a fence of seventeen backticks, never closed. */
export const RGIPT_SECTIONS_3_TO_8 = `## Section 3 - Definitions.

In this Act, unless the context otherwise requires,--

(a) "appointed day" means the date appointed under sub-section (2) of section (1) for coming into
force of this Act;

(b) "Board" means the Board of Governors of the Institute constituted under sub-section (1) of
section 5;

(c) "Chairperson" means the Chairperson of the General Council;

(d) "Director" means the Director of the Institute appointed under section 20;

(e) "fund" means the fund of the Institute to be maintained under section 24;

(f) "General Council" means the General Council established under sub-section (1) of section 15;

(g) "Institute" means the Rajiv Gandhi Institute of Petroleum Technology incorporated under
section 4;

(h) "President" means the President of the Board appointed under clause (a) of sub-section (1) of
section 5;

(i) "Registrar" means the Registrar of the Institute referred to in section 21;

(j) "Senate" means the Senate of the Institute referred to in section 17;

(k) "Society" means the Rajiv Gandhi Institute of Petroleum Technology Society, Jais
District--Rae Bareli, Uttar Pradesh registered under the Societies Registration Act, 1860
(21 of 1860); and

(l) "Statutes" and "Ordinances" mean, respectively, the Statutes and Ordinances of the Institute
made under this Act.

## Section 4 - Incorporation of Institute.

The Rajiv Gandhi Institute of Petroleum Technology shall be a body
corporate having perpetual succession and a common seal with power, subject to the provisions of this
Act, to acquire, hold and dispose of property and to contract, and shall, by that name, sue and be sued.

## Section 5 - Constitution of Board of Governors.

(1) With effect from such date as the Central Government
may, by notification in the Official Gazette, appoint, there shall be constituted by the Central Government
for the purposes of this Act, a Board to be known as the Board of Governors consisting of the following
members, namely:--

(a) the President to be appointed by the Central Government in such manner as may be provided
by the Statutes:

Provided that the first President shall be appointed by the Central Government on such terms and
conditions as it deems fit, for a period not exceeding six months from the date the first Statutes comes
into force.

(b) the Director of the Institute, ex officio;

(c) two persons from the Board of Directors of the promoting companies to be nominated by the
Central Government.

Explanation.-- For the purposes of this clause, promoting companies mean those companies
contributing to the endowment fund referred to in section 25;

(d) one Professor of the Indian Institute of Technology, Kanpur to be nominated by the Director
of that Institute;

(e) five eminent experts in the field of petroleum technology covering the entire hydrocarbon
value chain having specialised knowledge or operational experience in respect of education, research,
engineering and technology to be nominated by the General Council, in consultation with the Director
of the Institute;

(f) two Professors of the Institute to be nominated by the Senate of the Institute; and

(g) one representative of the graduates of the Institute to be nominated by the Executive
Committee of the Alumni Association.

(2) The Registrar of the Institute shall act as the Secretary of the Board.

(3) The Board shall ordinarily meet four times during a calendar year.

## Section 6 - Term of office of, vacancies among, and allowances payable to, members of Board.

(1) Save
as otherwise provided in this section, the term of office of the President or any other member of the
Board, other than ex officio members shall be three years from the date of his appointment or nomination
thereto.

(2) An ex officio member shall cease to be a member of the Board as soon as he vacates the office by
virtue of which he is a member of the Board.

(3) The term of a member nominated to fill a casual vacancy shall continue for the remainder of the
term of the member in whose place he has been nominated.

(4) Notwithstanding anything contained in this section, an outgoing member shall, unless the Central
Government otherwise directs, continue in office until another person is nominated as a member in his
place.

(5) The members of the Board shall be entitled to such allowances, if any, from the Institute, as may
be provided for in the Statutes, but no member other than the member referred to in clause (f) of section 5
shall be entitled to any salary.

### Footnotes

\`\`\`\`\`\`\`\`\`\`\`\`\`\`\`\`\`

## Section 7 - Vesting of properties.

On and from the appointed day and subject to the other provisions of this
Act, all properties which had vested in the Society immediately before that day, shall, on and from that
day, vest in the Institute.

## Section 8 - Effect of incorporation of Institute.

On and from the appointed day,--

(a) any reference to the Society in any contract or other instrument shall be deemed as a reference
to the Institute;

(b) all the rights and liabilities of the Society shall be transferred to, and be the rights and
liabilities of, the Institute; and

(c) every person employed by the Society immediately before the appointed day shall hold office
or service in the Institute by the same tenure, at the same remuneration and upon the same terms and
conditions and with the same rights and privileges as to pension, leave, gratuity, provident fund and
other matters as he would have held the same if this Act had not been passed, and shall continue to be
so unless and until his employment is terminated or until such tenure, remuneration and terms and
conditions are duly altered by the Statutes:

Provided that if the alteration so made is not acceptable to such employee, his employment may
be terminated by the Institute in accordance with the terms of the contract with the employee or, if no
provision is made therein in this behalf, on payment to him by the Institute of compensation
equivalent to three months' remuneration in the case of permanent employees and one months
remuneration in the case of other employees.
`;

/** The Cantonments Act, 2006, section 12 (part-001.md): its "(1)" went with the heading; items "(i)" to "(iv)", then "(2)" to "(8)". */
export const CANTONMENTS_SECTION_12 = `## Section 12 - Constitution of Cantonment of Boards.

Cantonments shall be divided into four categories,
namely:--

(i) Category I Cantonments, in which the population exceeds fifty thousand;

(ii) Category II Cantonments, in which the population exceeds ten thousand, but does not exceed
fifty thousand;

(iii) Category III Cantonments, in which the population exceeds two thousand five hundred, but
does not exceed ten thousand; and

(iv) Category IV Cantonments, in which the population does not exceed two thousand five
hundred.

(2) For the purposes of sub-section (1), the population shall be calculated in accordance with the latest
official census, or, if the Central Government, by general or special order, so directs, in accordance with a
special census taken for the purpose.

(3) In Category I Cantonments, the Board shall consist of the following members, namely:--

(a) the Officer Commanding the station as ex officio or, if the Central Government so directs in
respect of any cantonment, such other military officer as may be nominated in his place by the
General Officer Commanding-in-Chief, the Command;

(b) the District Magistrate or an Executive Magistrate not below the rank of Additional District
Magistrate nominated by him;

(c) the Chief Executive Officer;

(d) the Health Officer ex officio;

(e) the Executive Engineer ex officio;

(f) three military officers nominated by name by the Officer Commanding the station by order in
writing;

(g) eight members elected under this Act.

(4) In Category II Cantonments, the Board shall consist of the following members, namely:--

(a) the Officer Commanding the station as ex officio or, if the Central Government so directs in
respect of any cantonment, such other military officer as may be nominated in his place by the
General Officer Commanding-in-Chief, the Command;

(b) the District Magistrate or an Executive Magistrate not below the rank of Additional District
Magistrate nominated by him;

(c) the Chief Executive Officer;

(d) the Health Officer ex officio;

(e) the Executive Engineer ex officio;

(f) two military officers nominated by name by the Officer Commanding the station by order in
writing;

(g) seven members elected under this Act.

(5) In Category III Cantonments, the Board shall consist of the following members, namely:--

(a) the Officer Commanding the station as ex officio or, if the Central Government so directs in
respect of any cantonment, such other military officer, as may be nominated in his place by the
General Officer Commanding-in-Chief, the Command;

(b) the District Magistrate or an Executive Magistrate nominated by him;

(c) the Chief Executive Officer;

(d) the Health Officer ex officio;

(e) the Executive Engineer ex officio;

(f) one military officer nominated by name by the Officer Commanding the station by order in
writing;

(g) six members elected under this Act.

(6) In Category IV Cantonments, the Board shall consist of the following members, namely:--

(a) the Officer Commanding the station ex officio or, if the Central Government so directs in
respect of any cantonment, such other military officer as may be nominated in his place by the
General Officer Commanding-in-Chief, the Command;

(b) the Chief Executive Officer;

(c) two members elected under this Act.

(7) The Officer Commanding the station may, if he thinks fit, with the sanction of the General Officer
Commanding-in-Chief, the Command, nominate in place of any military officer whom he is empowered
to nominate under clause (f) of sub-section (3), clause (f) of sub-section (4) or clause (f) of
sub-section (5), any person, whether in the service of the Government or not, who is ordinarily resident in
the cantonment or in the vicinity thereof.

(8) Every election or nomination of a member of a Board and every vacancy in the elected
membership thereof shall be notified by the Central Government in the Official Gazette;

(9) The Member of Parliament and Member of Legislative Assembly representing constituencies
which comprises wholly or partly the cantonment area, shall be special invitees for the meetings of the
Board but without a right to vote.
`;

/** The Banning of Unregulated Deposit Schemes Act, 2019, from its PDF: "CHAPTER V" on a line, then sections run into the text ("12. Priority of depositors ’ claim. — …") (the-banning-of-unregulated-deposit-schemes-act-2019/part-001.md, lines 365–374). */
export const BUDS_CHAPTER_V = "Act, he shall forthwith inform the same to the Competent Authority.\n\n## Page 10\n\n10\nCHAPTER V\nR ESTITUTION TO DEPOSITORS\n12. Priority of depositors ’ claim. — Save as otherwise provided in the Securitisation and\nRec onstruction of Financial Assets and Enforcement of Security Interest Act, 2002 (54 of 2002) or the\nInsolvency and Bankruptcy Code, 2016 (31 of 2016), any amount due to depositors from a deposit taker\n";

/** The same Act, further in chapter V: section 20 run into the text, its "( 2 ) … under this section" (lines 496–506). */
export const BUDS_SECTION_20 = "if it is satisfied that the appell ant was prevented by sufficient cause from preferring the appeal in time.\nExplanation. — The expression “High Court” means the High Court of a State or Union territory where\nthe Designated Court is situated.\n20. Power of Supreme Court to transfer cases. — ( 1 ) Whenever it is made to appear to the Supreme\nCourt that there is a default in any deposit scheme or deposit schemes of the nature referred to in section\n30, the Supreme Court may, by an order, direct that any particular case be transferred from one\nDesi gnated Court to another Designated Court.\n( 2 ) The Supreme Court may act under this section only on an application filed by the Competent\nAuthority or any interested party, and every such application shall be supported by an affidavit.\n( 3 ) Where an application for the exercise of the powers conferred by this section is dismissed, the\nSupreme Court may, if it is of opinion that the application was frivolous or vexatious, order the applicant\n";

/** The Bengal, Agra and Assam Civil Courts Act, 1887: a state amendment, then "### Footnotes" whose note says "This cl. has been omitted in Bengal …" (the-bengal-agra-and-assam-civil-courts-act-1887/part-001.md, lines 975–988). */
export const BENGAL_COURTS_FOOTNOTE = "[Vide Uttar Pradesh Act 37 of 1972, s. 5]\n\nBihar\n\nAmendment of Section 25 of Act XII of 1887. -- In Section 25 of the said Act, for the words \"five\nhundred rupees\", the words \"seven hundred and fifty rupees\" and for the words \"two hundred and fifty\nrupees\", the words \"three hundred rupees\" shall be substituted.\n\n[Vide Bihar Act 12 of 1960, s. 6]\n\n### Footnotes\n\n1. See now the Code of Civil Procedure, 1908 (Act 5 of 1908), Sch. III. This cl. has been omitted in Bengal by Ben. Act 19 of\n1935 and formally amended in Assam by Assam Act 6 of 1935.\n";

/** The Air Force Act, 1950, sections 82 to 84 (lines 1330–1398): section 84 cites "clauses (a), (b) and (c) of the said section" (section 82), then "clause (b) or clause (c)", "clause (a)" and "the said clauses (a) and (b)", the same clauses. */
export const AIR_FORCE_SECTIONS_82_TO_84 = "## Section 82 - Punishment of persons other than officers and warrant officers.\n\nSubject to the provisions of\nsection 84, a commanding officer or such other officer as is, with the consent of the Central Government,\nspecified by ^1[the Chief of the Air Staff], may, in the prescribed manner, proceed against a person subject\nto this Act otherwise than as an officer or warrant officer who is charged with an offence under this Act\nand award such person, to the extent prescribed, one or more of the following punishments, that is to\nsay,--\n\n(a) detention up to twenty-eight days;\n\n(b) confinement to the camp up to fourteen days;\n\n(c) extra guards or duties not exceeding three in number:\n\n(d) deprivation of acting rank;\n\n(e) forfeiture of badge pay;\n\n(f) severe reprimand or reprimand;\n\n(g) fine up to fourteen days' pay in any one month;\n\n(h) penal deductions under clause\n\n(g) of section 92;\n\n(i) admonition;\n\n(j) any prescribed field punishment up to twenty-eight days, in the case of a person on active\nservice.\n\n### Footnotes\n\n1. Subs by Act 19 of 1955, s. 2 and the Schedule, for \"the Commander-in Chief\" (w.e.f. 7-5-1955).\n\n## Section 83 - Requirement of sanction in certain cases\n\n(1) Subject to the provisions of sub-section (2), the\npunishments mentioned in section 82 shall not be inflicted in respect of an offence under any of the\nsections 34, 35 and 36 when committed on active service or under any of the sections 37, 38, 40, 42 (f)\nand (g), 43, 47, 52, 60, 62, 63, 64, 66(a), (b) and (c) and 71 except with the previous sanction in writing\nof an officer having power to convene a district court-martial.\n\n(2) The said punishments may be awarded without such sanction in the case of any offence other than\nan offence under section 34 or section 71, committed by persons who have not been enrolled as\ncombatants.\n\n## Section 84 - Limit of punishments under section 82.\n\n(1) An Award of punishment under section 82 shall\nnot include field punishment in addition to one or more of the punishments specified in clauses (a) and\n(b) of that section.\n\n(2) In the case of an award of two or more of the punishments specified in clauses (a), (b) and (c) of\nthe said section, the punishment specified in clause (b) or clause (c) shall take effect only at the end of the\npunishment specified in clause (a).\n\n(3) When two or more of the punishments specified in the said clauses (a) and (b) are awarded to a\nperson conjointly, or when already undergoing one or more of the said punishments, the whole extent of\nthe punishments shall not exceed in the aggregate forty-two days.\n\n(4) The punishments specified in clauses (a), (b), (c), (e), (g) and (j) of section 82 shall not be\nawarded to any person who is of the rank of non-commissioned officer or was, at the time of committing\nthe offence for which he is punished, of such rank.\n\n(5) The punishments specified in clause (f) of the said section shall not be awarded to any person\nbelow the rank of a non-commissioned officer.\n\n";

/** The Aligarh Muslim University Act, 1920, section 29 (lines 759–818): "the matters enumerated in sub-section (1) other than those enumerated in clauses (k) and (p)" are that sub-section's clauses. */
export const ALIGARH_SECTION_29 = "## Section 29 - Power to make Ordinances.\n\n^1[29. Power to make Ordinances.--(1) Subject to the provisions of this Act and the Statutes, the\nOrdinances may provide for all or any of the following matters, namely:--\n\n(a) the admission of students to the University and their enrolment as such;\n\n(b) the courses of study to be laid down for all degrees, diplomas and certificates of the University;\n\n(c) the award of degrees, diplomas, certificates and other academic distinctions, the qualifications\nfor the same and the means to be taken relating to the granting and obtaining of the same;\n\n(d) the fees to be charged for courses of study in the University and for admission to the\nexaminations, degrees and diplomas of the University;\n\n(e) the conditions of the award of fellowships, scholarships, studentships, exhibitions, medals and\nprizes;\n\n(f) the conduct of examinations, including the terms of office and manner of appointment\nand the duties of examining bodies, examiners and moderators;\n\n^2[(g) the remuneration to be paid to the examiner, moderator, invigilator and tabulator;]\n\n(h) the conditions of residence of the students of the University;\n\n(i) the special arrangements, if any, which may be made for the residence, discipline and teaching\nof women students and the prescribing for them of special courses of studies;\n\n(j) the giving of religious instruction;\n\n(k) the emoluments and the terms and conditions of service of ^3[the academic and other staff of the\nUniversity];\n\n(l) the maintenance of high schools and other institutions in accordance with the provisions of\nsection 12;\n\n^4[(m) the establishment of Centres of Study, Boards of Study, Inter-Disciplinary Committees,\nSpecial Centres, Specialised Laboratories, Committees on Advanced Study and Research, Committees\nof Department and Centres, Admission Committees, Examination Committee, Boards of Residence\nand Halls, Discipline Committee, Cultural Committee, Social Service Committee, Games Committee\nand Student's Advisory Committees;\n\n(n) the manner of co-operation and collaboration with other Universities and authorities including\nlearned bodies or associations;\n\n(o) the creation, composition and functions of any other body which is considered necessary for\nimproving the academic life of the University;\n\n(p) such other terms and conditions of teachers as are not prescribed by the Statutes; and\n\n(q) all other matters which by this Act or the Statutes may be provided for by the Ordinances.]\n\n^5[(2) The Ordinances in force immediately before the commencement of the Aligarh Muslim\nUniversity (Amendment) Act, 1972 (34 of 1972), may be amended, repealed or added to at any time by\nthe Executive Council, provided that--\n\n(i) in making the Ordinances in respect of the matters enumerated in sub-section (1) other than\nthose enumerated in clauses (k) and (p), the Executive Council shall act on the recommendation of the\nAcademic Council.\n\n";
