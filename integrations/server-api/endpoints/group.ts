/**
 * `/group/*`: the cloud only keeps member lists (group logic lives on the app server). Joining a group
 * the cloud does not know creates it; quitting or dismissing one it does not know is a no-op.
 */
import { ID_MAX, type Endpoint } from './types';

const MEMBERS = { max: 1000, maxLength: ID_MAX };

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
  '/group/dismiss.json': (world, form) => {
    form.required('userId', ID_MAX); // the operator, required though the cloud does not check it
    const groupId = form.required('groupId', ID_MAX);
    if (world.cloud.groups.exists(groupId)) world.server.dismissGroup(groupId);
    return {};
  },
};
