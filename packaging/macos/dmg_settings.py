# dmgbuild settings for the MLResume disk image (https://dmgbuild.readthedocs.io).
#
#   dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/MLResume.app \
#            "MLResume" dist/MLResume-<version>-macos-<arch>.dmg
#
# dmgbuild runs this file with `defines` (the -D options) in scope; paths are relative to the
# folder dmgbuild is started from (the repository root in CI). The window shows the application
# beside a link to /Applications over dmgbuild's built-in arrow background.
import os.path

defines = globals().get("defines", {})  # provided by dmgbuild

application = defines.get("app", "dist/MLResume.app")
appname = os.path.basename(application)

# Compressed, read-only image (bzip2): smaller than UDZO, opens on every supported macOS.
format = defines.get("format", "UDBZ")
size = None  # computed from the contents
filesystem = "HFS+"

files = [application]
symlinks = {"Applications": "/Applications"}
# No hide_extensions: it writes Finder info onto the signed bundle.

# The mounted volume shows the application's icon.
icon = defines.get("icon", os.path.join(application, "Contents", "Resources", "mlresume.icns"))

background = "builtin-arrow"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
default_view = "icon-view"
window_rect = ((200, 120), (640, 360))
icon_size = 128
text_size = 13
arrange_by = None
icon_locations = {
    appname: (160, 170),
    "Applications": (480, 170),
}
