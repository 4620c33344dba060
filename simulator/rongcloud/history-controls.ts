import { requireFlag, ServerControl } from '../server-control';
import { ConversationType } from './enums';
import type { Message } from './message';
import { recallPolicy } from './recall';
import { historyKey, isHiddenRemote, remoteFloor, remoteHistory, viewerCopy } from './remote-history';

/** `world.server` controls and views of the message-history area. */
declare module '../server-control' {
  interface ServerControl {
    /**
     * Turns the private/group cloud-storage service on or off (on by default). Off: remote history gives
     * 33007, remote deletes and clears 25102.
     */
    setCloudHistory(enabled: boolean): void;
    /**
     * The app key's "new members get group history from before they joined" option (off by default, seed
     * 004 L4654-4658). Off: a member's remote group history starts when they joined.
     */
    allowGroupHistoryBeforeJoin(on?: boolean): void;
    /** The app's "only recall one's own messages" option (off by default, seed 004 L2036): others' get 25107. */
    restrictRecallToSender(on?: boolean): void;
    /** Server history of a private or group conversation as `viewerId` sees it, oldest first. */
    remoteHistory(viewerId: string, conversationType: number, targetId: string, channelId?: string): Message[];
    /** Users `userId` has blacklisted, in the order added. */
    blacklistOf(userId: string): string[];
  }
}

ServerControl.prototype.setCloudHistory = function (this: ServerControl, enabled: boolean): void {
  requireFlag('setCloudHistory(enabled): enabled', enabled);
  remoteHistory(this.cloud).enabled = enabled;
};

ServerControl.prototype.allowGroupHistoryBeforeJoin = function (this: ServerControl, on = true): void {
  requireFlag('allowGroupHistoryBeforeJoin(on): on', on);
  remoteHistory(this.cloud).historyBeforeJoin = on;
};

ServerControl.prototype.restrictRecallToSender = function (this: ServerControl, on = true): void {
  requireFlag('restrictRecallToSender(on): on', on);
  recallPolicy(this.cloud).senderOnly = on;
};

ServerControl.prototype.remoteHistory = function (this: ServerControl, viewerId: string, conversationType: number, targetId: string, channelId = ''): Message[] {
  if (conversationType !== ConversationType.PRIVATE && conversationType !== ConversationType.GROUP) {
    throw new RangeError('remoteHistory: only private (1) and group (2) conversations have server history here');
  }
  const views = remoteHistory(this.cloud);
  const key = historyKey(conversationType, viewerId, targetId, channelId);
  const floor = remoteFloor(this.cloud, viewerId, conversationType, targetId, key);
  return this.cloud.history
    .conversation(key)
    .filter((m) => m.sentTime > floor && !isHiddenRemote(views, viewerId, m.messageUId))
    .map((m) => viewerCopy(m, viewerId));
};

ServerControl.prototype.blacklistOf = function (this: ServerControl, userId: string): string[] {
  return [...(this.cloud.accounts.users.get(userId)?.blacklist ?? [])];
};
