/**
 * Server API status codes (RongCloud "Server API 状态码" table) and the HTTP status each comes with.
 * Codes of the IM service itself (23410 chatroom missing, 23424 ...) pass through as the body code with
 * HTTP 200, as business answers do.
 */
export const ServerApiCode = {
  OK: 200,
  NOT_FOUND: 404,
  INTERNAL_ERROR: 1000,
  /** App Key and App Secret do not match (here: an App-Key that is not the world's). */
  APP_KEY_MISMATCH: 1001,
  PARAMETER_ERROR: 1002,
  NO_POST_DATA: 1003,
  SIGNATURE_ERROR: 1004,
  PARAMETER_TOO_LONG: 1005,
} as const;

const httpStatus: Record<number, number> = {
  [ServerApiCode.OK]: 200,
  [ServerApiCode.NOT_FOUND]: 404,
  [ServerApiCode.INTERNAL_ERROR]: 500,
  [ServerApiCode.APP_KEY_MISMATCH]: 401,
  [ServerApiCode.PARAMETER_ERROR]: 400,
  [ServerApiCode.NO_POST_DATA]: 400,
  [ServerApiCode.SIGNATURE_ERROR]: 401,
  [ServerApiCode.PARAMETER_TOO_LONG]: 400,
};

export function httpStatusOf(code: number): number {
  return httpStatus[code] ?? 200;
}

/** A refused request: the handler answers `{ code, errorMessage }`. */
export class ServerApiError extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}
