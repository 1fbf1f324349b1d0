// The two Node calls contrast.test.ts makes to read files from disk (the UI project has no Node
// type definitions: its code runs in the webview, only tests run under Node).
declare module "node:fs" {
  export function readFileSync(path: string, encoding: "utf8"): string;
}

declare module "node:url" {
  export function fileURLToPath(url: URL | string): string;
}
