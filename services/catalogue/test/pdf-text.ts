import { inflateSync } from 'node:zlib';

/**
 * The text a PDF made by pdfkit shows, good enough to check diacritics: inflates the streams, reads each font's
 * ToUnicode map, and decodes the hex glyph strings of the page contents through the map of the font in use.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dictionary: string; stream: string | null }>();
  for (const match of raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = match[2] as string;
    const streamAt = body.search(/(?<!end)stream\r?\n/);
    let stream: string | null = null;
    if (streamAt >= 0) {
      const start = (match.index as number) + match[0].indexOf(body) + body.indexOf('\n', streamAt) + 1;
      const end = raw.indexOf('endstream', start);
      const bytes = pdf.subarray(start, end);
      try {
        stream = inflateSync(bytes).toString('latin1');
      } catch {
        stream = bytes.toString('latin1');
      }
    }
    objects.set(match[1] as string, { dictionary: streamAt >= 0 ? body.slice(0, streamAt) : body, stream });
  }
  const hex = (value: string) =>
    String.fromCodePoint(...(value.match(/.{4}/g) ?? []).map((h) => Number.parseInt(h, 16)));
  const cmapOf = (fontObject: string) => {
    const reference = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontObject)?.dictionary ?? '')?.[1];
    const cmap = new Map<string, string>();
    const stream = reference ? objects.get(reference)?.stream : null;
    for (const range of stream?.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi) ?? []) {
      const first = Number.parseInt(range[1] as string, 16);
      [...(range[3] as string).matchAll(/<([0-9a-f]+)>/gi)].forEach((target, i) => {
        cmap.set((first + i).toString(16).padStart(4, '0'), hex(target[1] as string));
      });
    }
    return cmap;
  };
  const fonts = new Map<string, Map<string, string>>();
  for (const [, name, object] of raw.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    if (!fonts.has(name as string)) fonts.set(name as string, cmapOf(object as string));
  }
  const text: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream || !/T[Jf]/.test(stream)) continue;
    let cmap = new Map<string, string>();
    for (const token of stream.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\]\s*TJ|(T\*|Td|TD|ET)/g)) {
      if (token[1]) cmap = fonts.get(token[1]) ?? new Map();
      else if (token[2] !== undefined) {
        for (const part of token[2].matchAll(/<([0-9a-f]+)>/gi)) {
          const codes = (part[1] as string).match(/.{4}/g) ?? [];
          text.push(codes.map((code) => cmap.get(code.toLowerCase()) ?? '?').join(''));
        }
      } else text.push('\n');
    }
  }
  return text.join('');
}
