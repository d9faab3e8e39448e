// Uruguay's decree-laws as IMPO gives them (impo.com.uy, converted to markdown by github.com/legalize-dev/legalize-uy,
// commit aae656e5, uy/<identifier>.md): verbatim excerpts, where each comes from in its comment. Not in the corpus: read
// as a user brings them.

/** Decreto Ley Nº 14470 (normas sobre reclusión carcelaria), lines 616–643: artículo 61, whose item 2) runs on with its sub-items "2.1" to "2.3", and item 1) cites "numeral 2.3". */
export const UY_RECLUSION_ARTICLE_61 = `##### Artículo 61

Las salidas transitorias podrán revestir las siguientes modalidades según
su duración, el motivo que las fundamente y nivel de seguridad que se adopte:
 1) Por el tiempo: en general se podrán conceder hasta por 72 horas
 semanales por razones fundadas a juicio del magistrado actuante, con
 las excepciones que se señalan en el numeral 2.3, debiéndose tener en
 cuenta la naturaleza de la actividad a desarrollar a la luz de su
 incidencia en el proceso de resocialización.
 2) Por el motivo:
 2.1 Para afianzar y mejorar los lazos familiares y sociales.
 2.2 Para gestionar la obtención de trabajo, alojamiento, documentos u
 otros ante la proximidad del egreso.
 2.3 Para trabajar fuera del establecimiento, o concurrir a clase en
 establecimientos públicos o privados, o participar de visitas
 educativas o culturales bajo la supervisión del cuerpo docente de
 la institución en que se encuentra recluido.
 En estos casos, el horario podrá exceder las 72 horas, en función
 de que la salida transitoria deberá ser compatible en el tiempo
 con el trabajo o actividad de que se trate, teniendo en cuenta
 además el tiempo de traslado y regreso desde el lugar de trabajo.
 El magistrado actuante exigirá los recaudos necesarios a efectos
 de acreditar el trabajo o actividad realizada y su duración.
 3) Por el nivel de seguridad:
 3.1 Acompañado por un funcionario, el que en ningún caso irá
 uniformado.
 3.2 Confiado a la tuición de un familiar o persona responsable.
 3.3 Bajo declaración jurada. (*)
`;

/** Decreto Ley Nº 14260 (Academia Nacional de Medicina), lines 71–89: artículo 4, its items "l°)" to "4°)", then "la condición prevista en el numeral 1.o" (1.º typed without the sign). */
export const UY_ACADEMIA_ARTICLE_4 = `##### Artículo 4

(Requisitos para ser elegido Miembro). - Las condiciones para ser
elegido Miembro Titular o de Número de la Academia, son las siguientes:

l°) Ciudadanía natural o legal en ejercicio.
2°) Personalidad moral reconocida públicamente.
3°) Actuación descollante en las ciencias médicas o en el ejercicio de la
 docencia en las disciplinas médicas.
4°) Ser autor de trabajos científicos publicados o presentados en
 sociedades médicas, o haber contribuido al progreso de la medicina en
 la dirección de institutos técnicos o en establecimientos consagrados
 a la asistencia de enfermos.

Las mismas condiciones se requerirán para ser designado Miembro
Honorario o Correspondiente. Exceptúase a los extranjeros de la condición
prevista en el numeral 1.o.
 Las condiciones para la elección de Miembro Emérito se establecerán en
el Reglamento Interno de la Academia.
`;

/** Ley Nº 16.226 (Rendición de Cuentas, a budget law), lines 313–329: artículo 23, "Las unidades ejecutoras de los Incisos 02 al 14" (sections of the national budget, not subparagraphs). */
export const UY_BUDGET_ARTICLE_23 = `##### Artículo 23

Las unidades ejecutoras de los Incisos 02 al 14 no podrán conceder a
los funcionarios que viajen al exterior ningún adelanto de fondos para
atender los viáticos que correspondan, hasta tanto no esté aprobada la
respectiva resolución del Poder Ejecutivo que autorice la misión al
exterior.

Exceptúase de lo dispuesto precedentemente a los funcionarios titulares
de los siguientes cargos: Presidente de la República, Ministro de Estado,
Secretario de la Presidencia de la República, Director de la Oficina de
Planeamiento y Presupuesto, Subsecretario de Estado, Prosecretario de la
Presidencia de la República, Subdirector de la Oficina de Planeamiento y
Presupuesto, Director de la Oficina Nacional del Servicio Civil, Director
de la Dirección General de Comercio Exterior y Embajador o acreditado con
ese rango.

`;

