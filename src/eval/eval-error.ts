/**
 * Failures that stop an eval run before or while it calls the target. Each
 * carries a stable `code` the CLI maps to an exit status.
 */

export type EvalErrorCode =
  'EVAL_SET_INVALID' | 'EVAL_TARGET_UNREACHABLE' | 'EVAL_THRESHOLDS_INVALID' | 'EVAL_USAGE';

/** A failure of the eval run itself (bad input, target down), not of a case. */
export class EvalError extends Error {
  override readonly name = 'EvalError';

  constructor(
    readonly code: EvalErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
