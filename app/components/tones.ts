// The badge colour of each status, shared by the ledger and the public pages.
import type { Status } from "~/domain/vocab";

export const STATUS_TONE: Record<Status, string> = {
  not_started: "",
  in_progress: "",
  done: "green",
  verified: "green",
  partial: "yellow",
  missed: "red",
  changed: "",
};
