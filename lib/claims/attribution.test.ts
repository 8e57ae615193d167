import { describe, expect, it } from "vitest";
import type { CheckworthinessModel } from "@/lib/checkworthiness/model";
import { foreignSentences, nonEnglish } from "./language";
import { splitSentences } from "./sentences";
import { resolveClaimant } from "./attribution";
import { Speakers } from "./speakers";
import { claimCandidates, suggestClaims, unverifiable } from "./suggest";

/**
 * Attribution and spans over whole passages (issue 15). Each case is an article in which every
 * expected claim is marked ⟦like this⟧ and followed by its claimant in braces, {Name} or {-} for
 * none. The markers are removed before the text is given to the suggester, so the test asserts
 * the exact claim text, its exact UTF-16 offsets in the article, the claimant and that no other
 * candidate comes out. The stand-in model scores every sentence alike: these tests are about
 * spans and speakers, not about ranking.
 */
const flatModel: CheckworthinessModel = {
  threshold: 0.5,
  score: () => 0.6,
  scoreMany: (sentences) => sentences.map(() => 0.6),
};

type Expected = { text: string; start: number; end: number; claimant: string | null };

/** The article without markers, and the claims it marks. */
export function parseMarked(marked: string): { text: string; expected: Expected[] } {
  let text = "";
  const expected: Expected[] = [];
  const pattern = /⟦([^⟧]*)⟧\{([^}]*)\}/gu;
  let last = 0;
  for (const match of marked.matchAll(pattern)) {
    text += marked.slice(last, match.index);
    const start = text.length;
    text += match[1]!;
    expected.push({ text: match[1]!, start, end: text.length, claimant: match[2] === "-" ? null : match[2]! });
    last = match.index! + match[0].length;
  }
  text += marked.slice(last);
  return { text, expected };
}

function candidates(text: string) {
  return suggestClaims(text, { all: true, model: flatModel })
    .sort((a, b) => a.start - b.start)
    .map(({ text: claim, start, end, claimant }) => ({ text: claim, start, end, claimant }));
}

/** The table of issue 15, row by row. */
const TABLE: [string, string][] = [
  [
    "reversed quote with an apposition; she goes to her, not to an earlier man",
    "Health Minister Tomas Berg said ⟦hospital budgets were safe⟧{Tomas Berg}. " +
      '"⟦We will not close a single ward⟧{Hana Moretti}," said Hana Moretti, leader of the Green Alliance. ' +
      "She said that ⟦health spending per person fell last year⟧{Hana Moretti}.",
  ],
  [
    "participle: telling X that",
    "Finance Minister Lena Ortiz defended the plans on Tuesday, telling MPs that ⟦the national budget rose 12% last year⟧{Lena Ortiz}.",
  ],
  [
    "unnamed source as the claimant; participle saying",
    "A government source disputed this, saying ⟦the figure was closer to 9%⟧{a government source}.",
  ],
  [
    "apposition names the speaker; the quote is kept whole",
    'The prime minister, Aurel Dancik, said ⟦Valoria was "the fastest-growing economy in Europe"⟧{Aurel Dancik}.',
  ],
  [
    "framing phrase is never a claim; the paragraph's speaker carries over",
    "On foreign policy, Minister Ruta Vell pointed to the treaty's results. For example, ⟦the new patrols halved smuggling at the border⟧{Ruta Vell}.",
  ],
  ["advice is not a claim", "He cautioned against complacency, urging more inspections."],
  [
    "two claims joined by 'and that'; the surname gets the full name given earlier",
    "⟦Klaus Brandt leads the health committee⟧{-}.\n\n" +
      "Brandt said ⟦hospital funding had been cut by 300 million crowns⟧{Klaus Brandt} and that ⟦waiting lists had doubled⟧{Klaus Brandt}.",
  ],
  ["no leading connective", "Meanwhile, ⟦the central bank kept its main rate at 3.5%⟧{-}."],
];

