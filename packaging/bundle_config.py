"""Plain data and helpers shared by ``mlresume.spec`` and the packaging tests.

No PyInstaller import here, so tests can load this file directly. It says what the bundle is
called, which modules, Qt plugins, Qt libraries and data files it leaves out (to stay within the
size budget), and what the macOS ``Info.plist`` declares.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

APP_NAME = "MLResume"
EXE_NAME = "mlresume"
BUNDLE_ID = "org.mlresume.MLResume"
DOC_UTI = "org.mlresume.document"
PUBLISHER = "MLResume team"

# Python modules nothing in the program imports at run time. QtOpenGL/QtOpenGLWidgets stay
# (pyqtgraph loads them), and so does cryptography (pdfminer imports it).
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtTest",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "matplotlib",
    "scipy",
    "pandas",
    "IPython",
    "pytest",
    "hypothesis",
    "OpenGL",
    "h5py",
    "cupy",
    # numpy parts neither pyqtgraph's plots nor the program import (numpy loads linalg and
    # typing; pyqtgraph uses random and fft only for scatter jitter and FFT mode)
    "numpy.random",
    "numpy.fft",
    "numpy.polynomial",
    "numpy.ma",
    "numpy.testing",
    "numpy.f2py",
    "numpy._core._multiarray_tests",
    "numpy._pyinstaller",
    # lxml parts python-docx never uses
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    # the program opens no network connection: no TLS (hashlib falls back to its built-in hashes),
    # and no interactive console
    "ssl",
    "_ssl",
    "_hashlib",
    "readline",
]

# Installed packages whose data files PyInstaller has no hook for (skipped when not installed),
# with the files wanted (glob patterns inside the package). pyspellchecker ships word lists for
# twelve languages (7 MB); the editor checks English only.
DATA_PACKAGES: dict[str, tuple[str, ...]] = {"spellchecker": ("resources/en.json.gz",)}

# python-docx opens its templates as "docx/parts/../templates/...": the docx/parts folder must exist
# on disk, so its modules are also collected as source files beside the archive.
MODULE_COLLECTION_MODE = {"docx": "pyz+py"}

# Qt plugins kept, per plugin folder; every other plugin folder is left out whole (SQL drivers,
# QML tooling, TLS and network information, EGL/KMS devices, evdev input, Wayland compositors).
KEPT_PLUGINS: dict[str, tuple[str, ...]] = {
    "platforms": ("xcb", "wayland", "offscreen", "minimal", "windows", "cocoa"),
    # The XDG portal theme follows the desktop's light/dark mode and file dialogs; the GTK theme
    # would drag the build machine's whole GTK 3 stack (~20 MB) into the bundle.
    "platformthemes": ("xdgdesktopportal",),
    "platforminputcontexts": ("compose", "ibus"),  # typing accents and non-Latin scripts
    "imageformats": ("svg", "ico", "icns", "jpeg", "gif"),
    "iconengines": ("",),
    "styles": ("",),
    "printsupport": ("windows", "cocoa"),  # not CUPS: it brings ~8 MB of Kerberos and GnuTLS
    "xcbglintegrations": ("",),
    "wayland-decoration-client": ("",),
    "wayland-graphics-integration-client": ("",),
    "wayland-shell-integration": ("",),
}

# Qt libraries pulled in only by the plugins or modules left out above.
# Names without the "Qt6" (Linux, Windows) or "Qt" (macOS frameworks) prefix; prefixes of names.
EXCLUDED_QT_LIBS = (
    "Pdf",
    "Qml",
    "Quick",
    "Network",
    "VirtualKeyboard",
    "EglFSDeviceIntegration",
    "EglFsKms",
    "WaylandCompositor",
    "Lottie",
    "Designer",
    "Sql",
    "Help",
    "Test",
)

# PySide6's ICU data library (Linux: Qt/lib/libicudata.so.73). Qt Core calls ICU for collation
# (QCollator: the file dialogs sort names with it), case mapping by locale (no data needed),
# time-zone display names and converters of legacy encodings by name. What stays:
ICU_DATA = {
    # transliterators, spelled-out numbers and the Thai/Khmer/Lao/Burmese/CJK word-break
    # dictionaries: no Qt call reaches them
    "dropped": ("translit/*", "rbnf/*", "brkitr/*.dict"),
    # names of zones, languages, regions, currencies and units: English (and root) only, so
    # QTimeZone.displayName() answers in English for other locales; the program shows none
    "locales": ("root", "en"),
    # every language's sort order stays: file dialogs sort names the user's way
    "all_locales_in": ("coll",),
    # CJK and other multi-byte legacy code pages (QStringDecoder("Shift_JIS")): the editors are
    # plain text, pastes are read as Unicode text and Python decodes every file the program reads;
    # the 139 single-byte ones (windows-1252, ISO-8859-x, KOI8-R...) cost 0.5 MB and stay
    "multibyte_converters": False,
}
_ICU_DATA_LIB = re.compile(r"(?:^|/)libicudata\.so[.0-9]*$")

_QT_DIR = re.compile(r"^PySide6/(?:Qt/)?(?:(plugins)/([^/]+)/([^/]+)|(translations)/|(qml)/)")
_QT_LIB = re.compile(
    r"(?:^|/)(?:lib)?Qt6([A-Za-z0-9]+)(?:\.so[.0-9]*|\.dll|\.dylib)$"  # libQt6Core.so.6, Qt6Core.dll
    r"|(?:^|/)Qt([A-Za-z0-9]+)\.framework(?:/|$)"  # macOS: QtCore.framework/Versions/A/QtCore
)


# Data files of installed packages that nothing in the program reads: pyqtgraph's own logo in
# several sizes (~1 MB of PNG, read only by pyqtgraph.mkQApp; the program makes its own
# QApplication with its own icon).
DROPPED_DATA = re.compile(r"^pyqtgraph/icons/peegee/")


def keeps(dest: str) -> bool:
    """Whether a file collected at ``dest`` (a path inside the bundle) stays in it."""
    dest = dest.replace("\\", "/")
    if DROPPED_DATA.match(dest):
        return False
    m = _QT_DIR.match(dest)
    if m:
        if m.group(4) or m.group(5):  # Qt's own translations (the program ships none) and QML
            return False
        folder, filename = m.group(2), m.group(3)
        wanted = KEPT_PLUGINS.get(folder)
        return wanted is not None and any(w in filename.lower() for w in wanted)
    lib = _QT_LIB.search(dest)
    return not (lib and (lib.group(1) or lib.group(2)).startswith(EXCLUDED_QT_LIBS))


def filter_toc(toc: Iterable[tuple]) -> list[tuple]:
    """The entries of a PyInstaller TOC (``(dest, source, kind)`` tuples) that the bundle keeps."""
    return [entry for entry in toc if keeps(entry[0])]


def _top_level(dest: str) -> bool:
    return "/" not in dest.replace("\\", "/")


def prune_unreferenced_libs(
    binaries: Iterable[tuple], imports_of: Callable[[str], Iterable[tuple[str, str | None]]]
) -> list[tuple]:
    """Drop top-level shared libraries that no kept binary links against.

    PyInstaller collects a plugin's dependencies (GTK for the GTK theme plugin, say) before the
    spec filters the plugin out; this removes them again. Only top-level plain libraries can go;
    the roots are every extension module, every binary inside a package folder and the Python
    library the bootloader loads. ``imports_of(path)`` returns the
    ``(name, resolved_path)`` pairs a binary links against, transitively (``ldd`` does on Linux).
    """
    binaries = list(binaries)
    roots = [
        e for e in binaries
        if e[2] != "BINARY"  # Python extension modules (some sit at the top, like _cffi_backend)
        or not _top_level(e[0])
        or os.path.basename(e[0]).lower().startswith(("libpython", "python"))
    ]
    needed: set[str] = set()
    for _dest, src, kind in roots:
        if kind in ("BINARY", "EXTENSION"):
            needed.update(os.path.basename(name) for name, _path in imports_of(src))
    keep_roots = {id(e) for e in roots}
    return [e for e in binaries if id(e) in keep_roots or os.path.basename(e[0]) in needed]


def _in_vendored_libs(dest: str) -> bool:
    """Whether ``dest`` sits in a wheel's ``<name>.libs`` folder (libraries auditwheel vendored
    and rewrote with patchelf: ``strip`` leaves them unloadable, "ELF load command address/offset
    not page-aligned", measured on numpy.libs/libscipy_openblas)."""
    return any(part.endswith(".libs") for part in dest.replace("\\", "/").split("/")[:-1])


