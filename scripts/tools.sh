# What ./border needs besides PostgreSQL: the .NET SDK, Chromium for the end-to-end tests, and the test run.

ensure_dotnet() {
  command -v dotnet >/dev/null 2>&1 && return 0
  echo "The .NET 10 SDK is required (https://dot.net); it was not found on PATH." >&2
  exit 1
}

# Debian's Chromium: Playwright's own browser download cannot work on a closed network.
ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  echo "Installing Debian's chromium for the end-to-end tests..." >&2
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation oathtool >&2
}

# The Nu HTML Checker (the W3C's vnu.jar, from npm's vnu-jar package) and a Java to run it, for HtmlCheckerTests.
VNU_VERSION=26.9.27
ensure_vnu() {
  command -v java >/dev/null 2>&1 || {
    echo "Installing a Java runtime for the HTML checker..." >&2
    as_root apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >&2
  }
  local jar="$BORDER_ROOT/.tools/vnu.jar"
  export BORDER_VNU_JAR="$jar"
  [ -f "$jar" ] && [ "$(cat "$jar.version" 2>/dev/null)" = "$VNU_VERSION" ] && return 0
  echo "Installing the Nu HTML Checker $VNU_VERSION..." >&2
  local work
  work=$(mktemp -d)
  if command -v npm >/dev/null 2>&1; then
    (cd "$work" && npm pack --silent "vnu-jar@$VNU_VERSION" >/dev/null)
  else
    curl -fsSL -o "$work/vnu-jar-$VNU_VERSION.tgz" "https://registry.npmjs.org/vnu-jar/-/vnu-jar-$VNU_VERSION.tgz"
  fi
  tar -xzf "$work/vnu-jar-$VNU_VERSION.tgz" -C "$work" package/build/dist/vnu.jar
  mkdir -p "$BORDER_ROOT/.tools"
  mv "$work/package/build/dist/vnu.jar" "$jar"
  echo "$VNU_VERSION" >"$jar.version"
  rm -rf "$work"
}

# Builds once, runs every test project, and ends with one line: "N passed, N failed, N skipped".
# One results file per project, named after it, so no two runs can overwrite each other's counts.
run_tests() {
  local results="$BORDER_ROOT/TestResults"
  rm -rf "$results"
  mkdir -p "$results"
  dotnet build Border.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed, 0 skipped"; return 1; }
  local status=0 project name browser_log="$results/Border.EndToEnd.Tests.log" browser_pid=""
  # The browser journeys spend most of their time waiting on Chromium and the network: they run beside the
  # other projects rather than after them, and their output is printed when they finish.
  for project in tests/*.Tests/*.Tests.csproj; do
    name=$(basename "$project" .csproj)
    if [ "$name" = "Border.EndToEnd.Tests" ]; then
      test_project "$project" "$results" "$@" >"$browser_log" 2>&1 &
      browser_pid=$!
    fi
  done
  for project in tests/*.Tests/*.Tests.csproj; do
    name=$(basename "$project" .csproj)
    [ "$name" = "Border.EndToEnd.Tests" ] && continue
    test_project "$project" "$results" "$@" || status=1
  done
  if [ -n "$browser_pid" ]; then
    wait "$browser_pid" || status=1
    cat "$browser_log"
  fi
  [ -f "$results/.crashed" ] && BORDER_CRASHED=$(wc -l <"$results/.crashed")
  summarize_trx "$results"
  return $status
}

# One test project; a test host that crashed writes no results, so it counts as one failure rather than nothing.
test_project() {
  local project=$1 results=$2 name
  shift 2
  name=$(basename "$project" .csproj)
  local status=0
  dotnet test "$project" -c Release --no-build --results-directory "$results" \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" "$@" || status=$?
  [ -f "$results/$name.trx" ] || { echo "$name wrote no results" >&2; echo "$name" >>"$results/.crashed"; status=1; }
  return $status
}

summarize_trx() {
  local passed=0 failed=0 skipped=0 files
  files=$(find "$1" -name '*.trx' 2>/dev/null || true)
  for file in $files; do
    local counters
    counters=$(grep -o '<Counters [^>]*>' "$file" | head -n 1)
    local p f t e
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
    e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
    skipped=$((skipped + ${t:-0} - ${e:-0}))
  done
  failed=$((failed + ${BORDER_CRASHED:-0}))
  echo "$passed passed, $failed failed, $skipped skipped"
}
