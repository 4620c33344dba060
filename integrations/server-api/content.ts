/**
 * A Server API message (`objectName` + JSON `content`) as the receiving SDK decodes it into an RN message
 * map. Built-in types map to their RN message types; an app's own objectName becomes a custom message
 * (`identifier` = objectName, string `fields`), whose storage follows isPersisted / isCounted; an unknown
 * `RC:` type is UNKNOWN (`objectName`, `rawData`), as the SDK shows messages it cannot decode.
 */
import { CustomMessagePolicy, MessageType } from '../../simulator/rongcloud/enums';
import { blankMessage, type Message } from '../../simulator/rongcloud/message';
import { ServerApiCode, ServerApiError } from './codes';

type Content = Record<string, unknown>;

export interface ContentOptions {
  /** Custom types only: stored on the device (default true). */
  isPersisted: boolean;
  /** Custom types only: counted as unread (default true). */
  isCounted: boolean;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : Number(v) || 0);

/** Content keys of each built-in objectName, from the Server API's content JSON. */
const builtIn: Record<string, { type: number; read(c: Content): Record<string, unknown> }> = {
  'RC:TxtMsg': { type: MessageType.TEXT, read: (c) => ({ text: requireString(c, 'content') }) },
  'RC:ImgMsg': { type: MessageType.IMAGE, read: (c) => ({ local: '', remote: str(c.imageUri), thumbnailBase64String: str(c.content), original: c.full === true }) },
  'RC:FileMsg': { type: MessageType.FILE, read: (c) => ({ local: '', remote: str(c.fileUrl), name: str(c.name), fileType: str(c.type), size: num(c.size) }) },
  'RC:HQVCMsg': { type: MessageType.VOICE, read: (c) => ({ local: '', remote: str(c.remoteUrl), duration: num(c.duration) }) },
  'RC:SightMsg': {
    type: MessageType.SIGHT,
    read: (c) => ({ local: '', remote: str(c.sightUrl), duration: num(c.duration), size: num(c.size), name: str(c.name), thumbnailBase64String: str(c.content) }),
  },
  'RC:GIFMsg': { type: MessageType.GIF, read: (c) => ({ local: '', remote: str(c.remoteUrl), dataSize: num(c.gifDataSize), width: num(c.width), height: num(c.height) }) },
  'RC:LBSMsg': { type: MessageType.LOCATION, read: (c) => ({ latitude: num(c.latitude), longitude: num(c.longitude), poiName: str(c.poi), thumbnailPath: '' }) },
  'RC:CmdMsg': { type: MessageType.COMMAND, read: (c) => ({ name: requireString(c, 'name'), data: str(c.data) }) },
  'RC:CmdNtf': { type: MessageType.COMMAND_NOTIFICATION, read: (c) => ({ name: requireString(c, 'name'), data: str(c.data) }) },
};

/** The message the cloud routes for one recipient conversation. */
export function messageFromServerApi(conversationType: number, targetId: string, objectName: string, contentJson: string, options: ContentOptions): Message {
  const content = parseContent(contentJson);
  const known = builtIn[objectName];
  let message: Message;
  if (known) {
    message = { ...blankMessage(conversationType, targetId, '', known.type), ...known.read(content) };
  } else if (objectName.startsWith('RC:')) {
    message = { ...blankMessage(conversationType, targetId, '', MessageType.UNKNOWN), objectName, rawData: contentJson };
  } else {
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(content)) fields[key] = typeof value === 'string' ? value : JSON.stringify(value);
    message = { ...blankMessage(conversationType, targetId, '', MessageType.CUSTOM), identifier: objectName, policy: customPolicy(options), fields };
  }
  message.extra = str(content.extra);
  const user = content.user;
  if (user && typeof user === 'object') {
    const u = user as Content;
    message.userInfo = { userId: str(u.id), name: str(u.name), portrait: str(u.portrait), extra: str(u.extra) };
  }
  const mentioned = content.mentionedInfo;
  if (mentioned && typeof mentioned === 'object') {
    const m = mentioned as Content;
    // Server API: 1 = everyone, 2 = some users; RN RCIMIWMentionedType: ALL = 0, PART = 1.
    message.mentionedInfo = {
      type: m.type === 1 ? 0 : 1,
      userIdList: Array.isArray(m.userIdList) ? m.userIdList.filter((id): id is string => typeof id === 'string') : [],
      mentionedContent: str(m.mentionedContent),
    };
  }
  return message;
}

function customPolicy(options: ContentOptions): number {
  if (!options.isPersisted) return CustomMessagePolicy.COMMAND;
  return options.isCounted ? CustomMessagePolicy.NORMAL : CustomMessagePolicy.STORAGE;
}

function parseContent(json: string): Content {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ServerApiError(ServerApiCode.PARAMETER_ERROR, 'content must be a JSON object');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ServerApiError(ServerApiCode.PARAMETER_ERROR, 'content must be a JSON object');
  return value as Content;
}

function requireString(content: Content, key: string): string {
  const value = content[key];
  if (typeof value !== 'string') throw new ServerApiError(ServerApiCode.PARAMETER_ERROR, `content.${key} must be a string`);
  return value;
}
