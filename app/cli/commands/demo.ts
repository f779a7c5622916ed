// `demo`: load the bundled demo reports into an empty database (run by `npm start`); also completes the
// search index of promises stored before it held their paragraph.
import { loadDemoData } from "~/models/demo.server";
import { fillMissingParagraphs } from "~/models/search-index.server";
import { withDatabaseLock } from "~/utils/database-lock.server";
import { type Command } from "~/cli/command";

const demo: Command = async () => {
  // Several app processes may start at once: one loads, the others then find the reports there.
  const { filled, outcomes } = await withDatabaseLock("demo", async () => ({
    // Promises stored before their paragraph was kept for search get it now (once).
    filled: await fillMissingParagraphs(),
    outcomes: await loadDemoData(),
  }));
  if (filled) process.stderr.write(`search: paragraphs of ${filled} promises indexed\n`);
  if (!outcomes) {
    process.stderr.write("demo: the database already has reports; nothing imported\n");
    return 0;
  }
  for (const o of outcomes)
    process.stderr.write(
      `demo: report ${o.reportId} (${o.year}): ${o.commitments} commitments, ${o.results} results\n`,
    );
  return 0;
};

export default demo;
