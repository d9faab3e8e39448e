// The California Privacy Rights Act of 2020 (Proposition 24) as pandoc gives it: github.com/bcyphers/cpra, commit 11edc77,
// md/cpra.md; verbatim excerpts, their lines named in each comment. A ballot measure that amends the Civil Code: each "SEC. N."
// (an italic paragraph) gives a Civil Code section's new text, its number also on a line of its own; insertions are in
// *italics*, deletions ~~struck through~~, and pandoc escapes "\(a)", '\"' and "\'". Not in the corpus: read as a user brings it.

/** SEC. 13: section 1798.135 as amended, down to its paragraph (3); "(2)" ends "… subdivision (a) of\nSection l798.121.*", the citation's number alone on the line (lines 999–1030). */
export const CPRA_SECTION_1798_135_START = `*SEC. 13. Section 1798.135 of the Civil Code is amended to read:*

*1798.135. Methods of Limiting Sale, Sharing, and Use of Personal
Information and Use of Sensitive Personal Information*

1798.135

\\(a) A business that ~~is required to comply with Section 1798.120~~
*sells or shares consumers\\' personal information or uses or discloses
consumers\\' sensitive personal information for purposes other than those
authorized by subdivision (a) of Section 1798.121* shall, in a form that
is reasonably accessible to consumers:

\\(1) Provide a clear and conspicuous link on the business's Internet
homepage*(s)*, titled "Do Not Sell My Personal Information," to an
Internet Web page that enables a consumer, or a person authorized by the
consumer, to opt-out of the sale of the consumer's personal
information*.*

*(2) Provide a clear and conspicuous link on the business\\'s internet
homepage(s), titled \\"Limit the Use of My Sensitive Personal
Information\\" that enables a consumer, or a person authorized by the
consumer, to limit the use or disclosure of the consumer\\'s sensitive
personal information to those uses authorized by subdivision (a) of
Section l798.121.*

*(3) At the business\\'s discretion, utilize a single, clearly-labeled
link on the business\\'s internet homepage(s), in lieu of complying with
paragraphs (1) and (2), if such link easily allows a consumer to opt-out
of the sale or sharing of the consumer\\'s personal information and to
limit the use or disclosure of the consumer\\'s sensitive personal
information.*
`;

/** SEC. 3: section 1798.100 as amended, whose text says "this section" (lines 252–290). */
export const CPRA_SECTION_1798_100_START = `*SEC. 3. Section 1798.100 of the Civil Code is amended to read:*

*1798.100. General Duties of Businesses that Collect Personal
Information*

1798.100

\\(a) ~~A consumer shall have the right to request that a business that
collects a consumer's personal information disclose to that consumer the
categories and specific pieces of personal information the business has
collected.~~

~~(b)~~ A business that *controls the collection of* ~~collects~~ a
consumer's personal information shall, at or before the point of
collection, inform consumers as to*:*

*(1)* the categories of personal information to be collected and the
purposes for which the categories of personal information *are collected
or used* ~~shall be used~~ *and whether such information is sold or
shared*. A business shall not collect additional categories of personal
information or use personal information collected for additional
purposes *that are incompatible with the disclosed purpose for which the
personal information was collected,* without providing the consumer with
notice consistent with this section.

*(2) if the business collects sensitive personal information, the
categories of sensitive personal information to be collected and the
purposes for which the categories of sensitive personal information are
collected or used and whether such information is sold or shared. A
business shall not collect additional categories of sensitive personal
information or use sensitive personal information collected for
additional purposes that are incompatible with the disclosed purpose for
which the sensitive personal information was collected, without
providing the consumer with notice consistent with this section.*

*(3) the length of time the business intends to retain each category of
personal information, including sensitive personal information, or if
that is not possible, the criteria used to determine such period,
provided that a business shall not retain a consumer\\'s personal
`;

/** SEC. 11: section 1798.125, "subparagraph (A) of paragraph (2)\nof subdivision (m) of Section 1798.145" (lines 701–730). */
export const CPRA_SECTION_1798_125_START = `*SEC. 11. Section 1798.125 of the Civil Code is amended to read:*

*1798.125. Consumers\\' Right of No Retaliation Following Opt-Out or
Exercise of Other Rights*

1798.125

\\(a)

\\(1) A business shall not discriminate against a consumer because the
consumer exercised any of the consumer's rights under this title,
including, but not limited to, by:

\\(A) Denying goods or services to the consumer.

\\(B) Charging different prices or rates for goods or services, including
through the use of discounts or other benefits or imposing penalties.

\\(C) Providing a different level or quality of goods or services to the
consumer.

\\(D) Suggesting that the consumer will receive a different price or rate
for goods or services or a different level or quality of goods or
services.

*(E) Retaliating against an employee, applicant for employment, or
independent contractor, as defined in subparagraph (A) of paragraph (2)
of subdivision (m) of Section 1798.145, for exercising their rights
under this title.*

`;

