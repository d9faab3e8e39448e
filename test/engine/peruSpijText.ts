// Peru's norms as SPIJ gives them (spij.minjus.gob.pe, converted to markdown by github.com/dalessandro07/legalize-pe,
// commit 2232765b3, pe/<identifier>.md): verbatim excerpts (carriage returns kept, written \r), where each comes from in
// its comment. Not in the corpus: read as a user brings them.

/** Decreto Legislativo 713 (descansos remunerados), lines 70–76: "**Artículo 8.- **Los trabajadores …", "**Artículo 9.-** …", then "**Artículo 10***" alone on its line (the asterisk marks a note on the amended article). */
export const PE_DLEG_713_ARTICLE_10 = `**Artículo 8.- **Los trabajadores tienen derecho a percibir por el día feriado no laborable la remuneración ordinaria correspondiente a un día de trabajo. Su abono se rige por lo dispuesto en el artículo 4 de la presente Ley, salvo el Día de Trabajo, que se percibirá sin condición alguna.
**Artículo 9.-** El trabajo efectuado en los días feriados no laborables sin descanso sustitutorio dará lugar al pago de la retribución correspondiente por la labor efectuada, con una sobretasa de 100%.
**CAPÍTULO III**
**DE LAS VACACIONES ANUALES**
**Artículo 10***
El trabajador tiene derecho a treinta días calendario de descanso vacacional por cada año completo de servicios.
Dicho derecho está condicionado, además, al cumplimiento del récord que se señala a continuación:
`;

/** Decreto Supremo 008-92-JUS, lines 280–290: "**_Artículo 14_** _.- El Subjefe es la autoridad …" (the separator in italics after the bold label), and the note that it was repealed. */
export const PE_DS_008_92_ARTICLE_14 = `
     e) Aprobar la creación de los Archivos Provinciales; y,

     f) Las demás que señale la Ley y aquellas que sean inherentes a su autoridad en materia archivística.

     **_Artículo 14_** _.- El Subjefe es la autoridad inmediata al Jefe del Archivo General de la Nación y reemplaza al Jefe en caso de ausencia o impedimento temporal._**(\\*)  
**

**(\\*) Artículo derogado por el [Artículo 5 del Decreto Supremo Nº 005-93-JUS](/spij-ext-web/detallenorma/H758205), publicado el 18-03-93.  
**

`;

