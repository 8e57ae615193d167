/**
 * Demo data: three months in the life of a small fact-checking desk, so that a fresh installation
 * looks lived-in. Everything here is invented: the countries (Valoria, the Republic of Kestria),
 * the city of Northharbour, the outlets, the people and their statements. Domains use the
 * reserved .example TLD and contact addresses @example.net, so nothing points at a real site.
 *
 * Content comes first, as typed constants; the functions that write it follow at the end.
 * Appearance offsets are never typed by hand: they are computed from the article text by quote.
 */
import { createHash, randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type {
  Prisma,
  PrismaClient,
  Reliability,
  RevisionKind,
  Role,
  SourceKind,
  SourceStatus,
  Stance,
  VerdictStatus,
} from "@/lib/generated/prisma/client";
import { contentHash } from "@/lib/articles/content-hash";
import { findQuote, textQuoteSelector } from "@/lib/articles/selectors";
import { toSourceKey } from "@/lib/sources/domain";
import { refreshClaimMeanings } from "@/lib/claims/matching/refresh";

// ------------------------------------------------------------------ demo accounts

export const DEMO_PASSWORD = "factdesk-demo";

/** The newsroom. Keys are how the content below refers to people. */
const PEOPLE = {
  amara: { email: "admin@factdesk.example", name: "Amara Okafor", role: "ADMIN", joinedAt: "2026-08-03T09:00Z" },
  jonas: { email: "moderator@factdesk.example", name: "Jonas Lindqvist", role: "MODERATOR", joinedAt: "2026-08-03T09:30Z" },
  priya: { email: "reviewer@factdesk.example", name: "Priya Raman", role: "REVIEWER", joinedAt: "2026-08-10T08:45Z" },
  tomas: { email: "reviewer2@factdesk.example", name: "Tomás Herrera", role: "REVIEWER", joinedAt: "2026-08-10T08:50Z" },
  // Left the desk at the end of October: the account is kept, deactivated, so it can no longer sign in.
  elias: {
    email: "former.reviewer@factdesk.example",
    name: "Elias Brandt",
    role: "REVIEWER",
    joinedAt: "2026-08-10T09:00Z",
    deactivated: { by: "amara", at: "2026-10-30T17:00Z" },
  },
} as const satisfies Record<string, DemoPerson>;

type Person = keyof typeof PEOPLE;

type DemoPerson = {
  email: string;
  name: string;
  role: Role;
  joinedAt: string;
  deactivated?: { by: string; at: string };
};

export type DemoAccount = { email: string; name: string; role: Role; active: boolean; password: string };

/** Every demo account, all with the password DEMO_PASSWORD; inactive ones cannot sign in. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = Object.values(PEOPLE).map((person: DemoPerson) => ({
  email: person.email,
  name: person.name,
  role: person.role,
  active: person.deactivated === undefined,
  password: DEMO_PASSWORD,
}));

/** Its presence means the demo data is already there. */
export const DEMO_ADMIN_EMAIL = PEOPLE.amara.email;

// ------------------------------------------------------------------ content types

/** Ids of the default rating scale, inserted by the first migration. */
type RatingId =
  | "rating_true"
  | "rating_mostly_true"
  | "rating_half_true"
  | "rating_mostly_false"
  | "rating_false"
  | "rating_misleading"
  | "rating_unproven";

/** Paragraphs joined by blank lines; an array inside is a Markdown list, one item a line. */
type Blocks = readonly (string | readonly string[])[];

type DemoSource = {
  domain: string;
  name: string;
  kind: SourceKind;
  reliability: Reliability;
  reliabilityNote: string;
  status: SourceStatus;
  internalNotes?: string;
  addedAt: string;
  /** How the source reached its current status (recorded in the audit log). */
  statusChange?: { by: Person; at: string; from: { status: SourceStatus; reliability: Reliability } };
};

type DemoArticle = {
  key: string;
  publisher: Domain;
  path: string;
  title: string;
  author: string;
  publishedAt: string;
  fetchedAt: string;
  addedBy: Person;
  paragraphs: readonly string[];
};

type DemoClaimant = { slug: string; name: string; description: string; sameAs?: string; kind?: "PERSON" | "ORGANIZATION" };

type DemoEvidence = {
  url: string;
  archiveUrl?: string;
  title: string;
  excerpt: string;
  stance: Stance;
  addedBy: Person;
  at: string;
};

/** Later revisions may leave out rating, conclusion or rationale to keep the previous one. */
type DemoRevision = {
  kind: RevisionKind;
  rating?: RatingId | null;
  conclusion?: string;
  rationale?: Blocks;
  /** Public note; required for every revision after the first. */
  note?: string;
  author: Person;
  createdAt: string;
} & ({ status: "DRAFT" | "AWAITING_APPROVAL" } | { status: "PUBLISHED"; approver: Person; publishedAt: string });

type DemoVerdict = {
  slug: string;
  revisions: readonly [DemoRevision, ...DemoRevision[]];
  retraction?: { by: Person; at: string; reason: string };
};

type DemoClaim = {
  key: string;
  text: string;
  claimant: ClaimantSlug | null;
  topics: readonly TopicSlug[];
  /** The quote as it stands in each article it appears in. */
  appearances: readonly { article: ArticleKey; quote: string }[];
  /** Only for claims without an appearance (the article's date is used otherwise). */
  claimDate?: string;
  checkworthiness: number | null;
  createdBy: Person;
  createdAt: string;
  assignee?: Person;
  evidence?: readonly DemoEvidence[];
  notes?: readonly { author: Person; at: string; body: string }[];
} & (
  | { status: "NEW" }
  | { status: "IN_REVIEW" | "PUBLISHED"; verdict: DemoVerdict }
  | { status: "DISMISSED"; dismissal: { by: Person; at: string; reason: string } }
);

type DemoSubmission = {
  claimText: string;
  url?: string;
  contactEmail?: string;
  reason?: string;
  createdAt: string;
} & (
  | { status: "NEW" }
  | { status: "ACCEPTED"; claim: ClaimKey; handledBy: Person; handledAt: string }
  | { status: "DUPLICATE"; claim: ClaimKey; handledBy: Person; closedAt: string }
  | { status: "REJECTED"; rejectionReason: string; handledBy: Person; closedAt: string }
);

// ------------------------------------------------------------------ sources

const SOURCES = [
  {
    domain: "meridian-wire.example",
    name: "Meridian Wire",
    kind: "NEWS",
    reliability: "HIGH",
    reliabilityNote:
      "International news agency. Names its sources, links official documents where they exist and keeps a public corrections log.",
    status: "ACTIVE",
    addedAt: "2026-08-04T10:00Z",
  },
  {
    domain: "northharbour-herald.example",
    name: "The Northharbour Herald",
    kind: "NEWS",
    reliability: "HIGH",
    reliabilityNote:
      "Regional daily with a standards editor and a published corrections policy. Its council reporting draws on minutes and budget papers.",
    status: "ACTIVE",
    internalNotes: "Standards desk answers correction requests within a working day: corrections@northharbour-herald.example.",
    addedAt: "2026-08-04T10:05Z",
  },
  {
    domain: "vpb.example",
    name: "Valorian Public Broadcasting (VPB)",
    kind: "NEWS",
    reliability: "HIGH",
    reliabilityNote: "Public broadcaster overseen by an independent board. Its health and science reporting cites the underlying reports.",
    status: "ACTIVE",
    addedAt: "2026-08-04T10:10Z",
  },
  {
    domain: "kestria-courier.example",
    name: "The Kestria Courier",
    kind: "NEWS",
    reliability: "MIXED",
    reliabilityNote:
      "State-owned daily. Quotes Kestrian officials accurately but seldom carries other views, and in 2026 ran government-sponsored pages without labelling them.",
    status: "WATCH",
    internalNotes:
      "On watch since 20 August 2026 (unlabelled sponsored pages). Fine to cite for what Kestrian officials said or announced, not as confirmation of it. Review again in February 2027.",
    addedAt: "2026-08-04T10:15Z",
    statusChange: { by: "jonas", at: "2026-08-20T14:10Z", from: { status: "ACTIVE", reliability: "UNRATED" } },
  },
  {
    domain: "ministry-of-defence.valoria.example",
    name: "Ministry of Defence of Valoria",
    kind: "GOVERNMENT",
    reliability: "HIGH",
    reliabilityNote:
      "Primary source for treaty texts, defence budgets and official statements. What the ministry says about its own policy is a claim, and we check it as one.",
    status: "ACTIVE",
    addedAt: "2026-08-05T09:00Z",
  },
  {
    domain: "mfa.kestria.example",
    name: "Ministry of Foreign Affairs of the Republic of Kestria",
    kind: "GOVERNMENT",
    reliability: "MIXED",
    reliabilityNote:
      "Primary source for signed texts and official statements. Its press summaries have left out provisions found in the signed texts, so we cite the texts themselves.",
    status: "ACTIVE",
    addedAt: "2026-08-05T09:05Z",
  },
  {
    domain: "statistics.valoria.example",
    name: "Statistics Valoria",
    kind: "GOVERNMENT",
    reliability: "HIGH",
    reliabilityNote:
      "National statistics office. Publishes its methods and revision notices; provisional figures are marked as such and can change.",
    status: "ACTIVE",
    addedAt: "2026-08-05T09:10Z",
  },
  {
    domain: "health-institute.valoria.example",
    name: "Valorian Institute of Public Health",
    kind: "GOVERNMENT",
    reliability: "HIGH",
    reliabilityNote:
      "Valoria's public health agency. Publishes the annual immunisation report and the register of suspected adverse reactions, with methods.",
    status: "ACTIVE",
    addedAt: "2026-08-05T09:15Z",
  },
  {
    domain: "energy-authority.valoria.example",
    name: "Valorian Energy Authority",
    kind: "GOVERNMENT",
    reliability: "HIGH",
    reliabilityNote:
      "The energy regulator. Its quarterly retail market reports are the reference for household prices and standing charges.",
    status: "ACTIVE",
    addedAt: "2026-08-05T09:20Z",
  },
  {
    domain: "northharbour.example",
    name: "Northharbour City Council",
    kind: "GOVERNMENT",
    reliability: "HIGH",
    reliabilityNote:
      "Primary source for the city's budgets, council papers and housing registers. The mayor's statements published here are claims, not evidence.",
    status: "ACTIVE",
    addedAt: "2026-08-05T09:25Z",
  },
  {
    domain: "aldmere-university.example",
    name: "University of Aldmere",
    kind: "ACADEMIC",
    reliability: "HIGH",
    reliabilityNote:
      "Research university. Its Centre for Energy Policy and its security studies department publish both peer-reviewed work and working papers; we say which we cite.",
    status: "ACTIVE",
    addedAt: "2026-08-06T11:00Z",
  },
  {
    domain: "tenants-alliance.example",
    name: "Northharbour Tenants' Alliance",
    kind: "NGO",
    reliability: "MIXED",
    reliabilityNote:
      "Tenants' advocacy group. Its surveys are carefully done but small, and its reports argue a case: we cite its data, not its conclusions.",
    status: "ACTIVE",
    internalNotes: "Research contact responds quickly and shares raw survey tables on request.",
    addedAt: "2026-08-06T11:05Z",
  },
  {
    domain: "chatterwell.example",
    name: "Chatterwell",
    kind: "SOCIAL_PLATFORM",
    reliability: "UNRATED",
    reliabilityNote:
      "A platform, not a publisher: a post is as reliable as whoever posted it. We cite posts to show what was said, never as evidence that it is true.",
    status: "ACTIVE",
    addedAt: "2026-08-06T11:10Z",
  },
  {
    domain: "dailytruthwire.example",
    name: "Daily Truth Wire",
    kind: "OTHER",
    reliability: "LOW",
    reliabilityNote:
      "Content farm. Republishes other outlets' articles under invented bylines and adds quotes that the people named never gave.",
    status: "BLOCKED",
    internalNotes:
      "Blocked after it ran Meridian Wire's pact story under an invented byline, with two quotes from Kestria's foreign minister that he never gave (checked against the ministry's transcript). Domain registered in August 2026; no contact address.",
    addedAt: "2026-09-12T15:40Z",
    statusChange: { by: "jonas", at: "2026-09-14T10:25Z", from: { status: "ACTIVE", reliability: "UNRATED" } },
  },
] as const satisfies readonly DemoSource[];

type Domain = (typeof SOURCES)[number]["domain"];

// ------------------------------------------------------------------ articles

const ARTICLES = [
  {
    key: "pact",
    publisher: "meridian-wire.example",
    path: "/2026/09/01/valoria-kestria-security-pact",
    title: "Valoria and Kestria sign security pact on border patrols and intelligence sharing",
    author: "Lena Marchetti",
    publishedAt: "2026-09-01T16:40Z",
    fetchedAt: "2026-09-02T07:12Z",
    addedBy: "priya",
    paragraphs: [
      `ALDMERE, Sept 1 (Meridian Wire) - Valoria and the Republic of Kestria signed a security agreement on Tuesday that commits the two neighbours to joint border patrols, a shared intelligence centre and annual military exercises, ending more than a year of negotiations that both governments had kept largely out of public view.`,
      `The 23-page agreement was signed in Aldmere by Valoria's defence minister, Ilse Marrow, and Kestria's foreign minister, Dorian Vell, at a brief ceremony closed to reporters. It must still be ratified by both parliaments. Valoria's parliament is expected to vote before the end of October; Kestria's National Assembly has not set a date.`,
      `Under the text published by the Valorian defence ministry, the two countries will staff a joint intelligence centre in the border town of Vessany from next spring and run coordinated patrols along the 368-kilometre frontier. Article 9 allows "rotations of training units on the territory of either party" with the consent of the host government.`,
      `Marrow told reporters after the signing that the pact "does not commit a single Valorian soldier to Kestrian soil" and called it "the most significant defence agreement Valoria has signed in a generation". She said joint patrols would begin in the northern sector, where, according to the ministry, unauthorised crossings rose by 40 per cent last year.`,
      `In Dravik, the Kestrian capital, the reaction was more guarded. Kestria has long described itself as militarily non-aligned, and opposition parties there have accused the government of abandoning that position without a public debate. Kestrian officials maintained the deal reflects preexisting measures and their independent decision-making. A foreign ministry spokesperson said the agreement "writes down what our border services already do" and that no foreign government "had any say" in Kestria's decision to sign.`,
      `The record is less tidy. A 2019 border cooperation protocol between the two countries provided for liaison officers at the Vessany crossing and for customs services to exchange information, but it did not provide for joint patrols or a shared intelligence body, and it contained no military component. The new text uses the word "forces" eleven times; the 2019 protocol does not use it at all.`,
      `"Calling this continuity undersells what has been signed," said Hanna Lisowski, who studies regional security at the University of Aldmere. "Some elements build on existing practice, such as the liaison officers at the crossings. But a standing joint intelligence centre is new, for both countries."`,
      `The agreement was negotiated over 14 months, according to Valorian officials, and was first mentioned publicly in March, when Kestria's prime minister told the National Assembly that talks were "at an early stage". Opposition lawmakers in Kestria said on Tuesday they would demand that the annexes be published before any ratification vote. The Valorian ministry has published the main text but said two technical annexes on communications would remain classified.`,
      `The pact also commits both countries to raise defence spending, although it sets no figure. Marrow said Valoria's defence budget had "doubled since 2020"; ministry figures show it rose from 4.1 billion crowns in 2020 to 7.3 billion crowns this year, an increase of 78 per cent before inflation.`,
      `Neither government has said how much the intelligence centre will cost. A Kestrian finance ministry official, speaking on condition of anonymity because the figures had not been released, said Kestria's share would be "well under" 20 million marks a year.`,
    ],
  },
  {
    key: "pact-kestria",
    publisher: "kestria-courier.example",
    path: "/politics/2026/09/02/valoria-agreement-changes-nothing",
    title: "Foreign ministry: Valoria agreement 'changes nothing' in Kestria's defence policy",
    author: "Viktor Anselm",
    publishedAt: "2026-09-02T11:05Z",
    fetchedAt: "2026-09-02T15:30Z",
    addedBy: "tomas",
    paragraphs: [
      `DRAVIK - The security agreement signed with Valoria on Tuesday formalises cooperation that has existed for years and was concluded entirely on Kestria's own terms, the Ministry of Foreign Affairs said on Wednesday.`,
      `Speaking at the ministry's weekly briefing, spokesperson Talia Brenner said the agreement reflects preexisting measures and Kestria's independent decision-making, and rejected opposition claims that the government had "quietly joined a military bloc".`,
      `"Our border guards and customs officers have worked alongside their Valorian colleagues since 2019," Ms Brenner said. "This agreement writes that cooperation down. It does not change our status, and it was not drafted in any capital but our own."`,
      `The spokesperson said the joint intelligence centre planned for Vessany would be "an evolution of the liaison office that has operated at the Vessany crossing for six years". Kestrian personnel would make up half of the centre's staff, she said, and the centre would answer to both governments equally.`,
      `Mattias Rendl of the opposition party Neutral Kestria said the government was "dressing up a new military commitment as paperwork". His party has collected 40,000 signatures calling for a referendum on the pact, he told the Courier, more than the 30,000 needed to force a debate in the National Assembly.`,
      `The ministry said Kestria's defence budget would not increase as a result of the pact. Figures presented to the National Assembly's budget committee in June put defence spending at 1.3 per cent of gross domestic product, unchanged from last year.`,
      `According to the ministry, the agreement contains "no clause that obliges either party to come to the other's defence". Ms Brenner said the text had been reviewed by the Constitutional Council's legal advisers before signature and found compatible with Kestria's constitutional commitment to neutrality.`,
      `The Valorian government expects the pact to be ratified in Aldmere before the end of October. In Kestria, the government intends to submit the agreement to the National Assembly "in the coming weeks", the spokesperson said, promising "a full and open debate".`,
      `Asked whether the two classified annexes would be shared with lawmakers, Ms Brenner said members of the Assembly's defence committee would be able to read them "under the usual rules for classified material".`,
      `Public opinion appears divided. A poll by the Dravik Institute for Social Research published last week found that 46 per cent of Kestrians supported closer security ties with Valoria and 39 per cent opposed them; the rest were undecided.`,
      `Ms Brenner dismissed reports in Valorian media that the text had been drafted largely by Valorian officials. "Every line of this agreement was negotiated," she said. "Kestria signed because it is in Kestria's interest, and for no other reason."`,
    ],
  },
  {
    key: "measles",
    publisher: "vpb.example",
    path: "/news/health/2026/09/24/measles-cases-fall-vaccination-rates-recover",
    title: "Measles cases fall sharply as child vaccination rates recover",
    author: "Nell Arkwright",
    publishedAt: "2026-09-24T10:15Z",
    fetchedAt: "2026-09-24T13:40Z",
    addedBy: "priya",
    paragraphs: [
      `Measles cases in Valoria fell sharply last year as vaccination rates among young children recovered to their highest level in more than a decade, the Valorian Institute of Public Health said on Thursday.`,
      `In its annual immunisation report, the institute said 92.4 per cent of children had received both doses of the measles, mumps and rubella (MMR) vaccine by their second birthday in 2025, up from 88.9 per cent in 2023. That is the highest rate recorded since 2014, though still short of the 95 per cent that health authorities consider necessary to stop outbreaks.`,
      `The institute recorded 212 confirmed measles cases in 2025, compared with 1,064 in 2024, when outbreaks in the Eastern Province led to school closures in three districts. Health Minister Jonah Petrakis said measles cases fell by four-fifths last year, and credited the school-based catch-up clinics that the government launched in 2024.`,
      `"Every dose given at one of those clinics was a parent's decision to protect their child," Mr Petrakis said. "This is what happens when we bring vaccination to where families are."`,
      `The report also shows wide regional differences. Coverage reached 95.8 per cent in the Western Province but only 86.1 per cent in the Eastern Province. The opposition's health spokesperson, Ingrid Sandvik, said one in five schools in the Eastern Province still had vaccination rates below 85 per cent, and accused the government of "declaring victory too early". The institute's report does not break down coverage by school.`,
      `Officials also responded to claims circulating on social media. A widely shared post on Chatterwell said that more children were hospitalised after MMR vaccination last year than with measles. Dr Mirela Santos, who heads the institute's immunisation programme, said the claim was "simply untrue".`,
      `According to the report, 61 children were admitted to hospital with measles in 2025. The national register of suspected adverse reactions recorded four hospital admissions after MMR vaccination in the same period; all four children recovered fully.`,
      `Dr Santos said the catch-up clinics had given 38,000 doses since they opened, and that the institute would extend them to secondary schools next year. The health ministry says the programme cost 14 million crowns in its first two years.`,
      `Paediatricians welcomed the figures but warned against complacency. "Measles comes back the moment coverage slips," said Dr Tobias Wren, president of the Valorian Society of Paediatrics. "One good year is not a trend."`,
      `The institute said it would publish district-level figures in December. Ms Sandvik said her party would ask parliament's health committee to require the publication of school-level figures, which regional health boards collect but do not release.`,
    ],
  },
  {
    key: "budget",
    publisher: "northharbour-herald.example",
    path: "/city/2026/10/06/council-approves-2027-budget-housing",
    title: "Northharbour approves 2027 budget with record spending on social housing",
    author: "Marcus Eide",
    publishedAt: "2026-10-06T05:30Z",
    fetchedAt: "2026-10-06T08:02Z",
    addedBy: "tomas",
    paragraphs: [
      `The city council approved a 2027 budget of 3.2 billion crowns on Monday night after a five-hour debate, with housing receiving the largest increase of any department.`,
      `The budget passed by 31 votes to 22. It raises spending on housing by 38 per cent, to 412 million crowns, and sets a target of 1,200 new social homes to be started next year. Mayor Celia Brannigan said the city would build more social homes in 2027 than in the previous five years combined.`,
      `"For too long, families in this city have been told to wait," Ms Brannigan told the council chamber. "This is the most ambitious housing plan Northharbour has ever had, and it is paid for."`,
      `To pay for the plan, the council will raise its share of property tax by 4.5 per cent and borrow a further 150 million crowns. According to the city's finance office, debt service will account for 6 per cent of total spending in 2027, up from 4.8 per cent this year.`,
      `The opposition criticised both the tax rise and the borrowing. Councillor Rafael Oduya, who leads the Progress group, said rents in Northharbour had risen faster than anywhere else in Valoria over the past decade, and that the plan did "too little, too late" for tenants in the private market. "The council is spending more and getting less," he said.`,
      `The number of households on the city's social housing waiting list stands at 9,400, according to the housing department, down from 11,200 two years ago. The Northharbour Tenants' Alliance disputes the figure, saying the fall mostly reflects a 2025 rule change that removed applicants who had not renewed their registration, rather than families finding homes.`,
      `The budget also includes 64 million crowns for the first phase of the Eastside tram extension, which the mayor's office says will halve journey times between Eastside and the city centre when it opens in 2029.`,
      `Spending on homelessness services stays at 38 million crowns. The opposition called that a cut in real terms, with inflation running at 3.1 per cent this year.`,
      `Ms Brannigan defended the borrowing, saying the city's debt per resident remained "among the lowest of Valoria's ten largest cities". Northharbour, with 286,000 residents, is the country's third-largest city.`,
      `Councillors from the Greens, who abstained, said they would table amendments in the spring to require new social homes to meet the city's low-energy building standard. Council officers estimate that would add about 4 per cent to construction costs.`,
      `The budget takes effect on 1 January. Construction of the first homes under the plan, on the former Harbour Road depot site, is due to start in March.`,
    ],
  },
  {
    key: "energy",
    publisher: "northharbour-herald.example",
    path: "/national/2026/10/20/energy-minister-defends-price-cap",
    title: "Energy minister defends price cap as opposition questions its cost",
    author: "Ruth Abernethy",
    publishedAt: "2026-10-20T18:20Z",
    fetchedAt: "2026-10-21T07:45Z",
    addedBy: "priya",
    paragraphs: [
      `Energy Minister Piet Haldane on Tuesday defended the government's cap on household electricity prices, telling parliament that household electricity bills had fallen by 21 per cent since the cap took effect in January.`,
      `The cap limits the unit price that suppliers can charge households to 0.28 crowns per kilowatt-hour, with the state compensating suppliers for the difference between the capped price and their wholesale costs. It expires at the end of March unless parliament extends it.`,
      `"Families are paying a fifth less for the same electricity than they did a year ago," Mr Haldane said during question time. He added that Valoria pays the lowest household electricity prices in the region and that the cap had "protected more than two million households".`,
      `The opposition energy spokesperson, Nadia Ferreira-Holt, said the cap had cost taxpayers 3 billion crowns so far and helped large households more than small ones. "The minister talks about savings but never about who pays for them," she said. "Every crown of this subsidy is borrowed."`,
      `The finance ministry has not published a figure for the cost of the cap. Its mid-year budget review, released in July, grouped the compensation payments with other energy support measures under a single line of 4.6 billion crowns.`,
      `The regulator, the Valorian Energy Authority, said in its latest quarterly market report that the unit price paid by a typical household fell by 21 per cent between December and September. Over the same period, however, the fixed daily standing charge that suppliers add to every bill rose by 34 per cent, a change the cap does not cover.`,
      `Mr Haldane also repeated the government's statement that wind supplied more than half of Valoria's electricity in 2025, citing provisional figures from Statistics Valoria. The opposition did not dispute the figure.`,
      `Energy analysts expect the debate over the cap's future to sharpen as winter approaches. Dr Elise Varga of the Centre for Energy Policy at the University of Aldmere said wholesale prices had fallen since the spring but remained volatile. "If the cap expired today, most households would see only a small increase," she said. "The risk is a cold January."`,
      `Consumer groups have called for the cap to be replaced with targeted support. The Valorian Consumers' Council estimates that households in the lowest income fifth spend 7 per cent of their income on energy, against 3 per cent for the highest fifth.`,
      `Parliament's energy committee will hear evidence on the cap in November. A government spokesperson said a decision on extending it would be made "in good time before winter ends".`,
    ],
  },
] as const satisfies readonly DemoArticle[];

type ArticleKey = (typeof ARTICLES)[number]["key"];

// ------------------------------------------------------------------ claimants and topics

const CLAIMANTS = [
  {
    slug: "government-of-kestria",
    kind: "ORGANIZATION",
    name: "Government of the Republic of Kestria",
    description: "Statements by the Kestrian government and its ministries when no single official is named.",
    sameAs: "https://gov.kestria.example",
  },
  {
    slug: "ilse-marrow",
    name: "Ilse Marrow",
    description: "Minister of Defence of Valoria.",
    sameAs: "https://ministry-of-defence.valoria.example/minister",
  },
  {
    slug: "valoria-ministry-of-defence",
    kind: "ORGANIZATION",
    name: "Ministry of Defence of Valoria",
    description: "Statements attributed to the ministry or to unnamed Valorian defence officials.",
    sameAs: "https://ministry-of-defence.valoria.example",
  },
  {
    slug: "mattias-rendl",
    name: "Mattias Rendl",
    description: "Leader of Neutral Kestria, the largest opposition party in Kestria.",
  },
  {
    slug: "celia-brannigan",
    name: "Celia Brannigan",
    description: "Mayor of Northharbour.",
    sameAs: "https://northharbour.example/mayor",
  },
  {
    slug: "rafael-oduya",
    name: "Rafael Oduya",
    description: "Northharbour city councillor and leader of the opposition Progress group.",
  },
  {
    slug: "northharbour-city-council",
    kind: "ORGANIZATION",
    name: "Northharbour City Council",
    description: "The city council and its departments, when no councillor or officer is named.",
    sameAs: "https://northharbour.example",
  },
  {
    slug: "jonah-petrakis",
    name: "Jonah Petrakis",
    description: "Minister of Health of Valoria.",
    sameAs: "https://gov.valoria.example/ministers/health",
  },
  {
    slug: "ingrid-sandvik",
    name: "Ingrid Sandvik",
    description: "Opposition health spokesperson in the Valorian parliament.",
  },
  {
    slug: "piet-haldane",
    name: "Piet Haldane",
    description: "Minister of Energy of Valoria.",
    sameAs: "https://gov.valoria.example/ministers/energy",
  },
  {
    slug: "nadia-ferreira-holt",
    name: "Nadia Ferreira-Holt",
    description: "Opposition energy spokesperson in the Valorian parliament.",
  },
  {
    slug: "valoriatruthnow",
    name: "@ValoriaTruthNow",
    description: "Anonymous Chatterwell account, active since 2025, that posts mostly about vaccines and energy prices.",
    sameAs: "https://chatterwell.example/ValoriaTruthNow",
  },
] as const satisfies readonly DemoClaimant[];

type ClaimantSlug = (typeof CLAIMANTS)[number]["slug"];

const TOPICS = [
  { slug: "security", name: "Security" },
  { slug: "economy", name: "Economy" },
  { slug: "health", name: "Health" },
  { slug: "housing", name: "Housing" },
  { slug: "energy", name: "Energy" },
  { slug: "elections", name: "Elections" },
] as const;

type TopicSlug = (typeof TOPICS)[number]["slug"];

// ------------------------------------------------------------------ claims, evidence and verdicts

// Evidence and rationales link to the same documents; one constant per document keeps them in step.
const PACT_TEXT_URL = "https://ministry-of-defence.valoria.example/treaties/2026-security-agreement-kestria";
const PROTOCOL_2019_URL = "https://ministry-of-defence.valoria.example/treaties/2019-border-cooperation-protocol";
const ALDMERE_PACT_PAPER_URL = "https://aldmere-university.example/security-studies/working-papers/2026-07-valoria-kestria-agreement";
const LIAISON_MEMO_URL = "https://mfa.kestria.example/en/documents/2020-selvik-liaison-office-memorandum";
const HOUSING_PROGRAMME_URL = "https://northharbour.example/budget/2027/housing-programme";
const COMPLETIONS_REGISTER_URL = "https://northharbour.example/housing/social-housing-completions-register";
const TENANTS_STARTS_URL = "https://tenants-alliance.example/reports/2026-promises-and-starts";
const IMMUNISATION_REPORT_URL = "https://health-institute.valoria.example/reports/immunisation-2025";
const MARKET_REPORT_URL = "https://energy-authority.valoria.example/market-reports/2026-q3";
const ENERGY_BALANCE_URL = "https://statistics.valoria.example/energy/balance-2025-provisional";

const PACT_RATIONALE: Blocks = [
  `Kestrian officials described the security agreement signed with Valoria on 1 September as a written-down version of cooperation that already existed. We compared the [signed text](${PACT_TEXT_URL}) with the only earlier agreement between the two countries, the [2019 border cooperation protocol](${PROTOCOL_2019_URL}).`,
  `What the 2019 protocol already covered:`,
  [`- liaison officers at the Vessany crossing;`, `- exchange of customs information on goods and people crossing the border.`],
  `What the 2026 agreement adds:`,
  [
    `- coordinated patrols along the whole 368-kilometre frontier;`,
    `- a Joint Intelligence Centre at Vessany that "shall operate continuously" (Article 7);`,
    `- rotations of training units on either country's territory (Article 9).`,
  ],
  `A [working paper from the University of Aldmere](${ALDMERE_PACT_PAPER_URL}) finds that three of the agreement's 14 operative articles restate existing arrangements; the other eleven create obligations that did not exist before.`,
  `The second half of the statement, that the decision was Kestria's own, describes a motive that no document can confirm or refute, so it does not affect the rating. The first half uses something true (some cooperation already existed) to give a false impression of the agreement as a whole, which is what our Misleading rating is for.`,
];

const CLAIMS = [
  // ---- published
  {
    key: "pact-preexisting-measures",
    text: "The Valoria-Kestria security pact reflects preexisting measures and Kestria's independent decision-making.",
    claimant: "government-of-kestria",
    topics: ["security"],
    appearances: [
      { article: "pact", quote: "the deal reflects preexisting measures and their independent decision-making" },
      { article: "pact-kestria", quote: "the agreement reflects preexisting measures and Kestria's independent decision-making" },
    ],
    checkworthiness: 0.93,
    createdBy: "priya",
    createdAt: "2026-09-02T08:05Z",
    assignee: "priya",
    status: "PUBLISHED",
    evidence: [
      {
        url: PACT_TEXT_URL,
        title: "Agreement on Security Cooperation between Valoria and the Republic of Kestria (signed 1 September 2026)",
        excerpt:
          "Article 7. The Parties shall establish a Joint Intelligence Centre at Vessany, staffed by personnel of both Parties, which shall operate continuously. [...] Article 9. Rotations of training units on the territory of either Party may take place with the consent of the host Party.",
        stance: "REFUTES",
        addedBy: "priya",
        at: "2026-09-02T10:30Z",
      },
      {
        url: PROTOCOL_2019_URL,
        title: "Protocol on Border Cooperation between Valoria and the Republic of Kestria (2019)",
        excerpt:
          "Article 2. The Parties shall exchange information on the movement of goods and persons through designated crossing points. Article 3. Each Party may post liaison officers at the Vessany crossing.",
        stance: "CONTEXT",
        addedBy: "tomas",
        at: "2026-09-03T09:15Z",
      },
      {
        url: ALDMERE_PACT_PAPER_URL,
        title: "What is new in the Valoria-Kestria security agreement? (Working paper 2026/07)",
        excerpt:
          "Of the agreement's 14 operative articles, three restate arrangements already in place under the 2019 protocol: liaison officers, customs data exchange and a joint contact point. The remaining eleven create obligations that did not exist before, including joint patrols and a standing intelligence centre.",
        stance: "REFUTES",
        addedBy: "priya",
        at: "2026-09-07T14:00Z",
      },
      {
        url: LIAISON_MEMO_URL,
        title: "Memorandum on the Vessany Liaison Office (2020), published 18 September 2026",
        excerpt:
          "The Liaison Office shall facilitate the exchange of customs information between the competent authorities of the Parties. It shall have no operational or intelligence functions.",
        stance: "REFUTES",
        addedBy: "priya",
        at: "2026-09-19T08:50Z",
      },
    ],
    notes: [
      {
        author: "tomas",
        at: "2026-09-11T09:20Z",
        body: "Kestria's foreign ministry says it will publish the 2020 memorandum that set up the Vessany liaison office 'shortly'. If it does, add it as evidence and publish an update.",
      },
    ],
    verdict: {
      slug: "valoria-kestria-pact-preexisting-measures",
      revisions: [
        {
          kind: "ORIGINAL",
          rating: "rating_misleading",
          conclusion:
            "Some cooperation under the pact predates it, but its joint patrols, standing intelligence centre and training rotations are new obligations. Presenting the deal as a restatement of existing measures is misleading.",
          rationale: PACT_RATIONALE,
          author: "priya",
          createdAt: "2026-09-08T11:00Z",
          status: "PUBLISHED",
          approver: "tomas",
          publishedAt: "2026-09-10T09:00Z",
        },
        {
          kind: "UPDATE",
          rationale: [
            ...PACT_RATIONALE,
            `The [2020 memorandum that set up the Vessany liaison office](${LIAISON_MEMO_URL}), published by Kestria's foreign ministry on 18 September, says the office "shall have no operational or intelligence functions". The intelligence centre is therefore a new body, not "an evolution of the liaison office" as the ministry's spokesperson described it.`,
          ],
          note: "Update, 21 September 2026: we added the 2020 memorandum on the Vessany liaison office, which Kestria's foreign ministry published on 18 September. It confirms that the office had no intelligence functions. The rating is unchanged.",
          author: "priya",
          createdAt: "2026-09-19T09:10Z",
          status: "PUBLISHED",
          approver: "jonas",
          publishedAt: "2026-09-21T14:00Z",
        },
      ],
    },
  },
  {
    key: "mmr-hospitalisations",
    text: "More children were hospitalised after MMR vaccination in 2025 than with measles.",
    claimant: "valoriatruthnow",
    topics: ["health"],
    appearances: [{ article: "measles", quote: "more children were hospitalised after MMR vaccination last year than with measles" }],
    checkworthiness: 0.82,
    createdBy: "priya",
    createdAt: "2026-09-24T14:05Z",
    assignee: "priya",
    status: "PUBLISHED",
    evidence: [
      {
        url: `${IMMUNISATION_REPORT_URL}#hospital-admissions`,
        title: "Annual immunisation report 2025: hospital admissions",
        excerpt: "Children admitted to hospital with confirmed measles in 2025: 61 (2024: 287).",
        stance: "REFUTES",
        addedBy: "priya",
        at: "2026-09-25T09:00Z",
      },
      {
        url: "https://health-institute.valoria.example/safety/adverse-reaction-register/2025",
        title: "Register of suspected adverse reactions to vaccines, 2025",
        excerpt:
          "MMR vaccine: 1,218 reports of suspected adverse reactions, of which 4 led to a hospital admission. Outcome in all 4 cases: full recovery. Doses given in 2025: 131,400.",
        stance: "REFUTES",
        addedBy: "priya",
        at: "2026-09-25T09:20Z",
      },
      {
        url: "https://chatterwell.example/ValoriaTruthNow/status/1838201957",
        archiveUrl: "https://archive.example/2026.09.25/chatterwell.example/ValoriaTruthNow/status/1838201957",
        title: "Post by @ValoriaTruthNow, 19 September 2026",
        excerpt: "They won't tell you this: MORE kids ended up in hospital after the MMR jab last year than with measles. Look it up.",
        stance: "CONTEXT",
        addedBy: "priya",
        at: "2026-09-25T09:35Z",
      },
    ],
    verdict: {
      slug: "mmr-hospitalisations-outnumber-measles",
      revisions: [
        {
          kind: "ORIGINAL",
          rating: "rating_false",
          conclusion:
            "In 2025, 61 children were admitted to hospital with measles and four after an MMR vaccination, all of whom recovered. The post reverses the real comparison.",
          rationale: [
            `A [post on Chatterwell](https://chatterwell.example/ValoriaTruthNow/status/1838201957) by the account @ValoriaTruthNow, shared more than 9,000 times by 27 September, said more children ended up in hospital after the MMR vaccine last year than with measles.`,
            `Two publications of the Valorian Institute of Public Health answer this directly:`,
            [
              `- The [annual immunisation report](${IMMUNISATION_REPORT_URL}#hospital-admissions) counts 61 children admitted to hospital with confirmed measles in 2025.`,
              `- The [register of suspected adverse reactions](https://health-institute.valoria.example/safety/adverse-reaction-register/2025) lists four hospital admissions after MMR vaccination in 2025, out of 131,400 doses given. All four children recovered fully.`,
            ],
            `The register records every suspected reaction that doctors or parents report, whether or not the vaccine caused it, so four is an upper bound. Even so, measles put fifteen times as many children in hospital. The post gave no source, and the account did not answer our questions.`,
          ],
          author: "priya",
          createdAt: "2026-09-25T10:00Z",
          status: "PUBLISHED",
          approver: "jonas",
          publishedAt: "2026-09-28T16:00Z",
        },
      ],
    },
  },
  {
    key: "measles-four-fifths",
    text: "Measles cases in Valoria fell by four-fifths in 2025.",
    claimant: "jonah-petrakis",
    topics: ["health"],
    appearances: [{ article: "measles", quote: "measles cases fell by four-fifths last year" }],
    checkworthiness: 0.87,
    createdBy: "priya",
    createdAt: "2026-09-24T14:00Z",
    assignee: "tomas",
    status: "PUBLISHED",
    evidence: [
      {
        url: IMMUNISATION_REPORT_URL,
        title: "Annual immunisation report 2025",
        excerpt:
          "Confirmed measles cases: 305 (2023); 1,064 (2024); 212 (2025). Laboratory-confirmed and epidemiologically linked cases are included in all years.",
        stance: "SUPPORTS",
        addedBy: "tomas",
        at: "2026-09-25T11:10Z",
      },
      {
        url: "https://health-institute.valoria.example/surveillance/measles/case-definition",
        title: "Measles surveillance: case definition and reporting (revised 2023)",
        excerpt: "The case definition has not changed since January 2023. Cases are counted by date of symptom onset.",
        stance: "CONTEXT",
        addedBy: "tomas",
        at: "2026-09-25T11:25Z",
      },
      {
        url: "https://northharbour-herald.example/national/2024/11/12/eastern-province-measles-schools-close",
        title: "Three Eastern Province districts close schools as measles spreads",
        excerpt:
          "Health officials said 640 cases had been confirmed in the province since March, most of them in children under ten. Schools in the three districts will stay closed for up to three weeks.",
        stance: "CONTEXT",
        addedBy: "tomas",
        at: "2026-09-26T08:40Z",
      },
    ],
    verdict: {
      slug: "measles-cases-fell-four-fifths-2025",
      revisions: [
        {
          kind: "ORIGINAL",
          rating: "rating_mostly_true",
          conclusion:
            "Confirmed measles cases fell from 1,064 in 2024 to 212 in 2025, a drop of 80 per cent. The comparison is with an outbreak year, which the minister did not mention.",
          rationale: [
            `Health Minister Jonah Petrakis said measles cases "fell by four-fifths last year" when the Valorian Institute of Public Health published its annual immunisation report on 24 September.`,
            `The [report](${IMMUNISATION_REPORT_URL}) counts 1,064 confirmed cases in 2024 and 212 in 2025, a fall of 80.1 per cent, so "four-fifths" is accurate. The institute has [not changed how it counts cases](https://health-institute.valoria.example/surveillance/measles/case-definition) since 2023, so the years are comparable.`,
            `What the statement leaves out is that 2024 was an outbreak year: schools in three Eastern Province districts [closed for up to three weeks](https://northharbour-herald.example/national/2024/11/12/eastern-province-measles-schools-close) that autumn. Compared with 2023, when the institute counted 305 cases, the fall is about 30 per cent. The decline is real, but part of it is a return to normal after an unusual year, which is why we rate the claim Mostly true rather than True.`,
          ],
          author: "tomas",
          createdAt: "2026-09-26T10:00Z",
          status: "PUBLISHED",
          approver: "priya",
          publishedAt: "2026-09-29T09:30Z",
        },
      ],
    },
  },
  {
    key: "social-homes-2027",
    text: "Northharbour will build more social homes in 2027 than in the previous five years combined.",
    claimant: "celia-brannigan",
    topics: ["housing"],
    appearances: [{ article: "budget", quote: "the city would build more social homes in 2027 than in the previous five years combined" }],
    checkworthiness: 0.89,
    createdBy: "tomas",
    createdAt: "2026-10-06T09:10Z",
    assignee: "tomas",
    status: "PUBLISHED",
    evidence: [
      {
        url: HOUSING_PROGRAMME_URL,
        title: "Budget 2027: housing programme (council paper HC-2026-114)",
        excerpt:
          "The programme provides for 1,200 social rented homes to start on site between January and December 2027, subject to planning consent.",
        stance: "SUPPORTS",
        addedBy: "tomas",
        at: "2026-10-06T11:00Z",
      },
      {
        url: COMPLETIONS_REGISTER_URL,
        title: "Social housing completions register, 2022-2026",
        excerpt:
          "Table 1, new-build completions: 2022: 198; 2023: 241; 2024: 263; 2025: 229; 2026 (to 30 September): 239. Homes returned to use after renovation are listed separately in Table 2.",
        stance: "SUPPORTS",
        addedBy: "tomas",
        at: "2026-10-06T11:30Z",
      },
      {
        url: TENANTS_STARTS_URL,
        title: "Promises and starts: social housing in Northharbour, 2021-2026",
        excerpt: "Of the 1,300 social homes the council planned to start in 2024 and 2025, 905 had started on site by the end of 2025.",
        stance: "CONTEXT",
        addedBy: "tomas",
        at: "2026-10-07T10:15Z",
      },
    ],
    notes: [
      {
        author: "jonas",
        at: "2026-10-13T16:45Z",
        body: "The council press office pointed out that our 1,480 adds Table 2 (renovations) to Table 1. They are right. Correction drafted; the rating moves from Mostly false to Half true.",
      },
    ],
    verdict: {
      slug: "northharbour-social-homes-2027",
      revisions: [
        {
          kind: "ORIGINAL",
          rating: "rating_mostly_false",
          conclusion:
            "The city plans to start 1,200 social homes in 2027, fewer than the 1,480 it completed in the previous five years, so the plan would not beat that total even if it were met in full.",
          rationale: [
            `Mayor Celia Brannigan made the claim when the council approved its 2027 budget on 5 October. The budget's [housing programme](${HOUSING_PROGRAMME_URL}) provides for 1,200 social rented homes to start on site in 2027.`,
            `The council's [completions register](${COMPLETIONS_REGISTER_URL}) lists 1,480 social homes completed from 2022 to the end of September 2026. Even if every home planned for 2027 were built that year, the city would fall 280 homes short of the previous five years' total.`,
            `The plan is also a target for homes started, not built. According to the [Northharbour Tenants' Alliance](${TENANTS_STARTS_URL}), 905 of the 1,300 homes planned for 2024 and 2025 were started.`,
          ],
          author: "tomas",
          createdAt: "2026-10-07T15:00Z",
          status: "PUBLISHED",
          approver: "priya",
          publishedAt: "2026-10-09T10:30Z",
        },
        {
          kind: "CORRECTION",
          rating: "rating_half_true",
          conclusion:
            "The 1,200 social homes planned for 2027 would exceed the 1,170 built in the previous five years, but they are a target for homes started, not built, and the city has recently fallen short of its targets.",
          rationale: [
            `Mayor Celia Brannigan made the claim when the council approved its 2027 budget on 5 October. The budget's [housing programme](${HOUSING_PROGRAMME_URL}) provides for 1,200 social rented homes to start on site in 2027.`,
            `The council's [completions register](${COMPLETIONS_REGISTER_URL}) lists 1,170 new-build social homes completed from 2022 to the end of September 2026:`,
            [`- 2022: 198`, `- 2023: 241`, `- 2024: 263`, `- 2025: 229`, `- 2026 (to 30 September): 239`],
            `If met in full, the 2027 plan would exceed that total by 30 homes. Two things keep the claim from being true. First, 1,200 is a target for homes started: a home started in 2027 will typically be finished one or two years later. Second, the city has recently missed its targets: according to the [Northharbour Tenants' Alliance](${TENANTS_STARTS_URL}), 905 of the 1,300 homes planned for 2024 and 2025 were started.`,
          ],
          note: "Correction, 14 October 2026: an earlier version of this verdict said the city completed 1,480 social homes in 2022-2026. That figure wrongly included 310 homes returned to use after renovation; 1,170 new-build social homes were completed. The 1,200 homes planned for 2027 would therefore exceed the five-year total, and we have changed the rating from Mostly false to Half true. The claim still describes a plan, and the city has recently started fewer homes than it planned.",
          author: "tomas",
          createdAt: "2026-10-13T17:30Z",
          status: "PUBLISHED",
          approver: "jonas",
          publishedAt: "2026-10-14T15:00Z",
        },
      ],
    },
  },
  {
    key: "bills-fell-21",
    text: "Household electricity bills in Valoria have fallen by 21 per cent since the price cap took effect in January 2026.",
    claimant: "piet-haldane",
    topics: ["energy", "economy"],
    appearances: [
      { article: "energy", quote: "household electricity bills had fallen by 21 per cent since the cap took effect in January" },
    ],
    checkworthiness: 0.92,
    createdBy: "priya",
    createdAt: "2026-10-21T08:30Z",
    assignee: "priya",
    status: "PUBLISHED",
    evidence: [
      {
        url: MARKET_REPORT_URL,
        title: "Quarterly retail market report, third quarter 2026",
        excerpt:
          "Average unit price paid by households on standard tariffs: 0.354 crowns/kWh (December 2025); 0.280 crowns/kWh (September 2026), -21%. Average standing charge: 0.50 crowns/day (December 2025); 0.67 crowns/day (September 2026), +34%.",
        stance: "SUPPORTS",
        addedBy: "priya",
        at: "2026-10-21T10:00Z",
      },
      {
        url: `${MARKET_REPORT_URL}#typical-bill`,
        title: "Quarterly retail market report, third quarter 2026: typical household bill",
        excerpt:
          "Annual bill of a typical household using 3,100 kWh: 1,280 crowns at December 2025 prices; 1,113 crowns at September 2026 prices (-13%).",
        stance: "REFUTES",
        addedBy: "priya",
        at: "2026-10-21T10:20Z",
      },
      {
        url: "https://aldmere-university.example/energy-policy/briefings/price-cap-who-benefits",
        title: "Briefing: who benefits from the household price cap?",
        excerpt:
          "Because the cap applies to the unit price only, households that use more electricity gain more from it, while the rise in standing charges falls equally on every household, whatever its use.",
        stance: "CONTEXT",
        addedBy: "tomas",
        at: "2026-10-22T09:00Z",
      },
    ],
    verdict: {
      slug: "household-electricity-bills-fell-21-per-cent",
      revisions: [
        {
          kind: "ORIGINAL",
          rating: "rating_mostly_false",
          conclusion:
            "The capped unit price is 21 per cent lower than in December, but standing charges rose by 34 per cent over the same period, so a typical household's bill fell by about 13 per cent, not 21.",
          rationale: [
            `Energy Minister Piet Haldane told parliament on 20 October that household electricity bills had fallen by 21 per cent since the price cap took effect in January.`,
            `The 21 per cent comes from the regulator's [quarterly market report](${MARKET_REPORT_URL}): the average unit price paid by households fell from 0.354 to 0.280 crowns per kilowatt-hour between December 2025 and September 2026. But a bill is more than the unit price. The same report shows the fixed daily standing charge rising from 0.50 to 0.67 crowns, an increase of 34 per cent that the cap does not limit.`,
            `Taking both into account, the regulator calculates that the [annual bill of a typical household](${MARKET_REPORT_URL}#typical-bill) using 3,100 kWh fell from 1,280 to 1,113 crowns, or 13 per cent. Households that use little electricity saw smaller falls, because the standing charge is a larger share of their bills.`,
            `The minister's figure describes the price of a unit, not the bill. Households are paying less, but not a fifth less, so we rate the claim Mostly false.`,
          ],
          author: "priya",
          createdAt: "2026-10-23T09:30Z",
          status: "PUBLISHED",
          approver: "tomas",
          publishedAt: "2026-10-27T11:00Z",
        },
      ],
    },
  },
  {
    key: "wind-over-half",
    text: "Wind supplied more than half of Valoria's electricity in 2025.",
    claimant: "piet-haldane",
    topics: ["energy"],
    appearances: [{ article: "energy", quote: "wind supplied more than half of Valoria's electricity in 2025" }],
    checkworthiness: 0.74,
    createdBy: "priya",
    createdAt: "2026-10-21T08:40Z",
    assignee: "tomas",
    // Back in review: a retraction reopens the claim for a new verdict (decision 025); the retracted
    // verdict stays public, with its notice, and will link to the new one once it is published.
    status: "IN_REVIEW",
    evidence: [
      {
        url: ENERGY_BALANCE_URL,
        archiveUrl: "https://archive.example/2026.10.26/statistics.valoria.example/energy/balance-2025-provisional",
        title: "Energy balance 2025 (provisional)",
        excerpt: "Electricity generation by source, 2025: wind 51.8%; hydro 21.4%; gas 17.9%; solar 6.2%; other 2.7%.",
        stance: "SUPPORTS",
        addedBy: "tomas",
        at: "2026-10-26T14:00Z",
      },
      {
        url: "https://statistics.valoria.example/notices/2026-11-06-energy-balance-withdrawn",
        title: "Notice: provisional energy balance 2025 withdrawn",
        excerpt:
          "The provisional energy balance for 2025 has been withdrawn. Electricity imported under wind power purchase agreements was counted both as imports and as domestic wind generation. Corrected figures will be published with the final balance in January 2027.",
        stance: "CONTEXT",
        addedBy: "jonas",
        at: "2026-11-06T16:20Z",
      },
    ],
    notes: [
      {
        author: "jonas",
        at: "2026-11-06T16:30Z",
        body: "Statistics Valoria withdrew the provisional 2025 energy balance today. Our verdict rests entirely on it, so I am retracting it. Re-check when the final balance is out in January.",
      },
    ],
    verdict: {
      slug: "wind-more-than-half-of-electricity-2025",
      revisions: [
        {
          kind: "ORIGINAL",
          rating: "rating_true",
          conclusion: "Provisional official statistics show that wind produced 51.8 per cent of Valoria's electricity in 2025.",
          rationale: [
            `Energy Minister Piet Haldane said in parliament on 20 October that wind supplied more than half of Valoria's electricity in 2025, citing Statistics Valoria.`,
            `The office's [provisional energy balance for 2025](${ENERGY_BALANCE_URL}) shows wind producing 51.8 per cent of the electricity generated in Valoria, followed by hydro (21.4 per cent), gas (17.9 per cent) and solar (6.2 per cent).`,
            `Provisional figures are revised when the final balance is published, usually by small amounts. A revision of more than 1.8 percentage points would be needed to take wind below half.`,
          ],
          author: "tomas",
          createdAt: "2026-10-26T15:00Z",
          status: "PUBLISHED",
          approver: "priya",
          publishedAt: "2026-10-28T15:30Z",
        },
      ],
      retraction: {
        by: "jonas",
        at: "2026-11-09T12:00Z",
        reason:
          "This verdict relied on Statistics Valoria's provisional energy balance for 2025, which the office withdrew on 6 November after finding that imported wind power had been counted twice. Without it we cannot say whether the claim is accurate. We will publish a new verdict when the final figures are released, expected in January 2027.",
      },
    },
  },
  {
    key: "price-cap-cost",
    text: "The electricity price cap has cost Valorian taxpayers 3 billion crowns.",
    claimant: "nadia-ferreira-holt",
    topics: ["energy", "economy"],
    appearances: [{ article: "energy", quote: "the cap had cost taxpayers 3 billion crowns so far" }],
    checkworthiness: 0.85,
    createdBy: "priya",
    createdAt: "2026-10-21T08:35Z",
    assignee: "tomas",
    status: "PUBLISHED",
    evidence: [
      {
        url: "https://energy-authority.valoria.example/price-cap/compensation-payments",
        title: "Price cap: compensation payments to suppliers",
        excerpt:
          "Compensation is paid quarterly in arrears on suppliers' verified claims. Payments for the first quarter of 2026: 1.1 billion crowns. Payments for later quarters will be published once verification is complete.",
        stance: "CONTEXT",
        addedBy: "tomas",
        at: "2026-10-22T13:00Z",
      },
      {
        url: "https://statistics.valoria.example/government-finance/2026-h1/energy-support",
        title: "Government finance statistics, January-June 2026: energy support measures",
        excerpt:
          "Energy support measures (household price cap compensation, business energy relief, heating allowance supplement): 4.6 billion crowns. A breakdown by measure is not available.",
        stance: "CONTEXT",
        addedBy: "tomas",
        at: "2026-10-22T13:20Z",
      },
      {
        url: "https://northharbour-herald.example/national/2026/10/22/price-cap-cost-opposition-figure",
        title: "Where does the opposition's 3 billion figure come from?",
        excerpt:
          "Ms Ferreira-Holt's office said the figure was the party's own estimate, based on wholesale prices and household consumption, and that the calculation had not been published.",
        stance: "CONTEXT",
        addedBy: "tomas",
        at: "2026-10-23T08:10Z",
      },
    ],
    verdict: {
      slug: "price-cap-cost-taxpayers-3-billion",
      revisions: [
        {
          kind: "ORIGINAL",
          rating: "rating_unproven",
          conclusion:
            "No published figure shows what the price cap has cost. Official data cover only the first quarter, 1.1 billion crowns, and the opposition has not published how it reached 3 billion.",
          rationale: [
            `Nadia Ferreira-Holt, the opposition's energy spokesperson, told parliament on 20 October that the electricity price cap had cost taxpayers 3 billion crowns so far.`,
            `We looked for an official figure and did not find one:`,
            [
              `- The Valorian Energy Authority has published [compensation payments](https://energy-authority.valoria.example/price-cap/compensation-payments) for the first quarter of 2026 only: 1.1 billion crowns. Later quarters are still being verified.`,
              `- [Government finance statistics](https://statistics.valoria.example/government-finance/2026-h1/energy-support) for January to June put all energy support measures together at 4.6 billion crowns, with no breakdown by measure.`,
            ],
            `Ms Ferreira-Holt's office [told the Northharbour Herald](https://northharbour-herald.example/national/2026/10/22/price-cap-cost-opposition-figure) that 3 billion crowns is the party's own estimate, based on wholesale prices and household consumption, and that the calculation has not been published. It did not send it to us either.`,
            `The figure may turn out to be close: if payments continued at the first quarter's rate, the cost to the end of September would be about 3.3 billion crowns. But a plausible estimate is not evidence, so we rate the claim Unproven. We will review it when the regulator publishes payments for the second and third quarters.`,
          ],
          author: "tomas",
          createdAt: "2026-10-29T10:00Z",
          status: "PUBLISHED",
          approver: "priya",
          publishedAt: "2026-11-03T10:00Z",
        },
      ],
    },
  },

  // ---- in review
  {
    key: "no-soldier-on-kestrian-soil",
    text: "The Valoria-Kestria security pact does not commit a single Valorian soldier to Kestrian soil.",
    claimant: "ilse-marrow",
    topics: ["security"],
    appearances: [{ article: "pact", quote: "does not commit a single Valorian soldier to Kestrian soil" }],
    checkworthiness: 0.9,
    createdBy: "priya",
    createdAt: "2026-09-02T08:10Z",
    assignee: "priya",
    status: "IN_REVIEW",
    evidence: [
      {
        url: `${PACT_TEXT_URL}#article-9`,
        title: "Agreement on Security Cooperation between Valoria and the Republic of Kestria, Article 9",
        excerpt:
          "Rotations of training units on the territory of either Party may take place with the consent of the host Party. No rotation shall exceed ninety days.",
        stance: "REFUTES",
        addedBy: "priya",
        at: "2026-11-12T10:00Z",
      },
      {
        url: "https://ministry-of-defence.valoria.example/news/2026-09-03-security-agreement-questions-and-answers",
        title: "The security agreement with Kestria: questions and answers",
        excerpt:
          "Will Valorian troops be based in Kestria? No. The agreement does not provide for any permanent presence of Valorian forces on Kestrian territory.",
        stance: "SUPPORTS",
        addedBy: "priya",
        at: "2026-11-12T10:25Z",
      },
      {
        url: "https://kestria-courier.example/politics/2026/09/09/first-joint-exercise-planned",
        title: "First joint exercise with Valorian units planned for spring",
        excerpt:
          "A company of Valorian mountain infantry is expected to take part in a three-week exercise near Vessany in April, the defence ministry said.",
        stance: "CONTEXT",
        addedBy: "priya",
        at: "2026-11-13T09:40Z",
      },
    ],
    notes: [
      {
        author: "priya",
        at: "2026-11-18T16:25Z",
        body: "Submitted for approval. Tomás, you did the 2019 protocol research for the preexisting-measures verdict: could you review this one? The Courier is on watch; I only cite it for what the Kestrian defence ministry announced.",
      },
    ],
    verdict: {
      slug: "pact-no-valorian-soldier-on-kestrian-soil",
      revisions: [
        {
          kind: "ORIGINAL",
          rating: "rating_half_true",
          conclusion:
            "The pact provides for no permanent Valorian presence in Kestria, but it allows Valorian training units to rotate through Kestrian territory for up to 90 days at a time, and the first exercise is already planned.",
          rationale: [
            `Defence Minister Ilse Marrow said after the signing on 1 September that the security pact with Kestria "does not commit a single Valorian soldier to Kestrian soil".`,
            `Part of this is accurate. The ministry's [questions and answers](https://ministry-of-defence.valoria.example/news/2026-09-03-security-agreement-questions-and-answers) on the agreement say it "does not provide for any permanent presence of Valorian forces on Kestrian territory", and nothing in the signed text does.`,
            `But [Article 9](${PACT_TEXT_URL}#article-9) allows "rotations of training units on the territory of either Party", for up to ninety days each, with the host's consent. Kestrian state media [reported](https://kestria-courier.example/politics/2026/09/09/first-joint-exercise-planned) on 9 September that a company of Valorian mountain infantry is expected at an exercise near Vessany in April. Strictly, the agreement permits rather than commits; in practice it is the legal basis for Valorian soldiers on Kestrian soil.`,
            `The statement is accurate about permanent basing and leaves out the rotations, so we rate it Half true.`,
          ],
          author: "priya",
          createdAt: "2026-11-18T16:20Z",
          status: "AWAITING_APPROVAL",
        },
      ],
    },
  },
  {
    key: "rents-rose-fastest",
    text: "Rents in Northharbour have risen faster than anywhere else in Valoria over the past decade.",
    claimant: "rafael-oduya",
    topics: ["housing", "economy"],
    appearances: [
      { article: "budget", quote: "rents in Northharbour had risen faster than anywhere else in Valoria over the past decade" },
    ],
    checkworthiness: 0.86,
    createdBy: "tomas",
    createdAt: "2026-10-06T09:20Z",
    assignee: "tomas",
    status: "IN_REVIEW",
    evidence: [
      {
        url: "https://statistics.valoria.example/housing/private-rent-index",
        title: "Private rent index by city, 2016-2026",
        excerpt:
          "Change in average private rent, second quarter 2016 to second quarter 2026: Aldmere +61%; Brenholm +57%; Northharbour +54%; Castellan +49%; Valoria +46%.",
        stance: "REFUTES",
        addedBy: "tomas",
        at: "2026-11-10T14:00Z",
      },
      {
        url: "https://tenants-alliance.example/reports/2026-rent-survey",
        title: "Northharbour rent survey 2026",
        excerpt:
          "Since 2021, advertised rents for new lets in Northharbour have risen by 29%, the fastest increase among the six cities we compared.",
        stance: "CONTEXT",
        addedBy: "tomas",
        at: "2026-11-10T14:30Z",
      },
    ],
    notes: [
      {
        author: "tomas",
        at: "2026-11-12T10:30Z",
        body: "Asked Cllr Oduya's office which figures he relied on. If it is the Alliance survey (new lets since 2021), the draft needs a paragraph on the difference between new lets and all rents. Holding until they answer.",
      },
    ],
    verdict: {
      slug: "northharbour-rents-rose-fastest-in-valoria",
      revisions: [
        {
          kind: "ORIGINAL",
          rating: "rating_mostly_false",
          conclusion:
            "Over the past decade, average private rents rose faster in Aldmere and Brenholm than in Northharbour. Advertised rents for new lets have risen fastest in Northharbour, but only since 2021.",
          rationale: [
            `Councillor Rafael Oduya said during the budget debate on 5 October that rents in Northharbour had risen faster than anywhere else in Valoria over the past decade.`,
            `Statistics Valoria's [private rent index](https://statistics.valoria.example/housing/private-rent-index) shows average private rents in Northharbour rising by 54 per cent between 2016 and 2026. They rose faster in Aldmere (61 per cent) and Brenholm (57 per cent).`,
            `The [Northharbour Tenants' Alliance](https://tenants-alliance.example/reports/2026-rent-survey) finds that advertised rents for new lets rose faster in Northharbour than in the five other cities it compared, but its survey starts in 2021 and covers new lets only.`,
          ],
          author: "tomas",
          createdAt: "2026-11-12T10:00Z",
          status: "DRAFT",
        },
      ],
    },
  },
  {
    key: "schools-below-85",
    text: "One in five schools in Valoria's Eastern Province has a measles vaccination rate below 85 per cent.",
    claimant: "ingrid-sandvik",
    topics: ["health"],
    appearances: [
      { article: "measles", quote: "one in five schools in the Eastern Province still had vaccination rates below 85 per cent" },
    ],
    checkworthiness: 0.8,
    createdBy: "tomas",
    createdAt: "2026-09-24T14:10Z",
    assignee: "priya",
    status: "IN_REVIEW",
    evidence: [
      {
        url: `${IMMUNISATION_REPORT_URL}#coverage-by-province`,
        title: "Annual immunisation report 2025: coverage by province",
        excerpt:
          "Eastern Province: 86.1% (two doses by age two). Coverage is reported by province and, from December 2026, by district. School-level figures are held by regional health boards.",
        stance: "CONTEXT",
        addedBy: "priya",
        at: "2026-11-19T09:30Z",
      },
      {
        url: "https://northharbour-herald.example/national/2026/10/02/school-vaccination-figures-withheld",
        title: "Health boards decline to release school vaccination figures",
        excerpt:
          "The Eastern Province health board said it held coverage figures for 388 schools but would not publish them, citing the risk of identifying individual pupils at small schools.",
        stance: "CONTEXT",
        addedBy: "priya",
        at: "2026-11-19T09:50Z",
      },
    ],
    verdict: {
      slug: "eastern-province-schools-below-85-per-cent",
      revisions: [
        {
          kind: "ORIGINAL",
          rating: "rating_unproven",
          conclusion:
            "School-level vaccination figures for the Eastern Province are not published, so the claim cannot be checked against official data.",
          rationale: [
            `Ingrid Sandvik, the opposition's health spokesperson, said on 24 September that one in five schools in the Eastern Province had vaccination rates below 85 per cent.`,
            `The Valorian Institute of Public Health [reports coverage by province](${IMMUNISATION_REPORT_URL}#coverage-by-province): 86.1 per cent in the Eastern Province in 2025. It does not publish figures for schools, and the provincial health board has [declined to release them](https://northharbour-herald.example/national/2026/10/02/school-vaccination-figures-withheld).`,
            `We have asked Ms Sandvik's office where the figure comes from.`,
          ],
          author: "priya",
          createdAt: "2026-11-20T11:00Z",
          status: "DRAFT",
        },
      ],
    },
  },

  // ---- new
  {
    key: "defence-budget-doubled",
    text: "Valoria's defence budget has doubled since 2020.",
    claimant: "ilse-marrow",
    topics: ["security", "economy"],
    appearances: [{ article: "pact", quote: `Valoria's defence budget had "doubled since 2020"` }],
    checkworthiness: 0.91,
    createdBy: "priya",
    createdAt: "2026-09-02T08:15Z",
    assignee: "priya",
    status: "NEW",
  },
  {
    key: "border-crossings-40",
    text: "Unauthorised crossings of Valoria's northern border with Kestria rose by 40 per cent in 2025.",
    claimant: "valoria-ministry-of-defence",
    topics: ["security"],
    appearances: [{ article: "pact", quote: "unauthorised crossings rose by 40 per cent last year" }],
    checkworthiness: 0.84,
    createdBy: "priya",
    createdAt: "2026-09-02T08:20Z",
    status: "NEW",
  },
  {
    key: "pact-negotiated-14-months",
    text: "The Valoria-Kestria security pact was negotiated over 14 months.",
    claimant: "valoria-ministry-of-defence",
    topics: ["security"],
    appearances: [{ article: "pact", quote: "The agreement was negotiated over 14 months, according to Valorian officials" }],
    checkworthiness: 0.56,
    createdBy: "priya",
    createdAt: "2026-09-02T08:25Z",
    status: "NEW",
  },
  {
    key: "referendum-signatures",
    text: "Neutral Kestria, the opposition party led by Mattias Rendl, has collected 40,000 signatures calling for a referendum on the security pact with Valoria.",
    claimant: "mattias-rendl",
    topics: ["security", "elections"],
    appearances: [{ article: "pact-kestria", quote: "His party has collected 40,000 signatures calling for a referendum on the pact" }],
    checkworthiness: 0.66,
    createdBy: "tomas",
    createdAt: "2026-09-02T16:00Z",
    status: "NEW",
  },
  {
    key: "waiting-list-fell",
    text: "Northharbour's social housing waiting list has fallen from 11,200 to 9,400 households in two years.",
    claimant: "northharbour-city-council",
    topics: ["housing"],
    appearances: [
      {
        article: "budget",
        quote:
          "The number of households on the city's social housing waiting list stands at 9,400, according to the housing department, down from 11,200 two years ago",
      },
    ],
    checkworthiness: 0.79,
    createdBy: "tomas",
    createdAt: "2026-10-06T09:25Z",
    assignee: "tomas",
    status: "NEW",
    notes: [
      {
        author: "tomas",
        at: "2026-11-20T15:10Z",
        body: "The Tenants' Alliance says most of the fall comes from the 2025 re-registration rule. Asked the housing department how many applicants were removed under it; answer promised by Friday.",
      },
    ],
  },
  {
    key: "debt-per-resident",
    text: "Northharbour's debt per resident is among the lowest of Valoria's ten largest cities.",
    claimant: "celia-brannigan",
    topics: ["economy"],
    appearances: [{ article: "budget", quote: `the city's debt per resident remained "among the lowest of Valoria's ten largest cities"` }],
    checkworthiness: 0.71,
    createdBy: "tomas",
    createdAt: "2026-10-06T09:30Z",
    status: "NEW",
  },
  {
    key: "lowest-prices-in-region",
    text: "Valoria has the lowest household electricity prices in the region.",
    claimant: "piet-haldane",
    topics: ["energy", "economy"],
    appearances: [{ article: "energy", quote: "Valoria pays the lowest household electricity prices in the region" }],
    checkworthiness: 0.88,
    createdBy: "priya",
    createdAt: "2026-10-21T08:45Z",
    assignee: "tomas",
    status: "NEW",
    notes: [
      {
        author: "tomas",
        at: "2026-11-04T11:00Z",
        body: "The minister's office says 'the region' means the seven members of the Northern Power Market. The regulator publishes a quarterly comparison table; check whether its prices include taxes before comparing.",
      },
    ],
  },
  {
    key: "ferry-terminal-sold",
    text: "Northharbour's harbour ferry terminal has been sold to a Kestrian state-owned company.",
    claimant: null,
    topics: ["economy"],
    appearances: [],
    claimDate: "2026-11-14T00:00Z",
    checkworthiness: null,
    createdBy: "jonas",
    createdAt: "2026-11-17T10:00Z",
    status: "NEW",
  },

  // ---- dismissed
  {
    key: "most-ambitious-plan",
    text: "Northharbour's 2027 housing plan is the most ambitious the city has ever had.",
    claimant: "celia-brannigan",
    topics: ["housing"],
    appearances: [{ article: "budget", quote: "This is the most ambitious housing plan Northharbour has ever had" }],
    checkworthiness: 0.61,
    createdBy: "tomas",
    createdAt: "2026-10-06T09:15Z",
    status: "DISMISSED",
    dismissal: {
      by: "tomas",
      at: "2026-10-07T09:00Z",
      reason:
        "A judgement, not a checkable fact: there is no agreed measure of how ambitious a plan is. The checkable part of the mayor's statement, the number of homes, is covered by the claim that the city will build more social homes in 2027 than in the previous five years combined.",
    },
  },
  {
    key: "prices-will-double",
    text: "Electricity prices will double if the price cap expires in March.",
    claimant: "valoriatruthnow",
    topics: ["energy"],
    appearances: [],
    claimDate: "2026-10-25T00:00Z",
    checkworthiness: null,
    createdBy: "tomas",
    createdAt: "2026-10-26T13:00Z",
    status: "DISMISSED",
    dismissal: {
      by: "priya",
      at: "2026-10-27T09:40Z",
      reason:
        "A prediction, not a statement of fact: what happens in March depends on wholesale prices then. Our verdict on the minister's 21 per cent claim explains how the cap affects bills today.",
    },
  },
] as const satisfies readonly DemoClaim[];

type ClaimKey = (typeof CLAIMS)[number]["key"];

// ------------------------------------------------------------------ public submissions

const SUBMISSIONS = [
  {
    claimText: "Will the security pact with Kestria bring back conscription?",
    contactEmail: "k.varis@example.net",
    reason: "My son turns 18 next year.",
    createdAt: "2026-09-05T10:20Z",
    status: "REJECTED",
    rejectionReason:
      "This is a question about a possible future decision rather than a claim that something is true, so there is nothing we can check yet. If a politician says the pact will or will not bring back conscription, please send us what they said.",
    handledBy: "jonas",
    closedAt: "2026-09-07T09:15Z",
  },
  {
    claimText: "More kids were hospitalised after the MMR jab than with measles last year.",
    url: "https://chatterwell.example/ValoriaTruthNow/status/1838201957",
    reason: "My sister-in-law sent me this. Is it real?",
    createdAt: "2026-09-26T21:03Z",
    status: "DUPLICATE",
    claim: "mmr-hospitalisations",
    handledBy: "jonas",
    closedAt: "2026-09-28T16:30Z",
  },
  {
    claimText: "Posts say the harbour ferry terminal has been sold to a Kestrian government company. Is this true?",
    url: "https://chatterwell.example/harbourwatcher/status/1857720118",
    contactEmail: "h.dahl@example.net",
    reason: "I work near the terminal and people are worried about their jobs.",
    createdAt: "2026-11-15T08:40Z",
    status: "ACCEPTED",
    claim: "ferry-terminal-sold",
    handledBy: "jonas",
    handledAt: "2026-11-17T10:00Z",
  },
  {
    claimText:
      "The energy minister keeps saying wind makes more than half our electricity, but the statistics office withdrew those numbers. Can he still say that?",
    url: "https://vpb.example/news/politics/2026/11/12/haldane-repeats-wind-figure",
    createdAt: "2026-11-13T07:55Z",
    status: "NEW",
  },
  {
    claimText: "The council is closing three public libraries to pay for its housing plan.",
    url: "https://chatterwell.example/northharbour_nbhd/status/1859930421",
    contactEmail: "l.moreau@example.net",
    reason: "This is shared a lot in our neighbourhood group. My library is supposed to be one of them and nobody there knows anything.",
    createdAt: "2026-11-22T19:12Z",
    status: "NEW",
  },
] as const satisfies readonly DemoSubmission[];

// ------------------------------------------------------------------ writing it

type Tx = Prisma.TransactionClient;

type Ids = {
  users: Map<Person, string>;
  sources: Map<string, { id: string; status: SourceStatus }>;
  articles: Map<ArticleKey, string>;
  claimants: Map<ClaimantSlug, string>;
  topics: Map<TopicSlug, string>;
  claims: Map<ClaimKey, string>;
};

type AuditRecord = {
  actor: Person;
  action: string;
  entityType: string;
  entityId: string;
  before: Prisma.InputJsonValue;
  after: Prisma.InputJsonValue;
  at: string;
};

type Counts = Record<string, number>;

/**
 * Writes the demo newsroom in one transaction, or nothing if the demo admin already exists.
 * Returns how many rows of each kind were written.
 */
export async function seedDemoData(db: PrismaClient): Promise<{ seeded: boolean; counts: Counts }> {
  if (await db.user.findUnique({ where: { email: DEMO_ADMIN_EMAIL }, select: { id: true } })) {
    return { seeded: false, counts: {} };
  }
  // Hashing is slow on purpose; do it before the transaction opens.
  const passwordHash = await hashPasswords();

  const counts = await db.$transaction(
    async (tx) => {
      const counts: Counts = {};
      const audit: AuditRecord[] = [];
      const users = await seedUsers(tx, passwordHash, audit, counts);
      const sources = await seedSources(tx, audit, counts);
      const ids: Ids = {
        users,
        sources,
        articles: await seedArticles(tx, users, sources, counts),
        claimants: await seedClaimants(tx, counts),
        topics: await seedTopics(tx, counts),
        claims: new Map(),
      };
      await seedClaims(tx, ids, audit, counts);
      await seedPublishedEvidence(tx);
      await seedSubmissions(tx, ids, audit, counts);
      await writeAudit(tx, users, audit, counts);
      return counts;
    },
    { timeout: 60_000 },
  );
  return { seeded: true, counts };
}

async function hashPasswords(): Promise<Map<Person, string>> {
  const people = Object.keys(PEOPLE) as Person[];
  return new Map(await Promise.all(people.map(async (person) => [person, await hash(DEMO_PASSWORD)] as const)));
}

function idOf<K>(ids: Map<K, string>, key: K, what: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Demo data refers to an unknown ${what}: ${String(key)}`);
  return id;
}

function date(iso: string): Date {
  const parsed = new Date(iso);
  if (Number.isNaN(parsed.getTime())) throw new Error(`Demo data has an invalid date: ${iso}`);
  return parsed;
}

const joinBlocks = (blocks: Blocks) => blocks.map((block) => (typeof block === "string" ? block : block.join("\n"))).join("\n\n");

const articleText = (article: DemoArticle) => article.paragraphs.join("\n\n");

function add(counts: Counts, what: string, n = 1) {
  counts[what] = (counts[what] ?? 0) + n;
}

async function seedUsers(tx: Tx, passwordHash: Map<Person, string>, audit: AuditRecord[], counts: Counts) {
  const ids = new Map<Person, string>();
  for (const [key, person] of Object.entries(PEOPLE) as [Person, DemoPerson][]) {
    const user = await tx.user.create({
      data: {
        email: person.email,
        name: person.name,
        role: person.role,
        passwordHash: idOf(passwordHash, key, "person"),
        active: person.deactivated === undefined,
        // Deactivation ends the person's sessions, as it would in the app.
        sessionVersion: person.deactivated ? 2 : 1,
        createdAt: date(person.joinedAt),
        updatedAt: date(person.deactivated?.at ?? person.joinedAt),
      },
    });
    ids.set(key, user.id);
    if (person.deactivated) {
      audit.push({
        actor: person.deactivated.by as Person,
        action: "user.deactivate",
        entityType: "User",
        entityId: user.id,
        before: { active: true },
        after: { active: false },
        at: person.deactivated.at,
      });
    }
  }
  add(counts, "users", ids.size);
  return ids;
}

async function seedSources(tx: Tx, audit: AuditRecord[], counts: Counts) {
  const ids: Ids["sources"] = new Map();
  for (const source of SOURCES as readonly DemoSource[]) {
    const domain = toSourceKey(source.domain);
    if (domain !== source.domain) throw new Error(`Demo source domain is not a source key: ${source.domain}`);
    const { id } = await tx.source.create({
      data: {
        domain,
        name: source.name,
        kind: source.kind,
        reliability: source.reliability,
        reliabilityNote: source.reliabilityNote,
        status: source.status,
        internalNotes: source.internalNotes ?? null,
        createdAt: date(source.addedAt),
        updatedAt: date(source.statusChange?.at ?? source.addedAt),
      },
    });
    ids.set(domain, { id, status: source.status });
    if (source.statusChange) {
      audit.push({
        actor: source.statusChange.by,
        action: source.status === "BLOCKED" ? "source.block" : "source.update",
        entityType: "Source",
        entityId: id,
        before: source.statusChange.from,
        after: { status: source.status, reliability: source.reliability, reliabilityNote: source.reliabilityNote },
        at: source.statusChange.at,
      });
    }
  }
  add(counts, "sources", ids.size);
  return ids;
}

async function seedArticles(tx: Tx, users: Map<Person, string>, sources: Ids["sources"], counts: Counts) {
  const ids = new Map<ArticleKey, string>();
  for (const article of ARTICLES) {
    const text = articleText(article);
    const { id } = await tx.article.create({
      data: {
        url: `https://${article.publisher}${article.path}`,
        title: article.title,
        author: article.author,
        publisherId: sourceFor(sources, article.publisher).id,
        publishedAt: date(article.publishedAt),
        text,
        contentHash: contentHash(text),
        fetchedAt: date(article.fetchedAt),
        addedById: idOf(users, article.addedBy, "person"),
        createdAt: date(article.fetchedAt),
        updatedAt: date(article.fetchedAt),
      },
    });
    ids.set(article.key, id);
  }
  add(counts, "articles", ids.size);
  return ids;
}

