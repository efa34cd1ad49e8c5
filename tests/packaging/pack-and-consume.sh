#!/usr/bin/env bash
# Packs ReportMiner, ReportMiner.Pdf and the ReportMiner.Cli tool into a temporary folder and uses them as a user
# would, outside the repository and from that folder only:
#   1. a new console project references ReportMiner (and so ReportMiner.Pdf) from the folder, builds with warnings
#      as errors, extracts a record from a press release it writes and checks its rating, and reads a PDF;
#   2. the tool is installed from the folder; `reportminer --version` and `reportminer extract` are checked.
# A fresh NuGet packages folder (NUGET_PACKAGES) and --no-http-cache make sure nothing stale is used, even though
# every local pack has the same version. AngleSharp and CsvHelper come from nuget.org.
# Usage: tests/packaging/pack-and-consume.sh [--keep]   (--keep leaves the temporary folder for inspection)
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
keep=false
[[ "${1:-}" == "--keep" ]] && keep=true

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The tool's launcher finds the runtime through DOTNET_ROOT when dotnet is not in a default place.
if [[ -z "${DOTNET_ROOT:-}" ]]; then
  DOTNET_ROOT="$(dirname "$(readlink -f "$(command -v dotnet)")")"
  export DOTNET_ROOT
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/reportminer-packaging.XXXXXX")"
case "$work/" in
  "$repo"/*) echo "pack-and-consume: the temporary folder $work is inside the repository" >&2; exit 2 ;;
esac
if $keep; then
  echo "pack-and-consume: working in $work (kept)"
else
  trap 'rm -rf "$work"' EXIT
fi

feed="$work/feed"
start=$SECONDS
step() { echo "== [$((SECONDS - start))s] $*"; }
fail() { echo "pack-and-consume: FAILED: $*" >&2; exit 1; }

version="$(dotnet msbuild "$repo/src/ReportMiner/ReportMiner.csproj" -getProperty:Version | tr -d '[:space:]')"
[[ -n "$version" ]] || fail "could not read Version from Directory.Build.props"

step "pack ReportMiner.Pdf, ReportMiner and ReportMiner.Cli $version into $feed"
for project in ReportMiner.Pdf ReportMiner ReportMiner.Cli; do
  dotnet pack "$repo/src/$project/$project.csproj" -c Release -o "$feed" -warnaserror -nologo -v quiet
done
for package in ReportMiner.Pdf ReportMiner ReportMiner.Cli; do
  for ext in nupkg snupkg; do
    [[ -f "$feed/$package.$version.$ext" ]] || fail "missing $package.$version.$ext"
  done
done
# The library package carries README, XML docs, and depends on ReportMiner.Pdf, AngleSharp and CsvHelper only.
nuspec="$(unzip -p "$feed/ReportMiner.$version.nupkg" ReportMiner.nuspec)"
contents="$(unzip -l "$feed/ReportMiner.$version.nupkg")"
[[ "$contents" == *" README.md"* ]] || fail "ReportMiner package has no README.md"
[[ "$contents" == *" lib/net10.0/ReportMiner.xml"* ]] || fail "ReportMiner package has no XML docs"
deps="$(grep -o '<dependency id="[^"]*"' <<<"$nuspec" | sed 's/.*id="//; s/"//' | sort | tr '\n' ' ')"
[[ "$deps" == "AngleSharp CsvHelper ReportMiner.Pdf " ]] || fail "ReportMiner depends on [$deps], expected AngleSharp CsvHelper ReportMiner.Pdf"

# From here on: a fresh packages folder, so the packages above are the ones restored.
export NUGET_PACKAGES="$work/packages"

step "a console project outside the repository, referencing ReportMiner $version from the folder"
consumer="$work/consumer"
mkdir -p "$consumer"
cat > "$consumer/NuGet.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local">
      <package pattern="ReportMiner" />
      <package pattern="ReportMiner.*" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
EOF
cat > "$consumer/Consumer.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <NoWarn>\$(NoWarn);NU1603</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ReportMiner" Version="[$version]" />
  </ItemGroup>
</Project>
EOF
cat > "$consumer/Program.cs" <<'EOF'
using System.Reflection;
using ReportMiner;
using ReportMiner.Documents;
using ReportMiner.Extraction;
using ReportMiner.Records;

// args: expected version, a folder to write into, a PDF to read.
var (expectedVersion, folder, pdf) = (args[0], args[1], args[2]);
var failures = new List<string>();
void Check(bool ok, string what) { if (!ok) failures.Add(what); }

var version = typeof(ReportExtractor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
Check(version == expectedVersion, $"ReportMiner's version is {version}, expected {expectedVersion}");

var path = Path.Combine(folder, "trafford-2023.txt");
await File.WriteAllTextAsync(path, "Published 3 March 2023. Trafford Youth Justice Service received an overall rating of ‘Good’ from HM Inspectorate of Probation.\n");

var extractor = ReportExtractor.Create();
ReportRecord record = await extractor.ExtractAsync(path);
foreach (var r in record.Ratings)
    Console.WriteLine($"{r.Area} {r.Framework} {r.Standard}: {r.Value}  ({r.Evidence?.Text})");
Check(record.Published == new DateOnly(2023, 3, 3), $"published {record.Published}, expected 2023-03-03");
Check(record.Areas.SequenceEqual(["Trafford"]), $"areas [{string.Join(", ", record.Areas)}], expected [Trafford]");
Check(record.Ratings.Count == 1, $"{record.Ratings.Count} ratings, expected 1");
Check(record.Ratings.Any(r => r is { Area: "Trafford", Framework: "hmip-youth-2018", Standard: "overall", Value: "Good" }),
    "no rating Trafford hmip-youth-2018 overall Good");

// The PDF reader comes from the ReportMiner.Pdf package.
var pdfRecord = await extractor.ExtractAsync(pdf);
Console.WriteLine($"{Path.GetFileName(pdf)}: areas [{string.Join(", ", pdfRecord.Areas)}], {pdfRecord.Ratings.Count} ratings");
Check(pdfRecord.Areas.Contains("Rutland"), $"{Path.GetFileName(pdf)}: areas [{string.Join(", ", pdfRecord.Areas)}], expected Rutland");

// README, "The library": a folder in bulk.
var results = 0;
await foreach (var result in extractor.ExtractAllAsync(Directory.EnumerateFiles(folder)))
{
    Console.WriteLine(result.Succeeded ? $"{result.Source}: {result.Record!.Ratings.Count} ratings" : result.Failure!.Message);
    Check(result.Succeeded, $"{result.Source}: {result.Failure?.Message}");
    results++;
}
Check(results == 1, $"{results} results from ExtractAllAsync, expected 1");

// README, "Extending the pipeline".
var pipeline = new ReportPipelineBuilder().UseDefaults().Use(new ReinspectionFlag()).Build();
var reinspection = Path.Combine(folder, "reinspection.txt");
await File.WriteAllTextAsync(reinspection, "This re-inspection found that Trafford Youth Justice Service had improved.\n");
var flagged = await ReportExtractor.Create(pipeline).ExtractAsync(reinspection);
Check(flagged.Warnings.Any(w => w.Code == "reinspection"), "the added IRecordExtractor's warning is missing");

foreach (var f in failures) Console.Error.WriteLine($"consumer: {f}");
return failures.Count == 0 ? 0 : 1;

sealed class ReinspectionFlag : IRecordExtractor
{
    public void Extract(ReportDocument document, ExtractionContext context)
    {
        if (document.Text.Contains("re-inspection", StringComparison.OrdinalIgnoreCase))
            context.Warn(new ReportWarning("reinspection", "the document mentions a re-inspection"));
    }
}
EOF
(cd "$consumer" && dotnet restore --no-http-cache -nologo -v quiet && dotnet build --no-restore -c Release -nologo -v quiet -warnaserror)
grep -q "\"source\": \"$feed\"" "$NUGET_PACKAGES/reportminer/$version/.nupkg.metadata" || fail "ReportMiner was not restored from $feed"
grep -q "\"source\": \"$feed\"" "$NUGET_PACKAGES/reportminer.pdf/$version/.nupkg.metadata" || fail "ReportMiner.Pdf was not restored from $feed"

step "run the console project"
mkdir -p "$work/docs"
dotnet "$consumer/bin/Release/net10.0/Consumer.dll" "$version" "$work/docs" "$repo/corpus/dev/pdf/chromium/hmip-youth-rutland-2022.pdf" \
  || fail "the console project's checks failed"

step "install the tool from the folder"
cat > "$work/tool-nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
  </packageSources>
</configuration>
EOF
dotnet tool install --tool-path "$work/tools" --configfile "$work/tool-nuget.config" --add-source "$feed" --no-http-cache \
  ReportMiner.Cli --version "$version"
reportminer="$work/tools/reportminer"

step "reportminer --version"
printed="$("$reportminer" --version)"
echo "$printed"
[[ "$printed" == "$version" ]] || fail "reportminer --version printed '$printed', expected '$version'"

step "reportminer extract (JSON Lines to standard output, and a folder to CSV tables)"
json="$("$reportminer" extract "$work/docs/trafford-2023.txt" --no-cache --quiet)"
echo "$json"
for want in '"areas":["Trafford"]' '"published":"2023-03-03"' '"framework":"hmip-youth-2018","standard":"overall","rating":"Good"'; do
  [[ "$json" == *"$want"* ]] || fail "reportminer extract: no $want in its output"
done
"$reportminer" extract "$work/docs" --out "$work/out" --no-cache --quiet
for table in documents ratings case_ratios quotes warnings errors; do
  [[ -f "$work/out/$table.csv" ]] || fail "reportminer extract --out: no $table.csv"
done
cat "$work/out/ratings.csv"
grep -q 'Trafford,hmip-youth-2018,overall,.*Good' "$work/out/ratings.csv" || fail "ratings.csv has no Trafford overall Good row"

step "packaging checks passed"
