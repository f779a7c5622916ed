// A set of single characters to look for in a text, as a table. A pattern of many scattered characters ([建竣投…])
// is checked one character at a time outside the compiled pattern, which costs more than the long pattern it
// was meant to spare; a table lookup costs next to nothing.

export interface CharSet {
  /** Whether any character (UTF-16 code unit, as in a pattern without the u flag) of `text` is in the set. */
  test(text: string): boolean;
  /** Whether the character with this code is in the set (NaN, past a text's end, is not). */
  has(code: number): boolean;
}

export function charSet(chars: string): CharSet {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return {
    test(text: string): boolean {
      for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) return true;
      return false;
    },
    has(code: number): boolean {
      return code < 0x10000 && table[code] === 1;
    },
  };
}
