// Group commit: work that arrives while the store is busy goes to it together, so under load one
// statement (one round trip, one commit) carries many items, and when idle an item goes at once.

export interface BatchOptions {
  /** Batches in progress at once (each takes a connection; a second one overlaps the first's round trip). */
  parallel: number;
  /** Items in one batch at most. */
  max: number;
}

export class Batcher<T, R> {
  private waiting: Array<{ item: T; resolve: (result: R) => void; reject: (error: unknown) => void }> = [];
  private running = 0;
  private scheduled = false;

  /** `flush` handles a batch and answers one result per item, in order. */
  constructor(
    private readonly flush: (items: T[]) => Promise<R[]>,
    private readonly options: BatchOptions,
  ) {}

  /** Resolves once the item's batch is done (for the store: committed). */
  add(item: T): Promise<R> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      // Items that arrive in the same turn of the event loop go together; no timer, no added wait.
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.next();
        });
      }
    });
  }

  private next(): void {
    while (this.running < this.options.parallel && this.waiting.length) {
      const batch = this.waiting.splice(0, this.options.max);
      this.running++;
      void this.run(batch).finally(() => {
        this.running--;
        this.next();
      });
    }
  }

  private async run(batch: Batcher<T, R>['waiting']): Promise<void> {
    try {
      const results = await this.flush(batch.map((entry) => entry.item));
      for (const [i, entry] of batch.entries()) entry.resolve(results[i]);
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      // One bad item must not fail the others: each goes again on its own.
      await Promise.all(batch.map((entry) => this.run([entry])));
    }
  }
}
