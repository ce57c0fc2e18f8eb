#!/usr/bin/env node
// Launcher for the wijkwijzer binary. npm installs exactly one of the platform packages
// below (each is an optional dependency limited by `os` and `cpu`); this script finds
// it, runs its binary with the same arguments and standard streams, and exits the way
// the binary exited (same exit code, or same signal).
"use strict";

const { spawn } = require("node:child_process");
const os = require("node:os");
const path = require("node:path");

// `${process.platform} ${process.arch}` -> the package that carries the binary.
const PLATFORMS = {
  "linux x64": { pkg: "@wijkwijzer/linux-x64", bin: "bin/wijkwijzer" },
  "linux arm64": { pkg: "@wijkwijzer/linux-arm64", bin: "bin/wijkwijzer" },
  "win32 x64": { pkg: "@wijkwijzer/win32-x64", bin: "bin/wijkwijzer.exe" },
};

// In the editor's language, as the binary chooses it: Dutch unless WIJKWIJZER_LANG=en.
function fail(english, dutch) {
  const lang = (process.env.WIJKWIJZER_LANG || "").trim().toLowerCase();
  process.stderr.write(`wijkwijzer: ${lang === "en" ? english : dutch}\n`);
  process.exit(1);
}

function binaryPath() {
  // An escape hatch for unsupported systems and for testing a local build.
  const override = process.env.WIJKWIJZER_BINARY_PATH;
  if (override) return override;

  const key = `${process.platform} ${process.arch}`;
  const platform = PLATFORMS[key];
  const available = Object.values(PLATFORMS)
    .map((p) => p.pkg.replace("@wijkwijzer/", ""))
    .join(", ");
  if (!platform) {
    fail(
      `there is no wijkwijzer binary for this system (${process.platform}-${process.arch}). ` +
        `Binaries exist for: ${available}. ` +
        "Set WIJKWIJZER_BINARY_PATH to a wijkwijzer binary you built yourself to use it anyway.",
      `er is geen wijkwijzer-programma voor dit systeem (${process.platform}-${process.arch}). ` +
        `Het programma bestaat voor: ${available}. ` +
        "Heb je het programma zelf gemaakt? Zet dan WIJKWIJZER_BINARY_PATH op het pad ervan.",
    );
  }
  let dir;
  try {
    dir = path.dirname(require.resolve(`${platform.pkg}/package.json`));
  } catch {
    fail(
      `the package ${platform.pkg} is not installed, so the wijkwijzer binary for this ` +
        `system is missing. npm skips it when optional dependencies are left out ` +
        `(--omit=optional, --no-optional). Install wijkwijzer again without that option.`,
      `het pakket ${platform.pkg} is niet geïnstalleerd. Daardoor ontbreekt het ` +
        `wijkwijzer-programma voor dit systeem. npm slaat het over als je optionele ` +
        `pakketten weglaat (--omit=optional, --no-optional). Installeer wijkwijzer ` +
        `opnieuw zonder die optie.`,
    );
  }
  return path.join(dir, platform.bin);
}

const binary = binaryPath();
const child = spawn(binary, process.argv.slice(2), { stdio: "inherit" });

// Signals sent to this launcher (a CI runner stopping the job, a process manager) go on
// to the binary; the launcher ends when the binary does. On Windows, Ctrl+C already
// reaches every process in the console and child.kill() would end the binary at once,
// so the launcher only waits there.
const windows = process.platform === "win32";
const forwarded = windows ? ["SIGINT"] : ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"];
const forward = (signal) => {
  if (!windows && child.exitCode === null && child.signalCode === null) child.kill(signal);
};
for (const signal of forwarded) process.on(signal, forward);

child.on("error", (error) => {
  fail(
    `could not start ${binary}: ${error.message}`,
    `kan ${binary} niet starten: ${error.message}`,
  );
});

child.on("exit", (code, signal) => {
  for (const s of forwarded) process.removeListener(s, forward);
  if (signal) {
    // Die of the same signal, so the caller sees what happened to the binary; should
    // the signal be one Node ignores, exit as a shell reports a signal: 128 + number.
    process.kill(process.pid, signal);
    setTimeout(() => process.exit(128 + (os.constants.signals[signal] ?? 0)), 200);
    return;
  }
  process.exit(code ?? 1);
});
