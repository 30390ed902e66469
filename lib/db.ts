import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/db-url";

// One Prisma client per process, created on first use so that tests and scripts can set
// DATABASE_URL first. The app is stateless: any number of instances share one PostgreSQL.
const g = globalThis as unknown as { __itineraPrisma?: PrismaClient };

// Every session runs in UTC. adapter-pg 6.19 sends instants without an offset and, reading a
// timestamptz, relabels the session's offset as UTC without converting (prisma/orm#26786):
// in any other session zone every stored instant would be shifted (decision 030).
export function createPrisma(url = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10, options: "-c TimeZone=UTC" }) });
}

export function db(): PrismaClient {
  return (g.__itineraPrisma ??= createPrisma());
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
