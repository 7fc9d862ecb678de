# One command for a maintainer on Windows 10/11 (x64): build KefuDesk, check it, make the installer.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11+ (python.org or `winget install Python.Python.3.11`) and Inno Setup 6
# (`winget install JRSoftware.InnoSetup`). Produces dist\installer\KefuDesk-Setup-<version>.exe.
# Steps: a venv in .venv-build, the project with its build extra, `pyinstaller build.spec`,
# packaging\check_frozen.py (frozen smoke, sizes, start-up vs source), then Inno Setup.
# -SkipCheck skips the check (it takes a few minutes); the release workflow runs it separately.
param([switch]$SkipCheck)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Invoke-Checked([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $($arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

# Windows PowerShell 5.1 compatible (no ternary operator).
if (Get-Command py -ErrorAction SilentlyContinue) { $python = "py"; $pyArgs = @("-3") } else { $python = "python"; $pyArgs = @() }
if (-not (Test-Path .venv-build\Scripts\python.exe)) {
    Invoke-Checked $python ($pyArgs + @("-m", "venv", ".venv-build"))
}
$venvPython = ".venv-build\Scripts\python.exe"
Invoke-Checked $venvPython @("-m", "pip", "install", "-q", "--upgrade", "pip")
Invoke-Checked $venvPython @("-m", "pip", "install", "-q", "-e", ".[build]")

Invoke-Checked $venvPython @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "build.spec")
if (-not $SkipCheck) {
    Invoke-Checked $venvPython @("packaging\check_frozen.py", "--no-build")
}

# Simplified Chinese for the installer's own pages (an unofficial Inno Setup translation).
$isl = "packaging\windows\ChineseSimplified.isl"
if (-not (Test-Path $isl)) {
    $url = "https://raw.githubusercontent.com/jrsoftware/issrc/main/Files/Languages/Unofficial/ChineseSimplified.isl"
    try { Invoke-WebRequest -Uri $url -OutFile $isl -UseBasicParsing }
    catch { Write-Warning "could not fetch $url; the installer will be English only" }
}

$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    foreach ($dir in @("${env:ProgramFiles(x86)}\Inno Setup 6", "$env:ProgramFiles\Inno Setup 6", "$env:LOCALAPPDATA\Programs\Inno Setup 6")) {
        if (Test-Path "$dir\ISCC.exe") { $iscc = "$dir\ISCC.exe"; break }
    }
}
if (-not $iscc) { throw "Inno Setup 6 not found: winget install JRSoftware.InnoSetup" }
Invoke-Checked $iscc @("/Q", "packaging\windows\kefu-desk.iss")

$installer = Get-ChildItem dist\installer\KefuDesk-Setup-*.exe | Sort-Object LastWriteTime | Select-Object -Last 1
"{0}: {1:N1} MB (budget 90 MB)" -f $installer.FullName, ($installer.Length / 1MB)
