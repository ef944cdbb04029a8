/** Affiliation chains and who appears where. Pure functions over plain records. */

export interface ActorLike {
  id: string;
  memberOf?: string | undefined;
}

/**
 * The chain of organisations an actor belongs to, nearest first:
 * Unit 8200 → Military Intelligence Directorate → Israel Defense Forces → Israel Ministry of Defense.
 * @returns ancestors only (not the actor itself); stops at a loop rather than running forever
 *   (loops are reported at build by `checkIntegrity`).
 */
export function affiliationChain<T extends ActorLike>(
  actorId: string,
  byId: ReadonlyMap<string, T>,
): T[] {
  const chain: T[] = [];
  const seen = new Set([actorId]);
  let next = byId.get(actorId)?.memberOf;
  while (next && !seen.has(next)) {
    const parent = byId.get(next);
    if (!parent) break;
    chain.push(parent);
    seen.add(next);
    next = parent.memberOf;
  }
  return chain;
}

/** Actors whose `memberOf` is `actorId` (direct members only). */
export function directMembers<T extends ActorLike>(actorId: string, actors: readonly T[]): T[] {
  return actors.filter((a) => a.memberOf === actorId);
}

/** Events in which an actor is named, in the order given. */
export function eventsOfActor<E extends { actors: readonly { actor: string }[] }>(
  actorId: string,
  events: readonly E[],
): E[] {
  return events.filter((e) => e.actors.some((a) => a.actor === actorId));
}
