/** GSM 03.38 basic character set: one septet each. */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** The extension table: two septets each (escape + character). */
const EXTENDED = '^{}\\[~]|€\f';

const basic = new Set(BASIC);
const extended = new Set(EXTENDED);

/** Punctuation that phones and word processors put in text, mapped to what every handset shows. */
const PUNCTUATION: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u00A0': ' ',
  '\t': ' ',
};

/**
 * Vietnamese to unaccented GSM-7: diacritics dropped (ệ → e), đ/Đ → d/D, typographic punctuation simplified.
 * Brand-name SMS in Vietnam is sent unaccented because a single accented letter switches the whole message to
 * UCS-2, where a segment holds 70 characters instead of 160.
 */
export function foldToGsm7(text: string): string {
  let out = '';
  for (const char of text.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD')) {
    if (/\p{M}/u.test(char)) continue;
    const mapped = PUNCTUATION[char] ?? char;
    for (const c of mapped) out += basic.has(c) || extended.has(c) ? c : '?';
  }
  return out;
}

export type SmsSegments = { septets: number; segments: number };

/** Segments a GSM-7 text is billed as: 160 septets fit one; beyond, 153 per part (the rest is the UDH header). */
export function countSegments(gsm7Text: string): SmsSegments {
  let septets = 0;
  for (const char of gsm7Text) {
    if (basic.has(char)) septets += 1;
    else if (extended.has(char)) septets += 2;
    else throw new Error(`not a GSM-7 character: ${JSON.stringify(char)}`);
  }
  return { septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
}
