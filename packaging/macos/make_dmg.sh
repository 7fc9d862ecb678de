#!/usr/bin/env bash
# Sign (when an identity is given), package and notarise (when credentials are given) KefuDesk.app.
#
#   bash packaging/macos/make_dmg.sh        after `pyinstaller build.spec` made dist/KefuDesk.app
#
# Writes dist/installer/KefuDesk-<version>-macOS-<arch>.dmg: the app and a link to /Applications.
#
# Environment (all optional; without them the steps are skipped and the reason is printed):
#   KEFUDESK_MACOS_SIGN_IDENTITY   "Developer ID Application: Your Shop (TEAMID)" in the keychain
#   KEFUDESK_NOTARY_PROFILE        a `xcrun notarytool store-credentials` keychain profile, or
#   APPLE_ID + APPLE_TEAM_ID + APPLE_APP_PASSWORD   an Apple ID with an app-specific password
set -euo pipefail
cd "$(dirname "$0")/../.."

APP="dist/KefuDesk.app"
ENTITLEMENTS="packaging/macos/entitlements.plist"
[ -d "$APP" ] || { echo "error: $APP not found; run pyinstaller build.spec first" >&2; exit 1; }
VERSION="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")"
ARCH="$(uname -m)"
DMG="dist/installer/KefuDesk-${VERSION}-macOS-${ARCH}.dmg"
IDENTITY="${KEFUDESK_MACOS_SIGN_IDENTITY:-}"

# 1. Code signing: every Mach-O file inside first, then the bundle, with the hardened runtime
#    (notarisation requires it) and a secure timestamp.
if [ -n "$IDENTITY" ]; then
    echo "signing $APP as: $IDENTITY"
    while IFS= read -r -d '' file; do
        if file -b "$file" | grep -q "Mach-O"; then
            codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" --sign "$IDENTITY" "$file"
        fi
    done < <(find "$APP/Contents" -type f -print0)
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" --sign "$IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
else
    echo "codesign skipped: KEFUDESK_MACOS_SIGN_IDENTITY is not set. The app keeps PyInstaller's ad-hoc"
    echo "signature: it runs here, but on other Macs Gatekeeper blocks it until the user right-clicks > Open."
fi

# 2. The disk image: the app next to a link to /Applications (drag to install).
mkdir -p dist/installer
STAGING="$(mktemp -d)"
trap 'rm -rf "$STAGING"' EXIT
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
rm -f "$DMG"
hdiutil create -volname "KefuDesk $VERSION" -srcfolder "$STAGING" -fs HFS+ -format UDZO -imagekey zlib-level=9 -ov "$DMG"
if [ -n "$IDENTITY" ]; then
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
fi

# 3. Notarisation and stapling (needs a signed app).
if [ -z "$IDENTITY" ]; then
    echo "notarisation skipped: the app is not signed (set KEFUDESK_MACOS_SIGN_IDENTITY)."
elif [ -n "${KEFUDESK_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$KEFUDESK_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$DMG"
else
    echo "notarisation skipped: set KEFUDESK_NOTARY_PROFILE, or APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD."
fi

size_mb="$(du -k "$DMG" | awk '{printf "%.1f", $1 / 1024}')"
echo "$DMG: ${size_mb} MB (budget 90 MB)"
