#!/usr/bin/env bash
# Tools the product needs besides the services: ffmpeg/ffprobe (video checks, transcoding, posters) and a Chinese
# TrueType font for the printable QR sheets (PDF).
# Idempotent; installs only what is missing. Called by run.sh and test.sh.
set -euo pipefail
missing=()
command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || missing+=(ffmpeg)
[[ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ]] || missing+=(fonts-droid-fallback)
[[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || missing+=(fonts-dejavu-core)
((${#missing[@]})) || exit 0
echo "[prerequisites] installing ${missing[*]}" >&2
# Nothing installed here should start a daemon (no systemd on these machines).
made_policy=
if [[ ! -e /usr/sbin/policy-rc.d ]]; then printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made_policy=1; fi
trap '[[ -n "$made_policy" ]] && rm -f /usr/sbin/policy-rc.d' EXIT
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