/** Decreto de Urgencia 027-2020, lines 42–100: articles 1 to 7 as lines of one paragraph, a budget chart ("SECCION PRIMERA : Gobierno Central", "PLIEGO 009 : …") in article 5, whose total a line of "=" underlines; then "5.2 … dentro de los cinco (05) días calendario de la vigencia del presente artículo". */
export const PE_DU_027_2020_ARTICLES = `**Artículo 1. Objeto**
El presente Decreto de Urgencia tiene por objeto aprobar medidas adicionales extraordinarias que permitan adoptar las acciones preventivas y de respuesta para reducir el riesgo de propagación y el impacto sanitario de la enfermedad causada por el virus del COVID-19, en el territorio nacional, así como coadyuvar a disminuir la afectación a la economía peruana por el alto riesgo de propagación del mencionado virus a nivel nacional.
**TÍTULO I**
**MEDIDAS PARA LA PROTECCIÓN ECONÓMICA DE LOS HOGARES VULNERABLES ANTE EL RIESGO DE PROPAGACIÓN DEL COVID-19**
Artículo 2. Otorgamiento de subsidio monetario en el marco de la emergencia sanitaria por COVID-19
2.1 Autorízase el otorgamiento excepcional y por única vez de un subsidio monetario de S/ 380,00 (TRESCIENTOS OCHENTA Y 00/100 SOLES) a favor de los hogares en condición de pobreza o pobreza extrema de acuerdo al Sistema de Focalización de Hogares que se encuentren en los ámbitos geográficos con mayor vulnerabilidad sanitaria definidos por el Ministerio de Salud (MINSA).
2.2 Mediante Resolución Ministerial del Ministerio de Desarrollo e Inclusión Social (MIDIS), se aprueba el padrón de los hogares beneficiarios del subsidio monetario autorizado en el numeral anterior, en un plazo no mayor de dos (02) días calendario a partir de la fecha de la publicación de la presente norma.
Artículo 3. Condiciones para el otorgamiento del subsidio monetario
3.1 Dispónese que el subsidio monetario para la protección económica de los hogares comprendidos en el numeral 2.1 del artículo 2, se otorga por única vez y durante la vigencia de la Emergencia Sanitaria a nivel nacional y siempre que se declare el Estado de Emergencia y se dicten medidas vinculadas con la suspensión del ejercicio de derechos constitucionales relativos a la libertad de reunión y de tránsito comprendidos en los incisos 11 y 12 del artículo 2 de la Constitución Política del Perú.
3.2 El otorgamiento del subsidio monetario para la protección económica de los hogares a los que hace referencia el numeral 2.1 del artículo 2 se realiza a través del Banco de la Nación y otras entidades financieras privadas en el país.
3.3 Encárgase al Programa Nacional de Apoyo Directo a los más Pobres – JUNTOS del Ministerio de Desarrollo e Inclusión Social el otorgamiento del subsidio monetario al que hace referencia el numeral 2.1 del artículo 2, a través de subvenciones, las que se aprueban mediante Resolución de Dirección Ejecutiva del referido Programa Nacional.
Artículo 4. Implementación de una plataforma de comunicación para los beneficiarios de un subsidio monetario en el marco de la emergencia por COVID-19.
4.1 Autorízase al Ministerio de Economía y Finanzas, de manera excepcional, para que durante el Año Fiscal 2020 y a requerimiento del Ministerio de Desarrollo e Inclusión Social, a efectuar las contrataciones de bienes y servicios que permitan disponer de recursos de capacidad de cómputo en la nube (cloud hosting) para la implementación de una plataforma de comunicación e información a los hogares beneficiarios del subsidio monetario que se otorga en el marco de la emergencia por COVID-19, como parte de las medidas dispuestas para la prevención de dicha emergencia.
4.2. Dispónese que las contrataciones a que las hace referencia el numeral 4.1 se realicen en el marco del literal b) del artículo 27 del Texto Único Ordenado de la Ley N° 30225, Ley de Contrataciones del Estado, aprobado mediante Decreto Supremo N° 082-2019-EF, y el artículo 100 del Reglamento de la Ley de Contrataciones del Estado, aprobado mediante Decreto Supremo N° 344-2018-EF. La regularización, que incluye los informes técnicos y legales que justifican el carácter urgente de dichas contrataciones, se efectúa en un plazo máximo de treinta (30) días hábiles, cuyo inicio se computa de acuerdo a lo previsto en el citado reglamento.
4.3 Para tal fin, autorízase al Ministerio de Economía y Finanzas para efectuar modificaciones presupuestarias en el nivel funcional programático con cargo a los recursos a los que se refiere el artículo 53 del Decreto Legislativo N° 1440, Decreto Legislativo del Sistema Nacional de Presupuesto Público, hasta por la suma de S/ 2 000 000,00 (DOS MILLONES Y 00/100 SOLES), para financiar lo dispuesto en el numeral 4.1. Dichas modificaciones presupuestarias se aprueban mediante Resolución Ministerial del Ministerio de Economía y Finanzas, de acuerdo a lo establecido en el artículo 54 del mencionado Decreto Legislativo.
4.4 La Oficina Nacional de Procesos Electorales (ONPE) debe realizar la adecuación de su aplicativo de consulta masiva al ciudadano, utilizado para los procesos electorales, conforme a los requerimientos del Ministerio de Desarrollo e Inclusión Social y el Ministerio de Economía y Finanzas, poniéndolo a disposición de ambos, para la implementación de la plataforma de comunicación e información a beneficiarios del subsidio monetario que se otorga en el marco de la emergencia por COVID-19.
4.5 A fin de viabilizar las contrataciones a que se hace referencia en el numeral 4.1 del presente artículo, el Ministerio de Desarrollo e Inclusión Social debe remitir el requerimiento que permita la adecuada y oportuna satisfacción de la necesidad.
4.6 La Oficina Nacional de Procesos Electorales (ONPE) brinda asistencia técnica para el seguimiento y supervisión de la implementación de la plataforma para la comunicación e información a beneficiarios del subsidio monetario que se otorga en el marco de la emergencia por COVID-19 y la ejecución del servicio que se brinda a través de esta. Dicha asistencia técnica se brinda desde la elaboración del requerimiento hasta la conformidad técnica que otorgará de manera conjunta con el Ministerio de Desarrollo e Inclusión Social.
Artículo 5. Financiamiento del subsidio monetario para la protección económica de los hogares vulnerables
5.1. Autorízase una Transferencia de Partidas en el Presupuesto del Sector Público para el Año Fiscal 2020, con cargo a los recursos de la Reserva de Contingencia, a favor del Ministerio de Desarrollo e Inclusión Social, hasta por la suma de S/ 1 170 250 340,00 (MIL CIENTO SETENTA MILLONES DOSCIENTOS CINCUENTA MIL TRESCIENTOS CUARENTA Y 00/100 SOLES), para financiar el otorgamiento del subsidio monetario autorizado en el artículo 2, de acuerdo al detalle siguiente:
DE LA: En Soles
SECCION PRIMERA : Gobierno Central
PLIEGO 009 : Ministerio de Economía y Finanzas
UNIDAD EJECUTORA 001 : Administración General
CATEGORIA PRESUPUESTARIA 9002 : Asignaciones presupuestarias que no
resultan en productos
ACTIVIDAD 5000415 : Administración del Proceso
Presupuestario del Sector Público
FUENTE DE FINANCIAMIENTO 1 : Recursos Ordinarios
GASTO CORRIENTE
2.0 Reserva de Contingencia 1 170 250 340,00
&#8212;&#8212;&#8212;&#8212;&#8212;&#8212;&#8212;&#8211;
TOTAL EGRESOS 1 170 250 340,00
=============
A LA: En Soles
SECCION PRIMERA : Gobierno Central
PLIEGO 040 : Ministerio de Desarrollo e Inclusión Social
UNIDAD EJECUTORA 005 : Programa Nacional de Apoyo Directo a
los más pobres – JUNTOS
CATEGORIA PRESUPUESTARIA 9002 : Asignaciones presupuestarias que no
resultan en productos
ACTIVIDAD 5006269 : Prevención, control, diagnóstico y
tratamiento de coronavirus
FUENTE DE FINANCIAMIENTO 1 : Recursos Ordinarios
GASTO CORRIENTE
2.3 Bienes y Servicios 2 000 000,00
2.5 Otros gastos 1 168 250 340,00
&#8212;&#8212;&#8212;&#8212;&#8212;&#8212;&#8212;&#8212;
TOTAL EGRESOS 1 170 250 340,00
==============
5.2 El Titular del pliego habilitado en la presente Transferencia de Partidas aprueba mediante Resolución, la desagregación de los recursos autorizados en el numeral 5.1, a nivel programático, dentro de los cinco (05) días calendario de la vigencia del presente artículo. Copia de la resolución es remitida dentro de los cinco (05) días de aprobada a los organismos señalados en el numeral 31.4 del artículo 31 del Decreto Legislativo Nº 1440, Decreto Legislativo del Sistema Nacional de Presupuesto Público.
5.3 La Oficina de Presupuesto o la que haga sus veces en el pliego involucrado, solicita a la Dirección General de Presupuesto Público, las codificaciones que se requieran como consecuencia de la incorporación de nuevas Partidas de Ingresos, Finalidades y Unidades de Medida.
5.4 La Oficina de Presupuesto o la que haga sus veces en el pliego involucrado instruye a las Unidades Ejecutoras para que elaboren las correspondientes “Notas para Modificación Presupuestaria” que se requieran, como consecuencia de lo dispuesto en el presente artículo.
5.5 Autorízase al Ministerio de Desarrollo e Inclusión Social &#8211; Programa Nacional de Apoyo Directo a los más pobres – JUNTOS, para que en el presente Año Fiscal realice, de manera excepcional, transferencias financieras, con cargo a los recursos a los que se hace referencia en el numeral 5.1. Dichas transferencias financieras se aprueban mediante Resolución del Titular, previo informe favorable de la Oficina de Presupuesto o la que haga sus veces en el pliego, y se publica en el Diario Oficial El Peruano.
Artículo 6. Otorgamiento de créditos para la continuidad de la operación de los cajeros corresponsales del Banco de la Nación
Facúltase al Banco de la Nación a otorgar créditos a las personas naturales o jurídicas que operen sus cajeros corresponsales a nivel nacional, con el objeto de que cuenten con la disponibilidad de recursos necesarios para atender de manera permanente las operaciones propias de un cajero corresponsal para efectos del otorgamiento del subsidio monetario, a fin de reducir la afluencia de público en las oficinas de dicho Banco.
Artículo 7. Vigencia del cobro del subsidio monetario
7.1 El referido subsidio monetario autorizado en el artículo 2 puede cobrarse, como máximo, hasta treinta (30) días calendario posteriores al término de la Emergencia Sanitaria. Culminado dicho plazo, dentro de los quince (15) días calendario siguientes, el Banco de la Nación y las entidades financieras privadas en el país que hayan recibido recursos en el marco de lo dispuesto en numeral 3.2 del artículo 3, deben extornarlos a la cuenta del Tesoro Público que el Ministerio de Economía y Finanzas comunique a las entidades financieras a través del Programa Nacional de Apoyo Directo a los más Pobres – JUNTOS del Ministerio de Desarrollo e Inclusión Social, los mismos que deben ser incorporados en el Presupuesto Institucional del Año Fiscal de la entidad. Dichos recursos se incorporan, vía crédito suplementario, en el presupuesto institucional del Ministerio de Desarrollo e Inclusión social, en la fuente de financiamiento Recursos Ordinarios. El referido crédito suplementario se aprueba mediante decreto supremo refrendado por la Ministra de Economía y Finanzas y la Ministra de Desarrollo e Inclusión Social, a propuesta de esta última.
7.2 Autorízase al Poder Ejecutivo, durante el Año Fiscal 2020, para aprobar modificaciones presupuestarias en el nivel institucional a favor de la Reserva de Contingencia a la que se refiere el artículo 53 del Decreto Legislativo N° 1440, Decreto Legislativo del Sistema Nacional de Presupuesto Público, con cargo a los recursos transferidos en el artículo 5 de la presente norma, que no hubieran sido ejecutados. Dichas modificaciones presupuestarias se aprueban utilizando sólo el mecanismo establecido en el artículo 54 del Decreto Legislativo N° 1440, Decreto Legislativo del Sistema Nacional de Presupuesto Público, debiendo contar además con el refrendo de la Ministra de Desarrollo e Inclusión Social, a solicitud de esta última.
`;

