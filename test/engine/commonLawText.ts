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
