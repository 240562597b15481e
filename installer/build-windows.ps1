# Builds Stepwise for Windows x64 (run on Windows; written and documented here, built and tested on Linux only):
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# Needs a JDK 21+ with jpackage (JDK 24+ links without jmods), Maven, and the WiX Toolset (3.x, or 4+/5 with JDK 24+)
# on the PATH for the .msi. Produces target\installer\Stepwise (the app image: copy the folder to a USB stick for portable
# use) and Stepwise-<version>.msi: installed for every account in Program Files (run the .msi as administrator), Start-menu
# entry, desktop shortcut, .stepwise-pack opens in Stepwise, and stepwise-cli.exe, a console launcher for the command line.
# (Not a per-user install: the install folder must be one students cannot write, for "teacher set-pin --system".)
# Per-user data: %APPDATA%\Stepwise (an uninstall leaves it). Only win-x64 native libraries are shipped.
$ErrorActionPreference = 'Stop'
$Here = Split-Path -Parent $MyInvocation.MyCommand.Path
$Root = Split-Path -Parent $Here
$Jdk = if ($env:JDK) { $env:JDK } elseif ($env:JAVA_HOME) { $env:JAVA_HOME } else { throw 'Set JDK or JAVA_HOME to a JDK 21+' }
$Out = Join-Path $Root 'target\installer'
$Work = Join-Path $Out 'work'
$Modules = 'java.base,java.desktop,java.logging,java.management,jdk.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs'

# Rewrites a jar without the entries under $Prefix whose path does not contain $Keep (the other platforms' natives).
# Classes and .properties files are always kept, as common.sh's keep_only does for Linux and macOS: JNA's
# com/sun/jna/win32/ is a Java package (StdCallLibrary...), and tokenizers reads native/lib/tokenizers.properties.
Add-Type -AssemblyName System.IO.Compression.FileSystem
function Keep-Only($Jar, $Prefix, $Keep) {
  $zip = [System.IO.Compression.ZipFile]::Open($Jar, 'Update')
  try {
    @($zip.Entries | Where-Object { $_.FullName.StartsWith($Prefix) -and -not $_.FullName.Contains($Keep) -and $_.Name -and
        $_.Name -notmatch '\.(class|properties)$' }) | ForEach-Object { $_.Delete() }
  } finally { $zip.Dispose() }
}
function Remove-Natives($Jar) {
  $zip = [System.IO.Compression.ZipFile]::Open($Jar, 'Update')
  try { @($zip.Entries | Where-Object { $_.Name -like '*.dll' }) | ForEach-Object { $_.Delete() } } finally { $zip.Dispose() }
}
function Extract($Jar, $Filter, $Dest) {
  $zip = [System.IO.Compression.ZipFile]::OpenRead($Jar)
  try {
    # folder entries (an empty Name, e.g. ai/onnxruntime/native/win-x64/) match the filter too: they are not files
    $zip.Entries | Where-Object { $_.FullName -like $Filter -and $_.Name } | ForEach-Object {
      [System.IO.Compression.ZipFileExtensions]::ExtractToFile($_, (Join-Path $Dest $_.Name), $true) }
  } finally { $zip.Dispose() }
}

Push-Location $Root
Remove-Item -Recurse -Force target\lib -ErrorAction SilentlyContinue
mvn -B -q -DskipTests package
if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }
Pop-Location
# The pom's version, as Maven wrote it into version.properties (the app's --version reads the same file)
$Version = (Get-Content (Join-Path $Root 'target\classes\app\stepwise\app\version.properties') |
    Where-Object { $_ -match '^version=' }) -replace '^version=', ''
if (-not $Version -or $Version -match '\$\{') { throw 'no version in target\classes\app\stepwise\app\version.properties' }
Remove-Item -Recurse -Force $Out -ErrorAction SilentlyContinue
$AppInput = Join-Path $Work 'input'; $Lib = Join-Path $AppInput 'lib'; $Native = Join-Path $AppInput 'native'; $FxLib = Join-Path $Work 'fxlib'
New-Item -ItemType Directory -Force $Lib, $Native, $FxLib, (Join-Path $AppInput 'models') | Out-Null
Copy-Item (Join-Path $Root 'target\stepwise.jar') $AppInput
Copy-Item (Join-Path $Here 'splash.png') $AppInput   # the launcher's splash picture ($APPDIR\splash.png below)
Copy-Item (Join-Path $Root 'target\lib\*.jar') $Lib
Copy-Item -Recurse (Join-Path $Root 'lessons') (Join-Path $AppInput 'lessons')
Copy-Item -Recurse (Join-Path $Root 'models\stepwise-tutor') (Join-Path $AppInput 'models\stepwise-tutor')

