import type { Rng } from '../core/rng';

export interface TokenRecord {
  readonly token: string;
  readonly userId: string;
  readonly appKey: string;
  readonly issuedAt: number;
  expiresAt: number | null;
  revoked: boolean;
}

export interface UserRecord {
  readonly userId: string;
  name?: string;
  portraitUri?: string;
  /** Virtual time until which the user is banned; null when not banned. */
  blockedUntil: number | null;
  /** One-way blacklist: ids this user refuses private messages from. */
  readonly blacklist: Set<string>;
}

/** Users and their tokens. A token names its user and its app key, as a RongCloud token does. */
export class Accounts {
  readonly users = new Map<string, UserRecord>();
  readonly tokens = new Map<string, TokenRecord>();

  constructor(private readonly rng: Rng, private readonly now: () => number) {}

  user(userId: string): UserRecord {
    let user = this.users.get(userId);
    if (!user) {
      user = { userId, blockedUntil: null, blacklist: new Set() };
      this.users.set(userId, user);
    }
    return user;
  }

  issueToken(userId: string, appKey: string, ttlMs: number | null): string {
    this.user(userId);
    const token = `${Buffer.from(userId, 'utf8').toString('base64')}@${appKey}.imsim;${this.rng.string(16)}`;
    this.tokens.set(token, { token, userId, appKey, issuedAt: this.now(), expiresAt: ttlMs === null ? null : this.now() + ttlMs, revoked: false });
    return token;
  }

  /** The user a token claims, read from the token itself (the SDK opens the user's database before the server answers). */
  claimedUser(token: string): string | null {
    const record = this.tokens.get(token);
    if (record) return record.userId;
    const at = token.indexOf('@');
    if (at <= 0) return null;
    const decoded = Buffer.from(token.slice(0, at), 'base64').toString('utf8');
    return decoded.length > 0 && Buffer.from(decoded, 'utf8').toString('base64') === token.slice(0, at) ? decoded : null;
  }

  /** The token's record when it is valid for this app key now. */
  check(token: string, appKey: string): TokenRecord | null {
    const record = this.tokens.get(token);
    if (!record || record.revoked || record.appKey !== appKey) return null;
    if (record.expiresAt !== null && this.now() >= record.expiresAt) return null;
    return record;
  }

  isBlocked(userId: string): boolean {
    const until = this.users.get(userId)?.blockedUntil;
    return until !== null && until !== undefined && this.now() < until;
  }
}