/** Ley Orgánica de Municipalidades 27972, lines 2000–2010: artículo 81, its item "1.1." and the note under it: "… se indica que el presente inciso estaría derogado tácitamente …" (an "inciso" of an article whose paragraphs are not numbered). */
export const PE_LOM_ARTICLE_81_NOTE = `     **ARTÍCULO 81.- TRÁNSITO, VIALIDAD Y TRANSPORTE PÚBLICO**

     Las municipalidades, en materia de tránsito, vialidad y transporte público, ejercen las siguientes funciones:

     **1\\. Funciones específicas exclusivas de las municipalidades provinciales:  
**

     1.1. Normar, regular y planificar el transporte terrestre, fluvial y lacustre a nivel provincial.**(\\*)**

**(\\*) Mediante Oficio N° D000454-2020-PCM-SC de fecha 05 febrero 2020, enviado por la Secretaría de Coordinación de la Presidencia del Consejo de Ministros, se indica que el presente inciso estaría derogado tácitamente respecto a la Municipalidad Metropolitana de Lima y la Municipalidad Provincial del Callao, suprimiéndose en el extremo del"transporte terrestre de personas", por aplicación de los artículos 5 y 6 de la Ley N° 30900, siendo la ATU el organismo competente para planificar, regular, gestionar, supervisar, fiscalizar y promover la eficiente operatividad del Sistema Integrado de Transporte de Lima y Callao, para lograr una red integrada de servicios de transporte terrestre urbano masivo de pasajeros; ejerciendo competencia en la integridad del territorio y sobre el servicio público de transporte terrestre de personas que presta dentro de la integridad del territorio de la provincia de Lima y de la Provincia Constitucional del Callao, provincias contiguas, que en su integridad guardan entre sí, continuidad urbana. En virtud a ello, se modifica la competencia de la Municipalidad Metropolitana de Lima y la Municipalidad Provincial del Callao.** (\\*)

`;

