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

/**
 * The characters a match of `pattern` can start with, for a pattern that is an alternation of words
 * (能耗|碳排放|PM2\.?5|引进[^，]{0,12}项目): every alternative must open on a plain character that is not optional.
 * Any other shape is refused rather than guessed.
 */
export function leadingChars(pattern: RegExp): string {
  const { source } = pattern;
  if (pattern.flags.includes("i")) throw new Error(`${pattern}: leading characters are not read under the i flag`);
  const starts = new Set<string>();
  let depth = 0;
  let inClass = false;
  let atStart = true;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (atStart) {
      if (SPECIAL.includes(char) || OPTIONAL.includes(source[i + 1] ?? ""))
        throw new Error(`${pattern}: an alternative does not open on a plain character`);
      starts.add(char);
      atStart = false;
    }
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) atStart = true;
  }
  if (atStart) throw new Error(`${pattern}: an alternative is empty`);
  return [...starts].join("");
}

const SPECIAL = "\\()[].^$|*+?{}";
/** A quantifier right after the first character that lets it be left out. */
const OPTIONAL = "?*{";