function sourceFor(sources: Ids["sources"], url: string) {
  const key = toSourceKey(url);
  const source = key === null ? undefined : sources.get(key);
  if (!source) throw new Error(`Demo data cites a site that is not in the source registry: ${url}`);
  return source;
}

async function seedClaimants(tx: Tx, counts: Counts) {
  const ids = new Map<ClaimantSlug, string>();
  for (const claimant of CLAIMANTS as readonly DemoClaimant[]) {
    const { id } = await tx.claimant.create({
      data: {
        slug: claimant.slug,
        name: claimant.name,
        kind: claimant.kind ?? "PERSON",
        description: claimant.description,
        sameAs: claimant.sameAs ?? null,
      },
    });
    ids.set(claimant.slug as ClaimantSlug, id);
  }
  add(counts, "claimants", ids.size);
  return ids;
}

async function seedTopics(tx: Tx, counts: Counts) {
  const ids = new Map<TopicSlug, string>();
  for (const topic of TOPICS) {
    const { id } = await tx.topic.create({ data: { slug: topic.slug, name: topic.name } });
    ids.set(topic.slug, id);
  }
  add(counts, "topics", ids.size);
  return ids;
}

async function seedClaims(tx: Tx, ids: Ids, audit: AuditRecord[], counts: Counts) {
  for (const claim of CLAIMS as readonly DemoClaim[]) {
    const appearances = claim.appearances.map(({ article, quote }) => appearanceData(ids, article, quote));
    const evidence = (claim.evidence ?? []).map((item, position) => evidenceData(ids, item, position));
    const notes = (claim.notes ?? []).map((note) => ({
      authorId: idOf(ids.users, note.author, "person"),
      body: note.body,
      createdAt: date(note.at),
    }));
    const verdict = "verdict" in claim ? verdictData(ids, claim.verdict) : undefined;
    const dismissal = claim.status === "DISMISSED" ? claim.dismissal : undefined;

    const created = await tx.claim.create({
      data: {
        text: claim.text,
        claimantId: claim.claimant ? idOf(ids.claimants, claim.claimant, "claimant") : null,
        claimDate: claimDate(claim),
        status: claim.status,
        dismissalReason: dismissal?.reason ?? null,
        assigneeId: claim.assignee ? idOf(ids.users, claim.assignee, "person") : null,
        checkworthiness: claim.checkworthiness,
        createdById: idOf(ids.users, claim.createdBy, "person"),
        createdAt: date(claim.createdAt),
        updatedAt: lastActivity(claim),
        topics: { connect: claim.topics.map((slug) => ({ id: idOf(ids.topics, slug, "topic") })) },
        appearances: { create: appearances },
        evidence: { create: evidence },
        notes: { create: notes },
        verdicts: verdict ? { create: verdict } : undefined,
      },
      select: {
        id: true,
        verdicts: { select: { id: true } },
        evidence: { orderBy: { position: "asc" }, select: { id: true } },
        notes: { orderBy: { createdAt: "asc" }, select: { id: true } },
      },
    });
    ids.claims.set(claim.key as ClaimKey, created.id);
    await refreshClaimMeanings(tx, [created.id]);
    add(counts, "claims");
    add(counts, "appearances", appearances.length);
    add(counts, "evidence", evidence.length);
    add(counts, "claimNotes", notes.length);

    // The desk's history (claim activity): who added each piece of evidence and each note.
    created.evidence.forEach(({ id }, index) => {
      const item = (claim.evidence ?? [])[index]!;
      const after = evidence[index]!;
      audit.push({
        actor: item.addedBy,
        action: "evidence.add",
        entityType: "Evidence",
        entityId: id,
        before: {},
        after: {
          claimId: created.id,
          url: after.url,
          archiveUrl: after.archiveUrl,
          title: after.title,
          excerpt: after.excerpt,
          stance: after.stance,
          sourceId: after.sourceId,
        },
        at: item.at,
      });
    });
    created.notes.forEach(({ id }, index) => {
      const note = (claim.notes ?? [])[index]!;
      audit.push({
        actor: note.author,
        action: "note.add",
        entityType: "ClaimNote",
        entityId: id,
        before: {},
        after: { claimId: created.id, body: note.body },
        at: note.at,
      });
    });

    if (dismissal) {
      audit.push({
        actor: dismissal.by,
        action: "claim.dismiss",
        entityType: "Claim",
        entityId: created.id,
        before: { status: "NEW" },
        after: { status: "DISMISSED", dismissalReason: dismissal.reason },
        at: dismissal.at,
      });
    }
    const createdVerdict = created.verdicts[0];
    if ("verdict" in claim && createdVerdict) {
      add(counts, "verdicts");
      add(counts, "verdictRevisions", claim.verdict.revisions.length);
      audit.push(...verdictAudit(claim.verdict, createdVerdict.id));
    }
  }
}

