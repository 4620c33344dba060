import type { CloudClient, PlatformClass } from './client';

export interface LoginOptions {
  /** This login is the SDK reconnecting after a drop, not an app-initiated connect. */
  reconnect: boolean;
  /** The reconnecting device's `kickReconnectDevice` engine option. */
  kickReconnectDevice: boolean;
}

export type LoginResult = { ok: true; kicked: CloudClient | null } | { ok: false; keptOnline: CloudClient };

/**
 * Online clients per user and the multi-device policy: one client per platform class; a later login
 * kicks the earlier one, except that a reconnecting device with `kickReconnectDevice: true` gives up
 * instead (seed 004 L726-757).
 */
export class Sessions {
  private readonly online = new Map<string, Map<PlatformClass, CloudClient>>();
  private readonly userOf = new Map<CloudClient, string>();

  login(userId: string, client: CloudClient, options: LoginOptions): LoginResult {
    let byClass = this.online.get(userId);
    if (!byClass) this.online.set(userId, (byClass = new Map()));
    const current = byClass.get(client.platformClass);
    if (current && current !== client) {
      if (options.reconnect && options.kickReconnectDevice) return { ok: false, keptOnline: current };
      this.userOf.delete(current);
    }
    byClass.set(client.platformClass, client);
    this.userOf.set(client, userId);
    return { ok: true, kicked: current && current !== client ? current : null };
  }

  logout(client: CloudClient): void {
    const userId = this.userOf.get(client);
    if (userId === undefined) return;
    this.userOf.delete(client);
    const byClass = this.online.get(userId);
    if (byClass?.get(client.platformClass) === client) byClass.delete(client.platformClass);
    if (byClass && byClass.size === 0) this.online.delete(userId);
  }

  userOfClient(client: CloudClient): string | undefined {
    return this.userOf.get(client);
  }

  isOnline(client: CloudClient): boolean {
    return this.userOf.has(client);
  }

  /** Online clients of a user, in a fixed order (platform class order) for determinism. */
  clientsOf(userId: string): CloudClient[] {
    const byClass = this.online.get(userId);
    if (!byClass) return [];
    return [...byClass.values()];
  }

  onlineUsers(): string[] {
    return [...this.online.keys()].sort();
  }
}
