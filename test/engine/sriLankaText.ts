// Sri Lanka's Acts as github.com/nuuuwan/lk_parliament_docs gives them from the gazette PDFs: verbatim excerpts, where each
// comes from in its comment. Not in the corpus: read as a user brings them.

/** Computer Crime Act, No. 24 of 2007: the list item that opens Part I (lines 32–33), then sections 10 and 11 (lines 102–105): a PDF made into one nested list, no section headings (data/acts/2000s/2007/2007-024/README.md, commit 3dae3db). */
export const LK_COMPUTER_CRIME_SECTIONS_10_AND_11 = `I. 
    - C OMPUTER  C RIME
    10. Any person who, being entrusted with information which enables him to access any service provided by means of a computer, discloses such information without any express authority to do so or in breach of any contract expressed or implied, shall be guilty of an offence and shall on conviction be liable to a fine not less than one hundred thousand rupees and not exceeding three hundred thousand rupees or to imprisonment of either description for a term not less than six months and not exceeding three years or to both such fine and imprisonment.
        - Unauthorised disclosure of information enabling access to a service, an offence.
    11. Any person who attempts to commit an offence under sections 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 and 14 of this Act or to cause such an offence to be committed, shall be guilty of an offence and shall on conviction be liable to a fine not exceeding one half of the maximum fine provided for each of such offences, or to imprisonment of either description for a term not exceeding one half of the maximum term provided for each of such offences, or to both such fine and imprisonment.
        - Attempts to commit offence.
`;

/** Personal Data Protection Act, No. 9 of 2022, Schedule IV with its margin note before the heading on one line, and Schedule V's on a line of its own (data/acts/2020s/2022/2022-009/en.txt, commit 52d836f). */
export const LK_DATA_PROTECTION_SCHEDULES_IV_AND_V = `58 Personal Data Protection Act, No. 9 of 2022

(Section 5 (d)) SCHEDULE IV

PROCESSING OF PERSONAL DATA RELATING TO CRIMINAL INVESTIGATIONS

(a) processing of personal data relating to lawful investigations of offences or related security measures shall be carried out only in accordance with applicable written laws, whilst providing for appropriate safeguards for the rights and freedoms of data subjects;

(b) for the avoidance of doubt, processing of personal data may be considered lawful under this Schedule if investigations are carried out pursuant to the provisions of the Code of Criminal Procedure Act, No. 15 of 1979 or provisions under any other written law; and

(c) conditions for providing appropriate safeguards for the rights and freedoms of data subjects under this Schedule may be as prescribed.

(Sections 11 and 13)

SCHEDULE V

COLLECTION OF PERSONAL DATA
`;