/**
 * What each published version showed as evidence (lib/verdicts/published-evidence.ts): the claim's
 * evidence added by then (the demo never edits or removes evidence). Evidence added after the last
 * publication is on the desk only, waiting for the next update.
 */
async function seedPublishedEvidence(tx: Tx) {
  await tx.$executeRaw`
    UPDATE "VerdictRevision" r SET "evidence" = evidence_snapshot(v."claimId", r."publishedAt")
      FROM "Verdict" v WHERE v.id = r."verdictId" AND r.status = 'PUBLISHED'`;
  await tx.$executeRaw`
    UPDATE "Verdict" v SET "publishedEvidence" = (
      SELECT r."evidence" FROM "VerdictRevision" r WHERE r."verdictId" = v.id AND r.status = 'PUBLISHED' ORDER BY r.number DESC LIMIT 1)
     WHERE v.status IN ('PUBLISHED', 'RETRACTED')`;
}

/** A claim is dated by the article it first appeared in. */
function claimDate(claim: DemoClaim): Date | null {
  const first = claim.appearances[0];
  if (first) return date(article(first.article).publishedAt);
  return claim.claimDate ? date(claim.claimDate) : null;
}

/** When anything last happened to the claim, for its updatedAt. */
function lastActivity(claim: DemoClaim): Date {
  const moments: string[] = [claim.createdAt, ...(claim.evidence ?? []).map((e) => e.at), ...(claim.notes ?? []).map((n) => n.at)];
  if (claim.status === "DISMISSED") moments.push(claim.dismissal.at);
  if ("verdict" in claim) {
    moments.push(...claim.verdict.revisions.map((r) => (r.status === "PUBLISHED" ? r.publishedAt : r.createdAt)));
    if (claim.verdict.retraction) moments.push(claim.verdict.retraction.at);
  }
  return new Date(Math.max(...moments.map((moment) => date(moment).getTime())));
}

