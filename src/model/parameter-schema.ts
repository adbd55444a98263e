// Over 400 lines on purpose: one entry per model parameter (label, unit, range, preset value, source note, da/en)
// and the plausibility thresholds beside them; it is data, and the method appendix is generated from it in order.
import { SIZE_CLASSES } from './cells';
import { text } from './figure';
import type { ParamSchema } from './parameter-types';

const SHARE = text('share (0–1)', 'andel (0–1)');
const YEARS = text('years', 'år');
const FACTOR = text('factor', 'faktor');
const PER_YEAR = text('share per year', 'andel pr. år');

/**
 * Every parameter of METHOD.md with its range, default (the `damvad-2017` preset) and source. Ranges are
 * METHOD.md's; where METHOD.md says only "> 0", a finite bound is set so that goal seek can bisect.
 */
export const PARAMETER_SCHEMA: ParamSchema = {
  reference_year: {
    kind: 'number',
    integer: true,
    min: 1990,
    max: 2100,
    default: 2017,
    label: text('Reference year t₀', 'Referenceår t₀'),
    unit: text('year', 'år'),
    source: text(
      'DAMVAD (2017), mid-term evaluation of MADE SPIR for Innovation Fund Denmark: the year of the evaluation. Prices are of t₀ and the time path starts after it.',
      'DAMVAD (2017), Midtvejsevaluering af MADE SPIR for Innovationsfonden: evalueringens år. Priser er i t₀-priser, og tidsforløbet starter efter t₀.',
    ),
  },
  expected_weight: {
    kind: 'share',
    min: 0,
    max: 1,
    default: 0,
    label: text('Weight of expected gains', 'Vægt på forventede gevinster'),
    unit: SHARE,
    source: text(
      'Innovation Fund Denmark and MADE (2017), press release on the mid-term evaluation: "productivity increases of DKK 90 million already secured". Only gains already secured count; 100% counts expected gains in full.',
      'Innovationsfonden og MADE (2017), pressemeddelelse om midtvejsevalueringen: "produktivitetsforbedringer på 90 mio. kr. allerede sikret". Kun allerede sikrede gevinster tæller; 100 % tæller forventede gevinster fuldt ud.',
    ),
  },
  pooling: {
    kind: 'choice',
    default: 'theme',
    choices: [
      { value: 'theme', label: text('per theme', 'pr. tema') },
      { value: 'programme', label: text('whole programme', 'hele programmet') },
      { value: 'theme_industry', label: text('per theme × industry', 'pr. tema × branche') },
    ],
    label: text('Pooling of effect sizes', 'Sammenvejning af effektstørrelser'),
    unit: text('choice', 'valg'),
    source: text(
      'Method choice: one effect size per theme by default, as DAMVAD (2017) scales the participants\' gains per technology area; "whole programme" uses one rate for all themes; "per theme × industry" uses an industry\'s own rate where enough companies report (see the minimum below), else the theme\'s.',
      'Metodevalg: én effektstørrelse pr. tema som standard, ligesom DAMVAD (2017) skalerer deltagernes gevinster op pr. teknologiområde; "hele programmet" bruger én rate for alle temaer; "pr. tema × branche" bruger branchens egen rate, hvor nok virksomheder rapporterer (se mindsteantallet nedenfor), ellers temaets.',
    ),
  },
  min_companies: {
    kind: 'number',
    integer: true,
    min: 1,
    max: 50,
    default: 3,
    label: text('Minimum companies for an own industry rate', 'Mindste antal virksomheder for egen branche-rate'),
    unit: text('companies', 'virksomheder'),
    source: text(
      "Rates from fewer companies are noisy and may identify a company; such theme × industry cells fall back to the theme's rate. Used only with pooling = theme × industry.",
      'Rater fra færre virksomheder er usikre og kan identificere en virksomhed; sådanne tema × branche-celler bruger temaets rate. Bruges kun ved sammenvejning pr. tema × branche.',
    ),
  },
  affected_share: {
    kind: 'share',
    min: 0,
    max: 1,
    default: 0.25,
    label: text('Affected share of employees', 'Berørt andel af de ansatte'),
    unit: SHARE,
    source: text(
      "A result is implemented in part of a company (a line, a department). Used only where a company's affected employees are not reported (assumption).",
      'Et resultat implementeres i en del af virksomheden (en linje, en afdeling). Bruges kun, hvor virksomhedens berørte ansatte ikke er oplyst (antagelse).',
    ),
  },
  transferability: {
    kind: 'share',
    min: 0,
    max: 1,
    default: 0.5,
    label: text('Transferability', 'Overførbarhed'),
    unit: SHARE,
    source: text(
      'Typical adopters gain less than the participating front-runners, who had expert help (assumption).',
      'Typiske brugere opnår mindre end de deltagende frontløbere, som havde eksperthjælp (antagelse).',
    ),
  },
  relevance_default: {
    kind: 'share',
    min: 0,
    max: 1,
    default: 0.25,
    label: text('Relevance where no participant tested the results', 'Relevans hvor ingen deltager har afprøvet resultaterne'),
    unit: SHARE,
    source: text(
      "Results are assumed to apply partly in industries where no participant tested them (assumption). The data set's relevance table overrides it; where a theme has participants in an industry, relevance is 1.",
      'Resultaterne antages delvist at gælde i brancher, hvor ingen deltager har afprøvet dem (antagelse). Datasættets relevanstabel går forud; hvor et tema har deltagere i en branche, er relevansen 1.',
    ),
  },
  min_size_class: {
    kind: 'choice',
    default: '10-49',
    choices: SIZE_CLASSES.map((s) => ({ value: s, label: text(`${s} employees`, `${s} ansatte`) })),
    label: text('Smallest size class included', 'Mindste medtagne størrelsesklasse'),
    unit: text('size class', 'størrelsesklasse'),
    source: text(
      'Micro firms (0–9 employees) rarely implement production technology.',
      'Mikrovirksomheder (0–9 ansatte) implementerer sjældent produktionsteknologi.',
    ),
  },
  adoption_ceiling: {
    kind: 'share',
    min: 0,
    max: 1,
    default: 1,
    label: text('Adoption ceiling', 'Udbredelsesloft'),
    unit: SHARE,
    source: text(
      'DAMVAD (2017), mid-term evaluation of MADE SPIR, as quoted in MADE\'s cluster profile on the European Cluster Collaboration Platform: "if the technologies and methods were disseminated and implemented in all relevant Danish manufacturing companies" = 100%.',
      'DAMVAD (2017), Midtvejsevaluering af MADE SPIR, citeret i MADE\'s klyngeprofil på European Cluster Collaboration Platform: "hvis teknologierne og metoderne blev udbredt og implementeret i alle relevante danske produktionsvirksomheder" = 100 %.',
    ),
  },
  deadweight: {
    kind: 'share',
    min: 0,
    max: 1,
    default: 0.15,
    label: text('Deadweight', 'Dødvægt'),
    unit: SHARE,
    source: text(
      "Additionality Guide (HCA/English Partnerships, 3rd ed. 2008, 4th ed. 2014): what would have happened anyway (industry productivity grows by itself). 15% / 10% / 5% is the DAMVAD 2017 preset's stated split of DAMVAD's unpublished step from DKK 8.4bn to 6.1bn (product 72.7%).",
      "Additionality Guide (HCA/English Partnerships, 3. udg. 2008, 4. udg. 2014): hvad der ville være sket alligevel (branchens produktivitet vokser af sig selv). 15 % / 10 % / 5 % er DAMVAD 2017-forudindstillingens angivne opdeling af DAMVAD's ikke-offentliggjorte skridt fra 8,4 til 6,1 mia. kr. (produkt 72,7 %).",
    ),
  },
  displacement: {
    kind: 'share',
    min: 0,
    max: 1,
    default: 0.1,
    label: text('Displacement', 'Fortrængning'),
    unit: SHARE,
    source: text(
      "Additionality Guide (HCA/English Partnerships, 2008, 2014): gains taken from other Danish firms. Part of the DAMVAD 2017 preset's stated split (see deadweight).",
      'Additionality Guide (HCA/English Partnerships, 2008, 2014): gevinster taget fra andre danske virksomheder. Del af DAMVAD 2017-forudindstillingens angivne opdeling (se dødvægt).',
    ),
  },
  leakage: {
    kind: 'share',
    min: 0,
    max: 1,
    default: 0.05,
    label: text('Leakage', 'Lækage'),
    unit: SHARE,
    source: text(
      "Additionality Guide (HCA/English Partnerships, 2008, 2014): gains accruing abroad (foreign owners, imported equipment). Part of the DAMVAD 2017 preset's stated split.",
      'Additionality Guide (HCA/English Partnerships, 2008, 2014): gevinster der tilfalder udlandet (udenlandske ejere, importeret udstyr). Del af DAMVAD 2017-forudindstillingens angivne opdeling.',
    ),
  },
  substitution: {
    kind: 'share',
    min: 0,
    max: 1,
    default: 0,
    label: text('Substitution', 'Substitution'),
    unit: SHARE,
    source: text(
      'Additionality Guide (HCA/English Partnerships, 2008, 2014): activity swapped to obtain support; small for a research platform.',
      'Additionality Guide (HCA/English Partnerships, 2008, 2014): aktivitet byttet ud for at opnå støtte; lille for en forskningsplatform.',
    ),
  },
  multiplier: {
    kind: 'number',
    min: 0.5,
    max: 2,
    default: 1,
    label: text('Multiplier', 'Multiplikator'),
    unit: FACTOR,
    source: text(
      'Finance Ministry (2023), Guidance on socio-economic impact assessments: a national analysis at full employment adds no job-creation benefit (1).',
      'Finansministeriet (2023), Vejledning i samfundsøkonomiske konsekvensvurderinger: en national analyse ved fuld beskæftigelse medregner ingen beskæftigelsesgevinst (1).',
    ),
  },
  consumer_prices: {
    kind: 'boolean',
    default: false,
    label: text('Convert to consumer prices', 'Omregn til forbrugerpriser'),
    unit: text('on/off', 'til/fra'),
    source: text(
      "Finance Ministry (2023), Guidance on socio-economic impact assessments: benefits are valued in consumer prices via the net tax factor. It raises benefits, so it cannot explain why DAMVAD's social gain is below the national potential: off in the reference.",
      "Finansministeriet (2023), Vejledning i samfundsøkonomiske konsekvensvurderinger: gevinster værdisættes i forbrugerpriser via nettoafgiftsfaktoren. Den øger gevinsterne og kan derfor ikke forklare, at DAMVAD's samfundsgevinst er under det nationale potentiale: slået fra i referencen.",
    ),
  },
  net_tax_factor: {
    kind: 'number',
    min: 1,
    max: 1.5,
    default: 1.28,
    label: text('Net tax factor', 'Nettoafgiftsfaktor'),
    unit: FACTOR,
    source: text(
      'Finance Ministry (2023), Guidance on socio-economic impact assessments: 1.28. Applied only when conversion to consumer prices is on.',
      'Finansministeriet (2023), Vejledning i samfundsøkonomiske konsekvensvurderinger: 1,28. Bruges kun, når omregning til forbrugerpriser er slået til.',
    ),
  },
  implementation_cost_share: {
    kind: 'share',
    min: 0,
    max: 1,
    default: 0,
    label: text('Implementation cost share', 'Implementeringsomkostningsandel'),
    unit: SHARE,
    source: text(
      "Annualised resources adoption takes, as a share of the national potential; not part of DAMVAD's published chain (0).",
      "Årlige ressourcer som udbredelsen kræver, som andel af det nationale potentiale; ikke en del af DAMVAD's offentliggjorte kæde (0).",
    ),
  },
  timing_lag_years: {
    kind: 'number',
    min: 0,
    max: 30,
    default: 0,
    label: text('Timing lag of the social gain', 'Tidsforskydning af samfundsgevinsten'),
    unit: YEARS,
    source: text(
      "The timing reading of DAMVAD's step from DKK 8.4bn to 6.1bn (DAMVAD 2017): the social gain is the present-value equivalent of the national potential reached after this lag (the DAMVAD 2017, timing preset: 8 years at 4%, social gain = national potential / 1.04⁸). 0 = off.",
      "Tidsfortolkningen af DAMVAD's skridt fra 8,4 til 6,1 mia. kr. (DAMVAD 2017): samfundsgevinsten er nutidsværdien af det nationale potentiale nået efter denne forsinkelse (forudindstillingen DAMVAD 2017, tidsfortolkning: 8 år ved 4 %, samfundsgevinst = nationalt potentiale / 1,04⁸). 0 = slået fra.",
    ),
  },
  timing_rate: {
    kind: 'share', // a rate: typed and shown in percent, like the shares
    min: 0,
    max: 0.15,
    default: 0.04,
    label: text('Discount rate of the timing reading', 'Diskonteringsrate i tidsfortolkningen'),
    unit: PER_YEAR,
    source: text(
      'Finance Ministry (2013), Documentation note on the socio-economic discount rate: 4% in force 2013–2020, what a 2017 evaluation used. Used only when the timing lag is above 0.',
      'Finansministeriet (2013), Dokumentationsnotat – den samfundsøkonomiske diskonteringsrente: 4 %, gældende 2013–2020, som en evaluering i 2017 brugte. Bruges kun, når tidsforskydningen er over 0.',
    ),
  },
  curve: {
    kind: 'choice',
    default: 'logistic',
    choices: [
      { value: 'logistic', label: text('logistic', 'logistisk') },
      { value: 'bass', label: text('Bass', 'Bass') },
    ],
    label: text('Diffusion curve', 'Udbredelseskurve'),
    unit: text('choice', 'valg'),
    source: text(
      'A logistic S-curve rescaled to start at 0 in t₀ (Griliches 1957, Econometrica 25(4)), or the Bass model with innovation p and imitation q after a lag (Bass 1969, Management Science 15(5)).',
      'En logistisk S-kurve omskaleret til at starte i 0 i t₀ (Griliches 1957, Econometrica 25(4)), eller Bass-modellen med innovation p og imitation q efter en forsinkelse (Bass 1969, Management Science 15(5)).',
    ),
  },
  diffusion_midpoint_years: {
    kind: 'number',
    min: 1,
    max: 30,
    default: 8,
    label: text('Years to half dissemination', 'År til halv udbredelse'),
    unit: YEARS,
    source: text(
      'Logistic curve: years after t₀ at which half of the eventual adopters have adopted (assumption).',
      'Logistisk kurve: år efter t₀, hvor halvdelen af de endelige brugere har taget resultaterne i brug (antagelse).',
    ),
  },
  diffusion_speed_years: {
    kind: 'number',
    min: 0.5,
    max: 15,
    default: 2.5,
    label: text('Diffusion spread', 'Udbredelsens spredning'),
    unit: YEARS,
    source: text(
      'Logistic curve scale: about 4.4 × this many years from 10% to 90% dissemination (assumption).',
      'Den logistiske kurves skala: ca. 4,4 × så mange år fra 10 % til 90 % udbredelse (antagelse).',
    ),
  },
  lag_years: {
    kind: 'number',
    min: 0,
    max: 15,
    default: 0,
    label: text('Lag before diffusion starts', 'Forsinkelse før udbredelsen starter'),
    unit: YEARS,
    source: text(
      'Bass curve only: years after t₀ before the first adopters outside the programme (assumption; Bass 1969).',
      'Kun Bass-kurven: år efter t₀ før de første brugere uden for programmet (antagelse; Bass 1969).',
    ),
  },
  bass_p: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.03,
    label: text('Bass innovation coefficient p', 'Bass-innovationskoefficient p'),
    unit: text('per year', 'pr. år'),
    source: text(
      'Meta-analysis mean (Sultan, Farley & Lehmann 1990, Journal of Marketing Research 27(1)); process innovations between firms usually diffuse slower.',
      'Gennemsnit i metaanalyse (Sultan, Farley & Lehmann 1990, Journal of Marketing Research 27(1)); procesinnovationer mellem virksomheder udbredes som regel langsommere.',
    ),
  },
  bass_q: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.38,
    label: text('Bass imitation coefficient q', 'Bass-imitationskoefficient q'),
    unit: text('per year', 'pr. år'),
    source: text(
      'Meta-analysis mean (Sultan, Farley & Lehmann 1990, Journal of Marketing Research 27(1)); process innovations between firms usually diffuse slower.',
      'Gennemsnit i metaanalyse (Sultan, Farley & Lehmann 1990, Journal of Marketing Research 27(1)); procesinnovationer mellem virksomheder udbredes som regel langsommere.',
    ),
  },
  persistence_decay: {
    kind: 'share',
    min: 0,
    max: 0.5,
    default: 0,
    label: text('Decay of gains per year', 'Årligt henfald af gevinsterne'),
    unit: PER_YEAR,
    source: text(
      "Each adopting cohort's gain shrinks by this share a year (technology ageing, competitors catching up); 0 in the reference.",
      'Hver årgangs gevinst aftager med denne andel om året (teknologien ældes, konkurrenterne indhenter); 0 i referencen.',
    ),
  },
  horizon_years: {
    kind: 'number',
    integer: true,
    min: 1,
    max: 50,
    default: 20,
    label: text('Horizon', 'Tidshorisont'),
    unit: YEARS,
    source: text(
      'Years after t₀ counted in the present value (assumption).',
      'År efter t₀ der medregnes i nutidsværdien (antagelse).',
    ),
  },
  discount_profile: {
    kind: 'choice',
    default: '2013',
    choices: [
      { value: '2013', label: text('Finance Ministry 2013: 4 / 3 / 2 %', 'Finansministeriet 2013: 4 / 3 / 2 %') },
      { value: '2021', label: text('Finance Ministry 2021: 3.5 / 2.5 / 1.5 %', 'Finansministeriet 2021: 3,5 / 2,5 / 1,5 %') },
      { value: 'flat', label: text('flat rate', 'fast rate') },
    ],
    label: text('Discount profile', 'Diskonteringsprofil'),
    unit: text('choice', 'valg'),
    source: text(
      'Finance Ministry (2013, 2021), Documentation note on the socio-economic discount rate: stepped rates for years 1–35 / 36–70 / after 70 of 4/3/2% (in force 2013–2020, what a 2017 evaluation used) and 3.5/2.5/1.5% (from 2021); or the flat discount rate.',
      'Finansministeriet (2013, 2021), Dokumentationsnotat – den samfundsøkonomiske diskonteringsrente: trappede rater for år 1–35 / 36–70 / efter 70 på 4/3/2 % (gældende 2013–2020, som en evaluering i 2017 brugte) og 3,5/2,5/1,5 % (fra 2021); eller den faste diskonteringsrate.',
    ),
  },
  discount_rate: {
    kind: 'share', // a rate: typed and shown in percent, like the shares
    min: 0,
    max: 0.15,
    default: 0.04,
    label: text('Flat discount rate', 'Fast diskonteringsrate'),
    unit: PER_YEAR,
    source: text(
      'Used only with the discount profile "flat rate" (assumption; 4% was the Finance Ministry rate 2013–2020).',
      'Bruges kun med diskonteringsprofilen "fast rate" (antagelse; 4 % var Finansministeriets rate 2013–2020).',
    ),
  },
  tax_distortion: {
    kind: 'share',
    min: 0,
    max: 0.3,
    default: 0.1,
    label: text('Tax distortion on public funds', 'Skatteforvridning på offentlige midler'),
    unit: SHARE,
    source: text(
      'Finance Ministry (2017), Guidance on socio-economic impact assessments: 10% (0 from the 2023 guidance).',
      'Finansministeriet (2017), Vejledning i samfundsøkonomiske konsekvensvurderinger: 10 % (0 fra vejledningen 2023).',
    ),
  },
  attribution: {
    kind: 'share',
    min: 0,
    max: 1,
    default: 1,
    label: text('Attribution to the programme', 'Andel tilskrevet programmet'),
    unit: SHARE,
    source: text(
      'Method choice: the share of the eventual dissemination credited to the programme. 100% in the "potential" view of DAMVAD (2017) (the headline is a potential, not the programme\'s own effect), below 100% in an "impact" view.',
      'Metodevalg: andelen af den endelige udbredelse, der tilskrives programmet. 100 % i "potentiale"-visningen hos DAMVAD (2017) (hovedtallet er et potentiale, ikke programmets egen effekt), under 100 % i en "effekt"-visning.',
    ),
  },
  public_funding_dkk: {
    kind: 'number',
    min: 1,
    max: 1e12,
    default: 64_000_000,
    label: text('Public funding', 'Offentlig finansiering'),
    unit: text('DKK', 'kr.'),
    source: text(
      'Ministry of Higher Education and Science (2013), SPIR grant "MADE – Platform for future production systems": Innovation Fund Denmark\'s grant DKK 64m; the total budget DKK 183.5m is the alternative denominator.',
      'Uddannelses- og Forskningsministeriet (2013), SPIR-bevillingen "MADE – Platform for future production systems": Innovationsfondens bevilling 64 mio. kr.; det samlede budget på 183,5 mio. kr. er den alternative nævner.',
    ),
  },
  dkk_per_eur: {
    kind: 'number',
    min: 1,
    max: 100,
    default: 7.5,
    label: text('DKK per EUR', 'Kroner pr. euro'),
    unit: text('DKK/EUR', 'kr./EUR'),
    source: text(
      "7.50 reproduces the published EUR 813m (DKK 6.1bn / 7.50; MADE's cluster profile, European Cluster Collaboration Platform); the ERM II central rate 7.46038 (Danmarks Nationalbank) is the alternative.",
      "7,50 gengiver de offentliggjorte 813 mio. EUR (6,1 mia. kr. / 7,50; MADE's klyngeprofil, European Cluster Collaboration Platform); ERM II-centralkursen 7,46038 (Danmarks Nationalbank) er alternativet.",
    ),
  },
};

