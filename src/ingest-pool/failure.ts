/** An analysis that threw, as one failure line says it: the error's name and its message's first line. */
export function describeFailure(error: unknown): string {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return reason.split('\n')[0] as string;
}
