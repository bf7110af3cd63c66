# Slipway bootstrap for Windows: compile the build program only when its sources changed, then start it directly.
$ErrorActionPreference = 'Stop'
$Root = $PSScriptRoot
$Temp = Join-Path $Root '.nuke/temp'
$Bin = Join-Path $Temp 'build-bin'
$Project = Join-Path $Root 'build/_build.csproj'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'; $env:DOTNET_NOLOGO = '1'; $env:DOTNET_ROLL_FORWARD = 'Major'
$env:SLIPWAY_ROOT = $Root

function Get-SourceHash {
    $files = @('global.json', 'Directory.Build.props', '.editorconfig') + (Get-ChildItem -Path (Join-Path $Root 'build'), (Join-Path $Root 'src') -Recurse -File -Include *.cs, *.csproj, *.props, *.targets -ErrorAction SilentlyContinue |
        Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' } |
        ForEach-Object { [IO.Path]::GetRelativePath($Root, $_.FullName).Replace('\', '/') })
    $sha = [Security.Cryptography.SHA256]::Create()
    $stream = New-Object IO.MemoryStream
    foreach ($f in ($files | Sort-Object -CaseSensitive)) {
        $path = Join-Path $Root $f
        if (Test-Path $path) {
            $name = [Text.Encoding]::UTF8.GetBytes("$f`n"); $stream.Write($name, 0, $name.Length)
            $bytes = [IO.File]::ReadAllBytes($path); $stream.Write($bytes, 0, $bytes.Length)
        }
    }
    ($sha.ComputeHash($stream.ToArray()) | ForEach-Object { $_.ToString('x2') }) -join ''
}

function Find-Dotnet {
    $wanted = (Get-Content (Join-Path $Root 'global.json') | ConvertFrom-Json).sdk.version
    $parts = $wanted.Split('.')
    foreach ($candidate in @((Get-Command dotnet -ErrorAction SilentlyContinue).Source, (Join-Path $Temp 'dotnet/dotnet.exe'))) {
        if ($candidate -and (Test-Path $candidate)) {
            $ok = & $candidate --list-sdks | Where-Object {
                $v = ($_ -split ' ')[0].Split('.'); $v[0] -eq $parts[0] -and $v[1] -eq $parts[1] -and [int]$v[2] -ge [int]$parts[2] -and $_ -notmatch '-'
            }
            if ($ok) { return $candidate }
        }
    }
    Write-Host ".NET SDK $wanted (global.json) is not installed; installing into $Temp/dotnet"
    try {
        $script = Join-Path $Temp 'dotnet-install.ps1'
        New-Item -ItemType Directory -Force -Path $Temp | Out-Null
        Invoke-WebRequest -Uri 'https://dot.net/v1/dotnet-install.ps1' -OutFile $script -UseBasicParsing
        & $script -Channel "$($parts[0]).$($parts[1])" -InstallDir (Join-Path $Temp 'dotnet') -NoPath
    } catch {
        Write-Error "The .NET SDK $wanted that global.json requires is not installed and could not be downloaded (offline?). Install it from https://dotnet.microsoft.com/download, then run build.cmd again."
        exit 2
    }
    return (Join-Path $Temp 'dotnet/dotnet.exe')
}

New-Item -ItemType Directory -Force -Path $Temp | Out-Null
$hash = Get-SourceHash
$stamp = Join-Path $Bin '.source-hash'
if (-not (Test-Path $stamp) -or (Get-Content $stamp) -ne $hash) {
    $dotnet = Find-Dotnet
    Write-Host 'build.cmd: build sources changed; compiling the build program'
    Remove-Item -Recurse -Force "$Bin.new" -ErrorAction SilentlyContinue
    & $dotnet build $Project -c Release -o "$Bin.new" --nologo -v quiet
    if ($LASTEXITCODE -ne 0) { Remove-Item -Recurse -Force "$Bin.new" -ErrorAction SilentlyContinue; Write-Error "Compiling $Project failed (errors above)."; exit 2 }
    Set-Content -Path (Join-Path "$Bin.new" '.source-hash') -Value $hash -NoNewline
    Remove-Item -Recurse -Force $Bin -ErrorAction SilentlyContinue
    Move-Item "$Bin.new" $Bin
}
$runtime = (Get-Command dotnet -ErrorAction SilentlyContinue).Source
if (-not $runtime) { $runtime = Join-Path $Temp 'dotnet/dotnet.exe' }
& $runtime (Join-Path $Bin '_build.dll') @args
exit $LASTEXITCODE
