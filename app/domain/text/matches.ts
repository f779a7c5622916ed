// Every match of a global pattern, as String.prototype.matchAll gives them. matchAll copies its pattern on every
// call, which costs more than the search itself in a short sentence; the analyser searches every sentence so.

/** `pattern` needs the g flag (as matchAll does); its lastIndex is 0 before and after. */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0] === "") pattern.lastIndex = afterEmptyMatch(text, pattern.lastIndex, /[uv]/.test(pattern.flags));
  }
  return matches;
}

/** Past an empty match, one character on (a whole surrogate pair in unicode mode), as matchAll moves. */
function afterEmptyMatch(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}
