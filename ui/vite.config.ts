/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The Tauri window loads the built files from ui/dist (see tauri.conf.json); the dev server is for
// `tauri dev` only.
export default defineConfig({
  plugins: [react()],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: {
    target: "safari16",
    // The themes use CSS light-dark() (WebKitGTK 2.44+, Safari 17.5+): keep it as written.
    cssTarget: "safari17.5",
    outDir: "dist",
    emptyOutDir: true,
    // No inline scripts or styles: the CSP allows 'self' only.
    assetsInlineLimit: 0,
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./vitest.setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
  },
});
