#!/usr/bin/env bash
# make deps: install the Debian packages that building and testing need.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_packages
