// `users create …`, `users token --email E`, `users disable|enable --email E`.
import { translator, type MessageKey } from "~/i18n";
import { CLI_ACTOR } from "~/models/audit.server";
import { setDisabledByEmail } from "~/models/admin.server";
import { createUser } from "~/models/user.server";
import { AppError } from "~/utils/app-error";
import { newUserSchema } from "~/schemas/user";
import { createApiToken } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { CliError, parseFlags, printJson, readStdin, type Command } from "~/cli/command";

const create: Command = async (args) => {
  const { values } = parseFlags(args, {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string" },
    jurisdiction: { type: "string" },
    department: { type: "string" },
    "password-stdin": { type: "boolean" },
  });
  if (!values["password-stdin"]) throw new CliError("Give the password on standard input with --password-stdin", 2);
  const t = translator("en");
  const problems = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
    issues.map((i) => `--${i.path.join(".") || "input"}: ${t(i.message as MessageKey)}`).join("; ");
  // Check the flags before waiting for the password on standard input.
  const flags = newUserSchema.omit({ password: true }).safeParse(values);
  if (!flags.success) throw new CliError(problems(flags.error.issues), 2);
  const password = (await readStdin()).replace(/\r?\n$/, "");
  const parsed = newUserSchema.safeParse({ ...values, password });
  if (!parsed.success) throw new CliError(problems(parsed.error.issues), 2);
  try {
    const user = await createUser({ ...parsed.data, actor: CLI_ACTOR });
    printJson({ id: user.id, email: user.email, role: user.role });
    return 0;
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  }
};

const token: Command = async (args) => {
  const { values } = parseFlags(args, { email: { type: "string" }, label: { type: "string" } });
  if (!values.email) throw new CliError("Give the user's --email", 2);
  const user = await db.user.findUnique({ where: { email: values.email.trim().toLowerCase() }, select: { id: true } });
  if (!user) throw new CliError(`No user with the email ${values.email}`);
  process.stdout.write(`${await createApiToken(user.id, values.label)}\n`);
  return 0;
};

/** `users disable --email E` / `users enable --email E`: sessions and tokens end at once on disable. */
const access =
  (disabled: boolean): Command =>
  async (args) => {
    const { values } = parseFlags(args, { email: { type: "string" } });
    if (!values.email) throw new CliError("Give the user's --email", 2);
    try {
      const user = await setDisabledByEmail(values.email, disabled, CLI_ACTOR);
      printJson({ id: user.id, disabled });
      return 0;
    } catch (error) {
      if (error instanceof AppError) throw new CliError(`No user with the email ${values.email}`);
      throw error;
    }
  };

const users: Command = async ([sub, ...rest]) => {
  if (sub === "create") return create(rest);
  if (sub === "token") return token(rest);
  if (sub === "disable") return access(true)(rest);
  if (sub === "enable") return access(false)(rest);
  throw new CliError("usage: users create … | users token --email E | users disable|enable --email E", 2);
};

export default users;
