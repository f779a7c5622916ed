// `demo`: load the bundled demo reports into an empty database (run by `npm start`).
import { loadDemoData } from "~/models/demo.server";
import { type Command } from "~/cli/command";

const demo: Command = async () => {
  const outcomes = await loadDemoData();
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
