/** What the server said of a failed request (its error message), else the error's own. */
export const errorMessage = (error: unknown): string => {
  const response = (error as { response?: { data?: { error?: { message?: string } } } }).response;
  return response?.data?.error?.message ?? (error instanceof Error ? error.message : String(error));
};
