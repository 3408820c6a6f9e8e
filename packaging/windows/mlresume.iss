; Inno Setup 6 script for MLResume: a per-user installer of the PyInstaller one-folder bundle.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\mlresume.iss
;
; Input: dist\mlresume\ (pyinstaller packaging\mlresume.spec). Output: dist\MLResume-<version>-windows-x64-setup.exe.
; Installs into %LOCALAPPDATA%\Programs\MLResume without administrator rights (an administrator
; may choose "all users" instead), adds a Start-menu entry, makes MLResume the owner of .mlresume
; files (with their icon), offers MLResume in "Open with" for .docx and .pdf (it imports them),
; and registers an uninstaller that removes all of it.
; Relative paths below are relative to this file's folder.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "MLResume"
#define AppPublisher "MLResume team"
#define AppExeName "mlresume.exe"
#define DocProgId "MLResume.Document"
#define ImportProgId "MLResume.Import"

[Setup]
; AppId identifies the application for upgrades and uninstall: never change it.
AppId={{6E0C7F0B-3B1E-4C8F-9A57-2D4F3C5B8E61}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Copyright (C) {#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} installer
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\..\resources\branding\mlresume.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\mlresume\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; .mlresume documents belong to MLResume (HKA is HKCU for a per-user install, HKLM for all users).
Root: HKA; Subkey: "Software\Classes\.mlresume"; ValueType: string; ValueName: ""; ValueData: "{#DocProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mlresume"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-mlresume+json"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mlresume\OpenWithProgids"; ValueType: string; ValueName: "{#DocProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#DocProgId}"; ValueType: string; ValueName: ""; ValueData: "MLResume Document"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#DocProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKA; Subkey: "Software\Classes\{#DocProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
; "Open with" MLResume for Word and PDF files: listed, never made the default.
Root: HKA; Subkey: "Software\Classes\{#ImportProgId}"; ValueType: string; ValueName: ""; ValueData: "Import into MLResume"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ImportProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKA; Subkey: "Software\Classes\{#ImportProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.docx\OpenWithProgids"; ValueType: string; ValueName: "{#ImportProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.pdf\OpenWithProgids"; ValueType: string; ValueName: "{#ImportProgId}"; ValueData: ""; Flags: uninsdeletevalue
; The application's own entry, so "Open with > Choose another app" knows what it opens.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".mlresume"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".docx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".pdf"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
