/**
 * The actors registry (public/data/actors-registry.json): who speaks for which side. Data, so a
 * newsroom extends it without touching code.
 */
export interface RegistryActor {
  id: string;
  name: string;
  kind: 'person' | 'institution' | 'group';
  role?: string | null;
  side: string;
  aliases: string[];
}

export interface ActorRegistry {
  sides: { id: string; label: string; description?: string }[];
  actors: RegistryActor[];
}

export interface ActorRef {
  start: number;
  end: number;
  actor: RegistryActor;
  /** Found by compromise as a person's name, not in the registry: side unknown. */
  unknown?: boolean;
}

/** Every registry alias in the text, longest first, not overlapping. Case matters: "the US" is not "the us". */
export function findActors(text: string, registry: ActorRegistry): ActorRef[] {
  const aliases = registry.actors.flatMap((actor) => actor.aliases.map((alias) => ({ alias, actor }))).sort((a, b) => b.alias.length - a.alias.length);
  const taken: ActorRef[] = [];
  for (const { alias, actor } of aliases) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + alias.length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      taken.push({ start, end, actor });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
