/** An ISO 639 code with optional subtags (`en`, `fil`, `zh-Hans`): what articles are stored under, not a language's name. */
export const LANGUAGE_CODE_PATTERN = '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$';

const LANGUAGE_CODE = new RegExp(LANGUAGE_CODE_PATTERN);

export function isLanguageCode(value: string): boolean {
  return value.length <= 20 && LANGUAGE_CODE.test(value);
}
