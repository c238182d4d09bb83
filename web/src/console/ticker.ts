// A steady tick for the console's heartbeat. Chrome throttles the timers of a page hidden for
// five minutes to once a minute ("intensive throttling"): a console left in a background tab would
// then miss heartbeats, be taken OFFLINE by the 60-second presence sweeper and come back ONLINE a
// minute later, again and again. A dedicated worker's timers are not throttled that way, so the
// tick comes from one; where workers are unavailable (tests, old browsers) a plain interval.

export function startTicker(everyMs: number, tick: () => void): () => void {
  if (typeof Worker !== 'undefined' && typeof Blob !== 'undefined' && typeof URL.createObjectURL === 'function') {
    try {
      const url = URL.createObjectURL(new Blob([`setInterval(() => postMessage(0), ${Math.max(1000, Math.floor(everyMs))});`], { type: 'text/javascript' }));
      const worker = new Worker(url);
      URL.revokeObjectURL(url);
      worker.onmessage = () => tick();
      return () => worker.terminate();
    } catch {
      // A blocked worker (e.g. a strict Content-Security-Policy): fall back to a timer below.
    }
  }
  const timer = setInterval(tick, everyMs);
  return () => clearInterval(timer);
}