function article(key: ArticleKey): DemoArticle {
  const found = ARTICLES.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`Demo data refers to an unknown article: ${key}`);
  return found;
}

/** Selectors computed from the article text, never typed by hand. */
function appearanceData(ids: Ids, articleKey: ArticleKey, quote: string) {
  const text = articleText(article(articleKey));
  const start = findQuote(text, quote);
  return { articleId: idOf(ids.articles, articleKey, "article"), ...textQuoteSelector(text, start, start + quote.length) };
}

function evidenceData(ids: Ids, item: DemoEvidence, position: number) {
  const source = sourceFor(ids.sources, item.url);
  if (source.status === "BLOCKED") throw new Error(`Demo evidence cites a blocked source: ${item.url}`);
  return {
    url: item.url,
    archiveUrl: item.archiveUrl ?? null,
    title: item.title,
    excerpt: item.excerpt,
    stance: item.stance,
    sourceId: source.id,
    position,
    addedById: idOf(ids.users, item.addedBy, "person"),
    createdAt: date(item.at),
    updatedAt: date(item.at),
  };
}

/** Each revision written out in full: later revisions inherit what they leave out. */
function resolvedRevisions(verdict: DemoVerdict) {
  const resolved: (DemoRevision & { rating: RatingId | null; conclusion: string; rationale: Blocks; number: number })[] = [];
  for (const revision of verdict.revisions) {
    const previous = resolved.at(-1);
    const rating = revision.rating !== undefined ? revision.rating : previous?.rating;
    const conclusion = revision.conclusion ?? previous?.conclusion;
    const rationale = revision.rationale ?? previous?.rationale;
    if (rating === undefined || conclusion === undefined || rationale === undefined) {
      throw new Error(`Demo verdict ${verdict.slug}: the first revision must have a rating, conclusion and rationale`);
    }
    if (previous && !revision.note) throw new Error(`Demo verdict ${verdict.slug}: revision ${resolved.length + 1} needs a public note`);
    if (revision.status === "PUBLISHED" && revision.approver === revision.author) {
      throw new Error(`Demo verdict ${verdict.slug}: a revision cannot be approved by its own author`);
    }
    resolved.push({ ...revision, rating, conclusion, rationale, number: resolved.length + 1 });
  }
  return resolved;
}

