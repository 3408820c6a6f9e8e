"""The PyInstaller spec and the macOS Info.plist it writes."""

from __future__ import annotations

import ast
import importlib.util
import plistlib
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "mlresume.spec"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bc = _load("bundle_config")
TREE = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _calls(name: str) -> list[ast.Call]:
    return [n for n in ast.walk(TREE) if isinstance(n, ast.Call)
            and getattr(n.func, "id", getattr(n.func, "attr", None)) == name]


def _kwargs(call: ast.Call) -> dict[str, ast.expr]:
    return {k.arg: k.value for k in call.keywords}


def test_spec_builds_one_folder_with_every_target() -> None:
    for target in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        assert len(_calls(target)) == 1, target
    exe = _kwargs(_calls("EXE")[0])
    assert ast.literal_eval(exe["exclude_binaries"]) is True  # one folder, not one file
    assert ast.literal_eval(exe["strip"]) is False  # stripping breaks numpy
    assert ast.unparse(_kwargs(_calls("COLLECT")[0])["name"]) == "EXE_NAME"
    assert bc.EXE_NAME == "mlresume"  # dist/mlresume/mlresume


def test_every_package_module_is_a_hidden_import() -> None:
    """Lazily imported modules (the registry's "module:function" targets) must be frozen too."""
    calls = _calls("collect_submodules")
    assert [ast.literal_eval(c.args[0]) for c in calls] == ["mlresume_gui"]


def test_resources_are_bundled_as_resources() -> None:
    assert ast.unparse(_kwargs(_calls("Analysis")[0])["datas"]) == "datas"
    (assign,) = [n for n in TREE.body if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "datas"]
    assert ast.unparse(assign.value) == "[(str(ROOT / 'resources'), 'resources')]"
    assert (ROOT / "resources" / "sample" / "sample.mlresume").is_file()


def test_entry_script_runs_the_console_entry_point_with_freeze_support() -> None:
    entry = ROOT / "packaging" / "mlresume_entry.py"
    assert "mlresume_entry.py" in ast.unparse(_calls("Analysis")[0].args[0])
    text = entry.read_text(encoding="utf-8")
    assert "multiprocessing.freeze_support()" in text
    target = metadata.distribution("mlresume").entry_points.select(group="console_scripts")["mlresume"]
    module, _, func = target.value.partition(":")
    assert f"from {module} import {func}" in text


def test_version_comes_from_package_metadata() -> None:
    assigned = [n for n in ast.walk(TREE) if isinstance(n, ast.Assign)
                and any(getattr(t, "id", None) == "VERSION" for t in n.targets)]
    assert len(assigned) == 1
    call = assigned[0].value
    assert ast.unparse(call) == "metadata.version('mlresume')"
    bundle = _kwargs(_calls("BUNDLE")[0])
    assert ast.unparse(bundle["version"]) == "VERSION"
    assert ast.unparse(bundle["info_plist"]) == "bundle_config.info_plist(VERSION)"


def test_icons_named_in_the_spec_exist() -> None:
    for name in ("mlresume.icns", "mlresume.ico"):
        assert name in SPEC.read_text(encoding="utf-8")
        assert (ROOT / "resources" / "branding" / name).is_file()


def test_info_plist_declares_document_types_and_high_dpi() -> None:
    plist = bc.info_plist("1.2.3")
    plistlib.loads(plistlib.dumps(plist))  # serialisable as Info.plist
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleShortVersionString"] == "1.2.3"
    docs = {d["CFBundleTypeName"]: d for d in plist["CFBundleDocumentTypes"]}
    own = docs["MLResume Document"]
    assert (own["CFBundleTypeRole"], own["LSHandlerRank"]) == ("Editor", "Owner")
    assert own["LSItemContentTypes"] == [bc.DOC_UTI]
    imports = {t for d in docs.values() if d["CFBundleTypeRole"] == "Viewer" for t in d["LSItemContentTypes"]}
    assert imports == {"org.openxmlformats.wordprocessingml.document", "com.adobe.pdf"}
    assert all(d["LSHandlerRank"] == "Alternate" for d in docs.values() if d is not own)
    (uti,) = plist["UTExportedTypeDeclarations"]
    assert uti["UTTypeIdentifier"] == bc.DOC_UTI
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == ["mlresume"]
    assert own["CFBundleTypeIconFile"] == "mlresume.icns"  # BUNDLE copies the icon under this name


def test_docx_templates_resolve_in_the_bundle() -> None:
    """python-docx reads "docx/parts/../templates/x.xml": docx/parts must be a real folder."""
    assert bc.MODULE_COLLECTION_MODE.get("docx") == "pyz+py"
    analysis = _kwargs(_calls("Analysis")[0])
    assert ast.unparse(analysis["module_collection_mode"]) == "bundle_config.MODULE_COLLECTION_MODE"


def test_data_packages_name_files_that_exist_when_installed() -> None:
    import importlib.util as iu

    for package, patterns in bc.DATA_PACKAGES.items():
        found = iu.find_spec(package)
        if found is None:
            continue  # optional: the spec skips packages that are not installed
        folder = Path(found.origin).parent
        for pattern in patterns:
            assert list(folder.glob(pattern)), f"{package}: nothing matches {pattern}"
