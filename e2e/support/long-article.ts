/**
 * A long news article of `length` characters (100,000 by default) for measuring the reader page:
 * paragraphs of wire-style sentences, most of them with a figure and a speaker, so that the
 * suggester proposes well over a thousand claims (issue 15 item 6), and one paragraph in Arabic.
 * Deterministic for a given `tag`, which appears in the first paragraph.
 */
const PEOPLE = ["Lena Ortiz", "Tomas Berg", "Hana Moretti", "Klaus Brandt", "Ruta Vell", "Aurel Dancik", "Petra Lind", "Jonas Weber"];
const BODIES = ["the statistics office", "the port authority", "the health ministry", "the central bank", "the transport office"];
const THINGS = [
  "hospital waiting lists",
  "rail fares",
  "exports",
  "rents",
  "cargo volumes",
  "school places",
  "tram ridership",
  "energy bills",
];
const VERBS = ["rose", "fell", "grew", "dropped", "climbed"];

export function longArticle(tag: string, length = 100_000): string {
  const paragraphs: string[] = [`Budget debate ${tag}: ministers and critics trade figures`];
  let i = 0;
  let size = paragraphs[0]!.length;
  while (size < length) {
    const person = PEOPLE[i % PEOPLE.length]!;
    const body = BODIES[i % BODIES.length]!;
    const thing = THINGS[i % THINGS.length]!;
    const other = THINGS[(i + 3) % THINGS.length]!;
    const verb = VERBS[i % VERBS.length]!;
    const percent = (i % 37) + 2;
    const year = 2000 + (i % 25);
    const sentences = [
      `${person} said ${thing} ${verb} by ${percent} percent in ${year}.`,
      `${other[0]!.toUpperCase()}${other.slice(1)} ${verb} to ${percent * 1000} a week, according to ${body}.`,
      `"We spent ${percent * 3} million on it," ${person.split(" ")[1]} said.`,
      i % 10 === 5 ? "قال الوزير إن الميزانية ارتفعت بنسبة 12 بالمئة العام الماضي." : `The debate went on late into the night.`,
    ];
    const paragraph = sentences.join(" ");
    paragraphs.push(paragraph);
    size += 2 + paragraph.length;
    i++;
  }
  // The last paragraph is cut to size.
  return paragraphs.join("\n\n").slice(0, length);
}
