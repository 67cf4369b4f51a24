import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

/** A progress bar on an interactive terminal; silent otherwise (pipes, CI, --json). */
export function createProgress(total: number | undefined, enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return { tick() {}, stop() {} };
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: total ? ' {bar} {percentage}% | {value}/{total} | {label}' : ' {value} done | {label}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  bar.start(total ?? 0, 0, { label: '' });
  let done = 0;
  return {
    tick(label) {
      done++;
      if (total !== undefined && done > total) bar.setTotal(done);
      bar.update(done, { label: label.length > 40 ? `…${label.slice(-39)}` : label });
    },
    stop() {
      bar.stop();
    },
  };
}
