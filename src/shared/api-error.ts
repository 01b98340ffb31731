/**
 * How a call fails across the seam, apart from the contract (api.ts): the renderer throws
 * and catches ApiError without importing the contract, whose zod schemas would otherwise
 * all be built before its first paint (issue 18).
 */
export const API_ERROR_CODES = ['invalid-input', 'not-found', 'conflict', 'storage', 'forbidden', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
}

/** What crosses the seam: never a thrown Error (its message and class would be lost over IPC). */
export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
