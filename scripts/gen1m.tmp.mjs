import { hash } from "@node-rs/argon2";
import { generateDataset, SUPERVISOR } from "/work/wt/pg/scripts/bench/dataset.mjs";
const t = Date.now();
const r = await generateDataset(process.argv[2], { commitments: 1_000_000, supervisorHash: await hash(SUPERVISOR.password) });
console.log(JSON.stringify({ commitments: r.commitments, jurisdictions: r.jurisdictions, slug: r.slug, seconds: (Date.now() - t) / 1000 }));