/** Decreto Supremo 002-2019-SA, line 41, and Decreto Supremo 015-2019-MTC, line 33 (recitals): "el artículo 123 de la precitada Ley", "el artículo 117 del citado texto normativo". */
export const PE_RECITALS_PRECITADA = `     Que, el artículo 123 de la precitada Ley, modificada por la Única Disposición Complementaria Modificatoria del Decreto Legislativo Nº 1161, Ley de Organización y Funciones del Ministerio de Salud, dispone que el Ministerio de Salud es la Autoridad de Salud a nivel nacional. Como organismo del Poder Ejecutivo tiene a su cargo la formulación, dirección y gestión de la Política de Salud y actúa como la máxima autoridad normativa en materia de salud;

     Que, según el artículo 117 del citado texto normativo, las concesiones y las asignaciones de espectro son intransferibles total o parcialmente, salvo aprobación previa y expresa del MTC, la cual se formalizará mediante resolución viceministerial;
`;

/** Resolución SUNEDU 026-2016-SUNEDU-CD, lines 206–234: "**Artículo 16.- Oportunidad …**", "**Artículo 17 Requisitos de la solicitud de confidencialidad**" (no separator), "**Artículo 18.- Forma del resumen no confidencial**". */
export const PE_SUNEDU_ARTICLES_16_TO_18 = `     **Artículo 16.- Oportunidad para solicitar la confidencialidad de la información**

      16.1 El administrado puede solicitar que determinada información se declare confidencial:

     a) Simultáneamente con la presentación de la información;

     b) En cualquier etapa del procedimiento administrativo que contiene la información mientras se encuentre en trámite; y,

     c) Una vez concluido el procedimiento administrativo que contiene la información.

     16.2 Mientras el administrado no manifieste, expresamente, su interés de que determinada información sea declarada confidencial, la Sunedu la considera pública, salvo los supuestos indicados los artículos 9 y 13 del presente Reglamento.

     **Artículo 17 Requisitos de la solicitud de confidencialidad**

      17.1 La solicitud de confidencialidad debe cumplir los siguientes requisitos:

     a) Identificar de manera clara y precisa, cuál es la información cuya declaración de confidencialidad se solicita, en qué documentos y en qué parte de dichos documentos está incluida.

     b) Justificar la solicitud, señalando las razones o motivos por los que se considera que dicha información debe ser declarada confidencial.

     c) De ser posible, señalar el plazo por el cual se solicita el tratamiento confidencial de la información presentada.

     17.2 A la solicitud debe adjuntarse:

     a) Un resumen no confidencial de la información suficientemente detallado que permita una cabal comprensión del contenido sustancial de la información cuya declaración de confidencialidad se solicita.

     b) La información considerada confidencial en sobre cerrado y la anotación CONFIDENCIAL en algún lugar visible cuando se trate de documentos impresos. Cuando se trate de dispositivos de almacenamiento de datos, deberán ser presentados con una etiqueta con la leyenda antes indicada.

     **Artículo 18.- Forma del resumen no confidencial**
`;

