/**
 * The app's own server, as the tests play it: it calls RongCloud's Server API (answered by imsim through
 * msw) with signed, form-encoded requests, exactly as a production backend would.
 */
import { getWorld } from 'imsim/jest';
import { serverApiHeaders } from 'imsim/server-api';

const API = 'https://api.rong-api.com';
let nonce = 0;

async function call(path: string, params: Array<[string, string]>): Promise<Record<string, any>> {
  const world = getWorld();
  const response = await fetch(`${API}${path}`, {
    method: 'POST',
    headers: serverApiHeaders(world, String(++nonce), world.clock.now()),
    body: new URLSearchParams(params).toString(),
  });
  const body = (await response.json()) as Record<string, any>;
  if (body.code !== 200) throw new Error(`${path} answered ${JSON.stringify(body)}`);
  return body;
}

export const backend = {
  async token(userId: string): Promise<string> {
    return (await call('/user/getToken.json', [['userId', userId], ['name', userId]])).token;
  },
  async createGroup(groupId: string, members: string[], name: string): Promise<void> {
    await call('/group/create.json', [...members.map((m): [string, string] => ['userId', m]), ['groupId', groupId], ['groupName', name]]);
  },
  async announce(groupId: string, text: string): Promise<void> {
    await call('/message/group/publish.json', [['fromUserId', 'admin'], ['toGroupId', groupId], ['objectName', 'RC:TxtMsg'], ['content', JSON.stringify({ content: text })]]);
  },
  async notify(userId: string, text: string): Promise<void> {
    await call('/message/private/publish.json', [['fromUserId', 'shop'], ['toUserId', userId], ['objectName', 'RC:TxtMsg'], ['content', JSON.stringify({ content: text })]]);
  },
};
