import { EngineCode, RC, createWorld, type Device, type World } from '../../index';
import { mediaFiles } from '../../rongcloud/media';
import { callWithEvents, connectAs, record, sendText } from '../../testing/rn';

const RECEIVED = 'IRCIMIWListener:onMessageReceived';
const PRIVATE = 1;
const GROUP = 2;
const SENDING = 0;
const FAILED = 1;
const SENT = 2;
const CANCELED = 6;
const SEND_EVENTS = ['onMediaMessageSaved', 'onMediaMessageSending', 'onSendingMediaMessageCanceled', 'onMediaMessageSent'];
const DOWNLOAD_EVENTS = ['onMediaMessageDownloading', 'onDownloadingMediaMessageCanceled', 'onMediaMessageDownloaded'];

async function pair(options: { limits?: Record<string, number>; alicePlatform?: 'android' | 'ios' } = {}) {
  const world = createWorld({ seed: 7, limits: options.limits });
  const alice = world.device({ id: 'alice-phone', platform: options.alicePlatform ?? 'android' });
  const bob = world.device({ id: 'bob-phone' });
  await connectAs(world, alice, 'alice');
  await connectAs(world, bob, 'bob');
  return { world, alice, bob };
}

async function image(device: Device, path = '/sdcard/DCIM/photo.jpg', targetId = 'bob') {
  return (await device.rn.native.createImageMessage(PRIVATE, targetId, '', path)) as Record<string, unknown>;
}

async function sendMedia(world: World, device: Device, message: unknown) {
  const result = await callWithEvents(device, 'sendMediaMessage', [message], SEND_EVENTS);
  await world.settle();
  return result;
}

