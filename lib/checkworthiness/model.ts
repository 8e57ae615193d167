/**
 * The check-worthiness model: is a sentence a factual claim worth checking (CLEF CheckThat!
 * definition)? Logistic regression over hashed word, character and cue features (features.ts),
 * trained by scripts/claims/train.ts; see docs/decisions/007-checkworthiness-model.md.
 * The weights ship in weights.json (numbers only) and are decoded once, on first use. Scores are
 * calibrated probabilities (Platt scaling fitted out of fold, calibration.ts): shown as percent.
 */
import { featureDot } from "./features";
import { calibrate } from "./calibration";
import { decodeMember, WEIGHTS_FORMAT, type Member, type WeightsFile } from "./weights";
import shipped from "./weights.json";

export type CheckworthinessModel = { threshold: number; score(sentence: string): number; scoreMany(sentences: string[]): number[] };

export function modelFromWeights(file: WeightsFile): CheckworthinessModel {
  if (file.format !== WEIGHTS_FORMAT) throw new Error(`Unknown check-worthiness weights format: ${String(file.format)}`);
  if (file.members.length === 0) throw new Error("The check-worthiness weights file has no model (run npm run claims:train)");
  const members: Member[] = file.members.map(decodeMember);
  const { a, b } = file.calibration ?? { a: 1, b: 0 };
  const score = (sentence: string) => {
    let sum = 0;
    for (const member of members) sum += member.bias + featureDot(sentence, member.settings, member.weights);
    return calibrate(sum / members.length, a, b);
  };
  return { threshold: file.threshold, score, scoreMany: (sentences) => sentences.map(score) };
}

let loaded: CheckworthinessModel | undefined;

/** Loaded once (lazy singleton) from the shipped weights; no network. */
export function checkworthinessModel(): CheckworthinessModel {
  loaded ??= modelFromWeights(shipped as unknown as WeightsFile);
  return loaded;
}
