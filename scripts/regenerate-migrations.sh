#!/usr/bin/env bash
# Deletes and recreates the InitialCreate migration for both database providers from the current
# model. No database server is needed: `migrations add` only builds the model (see
# Supervision.Web/Data/Providers/DesignTimeFactories.cs).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:$HOME/.dotnet/tools"
name="${1:-InitialCreate}"

rm -rf Supervision.Web/Data/Migrations/Sqlite Supervision.Web/Data/Migrations/Postgres
dotnet build Supervision.Web/Supervision.Web.csproj --nologo -v q

for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project Supervision.Web/Supervision.Web.csproj \
    --context "${provider}SupervisionDbContext" \
    --output-dir "Data/Migrations/${provider}" \
    --no-build
done
echo "已重新生成 ${name} 迁移（Sqlite 与 Postgres）。"
