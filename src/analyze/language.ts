import { getLIDModel } from 'fasttext.wasm.js';

export interface LanguageGuess {
  /** ISO 639-1 where one exists, else the fastText (639-3 or 639-2) code; `und` when nothing could be told. */
  lang: string;
  confidence: number;
}

type LidModel = Awaited<ReturnType<typeof getLIDModel>>;
let modelPromise: Promise<LidModel> | undefined;

function loadModel(): Promise<LidModel> {
  modelPromise ??= (async () => {
    const model = await getLIDModel();
    await model.load();
    return model;
  })();
  return modelPromise;
}

// fastText is trained on lines; long inputs only add cost, so a sample from the start suffices.
const SAMPLE_CHARS = 2000;

/** Identifies the language of a text with fastText's lid.176 model (shipped by fasttext.wasm.js). */
export async function detectLanguage(text: string): Promise<LanguageGuess> {
  const sample = text.replace(/\s+/g, ' ').trim().slice(0, SAMPLE_CHARS);
  if (!/\p{L}/u.test(sample)) return { lang: 'und', confidence: 0 };
  const model = await loadModel();
  const result = await model.identify(sample);
  return { lang: result.alpha2 ?? result.alpha3, confidence: result.possibility };
}
