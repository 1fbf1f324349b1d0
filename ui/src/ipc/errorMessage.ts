// The one way the UI turns a thrown value into the text it shows. A failed command arrives as an
// `IpcError` whose message Rust already worded for the user (it says what to do), so it is shown
// as it is; any other `Error` shows its message; anything else thrown is shown as text. Kept in a
// module of its own (not `./index`) so that tests mocking `../ipc` still get it.

/** The text to show the user for `error`, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  if (typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string") {
    return (error as { message: string }).message;
  }
  return String(error);
}