/** Cases of our own: relatives of the table's rows. */
const OWN: [string, string][] = [
  // Participles
  ["participle saying", "The mayor opened the bridge, saying ⟦it had cost 40 million euros⟧{The mayor}."],
  ["participle insisting", "Ortiz stood by the figures, insisting ⟦unemployment had fallen for a third year⟧{Ortiz}."],
  ["participle adding that", "Police Chief Dana Kerr closed the inquiry, adding that ⟦no officer had broken the rules⟧{Dana Kerr}."],
  ["participle warning that", "The central bank held rates, warning that ⟦inflation had risen to 4.1 percent⟧{The central bank}."],
  [
    "participle telling reporters that",
    "Senator Iva Novak left the chamber, telling reporters that ⟦the vote had been rigged⟧{Iva Novak}.",
  ],
  [
    "participle after an apposition",
    "The health minister, Petra Lind, opened the clinic, saying ⟦waiting times had halved since 2022⟧{Petra Lind}.",
  ],
  // According to
  ["according to, first", "According to the statistics office, ⟦exports rose 8 percent in May⟧{the statistics office}."],
  ["according to, last", "⟦Exports rose 8 percent in May⟧{the statistics office}, according to the statistics office."],
  ["according to a person with a title", "According to Finance Minister Lena Ortiz, ⟦the deficit fell to 2.1 percent⟧{Lena Ortiz}."],
  // Appositions and reversed quotes
  ["apposition after the name", "Aurel Dancik, the prime minister, said ⟦the economy grew 4 percent last year⟧{Aurel Dancik}."],
  [
    "reversed quote, verb first, apposition with a title",
    '"⟦Our hospitals treated 2 million patients⟧{Marta Kovac}," said Marta Kovac, the health minister.',
  ],
  ["reversed quote, name first, apposition", '"⟦Crime is at a ten-year low⟧{Jonas Weber}," Jonas Weber, the interior minister, said.'],
  ["reversed quote with a pronoun and no speaker before", '"⟦The port is full⟧{-}," she said.'],
  // Pronouns by gender and number
  [
    "he goes to the nearest man, past a woman",
    "Tomas Berg said ⟦the plan was legal⟧{Tomas Berg}. Lena Ortiz said ⟦it was not⟧{Lena Ortiz}. He said ⟦the court had approved it in 2021⟧{Tomas Berg}.",
  ],
  [
    "she goes to the nearest woman, past a man",
    "Lena Ortiz said ⟦taxes had not risen⟧{Lena Ortiz}. Tomas Berg said ⟦they had⟧{Tomas Berg}. She said ⟦the rate was still 20 percent⟧{Lena Ortiz}.",
  ],
  [
    "they goes to people, not to a person",
    "Union officials said ⟦300 jobs were at risk⟧{Union officials}. Lena Ortiz said ⟦the plant was safe⟧{Lena Ortiz}. They said ⟦the owners had cut 40 jobs in May⟧{Union officials}.",
  ],
  [
    "it goes to a body, not to a person",
    "⟦The statistics office published its report⟧{-}. Tomas Berg said ⟦the figures were wrong⟧{Tomas Berg}. It said ⟦exports had risen for a fifth year⟧{The statistics office}.",
  ],
  [
    "a title tells the gender",
    "Mrs Kowalski said ⟦the school had 400 pupils⟧{Kowalski}. Mr Adams said ⟦it had 300⟧{Adams}. She said ⟦the register showed 412⟧{Kowalski}.",
  ],
  // Surnames
  [
    "a surname after a full name with a title",
    "⟦Health Minister Klaus Brandt visited Valdor on Monday⟧{-}. ⟦The hospital will get 12 new beds⟧{Klaus Brandt}, Brandt said.",
  ],
  [
    "a surname with its own title",
    "⟦Mayor Odile Brandt opened the bridge⟧{-}.\n\nMayor Brandt said ⟦it carries 20,000 cars a day⟧{Odile Brandt}.",
  ],
  ["a surname with no full name before stays as it is", "Brandt said ⟦waiting lists had doubled⟧{Brandt}."],
  [
    "a reversed quote with an apposition and a relative clause",
    '"⟦We will not close a single ward⟧{Hana Moretti}," said Hana Moretti, leader of the Green Alliance, who has led the opposition since 2019. ' +
      "She said that ⟦health spending fell⟧{Hana Moretti} and accused the government of hiding the cuts.",
  ],
  // Unnamed sources
  ["an unnamed official", "A senior official said ⟦the talks had failed⟧{a senior official}."],
  [
    "sources speaking on condition of anonymity",
    "Two sources familiar with the talks said ⟦the deal had been signed on Friday⟧{Two sources familiar with the talks}.",
  ],
  // Splits
  ["but that", "The minister said ⟦crime had fallen by 10 percent⟧{The minister} but that ⟦burglaries had risen⟧{The minister}."],
  ["and that with a comma", "Ortiz said ⟦the deficit fell⟧{Ortiz}, and that ⟦debt was stable at 60 percent⟧{Ortiz}."],
  ["coordinated phrases stay one claim", "Ortiz said ⟦food and energy prices rose 8 percent⟧{Ortiz}."],
  // Connectives and framing
  ["for instance", "⟦The bank lent 2 billion⟧{-}. For instance, ⟦farmers received 300 million⟧{-}."],
  ["however", "However, ⟦exports fell 3 percent in June⟧{-}."],
  ["but at the start", "But ⟦the council spent 2 million on consultants⟧{-}."],
  ["as for", "As for the budget, ⟦it rose 4 percent⟧{-}."],
  ["a time is not a framing phrase", "⟦On Tuesday, the bank raised its rate to 4 percent⟧{-}."],
  // The paragraph's speaker
  [
    "in addition carries the speaker",
    "Defence Minister Jan Holm defended the budget. In addition, ⟦the army recruited 5,000 soldiers last year⟧{Jan Holm}.",
  ],
  ["meanwhile does not carry the speaker", "Defence Minister Jan Holm defended the budget. Meanwhile, ⟦the navy lost two ships⟧{-}."],
  [
    "a new paragraph does not carry the speaker",
    "Defence Minister Jan Holm defended the budget.\n\nFor example, ⟦the navy bought two ships⟧{-}.",
  ],
  [
    "a quotation that goes on keeps its speaker",
    '"⟦We built 300 homes⟧{Ilse Marrow}," Ilse Marrow said. "⟦Not one family was left without a roof⟧{Ilse Marrow}."',
  ],
  // Advice and appeals
  ["urging alone", "The WHO urged countries to vaccinate more children."],
  ["calling for", "Opposition leaders called for an inquiry into the contract."],
  ["advice with a reported fact keeps the fact", "The WHO urged countries to act, saying ⟦measles cases had doubled in 2024⟧{The WHO}."],
  // Quotes kept whole
  ["a quoted phrase at the end", 'Ortiz said ⟦the plan was "the biggest tax cut in history"⟧{Ortiz}.'],
  ["curly quotes at the end", "Ortiz said ⟦the reform was \u201cfully funded\u201d⟧{Ortiz}."],
];

