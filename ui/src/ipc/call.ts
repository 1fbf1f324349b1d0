// The one way the UI calls a Rust command. Failures arrive as `{code, message}` (Rust's
// `AppError`) and are thrown as `IpcError`: `code` is the closed `ErrorCode` set the UI may branch
// on, `message` already says what to do and is shown as it is. Every module of ./ calls through
// here, so the mapping lives once.
import { invoke } from "@tauri-apps/api/core";
import type { AppError } from "./bindings/AppError";
import type { ErrorCode } from "./bindings/ErrorCode";

/** A failed command: the Rust `AppError`, as a throwable. */
export class IpcError extends Error {
  readonly code: ErrorCode;

  constructor(error: AppError) {
    super(error.message);
    this.name = "IpcError";
    this.code = error.code;
  }
}

function isAppError(value: unknown): value is AppError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    typeof (value as { message?: unknown }).message === "string"
  );
}

/** Calls a Rust command; failures become `IpcError`s. */
export async function call<T>(
  command: string,
  args?: Parameters<typeof invoke>[1],
  options?: Parameters<typeof invoke>[2],
): Promise<T> {
  try {
    return await invoke<T>(command, args, options);
  } catch (raw) {
    if (isAppError(raw)) throw new IpcError(raw);
    // Not one of ours: the IPC layer itself failed (e.g. a command not granted).
    throw new IpcError({ code: "internal", message: `Wabi Studio could not reach its core: ${String(raw)}` });
  }
}
