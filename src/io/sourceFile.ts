/** A named file whose text can be read once asked for. A browser `File` satisfies this. */
export interface SourceFile {
  name: string;
  /** Size in bytes, known before the text is read (so oversized files are refused unread). */
  size: number;
  text(): Promise<string>;
}

/** Bytes of `text` in UTF-8, counted without encoding a copy of a possibly large string. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function sourceFromText(name: string, text: string): SourceFile {
  return { name, size: utf8Length(text), text: () => Promise.resolve(text) };
}
