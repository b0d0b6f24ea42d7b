/**
 * Head nouns of bodies' and places' names in the languages the archive reads, which the English model's parts
 * of speech cannot tell in another language ("Partido Popular", "Consejo de Europa", "Deutsche
 * Bank"): a capitalised run with one of them is a body's or a place's name, not a person's. The words are
 * compared without accents.
 */
export const BODY_WORDS = new Set(
  // Spanish and Portuguese
  (
    'partido gobierno governo consejo conselho ministerio ministerio comision comissao parlamento congreso congresso ' +
    'tribunal universidad universidade banco ejercito exercito policia fundacion fundacao asociacion associacao ' +
    'empresa grupo camara senado asamblea assembleia union uniao comite instituto agencia ' +
    // French
    'gouvernement conseil ministere commission parlement universite banque armee police fondation ' +
    'association entreprise groupe chambre senat assemblee comite institut agence parti cour ' +
    // German
    'regierung ministerium kommission parlament bundestag bundesrat universitat bank armee polizei ' +
    'stiftung verband unternehmen gruppe kammer senat partei gericht institut agentur zeitung ' +
    // Italian
    'governo consiglio ministero commissione parlamento universita banca esercito polizia fondazione ' +
    'associazione azienda gruppo camera senato partito corte istituto agenzia ' +
    // Czech and Polish
    'vlada ministerstvo komise parlament snemovna senat univerzita banka armada policie nadace strana soud ' +
    'rzad ministerstwo komisja sejm uniwersytet policja fundacja partia sad ' +
    // Russian
    'правительство министерство комиссия парламент дума совет университет банк армия полиция фонд партия суд ' +
    // Places' head nouns
    'palacio palais palazzo palacio plaza place praca piazza calle rue strasse avenida avenue estacion gare ' +
    'bahnhof stazione aeropuerto aeroport flughafen aeroporto hospital hopital krankenhaus ospedale iglesia ' +
    'eglise kirche chiesa igreja catedral cathedrale museo musee museum museu puerto port hafen porto rio ' +
    'riviere fleuve fluss fiume mar mer meer mare lago lac see isla ile insel isola ilha monte sierra provincia ' +
    'province region regione estado etat staat stato republica republique republik repubblica ' +
    // Sport and press, in English names printed in any language
    'league liga united city club fc ac sc standard times post herald tribune gazette'
  ).split(' '),
);
