import { cloudArea, cloudAreaFactories, type Cloud } from '../cloud/cloud';
import type { SnapshotHooks } from '../snapshot/cloud';
import { decodeData, encodeData, type Json } from '../snapshot/data';
import { RC } from '../codes';
import type { TimerHandle } from '../core/scheduler';
import type { RongCloudEngine } from './engine';
import { MessageType, SentStatus } from './enums';
import type { Reply } from './host';
import type { LocalStore } from './local-store';
import { cloneMessage, mediaMessageTypes, type Message } from './message';
import type { SendHooks } from './messaging';

/**
 * Media messages: the upload before a media send, downloads, and cancelling either. A transfer takes
 * virtual time (`mediaStepPercent` every `mediaStepMs`, cloud limits), so a cancel can land between
 * steps; uploads go to the cloud's file server, which hands out deterministic `remote` URLs.
 */

const AREA = 'media';

/** The cloud's file server: what media sends uploaded, under URLs numbered in upload order. */
export class MediaFileServer implements SnapshotHooks {
  private counter = 0;
  readonly files = new Map<string, { uploader: string; name: string; uploadedAt: number }>();

  constructor(private readonly cloud: Cloud) {}

  // Snapshots carry the files and the counter, so a restored world numbers its next upload the same way.
  snapshot(): Json {
    return encodeData({ counter: this.counter, files: this.files }, 'media');
  }

  restore(state: Json): void {
    const data = decodeData(state) as { counter: number; files: MediaFileServer['files'] };
    this.counter = data.counter;
    this.files.clear();
    for (const [url, file] of data.files) this.files.set(url, file);
  }

  store(uploader: string, name: string): string {
    // `.invalid` is a reserved TLD: the URL can never reach a real server by accident.
    const url = `https://files.imsim.invalid/${encodeURIComponent(this.cloud.appKey)}/${++this.counter}/${encodeURIComponent(name || 'file')}`;
    this.files.set(url, { uploader, name, uploadedAt: this.cloud.now() });
    return url;
  }
}

cloudAreaFactories.set(AREA, (cloud) => new MediaFileServer(cloud));

export function mediaFiles(cloud: Cloud): MediaFileServer {
  return cloudArea<MediaFileServer>(cloud, AREA);
}

export function isMediaMessage(message: Message): boolean {
  return mediaMessageTypes.has(message.messageType);
}

/** A media message the engine can work with: a local file to upload or a remote one already uploaded. */
export function hasMediaSource(message: Message): boolean {
  return nonEmpty(message.local) || nonEmpty(message.remote);
}

type Kind = 'upload' | 'download';

interface Transfer {
  readonly kind: Kind;
  readonly key: string;
  /** Ends the transfer as cancelled; returns the message as the cancel reports it. */
  cancel(): Message;
}

/** The transfers running on one engine. */
class Transfers {
  private readonly running: Transfer[] = [];

  add(transfer: Transfer): void {
    this.running.push(transfer);
  }

  remove(transfer: Transfer): void {
    const i = this.running.indexOf(transfer);
    if (i >= 0) this.running.splice(i, 1);
  }

  matching(kind: Kind, key: string): Transfer[] {
    return this.running.filter((t) => t.kind === kind && t.key === key);
  }
}

function transfersOf(engine: RongCloudEngine): Transfers {
  let transfers = engine.areas.get(AREA) as Transfers | undefined;
  if (!transfers) engine.areas.set(AREA, (transfers = new Transfers()));
  return transfers;
}

/** Uploads are known by the local row they belong to; downloads by row, else UId, else URL. */
function transferKey(kind: Kind, message: Message): string {
  if (kind === 'upload') return `id:${message.messageId}`;
  if (message.messageId > 0) return `id:${message.messageId}`;
  return message.messageUId ? `uid:${message.messageUId}` : `url:${String(message.remote ?? '')}`;
}

interface TransferSteps {
  /** Uploads need the IM connection (the upload token comes through it); downloads only the link. */
  needsConnection: boolean;
  progress(percent: number): void;
  done(): void;
  failed(code: number): void;
  canceled(): Message;
}

/** Runs one transfer step by step on the virtual clock; a dropped link fails it at once. */
function startTransfer(engine: RongCloudEngine, kind: Kind, key: string, steps: TransferSteps): void {
  const { scheduler, network, cloud } = engine.host;
  const stepMs = Math.max(0, cloud.limits.mediaStepMs);
  const stepPercent = Math.min(100, Math.max(1, cloud.limits.mediaStepPercent));
  const transfers = transfersOf(engine);
  let progress = 0;
  let timer: TimerHandle | null = null;
  const end = () => {
    scheduler.cancel(timer);
    timer = null;
    unsubscribe();
    transfers.remove(transfer);
  };
  const fail = (code: number) => {
    end();
    if (!engine.isDestroyed) steps.failed(code);
  };
  const transfer: Transfer = {
    kind,
    key,
    cancel: () => {
      end();
      return steps.canceled();
    },
  };
  const unsubscribe = network.onChange((up) => {
    if (!up) fail(RC.NETWORK_UNAVAILABLE);
  });
  const step = () => {
    timer = null;
    if (engine.isDestroyed) return end();
    if (!network.isUp || (steps.needsConnection && !engine.connected)) return fail(RC.NETWORK_UNAVAILABLE);
    progress = Math.min(100, progress + stepPercent);
    steps.progress(progress);
    if (progress < 100) {
      timer = scheduler.after(stepMs, step);
      return;
    }
    end();
    steps.done();
  };
  transfers.add(transfer);
  engine.host.trace('note', `media ${kind} started`, { key });
  timer = scheduler.after(stepMs, step);
}

