// Counting ballots: how many chose each option, every option present (zero when nobody chose it), in its order.
export type Counts<C extends string> = Record<C, number>;

export function countChoices<C extends string>(options: readonly C[], choices: Iterable<C>): Counts<C> {
  const counts = Object.fromEntries(options.map((option) => [option, 0])) as Counts<C>;
  for (const choice of choices) counts[choice] += 1;
  return counts;
}