describe("attribution and spans: the rows of issue 15", () => {
  it.each(TABLE)("%s", (_name, marked) => {
    const { text, expected } = parseMarked(marked);
    expect(candidates(text)).toEqual(expected);
  });
});

describe("attribution and spans: more cases", () => {
  it("has at least 30 cases", () => {
    expect(OWN.length).toBeGreaterThanOrEqual(30);
  });

  it.each(OWN)("%s", (_name, marked) => {
    const { text, expected } = parseMarked(marked);
    expect(candidates(text)).toEqual(expected);
  });
});

describe("the markers", () => {
  it("give the offsets in the text without them", () => {
    const { text, expected } = parseMarked("Ortiz said ⟦taxes rose⟧{Ortiz}.");
    expect(text).toBe("Ortiz said taxes rose.");
    expect(expected).toEqual([{ text: "taxes rose", start: 11, end: 21, claimant: "Ortiz" }]);
  });
});

describe("literal offsets in a whole article", () => {
  it("match the table's second and third rows as one paragraph", () => {
    const text =
      "Finance Minister Lena Ortiz defended the plans on Tuesday, telling MPs that the national budget rose 12% last year. " +
      "A government source disputed this, saying the figure was closer to 9%.";
    expect(candidates(text)).toEqual([
      { text: "the national budget rose 12% last year", start: 76, end: 114, claimant: "Lena Ortiz" },
      { text: "the figure was closer to 9%", start: 158, end: 185, claimant: "a government source" },
    ]);
  });
});

