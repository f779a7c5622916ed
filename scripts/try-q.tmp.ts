import { scanQuantities } from "../app/domain/extraction/quantities";
for (const s of process.argv.slice(2)) {
  console.log(s);
  for (const q of scanQuantities(s))
    console.log(
      "   ",
      s.slice(q.start, q.end),
      JSON.stringify({ v: q.value, up: q.upper, u: q.unit, c: q.comparator, g: q.growth }),
    );
}
