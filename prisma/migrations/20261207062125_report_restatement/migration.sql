-- A report may restate another (a news article retelling a work report), linked at review.
ALTER TABLE "Report" ADD COLUMN "restatesId" INTEGER REFERENCES "Report" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
