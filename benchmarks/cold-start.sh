#!/usr/bin/env bash
# Cold start of the sample app: plain JVM, AOT on the JVM, CDS and AOT + CDS, on the embedded local server and
# against a local server in another process reached by URL; every figure also as a ratio to the plain JVM of the
# same run.
#
#   benchmarks/cold-start.sh quick   # one start of each variant, to see that it works; its figures mean nothing
#   benchmarks/cold-start.sh full    # the reported figures: 10 interleaved rounds per target
#
# Results are printed and saved under benchmarks/target/benchmark-results/cold-start-<mode>.txt.
set -euo pipefail

mode="${1:-quick}"
case "$mode" in
  quick|full) ;;
  *) echo "usage: $0 [quick|full]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")"
work=target/cold-start
rm -rf "$work"
mkdir -p "$work/embedded" "$work/remote"

# Offline first (everything is usually in ~/.m2); online if something is missing.
build() {
  mvn -o -q -B -ntp -f ../pom.xml "$@" || mvn -q -B -ntp -f ../pom.xml "$@"
}

# The harness and the local server's runnable jar (the "remote" server).
build package -DskipTests -pl benchmarks,singlestore-http-local -am
cp ../singlestore-http-local/target/singlestore-http-local-*-exec.jar "$work/local-server.jar"

# The sample app, processed ahead of time, then extracted for CDS (java -Djarmode=tools extract). The same jar
# serves the plain and CDS variants: without -Dspring.aot.enabled=true the generated code is not used.
# AOT fixes at build time which auto-configurations apply, and the embedded local server is one of them (it
# starts only when no singlestore.http.url is set), so the remote target gets a build made with a URL set.
sample_app() {
  local dir="$1"
  shift
  build package -DskipTests -Paot -pl sample-app -am "$@" >/dev/null
  cp ../sample-app/target/sample-app-*.jar "$dir/app.jar"
  (cd "$dir" && java -Djarmode=tools -jar app.jar extract --destination extracted >/dev/null)
}
sample_app "$work/embedded"
sample_app "$work/remote" "-Dspring-boot.aot.jvmArguments=-Dsinglestore.http.url=http://127.0.0.1:1"

java -cp target/benchmarks.jar io.github.singlestorehttp.benchmarks.coldstart.ColdStartMain "$mode" "$work"
