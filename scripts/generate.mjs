#!/usr/bin/env node
// `npm run db:generate`: the Prisma clients for both databases from the one prisma/schema.prisma.
import { generateClients } from "./lib/prisma-schema.mjs";

generateClients();