describe('RN native: sendMediaMessage', () => {
  test('saved, then upload progress 25/50/75/100 every 100 ms, then sent with a remote URL; the peer gets the URL, not the path', async () => {
    const { world, alice, bob } = await pair();
    const inbox = record(bob, [RECEIVED]);
    const { code, events, eventId } = await sendMedia(world, alice, await image(alice));
    expect(code).toBe(0);
    const saved = events.onMediaMessageSaved[0];
    expect(saved).toEqual({ eventId, message: expect.objectContaining({ messageType: 4, sentStatus: SENDING, local: '/sdcard/DCIM/photo.jpg', remote: '' }) });
    expect(saved.message.messageId).toBeGreaterThan(0);
    expect(events.onMediaMessageSending).toEqual([]);

    await world.clock.advance(100);
    expect(events.onMediaMessageSending.map((e) => e.progress)).toEqual([25]);
    expect(inbox).toEqual([]);
    await world.clock.advance(300);
    expect(events.onMediaMessageSending.map((e) => e.progress)).toEqual([25, 50, 75, 100]);
    expect(events.onMediaMessageSending.every((e) => e.eventId === eventId && e.message.messageId === saved.message.messageId)).toBe(true);

    const remote = 'https://files.imsim.invalid/imsim-app-key/1/photo.jpg';
    expect(events.onMediaMessageSent).toEqual([{ eventId, code: 0, message: expect.objectContaining({ sentStatus: SENT, remote, local: '/sdcard/DCIM/photo.jpg' }) }]);
    expect(events.onSendingMediaMessageCanceled).toEqual([]);
    expect(alice.engine!.store.get(saved.message.messageId)).toMatchObject({ sentStatus: SENT, remote });
    expect(inbox).toHaveLength(1);
    expect(inbox[0].data.message).toMatchObject({ messageType: 4, remote, local: '', senderUserId: 'alice', direction: 1 });
    expect(mediaFiles(world.cloud).files.get(remote)).toEqual({ uploader: 'alice', name: 'photo.jpg', uploadedAt: world.clock.now() });
  });

  test('iOS per-call payloads carry `type` too, and every payload is a fresh copy', async () => {
    const { world, alice } = await pair({ alicePlatform: 'ios' });
    const { events } = await sendMedia(world, alice, await image(alice));
    await world.clock.advance(400);
    expect(events.onMediaMessageSaved[0].type).toBe('onMediaMessageSaved');
    expect(events.onMediaMessageSending.map((e) => e.type)).toEqual(Array(4).fill('onMediaMessageSending'));
    expect(events.onMediaMessageSent[0].type).toBe('onMediaMessageSent');
    events.onMediaMessageSent[0].message.remote = 'tampered';
    expect(alice.engine!.store.get(events.onMediaMessageSaved[0].message.messageId)!.remote).toMatch(/^https:/);
  });

  test('the transfer speed is a cloud limit', async () => {
    const { world, alice } = await pair({ limits: { mediaStepMs: 50, mediaStepPercent: 40 } });
    const { events } = await sendMedia(world, alice, await image(alice));
    await world.clock.advance(149);
    expect(events.onMediaMessageSending.map((e) => e.progress)).toEqual([40, 80]);
    await world.clock.advance(1);
    expect(events.onMediaMessageSending.map((e) => e.progress)).toEqual([40, 80, 100]);
    expect(events.onMediaMessageSent.map((e) => e.code)).toEqual([0]);
  });

  test('a cancel between steps ends the send as CANCELED: not uploaded, not delivered, never sent', async () => {
    const { world, alice, bob } = await pair();
    const inbox = record(bob, [RECEIVED]);
    const send = await sendMedia(world, alice, await image(alice));
    await world.clock.advance(250);
    const saved = send.events.onMediaMessageSaved[0].message;
    const cancel = await callWithEvents(alice, 'cancelSendingMediaMessage', [saved], ['onCancelSendingMediaMessageCalled']);
    await world.settle();
    expect(cancel.code).toBe(0);
    expect(cancel.events.onCancelSendingMediaMessageCalled).toEqual([
      { eventId: cancel.eventId, code: 0, message: expect.objectContaining({ messageId: saved.messageId, sentStatus: CANCELED }) },
    ]);
    expect(send.events.onSendingMediaMessageCanceled).toEqual([
      { eventId: send.eventId, message: expect.objectContaining({ messageId: saved.messageId, sentStatus: CANCELED, remote: '' }) },
    ]);
    await world.clock.advance(5_000);
    expect(send.events.onMediaMessageSending.map((e) => e.progress)).toEqual([25, 50]);
    expect(send.events.onMediaMessageSent).toEqual([]);
    expect(inbox).toEqual([]);
    expect(alice.engine!.store.get(saved.messageId)!.sentStatus).toBe(CANCELED);
    expect(mediaFiles(world.cloud).files.size).toBe(0);
  });

  test('a canceled message sent again reuses its row and goes through', async () => {
    const { world, alice, bob } = await pair();
    const inbox = record(bob, [RECEIVED]);
    const first = await sendMedia(world, alice, await image(alice));
    await world.clock.advance(100);
    await alice.rn.native.cancelSendingMediaMessage(first.events.onMediaMessageSaved[0].message, 'c1');
    await world.settle();
    const canceled = first.events.onSendingMediaMessageCanceled[0].message;
    const again = await sendMedia(world, alice, canceled);
    await world.clock.advance(400);
    expect(again.events.onMediaMessageSaved[0].message.messageId).toBe(canceled.messageId);
    expect(again.events.onMediaMessageSent.map((e) => [e.code, e.message.sentStatus])).toEqual([[0, SENT]]);
    expect(alice.engine!.store.timeline(PRIVATE, 'bob', '')).toHaveLength(1);
    expect(inbox).toHaveLength(1);
  });

  test('cancelling an unknown or finished upload answers -1; a non-media message gets -101 and no event', async () => {
    const { world, alice } = await pair();
    const send = await sendMedia(world, alice, await image(alice));
    await world.clock.advance(400);
    const sent = send.events.onMediaMessageSent[0].message;
    const late = await callWithEvents(alice, 'cancelSendingMediaMessage', [sent], ['onCancelSendingMediaMessageCalled']);
    const never = await callWithEvents(alice, 'cancelSendingMediaMessage', [await image(alice)], ['onCancelSendingMediaMessageCalled']);
    const text = await alice.rn.native.createTextMessage(PRIVATE, 'bob', '', 'hi');
    const wrong = await callWithEvents(alice, 'cancelSendingMediaMessage', [text], ['onCancelSendingMediaMessageCalled']);
    await world.settle();
    expect(late.events.onCancelSendingMediaMessageCalled.map((e) => [e.code, e.message.sentStatus])).toEqual([[RC.UNKNOWN, SENT]]);
    expect(never.events.onCancelSendingMediaMessageCalled.map((e) => e.code)).toEqual([RC.UNKNOWN]);
    expect(wrong.code).toBe(EngineCode.PARAM_ERROR);
    expect(wrong.events.onCancelSendingMediaMessageCalled).toEqual([]);
    expect(alice.engine!.store.get(sent.messageId)!.sentStatus).toBe(SENT);
  });

  test('non-media messages and media messages without a file get -101, no event and no row', async () => {
    const { world, alice } = await pair();
    const text = await alice.rn.native.createTextMessage(PRIVATE, 'bob', '', 'hi');
    const noFile = { ...(await image(alice)), local: '', remote: '' };
    const noTarget = { ...(await image(alice)), targetId: '' };
    for (const message of [text, noFile, noTarget, { conversationType: 1, targetId: 'bob' }]) {
      const { code, events } = await sendMedia(world, alice, message);
      expect(code).toBe(EngineCode.PARAM_ERROR);
      expect(SEND_EVENTS.flatMap((name) => events[name])).toEqual([]);
    }
    expect(alice.engine!.store.messages.size).toBe(0);
  });

  test('sight messages longer than 120 s are saved, then fail with 34002 without uploading; 120 s is fine', async () => {
    const { world, alice } = await pair();
    const long = await alice.rn.native.createSightMessage(PRIVATE, 'bob', '', '/sdcard/v.mp4', 121);
    const ok = await alice.rn.native.createSightMessage(PRIVATE, 'bob', '', '/sdcard/w.mp4', 120);
    const tooLong = await sendMedia(world, alice, long);
    const fine = await sendMedia(world, alice, ok);
    await world.clock.advance(400);
    expect(tooLong.events.onMediaMessageSaved).toHaveLength(1);
    expect(tooLong.events.onMediaMessageSending).toEqual([]);
    expect(tooLong.events.onMediaMessageSent.map((e) => [e.code, e.message.sentStatus])).toEqual([[RC.SIGHT_MSG_DURATION_LIMIT_EXCEED, FAILED]]);
    expect(fine.events.onMediaMessageSent.map((e) => e.code)).toEqual([0]);
  });

  test('media sends count toward the 5-per-second limit when they reach the cloud', async () => {
    const { world, alice } = await pair();
    const sends = [];
    for (let i = 0; i < 5; i++) sends.push(await sendMedia(world, alice, await image(alice, `/sdcard/p${i}.jpg`)));
    await world.clock.advance(500); // all five uploads finished and were sent at +400 ms
    expect(sends.map((s) => s.events.onMediaMessageSent[0].code)).toEqual([0, 0, 0, 0, 0]);
    expect((await sendText(world, alice, PRIVATE, 'bob', 'sixth')).events.onMessageSent[0].code).toBe(RC.SEND_MSG_FREQUENCY_OVERRUN);
    await world.clock.advance(900);
    expect((await sendText(world, alice, PRIVATE, 'bob', 'later')).events.onMessageSent[0].code).toBe(0);
  });

  test('the upload needs the connection: a dropped link fails it with 30002 at once; so does starting offline', async () => {
    const { world, alice, bob } = await pair();
    const inbox = record(bob, [RECEIVED]);
    const send = await sendMedia(world, alice, await image(alice));
    await world.clock.advance(150);
    alice.network.down();
    await world.settle();
    expect(send.events.onMediaMessageSent.map((e) => [e.code, e.message.sentStatus])).toEqual([[RC.NETWORK_UNAVAILABLE, FAILED]]);
    await world.clock.advance(1_000);
    expect(send.events.onMediaMessageSending.map((e) => e.progress)).toEqual([25]);
    const offline = await sendMedia(world, alice, await image(alice));
    expect(offline.events.onMediaMessageSent.map((e) => e.code)).toEqual([RC.NETWORK_UNAVAILABLE]);
    expect(inbox).toEqual([]);
  });

  test('a planned file-server failure answers its code', async () => {
    const { world, alice } = await pair();
    world.server.failNext('uploadMedia', RC.MSG_RESPONSE_TIMEOUT, { userId: 'alice' });
    const failed = await sendMedia(world, alice, await image(alice));
    expect(failed.events.onMediaMessageSent.map((e) => [e.code, e.message.sentStatus])).toEqual([[RC.MSG_RESPONSE_TIMEOUT, FAILED]]);
    const next = await sendMedia(world, alice, await image(alice));
    await world.clock.advance(400);
    expect(next.events.onMediaMessageSent.map((e) => e.code)).toEqual([0]);
  });

  test('after destroy a running upload reports nothing more', async () => {
    const { world, alice } = await pair();
    const send = await sendMedia(world, alice, await image(alice));
    await world.clock.advance(100);
    await alice.rn.native.destroy();
    await world.clock.advance(1_000);
    expect(send.events.onMediaMessageSending).toHaveLength(1);
    expect(send.events.onMediaMessageSent).toEqual([]);
  });

  test('designated-user group sends refuse media messages with -101', async () => {
    const { world, alice } = await pair();
    world.server.createGroup('g1', ['alice', 'bob']);
    const media = await alice.rn.native.createImageMessage(GROUP, 'g1', '', '/sdcard/a.jpg');
    await expect(alice.rn.native.sendGroupMessageToDesignatedUsers(media, ['bob'], 'e1')).resolves.toBe(EngineCode.PARAM_ERROR);
  });
});

