// HTML validity: the Nu Html Checker (vnu, from npm, on the machine's Java) reports no
// errors on any page of the example site; and it does report a planted invalid nesting.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, repoRoot } from "./harness.mjs";

const require = createRequire(import.meta.url);
const vnuJar = String(require("vnu-jar"));

/** vnu's errors for a folder or file, one per line. */
function vnu(target) {
  try {
    execFileSync("java", ["-jar", vnuJar, "--errors-only", "--skip-non-html", target], { stdio: "pipe" });
    return [];
  } catch (e) {
    return String(e.stderr || e.stdout).split("\n").filter((l) => l.includes("error"));
  }
}

test("every page of the example site is valid HTML", () => {
  const out = build(repoRoot, "https://www.example-regio.nl");
  assert.deepEqual(vnu(out), []);
});

test("the checker reports a planted invalid nesting", () => {
  const dir = mkdtempSync(join(tmpdir(), "vnu-"));
  const out = build(repoRoot, "https://www.example-regio.nl");
  const page = readFileSync(join(out, "privacy/index.html"), "utf8").replace("<main", "<p><div>fout genest</div></p><main");
  writeFileSync(join(dir, "geplant.html"), page);
  const errors = vnu(join(dir, "geplant.html"));
  assert.ok(errors.length > 0, "vnu found nothing in a planted defect");
});