/**
 * A file path or URL changed: content only, so no index, unread count or conversation order moves (going
 * through `store.update` would also bring a removed conversation back, which a download must not do).
 */
function setContent(row: Message, changes: Pick<Message, 'local'> | Pick<Message, 'remote'>): void {
  Object.assign(row, changes);
}

/** Applies changes to a message row, through the store when the row is still stored. */
function updateRow(store: LocalStore, row: Message, changes: Partial<Message>): void {
  if (row.messageId > 0 && store.get(row.messageId) === row) store.update(row, changes);
  else Object.assign(row, changes);
}

/**
 * Send hooks for `sendMessage` that upload the file first: saved, then progress, then the cloud send
 * (which the 5-per-second limit counts like any other), or canceled / failed on the way.
 */
export function mediaSendHooks(engine: RongCloudEngine, reply: Reply): SendHooks {
  return {
    saved: 'onMediaMessageSaved',
    sent: 'onMediaMessageSent',
    beforeTransmit(row, proceed, fail) {
      // Called by sendMessage right after saving, so this is the database the row was saved in.
      const store = engine.store;
      const { limits, faults } = engine.host.cloud;
      if (row.messageType === MessageType.SIGHT && typeof row.duration === 'number' && row.duration > limits.maxSightSeconds) {
        return fail(RC.SIGHT_MSG_DURATION_LIMIT_EXCEED);
      }
      // Already on the file server (a forward, or a resend after a successful upload): nothing to upload.
      if (nonEmpty(row.remote)) return proceed();
      if (!engine.connected) return fail(RC.NETWORK_UNAVAILABLE);
      const planned = faults.take('uploadMedia', engine.userId);
      if (planned !== null) return fail(planned);
      startTransfer(engine, 'upload', transferKey('upload', row), {
        needsConnection: true,
        progress: (progress) => reply('onMediaMessageSending', { message: cloneMessage(row), progress }),
        done: () => {
          const url = mediaFiles(engine.host.cloud).store(engine.userId, fileName(row));
          setContent(row, { remote: url });
          engine.host.trace('note', 'media uploaded', { messageId: row.messageId, remote: url });
          proceed();
        },
        failed: (code) => fail(code),
        canceled: () => {
          updateRow(store, row, { sentStatus: SentStatus.CANCELED });
          engine.host.trace('note', 'media upload canceled', { messageId: row.messageId });
          reply('onSendingMediaMessageCanceled', { message: cloneMessage(row) });
          return cloneMessage(row);
        },
      });
    },
  };
}

/** Cancels the upload of a message's file; the message as cancelled, or null when no upload is running. */
export function cancelUpload(engine: RongCloudEngine, message: Message): Message | null {
  return cancelAll(engine, 'upload', message);
}

export function cancelDownload(engine: RongCloudEngine, message: Message): Message | null {
  return cancelAll(engine, 'download', message);
}

function cancelAll(engine: RongCloudEngine, kind: Kind, message: Message): Message | null {
  const matching = transfersOf(engine).matching(kind, transferKey(kind, message));
  let result: Message | null = null;
  for (const transfer of matching) result = transfer.cancel();
  return result;
}

/**
 * Downloads a media message's file to a deterministic local path: progress, then downloaded with
 * `local` set (on the stored row too), or canceled / failed.
 */
export function downloadMedia(engine: RongCloudEngine, message: Message, reply: Reply): void {
  const done = (code: number, m: Message) => reply('onMediaMessageDownloaded', { code, message: cloneMessage(m) });
  if (!engine.hasStore) return done(RC.CLIENT_NOT_INIT, message);
  const store = engine.store;
  const stored = message.messageId > 0 ? store.get(message.messageId) : message.messageUId ? store.getByUId(message.messageUId) : undefined;
  // The stored row is the message when it is the same one (a local id can be reused by another user's database).
  const row = stored && (!message.messageUId || stored.messageUId === message.messageUId) ? stored : cloneMessage(message);
  const remote = row.remote;
  if (!nonEmpty(remote)) return done(RC.INVALID_PARAMETER, row);
  if (!engine.host.network.isUp) return done(RC.NETWORK_UNAVAILABLE, row);
  const planned = engine.host.cloud.faults.take('downloadMedia', engine.userId);
  if (planned !== null) return done(planned, row);
  startTransfer(engine, 'download', transferKey('download', message), {
    needsConnection: false,
    progress: (progress) => reply('onMediaMessageDownloading', { message: cloneMessage(row), progress }),
    done: () => {
      const local = `file:///imsim/${engine.deviceId}/${engine.userId}/media/${row.messageUId || `local-${row.messageId}`}/${fileName(row)}`;
      setContent(row, { local });
      engine.host.trace('note', 'media downloaded', { messageId: row.messageId, local });
      done(RC.SUCCESS, row);
    },
    failed: (code) => done(code, row),
    canceled: () => {
      engine.host.trace('note', 'media download canceled', { messageId: row.messageId });
      reply('onDownloadingMediaMessageCanceled', { message: cloneMessage(row) });
      return cloneMessage(row);
    },
  });
}

/** The file's name: the FILE/SIGHT `name`, else the last part of its path or URL. */
function fileName(message: Message): string {
  if (nonEmpty(message.name)) return message.name;
  const path = nonEmpty(message.local) ? message.local : nonEmpty(message.remote) ? message.remote : '';
  return decodeSafe(path.split(/[\\/]/).pop() ?? '') || 'file';
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}
