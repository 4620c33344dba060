import { SettingsPush, userSettingsArea, type ConversationRef, type PushPreferences, type SettingsSnapshot } from '../cloud/push-settings';
import { RC } from '../codes';
import { pushHandlers, type RongCloudEngine } from './engine';
import { PushNotificationLevel } from './enums';
import { conversationKey, type LocalStore } from './local-store';
import { isDoNotDisturb, userLevel, type LevelSettings, type QuietHours } from './notification-levels';
import { settingsRequest } from './settings-request';
import { clearUnreadUpTo } from './unread';

/**
 * The device's copy of the user's cloud-side settings (pins, DND levels, quiet hours, push preferences),
 * one per user database. It is filled by this device's own successful changes, by live syncs from the
 * user's other devices, and by the snapshot the cloud sends at every login; reads are local and work offline.
 */
export interface DeviceSettings extends LevelSettings {
  readonly top: Map<string, boolean>;
  readonly levels: Map<string, number>;
  readonly typeLevels: Map<number, number>;
  quietHours: QuietHours | null;
  push: PushPreferences;
}

const settingsByStore = new WeakMap<LocalStore, DeviceSettings>();

export function deviceSettings(store: LocalStore): DeviceSettings {
  let settings = settingsByStore.get(store);
  if (!settings) {
    settings = { top: new Map(), levels: new Map(), typeLevels: new Map(), quietHours: null, push: { showContent: true, language: '', receive: true } };
    settingsByStore.set(store, settings);
  }
  return settings;
}

/** The level set on this very conversation (NONE when never set: L6806, L6829). */
export function ownLevel(store: LocalStore, type: number, targetId: string, channelId: string): number {
  return deviceSettings(store).levels.get(conversationKey(type, targetId, channelId)) ?? PushNotificationLevel.NONE;
}

/** What `conversation.notificationLevel` shows: the user-level effective level (see notification-levels.ts). */
export function effectiveLevel(store: LocalStore, type: number, targetId: string, channelId: string): number {
  return userLevel(deviceSettings(store), type, targetId, channelId);
}

export function typeLevel(store: LocalStore, type: number): number {
  return deviceSettings(store).typeLevels.get(type) ?? PushNotificationLevel.NONE;
}

export function isTop(store: LocalStore, type: number, targetId: string, channelId: string): boolean {
  return deviceSettings(store).top.get(conversationKey(type, targetId, channelId)) === true;
}

// ---- applying changes (own, synced, snapshot) ----------------------------------------------------

/** Records a pin state; returns whether it changed. Keeps the conversation row's `top` in step. */
export function applyTop(store: LocalStore, ref: ConversationRef, top: boolean): boolean {
  const key = conversationKey(ref.type, ref.targetId, ref.channelId);
  const settings = deviceSettings(store);
  const changed = (settings.top.get(key) === true) !== top;
  if (top) settings.top.set(key, true);
  else settings.top.delete(key);
  const record = store.conversations.get(key);
  if (record) record.top = top;
  return changed;
}

export function applyLevel(store: LocalStore, ref: ConversationRef, level: number): void {
  const levels = deviceSettings(store).levels;
  const key = conversationKey(ref.type, ref.targetId, ref.channelId);
  if (level === PushNotificationLevel.NONE) levels.delete(key);
  else levels.set(key, level);
  refreshLevels(store);
}

export function applyTypeLevel(store: LocalStore, type: number, level: number): void {
  const typeLevels = deviceSettings(store).typeLevels;
  if (level === PushNotificationLevel.NONE) typeLevels.delete(type);
  else typeLevels.set(type, level);
  refreshLevels(store);
}

/** Keeps the rows' `notificationLevel` / `blocked` fields in step for code that reads the store directly. */
function refreshLevels(store: LocalStore): void {
  for (const record of store.conversations.values()) {
    record.notificationLevel = effectiveLevel(store, record.conversationType, record.targetId, record.channelId);
    record.blocked = isDoNotDisturb(record.notificationLevel);
  }
}

/**
 * The cloud's state at login replaces the local copy. Pins that change fire `onConversationTopStatusSynced`
 * (the app learns of pins made elsewhere); read marks clear unread messages up to them, silently.
 */
function applySnapshot(engine: RongCloudEngine, snap: SettingsSnapshot): void {
  const store = engine.store;
  const settings = deviceSettings(store);
  for (const t of snap.top) {
    if (applyTop(store, t, t.top)) engine.host.emit('onConversationTopStatusSynced', { type: t.type, targetId: t.targetId, channelId: t.channelId, top: t.top });
  }
  settings.levels.clear();
  for (const l of snap.levels) settings.levels.set(conversationKey(l.type, l.targetId, l.channelId), l.level);
  settings.typeLevels.clear();
  for (const t of snap.typeLevels) settings.typeLevels.set(t.type, t.level);
  refreshLevels(store);
  settings.quietHours = snap.quietHours && { ...snap.quietHours };
  settings.push = { ...snap.push };
  for (const m of snap.readMarks) clearUnreadUpTo(store, m.type, m.targetId, m.channelId, m.timestamp);
  engine.host.trace('cloud', 'user settings synced', { top: snap.top.length, levels: snap.levels.length, quietHours: snap.quietHours !== null });
}

