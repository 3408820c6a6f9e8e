"""The Windows installer script, the dmg settings and the release workflow (text-level checks:
their tools do not run here)."""

from __future__ import annotations

import importlib.util
import re
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "mlresume.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = m.group(1)
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def test_iss_has_the_required_sections() -> None:
    assert {"Setup", "Files", "Icons", "Registry", "Run"} <= _iss_sections().keys()


def test_iss_installs_per_user_with_version_and_publisher() -> None:
    setup = dict(line.split("=", 1) for line in _iss_sections()["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup["ChangesAssociations"] == "yes"
    assert setup["AppVersion"] == "{#AppVersion}" and setup["AppPublisher"] == "{#AppPublisher}"
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])
    assert "UninstallDisplayIcon" in setup
    text = ISS.read_text(encoding="utf-8")
    assert "#ifndef AppVersion" in text  # CI passes /DAppVersion=<package version>


def test_iss_paths_exist_relative_to_the_script() -> None:
    setup = dict(line.split("=", 1) for line in _iss_sections()["Setup"])
    icon = ISS.parent / setup["SetupIconFile"].replace("\\", "/")
    assert icon.resolve() == (ROOT / "resources" / "branding" / "mlresume.ico").resolve()
    assert icon.is_file()
    (files,) = _iss_sections()["Files"]
    source = re.search(r'Source: "([^"]+)"', files).group(1).replace("\\", "/")
    assert (ISS.parent / source).parent.resolve() == (ROOT / "dist" / "mlresume").resolve()
    assert "recursesubdirs" in files


def test_iss_associates_mlresume_and_offers_open_with_for_imports() -> None:
    registry = "\n".join(_iss_sections()["Registry"])
    assert all(line.startswith("Root: HKA;") for line in _iss_sections()["Registry"])
    assert 'Subkey: "Software\\Classes\\.mlresume"; ValueType: string; ValueName: ""; ValueData: "{#DocProgId}"' in registry
    assert "{#DocProgId}\\DefaultIcon" in registry
    for ext in (".docx", ".pdf"):
        assert f'Software\\Classes\\{ext}\\OpenWithProgids"; ValueType: string; ValueName: "{{#ImportProgId}}"' in registry
    # never take over Word and PDF files: no default value written under their extensions
    assert not re.search(r'Classes\\\.(docx|pdf)"; ValueType: string; ValueName: ""', registry)
    assert '""%1""' in registry  # the file is passed quoted
    icons = "\n".join(_iss_sections()["Icons"])
    assert "{autoprograms}" in icons


def test_dmg_settings_lay_out_the_app_and_applications_link() -> None:
    settings = runpy.run_path(str(ROOT / "packaging" / "macos" / "dmg_settings.py"),
                              init_globals={"defines": {"app": "dist/MLResume.app"}})
    assert settings["files"] == ["dist/MLResume.app"]
    assert settings["symlinks"] == {"Applications": "/Applications"}
    assert set(settings["icon_locations"]) == {"MLResume.app", "Applications"}
    assert settings["format"] in {"UDZO", "UDBZ", "ULFO", "ULMO"}
    assert settings["icon"].endswith("Contents/Resources/mlresume.icns")
    ((_x, _y), (w, h)) = settings["window_rect"]
    assert all(0 < x < w and 0 < y < h for x, y in settings["icon_locations"].values())


def test_entitlements_plist_is_valid() -> None:
    import plistlib

    data = plistlib.loads((ROOT / "packaging" / "macos" / "entitlements.plist").read_bytes())
    assert data["com.apple.security.cs.allow-unsigned-executable-memory"] is True
    assert not any("network" in key for key in data)


def test_release_workflow_builds_smoke_tests_and_uploads_on_every_system() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert re.search(r"on:\s*\n\s+push:\s*\n\s+tags:", text)
    for runner in ("windows-latest", "macos-14", "macos-13", "ubuntu-22.04"):
        assert f"os: {runner}" in text
    assert "packaging/mlresume.spec" in text
    assert "python scripts/smoke_frozen.py" in text
    assert "packaging\\windows\\mlresume.iss" in text
    assert "dmgbuild -s packaging/macos/dmg_settings.py" in text
    assert "actions/upload-artifact@" in text
    assert "\t" not in text  # YAML forbids tabs for indentation


def test_optional_signing_steps_depend_on_secrets_only_through_flags() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip().startswith("if:"):
            assert "secrets." not in line  # not allowed in `if:`; use the env flags
    assert "notarytool submit" in text and "stapler staple" in text


def test_smoke_script_fails_without_an_executable(tmp_path: Path, capsys) -> None:
    spec = importlib.util.spec_from_file_location("smoke_frozen", ROOT / "scripts" / "smoke_frozen.py")
    smoke = importlib.util.module_from_spec(spec)
    sys.modules["smoke_frozen"] = smoke
    spec.loader.exec_module(smoke)
    assert smoke.main([str(tmp_path / "missing")]) == 1
    assert "no executable" in capsys.readouterr().err
    assert smoke.default_executable().name in {"mlresume", "mlresume.exe"}
