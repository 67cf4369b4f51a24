// Placeholder: cross-script name matching is being built (issue #3).
export interface NameMatch {
  same: boolean;
  score: number;
}

export function matchNames(a: string, _langA: string, b: string, _langB: string): NameMatch {
  const same = a.trim().toLowerCase() === b.trim().toLowerCase();
  return { same, score: same ? 1 : 0 };
}