describe('RN native: downloadMediaMessage', () => {
  async function received() {
    const setup = await pair();
    const inbox = record(setup.bob, [RECEIVED]);
    await sendMedia(setup.world, setup.alice, await setup.alice.rn.native.createFileMessage(PRIVATE, 'bob', '', '/sdcard/report.pdf'));
    await setup.world.clock.advance(400);
    return { ...setup, message: inbox[0].data.message };
  }

  test('progress, then downloaded with a local path that the stored row keeps', async () => {
    const { world, bob, message } = await received();
    expect(message).toMatchObject({ messageType: 5, local: '', name: 'report.pdf', fileType: 'pdf' });
    const { code, events, eventId } = await callWithEvents(bob, 'downloadMediaMessage', [message], DOWNLOAD_EVENTS);
    expect(code).toBe(0);
    await world.clock.advance(300);
    expect(events.onMediaMessageDownloading.map((e) => e.progress)).toEqual([25, 50, 75]);
    expect(events.onMediaMessageDownloaded).toEqual([]);
    await world.clock.advance(100);
    const local = `file:///imsim/bob-phone/bob/media/${message.messageUId}/report.pdf`;
    expect(events.onMediaMessageDownloaded).toEqual([{ eventId, code: 0, message: expect.objectContaining({ messageId: message.messageId, local, remote: message.remote }) }]);
    expect(bob.engine!.store.get(message.messageId)!.local).toBe(local);
    expect(bob.engine!.store.conversation(PRIVATE, 'alice', '')!.unreadCount).toBe(1);
  });

  test('a cancel between steps ends it as canceled and leaves no local file; cancelling again answers -1', async () => {
    const { world, bob, message } = await received();
    const download = await callWithEvents(bob, 'downloadMediaMessage', [message], DOWNLOAD_EVENTS);
    await world.clock.advance(200);
    const cancel = await callWithEvents(bob, 'cancelDownloadingMediaMessage', [message], ['onCancelDownloadingMediaMessageCalled']);
    await world.settle();
    expect(cancel.events.onCancelDownloadingMediaMessageCalled).toEqual([{ eventId: cancel.eventId, code: 0, message: expect.objectContaining({ messageId: message.messageId, local: '' }) }]);
    expect(download.events.onDownloadingMediaMessageCanceled).toEqual([{ eventId: download.eventId, message: expect.objectContaining({ messageId: message.messageId }) }]);
    await world.clock.advance(1_000);
    expect(download.events.onMediaMessageDownloading.map((e) => e.progress)).toEqual([25, 50]);
    expect(download.events.onMediaMessageDownloaded).toEqual([]);
    expect(bob.engine!.store.get(message.messageId)!.local).toBe('');
    const again = await callWithEvents(bob, 'cancelDownloadingMediaMessage', [message], ['onCancelDownloadingMediaMessageCalled']);
    await world.settle();
    expect(again.events.onCancelDownloadingMediaMessageCalled.map((e) => e.code)).toEqual([RC.UNKNOWN]);
  });

  test('no remote URL answers 33003; a dropped link 30002; a non-media message -101', async () => {
    const { world, alice, bob, message } = await received();
    const notUploaded = await callWithEvents(alice, 'downloadMediaMessage', [await image(alice)], DOWNLOAD_EVENTS);
    await world.settle();
    expect(notUploaded.events.onMediaMessageDownloaded.map((e) => e.code)).toEqual([RC.INVALID_PARAMETER]);
    const cut = await callWithEvents(bob, 'downloadMediaMessage', [message], DOWNLOAD_EVENTS);
    await world.clock.advance(100);
    bob.network.down();
    await world.settle();
    expect(cut.events.onMediaMessageDownloaded.map((e) => e.code)).toEqual([RC.NETWORK_UNAVAILABLE]);
    const text = await bob.rn.native.createTextMessage(PRIVATE, 'alice', '', 'hi');
    await expect(bob.rn.native.downloadMediaMessage(text, 'e1')).resolves.toBe(EngineCode.PARAM_ERROR);
    await expect(bob.rn.native.cancelDownloadingMediaMessage(text, 'e2')).resolves.toBe(EngineCode.PARAM_ERROR);
  });

  test('a download needs only the link, not the IM connection', async () => {
    const { world, bob, message } = await received();
    await bob.rn.native.disconnect(false);
    const { events } = await callWithEvents(bob, 'downloadMediaMessage', [message], DOWNLOAD_EVENTS);
    await world.clock.advance(400);
    expect(events.onMediaMessageDownloaded.map((e) => e.code)).toEqual([0]);
  });
});
