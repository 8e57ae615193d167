import { describe, expect, it } from "vitest";
import { cosine, meaningVector } from "./meaning";
import { analyseClaim, claimText, differences } from "./text";

const differ = (a: string, b: string) => differences(analyseClaim(a), analyseClaim(b));

describe("analyseClaim and differences", () => {
  it("sees no difference between a claim and its rewording", () => {
    expect(
      differ("Unemployment in Kestria fell to 3.2 percent last year", "Kestria's jobless rate dropped to 3.2% in the past year"),
    ).toEqual([]);
    expect(differ("wind now gives us half our electricity", "Wind supplied more than half of Valoria's electricity in 2025")).toEqual([]);
  });

  it("tells a negated claim apart", () => {
    expect(differ("The vaccine causes autism", "The vaccine does not cause autism")).toEqual(["negation"]);
    expect(differ("Valoria has never defaulted on its debt", "Valoria defaulted on its debt")).toContain("negation");
  });

  it("tells an opposite change apart (rose / fell)", () => {
    expect(differ("Crime rose 12% in Varnholm last year", "Crime fell 12% in Varnholm last year")).toEqual(["direction"]);
  });

  it("tells another figure, year or place apart", () => {
    expect(differ("Wind supplied 28% of Valoria's electricity", "Wind supplied 52% of Valoria's electricity")).toEqual(["figure"]);
    expect(differ("Wind supplied half of Valoria's electricity in 2025", "Wind supplied half of Valoria's electricity in 2019")).toEqual([
      "year",
    ]);
    expect(differ("Wind supplied half of Valoria's electricity in 2025", "Wind supplied half of Norway's electricity in 2025")).toEqual([
      "place or name",
    ]);
  });

  it("reads figures written in words and with scales", () => {
    expect([...analyseClaim("Half of the 1,200 nurses earn 2.5 million in total").figures].sort()).toEqual(
      ["1200", "2.5", "2500000", "50"].sort(),
    );
    expect([...analyseClaim("In 2025 prices rose 12%").years]).toEqual(["2025"]);
  });

  it("reads digits inside a word as part of a name or code, not as figures", () => {
    // A hex id (a tag, a post id) holds no figures: 8b4e3f1f is not 8, 4, 3 and 1.
    expect([...analyseClaim("The post tagged 8b4e3f1f says prices rose").figures]).toEqual([]);
    expect(differ("Post 8b4e3f1f says prices rose", "Post 2c9d0a7e says prices rose")).toEqual([]);
    // COVID19, H1N1, 5G and G7 are names: another one is another name, not another figure.
    const g7 = analyseClaim("Leaders of the G7 agreed to cut COVID19 vaccine prices by 20%");
    expect([...g7.figures]).toEqual(["20"]);
    expect([...g7.names].sort()).toEqual(["covid19", "g7"]);
    expect(differ("The G7 agreed to cut emissions", "The G20 agreed to cut emissions")).toEqual(["place or name"]);
    expect([...analyseClaim("5G masts spread H1N1").figures]).toEqual([]);
    // Figures with a scale, an ordinal or a decade glued on stay figures (or years).
    expect([...analyseClaim("The scheme cost £5bn, not 200k").figures].sort()).toEqual(["200", "200000", "5", "5000000000"].sort());
    expect(differ("Valoria is the 3rd largest exporter", "Valoria is the 5th largest exporter")).toEqual(["figure"]);
    expect([...analyseClaim("Crime was higher in the 1990s").years]).toEqual(["1990s"]);
    expect(differ("Spending rose 12% in the 1990s", "Spending rose 12% in the 2000s")).toEqual(["year"]);
  });

  it("finds a claim inside a longer sentence without inventing differences", () => {
    const long =
      "At Tuesday's rally, to loud cheers, the minister repeated that crime rose 12% in Varnholm last year, as she has said before.";
    expect(differ(long, "Crime rose 12% in Varnholm last year")).toEqual([]);
  });

  it("strips a pasted post's links, handles and signature", () => {
    expect(claimText("Wind gives us half our power! https://t.co/abc @energyfan #wind — Piet Haldane (@piet) January 6, 2026")).toBe(
      "Wind gives us half our power! wind",
    );
  });
});

describe("meaningVector", () => {
  it("puts a reworded claim closer than a claim on another topic", () => {
    const claim = meaningVector("Wind supplied more than half of Valoria's electricity in 2025");
    const reworded = meaningVector("wind now gives us half our electricity");
    const other = meaningVector("The harbour festival attracted record crowds of tourists");
    expect(cosine(claim, reworded)).toBeGreaterThan(cosine(claim, other) + 0.2);
  });

  it("is unit length, or zero for text without known words", () => {
    const v = meaningVector("electricity prices");
    expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    expect(Math.hypot(...meaningVector("zzqx"))).toBe(0);
  });
});
