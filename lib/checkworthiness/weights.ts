/**
 * The shipped weights file: only learned numbers and the settings to reproduce the features, never
 * training text. Each member is a logistic regression over hashed features; the score is the
 * sigmoid of the members' mean logit. Non-zero weights are stored sparse: indices as
 * base64 varint gaps, values as base64 little-endian int16 times `scale`.
 */
import { featureDimension, type FeatureSettings } from "./features";

export const WEIGHTS_FORMAT = "factdesk-checkworthiness/1";

export type EncodedMember = {
  settings: FeatureSettings;
  bias: number;
  scale: number;
  count: number;
  indices: string;
  values: string;
};

export type WeightsFile = {
  format: typeof WEIGHTS_FORMAT;
  /** On the calibrated scale (the score's scale). */
  threshold: number;
  /**
   * Platt scaling fitted on out-of-fold logits: probability = sigmoid(a × mean logit + b), so that
   * a score of 0.7 means that about 70% of training sentences scored so were check-worthy.
   * Absent in older files: sigmoid of the logit.
   */
  calibration?: { a: number; b: number };
  /** How the model was made (figures for people, not used by scoring). */
  about: Record<string, unknown>;
  members: EncodedMember[];
};

export type Member = { settings: FeatureSettings; bias: number; weights: Float32Array };

export function encodeMember(member: Member): EncodedMember {
  const { weights } = member;
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const gaps: number[] = [];
  const values: number[] = [];
  let previous = -1;
  for (let i = 0; i < weights.length; i++) {
    const q = Math.round(weights[i]! / scale);
    if (q === 0) continue;
    let gap = i - previous;
    previous = i;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
    values.push(q);
  }
  const valueBytes = Buffer.alloc(values.length * 2);
  values.forEach((q, i) => valueBytes.writeInt16LE(q, i * 2));
  return {
    settings: member.settings,
    bias: member.bias,
    scale,
    count: values.length,
    indices: Buffer.from(gaps).toString("base64"),
    values: valueBytes.toString("base64"),
  };
}

export function decodeMember(encoded: EncodedMember): Member {
  const weights = new Float32Array(featureDimension(encoded.settings));
  const gaps = Buffer.from(encoded.indices, "base64");
  const values = Buffer.from(encoded.values, "base64");
  let index = -1;
  let offset = 0;
  for (let k = 0; k < encoded.count; k++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = gaps[offset++]!;
      gap |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    index += gap;
    weights[index] = values.readInt16LE(k * 2) * encoded.scale;
  }
  return { settings: encoded.settings, bias: encoded.bias, weights };
}
