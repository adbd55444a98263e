/**
 * Two lanes in front of the one engine worker, which runs its messages in arrival order. Interactive calls go at once;
 * a background call (the Overview index's fetch) is sent only while no interactive call is in flight and no other
 * background call is, so an interactive call that arrives meanwhile waits for at most the one background statement
 * then running, never for a queue of them (at 1M rows the index's ~30 statements held the first click for ~1 s).
 */
export class PriorityLane {
  private foreground = 0;
  private backgroundBusy = false;
  private waiting: (() => void)[] = [];

  /** An interactive call: sent now. */
  async now<T>(run: () => Promise<T>): Promise<T> {
    this.foreground += 1;
    try {
      return await run();
    } finally {
      this.foreground -= 1;
      this.wake();
    }
  }

  /** A background call: sent when the engine has nothing interactive to do and no other background call is out. */
  async later<T>(run: () => Promise<T>): Promise<T> {
    while (this.foreground > 0 || this.backgroundBusy) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.backgroundBusy = true;
    try {
      return await run();
    } finally {
      this.backgroundBusy = false;
      this.wake();
    }
  }

  /** Interactive calls in flight (the heartbeat's notion of busy counts both lanes). */
  get interactive(): number {
    return this.foreground;
  }

  private wake(): void {
    if (this.foreground > 0 || this.backgroundBusy) return;
    // Every waiter looks again; the first to run takes the lane, the others wait on.
    const all = this.waiting;
    this.waiting = [];
    all.forEach((w) => w());
  }
}
