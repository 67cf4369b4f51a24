/** A regression tree in flat arrays; `feature[i] < 0` marks a leaf. Every node keeps its mean value. */
export interface TreeJSON {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface BoostedTreesJSON {
  base: number;
  learningRate: number;
  trees: TreeJSON[];
}

export function predictTrees(model: BoostedTreesJSON, x: ArrayLike<number>): number {
  let score = model.base;
  for (const tree of model.trees) {
    let node = 0;
    while (tree.feature[node] >= 0) node = x[tree.feature[node]] <= tree.threshold[node] ? tree.left[node] : tree.right[node];
    score += model.learningRate * tree.value[node];
  }
  return score;
}

/** Adds to `out[f]` how much each split on feature f moved the prediction along x's path (Saabas attribution). */
export function attributeTrees(model: BoostedTreesJSON, x: ArrayLike<number>, out: number[]): void {
  for (const tree of model.trees) {
    let node = 0;
    while (tree.feature[node] >= 0) {
      const next = x[tree.feature[node]] <= tree.threshold[node] ? tree.left[node] : tree.right[node];
      out[tree.feature[node]] += model.learningRate * (tree.value[next] - tree.value[node]);
      node = next;
    }
  }
}
