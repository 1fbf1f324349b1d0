// The one module that talks to Rust. Every Tauri call in the UI goes through here, typed with
// the bindings ts-rs generates from the Rust types (./bindings, committed). Errors arrive as
// `{code, message}`: code is a closed set to branch on, message is shown to the user as it is.
import { call, IpcError } from "./call";
import type { AppError } from "./bindings/AppError";
import type { AppInfo } from "./bindings/AppInfo";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { RenderedTemplate } from "./bindings/RenderedTemplate";
import type { Starter } from "./bindings/Starter";
import type { Locale } from "./bindings/Locale";
import type { LanguageOption } from "./bindings/LanguageOption";
import type { Client } from "./bindings/Client";
import type { Theme } from "./bindings/Theme";

export { IpcError };
export type { AppError, AppInfo, ErrorCode, RenderedTemplate, Starter, LanguageOption, Client, Theme };
export type { Preview } from "./bindings/Preview";
export type { PreviewLine } from "./bindings/PreviewLine";
export type { PreviewSpan } from "./bindings/PreviewSpan";
export type { PreviewButton } from "./bindings/PreviewButton";
export type { PreviewHeader } from "./bindings/PreviewHeader";
export type { ButtonIcon } from "./bindings/ButtonIcon";
export type { CardPreview } from "./bindings/CardPreview";
export type { Diagnostic } from "./bindings/Diagnostic";
export type { Severity } from "./bindings/Severity";
export type { Counter } from "./bindings/Counter";

/** The app's name, version and data directory. */
export function appInfo(): Promise<AppInfo> {
  return call<AppInfo>("app_info");
}

/** Tells Rust the first screen has painted (startup measurement). */
export function appReady(): Promise<void> {
  return call<void>("app_ready");
}

/** What `renderTemplate` needs besides the document. */
export interface RenderOptions {
  /** The interface language the problems and notes come worded in. */
  locale: Locale;
  client: Client;
  theme: Theme;
  /** The message time as the bubble shows it, e.g. "10:42". */
  timestamp: string;
  /** "Now" in Unix milliseconds (offer countdown). */
  nowMs: number;
  /** False shows raw `{{1}}` markers instead of sample values. */
  showSamples: boolean;
}

/** Checks and previews a template document (one call per change). */
export function renderTemplate(document: unknown, options: RenderOptions): Promise<RenderedTemplate> {
  return call<RenderedTemplate>("render_template", { document, values: null, ...options });
}

/** The starter templates of "New from starter", titled in the interface language. */
export function listStarters(locale: Locale): Promise<Starter[]> {
  return call<Starter[]>("list_starters", { locale });
}

/** Every language a template can be written in, named in the interface language. */
export function listLanguages(locale: Locale): Promise<LanguageOption[]> {
  return call<LanguageOption[]>("list_languages", { locale });
}