/** The same, lines 2036–2047: "… del programa 001 del Inciso 07, "Ministerio da Ganadería, Agricultura y Pesca"". */
export const UY_BUDGET_INCISO_07 = `##### Artículo 203

Creáse, para el Ejercicio 1991, el Proyecto de Inversión 940,
"Desarrollo de la Granja", por un monto de U$S 272.470, (doscientos
setenta y dos mil cuatrocientos setenta dólares de los Estados Unidos de
América) equivalentes a N$ 434.317.180 (nuevos pesos cuatrocientos treinta
y cuatro millones trescientos diecisiete mil ciento ochenta), en el
programa 001 del Inciso 07, "Ministerio da Ganadería, Agricultura y Pesca".

Transfiérese el citado importe del crédito del proyecto 743, "Desarrollo
de Sistema Computarizado", del Ejercicio 1992.

`;

/** The same, lines 1581–1618: "lo dispuesto en el\nartículo 2l7 de la Ley N° 16.170" (a scan read by OCR: "2l7" for 217). */
export const UY_BUDGET_ARTICLE_2L7 = `##### Artículo 155

El Poder Ejecutivo podrá disponer las modificaciones necesarias para
racionalizar la estructura de cargos y funciones contratadas de la
Dirección de Loterías y Quinielas.

A tales efectos, la Dirección de Loterías y Quinielas verterá a Rentas
Generales, previo al pago y en forma mensual, el monto que surja de la
comparación de la estructura actual y la proyectada, de la suma destinada
a los funcionarios en aplicación de los artículos 7° y 9° del Decreto-Ley N° 15.716, de 6 de febrero de 1985.

Este monto mensual, al producirse variaciones salariales, será
incrementado en los mismos porcentajes, con cargo a dicha afectación. Los
saldos no afectados anteriormente continuarán siendo distribuidos de
conformidad con los artículos 7° y 9° del decreto-ley mencionado, de tal
forma que lo destinado a retribuciones, incluyendo la presente
reestructura, cumpla con las referidas normas y con lo dispuesto en el
artículo 2l7 de la Ley N° 16.170, de 28 de diciembre de 1990.

Si la recaudación de los fondos extrapresupuestales citados no resultare
suficiente para financiar la presente reestructura, la Dirección de
Loterías y Quinielas verterá en la misma forma a Rentas Generales, además
de la suma destinada a los funcionarios en aplicación de los artículos 7°
y 9° del Decreto-Ley 15.716, de 6 de febrero de 1985, los montos
necesarios, de los fondos referidos en el numeral 2) del literal A) del
artículo 7° del citado decreto-ley, en la redacción dada por el artículo 599 de la Ley N° 15.903, de 10 de noviembre de 1987, hasta la suma concurrente.

Las modificaciones de cargos y funciones no podrán causar lesión de
derecho y las regularizaciones deberán respetar las reglas del ascenso,
cuando corresponda.

La racionalización deberá propender a la estructura de cargos y
funciones adecuada a los objetivos del programa y requerirá el informe
previo conjunto de la Oficina Nacional del Servicio Civil y de la
Contaduría General de la Nación, que será elaborada dentro de los ciento
ochenta días de la publicación de la presente ley y tendrá vigencia a
partir de su aprobación, dándose cuenta a la Asamblea General.

`;

/** The same, lines 1976–1990: "los numerales 1) y 2) del\nliteral A) del artículo 17 del Decreto-Ley Nº 15.605, de 27 de julio de\n1984". */
export const UY_BUDGET_DECRETO_LEY = `##### Artículo 195

Los funcionarios del Instituto Nacional de Carnes podrán acogerse a los
beneficios del Capitulo IV de la Ley Nº 16.127, de 7 de agosto de 1990,
durante un término de ciento ochenta días que correrá a partir de la fecha
de promulgación de esta ley.

Las erogaciones resultantes serán atendidas por Rentas Generales y se
financiarán con el producto del aumento transitorio de los recursos
asignados al Instituto Nacional de Carnes por los numerales 1) y 2) del
literal A) del artículo 17 del Decreto-Ley Nº 15.605, de 27 de julio de
1984, que, durante el lapso señalado en el inciso precedente se elevarán
del 0,6% (seis décimas por ciento), y 0,7% (siete décimas por ciento),
respectivamente, al 1% (uno por ciento), en ambos casos.

`;

/** Ley Nº 9.493, lines 120–124: "de acuerdo con el artículo 18 bis de la ley de 6 de Octubre de 1919" (a law named by its date). */
export const UY_LEY_9493_LAW_BY_DATE = `##### Artículo 18

Declárase, asimismo, que las reducciones en el monto de las jubilaciones por despido, por su transformación en subsidio de paro, de acuerdo con el artículo 18 bis de la ley de 6 de Octubre de 1919 (artículo 9° de la ley de
11 de Enero de 1934), se harán efectivas a partir del 1° de Febrero de 1936.

`;