function verdictData(ids: Ids, verdict: DemoVerdict) {
  const revisions = resolvedRevisions(verdict);
  const current = revisions[revisions.length - 1] as (typeof revisions)[number];
  const published = revisions.filter((revision) => revision.status === "PUBLISHED");
  const firstPublished = published[0];
  const lastPublished = published.at(-1);
  const status: VerdictStatus = verdict.retraction ? "RETRACTED" : current.status;
  const user = (person: Person) => idOf(ids.users, person, "person");
  if (!isVerdictSlug(verdict.slug)) throw new Error(`Demo verdict slug is not short kebab-case: ${verdict.slug}`);

  const updatedAt = date(verdict.retraction?.at ?? (current.status === "PUBLISHED" ? current.publishedAt : current.createdAt));
  return {
    slug: verdict.slug,
    ratingId: current.rating,
    conclusion: current.conclusion,
    rationale: joinBlocks(current.rationale),
    status,
    authorId: user(verdict.revisions[0].author),
    approverId: lastPublished?.status === "PUBLISHED" ? user(lastPublished.approver) : null,
    publishedAt: firstPublished?.status === "PUBLISHED" ? date(firstPublished.publishedAt) : null,
    retractedAt: verdict.retraction ? date(verdict.retraction.at) : null,
    retractionReason: verdict.retraction?.reason ?? null,
    createdAt: date(verdict.revisions[0].createdAt),
    updatedAt,
    version: revisions.length,
    revisions: {
      create: revisions.map((revision) => ({
        number: revision.number,
        kind: revision.kind,
        status: revision.status,
        ratingId: revision.rating,
        conclusion: revision.conclusion,
        rationale: joinBlocks(revision.rationale),
        note: revision.note ?? null,
        authorId: user(revision.author),
        approverId: revision.status === "PUBLISHED" ? user(revision.approver) : null,
        publishedAt: revision.status === "PUBLISHED" ? date(revision.publishedAt) : null,
        createdAt: date(revision.createdAt),
      })),
    },
  };
}

