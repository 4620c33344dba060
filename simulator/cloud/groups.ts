/** Groups as the app server manages them through the Server API: ids and member sets. */
export class Groups {
  private readonly members = new Map<string, Set<string>>();
  readonly names = new Map<string, string>();

  create(groupId: string, memberIds: readonly string[], name = groupId): void {
    const set = this.members.get(groupId) ?? new Set<string>();
    for (const id of memberIds) set.add(id);
    this.members.set(groupId, set);
    this.names.set(groupId, name);
  }

  join(groupId: string, memberIds: readonly string[]): boolean {
    const set = this.members.get(groupId);
    if (!set) return false;
    for (const id of memberIds) set.add(id);
    return true;
  }

  quit(groupId: string, memberIds: readonly string[]): boolean {
    const set = this.members.get(groupId);
    if (!set) return false;
    for (const id of memberIds) set.delete(id);
    return true;
  }

  dismiss(groupId: string): boolean {
    this.names.delete(groupId);
    return this.members.delete(groupId);
  }

  exists(groupId: string): boolean {
    return this.members.has(groupId);
  }

  isMember(groupId: string, userId: string): boolean {
    return this.members.get(groupId)?.has(userId) ?? false;
  }

  membersOf(groupId: string): string[] {
    return [...(this.members.get(groupId) ?? [])].sort();
  }

  ids(): string[] {
    return [...this.members.keys()].sort();
  }
}