$Ort = (Get-ChildItem $Lib 'onnxruntime-1*.jar').FullName
Extract $Ort 'ai/onnxruntime/native/win-x64/*' $Native
Keep-Only $Ort 'ai/onnxruntime/native/' '::none::'
Keep-Only (Get-ChildItem $Lib 'tokenizers-*.jar').FullName 'native/lib/' 'native/lib/win-x86_64/'
Keep-Only (Get-ChildItem $Lib 'sqlite-jdbc-*.jar').FullName 'org/sqlite/native/' 'org/sqlite/native/Windows/x86_64/'
Keep-Only (Get-ChildItem $Lib 'jna-*.jar').FullName 'com/sun/jna/win32' 'com/sun/jna/win32-x86-64/'
Get-ChildItem $Lib 'jna-*.jar' | ForEach-Object { foreach ($p in 'linux-','darwin-','aix-','sunos-','freebsd-','openbsd-','dragonflybsd-') { Keep-Only $_.FullName "com/sun/jna/$p" '::none::' } }
Get-ChildItem $Lib 'javafx-*-win.jar' | ForEach-Object { Extract $_.FullName '*.dll' $FxLib; Remove-Natives $_.FullName }

& "$Jdk\bin\jlink" --add-modules $Modules --strip-debug --no-header-files --no-man-pages --compress zip-6 `
  --include-locales en,es --output (Join-Path $Work 'runtime')
Copy-Item (Join-Path $FxLib '*') (Join-Path $Work 'runtime\bin')   # Windows finds DLLs beside java.exe's bin

$Common = @('--name', 'Stepwise', '--app-version', $Version, '--vendor', 'Stepwise developers')
& "$Jdk\bin\jpackage" --type app-image --dest $Out @Common --input $AppInput --main-jar stepwise.jar `
  --main-class app.stepwise.cli.Main --runtime-image (Join-Path $Work 'runtime') --icon (Join-Path $Here 'windows\stepwise.ico') `
  --add-launcher "stepwise-cli=$(Join-Path $Here 'windows\cli-launcher.properties')" `
  --java-options '--enable-native-access=ALL-UNNAMED' --java-options '-Dstepwise.app.dir=$APPDIR' `
  --java-options '-Dstepwise.image.dir=$ROOTDIR' --java-options '-Donnxruntime.native.path=$APPDIR\native' `
  --java-options '-Djava.library.path=$ROOTDIR\runtime\bin' --java-options '-Dai.djl.offline=true' `
  --java-options '-splash:$APPDIR\splash.png' --java-options '-Dstepwise.launcherSplash=true'
# The package's mark (docs/decisions/0017): installed for every account, even when an elevated administrator, who can
# write Program Files, runs it. Only in the .msi (which owns and removes it), never in the portable app image.
$Marker = Join-Path $Out 'Stepwise\app\installed-for-every-account'
Set-Content $Marker 'Installed for every account by the Stepwise installer: the teacher PIN is set with stepwise-cli teacher set-pin --system.'
try {
  & "$Jdk\bin\jpackage" --type msi --dest $Out @Common --app-image (Join-Path $Out 'Stepwise') `
    --win-menu --win-menu-group Stepwise --win-shortcut --win-upgrade-uuid 3c0a8f4e-6a4e-4b7e-9d7f-5e2b1c9a7d10 `
    --file-associations (Join-Path $Here 'pack-file.properties') --license-file (Join-Path $Here 'LICENSE.txt')
  if ($LASTEXITCODE -ne 0) { throw 'jpackage --type msi failed' }
} finally { Remove-Item $Marker -ErrorAction SilentlyContinue }
Get-ChildItem $Out -Filter *.msi | ForEach-Object { '{0}  {1:N1} MB' -f $_.Name, ($_.Length / 1MB) }
