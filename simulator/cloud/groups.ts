import { mutedNow } from './mutes';

/**
 * Groups as the app server manages them through the Server API: ids, names, and each member's join time
 * (new members see only what is sent after they joined, unless the app key allows more, seed 004 L4654).
 */
export class Groups {
  /** Per group: member id -> virtual time they (last) joined. */
  private readonly members = new Map<string, Map<string, number>>();
  readonly names = new Map<string, string>();
  /**
   * The app server's mutes (seed 004 L4628-4630): a member muted in one group or in every group until a
   * time, and whole-group mutes with the members they spare. Muted members still receive.
   */
  readonly rules = {
    muted: new Map<string, Map<string, number>>(),
    mutedEverywhere: new Map<string, number>(),
    mutedAll: new Map<string, Set<string>>(),
  };

  constructor(private readonly now: () => number) {}

  /** Whether `userId` may not send to `groupId` right now (22408). */
  isMuted(groupId: string, userId: string): boolean {
    return mutedNow(userId, this.now(), this.rules.muted.get(groupId), this.rules.mutedEverywhere, this.rules.mutedAll.get(groupId));
  }

  create(groupId: string, memberIds: readonly string[], name = groupId): void {
    const members = this.members.get(groupId) ?? new Map<string, number>();
    this.add(members, memberIds);
    this.members.set(groupId, members);
    this.names.set(groupId, name);
  }

  join(groupId: string, memberIds: readonly string[]): boolean {
    const members = this.members.get(groupId);
    if (!members) return false;
    this.add(members, memberIds);
    return true;
  }

  quit(groupId: string, memberIds: readonly string[]): boolean {
    const members = this.members.get(groupId);
    if (!members) return false;
    for (const id of memberIds) members.delete(id);
    return true;
  }

  dismiss(groupId: string): boolean {
    this.names.delete(groupId);
    this.rules.muted.delete(groupId);
    this.rules.mutedAll.delete(groupId);
    return this.members.delete(groupId);
  }

  exists(groupId: string): boolean {
    return this.members.has(groupId);
  }

  isMember(groupId: string, userId: string): boolean {
    return this.members.get(groupId)?.has(userId) ?? false;
  }

  /** When `userId` joined `groupId` (undefined when not a member). A member already in keeps their time. */
  joinedAt(groupId: string, userId: string): number | undefined {
    return this.members.get(groupId)?.get(userId);
  }

  membersOf(groupId: string): string[] {
    return [...(this.members.get(groupId)?.keys() ?? [])].sort();
  }

  ids(): string[] {
    return [...this.members.keys()].sort();
  }

  private add(members: Map<string, number>, memberIds: readonly string[]): void {
    const now = this.now();
    for (const id of memberIds) if (!members.has(id)) members.set(id, now);
  }
}
