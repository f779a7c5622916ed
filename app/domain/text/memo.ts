// Readings the matcher asks of the same few hundred wordings many times (a metric's canonical form, a unit's parse):
// each answer is kept, and the store is emptied when it grows past its limit, so a long run cannot grow it without end.

/** `compute` wrapped to keep every answer, up to `limit` of them. */
export function memoised<V>(compute: (key: string) => V, limit = 10_000): (key: string) => V {
  const answers = new Map<string, V>();
  return (key) => {
    if (answers.has(key)) return answers.get(key)!;
    if (answers.size > limit) answers.clear();
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