/** section 1798.150(b): "pursuant to Section 1798.81.5 following a breach" (lines 2455–2466). */
export const CPRA_SECTION_1798_150_CURE = `the consumer alleges have been or are being violated. In the event a
cure is possible, if within the 30 days the business actually cures the
noticed violation and provides the consumer an express written statement
that the violations have been cured and that no further violations shall
occur, no action for individual statutory damages or class-wide
statutory damages may be initiated against the business. *The
implementation and maintenance of reasonable security procedures and
practices pursuant to Section 1798.81.5 following a breach does not
constitute a cure with respect to that breach.* No notice shall be
required prior to an individual consumer initiating an action solely for
actual pecuniary damages suffered as a result of the alleged violations
of this title. If a business continues to violate this title in breach
`;

/** section 1798.145 (h): it defines "Contractor", "Director", "Officer" and "Owner" "For purposes of this subdivision:" (lines 2103–2166). */
export const CPRA_SECTION_1798_145_H = `\\(h)

\\(1) This title shall not apply to any of the following:

\\(A) Personal information that is collected by a business about a natural
person in the course of the natural person acting as a job applicant to,
an employee of, owner of, director of, officer of, medical staff member
of, or contractor of that business to the extent that the natural
person's personal information is collected and used by the business
solely within the context of the natural person's role or former role as
a job applicant to, an employee of, owner of, director of, officer of,
medical staff member of, or a contractor of that business.

\\(B) Personal information that is collected by a business that is
emergency contact information of the natural person acting as a job
applicant to, an employee of, owner of, director of, officer of, medical
staff member of, or contractor of that business to the extent that the
personal information is collected and used solely within the context of
having an emergency contact on file.

\\(C) Personal information that is necessary for the business to retain to
administer benefits for another natural person relating to the natural
person acting as a job applicant to, an employee of, owner of, director
of, officer of, medical staff member of, or contractor of that business
to the extent that the personal information is collected and used solely
within the context of administering those benefits.

\\(2) For purposes of this subdivision:

\\(A) "Contractor" means a natural person who provides any service to a
business pursuant to a written contract.

\\(B) "Director" means a natural person designated in the articles of
incorporation as such or elected by the incorporators and natural
persons designated, elected, or appointed by any other name or title to
act as directors, and their successors.

\\(C) "Medical staff member" means a licensed physician and surgeon,
dentist, or podiatrist, licensed pursuant to Division 2 (commencing with
Section 500) of the Business and Professions Code and a clinical
psychologist as defined in Section 1316.5 of the Health and Safety Code.

\\(D) "Officer" means a natural person elected or appointed by the board
of directors to manage the daily operations of a corporation, such as a
chief executive officer, president, secretary, or treasurer.

\\(E) "Owner" means a natural person who meets one of the following:

\\(i) Has ownership of, or the power to vote, more than 50 percent of the
outstanding shares of any class of voting security of a business.

\\(ii) Has control in any manner over the election of a majority of the
directors or of individuals exercising similar functions.

\\(iii) Has the power to exercise a controlling influence over the
management of a company.

\\(3) This subdivision shall not apply to subdivision (b) of Section
1798.100 or Section 1798.150.

\\(4) This subdivision shall become inoperative on January 1, ~~2021~~
*2023*.

\\(i) Notwithstanding a business' obligations to respond to and honor
`;

/** section 1798.145 (n): the same four terms defined again, "For purposes of this subdivision:" (lines 2267–2296). */
export const CPRA_SECTION_1798_145_N = `\\(n)

\\(1) The obligations imposed on businesses by Sections 1798.100,
1798.105, 1798.110, 1798.115, 1798.130, and 1798.135 shall not apply to
personal information reflecting a written or verbal communication or a
transaction between the business and the consumer, where the consumer is
a natural person who is acting as an employee, owner, director, officer,
or contractor of a company, partnership, sole proprietorship,
non-profit, or government agency and whose communications or transaction
with the business occur solely within the context of the business
conducting due diligence regarding, or providing or receiving a product
or service to or from such company, partnership, sole proprietorship,
non-profit or government agency.

\\(2) For purposes of this subdivision:

\\(A) "Contractor" means a natural person who provides any service to a
business pursuant to a written contract.

\\(B) "Director" means a natural person designated in the articles of
incorporation as such or elected by the incorporators and natural
persons designated, elected, or appointed by any other name or title to
act as directors, and their successors.

\\(C) "Officer" means a natural person elected or appointed by the board
of directors to manage the daily operations of a corporation, such as a
chief executive officer, president, secretary, or treasurer.

\\(D) "Owner" means a natural person who meets one of the following:

`;

/** section 1798.140 (j): the term quoted with pandoc's escaped quotes (\"Contractor\") (lines 1357–1362). */
export const CPRA_SECTION_1798_140_J = `*(j)*

*(1) \\"Contractor\\" means a person to whom the business makes available
a consumer\\'s personal information for a business purpose pursuant to a
written contract with the business, provided that the contract:*

`;
