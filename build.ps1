#!/usr/bin/env pwsh
# Usage: ./build.ps1 [Build|Test|Run]   (default: Build). Plain dotnet calls; stops on the first failure.
param([ValidateSet('Build', 'Test', 'Run')][string]$Target = 'Build')
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Dotnet { dotnet @args; if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE } }

switch ($Target) {
    'Build' { Invoke-Dotnet build ProgrammaPlanner.sln -c Release }
    'Test'  { Invoke-Dotnet test ProgrammaPlanner.sln }
    'Run'   { Invoke-Dotnet run --project src/ProgrammaPlanner.Web }
}
