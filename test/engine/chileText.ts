// Chile's laws as github.com/fgreve/legalize-cl gives them from the Biblioteca del Congreso Nacional (cl/*.md, commit aca3985):
// verbatim excerpts, lines as noted. Not in the corpus: hard-wrapped text, each article's heading then its label again.

/** Chile, Ley 20.393 as github.com/fgreve/legalize-cl gives it from BCN (commit aca3985): its front matter, in Spanish keys ("identificador:") (cl/BCN-1008668.md, lines 1–12). */
export const CL_FRONT_MATTER = "---\ntitulo: \"ESTABLECE LA RESPONSABILIDAD PENAL DE LAS PERSONAS JURÍDICAS EN LOS DELITOS QUE INDICA\"\nidentificador: \"BCN-1008668\"\npais: \"cl\"\nrango: \"ley\"\nnumero: \"20393\"\nfecha_publicacion: \"2009-12-02\"\nultima_actualizacion: \"2023-08-17\"\nestado: \"vigente\"\norganismo: \"MINISTERIO DE HACIENDA\"\nfuente: \"https://www.bcn.cl/leychile/navegar?idNorma=1008668\"\n---\n";

/** the same law: "## Artículo PRIMERO", "Artículo Primero.- Apruébase la siguiente ley …:", then the law's own "## Artículo 1" (cl/BCN-1008668.md, lines 25–40). */
export const CL_LAW_APPROVED_BY_ITS_ARTICLE = "\n\n## Artículo PRIMERO\n\n\nArtículo Primero.- Apruébase la siguiente ley sobre\nresponsabilidad penal de las personas jurídicas:\n\n\n## Artículo 1\n\n\n\"Artículo 1°.- Contenido de la ley. La presente ley\nregula la responsabilidad penal de las personas jurídicas\nrespecto de los delitos previstos en los artículos 136,\n139, 139 bis y 139 ter de la Ley General de Pesca y\n";

/** Chile's Labour Code (BCN): "##### Artículo 36", then "Art. 36. El descanso …" (the label given again with the text) (cl/BCN-207436.md, lines 1546–1552). */
export const CL_LABOUR_CODE_ARTICLE_36 = "\n\n##### Artículo 36\n\n\nArt. 36. El descanso y las obligaciones y prohibiciones\nestablecidas al respecto en los dos artículos anteriores\n";

/** the same code: a hard-wrapped line opening with a citation, "artículo 36. Estos descansos podrán …" (cl/BCN-207436.md, lines 1636–1646). */
export const CL_LABOUR_CODE_WRAPPED_CITATION = "determinación, en su caso, del valor de la hora\nextraordinaria trabajada en dichos días domingo.\nLas empresas exceptuadas del descanso dominical\ndeberán otorgar un día de descanso a la semana en\ncompensación a las actividades desarrolladas en día\ndomingo, y otro por cada festivo en que los trabajadores\ndebieron prestar servicios, aplicándose la norma del\nartículo 36. Estos descansos podrán ser comunes para todos\nlos trabajadores, o por turnos para no paralizar el curso de\nlas labores.\nNo obstante, en los casos a que se refieren los\n";

/** Chile, Ley 20.720 (BCN): "### Artículo 6 A" (a letter after a space) (cl/BCN-1058072.md, lines 388–400). */
export const CL_INSOLVENCY_ARTICLE_6_A = "financiero, bancario o comercial, según corresponda, en\nconformidad con lo establecido en el artículo 6 de la ley\nNº 19.628, sobre protección de la vida privada, en un\nplazo no superior a treinta días.\n\n\n### Artículo 6 A\n\n\nA.- De la realización telemática de\naudiencias en los Procedimientos Concursales de\nRenegociación y Juntas de Acreedores no celebradas ante el\ntribunal o en el lugar que éste designe. Las audiencias de\n";
