export interface Token {
  /** As written. */
  text: string;
  /** Lower-cased, script-normalised form (Arabic diacritics and letter forms folded, clitics stripped). */
  norm: string;
  /** Stem of `norm` where a stemmer exists for the language, else `norm`. */
  stem: string;
  start: number;
  end: number;
  /** Stop word in its language. */
  stop: boolean;
  /** Starts with an upper-case letter (scripts with case only). */
  capitalised: boolean;
  /** Unicode script of the token: `Latn`, `Cyrl`, `Arab`, `Hani`, ... (`Zyyy` for digits). */
  script: string;
  /** Digits only (with group or decimal separators): `98.000`, `2022`, `٢٠٢٢`. */
  numeric?: boolean;
}
