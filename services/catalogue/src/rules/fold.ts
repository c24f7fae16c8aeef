/**
 * Vietnamese text without diacritics, lower-case: "Hộ tịch" → "ho tich". The same folding as the generated
 * `search_text` column (db/schema.ts), done here for what users type; NFD covers any combining form they send.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