const isVerdictSlug = (slug: string) => slug.length <= 60 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug);

/** The verdict's history as the app would have recorded it: submitted, published, corrected, retracted. */
function verdictAudit(verdict: DemoVerdict, verdictId: string): AuditRecord[] {
  const events: AuditRecord[] = [];
  const revisions = resolvedRevisions(verdict);
  for (const revision of revisions) {
    if (revision.status === "AWAITING_APPROVAL") {
      events.push({
        actor: revision.author,
        action: "verdict.submit",
        entityType: "Verdict",
        entityId: verdictId,
        before: { status: "DRAFT", revision: revision.number },
        after: { status: "AWAITING_APPROVAL", revision: revision.number, ratingId: revision.rating },
        at: revision.createdAt,
      });
    }
    if (revision.status !== "PUBLISHED") continue;
    const previous = revisions[revision.number - 2];
    const action = { ORIGINAL: "verdict.publish", CORRECTION: "verdict.correct", UPDATE: "verdict.update" }[revision.kind];
    events.push({
      actor: revision.approver,
      action,
      entityType: "Verdict",
      entityId: verdictId,
      before: previous
        ? { status: "PUBLISHED", revision: previous.number, ratingId: previous.rating, conclusion: previous.conclusion }
        : { status: "AWAITING_APPROVAL", revision: revision.number },
      after: {
        status: "PUBLISHED",
        revision: revision.number,
        kind: revision.kind,
        ratingId: revision.rating,
        conclusion: revision.conclusion,
        ...(revision.note ? { note: revision.note } : {}),
        publishedAt: date(revision.publishedAt).toISOString(),
      },
      at: revision.publishedAt,
    });
  }
  if (verdict.retraction) {
    events.push({
      actor: verdict.retraction.by,
      action: "verdict.retract",
      entityType: "Verdict",
      entityId: verdictId,
      before: { status: "PUBLISHED" },
      after: { status: "RETRACTED", retractionReason: verdict.retraction.reason },
      at: verdict.retraction.at,
    });
  }
  return events;
}