def strip_symbols(binaries: Iterable[tuple], workdir: str | os.PathLike[str]) -> list[tuple]:
    """Copies of the shared libraries and extension modules without their symbol tables (Linux).

    ``strip --strip-unneeded`` drops ``.symtab`` and debug sections and keeps the dynamic symbols
    that loading needs. Files already stripped are left as they are, and so are the libraries in
    ``*.libs`` folders (see :func:`_in_vendored_libs`; PyInstaller's own ``strip=True`` would strip
    those too, which is why it stays off). Without binutils' ``strip`` the entries are returned
    unchanged; a file ``strip`` fails on keeps its original.
    """
    from elf_file import has_symbol_table  # packaging/elf_file.py

    strip = shutil.which("strip")
    out = []
    for dest, src, kind in binaries:
        norm = dest.replace("\\", "/")
        if (strip and kind in ("BINARY", "EXTENSION") and not _in_vendored_libs(norm)
                and has_symbol_table(src)):
            target = Path(workdir, "stripped", norm)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
            done = subprocess.run([strip, "--strip-unneeded", str(target)], capture_output=True)
            if done.returncode == 0:
                src = str(target)
        out.append((dest, src, kind))
    return out


def shrink_icu_data(binaries: Iterable[tuple], workdir: str | os.PathLike[str]) -> list[tuple]:
    """The entries with PySide6's ICU data library (Linux) replaced by one holding only what
    :data:`ICU_DATA` keeps. When that cannot be done (no binutils, an ICU build this code does not
    understand) the original stays and a warning is printed: the bundle is then bigger, not broken.
    """
    from icu_data import IcuDataError, item_filter, shrink_library  # packaging/icu_data.py

    keeps = item_filter(**ICU_DATA)
    out = []
    for dest, src, kind in binaries:
        if _ICU_DATA_LIB.search(dest.replace("\\", "/")):
            try:
                src = str(shrink_library(src, keeps, Path(workdir, "icudata")))
            except (IcuDataError, OSError) as exc:
                print(f"WARNING: {dest} kept whole: {exc}")
        out.append((dest, src, kind))
    return out


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The first four numbers of a version string, zero-padded (Windows VERSIONINFO needs four)."""
    nums = [int(n) for n in re.findall(r"\d+", version)[:4]]
    return tuple(nums + [0] * (4 - len(nums)))  # type: ignore[return-value]


def info_plist(version: str) -> dict:
    """Info.plist settings of the macOS bundle: document types, high-DPI, dark mode, version."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHumanReadableCopyright": f"© {PUBLISHER}. MIT licence.",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "13.0",  # Qt 6.10+ supports macOS 13 and later
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "MLResume Document",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [DOC_UTI],
                "CFBundleTypeIconFile": "mlresume.icns",
            },
            {
                "CFBundleTypeName": "Word Document",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["org.openxmlformats.wordprocessingml.document"],
            },
            {
                "CFBundleTypeName": "PDF Document",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["com.adobe.pdf"],
            },
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": DOC_UTI,
                "UTTypeDescription": "MLResume Document",
                "UTTypeConformsTo": ["public.json"],
                "UTTypeIconFile": "mlresume.icns",
                "UTTypeTagSpecification": {
                    "public.filename-extension": ["mlresume"],
                    "public.mime-type": ["application/x-mlresume+json"],
                },
            }
        ],
    }
