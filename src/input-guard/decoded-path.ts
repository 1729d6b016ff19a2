const decodeSegment = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/**
 * A request path as the router hands its parameters to controllers: each segment percent-decoded,
 * one that does not decode kept as sent (as @koa/router does), so `/api/reports/%00` has its NUL.
 */
export const decodedPath = (path: string) => path.split('/').map(decodeSegment).join('/');
