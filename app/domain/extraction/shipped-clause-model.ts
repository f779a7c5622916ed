// The learned clause decision the analyser uses (trained by `npm run train:clauses`), or null for rules alone.
import { modelFrom, type ClauseModel, type StoredClauseModel } from "~/domain/extraction/clause-model";
import stored from "~/domain/extraction/clause-model.json";

export const SHIPPED_CLAUSE_MODEL: ClauseModel | null = (stored as { enabled?: boolean }).enabled
  ? modelFrom(stored as unknown as StoredClauseModel)
  : null;
