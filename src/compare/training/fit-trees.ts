import type { BoostedTreesJSON, TreeJSON } from '../boosted-trees.js';
import { predictTrees } from '../boosted-trees.js';

export interface TreeOptions {
  trees: number;
  depth: number;
  learningRate: number;
  minLeafWeight: number;
}

export const DEFAULT_TREE_OPTIONS: TreeOptions = { trees: 150, depth: 3, learningRate: 0.05, minLeafWeight: 30 };

function fitTree(rows: ArrayLike<number>[], sortedByFeature: Int32Array[], residuals: number[], weights: number[], options: TreeOptions): TreeJSON {
  const nodeOf = new Int32Array(rows.length);
  const tree: TreeJSON = { feature: [], threshold: [], left: [], right: [], value: [] };
  const d = rows[0]?.length ?? 0;
  const grow = (members: number[], depth: number): number => {
    const id = tree.feature.length;
    for (const i of members) nodeOf[i] = id;
    let sw = 0;
    let sy = 0;
    for (const i of members) {
      sw += weights[i];
      sy += weights[i] * residuals[i];
    }
    tree.feature.push(-1);
    tree.threshold.push(0);
    tree.left.push(-1);
    tree.right.push(-1);
    tree.value.push(sw > 0 ? sy / sw : 0);
    if (depth >= options.depth || sw < 2 * options.minLeafWeight) return id;
    let best = { gain: 1e-12, feature: -1, threshold: 0 };
    const parentScore = (sy * sy) / sw;
    for (let f = 0; f < d; f++) {
      const order = sortedByFeature[f];
      let lw = 0;
      let ly = 0;
      let previous = -1;
      for (let k = 0; k < order.length; k++) {
        const j = order[k];
        if (nodeOf[j] !== id) continue;
        if (previous < 0) {
          previous = j;
          continue;
        }
        const i = previous;
        previous = j;
        lw += weights[i];
        ly += weights[i] * residuals[i];
        const here = rows[i][f];
        const next = rows[j][f];
        if (here === next || lw < options.minLeafWeight || sw - lw < options.minLeafWeight) continue;
        const gain = (ly * ly) / lw + ((sy - ly) * (sy - ly)) / (sw - lw) - parentScore;
        if (gain > best.gain) best = { gain, feature: f, threshold: (here + next) / 2 };
      }
    }
    if (best.feature < 0) return id;
    const leftMembers = members.filter((i) => rows[i][best.feature] <= best.threshold);
    const rightMembers = members.filter((i) => rows[i][best.feature] > best.threshold);
    tree.feature[id] = best.feature;
    tree.threshold[id] = best.threshold;
    tree.left[id] = grow(leftMembers, depth + 1);
    tree.right[id] = grow(rightMembers, depth + 1);
    return id;
  };
  grow(rows.map((_, i) => i), 0);
  return tree;
}

/** Gradient-boosted regression trees, squared loss, weighted samples. */
export function fitBoostedTrees(rows: ArrayLike<number>[], targets: number[], weights: number[], options: TreeOptions = DEFAULT_TREE_OPTIONS): BoostedTreesJSON {
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const base = targets.reduce((sum, y, i) => sum + weights[i] * y, 0) / totalWeight;
  const model: BoostedTreesJSON = { base, learningRate: options.learningRate, trees: [] };
  const predictions = targets.map(() => base);
  const d = rows[0]?.length ?? 0;
  const sortedByFeature = Array.from({ length: d }, (_, f) => Int32Array.from(rows.map((_, i) => i).sort((a, b) => rows[a][f] - rows[b][f])));
  for (let t = 0; t < options.trees; t++) {
    const residuals = targets.map((y, i) => y - predictions[i]);
    const tree = fitTree(rows, sortedByFeature, residuals, weights, options);
    model.trees.push(tree);
    const single: BoostedTreesJSON = { base: 0, learningRate: options.learningRate, trees: [tree] };
    for (let i = 0; i < rows.length; i++) predictions[i] += predictTrees(single, rows[i]);
  }
  return model;
}