describe("ranking: opinions, predictions and judgements after every factual claim (issue 15, row 8)", () => {
  const article = [
    "Economists were divided.",
    "The forecast was optimistic.",
    "The bill will pass next month.",
    "Unemployment fell to 4.1 percent in October.",
    "The central bank kept its main rate at 3.5%.",
    "Ministers should act now, the union said.",
    "Exports to Kestria doubled after the treaty was signed.",
  ].join(" ");
  const unverifiableClaims = [
    "Economists were divided",
    "The forecast was optimistic",
    "The bill will pass next month",
    "Ministers should act now",
  ];

  /** A model that likes the wrong sentences best: the rule must hold whatever the scores. */
  const perverse: CheckworthinessModel = {
    threshold: 0.5,
    score: (sentence) => (unverifiableClaims.some((claim) => sentence.startsWith(claim)) ? 0.99 : 0.6),
    scoreMany: (sentences) => sentences.map((sentence) => perverse.score(sentence)),
  };

  it("judgements and advice are not suggested; a prediction the model likes comes last", () => {
    for (const model of [perverse, undefined]) {
      const suggested = suggestClaims(article, { model }).map((claim) => claim.text);
      for (const claim of ["Economists were divided", "The forecast was optimistic", "Ministers should act now"]) {
        expect(suggested).not.toContain(claim);
      }
    }
    expect(suggestClaims(article, { model: perverse }).map((claim) => claim.text)).toEqual([
      "Unemployment fell to 4.1 percent in October",
      "The central bank kept its main rate at 3.5%",
      "Exports to Kestria doubled after the treaty was signed",
      "The bill will pass next month",
    ]);
  });

  it("come after every factual claim when all candidates are listed", () => {
    for (const model of [perverse, undefined]) {
      const all = suggestClaims(article, { all: true, model }).map((claim) => claim.text);
      const lastFactual = Math.max(
        ...[
          "Unemployment fell to 4.1 percent in October",
          "The central bank kept its main rate at 3.5%",
          "Exports to Kestria doubled after the treaty was signed",
        ].map((claim) => all.indexOf(claim)),
      );
      for (const claim of unverifiableClaims) expect(all.indexOf(claim)).toBeGreaterThan(lastFactual);
    }
  });

  it("keeps figures, names and past events factual", () => {
    expect(unverifiable("The forecast was 2.1 percent")).toBeNull();
    expect(unverifiable("Unemployment fell sharply")).toBeNull();
    expect(unverifiable("The bridge was closed for repairs")).toBeNull();
    expect(unverifiable("The talks were tense")).toBe("judgement");
    expect(unverifiable("Farmers should plant earlier")).toBe("judgement");
    expect(unverifiable("The government is expected to resign")).toBe("prediction");
  });
});

describe("sentences not in English", () => {
  const article = [
    "Finance Minister Lena Ortiz said the deficit fell to 2.1 percent last year.",
    "قال الوزير إن الميزانية ارتفعت بنسبة 12 بالمئة العام الماضي.",
    "Le gouvernement a annoncé que le chômage avait baissé de deux points.",
    "Economists were divided.",
    "Министр заявил, что бюджет вырос на 12 процентов.",
  ].join(" ");

  it("are found with their language, and only they", () => {
    const sentences = splitSentences(article);
    expect(foreignSentences(article, sentences)).toEqual([
      { start: article.indexOf("قال"), end: article.indexOf("الماضي.") + "الماضي.".length, language: "Arabic" },
      { start: article.indexOf("Le gouvernement"), end: article.indexOf("points.") + "points.".length, language: "French" },
      { start: article.indexOf("Министр"), end: article.length, language: "Russian" },
    ]);
  });

  it("are not scored or proposed", () => {
    expect(candidates(article).map((claim) => claim.text)).toEqual([
      "the deficit fell to 2.1 percent last year",
      "Economists were divided",
    ]);
  });

  it("short or name-heavy English lines stay English", () => {
    for (const sentence of [
      "Economists were divided.",
      "Brandt said hospital funding had been cut by 300 million crowns.",
      "Klaus Brandt, Valdor Hospital Trust, Kestria",
      "Unemployment fell sharply during autumn, statistics showed.",
      "Hospitals, schools, roads: everything improved dramatically.",
    ]) {
      expect(nonEnglish(sentence)).toBeNull();
    }
    expect(nonEnglish("部长说预算增长了百分之十二。")).toBe("Chinese");
    expect(nonEnglish("El ministro dijo que el desempleo cayó al 4 por ciento en octubre.")).toBe("Spanish");
  });
});

