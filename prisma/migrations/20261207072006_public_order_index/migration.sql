-- CreateIndex
CREATE INDEX "Commitment_year_jurisdictionId_reportId_ordinal_idx" ON "Commitment"("year" DESC, "jurisdictionId", "reportId", "ordinal");

