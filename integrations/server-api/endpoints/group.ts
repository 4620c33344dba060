/**
 * `/group/*`: the cloud only keeps member lists (group logic lives on the app server). Joining a group
 * the cloud does not know creates it; quitting, dismissing or muting in one it does not know is a no-op.
 */
import '../../../simulator/server-control-groups';
import { ID_MAX, type Endpoint } from './types';

const MEMBERS = { max: 1000, maxLength: ID_MAX };
const MUTED = { max: 20, maxLength: ID_MAX };

/** Whole-group mute on or off for up to 20 groups; groups the cloud does not know are skipped. */
function muteWholeGroups(on: boolean): Endpoint {
  return (world, form) => {
    for (const groupId of form.list('groupId', { max: 20, maxLength: ID_MAX })) if (world.cloud.groups.exists(groupId)) world.server.muteGroup(groupId, on);
    return {};
  };
}

export const groupEndpoints: Record<string, Endpoint> = {
  '/group/create.json': (world, form) => {
    const userIds = form.list('userId', MEMBERS);
    const groupId = form.required('groupId', ID_MAX);
    const groupName = form.required('groupName', 128);
    world.server.createGroup(groupId, userIds, groupName);
    return {};
  },
  '/group/join.json': (world, form) => {
    const userIds = form.list('userId', MEMBERS);
    const groupId = form.required('groupId', ID_MAX);
    const groupName = form.optional('groupName', 128);
    if (world.cloud.groups.exists(groupId)) {
      world.server.joinGroup(groupId, userIds);
      if (groupName !== undefined) world.cloud.groups.names.set(groupId, groupName);
    } else {
      world.server.createGroup(groupId, userIds, groupName);
    }
    return {};
  },
  '/group/quit.json': (world, form) => {
    const userIds = form.list('userId', MEMBERS);
    const groupId = form.required('groupId', ID_MAX);
    if (world.cloud.groups.exists(groupId)) world.server.quitGroup(groupId, userIds);
    return {};
  },
  '/group/user/gag/add.json': (world, form) => {
    const userIds = form.list('userId', MUTED);
    const groupId = form.required('groupId', ID_MAX);
    const minute = form.int('minute', 1, 43_200);
    if (world.cloud.groups.exists(groupId)) world.server.muteInGroup(groupId, userIds, minute);
    return {};
  },
  '/group/user/gag/rollback.json': (world, form) => {
    const userIds = form.list('userId', MUTED);
    const groupId = form.required('groupId', ID_MAX);
    if (world.cloud.groups.exists(groupId)) world.server.unmuteInGroup(groupId, userIds);
    return {};
  },
  '/group/ban/add.json': muteWholeGroups(true),
  '/group/ban/rollback.json': muteWholeGroups(false),
  '/group/dismiss.json': (world, form) => {
    form.required('userId', ID_MAX); // the operator, required though the cloud does not check it
    const groupId = form.required('groupId', ID_MAX);
    if (world.cloud.groups.exists(groupId)) world.server.dismissGroup(groupId);
    return {};
  },
};
