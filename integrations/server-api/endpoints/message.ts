/**
 * `/message/{private,group,system,chatroom}/publish.json`: the app server sends on behalf of `fromUserId`, skipping
 * the client rate limit, membership and (unless `verifyBlacklist=1`) the blacklist.
 * Not simulated: pushContent/pushData beyond the message's pushOptions, isIncludeSender, count.
 */
import type { World } from '../../../simulator/index';
import { RC } from '../../../simulator/codes';
import type { SendOptions } from '../../../simulator/cloud/cloud';
import { ConversationType } from '../../../simulator/rongcloud/enums';
import { ServerApiCode, ServerApiError } from '../codes';
import { messageFromServerApi } from '../content';
import type { Form } from '../form';
import { ID_MAX, type Endpoint } from './types';

interface Publish {
  fromUserId: string;
  objectName: string;
  content: string;
  pushContent?: string;
  pushData?: string;
  isPersisted: boolean;
  isCounted: boolean;
}

function readPublish(form: Form): Publish {
  return {
    fromUserId: form.required('fromUserId', ID_MAX),
    objectName: form.required('objectName', 32),
    content: form.required('content'),
    pushContent: form.optional('pushContent'),
    pushData: form.optional('pushData'),
    isPersisted: form.flag('isPersisted', true),
    isCounted: form.flag('isCounted', true),
  };
}

/** Sends one message into the cloud; returns its UId. */
function send(world: World, p: Publish, conversationType: number, targetId: string, options: SendOptions = {}): string {
  const message = messageFromServerApi(conversationType, targetId, p.objectName, p.content, p);
  if (p.pushContent !== undefined || p.pushData !== undefined) message.pushOptions = { pushContent: p.pushContent ?? '', pushData: p.pushData ?? '' };
  const result = world.cloud.send(null, p.fromUserId, message, { ...options, fromServer: true });
  if (result.code === RC.MSG_SIZE_OUT_OF_LIMIT) throw new ServerApiError(ServerApiCode.PARAMETER_TOO_LONG, 'content is larger than 128 KB');
  // The IM service's own chatroom refusal passes through as the answer's code, as the chatroom calls do.
  if (result.code === RC.CHATROOM_NOT_EXIST) throw new ServerApiError(result.code, `the IM service answered ${result.code}`);
  if (result.code !== RC.SUCCESS || !result.message) throw new ServerApiError(ServerApiCode.INTERNAL_ERROR, `the IM service refused the message (code ${result.code})`);
  return result.message.messageUId;
}

export const messageEndpoints: Record<string, Endpoint> = {
  '/message/private/publish.json': (world, form) => {
    const p = readPublish(form);
    const toUserIds = form.list('toUserId', { max: 1000, maxLength: ID_MAX });
    const verifyBlacklist = form.flag('verifyBlacklist', false);
    const messageUIDs: Array<{ userId: string; messageUID: string }> = [];
    for (const userId of toUserIds) {
      // A blacklisted sender's message is dropped without an error, as the Server API does.
      if (verifyBlacklist && world.cloud.accounts.users.get(userId)?.blacklist.has(p.fromUserId)) continue;
      messageUIDs.push({ userId, messageUID: send(world, p, ConversationType.PRIVATE, userId) });
    }
    return { messageUIDs };
  },
  '/message/group/publish.json': (world, form) => {
    const p = readPublish(form);
    const groupIds = form.list('toGroupId', { max: 3, maxLength: ID_MAX });
    const designated = form.list('toUserId', { min: 0, max: 1000, maxLength: ID_MAX });
    const options = designated.length > 0 ? { designatedUserIds: designated } : {};
    return { messageUIDs: groupIds.map((groupId) => ({ groupId, messageUID: send(world, p, ConversationType.GROUP, groupId, options) })) };
  },
  '/message/chatroom/publish.json': (world, form) => {
    const p = readPublish(form);
    // Present members get it live; chatroom messages are never kept for anyone offline (L4780).
    for (const roomId of form.list('toChatroomId', { max: 10, maxLength: ID_MAX })) send(world, p, ConversationType.CHATROOM, roomId);
    return {};
  },
  '/message/system/publish.json': (world, form) => {
    const p = readPublish(form);
    for (const userId of form.list('toUserId', { max: 100, maxLength: ID_MAX })) send(world, p, ConversationType.SYSTEM, userId);
    return {};
  },
};
