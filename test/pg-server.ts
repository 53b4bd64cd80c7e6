// A throw-away PostgreSQL server for the integration tests: RASD_PG_URL when given, else a fresh cluster
// in a temporary folder (initdb as the postgres user when running as root), stopped after the tests.
// Outside CI a machine without PostgreSQL skips these tests; in CI (CI=true) that is a failure.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type PgServer = { url: string; stop(): void };

function pgBin(): string | null {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], "bin") : null;
}

export function pgAvailable(): boolean {
  return Boolean(process.env.RASD_PG_URL) || pgBin() !== null;
}

/** Fails loudly in CI, where the setup script installs PostgreSQL, instead of letting the suite skip. */
export function requirePgInCi(): void {
  if (process.env.CI && !pgAvailable()) throw new Error("CI: PostgreSQL is not installed (scripts/setup.sh installs it)");
}

export function startPg(): PgServer {
  if (process.env.RASD_PG_URL) return { url: process.env.RASD_PG_URL, stop() {} };
  const bin = pgBin();
  if (!bin) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql");
  const dir = mkdtempSync(join(tmpdir(), "rasd-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const port = 20000 + Math.floor(Math.random() * 20000);
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
    execFileSync(file, argv, { stdio: "pipe" });
  };
  run(join(bin, "initdb"), ["-D", data, "-U", "rasd", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  run(join(bin, "pg_ctl"), ["-D", data, "-w", "-l", join(dir, "log"), "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"]);
  run(join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "rasd", "rasd"]);
  return {
    url: `postgres://rasd@127.0.0.1:${port}/rasd`,
    stop() {
      const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "stop"]] : [join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"]];
      spawnSync(file, argv, { stdio: "ignore" });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
