/** Arabic code points and ranges named once, so rules read as what they mean. */
export const ALEF = 0x0627;
export const ALEF_MADDA = 0x0622;
export const ALEF_HAMZA_ABOVE = 0x0623;
export const ALEF_HAMZA_BELOW = 0x0625;
export const ALEF_WASLA = 0x0671;
export const ALEF_MAQSURA = 0x0649;
export const YEH = 0x064a;
export const TEH_MARBUTA = 0x0629;
export const HEH = 0x0647;
export const TATWEEL = 0x0640;
export const SUPERSCRIPT_ALEF = 0x0670;

export const ARABIC_COMMA = 0x060c;
export const ARABIC_SEMICOLON = 0x061b;
export const ARABIC_QUESTION_MARK = 0x061f;
export const ARABIC_PERCENT = 0x066a;
export const ARABIC_DECIMAL_SEPARATOR = 0x066b;
export const ARABIC_THOUSANDS_SEPARATOR = 0x066c;
export const ARABIC_FULL_STOP = 0x06d4;

export const ARABIC_INDIC_DIGIT_ZERO = 0x0660;
export const PERSIAN_DIGIT_ZERO = 0x06f0;

/** Harakat, tanwin, shadda, sukun and the rarer marks that follow them (U+064B–U+065F). */
export function isHaraka(cp: number): boolean {
  return (cp >= 0x064b && cp <= 0x065f) || cp === SUPERSCRIPT_ALEF;
}

/** Quranic annotation marks (U+0610–U+061A, U+06D6–U+06ED), never part of news words. */
export function isQuranicMark(cp: number): boolean {
  return (cp >= 0x0610 && cp <= 0x061a) || (cp >= 0x06d6 && cp <= 0x06ed && cp !== 0x06e5 && cp !== 0x06e6);
}

/** Arabic presentation forms A and B, which NFKC folds back to ordinary letters. */
export function isPresentationForm(cp: number): boolean {
  return (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff);
}

/** Zero-width characters and bidi controls: invisible, and they break matching. */
export function isInvisibleControl(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    cp === 0xfeff ||
    cp === 0x061c ||
    cp === 0x00ad
  );
}

/** The value of a decimal digit in ASCII, Arabic-Indic or Persian script, else -1. */
export function digitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp >= ARABIC_INDIC_DIGIT_ZERO && cp <= ARABIC_INDIC_DIGIT_ZERO + 9) return cp - ARABIC_INDIC_DIGIT_ZERO;
  if (cp >= PERSIAN_DIGIT_ZERO && cp <= PERSIAN_DIGIT_ZERO + 9) return cp - PERSIAN_DIGIT_ZERO;
  return -1;
}
