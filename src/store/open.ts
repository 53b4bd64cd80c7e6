// Which store a command or server uses: --db, else $RASD_DB, else ./rasd.db. A postgres:// URL opens
// the PostgreSQL store instead.
import { openPostgresStore } from "./postgres/postgres-store.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

export const DEFAULT_DB = "rasd.db";

export function resolveDb(db?: string | null): string {
  return db || process.env.RASD_DB || DEFAULT_DB;
}

export async function openStore(db?: string | null): Promise<Store> {
  const target = resolveDb(db);
  if (/^postgres(ql)?:\/\//i.test(target)) {
    return openPostgresStore({ connectionString: target });
  }
  return openSqliteStore({ path: target });
}
