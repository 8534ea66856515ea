#!/bin/sh
# The build's extra AsyncAPI check with @asyncapi/parser (npm-ci.mjs, then validate.mjs), run where Node.js is.
# Without node on the PATH it says so in one line and succeeds: AsyncApiValidationTest checks the same in Java.
cd "$(dirname "$0")" || exit 1
if ! command -v node >/dev/null 2>&1; then
  echo "AsyncAPI Node check skipped: node is not on the PATH (AsyncApiValidationTest checked the document in Java)"
  exit 0
fi
node npm-ci.mjs && exec node validate.mjs "$@"
