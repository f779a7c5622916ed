// Readings asked again and again of the same text (a clause read by the rules and then by the learned decision, a
// heading shared by the clauses under it): the last answer is kept, so asking again costs a comparison of strings.

/** `compute` wrapped to keep its last answer, for the same one or two strings. */
export function keepingLast<V>(compute: (text: string, other?: string) => V): (text: string, other?: string) => V {
  let asked = false;
  let lastText = "";
  let lastOther: string | undefined;
  let answer!: V;
  return (text, other) => {
    if (!asked || text !== lastText || other !== lastOther) {
      asked = true;
      lastText = text;
      lastOther = other;
      answer = compute(text, other);
    }
    return answer;
  };
}