/** Resolución CONASEV 031-2003-EF/94.10 (a model statute; SPIJ as converted by github.com/crafter-research/legalize-pe, commit 45109e4b9), lines 232–262: "**Artículo Décimo Segundo.- ACCIONES CLASE B**", "**Artículo Décimo Tercero.- …**", "**Artículo Décimo Cuarto.- …**" (compound ordinals: 12, 13, 14). */
export const PE_CONASEV_ARTICLES_12_TO_14 = `     **Artículo Décimo Segundo.- ACCIONES CLASE B**

     Las Acciones Clase B son acciones sin derecho a voto, confieren a su titular la calidad de accionista y le atribuyen los siguientes derechos:

     1. Participar en el reparto de utilidades en forma preferencial, la misma que consiste en recibir un pago adicional de cinco por ciento por acción sobre el monto de los dividendos en efectivo pagados a las acciones Clase A por acción.

     Cuando se trate de la distribución de dividendos en especie o en acciones de propia emisión, sea que éstas se originen en reexpresiones de capital, ajustes contables, capitalización de utilidades, revaluaciones o cualquier otra causa o motivo, el dividendo en especie o en acciones de propia emisión será pagado por igual a las acciones Clase A y a las acciones Clase B, guardando la proporción existente entre ambas clases de acciones.

     2. En caso de liquidación de la sociedad, a obtener el reembolso del valor nominal de sus acciones, descontando los correspondientes dividendos pasivos, antes de que se pague el valor nominal de las demás acciones;

     3. Separarse de la Sociedad en los casos previstos por la Ley y en el Estatuto; y,

     4. en caso de aumento de capital:

     a) A suscribir acciones con derecho a voto a prorrata de su participación en el capital, en el caso de que la Junta General acuerde aumentar el capital únicamente mediante la creación de acciones con derecho a voto.

     b) A suscribir acciones con derecho a voto de manera proporcional y en el número necesario para mantener su participación en el capital, en el caso que la Junta General acuerde que el aumento incluye la creación de acciones sin derecho a voto, pero en un número insuficiente para que los titulares de estas acciones conserven su participación en el capital

     c) A suscribir acciones sin derecho a voto a prorrata de su participación en el capital en los casos de aumento de capital en los que el acuerdo de la Junta General no se limita a la creación de acciones con derecho a voto o en los casos en que se acuerde aumentar el capital únicamente mediante la creación de acciones sin derecho a voto.

     d) A suscribir obligaciones u otros títulos convertibles o con derecho a ser convertidos en acciones, aplicándose las reglas de los literales anteriores según corresponda a la respectiva emisión de las obligaciones o títulos convertibles.

     5. Impugnar los acuerdos que lesionen sus derechos; y,

     6. Ser informado cuando menos semestralmente de las actividades y gestión de la Sociedad.

     **Artículo Décimo Tercero.- RESPONSABILIDAD DE LOS ACCIONISTAS**

     Los accionistas no responden personalmente por las deudas sociales, quedando su responsabilidad limitada a los aportes que hubiesen realizado.

     **Artículo Décimo Cuarto.- INDIVISIBILIDAD DE LAS ACCIONES Y REPRESENTACIÓN DE LA ACCIÓN**
`;