describe("a whole news article with every row of the table", () => {
  const marked = [
    "⟦Valoria budget row deepens as minister defends cuts⟧{-}",
    "VALDOR — Finance Minister Lena Ortiz defended the government's spending plans on Tuesday, telling parliament that ⟦the national budget rose 12% last year⟧{Lena Ortiz} and that ⟦the deficit had fallen to 2.1 percent⟧{Lena Ortiz}.",
    '"⟦We will not close a single ward⟧{Hana Moretti}," said Hana Moretti, leader of the Green Alliance, who has led the opposition since 2019. She said that ⟦health spending per person fell last year⟧{Hana Moretti} and accused the government of hiding the cuts.',
    'A government source disputed this, saying ⟦the figure was closer to 9%⟧{a government source}. The prime minister, Aurel Dancik, said ⟦Valoria was "the fastest-growing economy in Europe"⟧{Aurel Dancik}.',
    "On foreign policy, Minister Ruta Vell pointed to the treaty's results. For example, ⟦the new patrols halved smuggling at the border⟧{Ruta Vell}. She added that ⟦exports to Kestria had doubled since 2022⟧{Ruta Vell}.",
    "⟦Klaus Brandt, who chairs the health committee, was less convinced⟧{-}. Brandt said ⟦hospital funding had been cut by 300 million crowns⟧{Klaus Brandt} and that ⟦waiting lists had doubled⟧{Klaus Brandt}. He cautioned against complacency, urging more inspections.",
    "⟦Economists were divided⟧{-}. ⟦The forecast was optimistic⟧{-}. ⟦The bill will pass next month⟧{officials}, according to officials.",
    "Meanwhile, ⟦the central bank kept its main rate at 3.5%⟧{-}. ⟦Inflation eased to 2.8 percent in November⟧{the statistics office}, the statistics office said. It added that ⟦food prices rose 6 percent over the year⟧{the statistics office}.",
  ].join("\n\n");

  it("gives every claim its exact span and speaker", () => {
    const { text, expected } = parseMarked(marked);
    expect(candidates(text)).toEqual(expected);
  });

  it("ranks the judgements and the prediction after every factual claim, whatever the model", () => {
    const { text } = parseMarked(marked);
    const ranked = suggestClaims(text, { all: true }).map((claim) => claim.text);
    const last = [
      "The bill will pass next month",
      "We will not close a single ward",
      "Economists were divided",
      "The forecast was optimistic",
    ];
    expect(ranked.slice(-4).toSorted()).toEqual(last.toSorted());
  });
});