async function seedSubmissions(tx: Tx, ids: Ids, audit: AuditRecord[], counts: Counts) {
  for (const submission of SUBMISSIONS as readonly DemoSubmission[]) {
    const handled = submission.status === "NEW" ? undefined : submission;
    const closedAt = handled && "closedAt" in handled ? handled.closedAt : undefined;
    const { id } = await tx.submission.create({
      data: {
        claimText: submission.claimText,
        url: submission.url ?? null,
        contactEmail: submission.contactEmail ?? null,
        reason: submission.reason ?? null,
        status: submission.status,
        rejectionReason: submission.status === "REJECTED" ? submission.rejectionReason : null,
        claimId: handled && "claim" in handled ? idOf(ids.claims, handled.claim, "claim") : null,
        // The token itself would only live in the submitter's link; the demo needs none.
        trackingTokenHash: createHash("sha256").update(randomBytes(32).toString("base64url")).digest("hex"),
        handledById: handled ? idOf(ids.users, handled.handledBy, "person") : null,
        createdAt: date(submission.createdAt),
        closedAt: closedAt ? date(closedAt) : null,
      },
    });
    add(counts, "submissions");
    if (handled) {
      const action = { ACCEPTED: "submission.accept", DUPLICATE: "submission.mark_duplicate", REJECTED: "submission.reject" }[
        handled.status
      ];
      // Never the contact address: it is deleted 90 days after closing, the audit log is forever.
      audit.push({
        actor: handled.handledBy,
        action,
        entityType: "Submission",
        entityId: id,
        before: { status: "NEW" },
        after: {
          status: handled.status,
          ...("claim" in handled ? { claimId: idOf(ids.claims, handled.claim, "claim") } : {}),
          ...(handled.status === "REJECTED" ? { rejectionReason: handled.rejectionReason } : {}),
        },
        at: "closedAt" in handled ? handled.closedAt : handled.handledAt,
      });
    }
  }
}

async function writeAudit(tx: Tx, users: Map<Person, string>, audit: AuditRecord[], counts: Counts) {
  // In time order, so that ids grow with time as they do in a real log.
  const ordered = [...audit].sort((a, b) => date(a.at).getTime() - date(b.at).getTime());
  await tx.auditEvent.createMany({
    data: ordered.map((event) => ({
      actorId: idOf(users, event.actor, "person"),
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: event.before,
      after: event.after,
      createdAt: date(event.at),
    })),
  });
  add(counts, "auditEvents", ordered.length);
}
