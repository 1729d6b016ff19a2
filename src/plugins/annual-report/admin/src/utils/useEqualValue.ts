import * as React from 'react';
import isEqual from 'lodash/isEqual';

/**
 * The value, or the one returned before while the two are deeply equal: a memoised component given
 * it skips rendering when a new run of the checks says the same thing.
 */
export function useEqualValue<T>(value: T): T {
  const kept = React.useRef(value);
  if (kept.current !== value && !isEqual(kept.current, value)) kept.current = value;
  return kept.current;
}
