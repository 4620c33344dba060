// The rules a failure can name. Aggregate rules are checked inside method and listener checks and get a
// report entry of their own; the others are checks by themselves (rules/ and model/).

export const AGGREGATE_RULES: Readonly<Record<string, string>> = {
  'api-surface': 'the engine has every documented method and setter',
  'argument-order': 'each method calls its native method once, with the arguments in order',
  'map-conversion': 'Map parameters go to native as plain objects; →Map payload fields reach listeners as Maps',
  'immediate-code': 'the promise settles exactly as native\'s did, not before; a non-zero code means no callback',
  'event-correlation': 'a fresh eventId per call; callbacks run only for their own call\'s events',
  'callback-once': 'each supplied callback runs once per event (progress callbacks once per progress event)',
  'callback-payload': 'callbacks get the event\'s payload fields in parameter order',
  'listener-replacement': 'a setter replaces the previous listener; undefined clears; at most one subscription',
  'listener-payload': 'listeners get the event\'s payload fields in parameter order',
  'event-schema': 'native events match the contracts (checks the native side: simulator or contract native)',
  singleton: 'create makes one engine until destroy; destroy returns native\'s answer',
};
