/**
 * Errors carry a code so channels map them to HTTP statuses, chat replies or exit codes
 * without matching on message text.
 */
export const APP_ERROR_CODES = ['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'NOT_ALLOWED'] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export interface FieldIssue {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
