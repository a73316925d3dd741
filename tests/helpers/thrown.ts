import { ImportError } from '../../src/domain/import-error';

/** The ImportError that `run` throws; fails the test if it throws nothing or something else. */
export function thrown(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}
