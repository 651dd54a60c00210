#!/usr/bin/env bash
# Builds dist/otzvuk_VERSION_amd64.deb: the desktop binary, a desktop entry and an icon, with its
# dependencies computed by dpkg-shlibdeps.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=${VERSION:?VERSION is required}
: "${GO:=go}"
root=build/deb/otzvuk
rm -rf build/deb && mkdir -p "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/doc/otzvuk" dist
CGO_ENABLED=1 $GO build -tags desktop,production -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o "$root/usr/bin/otzvuk" .
convert build/appicon.png -resize 256x256 "$root/usr/share/icons/hicolor/256x256/apps/otzvuk.png"
cat > "$root/usr/share/applications/otzvuk.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Отзвук
Name[en]=Otzvuk
GenericName=Анализ на обратната връзка
GenericName[en]=Feedback analytics
Comment=Обратна връзка от потребителите на административни услуги
Comment[en]=Feedback from users of administrative services
Exec=otzvuk
Icon=otzvuk
Terminal=false
Categories=Office;Finance;DataVisualization;
DESKTOP
cat > "$root/usr/share/doc/otzvuk/copyright" <<COPY
Otzvuk — feedback analytics for Perushtitsa Municipality.
COPY
# dpkg-shlibdeps wants a debian/control beside the tree it inspects.
work=build/deb/shlibs && mkdir -p "$work/debian"
printf 'Source: otzvuk\n\nPackage: otzvuk\nArchitecture: amd64\n' > "$work/debian/control"
depends=$(cd "$work" && dpkg-shlibdeps -O -e "../otzvuk/usr/bin/otzvuk" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
size=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: otzvuk
Version: ${VERSION}
Section: misc
Priority: optional
Architecture: amd64
Depends: ${depends}
Installed-Size: ${size}
Maintainer: Otzvuk team <otzvuk@perushtitsa.invalid>
Description: Отзвук — анализ на обратната връзка от потребителите
 Desktop analytics for the feedback a municipal administration collects:
 imports surveys, feedback cards, registers of signals and service requests,
 computes the methodology's indicators and charts them per department.
CONTROL
dpkg-deb --root-owner-group --build "$root" "dist/otzvuk_${VERSION}_amd64.deb"
ls -la dist
