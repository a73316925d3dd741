/**
 * The learning-step syntax ("1m 10m 1h 2d"), apart from the scheduler so that checking stored
 * settings at start (settings-check.ts) does not pull the FSRS library into the first paint.
 */
const STEP = /^\d+(\.\d+)?[mhd]$/;

/** True when every step reads like "1m", "10m", "1h" or "2d". */
export function areValidSteps(steps: readonly string[]): boolean {
  return steps.every((step) => STEP.test(step));
}
