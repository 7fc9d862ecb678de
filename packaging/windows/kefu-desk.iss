; Inno Setup 6 script for KefuDesk: a per-user installer that needs no administrator rights.
; Built by packaging/windows/build.ps1 after `pyinstaller build.spec` (dist\kefu-desk\ must exist):
;   iscc packaging\windows\kefu-desk.iss        ->  dist\installer\KefuDesk-Setup-<version>.exe
;
; - Installs into %LOCALAPPDATA%\Programs\KefuDesk (per user, no UAC prompt).
; - Start-menu and desktop shortcuts carry the AppUserModelID the app also sets at start
;   (app/config.py APP_USER_MODEL_ID), so taskbar buttons and notifications group as one app.
; - Uninstalling removes the program but keeps the agent's data (cache database, drafts, outbox,
;   retrained engine, logs, settings) unless the agent ticks "also delete", or the uninstaller is
;   run with /DELETEUSERDATA. Upgrading over an existing install keeps the data as well.

#define AppName "KefuDesk"
#define AppExe "kefu-desk.exe"
#define AppUserModelID "KefuDesk.KefuDesk"
#define SourceDir "..\..\dist\kefu-desk"
#ifndef AppVersion
  ; The version stamped into the exe by build.spec from app/__init__.py.
  #define AppVersion GetStringFileInfo(SourceDir + "\" + AppExe, "ProductVersion")
#endif

[Setup]
; Never change AppId: Windows finds earlier installs (for upgrades and uninstall) by it.
AppId={{6F3A2C1E-8B7D-4E5F-9A21-4C0D7E9B3F58}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=KefuDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=KefuDesk-Setup-{#AppVersion}
SetupIconFile=..\icons\kefu-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships Simplified Chinese as an "unofficial" translation; build.ps1 fetches it.
#ifexist "ChineseSimplified.isl"
Name: "chinesesimp"; MessagesFile: "ChineseSimplified.isl"
#endif

[CustomMessages]
english.DeleteUserData=Also delete KefuDesk's data on this computer (the local chat cache, drafts, unsent replies, retrained engine, logs and settings)?%n%nChoose No to keep them for a later reinstall.
english.LaunchApp=Start KefuDesk
#ifexist "ChineseSimplified.isl"
chinesesimp.DeleteUserData=是否同时删除本机上的 KefuDesk 数据（本地聊天缓存、草稿、未发送的回复、重新训练的引擎、日志和设置）？%n%n选择“否”可保留，以便日后重新安装时继续使用。
chinesesimp.LaunchApp=启动 KefuDesk
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that this one no longer ships (the app never writes into {app}).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"; Comment: "KefuDesk 客服工作台"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"; Comment: "KefuDesk 客服工作台"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Code]
{ platformdirs puts data, cache and logs under %LOCALAPPDATA%\KefuDesk (app/config.py);
  Qt keeps the settings under HKCU\Software\KefuDesk. The login token is in Windows Credential
  Manager (service "KefuDesk") and expires on the server by itself. }
const
  UserDataDir = '{localappdata}\KefuDesk';
  SettingsKey = 'Software\KefuDesk';

function AskedOnCommandLine(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DeleteData: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  DeleteData := AskedOnCommandLine('/DELETEUSERDATA');
  if (not DeleteData) and (not UninstallSilent) then
    DeleteData := MsgBox(CustomMessage('DeleteUserData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if DeleteData then
  begin
    DelTree(ExpandConstant(UserDataDir), True, True, True);
    RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, SettingsKey);
  end;
end;