describe("resolveClaimant: the entity a fact-checker records, from the article's earlier mentions (issue 15)", () => {
  /** The claimant for `phrase` said at the end of `article`, with the speakers in `named` remembered where they occur. */
  function resolveAt(article: string, phrase: string, named: string[] = []): string | null {
    const speakers = new Speakers(article);
    for (const name of named) speakers.add(name, article.indexOf(name));
    return resolveClaimant(article, phrase, article.length, speakers);
  }

  it("resolves a definite description to the person or body named earlier", () => {
    const article =
      "Transport Minister Petra Holm opened the bridge. The Coastal Ferry Operators' Association and the Ruritanian Bar Council " +
      "criticised it, as did a senior government source. The High Court of Ruritania will hear the case.";
    expect(resolveAt(article, "The minister")).toBe("Petra Holm");
    expect(resolveAt(article, "the association")).toBe("Coastal Ferry Operators' Association");
    expect(resolveAt(article, "The ferry operators' association")).toBe("Coastal Ferry Operators' Association");
    expect(resolveAt(article, "the council")).toBe("Ruritanian Bar Council");
    expect(resolveAt(article, "The court")).toBe("High Court of Ruritania");
    expect(resolveAt(article, "The source")).toBe("a senior government source");
    expect(resolveAt(article, "The committee")).toBe("The committee");
  });

  it("finds a person named in an apposition, and a body with a lower-case name", () => {
    const article = "Jonas Eck, the deputy mayor, spoke first. Then the regional water authority published its plans.";
    expect(resolveAt(article, "The mayor")).toBe("Jonas Eck");
    expect(resolveAt(article, "the authority")).toBe("regional water authority");
  });

  it("picks the body, not the person, in 'PERSON of ORG' and the nearest of two fitting names", () => {
    const article = "Mira Sand of the Eastern Rail Office spoke. Later the Western Rail Office replied.";
    expect(resolveAt(article, "the office")).toBe("Western Rail Office");
    expect(resolveAt(article.slice(0, article.indexOf(" Later")), "the office")).toBe("Eastern Rail Office");
  });

  it("resolves possessives to their owner", () => {
    const article = "Ombudsman Carla Venn presented her findings. The Pilots' Guild answered.";
    expect(resolveAt(article, "Her report", ["Carla Venn", "The Pilots' Guild"])).toBe("Carla Venn");
    expect(resolveAt(article, "its researchers", ["Carla Venn", "The Pilots' Guild"])).toBe("The Pilots' Guild");
    expect(resolveAt(article, "Its", ["Carla Venn", "The Pilots' Guild"])).toBe("The Pilots' Guild");
    expect(resolveAt("Defence lawyers for Ivo Marek appealed.", "Marek's lawyers")).toBe("Ivo Marek's lawyers");
    expect(resolveAt("Defence lawyers for Ivo Marek appealed.", "Marek’s lawyers")).toBe("Ivo Marek's lawyers");
  });

  it("keeps the person of 'PERSON of ORG' and drops honorifics", () => {
    expect(resolveAt("", "Dr Nina Falk of the Polar Science Centre")).toBe("Nina Falk");
    expect(resolveAt("", "Prof. Omar Reyes of Ruritania University")).toBe("Omar Reyes");
    expect(resolveAt("", "Teodor Lenz of the Farmers' League")).toBe("Teodor Lenz");
    expect(resolveAt("", "Mrs Ada Koll")).toBe("Ada Koll");
    expect(resolveAt("", "The Bank of Ruritania")).toBe("The Bank of Ruritania");
  });

  it("names the author of a report", () => {
    expect(resolveAt("", "a survey of 900 schools by the Ruritanian Teachers' Federation")).toBe("Ruritanian Teachers' Federation");
    expect(resolveAt("", "figures released by the Census Bureau in March")).toBe("Census Bureau");
    expect(resolveAt("", "A study published on Tuesday by the Institute of Coastal Ecology")).toBe("Institute of Coastal Ecology");
    const article = "The Harbour Monitoring Mission reported. Its estimates were disputed.";
    expect(resolveAt(article, "estimates by the monitoring mission")).toBe("Harbour Monitoring Mission");
  });

  it("prefers a full name over a nearer lower-case description, and finds descriptions at a sentence's start", () => {
    const article = "The Riverside Renters' Union filed a complaint. Members of the renters' union marched. A police source confirmed it.";
    expect(resolveAt(article, "the union")).toBe("Riverside Renters' Union");
    expect(resolveAt(article, "The source")).toBe("a police source");
    expect(resolveAt(article, "a senior official at the ministry")).toBe("a senior official");
  });

  it("resolves a report to its author named earlier", () => {
    const article = "A study released by the Centre for Urban Health found more asthma. Critics questioned it.";
    expect(resolveAt(article, "The study")).toBe("Centre for Urban Health");
    expect(resolveAt(article, "The audit")).toBe("The audit");
  });

  it("drops trailing time adjuncts and resolves a pronoun after a leading adjunct", () => {
    expect(resolveAt("", "Investigators on Tuesday")).toBe("Investigators");
    expect(resolveAt("", "The Lowmarsh county court late on Wednesday")).toBe("The Lowmarsh county court");
    expect(resolveAt("", "Prime Minister Oskar Vell on Monday")).toBe("Oskar Vell");
    expect(resolveAt("", "a poll published on Sunday")).toBe("a poll published on Sunday");
    const article = "Mayor Rolf Dahn visited the site.";
    expect(resolveAt(article, "At a briefing he", ["Rolf Dahn"])).toBe("Rolf Dahn");
    expect(resolveAt(article, "At a briefing she", ["Rolf Dahn"])).toBeNull();
  });
});

describe("claimants in a whole article (issue 15)", () => {
  it("resolves short forms to earlier mentions and never joins two sentences in a name", () => {
    const text =
      "Finance Minister Greta Lund presented the budget on Monday. The minister said that spending on schools would rise by 4%.\n\n" +
      '"This is the largest increase in a decade," said the union\'s president, Dr Pavel Orn. Orn said that 1,200 teachers had left the profession last year.\n\n' +
      "A survey of 300 schools by the Ruritanian Headteachers' Association found that one in five had a vacancy for more than six months. " +
      "The association said that class sizes had grown by 10% since 2020.\n\n" +
      "The negotiator, Ilse Brand of the Harbour Mediation Office, said that both sides had signed the text.\n\n" +
      "The Harbour Mediation Office said that 40 meetings were held. " +
      "The office publishes quarterly reports, and its researchers said that talks had taken 14 months.";
    const claimants = claimCandidates(text).map((candidate) => candidate.claimant);
    expect(claimants).toEqual([
      null,
      "Greta Lund",
      "Pavel Orn",
      "Pavel Orn",
      "Ruritanian Headteachers' Association",
      "Ruritanian Headteachers' Association",
      "Ilse Brand",
      "The Harbour Mediation Office",
      "The Harbour Mediation Office",
    ]);
  });
});
