// Colombia's decrees as SUIN-Juriscol gives them (suin-juriscol.gov.co, converted to markdown by
// github.com/renzorico/legalize-co, commit 4525e630c, laws/co/<identifier>.md): verbatim excerpts, where each comes from in
// its comment. Not in the corpus: read as a user brings them.

/** Decreto 1397 de 1963 (budget transfers), lines 36–74: artículo 1, then its table of appropriations: "| 101, 111. Del artículo 9003. Honorarios | $ | 5.000.00 |", and a row wrapped over two ("Del artículo 9053. Para desarrollar … según las | | |", its amount on the row below). */
export const CO_BUDGET_TRANSFERS = `**Artículo 1°** Hácense los siguientes traslados en el Presupuesto de funcionamiento para la vigencia fiscal de 1963:

| | | |
| --- | --- | --- |
| Presupuesto de funcionamiento. | | |
| **Ministerio de Salud Pública.** | | |
| **Contracréditos.** | | |
| I. Gastos directos del Ministerio | | |
| A**. Dirección del Ministerio**. | | |
| CAPITULO 0901 | | |
| Gabinete del Ministro. | | |
| **Servicios personales.** | | |
| 101, 111. Del artículo 9003. Honorarios | $ | 5.000.00 |
| CAPITULO 0903 | | |
| Dirección y Coordinación Ejecutiva. | | |
| **Programa I.** | | |
| Administración de la Dirección. | | |
| **Servicios personales.** | | |
| 101, 111. Del artículo 9024. Remuneración servicios técnicos | | 12.000.00 |
| **Gastos generales.** | | |
| 105, 111. Del artículo 9028. Compra de equipo | | 90.000.00 |
| **Programa II.** | | |
| Sostenimiento Centros de Salud. | | |
| **Servicios personales.** | | |
| 101, 352. Del artículo 9034. Sueldos del personal de nómina | | 104.750.00 |
| **Gastos generales.** | | |
| 106, 352: Del artículo 9036. Materiales y suministros | | 60.000.00 |
| 105, 352. Del artículo 9037. Compra de equipo | | 20.000.00 |
| CAPITULO 0904 | | |
| Oficina de Planeamiento, Coordinación y Evaluación. | | |
| **Programa I.** | | |
| Administración de la Oficina de Planeamiento, Coordinación y Evaluación. | | |
| **Servicios personales.** | | |
| 101, 351. Del artículo 9041. Remuneración servicios técnicos | | 24.000.00 |
| **Programa II.** | | |
| Investigación y Educación en Salud Pública. | | |
| **Transferencias.** | | |
| 203, 351. Del artículo 9053. Para desarrollar programas de investigación de problemas de salud pública, en forma directa o por contratos, según las | | |
| necesidades, de acuerdo con distribución que se hará por resolución ministerio | | 100.000.00 |
`;

/** Decreto 1993 de 2002, lines 30–31 and 52–56: "**Artículo 1º**.*Definiciones*. Para efectos …" (the full stop after the bold label, then the title in italics with no space). */
export const CO_SIMCO_ARTICLES = `**Artículo 1º**.*Definiciones*. Para efectos de aplicación del presente Decreto, se tendrán en cuenta las siguientes definiciones:


**Artículo 2º**.*Objeto del presente decreto*. Por medio de este decreto se establece el Simco, el cual tendrá por objeto consolidar en un sistema de información el conocimiento de la riqueza del subsuelo en el territorio nacional y los espacios marítimos jurisdiccionales; la información georrefenciada, estadísticas oficiales y documentales del sector de la minería y de su entorno económico y social.

TEXTO CORRESPONDIENTE A []

**Artículo 3º**.*Objetivos del Simco.* Serán objetivos del Simco los indicados en el artículo 337 de la Ley 685 de 2001, Código de Minas y adicionalmente los siguientes:
`;

/** Decreto 2147 de 1934, lines 36–39: "**Artículo 1°.** los ganaderos …", "**Artículo 2°.** los veterinarios …" (the text opens in a small letter after the bold label). */
export const CO_1934_LOWER_CASE_ARTICLES = `**Artículo 1°.** los ganaderos o cualquiera otra persona que tenga conocimiento de la presentación de aborto bovino, está en la obligación de informar a los alcaldes o corregidores de la respectiva localidad, indicando el número de casos, la finca o fincas en donde se hayan observado y las causas probables a que pudieran atribuirse.

**Artículo 2°.** los veterinarios encargados por el ministerio de agricultura y comercio practicaran las investigaciones que fueren necesarias, en visita de las cuales el departamento de ganadería de este ministerio declarara las haciendas respectivas con infectadas, sospechosas o indemnes de aborto epizoótico;

`;

/** Decreto 1606 de 1979, lines 26–27 and 78–83: artículo 1, then "| **Artículo 2º** Créanse los siguientes cargos … |": artículo 2 set in a table's first cell. */
export const CO_ARTICLE_IN_TABLE = `**Artículo 1º** Suprímense los siguientes cargos en la planta de personal del Departamento Administrativo de la Presidencia de la República:


| 1 | Dibujante | 4095 | 05 |

| | | | |
| --- | --- | --- | --- |
| **Artículo 2º** Créanse los siguientes cargos en la planta de personal del Departamento Administrativo de la Presidencia de la República: SECRETARIA GENERAL | | | |
| 1 | Secretario Ejecutivo | 5040 | 13 |
`;

/** Decreto 1607 de 1950: "**Artículo 1°** Apruébase la siguiente Resolución …:", then the resolution it approves, whose "**Artículo primero.** …" numbers its articles in words (laws/co/DECRETO-1607-1950.md, lines 26–42). */
export const CO_RESOLUTION_APPROVED = "**Artículo 1°** Apruébase la siguiente Resolución de la Junta Directiva de la Oficina de Control de Cambios, Importaciones y Exportaciones:\n\n### \"RESOLUCION NUMERO 46 DE 1950 (MAYO 10)\n\n*por la cual se suspende el régimen de importación sin sujeción al sistema de cupos básicos*.\n\nLa Junta Directiva de la Oficina de Control de Cambios, Importaciones y Exportaciones,\n\nen uso de sus facultades legales, y\n\n### CONSIDERANDO\n\nque con las licencias de importación no sujetas al sistema de cupos básicos que hasta la fecha ha expedido la Oficina, el país está abastecido durante un período prudencial,\n\n### RESUELVE:\n\n**Artículo primero.** A partir de la fecha de la presente Resolución, suspéndese el régimen de importación sin sujeción al sistema de cupos básicos, exclusión hecha de los artículos comprendidos en la Resolución número 45 de 1950.\n";

/** Decreto 1581 de 1951: a budget's appropriation on a line of its own, no table: "Al artículo 1597. Para gastos de administración … $ 2.996.000.00" (laws/co/DECRETO-1581-1951.md, lines 36–40). */
export const CO_BUDGET_LINE = "MINISTERIO DE OBRAS PUBLICAS\n\nCapítulo 122.\n\nAl artículo 1597. Para gastos de administración y construcción de edificios nacionales, de acuerdo con distribución que hará el Gobierno $ 2.996.000.00\n";
