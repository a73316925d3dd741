/** Features that follow the clock and other tabs (an open study session): called in turn, and awaited. */
export type Follower = (at: number, outside: boolean) => Promise<void>;

export function createFollowers() {
  const followers = new Set<Follower>();
  return {
    /** Calls `follower(at, outside)` on every notice; returns the unsubscribe. */
    add(follower: Follower): () => void {
      followers.add(follower);
      return () => followers.delete(follower);
    },
    /** Tells every follower; resolves once all have done (so a tick completes them). */
    notify: (at: number, outside: boolean) => Promise.all([...followers].map((f) => f(at, outside))),
  };
}
