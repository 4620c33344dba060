/**
 * The signature check every Server API request passes (RongCloud "API 请求签名"): headers App-Key, Nonce,
 * Timestamp (ms) and Signature = hex SHA1(appSecret + nonce + timestamp), each also accepted with the
 * `RC-` prefix. The timestamp is not checked for freshness: backends sign with the real clock, and the
 * world runs on a virtual one.
 */
import { createHash } from 'crypto';
import { ServerApiCode, ServerApiError } from './codes';

export function serverApiSignature(appSecret: string, nonce: string, timestamp: string | number): string {
  return createHash('sha1').update(`${appSecret}${nonce}${timestamp}`).digest('hex');
}

/** Headers a backend sends: handy in tests that play the app server. */
export function serverApiHeaders(app: { appKey: string; appSecret: string }, nonce: string, timestamp: string | number): Record<string, string> {
  return {
    'App-Key': app.appKey,
    Nonce: nonce,
    Timestamp: String(timestamp),
    Signature: serverApiSignature(app.appSecret, nonce, timestamp),
    'Content-Type': 'application/x-www-form-urlencoded',
  };
}

export function checkSignature(headers: Headers, app: { appKey: string; appSecret: string }): void {
  const read = (name: string) => headers.get(name) ?? headers.get(`RC-${name}`);
  const appKey = read('App-Key');
  const nonce = read('Nonce');
  const timestamp = read('Timestamp');
  const signature = read('Signature');
  const missing = [['App-Key', appKey], ['Nonce', nonce], ['Timestamp', timestamp], ['Signature', signature]].filter(([, v]) => !v).map(([n]) => n);
  if (missing.length > 0) throw new ServerApiError(ServerApiCode.SIGNATURE_ERROR, `missing header(s): ${missing.join(', ')}`);
  if (appKey !== app.appKey) throw new ServerApiError(ServerApiCode.APP_KEY_MISMATCH, `App-Key ${JSON.stringify(appKey)} is not this app's key`);
  if (signature!.toLowerCase() !== serverApiSignature(app.appSecret, nonce!, timestamp!)) {
    throw new ServerApiError(ServerApiCode.SIGNATURE_ERROR, 'signature error: Signature must be hex SHA1(App Secret + Nonce + Timestamp)');
  }
}