/** One plausibility check's threshold (METHOD.md "Plausibility checks"), with the reason for its value. */
export interface CheckThreshold {
  value: number;
  unit: 'share' | 'ratio' | 'years' | 'count';
  label: ReturnType<typeof text>;
  source: ReturnType<typeof text>;
}

/**
 * Thresholds of the plausibility checks. They sit beside the parameters rather than among them: a threshold does
 * not change any figure, so it is not an assumption of the estimate (not in the URL, sliders, tornado or Monte Carlo).
 */
export const CHECK_THRESHOLDS = {
  coverage_warn: {
    value: 0.5,
    unit: 'share',
    label: text("Participants' share of a population cell: warn from", 'Deltagernes andel af en populationscelle: advar fra'),
    source: text(
      'Method choice: a warning from 50 %. Participants are a sample of Danish manufacturing; half of a whole industry × size class taking part is already unlikely and makes the scale-up to that cell small.',
      'Metodevalg: en advarsel fra 50 %. Deltagerne er et udsnit af dansk industri; at halvdelen af en hel branche × størrelsesklasse deltager, er allerede usandsynligt og gør opskaleringen til cellen lille.',
    ),
  },
  coverage_caution_min_companies: {
    value: 2,
    unit: 'count',
    label: text('Companies in a cell before the 50 % caution applies', 'Virksomheder i en celle, før advarslen fra 50 % gælder'),
    source: text(
      "A refinement of the 50 % rule: Danish industry × size cells can hold only a handful of firms (3 basic-metals firms with 250+ employees), so one participating company alone can hold half of a cell's employees without anything being wrong. The caution from 50 % applies from two participating companies in the cell; above 100 % always.",
      'En præcisering af reglen om 50 %: danske branche × størrelsesceller kan rumme ganske få virksomheder (3 virksomheder i metalindustrien med 250+ ansatte), så én deltagende virksomhed alene kan have halvdelen af cellens ansatte, uden at noget er galt. Advarslen fra 50 % gælder fra to deltagende virksomheder i cellen; over 100 % altid.',
    ),
  },
  coverage_max: {
    value: 1,
    unit: 'share',
    label: text(
      "Participants' share of a population cell: impossible above",
      'Deltagernes andel af en populationscelle: umulig over',
    ),
    source: text(
      'Method choice: 100 %. More participating employees or firms than the population cell holds means the population table and the reports do not match (year, NACE coding or size class).',
      'Metodevalg: 100 %. Flere deltagende ansatte eller virksomheder, end populationscellen rummer, betyder, at populationstabellen og rapporterne ikke passer sammen (år, NACE-kodning eller størrelsesklasse).',
    ),
  },
  effect_size_max: {
    value: 0.2,
    unit: 'share',
    label: text('Effect size of a theme: warn above', 'Et temas effektstørrelse: advar over'),
    source: text(
      "Method choice: a whole theme's participants raising the value added of the affected activity by a fifth is implausible for process innovations (manufacturing productivity grew about 3 % a year 1995–2015: Finance Ministry, Economic Survey, December 2016).",
      'Metodevalg: at et helt temas deltagere hæver værditilvæksten i den berørte aktivitet med en femtedel, er usandsynligt for procesinnovationer (industriens produktivitet voksede ca. 3 % om året 1995–2015: Finansministeriet, Økonomisk Redegørelse, december 2016).',
    ),
  },
  bcr_max: {
    value: 100,
    unit: 'ratio',
    label: text('Potential BCR: warn above', 'Potentiel BCR: advar over'),
    source: text(
      'Method choice: 100. Evaluated research and innovation programmes rarely show more than tens of kroner per public krone; above 100 the figure rests on the potential view (full dissemination, full attribution), not on evidence of impact.',
      'Metodevalg: 100. Evaluerede forsknings- og innovationsprogrammer viser sjældent mere end nogle tiere kroner pr. offentlig krone; over 100 hviler tallet på potentialevisningen (fuld udbredelse, fuld tilskrivning), ikke på dokumenteret effekt.',
    ),
  },
  concentration_max: {
    value: 0.5,
    unit: 'share',
    label: text(
      "One company's share of the realised gains: warn above",
      'Én virksomheds andel af de realiserede gevinster: advar over',
    ),
    source: text(
      "Method choice: more than half. The scale-up then rests on one company's report, and the figures may identify it.",
      'Metodevalg: mere end halvdelen. Opskaleringen hviler så på én virksomheds indberetning, og tallene kan identificere den.',
    ),
  },
  expected_ratio_max: {
    value: 5,
    unit: 'ratio',
    label: text('Expected ÷ realised gains: warn above', 'Forventede ÷ realiserede gevinster: advar over'),
    source: text(
      'Method choice: 5×. Expected gains many times the realised ones are hopes more than results; counting them (a weight of expected gains above 0) would dominate every figure.',
      'Metodevalg: 5×. Forventede gevinster, der er mange gange de realiserede, er forhåbninger mere end resultater; at tælle dem med (en vægt på forventede gevinster over 0) ville dominere alle tal.',
    ),
  },
  population_year_gap: {
    value: 3,
    unit: 'years',
    label: text("Population year ÷ reports' median year: warn beyond", 'Populationsår mod rapporternes medianår: advar ud over'),
    source: text(
      "Method choice: 3 years. Firms, employees and value added shift over a few years; a population table far from the reports' years scales the gains to a different economy.",
      'Metodevalg: 3 år. Virksomheder, ansatte og værditilvækst flytter sig over få år; en populationstabel langt fra rapporternes år skalerer gevinsterne op til en anden økonomi.',
    ),
  },
} as const satisfies Record<string, CheckThreshold>;

export type CheckThresholds = { [K in keyof typeof CHECK_THRESHOLDS]: number };
