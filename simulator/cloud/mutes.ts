/**
 * Whether the app server's mutes stop `userId` sending to a group or chatroom at `now`: a mute there or
 * everywhere that ends later, or a whole-place mute (`wholeMuteSpares` set) that does not spare them.
 */
export function mutedNow(
  userId: string,
  now: number,
  here: ReadonlyMap<string, number> | undefined,
  everywhere: ReadonlyMap<string, number>,
  wholeMuteSpares: ReadonlySet<string> | null | undefined,
): boolean {
  return (here?.get(userId) ?? -Infinity) > now || (everywhere.get(userId) ?? -Infinity) > now || (wholeMuteSpares != null && !wholeMuteSpares.has(userId));
}
