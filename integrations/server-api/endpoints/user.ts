/** `/user/*`: tokens and bans. */
import { ID_MAX, type Endpoint } from './types';

export const userEndpoints: Record<string, Endpoint> = {
  '/user/getToken.json': (world, form) => {
    const userId = form.required('userId', ID_MAX);
    const name = form.optional('name', 128);
    const portraitUri = form.optional('portraitUri', 1024);
    const token = world.server.issueToken(userId);
    const user = world.cloud.accounts.user(userId);
    if (name !== undefined) user.name = name;
    if (portraitUri !== undefined) user.portraitUri = portraitUri;
    return { userId, token };
  },
  '/user/block.json': (world, form) => {
    const userIds = form.list('userId', { max: 20, maxLength: ID_MAX });
    // 1 minute to 30 days.
    const minutes = form.int('minute', 1, 43_200);
    for (const userId of userIds) world.server.blockUser(userId, minutes);
    return {};
  },
  '/user/unblock.json': (world, form) => {
    for (const userId of form.list('userId', { max: 20, maxLength: ID_MAX })) world.server.unblockUser(userId);
    return {};
  },
};