/** Ley Nº 10.945, lines 52–73 and 118–121: artículo 4, its items "A)" to "C)" …, and artículo 12: "los documentos determinados en los incisos A), B) y C) del artículo 4º" (C alone is a letter, not the numeral 100). */
export const UY_LEY_10945_INCISOS_A_B_C = `##### Artículo 4

La solicitud de abanderamiento deberá ser acompañada:

A) Del título que acredite la propiedad del buque, debidamente legalizado
 por la autoridad consular si hubiere sido construido o transferido en
 el extranjero;
B) Del certificado de cese de bandera si el buque hubiere enarbolado
 anteriormente pabellón de otro país. Este certificado deberá emanar de
 la autoridad competente a cuya nacionalidad haya pertenecido la nave,
 si la venta se efectúa en puertos que no pertenezcan al país de
 matrícula, o de la autoridad local si ese contrato se realiza en
 puertos nacionales del buque; en ambos casos estos certificados deberán
 ser legalizados. Si el buque fuese adquirido en venta judicial, en país
 que no sea el de matrícula, se exigirá el documento expedido por la
 autoridad local el que asimismo deberá ser legalizado, con expresión de
 que el traspaso de la propiedad de la nave se ajusta a las leyes y usos
 vigentes en el lugar;
C) De la documentación que acredite que el buque pertenece a persona
 física o moral, que esté inscripta en el Registro Público de Comercio,
 tenga su firma registrada y lleve sus libros de comercio.(*)


##### Artículo 12

La solicitud de pasavante deberá también ser acompañada de los documentos determinados en los incisos A), B) y C) del artículo 4º debiéndose agregar documento firmado por el constructor o vendedor del buque, acompañando un certificado de la autoridad competente donde consten las buenas condiciones de navegabilidad de la nave. A falta de este certificado deberá el Agente Consular cerciorarse de ello mediante informe de perito que él mismo designará. Siendo el buque a propulsión mecánica, se agregará el certificado de seguridad de máquina. Además se exigirá la garantía establecida en el artículo 7º, fijándose el valor del buque por un perito de registro del puerto local, designado por el Agente Consular respectivo. El valor así fijado será al solo efecto de la expedición del pasavante y de las responsabilidades que resulten del uso del mismo.

`;

/** Ley Nº 12.034, lines 27–35: "los incisos A), B) y C) del artículo 1° de la ley número 9.189, de 4 de enero de 1934" (the law's number after the word "número"). */
export const UY_LEY_12034_LEY_NUMERO = `##### Artículo 1

Auméntase a partir del ejercicio 1954 en un 2 o/oo (dos por mil) las
cuotas anuales establecidas por los incisos A), B) y C) del artículo 1° de la ley número 9.189, de 4 de enero de 1934, modificados por el artículo 2° de la ley N° 10.977, de 4 de diciembre de 1947, debiendo aplicarse a dicho aumento lo dispuesto por el artículo 70 de la ley N° 11.490, de 18 de setiembre de 1950.
 Estos aumentos no se aplicarán a los bienes inmuebles cuyo valor de
aforo para el pago de la Contribución Inmobiliaria, sea inferior a $
3.000.00 en los Departamentos del interior de la República y de $ 10.000.00 en el Departamento de Montevideo, siempre que dichos inmuebles
constituyan la única propiedad y sea habitada por el propietario.

`;

/** Ley Nº 13.229, lines 58–66: "(Sección 1.02), a que se refiere la Sección 3.02\nliteral (a) del Contrato de Préstamo" (a loan contract the law approves). */
export const UY_LEY_13229_CONTRATO = `##### Artículo 4

Los convenios que se ajusten entre el Banco Hipotecario y los
Organismos Participantes (Sección 1.02), a que se refiere la Sección 3.02
literal (a) del Contrato de Préstamo, se regirán, en cuanto a las
garantías, reembolsos y obligaciones de dichos Organismos Participantes,
por el sistema legal establecido en las leyes Nos. 8.594, de 23 de
diciembre de 1929, y 11.026, de 9 de enero de 1948.

`;

/** Ley Nº 15.851, lines 2049–2059: "el\nartículo 83, inciso a), del acto institucional Nº 9". */
export const UY_LEY_15851_ACTO_INSTITUCIONAL = `##### Artículo 225

Declárase, a todos los efectos jubilatorios, que el cómputo de
servicios dispuesto por el artículo 16 de la ley 15.783, de 28 de
noviembre de 1985, no implica en ningún caso la pérdida de la causal
jubilatoria configurada por el acto de destitución (artículo 1 de la ley
citada), pudiendo acogerse a la pasividad o reforma de cédula jubilatoria,
conforme a lo dispuesto en el artículo 18 de la citada ley, sin perjuicio
del derecho a la opción por el régimen anterior, establecido por el
artículo 83, inciso a), del acto institucional Nº 9.

`;
