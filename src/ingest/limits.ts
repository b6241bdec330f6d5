/** Bounds on one input. A bigger file is refused with a clear line rather than exhausting memory. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;
