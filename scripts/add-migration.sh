#!/usr/bin/env bash
# Adds an EF Core migration to one module and keeps it internal, like everything else in a module.
#   scripts/add-migration.sh Accounts AddProfiles     (or: Shared AddSomething)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
module=${1:?module: Accounts, Cases, Scheduling, Messaging, Notifications or Shared}
name=${2:?migration name}
cd "$root"
if [ "$module" = Shared ]; then
  project=src/Shared; out=Platform/Migrations
else
  project=src/Modules/$module/Border.$module; out=Migrations
fi
dotnet tool restore >/dev/null
dotnet build tools/Border.DesignTime >/dev/null
dotnet ef migrations add "$name" --project "$project" --startup-project tools/Border.DesignTime --output-dir "$out" --no-build
sed -i 's/^    public partial class /    internal sealed partial class /' "$project/$out"/*.cs
