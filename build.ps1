#!/usr/bin/env pwsh
# Usage: ./build.ps1 [Build|Test|FastTest|Run]   (default: Build). Plain dotnet calls; stops on the first failure.
# FastTest leaves out the tests in category Browser: those start Chromium or the app as a process.
param([ValidateSet('Build', 'Test', 'FastTest', 'Run')][string]$Target = 'Build')
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Dotnet { dotnet @args; if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE } }

switch ($Target) {
    'Build' { Invoke-Dotnet build ProgrammaPlanner.sln -c Release }
    'Test'  { Invoke-Dotnet test ProgrammaPlanner.sln }
    'FastTest' { Invoke-Dotnet test ProgrammaPlanner.sln --filter 'Category!=Browser' }
    'Run'   { Invoke-Dotnet run --project src/ProgrammaPlanner.Web }
}
