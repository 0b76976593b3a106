; Inno Setup script: installer for the newsdesk one-folder bundle made by PyInstaller on Windows.
;
; PyInstaller cannot register file types; this installer does: .newsdesk review bundles open
; in newsdesk with a double-click, with the app's icon. It also adds a Start menu entry and
; an uninstaller.
;
; Build (on Windows, after `python packaging\build.py`, which calls this itself when iscc is
; on PATH):
;   iscc /DAppVersion=0.1.0 /DDistDir=..\..\dist\newsdesk /DIconFile=..\..\build\pyinstaller\icons\newsdesk.ico packaging\windows\newsdesk.iss
; Output: newsdesk-<version>-setup.exe in OutputDir (default: dist\).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (python packaging\build.py does this)
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\newsdesk"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\pyinstaller\icons\newsdesk.ico"
#endif
#define AppName "Newsdesk"
#define AppId "io.github.newsdesk.Newsdesk"
#define ProgId "Newsdesk.Bundle"
#define GuiExe "newsdesk-gui.exe"

[Setup]
; Never change this GUID: Windows uses it to recognise upgrades and the uninstaller.
AppId={{A4D0D950-B588-5466-BEE4-1595B501F018}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=newsdesk developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install without admin rights unless the user picks "for all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Tell Explorer to refresh its file type icons after (un)installing.
ChangesAssociations=yes
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#GuiExe}
OutputDir=..\..\dist
OutputBaseFilename=newsdesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Open .newsdesk review bundles with {#AppName}"; GroupDescription: "File types:"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Registry]
; HKA = HKLM for an all-users install, HKCU for a per-user one.
Root: HKA; Subkey: "Software\Classes\.newsdesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.newsdesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-newsdesk-bundle"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.newsdesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Newsdesk review bundle"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".newsdesk"; ValueData: ""; Flags: uninsdeletekey; Tasks: associate

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
