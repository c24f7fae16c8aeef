import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF made by pdfkit, read back the way a viewer reads it: content streams inflated, and the glyph
 * ids of each font mapped to Unicode through that font's ToUnicode table. Enough to prove that the words on the
 * page are the Vietnamese words we meant, diacritics included.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string | null }>();
  for (const match of source.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = match[2] ?? '';
    const streamAt = body.indexOf('stream');
    let stream: string | null = null;
    if (streamAt >= 0) {
      const start = (match.index ?? 0) + match[0].indexOf('stream') + 'stream'.length + 1;
      const end = source.indexOf('endstream', start);
      const raw = pdf.subarray(start, end);
      try {
        stream = inflateSync(raw).toString('latin1');
      } catch {
        stream = raw.toString('latin1');
      }
    }
    objects.set(match[1] ?? '', { dict: streamAt >= 0 ? body.slice(0, streamAt) : body, stream });
  }
  const hexToText = (hex: string) =>
    String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => Number.parseInt(unit, 16)));
  const cmapOf = (fontRef: string): Map<string, string> => {
    const glyphs = new Map<string, string>();
    const toUnicode = objects.get(fontRef)?.dict.match(/\/ToUnicode (\d+) 0 R/)?.[1];
    const cmap = toUnicode ? (objects.get(toUnicode)?.stream ?? '') : '';
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const line of (block[1] ?? '').matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
        const first = Number.parseInt(line[1] ?? '0', 16);
        [...(line[3] ?? '').matchAll(/<([0-9a-f]+)>/gi)].forEach((value, offset) => {
          glyphs.set((first + offset).toString(16).padStart(4, '0'), hexToText(value[1] ?? ''));
        });
      }
    }
    return glyphs;
  };
  const fonts = new Map<string, Map<string, string>>();
  for (const { dict } of objects.values()) {
    const resources = dict.match(/\/Font\s*<<([^>]*)>>/)?.[1];
    for (const entry of resources?.matchAll(/\/(\w+) (\d+) 0 R/g) ?? []) {
      if (!fonts.has(entry[1] ?? '')) fonts.set(entry[1] ?? '', cmapOf(entry[2] ?? ''));
    }
  }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream?.includes('BT')) continue;
    let glyphs = new Map<string, string>();
    for (const op of stream.matchAll(/\/(\w+) [\d.]+ Tf|\[(.*?)\]\s*TJ/g)) {
      if (op[1]) {
        glyphs = fonts.get(op[1]) ?? new Map();
        continue;
      }
      const parts = [...(op[2] ?? '').matchAll(/<([0-9a-f]+)>/gi)].map((p) => p[1] ?? '');
      lines.push(
        parts
          .map((hex) => (hex.match(/.{4}/g) ?? []).map((id) => glyphs.get(id.toLowerCase()) ?? '�').join(''))
          .join(''),
      );
    }
  }
  return lines.join('\n');
}
