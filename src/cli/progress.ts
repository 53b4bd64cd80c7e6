// A one-line progress bar on stderr, drawn only when stderr is a terminal (never in pipes or logs).
export type Progress = { tick(n?: number): void; done(): void };

export function progress(label: string, total: number | null, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { tick() {}, done() {} };
  let count = 0;
  let last = 0;
  const started = Date.now();
  const draw = () => {
    const rate = count / Math.max(0.001, (Date.now() - started) / 1000);
    const head = total ? `${count}/${total}` : `${count}`;
    let bar = "";
    if (total) {
      const w = 24;
      const filled = Math.round((Math.min(count, total) / total) * w);
      bar = `[${"#".repeat(filled)}${"-".repeat(w - filled)}] `;
    }
    stream.write(`\r${label} ${bar}${head} (${rate.toFixed(0)}/s)\x1b[K`);
  };
  return {
    tick(n = 1) {
      count += n;
      const now = Date.now();
      if (now - last > 100) { last = now; draw(); }
    },
    done() { draw(); stream.write("\n"); },
  };
}
