"""What the frozen bundle keeps and leaves out (packaging/bundle_config.py)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_load("elf_file")  # bundle_config imports its neighbours by name, as the spec's sys.path allows
_load("icu_data")
bc = _load("bundle_config")


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/translations/qtbase_de.qm",  # Linux and macOS layout
        "PySide6/translations/qtbase_fr.qm",  # Windows layout
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/plugins/imageformats/qtiff.dll",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt6Quick.dll",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf",
        "PySide6/Qt/lib/QtQml.framework/Resources/Info.plist",
        "pyqtgraph/icons/peegee/peegee_512px@2x.png",  # read only by pyqtgraph.mkQApp
        "pyqtgraph\\icons\\peegee\\peegee.svg",
    ],
)
def test_unused_qt_parts_are_left_out(dest: str) -> None:
    assert not bc.keeps(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",  # the smoke test runs offscreen
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/platforms/qoffscreen.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/plugins/printsupport/windowsprintersupport.dll",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",  # pyqtgraph loads QtOpenGL at run time
        "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",
        "PySide6/Qt6OpenGLWidgets.dll",
        "PySide6/Qt/lib/QtOpenGL.framework/Versions/A/QtOpenGL",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/QtOpenGL.abi3.so",
        "PySide6/QtOpenGLWidgets.pyd",
        "cryptography/hazmat/bindings/_rust.abi3.so",  # pdfminer imports cryptography
        "numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so",
        "resources/sample/sample.mlresume",
        "pyqtgraph/icons/auto.png",  # a plot's auto-range button
        "libpython3.11.so.1.0",
    ],
)
def test_what_the_program_needs_stays(dest: str) -> None:
    assert bc.keeps(dest)


def test_windows_separators_are_understood() -> None:
    assert not bc.keeps("PySide6\\translations\\qtbase_de.qm")
    assert bc.keeps("PySide6\\plugins\\platforms\\qwindows.dll")


def test_modules_that_must_stay_are_not_excluded() -> None:
    excluded = set(bc.EXCLUDED_MODULES)
    for needed in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSvg", "PySide6.QtGui",
                   "PySide6.QtPrintSupport", "cryptography", "numpy", "pyqtgraph", "lxml", "lxml.etree",
                   "docx", "pdfminer", "multiprocessing", "hashlib"):
        assert needed not in excluded, needed


def test_filter_toc_keeps_entries_whole_and_in_order() -> None:
    toc = [
        ("PySide6/Qt/translations/qt_de.qm", "/src/qt_de.qm", "DATA"),
        ("resources/knowledge/skills.toml", "/src/skills.toml", "DATA"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
    ]
    assert bc.filter_toc(toc) == toc[1:]


def test_prune_drops_libraries_only_a_removed_plugin_needed() -> None:
    binaries = [
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
        ("PySide6/QtGui.abi3.so", "/ps/QtGui.abi3.so", "EXTENSION"),
        ("_cffi_backend.cpython-311-x86_64-linux-gnu.so", "/py/_cffi_backend.so", "EXTENSION"),
        ("libffi.so.8", "/usr/lib/libffi.so.8", "BINARY"),
        ("libfontconfig.so.1", "/usr/lib/libfontconfig.so.1", "BINARY"),
        ("libz.so.1", "/usr/lib/libz.so.1", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
    ]
    links = {
        "/py/libpython3.11.so.1.0": [("libz.so.1", "/usr/lib/libz.so.1")],
        "/ps/QtGui.abi3.so": [("/usr/lib/x/libfontconfig.so.1", None)],
        "/py/_cffi_backend.so": [("libffi.so.8", "/usr/lib/libffi.so.8")],
    }
    kept = bc.prune_unreferenced_libs(binaries, lambda path: links.get(path, []))
    assert [e[0] for e in kept] == [e[0] for e in binaries if e[0] != "libgtk-3.so.0"]


def test_stripping_leaves_vendored_libraries_data_and_stripped_files_alone(tmp_path: Path) -> None:
    plain = tmp_path / "not-elf.so"
    plain.write_bytes(b"not an ELF file")
    toc = [
        ("numpy.libs/libscipy_openblas.so", "/site/numpy.libs/libscipy_openblas.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", str(plain), "BINARY"),
        ("resources/sample/sample.mlresume", "/src/sample.mlresume", "DATA"),
    ]
    assert bc.strip_symbols(toc, tmp_path) == toc


@pytest.mark.skipif(not all(shutil.which(t) for t in ("as", "ld", "strip")), reason="no binutils")
def test_stripping_drops_the_symbol_table_and_keeps_exports(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    import elf_file
    import icu_data

    lib = icu_data.link_data_library("icudt99_dat", b"x" * 4000, "libdemo.so.1", tmp_path / "w")
    assert elf_file.has_symbol_table(lib)
    (entry,) = bc.strip_symbols([("demo/libdemo.so.1", str(lib), "BINARY")], tmp_path / "out")
    stripped = Path(entry[1])
    assert entry[0] == "demo/libdemo.so.1" and stripped != lib
    assert not elf_file.has_symbol_table(stripped)
    assert stripped.stat().st_size < lib.stat().st_size
    data = stripped.read_bytes()
    assert elf_file.exported_object(data, lambda n: n == b"icudt99_dat")[1] == b"x" * 4000
    # a wheel's vendored ".libs" folder is never touched (strip breaks patchelf-edited files)
    vendored = ("numpy.libs/libdemo.so.1", str(lib), "BINARY")
    assert bc.strip_symbols([vendored], tmp_path / "out2") == [vendored]


def test_icu_data_replacement_keeps_the_original_when_it_cannot_be_done(tmp_path: Path,
                                                                       capsys) -> None:
    broken = tmp_path / "libicudata.so.73"
    broken.write_bytes(b"not a library")
    other = ("libz.so.1", "/usr/lib/libz.so.1", "BINARY")
    toc = [("PySide6/Qt/lib/libicudata.so.73", str(broken), "BINARY"), other]
    assert bc.shrink_icu_data(toc, tmp_path) == toc
    assert "kept whole" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2.3.4.5", (1, 2, 3, 4)), ("2.0.0rc1", (2, 0, 0, 1)), ("3", (3, 0, 0, 0))],
)
def test_version_tuple_has_four_numbers(version: str, expected: tuple[int, ...]) -> None:
    assert bc.version_tuple(version) == expected