pushHandlers.set(SettingsPush.SNAPSHOT, (engine, payload) => applySnapshot(engine, payload as unknown as SettingsSnapshot));
pushHandlers.set(SettingsPush.TOP, (engine, p) => {
  const ref = p as unknown as ConversationRef & { top: boolean };
  if (applyTop(engine.store, ref, ref.top)) {
    engine.host.emit('onConversationTopStatusSynced', { type: ref.type, targetId: ref.targetId, channelId: ref.channelId, top: ref.top });
  }
});
// DND changes made elsewhere sync silently: the RN API has no listener for them (L4007 names only the pin one).
pushHandlers.set(SettingsPush.LEVEL, (engine, p) => applyLevel(engine.store, p as unknown as ConversationRef, p.level as number));
pushHandlers.set(SettingsPush.TYPE_LEVEL, (engine, p) => applyTypeLevel(engine.store, p.type as number, p.level as number));
pushHandlers.set(SettingsPush.QUIET_HOURS, (engine, p) => {
  deviceSettings(engine.store).quietHours = (p.quietHours as QuietHours | null) ?? null;
});
pushHandlers.set(SettingsPush.PUSH, (engine, p) => {
  deviceSettings(engine.store).push = { ...(p as unknown as PushPreferences) };
});
// Another device of this user read a conversation: clear here up to that time, then tell the app (L4562).
pushHandlers.set(SettingsPush.READ, (engine, p) => {
  const ref = p as unknown as ConversationRef & { timestamp: number };
  clearUnreadUpTo(engine.store, ref.type, ref.targetId, ref.channelId, ref.timestamp);
  engine.host.emit('onConversationReadStatusSyncMessageReceived', { type: ref.type, targetId: ref.targetId, timestamp: ref.timestamp });
});

// ---- operations ----------------------------------------------------------------------------------

type Done = (code: number) => void;

export function changeConversationLevel(engine: RongCloudEngine, operation: string, ref: ConversationRef, level: number, done: Done): void {
  const store = engine.hasStore ? engine.store : null;
  settingsRequest(engine, operation, (cloud, userId) => {
    const area = userSettingsArea(cloud);
    area.setLevel(userId, ref, level);
    area.broadcast(userId, engine, SettingsPush.LEVEL, { ...ref, level });
    return RC.SUCCESS;
  }, (code) => {
    if (code === RC.SUCCESS && store) applyLevel(store, ref, level);
    done(code);
  });
}

export function changeTypeLevel(engine: RongCloudEngine, operation: string, type: number, level: number, done: Done): void {
  const store = engine.hasStore ? engine.store : null;
  settingsRequest(engine, operation, (cloud, userId) => {
    const area = userSettingsArea(cloud);
    area.setTypeLevel(userId, type, level);
    area.broadcast(userId, engine, SettingsPush.TYPE_LEVEL, { type, level });
    return RC.SUCCESS;
  }, (code) => {
    if (code === RC.SUCCESS && store) applyTypeLevel(store, type, level);
    done(code);
  });
}

/** One window per user: a new one replaces the old (L7345); null removes it. */
export function changeQuietHours(engine: RongCloudEngine, operation: string, hours: QuietHours | null, done: Done): void {
  const store = engine.hasStore ? engine.store : null;
  settingsRequest(engine, operation, (cloud, userId) => {
    const area = userSettingsArea(cloud);
    area.of(userId).quietHours = hours && { ...hours };
    area.broadcast(userId, engine, SettingsPush.QUIET_HOURS, { quietHours: hours && { ...hours } });
    return RC.SUCCESS;
  }, (code) => {
    if (code === RC.SUCCESS && store) deviceSettings(store).quietHours = hours && { ...hours };
    done(code);
  });
}

export function changePushPreference(engine: RongCloudEngine, operation: string, change: Partial<PushPreferences>, done: Done): void {
  const store = engine.hasStore ? engine.store : null;
  settingsRequest(engine, operation, (cloud, userId) => {
    const area = userSettingsArea(cloud);
    const settings = area.of(userId);
    settings.push = { ...settings.push, ...change };
    area.broadcast(userId, engine, SettingsPush.PUSH, { ...settings.push });
    return RC.SUCCESS;
  }, (code) => {
    if (code === RC.SUCCESS && store) deviceSettings(store).push = { ...deviceSettings(store).push, ...change };
    done(code);
  });
}
